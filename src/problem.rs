//! What can go wrong with an input, in one place: why a file is passed over ([`Skip`]) or could
//! not be read ([`Fault`]), the words each is told in, and the [`Reporter`] that counts them and
//! tells them on stderr, for `ingest` and `extract` alike.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use serde::{Serialize, Serializer};

/// Why a file is not read as articles: not an error, only counted.
///
/// (Declared in the alphabetical order of their words, the order a summary lists them in.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Skip {
    /// NUL bytes near the start.
    BinaryFile,
    /// Nothing but white space.
    EmptyFile,
    /// A web archive without one HTML response.
    NoHtmlResponses,
    /// A page without a main text.
    NoArticleText,
    /// A text or Markdown file without a word.
    NoText,
    /// A file whose extension is no format newsdex reads.
    NotArticleFormat,
    /// An SGML file without newswire stories (`<REUTERS>` records).
    NoWireStories,
}

impl Skip {
    fn words(self) -> &'static str {
        match self {
            Skip::BinaryFile => "binary file",
            Skip::EmptyFile => "empty file",
            Skip::NoHtmlResponses => "no HTML responses in the archive",
            Skip::NoArticleText => "no article text",
            Skip::NoText => "no text",
            Skip::NotArticleFormat => "not an article format",
            Skip::NoWireStories => "no newswire stories in the SGML file",
        }
    }
}

/// Why a file, or a record of one, could not be read: an error, reported with its path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// A path given that does not exist.
    Missing,
    /// A symbolic link to one of its own folders.
    LinkLoop,
    /// A symbolic link to nothing.
    BrokenLink,
    /// An error of the system, in its words.
    Io(String),
    /// A file larger than `--max-file-size`.
    TooLarge { limit: u64 },
    /// Compressed data that is not valid gzip.
    Gzip(String),
    /// Compressed data that inflates past the limit.
    Inflates { limit: u64 },
    /// Markdown front matter that is not valid YAML.
    Yaml(String),
    /// Markdown front matter that is not a mapping of fields.
    YamlNotMapping,
    /// Text that is not valid JSON.
    Json(String),
    /// A JSON record that is not an object.
    NotObject,
    /// A JSON record without any of these fields of text.
    NoTextField(&'static [&'static str]),
    /// A web archive record that cannot be parsed (the archive's framing is lost after it).
    Warc { record: usize, error: String },
    /// A web archive's page without a main text.
    WarcNoText { record: usize, uri: Option<String> },
    /// A line of a newsdex records file that cannot be indexed, and why.
    Record(String),
    /// A newswire SGML record that cannot be read, and why.
    Sgml(String),
}

impl fmt::Display for Skip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.words())
    }
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fault::Missing => f.write_str("no such file or directory"),
            Fault::LinkLoop => f.write_str("symbolic link loop"),
            Fault::BrokenLink => f.write_str("broken symbolic link"),
            Fault::Io(e) => f.write_str(e),
            Fault::TooLarge { limit } => write!(
                f,
                "file is larger than the limit of {limit} bytes (--max-file-size)"
            ),
            Fault::Gzip(e) => write!(f, "not a valid gzip file: {e}"),
            Fault::Inflates { limit } => {
                write!(f, "gzip data inflates to more than {limit} bytes")
            }
            Fault::Yaml(e) => write!(f, "invalid YAML front matter: {e}"),
            Fault::YamlNotMapping => f.write_str("front matter is not a YAML mapping"),
            Fault::Json(e) => write!(f, "invalid JSON: {e}"),
            Fault::NotObject => f.write_str("record is not a JSON object"),
            Fault::NoTextField(fields) => write!(
                f,
                "record has no text (none of the fields {})",
                fields.join(", ")
            ),
            Fault::Warc { record, error } => write!(f, "WARC record {record}: {error}"),
            Fault::Record(why) => f.write_str(why),
            Fault::Sgml(why) => write!(f, "SGML {why}"),
            Fault::WarcNoText { record, uri } => write!(
                f,
                "WARC record {record} ({}): no article text",
                uri.as_deref().unwrap_or("no target URI")
            ),
        }
    }
}

