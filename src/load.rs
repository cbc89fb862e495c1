//! From a file's bytes to its articles, the stage `ingest` and `extract` share: what the file
//! holds about each article ([`crate::read`]), then what extraction makes of it
//! ([`crate::extract`]), with the outlet given (else the one the file's path names) as the
//! publisher of articles that name none of their own (a wire's dateline names the writer), and a
//! date for those that give none where the web address, a dateline or the
//! file's path holds one.

use std::path::Path;

use crate::article::Article;
use crate::date::{self, Published};
use crate::extract::{self, Known};
use crate::problem::{Problem, Unread};
use crate::read::{self, Format, Found};

/// One article of a file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Record {
    /// Position of the record in its file (`None` for a file that is one article): element
    /// number of a JSON array, line number of JSON Lines, record number of a web archive.
    pub position: Option<usize>,
    /// The article's web address, when the file gives it.
    pub url: Option<String>,
    pub article: Article,
}

/// The articles of a file, and its records that could not be read.
#[derive(Debug, Clone, Default)]
pub(crate) struct Loaded {
    pub records: Vec<Record>,
    pub problems: Vec<Problem>,
}

/// The articles of the file at `path` (its key: an absolute path), of `format`, whose bytes are
/// `bytes`; `outlet` is the publisher of those that name none.
pub(crate) fn articles(
    path: &Path,
    format: Format,
    bytes: &[u8],
    outlet: Option<&str>,
) -> Result<Loaded, Unread> {
    let parsed = read::parse(format, bytes)?;
    let mut dated_path = None;
    // (read from the path once a file, and only for records whose metadata names no outlet)
    let mut archive_outlet = None;
    Ok(Loaded {
        records: parsed
            .records
            .into_iter()
            .map(|found| {
                let archive = match found.outlet {
                    Some(_) => None,
                    None => archive_outlet
                        .get_or_insert_with(|| {
                            outlet
                                .map(str::to_string)
                                .or_else(|| read::outlet_of_path(path))
                        })
                        .clone(),
                };
                record(found, archive, &mut || {
                    *dated_path.get_or_insert_with(|| date::from_path(path))
                })
            })
            .collect(),
        problems: parsed.problems,
    })
}

/// The article of what a file holds about it; `archive_outlet` is the outlet given to the run,
/// else the one the file's path names (none when the record's metadata names one); `path_date` is the date of the file's path.
fn record(
    found: Found,
    archive_outlet: Option<String>,
    path_date: &mut dyn FnMut() -> Option<Published>,
) -> Record {
    let text = found.text.unwrap_or_default();
    let mut authors = found.authors;
    let mut published = found.published;
    let (headline, body) = if found.headline_in_text {
        let (headline, body) = extract::split_headline(&text);
        // A byline and a time of posting on their own lines, below the headline.
        let front = read::front_lines(body);
        if authors.is_empty() {
            authors = front.authors;
        }
        published = published.or(front.published);
        (Some(headline.to_string()), front.body)
    } else {
        (found.headline, text.as_str())
    };
    let body = read::without_end_credits(body);
    let known = Known {
        headline,
        outlet: found.outlet,
        authors,
        archive_outlet,
    };
    let mut article = extract::extract_parts(body, known);
    article.published = published
        .or_else(|| found.url.as_deref().and_then(date::from_url))
        .or_else(|| date::dateline(&article.body))
        .or_else(path_date);
    Record {
        position: found.position,
        url: found.url,
        article,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (headline, body, outlet, published) of the articles of a file.
    fn summary(format: Format, bytes: &str, outlet: Option<&str>) -> Vec<[String; 4]> {
        let path = Path::new("/news/story.txt");
        let loaded = articles(path, format, bytes.as_bytes(), outlet).expect("articles");
        loaded
            .records
            .into_iter()
            .map(|r| {
                let a = r.article;
                let published = a.published.map(|p| p.to_string()).unwrap_or_default();
                [a.headline, a.body, a.outlet.unwrap_or_default(), published]
            })
            .collect()
    }

    /// An article that gives no date takes one from its web address, else from a dateline,
    /// else from its file's path.
    #[test]
    fn dates_from_the_address_a_dateline_or_the_path() {
        let cases = [
            (
                "/news/2019/11/19/a.json",
                r#"{"title":"A","text":"LONDON, 5 March 2024 (Reuters) - Fares rise.","url":"https://x.example/2020/01/02/a","date":"2021-06-07"}"#,
                "2021-06-07",
            ),
            (
                "/news/2019/11/19/a.json",
                r#"{"title":"A","text":"LONDON, 5 March 2024 (Reuters) - Fares rise.","url":"https://x.example/2020/01/02/a"}"#,
                "2020-01-02",
            ),
            (
                "/news/2019/11/19/a.json",
                r#"{"title":"A","text":"LONDON, 5 March 2024 (Reuters) - Fares rise.","url":"https://x.example/a"}"#,
                "2024-03-05",
            ),
            (
                "/news/2019/11/19/a.json",
                r#"{"title":"A","text":"Fares rise."}"#,
                "2019-11-19",
            ),
            ("/news/a.json", r#"{"title":"A","text":"Fares rise."}"#, ""),
        ];
        for (path, json, want) in cases {
            let loaded = articles(Path::new(path), Format::Json, json.as_bytes(), None);
            let records = loaded.expect("articles").records;
            let got = records[0].article.published.map(|p| p.to_string());
            assert_eq!(got.unwrap_or_default(), want, "{path} {json}");
        }
    }

    #[test]
    fn what_each_format_holds_becomes_an_article() {
        let row = |h: &str, b: &str, o: &str, p: &str| [h, b, o, p].map(str::to_string);
        let cases = [
            // The first line of a text file is its headline.
            (
                Format::Text,
                "\n\nFerry fares rise\n\nFares rise.\n",
                None,
                vec![row("Ferry fares rise", "Fares rise.", "", "")],
            ),
            // The outlet given is for articles that name none.
            (
                Format::Json,
                r#"[{"title":"A","text":"x","date":"2024-03-05"},{"title":"B","text":"y","source":"Herald"}]"#,
                Some("Wire"),
                vec![
                    row("A", "x", "Wire", "2024-03-05"),
                    row("B", "y", "Herald", ""),
                ],
            ),
            // Markdown without a title: its first line, as in a text file.
            (
                Format::Markdown,
                "---\nauthor: Ann Lee\n---\nFerry fares rise\n\nFares rise.\n",
                None,
                vec![row("Ferry fares rise", "Fares rise.", "", "")],
            ),
        ];
        for (format, input, outlet, want) in cases {
            assert_eq!(summary(format, input, outlet), want, "{input:?}");
        }
    }
}
