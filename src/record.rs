//! newsdex's own records: the versioned JSON Lines that `extract --json`, `export` and the Spark
//! job (`scale/spark/`) write, and `ingest` reads back without extracting again. The format is
//! documented as a JSON Schema in `schema/newsdex-record.schema.json`; a record is recognised by
//! its `newsdex` key, the version of the format, never by guessing.

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
        match self.record {
            Some(n) => format!("{}#{n}", self.source),
            None => self.source.to_string(),
        }
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
    };
    serde_json::to_writer(&mut *out, &record)?;
    out.write_all(b"\n")
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
    let contexts = contexts(&article.body, &article.quotes);
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
        serde_json::to_writer(&mut *out, &record)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// The context of each quote: the sentences of the body that hold it, from the start of the
/// sentence where it opens to the end of the one where it closes (as extraction splits
/// sentences). Offsets are the quotes' character offsets; one that lies outside the body gets an
/// empty context.
pub(crate) fn contexts<'a>(body: &'a str, quotes: &[Quote]) -> Vec<&'a str> {
    let doc = crate::extract::text::Doc::new(body);
    let tokens = &doc.tokens;
    // Byte offset of each character offset asked about, found in one pass over the body.
    let mut wanted: Vec<usize> = quotes.iter().flat_map(|q| [q.start, q.end]).collect();
    wanted.sort_unstable();
    wanted.dedup();
    let mut bytes = Vec::with_capacity(wanted.len());
    let mut chars = body.char_indices().map(|(b, _)| b).chain([body.len()]);
    let mut at = 0;
    for &w in &wanted {
        let Some(b) = chars.nth(w - at) else { break };
        bytes.push((w, b));
        at = w + 1;
    }
    let byte_of = |c: usize| {
        bytes
            .binary_search_by_key(&c, |&(w, _)| w)
            .ok()
            .map(|i| bytes[i].1)
    };
    quotes
        .iter()
        .map(|q| {
            let (Some(start), Some(end)) = (byte_of(q.start), byte_of(q.end)) else {
                return "";
            };
            // The first token that ends after the quote's start, the last that starts before its
            // end, and the sentences they belong to.
            let first = tokens.partition_point(|t| t.end <= start);
            let last = tokens.partition_point(|t| t.start < end);
            if first >= tokens.len() || last == 0 || last <= first {
                return body.get(start..end).unwrap_or_default();
            }
            let (s0, s1) = (tokens[first].sent, tokens[last - 1].sent);
            let from = tokens.partition_point(|t| t.sent < s0);
            let to = tokens.partition_point(|t| t.sent <= s1);
            body.get(tokens[from].start..tokens[to - 1].end)
                .unwrap_or_default()
        })
        .collect()
}

/// A record as read: an article record ([`ArticleIn`]), or the kind of another record.
#[derive(Debug)]
pub(crate) enum Read {
    Article(Box<ArticleIn>),
    /// A record of another kind (a quote record), which holds nothing to index.
    Other(String),
}

/// An article record as read back.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct ArticleIn {
    pub source: String,
    #[serde(default)]
    pub record: Option<usize>,
    #[serde(default)]
    pub stamp: Option<Stamp>,
    #[serde(default)]
    pub url: Option<String>,
    pub headline: String,
    pub body: String,
    #[serde(default)]
    pub outlet: Option<String>,
    #[serde(default)]
    pub authors: Vec<String>,
    #[serde(default)]
    pub published: Option<Published>,
    #[serde(default)]
    pub mentions: Vec<Person>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
}

impl ArticleIn {
    /// The article the record holds.
    pub(crate) fn article(&self) -> Article {
        Article {
            headline: self.headline.clone(),
            body: self.body.clone(),
            outlet: self.outlet.clone(),
            authors: self.authors.clone(),
            published: self.published,
            people: self.mentions.clone(),
            quotes: self.quotes.clone(),
        }
    }
}

