//! From a file's bytes to its articles, the stage `ingest` and `extract` share: what the file
//! holds about each article ([`crate::read`]), then what extraction makes of it
//! ([`crate::extract`]), with the outlet given for articles that name none.

use crate::article::Article;
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

/// The articles of a file of `format` whose bytes are `bytes`; `outlet` is the publisher of
/// those that name none.
pub(crate) fn articles(
    format: Format,
    bytes: &[u8],
    outlet: Option<&str>,
) -> Result<Loaded, Unread> {
    let parsed = read::parse(format, bytes)?;
    Ok(Loaded {
        records: parsed
            .records
            .into_iter()
            .map(|found| record(found, outlet))
            .collect(),
        problems: parsed.problems,
    })
}

/// The article of what a file holds about it.
fn record(found: Found, outlet: Option<&str>) -> Record {
    let text = found.text.unwrap_or_default();
    let (headline, body) = if found.headline_in_text {
        let (headline, body) = extract::split_headline(&text);
        (Some(headline.to_string()), body)
    } else {
        (found.headline, text.as_str())
    };
    let known = Known {
        headline,
        outlet: found.outlet,
        authors: found.authors,
    };
    let mut article = extract::extract_parts(body, known);
    article.published = found.published;
    if article.outlet.is_none() {
        article.outlet = outlet.map(str::to_string);
    }
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
        let loaded = articles(format, bytes.as_bytes(), outlet).expect("articles");
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
