//! Reading article files: the one place that knows file formats. Each format turns a file's
//! bytes into one or more [`Record`]s (an article and where it sits in its file); a file that
//! is not an article is skipped with a reason, a record that cannot be read is a [`Problem`].

pub mod html;
pub mod json;
pub mod markdown;
pub mod meta;
pub mod warc;

use std::borrow::Cow;
use std::io::Read;
use std::path::Path;

use crate::article::Article;
use crate::extract::{self, Known};
use meta::Fields;

/// A file format newsdex reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text: headline on the first line, body after.
    Text,
    /// A saved web page.
    Html,
    /// One JSON article object, or an array of them.
    Json,
    /// JSON Lines: one article object per line.
    JsonLines,
    /// Markdown, with YAML front matter.
    Markdown,
    /// A web archive: one article per HTML response record.
    Warc,
}

/// Why a file was not read as articles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unread {
    /// Not an article file (wrong kind of file, empty, binary): skipped, not an error.
    Skipped(String),
    /// An article file that could not be read: an error, reported with its reason.
    Failed(String),
}

/// A record of a file that could not be read; the file's other records are still read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Line of the record in its file, when the format has lines.
    pub line: Option<usize>,
    pub reason: String,
}

/// The format of a file, by its extension (a `.gz` after it is allowed); `None` for files
/// that are not articles.
pub fn format_of(path: &Path) -> Option<Format> {
    // A name that is not UTF-8 still has its extension.
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    if name.starts_with('.') {
        return None;
    }
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let ext = name.rsplit_once('.').map(|(_, e)| e)?;
    match ext {
        "txt" | "text" => Some(Format::Text),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        "json" => Some(Format::Json),
        "jsonl" | "ndjson" => Some(Format::JsonLines),
        "md" | "markdown" => Some(Format::Markdown),
        "warc" => Some(Format::Warc),
        _ => None,
    }
}

/// One article read from a file, with its position in the file when the file holds several.
#[derive(Debug, Clone)]
pub struct Record {
    /// Position of the record in its file (`None` for a file that is one article): element
    /// number of a JSON array, line number of JSON Lines, record number of a web archive.
    pub position: Option<usize>,
    /// The article's web address, when the file gives it.
    pub url: Option<String>,
    pub article: Article,
}

/// What a file held: its articles, and the records that could not be read.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    pub records: Vec<Record>,
    pub problems: Vec<Problem>,
}

/// Options every format honours.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Outlet to give every article that names none itself.
    pub outlet: Option<String>,
}

/// Largest size a compressed file may inflate to.
const MAX_INFLATED: u64 = 1 << 30;

/// Whether bytes start like an HTML document.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    head.starts_with("<!doctype html") || head.starts_with("<html") || head.starts_with("<head")
}

fn gunzip(bytes: &[u8]) -> Result<Vec<u8>, Unread> {
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes)
        .take(MAX_INFLATED)
        .read_to_end(&mut out)
        .map_err(|e| Unread::Failed(format!("not a valid gzip file: {e}")))?;
    Ok(out)
}

/// Turn a file's bytes into articles. Gzip-compressed files are recognised by their content;
/// a text file holding an HTML page is read as a page.
pub fn parse(format: Format, bytes: &[u8], opts: &ReadOptions) -> Result<Parsed, Unread> {
    let inflated;
    let bytes = if bytes.starts_with(&[0x1f, 0x8b]) {
        inflated = gunzip(bytes)?;
        &inflated[..]
    } else {
        bytes
    };
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Unread::Skipped("empty file".into()));
    }
    if format != Format::Warc && bytes[..bytes.len().min(8192)].contains(&0) {
        return Err(Unread::Skipped("binary file".into()));
    }
    let format = if format == Format::Text && looks_like_html(bytes) {
        Format::Html
    } else {
        format
    };
    let mut parsed = Parsed::default();
    match format {
        Format::Text => {
            let article = extract::extract(&decode(bytes));
            if article.headline.is_empty() && article.body.is_empty() {
                return Err(Unread::Skipped("no text".into()));
            }
            parsed.records.push(Record {
                position: None,
                url: None,
                article,
            });
        }
        Format::Html => {
            let fields = html::read(&decode_html(bytes, ""), None);
            if fields.body.is_none() {
                return Err(Unread::Skipped("no article text".into()));
            }
            parsed.records.push(record(None, fields));
        }
        Format::Markdown => {
            let fields = markdown::read(&decode(bytes)).map_err(Unread::Failed)?;
            if fields.body.is_none() && fields.headline.is_none() {
                return Err(Unread::Skipped("no text".into()));
            }
            parsed.records.push(record(None, fields));
        }
        Format::Json | Format::JsonLines => {
            let text = decode(bytes);
            let items = if format == Format::Json {
                json::read_json(&text).map_err(Unread::Failed)?
            } else {
                json::read_lines(&text)
            };
            if let [Err(p)] = &items[..] {
                if p.line.is_none() {
                    return Err(Unread::Failed(p.reason.clone()));
                }
            }
            for item in items {
                match item {
                    Ok((position, fields)) => parsed.records.push(record(position, fields)),
                    Err(p) => parsed.problems.push(p),
                }
            }
        }
        Format::Warc => {
            for item in warc::read(bytes) {
                match item {
                    Ok((position, fields)) => parsed.records.push(record(Some(position), fields)),
                    Err(p) => parsed.problems.push(p),
                }
            }
            if parsed.records.is_empty() && parsed.problems.is_empty() {
                return Err(Unread::Skipped("no HTML responses in the archive".into()));
            }
        }
    }
    for r in &mut parsed.records {
        if r.article.outlet.is_none() {
            r.article.outlet.clone_from(&opts.outlet);
        }
    }
    Ok(parsed)
}