/// The version of the record format a JSON object is written in, when it is a newsdex record.
pub(crate) fn version_of(object: &serde_json::Map<String, serde_json::Value>) -> Option<u64> {
    object.get(MARKER).and_then(serde_json::Value::as_u64)
}

/// Read a newsdex record from a JSON object that carries the [`MARKER`]; an error says why it
/// cannot be read, in words for people.
pub(crate) fn read(object: serde_json::Map<String, serde_json::Value>) -> Result<Read, String> {
    let version = version_of(&object)
        .ok_or_else(|| format!("the \"{MARKER}\" key of a record must be its format version"))?;
    if version == 0 || version > u64::from(VERSION) {
        return Err(format!(
            "a record of format version {version}: this newsdex reads version {VERSION}"
        ));
    }
    let kind = object
        .get("kind")
        .and_then(serde_json::Value::as_str)
        .unwrap_or_default()
        .to_string();
    if kind != "article" {
        if kind.is_empty() {
            return Err("a newsdex record without a kind".into());
        }
        return Ok(Read::Other(kind));
    }
    let article: ArticleIn = serde_json::from_value(serde_json::Value::Object(object))
        .map_err(|e| format!("an article record that cannot be read: {e}"))?;
    let chars = article.body.chars().count();
    if let Some(q) = article
        .quotes
        .iter()
        .find(|q| q.start > q.end || q.end > chars)
    {
        return Err(format!(
            "an article record with a quote at characters {}..{} of a body of {chars}",
            q.start, q.end
        ));
    }
    if article.source.is_empty() {
        return Err("an article record without a source".into());
    }
    Ok(Read::Article(Box::new(article)))
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
    fn contexts_are_the_sentences_of_the_quote() {
        let body = "The mayor spoke first. “We will rebuild,” said Mayor Ann Lee. \
                    Critics disagreed.\n\nMr. Bo Ray said: “No. Not this year.” Then he left.";
        let at = |s: &str| body[..body.find(s).expect("in body")].chars().count();
        let quote = |text: &str| Quote {
            text: text.into(),
            start: at(text),
            end: at(text) + text.chars().count(),
            ..Quote::default()
        };
        let cases = [
            ("We will rebuild", "“We will rebuild,” said Mayor Ann Lee."),
            (
                "No. Not this year.",
                "Mr. Bo Ray said: “No. Not this year.”",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(contexts(body, &[quote(text)]), vec![want], "{text:?}");
        }
        let outside = Quote {
            start: 5,
            end: 10_000,
            ..Quote::default()
        };
        assert_eq!(contexts(body, &[outside]), vec![""]);
    }

    #[test]
    fn records_are_told_by_their_version() {
        let cases = [
            (r#"{"newsdex": 1, "kind": "quote"}"#, Ok("quote")),
            (
                r#"{"newsdex": 2, "kind": "article"}"#,
                Err("a record of format version 2: this newsdex reads version 1"),
            ),
            (
                r#"{"newsdex": "yes", "kind": "article"}"#,
                Err("the \"newsdex\" key of a record must be its format version"),
            ),
            (
                r#"{"newsdex": 1, "kind": "article", "source": "/a", "headline": "H", "body": "ab", "quotes": [{"text": "x", "speaker": null, "start": 1, "end": 3}]}"#,
                Err("an article record with a quote at characters 1..3 of a body of 2"),
            ),
            (
                r#"{"newsdex": 1, "kind": "article", "source": "/a", "headline": "H", "body": "ab"}"#,
                Ok("article"),
            ),
        ];
        for (input, want) in cases {
            let object = serde_json::from_str(input).expect("an object");
            let got = match read(object) {
                Ok(Read::Article(_)) => Ok("article"),
                Ok(Read::Other(kind)) => Ok(if kind == "quote" { "quote" } else { "?" }),
                Err(e) => Err(e),
            };
            assert_eq!(got, want.map_err(String::from), "{input:?}");
        }
    }
}
