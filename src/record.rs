//! newsdex's own records: the versioned JSON Lines that `extract --json`, `export` and the Spark
//! job (`examples/spark/`) write, and `ingest` reads back without extracting again. The format is
//! documented as a JSON Schema in `src/record.schema.json`; a record is recognised by
//! its `newsdex` key, the version of the format, never by guessing.

use std::io::{BufRead, BufReader};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::article::{Article, Person, Quote};
use crate::date::Published;
use crate::source::FileStamp;

/// The version of the record format this newsdex writes and reads. Keys may be added to a
/// version; a change of meaning or a removed key makes a new version.
pub(crate) const VERSION: u32 = 1;

/// The key whose presence (with a version number) makes a JSON object a newsdex record.
pub(crate) const MARKER: &str = "newsdex";

/// The stamp of a source file as written in a record: its size, modification time (RFC 3339,
/// UTC, nanoseconds when the file system has them) and xxh3 content hash (16 hex digits).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Stamp {
    pub size: u64,
    pub mtime: Option<String>,
    pub hash: String,
}

impl Stamp {
    /// The stamp of a file as the index keeps it.
    pub(crate) fn of(stamp: FileStamp) -> Stamp {
        Stamp {
            size: stamp.size,
            mtime: (stamp.mtime > 0).then(|| mtime_text(stamp.mtime)),
            hash: format!("{:016x}", stamp.hash),
        }
    }

    /// The stamp as the index keeps it; `None` when its time or hash cannot be read.
    pub(crate) fn file_stamp(&self) -> Option<FileStamp> {
        let mtime = match &self.mtime {
            Some(t) => chrono::DateTime::parse_from_rfc3339(t)
                .ok()?
                .timestamp_nanos_opt()
                .and_then(|n| u64::try_from(n).ok())?,
            None => 0,
        };
        let hash = u64::from_str_radix(&self.hash, 16).ok()?;
        Some(FileStamp {
            size: self.size,
            mtime,
            hash,
        })
    }
}

/// Nanoseconds since the epoch as RFC 3339 in UTC, with as many fractional digits as needed.
fn mtime_text(nanos: u64) -> String {
    let secs = (nanos / 1_000_000_000) as i64;
    let sub = (nanos % 1_000_000_000) as u32;
    chrono::DateTime::from_timestamp(secs, sub)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
        .unwrap_or_default()
}

/// Where an article comes from: its source file's key (absolute path, or a URI), its position in
/// that file, the file as the command that read it named it, and the file's stamp.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Origin<'a> {
    pub source: &'a str,
    pub record: Option<usize>,
    pub path: &'a str,
    pub stamp: Option<FileStamp>,
}

impl Origin<'_> {
    /// The article's identity: its source, plus `#N` for the Nth record of a file of many.
    pub(crate) fn id(&self) -> String {
        crate::source::record_id(self.source, self.record)
    }
}

/// An article record, as written (borrowed from the article).
#[derive(Serialize)]
struct ArticleOut<'a> {
    newsdex: u32,
    kind: &'static str,
    id: String,
    source: &'a str,
    record: Option<usize>,
    path: &'a str,
    stamp: Option<Stamp>,
    url: Option<&'a str>,
    headline: &'a str,
    body: &'a str,
    outlet: Option<&'a str>,
    authors: &'a [String],
    published: Option<&'a Published>,
    people: Vec<&'a str>,
    mentions: &'a [Person],
    quotes: &'a [Quote],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    things: &'a [String],
}

/// A quote record, as written.
#[derive(Serialize)]
struct QuoteOut<'a> {
    newsdex: u32,
    kind: &'static str,
    article: &'a str,
    index: usize,
    source: &'a str,
    record: Option<usize>,
    url: Option<&'a str>,
    headline: &'a str,
    outlet: Option<&'a str>,
    authors: &'a [String],
    published: Option<&'a Published>,
    text: &'a str,
    speaker: Option<&'a str>,
    person: Option<&'a str>,
    start: usize,
    end: usize,
    context: &'a str,
}

/// Write the article record of `article` as one JSON line.
pub(crate) fn write_article(
    out: &mut impl std::io::Write,
    origin: &Origin,
    url: Option<&str>,
    article: &Article,
) -> std::io::Result<()> {
    let record = ArticleOut {
        newsdex: VERSION,
        kind: "article",
        id: origin.id(),
        source: origin.source,
        record: origin.record,
        path: origin.path,
        stamp: origin.stamp.map(Stamp::of),
        url,
        headline: &article.headline,
        body: &article.body,
        outlet: article.outlet.as_deref(),
        authors: &article.authors,
        published: article.published.as_ref(),
        people: article.people_names().collect(),
        mentions: &article.people,
        quotes: &article.quotes,
        things: &article.things,
    };
    write_line(out, &record)
}

/// Write `record` as one JSON line, with one write: serde_json writes a record in hundreds of
/// pieces, and each write to standard output costs a lock and a search for a line break.
fn write_line(out: &mut impl std::io::Write, record: &impl Serialize) -> std::io::Result<()> {
    let mut line = serde_json::to_vec(record)?;
    line.push(b'\n');
    out.write_all(&line)
}

