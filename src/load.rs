//! From a file's bytes to its articles, the stage `ingest` and `extract` share: what the file
//! holds about each article ([`crate::read`]), then what extraction makes of it
//! ([`crate::extract`]), with the outlet given (else the one the file's path names) as the
//! publisher of articles that name none of their own (a wire's dateline names the writer), and a
//! date for those that give none where the web address, a dateline or the
//! file's path holds one.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

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

/// Articles extracted together on one thread (see [`extract::extract_many`]): enough for each
/// step's code to serve several articles in a row, few enough that their texts stay in the
/// cache (on BBC, one thread: 8% less time than one article at a time; 64 gain less).
const EXTRACT_CHUNK: usize = 8;

/// A file's articles, not yet extracted: what the file holds about each, and its records that
/// could not be read.
#[derive(Debug)]
pub(crate) struct Unextracted {
    /// The file's key, whose folders may date its articles.
    path: PathBuf,
    articles: Vec<Pending>,
    problems: Vec<Problem>,
}

/// An article before extraction: its body, what its file says about it, and its place.
#[derive(Debug)]
struct Pending {
    position: Option<usize>,
    url: Option<String>,
    body: String,
    known: Known,
    published: Option<Published>,
}

/// What the file at `path` (its key: an absolute path), of `format`, whose bytes are `bytes`,
/// holds about its articles; `outlet` is the publisher of those that name none.
pub(crate) fn prepare(
    path: &Path,
    format: Format,
    bytes: &[u8],
    outlet: Option<&str>,
) -> Result<Unextracted, Unread> {
    let parsed = read::parse(format, bytes)?;
    // (read from the path once a file, and only for records whose metadata names no outlet)
    let mut archive_outlet = None;
    Ok(Unextracted {
        path: path.to_path_buf(),
        articles: parsed
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
                pending(found, archive)
            })
            .collect(),
        problems: parsed.problems,
    })
}

/// The articles of many files (each `Ok` item a file's tag and what [`prepare`] made of it,
/// the `Err` items left as they are), in the same order: extracted [`EXTRACT_CHUNK`] at a
/// time on the current thread pool, and dated.
pub(crate) fn extract_prepared<T: Send, E: Send>(
    mut files: Vec<Result<(T, Unextracted), E>>,
) -> Vec<Result<(T, Loaded), E>> {
    let items: Vec<(&str, Known)> = (files.iter_mut().flatten())
        .flat_map(|(_, prepared)| prepared.articles.iter_mut())
        .map(|p| (p.body.as_str(), std::mem::take(&mut p.known)))
        .collect();
    let extracted: Vec<Article> = (items.into_par_iter().chunks(EXTRACT_CHUNK))
        .flat_map_iter(extract::extract_many)
        .collect();
    let mut extracted = extracted.into_iter();
    (files.into_iter())
        .map(|file| {
            file.map(|(tag, prepared)| {
                let Unextracted {
                    path,
                    articles,
                    problems,
                } = prepared;
                let mut dated_path = None;
                let records = (articles.into_iter())
                    .zip(extracted.by_ref())
                    .map(|(pending, article)| {
                        record(pending, article, &mut || {
                            *dated_path.get_or_insert_with(|| date::from_path(&path))
                        })
                    })
                    .collect();
                (tag, Loaded { records, problems })
            })
        })
        .collect()
}

/// What a file holds about an article, ready for extraction; `archive_outlet` is the outlet
/// given to the run, else the one the file's path names (none when the record's metadata names
/// one).
fn pending(found: Found, archive_outlet: Option<String>) -> Pending {
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
    Pending {
        position: found.position,
        url: found.url,
        body: read::without_end_credits(body).to_string(),
        known: Known {
            headline,
            outlet: found.outlet,
            authors,
            archive_outlet,
        },
        published,
    }
}

/// The record of an article extracted: dated by what its file says, else its web address, else
/// a dateline, else its file's path (`path_date`).
fn record(
    pending: Pending,
    mut article: Article,
    path_date: &mut dyn FnMut() -> Option<Published>,
) -> Record {
    article.published = pending
        .published
        .or_else(|| pending.url.as_deref().and_then(date::from_url))
        .or_else(|| date::dateline(&article.body))
        .or_else(path_date);
    Record {
        position: pending.position,
        url: pending.url,
        article,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The articles of the file at `path`, as `extract` and `ingest` make them.
    fn articles(
        path: &Path,
        format: Format,
        bytes: &[u8],
        outlet: Option<&str>,
    ) -> Result<Loaded, Unread> {
        let prepared = prepare(path, format, bytes, outlet)?;
        let mut loaded = extract_prepared(vec![Ok::<_, ()>(((), prepared))]);
        Ok(loaded
            .pop()
            .and_then(Result::ok)
            .map(|(_, l)| l)
            .unwrap_or_default())
    }

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