impl From<std::io::Error> for Fault {
    fn from(e: std::io::Error) -> Fault {
        Fault::Io(e.to_string())
    }
}

/// Summaries show reasons in words.
impl Serialize for Skip {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.words())
    }
}

impl Serialize for Fault {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Why a file gave no articles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unread {
    Skipped(Skip),
    Failed(Fault),
}

/// A record of a file that could not be read; the file's other records are still read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Line of the record in its file, when the format has lines.
    pub line: Option<usize>,
    pub fault: Fault,
}

/// A file (or `FILE:LINE` record) that could not be read, and why.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Failure {
    pub path: String,
    pub reason: Fault,
}

/// The problems of a run, counted.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Tally {
    /// Files that are not articles, by reason.
    pub skipped: BTreeMap<Skip, usize>,
    /// Files, or records, that are articles but could not be read.
    pub failed: Vec<Failure>,
}

/// Counts the problems of a run and tells each failure (and each skip, when asked) as one line,
/// `newsdex: PATH: REASON`, as it happens.
pub struct Reporter<'a> {
    tell: &'a mut dyn FnMut(&str),
    tell_skips: bool,
    tally: Tally,
}

impl<'a> Reporter<'a> {
    /// A reporter that tells its lines to `tell`: failures, and skips too when `tell_skips`.
    pub fn new(tell: &'a mut dyn FnMut(&str), tell_skips: bool) -> Self {
        Reporter {
            tell,
            tell_skips,
            tally: Tally::default(),
        }
    }

    /// A file passed over.
    pub(crate) fn skip(&mut self, path: &Path, why: Skip) {
        *self.tally.skipped.entry(why).or_default() += 1;
        if self.tell_skips {
            (self.tell)(&format!("newsdex: {}: skipped: {why}", path.display()));
        }
    }

    /// A file, or the record at `line` of it, that could not be read.
    pub(crate) fn fail(&mut self, path: &Path, line: Option<usize>, why: Fault) {
        let path = match line {
            Some(line) => format!("{}:{line}", path.display()),
            None => path.display().to_string(),
        };
        (self.tell)(&format!("newsdex: {path}: {why}"));
        self.tally.failed.push(Failure { path, reason: why });
    }

    /// A file that gave no articles.
    pub(crate) fn unread(&mut self, path: &Path, why: Unread) {
        match why {
            Unread::Skipped(s) => self.skip(path, s),
            Unread::Failed(f) => self.fail(path, None, f),
        }
    }

    /// What was counted so far.
    pub fn tally(&self) -> &Tally {
        &self.tally
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Summaries list skips in the order of their words, as they always have.
    #[test]
    fn skips_are_ordered_by_their_words() {
        let all = [
            Skip::BinaryFile,
            Skip::EmptyFile,
            Skip::NoHtmlResponses,
            Skip::NoArticleText,
            Skip::NoText,
            Skip::NotArticleFormat,
        ];
        let mut by_words = all;
        by_words.sort_by_key(|s| s.words());
        assert_eq!(by_words, all);
    }

    #[test]
    fn lines_told_and_counted() {
        let mut lines = Vec::new();
        let mut tell = |l: &str| lines.push(l.to_string());
        let mut r = Reporter::new(&mut tell, true);
        r.skip(Path::new("a.txt"), Skip::EmptyFile);
        r.fail(Path::new("b.jsonl"), Some(3), Fault::NotObject);
        r.unread(Path::new("c.md"), Unread::Failed(Fault::YamlNotMapping));
        r.unread(Path::new("d.html"), Unread::Skipped(Skip::EmptyFile));
        let json = serde_json::to_string(r.tally()).expect("json");
        assert_eq!(
            json,
            r#"{"skipped":{"empty file":2},"failed":[{"path":"b.jsonl:3","reason":"record is not a JSON object"},{"path":"c.md","reason":"front matter is not a YAML mapping"}]}"#
        );
        assert_eq!(
            lines,
            [
                "newsdex: a.txt: skipped: empty file",
                "newsdex: b.jsonl:3: record is not a JSON object",
                "newsdex: c.md: front matter is not a YAML mapping",
                "newsdex: d.html: skipped: empty file",
            ]
        );
    }
}