/// Write a quote record for each quote of `article`, in the order of the body.
pub(crate) fn write_quotes(
    out: &mut impl std::io::Write,
    origin: &Origin,
    url: Option<&str>,
    article: &Article,
) -> std::io::Result<()> {
    if article.quotes.is_empty() {
        return Ok(());
    }
    let id = origin.id();
    let contexts = crate::extract::quote_contexts(&article.body, &article.quotes);
    for (index, (q, context)) in article.quotes.iter().zip(contexts).enumerate() {
        let record = QuoteOut {
            newsdex: VERSION,
            kind: "quote",
            article: &id,
            index,
            source: origin.source,
            record: origin.record,
            url,
            headline: &article.headline,
            outlet: article.outlet.as_deref(),
            authors: &article.authors,
            published: article.published.as_ref(),
            text: &q.text,
            speaker: q.speaker.as_deref(),
            person: q.person.as_deref(),
            start: q.start,
            end: q.end,
            context,
        };
        write_line(out, &record)?;
    }
    Ok(())
}

/// What a line of a records file is.
#[derive(Debug)]
pub(crate) enum Read {
    /// An article record, ready to index.
    Article(Box<ArticleIn>),
    /// A record of another kind (a quote record), which holds nothing to index.
    Other,
}

/// An article record as read back: where the article comes from, and the article.
#[derive(Debug, Clone)]
pub(crate) struct ArticleIn {
    /// The key of its source file (its absolute path, or a URI).
    pub source: String,
    /// Its position in that file, when the file holds several.
    pub record: Option<usize>,
    /// The source file's stamp, when the record gives it.
    pub stamp: Option<FileStamp>,
    pub url: Option<String>,
    pub article: Article,
}

impl ArticleIn {
    /// The article's identity (`SOURCE#N`).
    pub(crate) fn id(&self) -> String {
        crate::source::record_id(&self.source, self.record)
    }
}

/// A record as it may come: every key optional, told apart by `newsdex` and `kind`.
#[derive(Deserialize)]
struct RecordIn {
    newsdex: Option<serde_json::Value>,
    kind: Option<String>,
    source: Option<String>,
    record: Option<usize>,
    stamp: Option<Stamp>,
    url: Option<String>,
    headline: Option<String>,
    body: Option<String>,
    outlet: Option<String>,
    #[serde(default, deserialize_with = "null_as_empty")]
    authors: Vec<String>,
    published: Option<crate::date::Published>,
    #[serde(default, deserialize_with = "null_as_empty")]
    mentions: Vec<Person>,
    #[serde(default, deserialize_with = "null_as_empty")]
    quotes: Vec<Quote>,
    #[serde(default, deserialize_with = "null_as_empty")]
    things: Vec<String>,
}

/// A list that may come as `null` (as Spark writes an empty column): empty.
fn null_as_empty<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// Only the key that tells a record, of a line that may be one.
#[derive(Deserialize)]
struct Marker {
    newsdex: Option<serde_json::Value>,
}

/// Whether a line of JSON is a newsdex record: an object with the [`MARKER`] key.
fn is_record(line: &str) -> bool {
    line.trim_start().starts_with('{')
        && serde_json::from_str::<Marker>(line).is_ok_and(|m| m.newsdex.is_some())
}

/// Read one line of a records file; an error says why it cannot be indexed, in words for people.
pub(crate) fn read(line: &str) -> Result<Read, String> {
    if !line.trim_start().starts_with('{') {
        return Err("not a newsdex record (no JSON object)".into());
    }
    let r: RecordIn = serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let version = match &r.newsdex {
        None => return Err(format!("not a newsdex record (no \"{MARKER}\" key)")),
        Some(v) => v.as_u64().ok_or_else(|| {
            format!("the \"{MARKER}\" key of a record must be its format version")
        })?,
    };
    if version == 0 || version > u64::from(VERSION) {
        return Err(format!(
            "a record of format version {version}: this newsdex reads version {VERSION}"
        ));
    }
    match r.kind.as_deref() {
        Some("article") => {}
        Some(_) => return Ok(Read::Other),
        None => return Err("a newsdex record without a kind".into()),
    }
    let missing = |key: &str| format!("an article record without \"{key}\"");
    let source = r
        .source
        .filter(|s| !s.is_empty())
        .ok_or_else(|| missing("source"))?;
    let body = r.body.ok_or_else(|| missing("body"))?;
    let chars = body.chars().count();
    if let Some(q) = r.quotes.iter().find(|q| q.start > q.end || q.end > chars) {
        return Err(format!(
            "an article record with a quote at characters {}..{} of a body of {chars}",
            q.start, q.end
        ));
    }
    let stamp = match r.stamp {
        Some(s) => Some(
            s.file_stamp()
                .ok_or_else(|| format!("an article record whose stamp cannot be read: {s:?}"))?,
        ),
        None => None,
    };
    Ok(Read::Article(Box::new(ArticleIn {
        source,
        record: r.record,
        stamp,
        url: r.url,
        article: Article {
            headline: r.headline.ok_or_else(|| missing("headline"))?,
            body,
            outlet: r.outlet,
            authors: r.authors,
            published: r.published,
            people: r.mentions,
            quotes: r.quotes,
            things: r.things,
        },
    })))
}