/// Extract an article from a record's fields.
fn record(position: Option<usize>, fields: Fields) -> Record {
    let known = Known {
        headline: fields.headline,
        outlet: fields.outlet,
        authors: fields.authors,
        published: fields.published,
    };
    let body = fields.body.unwrap_or_default();
    Record {
        position,
        url: fields.url,
        article: extract::extract_parts(&body, known),
    }
}

/// Decode text as UTF-8, or, when it is not valid UTF-8, in the legacy encoding its bytes
/// look like (Windows-1252 for Western text, a superset of ISO-8859-1's printable characters).
pub fn decode(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => {
            let mut detector =
                chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(bytes, true);
            detector
                .guess(None, chardetng::Utf8Detection::Deny)
                .decode(bytes)
                .0
        }
    }
}

/// Decode a page: UTF-8 when it is valid UTF-8, else the encoding the page (or its HTTP
/// `content_type`) declares, else the one its bytes look like.
pub fn decode_html<'a>(bytes: &'a [u8], content_type: &str) -> Cow<'a, str> {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Cow::Borrowed(s);
    }
    let declared =
        html::declared_encoding(content_type.as_bytes()).or_else(|| html::declared_encoding(bytes));
    match declared {
        Some(enc) => enc.decode(bytes).0,
        None => decode(bytes),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_extension() {
        let cases = [
            ("a/b.txt", Some(Format::Text)),
            ("a/B.TXT", Some(Format::Text)),
            ("a/.hidden.txt", None),
            ("a/logo.png", None),
            ("a/noext", None),
            ("a/page.html", Some(Format::Html)),
            ("a/page.HTM", Some(Format::Html)),
            ("a/page.html.gz", Some(Format::Html)),
            ("a/export.json", Some(Format::Json)),
            ("a/export.jsonl", Some(Format::JsonLines)),
            ("a/export.ndjson", Some(Format::JsonLines)),
            ("a/note.md", Some(Format::Markdown)),
            ("a/crawl.warc", Some(Format::Warc)),
            ("a/crawl.warc.gz", Some(Format::Warc)),
            ("a/archive.tar.gz", None),
            ("a/x.gz", None),
        ];
        for (input, want) in cases {
            assert_eq!(format_of(Path::new(input)), want, "{input:?}");
        }
    }

    #[test]
    fn bad_bytes() {
        let opts = ReadOptions::default();
        let cases: [(&[u8], Option<Unread>); 3] = [
            (b"", Some(Unread::Skipped("empty file".into()))),
            (
                b"\x89PNG\0\0\0",
                Some(Unread::Skipped("binary file".into())),
            ),
            (b"Caf\xe9 owner speaks\n\nBody.", None),
        ];
        for (input, want) in cases {
            assert_eq!(parse(Format::Text, input, &opts).err(), want, "{input:?}");
        }
        let cases: [(Format, &[u8], Option<Unread>); 4] = [
            (
                Format::Html,
                b"\x1f\x8b\x08\x00garbage",
                Some(Unread::Failed(
                    "not a valid gzip file: incomplete deflate stream".into(),
                )),
            ),
            (
                Format::Json,
                b"{\"title\": ",
                Some(Unread::Failed(
                    "invalid JSON: EOF while parsing a value at line 1 column 10".into(),
                )),
            ),
            (
                Format::Json,
                b"{\"title\": \"A\"}",
                Some(Unread::Failed(
                    "record has no text (none of the fields maintext, articlebody, body, text, content, article, full_text)".into(),
                )),
            ),
            (
                Format::Warc,
                b"WARC/1.0\r\nWARC-Type: warcinfo\r\n",
                Some(Unread::Skipped("no HTML responses in the archive".into())),
            ),
        ];
        for (format, input, want) in cases {
            assert_eq!(parse(format, input, &opts).err(), want, "{input:?}");
        }
        let latin1 = parse(Format::Text, b"Caf\xe9 owner speaks\n\nBody.", &opts).expect("decoded");
        assert_eq!(latin1.records[0].article.headline, "Café owner speaks");
    }
}
