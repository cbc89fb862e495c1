//! JSON and JSON Lines exports of scrapers and datasets: one article per object, with the
//! field names of news-please, newspaper, NewsAPI and generic exports mapped by [`meta`].

use serde_json::value::RawValue;
use serde_json::Value;

use super::{meta, Found};
use crate::problem::{Fault, Problem};

/// One record of a file (with its position: element number of an array, line number of JSON
/// Lines; `None` for a file that is one object), or why it was not read.
pub(super) type Item = Result<Found, Problem>;

fn line_at(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

fn record(value: &Value, position: Option<usize>, line: Option<usize>) -> Item {
    let Value::Object(obj) = value else {
        return Err(Problem {
            line,
            fault: Fault::NotObject,
        });
    };
    // newsdex's own records are read as they are, from files of them (crate::record), never
    // extracted again as articles of a scraper's export.
    if obj.contains_key(crate::record::MARKER) {
        return Err(Problem {
            line,
            fault: Fault::Record(
                "a newsdex record among other JSON: records are read from JSON Lines files \
                 that hold them alone, one a line"
                    .into(),
            ),
        });
    }
    let found = meta::from_json(obj);
    if found.text.is_none() {
        return Err(Problem {
            line,
            fault: Fault::NoTextField(meta::BODY),
        });
    }
    Ok(Found { position, ..found })
}

/// Read a `.json` file: one object, or an array of objects. A file that is not one JSON
/// value but holds one object per line is read as JSON Lines.
pub(super) fn read_json(text: &str) -> Result<Vec<Item>, Fault> {
    let trimmed = text.trim_start_matches('\u{feff}');
    match serde_json::from_str::<Vec<&RawValue>>(trimmed) {
        Ok(items) => Ok(items
            .iter()
            .enumerate()
            .map(|(i, raw)| {
                let offset = raw.get().as_ptr() as usize - trimmed.as_ptr() as usize;
                let line = Some(line_at(trimmed, offset));
                match serde_json::from_str::<Value>(raw.get()) {
                    Ok(v) => record(&v, Some(i + 1), line),
                    Err(e) => Err(Problem {
                        line,
                        fault: Fault::Json(e.to_string()),
                    }),
                }
            })
            .collect()),
        Err(_) => match serde_json::from_str::<Value>(trimmed) {
            Ok(v) => Ok(vec![record(&v, None, None)]),
            Err(e) if e.is_syntax() && e.line() > 1 && looks_like_lines(trimmed) => {
                Ok(read_lines(trimmed))
            }
            Err(e) => Err(Fault::Json(e.to_string())),
        },
    }
}

/// Whether the first two non-empty lines are each a JSON object of their own.
fn looks_like_lines(text: &str) -> bool {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    lines
        .by_ref()
        .take(2)
        .all(|l| matches!(serde_json::from_str::<Value>(l), Ok(Value::Object(_))))
}

/// Read a JSON Lines file: one object per line; blank lines are ignored.
pub(super) fn read_lines(text: &str) -> Vec<Item> {
    text.trim_start_matches('\u{feff}')
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| match serde_json::from_str::<Value>(l) {
            Ok(v) => record(&v, Some(i + 1), Some(i + 1)),
            Err(e) => Err(Problem {
                line: Some(i + 1),
                fault: Fault::Json(e.to_string()),
            }),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (position, headline) of each record, or (line, reason) of each problem.
    type Summary = Vec<Result<(Option<usize>, String), (Option<usize>, String)>>;

    fn summary(items: &[Item]) -> Summary {
        items
            .iter()
            .map(|i| match i {
                Ok(f) => Ok((f.position, f.headline.clone().unwrap_or_default())),
                Err(e) => Err((e.line, e.fault.to_string())),
            })
            .collect()
    }

    #[test]
    fn json_shapes() {
        let no_text = "record has no text (none of the fields maintext, articlebody, body, text, content, article, full_text)".to_string();
        let cases = [
            (
                r#"{"title":"A","text":"x"}"#,
                Ok(vec![Ok((None, "A".into()))]),
            ),
            (
                "[\n{\"title\":\"A\",\"text\":\"x\"},\n{\"title\":\"B\"},\n3\n]",
                Ok(vec![
                    Ok((Some(1), "A".into())),
                    Err((Some(3), no_text.clone())),
                    Err((Some(4), "record is not a JSON object".into())),
                ]),
            ),
            (
                "{\"title\":\"A\",\"text\":\"x\"}\n{\"title\":\"B\",\"text\":\"y\"}\n",
                Ok(vec![Ok((Some(1), "A".into())), Ok((Some(2), "B".into()))]),
            ),
            (
                r#"{"title":"A","text":"#,
                Err("invalid JSON: EOF while parsing a value at line 1 column 20".to_string()),
            ),
        ];
        for (input, want) in cases {
            let got = read_json(input)
                .map(|items| summary(&items))
                .map_err(|e| e.to_string());
            assert_eq!(got, want, "{input:?}");
        }
    }

    #[test]
    fn json_lines_report_bad_lines() {
        let input = "{\"title\":\"A\",\"maintext\":\"x\"}\n\n{\"title\":\n{\"title\":\"C\",\"content\":\"z\"}\n";
        let got = summary(&read_lines(input));
        let want = vec![
            Ok((Some(1), "A".to_string())),
            Err((
                Some(3),
                "invalid JSON: EOF while parsing a value at line 1 column 9".to_string(),
            )),
            Ok((Some(4), "C".to_string())),
        ];
        assert_eq!(got, want, "{input:?}");
    }
}