/// The lines of a records file (gzip-compressed or not), read as they are needed, with their
/// line numbers.
pub(crate) struct Lines {
    reader: Box<dyn BufRead + Send>,
    line: usize,
}

impl Lines {
    /// Open a records file.
    pub(crate) fn open(path: &Path) -> std::io::Result<Lines> {
        let mut file = BufReader::new(std::fs::File::open(path)?);
        let gzipped = file.fill_buf()?.starts_with(&[0x1f, 0x8b]);
        let reader: Box<dyn BufRead + Send> = if gzipped {
            Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(file)))
        } else {
            Box::new(file)
        };
        Ok(Lines { reader, line: 0 })
    }

    /// Up to `n` more lines that are not blank, with their line numbers (none at the end).
    pub(crate) fn next_lines(&mut self, n: usize) -> std::io::Result<Vec<(usize, String)>> {
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            let mut text = String::new();
            if self.reader.read_line(&mut text)? == 0 {
                break;
            }
            self.line += 1;
            let text = text.trim_start_matches('\u{feff}').trim_end();
            if !text.trim_start().is_empty() {
                out.push((self.line, text.to_string()));
            }
        }
        Ok(out)
    }
}

/// Whether the file at `path` holds newsdex records: its first line that is not blank is a
/// JSON object with the [`MARKER`] key (a file that cannot be read is none: its reader says why).
pub(crate) fn is_records_file(path: &Path) -> bool {
    Lines::open(path)
        .and_then(|mut lines| lines.next_lines(1))
        .is_ok_and(|first| first.first().is_some_and(|(_, l)| is_record(l)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_round_trip() {
        let cases = [
            FileStamp {
                size: 12,
                mtime: 1_736_808_000_123_456_789,
                hash: 0xdead_beef,
            },
            FileStamp {
                size: 0,
                mtime: 1_736_808_000_000_000_000,
                hash: u64::MAX,
            },
            FileStamp {
                size: 5,
                mtime: 0,
                hash: 0,
            },
        ];
        for input in cases {
            let written = Stamp::of(input);
            assert_eq!(written.file_stamp(), Some(input), "{input:?}");
        }
        let shown = Stamp::of(cases[0]);
        assert_eq!(
            (shown.mtime.as_deref(), shown.hash.as_str()),
            (Some("2025-01-13T22:40:00.123456789Z"), "00000000deadbeef")
        );
    }

    #[test]
    fn records_are_told_by_their_version() {
        let cases = [
            (r#"{"newsdex": 1, "kind": "quote"}"#, Ok("other")),
            (
                r#"{"newsdex": 2, "kind": "article"}"#,
                Err("a record of format version 2: this newsdex reads version 1"),
            ),
            (
                r#"{"newsdex": "yes", "kind": "article"}"#,
                Err("the \"newsdex\" key of a record must be its format version"),
            ),
            (
                r#"{"title": "A", "text": "B"}"#,
                Err("not a newsdex record (no \"newsdex\" key)"),
            ),
            (
                r#"{"newsdex": 1, "kind": "article", "source": "/a", "headline": "H", "body": "ab", "quotes": [{"text": "x", "speaker": null, "start": 1, "end": 3}]}"#,
                Err("an article record with a quote at characters 1..3 of a body of 2"),
            ),
            (
                r#"{"newsdex": 1, "kind": "article", "source": "/a", "headline": "H"}"#,
                Err("an article record without \"body\""),
            ),
            (
                r#"{"newsdex": 1, "kind": "article", "source": "/a", "headline": "H", "body": "ab", "published": "5 March 2024", "stamp": {"size": 1, "mtime": null, "hash": "zz"}}"#,
                Err("an article record whose stamp cannot be read: Stamp { size: 1, mtime: None, hash: \"zz\" }"),
            ),
            (
                r#"{"newsdex": 1, "kind": "article", "source": "/a", "record": 4, "headline": "H", "body": "ab", "published": "5 March 2024"}"#,
                Ok("/a#4 2024-03-05"),
            ),
            (
                r#"{"newsdex": 1, "kind": "article", "source": "/a", "headline": "H", "body": "ab", "authors": null, "mentions": null, "quotes": null, "things": null}"#,
                Ok("/a "),
            ),
        ];
        for (input, want) in cases {
            let got = match read(input) {
                Ok(Read::Article(a)) => Ok(format!(
                    "{} {}",
                    a.id(),
                    a.article
                        .published
                        .map(|p| p.to_string())
                        .unwrap_or_default()
                )),
                Ok(Read::Other) => Ok("other".to_string()),
                Err(e) => Err(e),
            };
            assert_eq!(
                got,
                want.map(String::from).map_err(String::from),
                "{input:?}"
            );
        }
    }
}
