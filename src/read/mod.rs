//! Reading article files: the one place that knows file formats. Each format turns a file's
//! bytes into what it holds, one [`Found`] per article: its text and metadata as the file gives
//! them (extraction makes an article of it, in the `load` stage). A file that is not an article is
//! skipped with a reason, a record that cannot be read is a [`Problem`].

mod gzip;
mod html;
mod json;
mod markdown;
mod meta;
mod sgml;
mod site;
mod warc;

pub(crate) use meta::{front_lines, without_end_credits};
pub(crate) use site::outlet_of_path;

use std::borrow::Cow;
use std::path::Path;

use crate::date::Published;
use crate::problem::{Problem, Skip, Unread};

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
    /// Newswire in SGML (Reuters-21578): one article per `<REUTERS>` record.
    Sgml,
}

/// The format of a file, by its extension (a `.gz` after it is allowed); `None` for files
/// that are not articles. (Hidden files are left out by the walk, not here.)
pub fn format_of(path: &Path) -> Option<Format> {
    // A name that is not UTF-8 still has its extension.
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let ext = name
        .rsplit_once('.')
        .filter(|(stem, _)| !stem.is_empty())
        .map(|(_, e)| e)?;
    match ext {
        "txt" | "text" => Some(Format::Text),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        "json" => Some(Format::Json),
        "jsonl" | "ndjson" => Some(Format::JsonLines),
        "md" | "markdown" => Some(Format::Markdown),
        "warc" => Some(Format::Warc),
        "sgm" | "sgml" => Some(Format::Sgml),
        _ => None,
    }
}

/// What a file holds about one article: its text and metadata, as the file gives them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    /// Position of the record in its file (`None` for a file that is one article): element
    /// number of a JSON array, line number of JSON Lines, record number of a web archive.
    pub position: Option<usize>,
    pub headline: Option<String>,
    /// The headline is not apart: it is the first line of the text (plain text, Markdown
    /// without a title).
    pub headline_in_text: bool,
    /// The main text.
    pub text: Option<String>,
    /// The publisher, by the name the record gives itself or its web address.
    pub outlet: Option<String>,
    /// Bylines, one name each.
    pub authors: Vec<String>,
    pub published: Option<Published>,
    /// The article's web address.
    pub url: Option<String>,
}

/// What a file held: its articles, and the records that could not be read.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    pub records: Vec<Found>,
    pub problems: Vec<Problem>,
}

/// Whether bytes start like an HTML document.
fn looks_like_html(bytes: &[u8]) -> bool {
    let mut head = &bytes[..bytes.len().min(512)];
    while let Some(rest) = head.strip_prefix("\u{feff}".as_bytes()) {
        head = rest;
    }
    let head = head.trim_ascii_start();
    let starts = |tag: &[u8]| {
        head.get(..tag.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(tag))
    };
    starts(b"<!doctype html") || starts(b"<html") || starts(b"<head")
}

/// Text on one line, each run of white space made one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a text has no word: nothing but white space (and byte-order marks before it).
fn blank(text: &str) -> bool {
    text.trim_start_matches('\u{feff}').trim().is_empty()
}

/// Read a file's bytes: what it holds about each of its articles. Gzip-compressed files are
/// recognised by their content; a text file holding an HTML page is read as a page.
pub fn parse(format: Format, bytes: &[u8]) -> Result<Parsed, Unread> {
    let inflated;
    let bytes = if gzip::is_gzip(bytes) {
        inflated = gzip::inflate(bytes).map_err(Unread::Failed)?;
        &inflated[..]
    } else {
        bytes
    };
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Unread::Skipped(Skip::EmptyFile));
    }
    let has_nul = |bytes: &[u8]| bytes[..bytes.len().min(8192)].contains(&0);
    let utf8;
    let bytes = match format {
        Format::Warc => bytes,
        // (Only text with a zero byte or a byte-order mark can be UTF-16.)
        _ if has_nul(bytes)
            || bytes.starts_with(&[0xFF, 0xFE])
            || bytes.starts_with(&[0xFE, 0xFF]) =>
        {
            match utf16_as_utf8(bytes) {
                Some(text) => {
                    utf8 = text;
                    utf8.as_bytes()
                }
                None => bytes,
            }
        }
        _ => bytes,
    };
    if format != Format::Warc && has_nul(bytes) {
        return Err(Unread::Skipped(Skip::BinaryFile));
    }
    let format = if format == Format::Text && looks_like_html(bytes) {
        Format::Html
    } else {
        format
    };
    let one = |found| Parsed {
        records: vec![found],
        problems: Vec::new(),
    };
    match format {
        Format::Text => plain_text(bytes).map(one),
        Format::Html => page(bytes).map(one),
        Format::Markdown => markdown_file(bytes).map(one),
        Format::Json | Format::JsonLines => json_file(format, bytes),
        Format::Warc => archive(bytes),
        Format::Sgml => wire(bytes),
    }
}

/// A plain-text file: its first line is the headline.
fn plain_text(bytes: &[u8]) -> Result<Found, Unread> {
    let text = decode(bytes);
    if blank(&text) {
        return Err(Unread::Skipped(Skip::NoText));
    }
    Ok(Found {
        text: Some(text.into_owned()),
        headline_in_text: true,
        ..Found::default()
    })
}

/// A saved web page.
fn page(bytes: &[u8]) -> Result<Found, Unread> {
    let found = html::read(&decode_html(bytes, ""), None);
    if found.text.is_none() {
        return Err(Unread::Skipped(Skip::NoArticleText));
    }
    Ok(found)
}

/// A Markdown file.
fn markdown_file(bytes: &[u8]) -> Result<Found, Unread> {
    let found = markdown::read(&decode(bytes)).map_err(Unread::Failed)?;
    let no_text = match (&found.headline, &found.text) {
        (None, None) => true,
        (None, Some(text)) => found.headline_in_text && blank(text),
        _ => false,
    };
    if no_text {
        return Err(Unread::Skipped(Skip::NoText));
    }
    Ok(found)
}

/// A JSON or JSON Lines file: a file that is one record that cannot be read fails as a whole.
fn json_file(format: Format, bytes: &[u8]) -> Result<Parsed, Unread> {
    let text = decode(bytes);
    let items = if format == Format::Json {
        json::read_json(&text).map_err(Unread::Failed)?
    } else {
        json::read_lines(&text)
    };
    if let [Err(p)] = &items[..] {
        if p.line.is_none() {
            return Err(Unread::Failed(p.fault.clone()));
        }
    }
    Ok(collect(items))
}

/// A web archive.
fn archive(bytes: &[u8]) -> Result<Parsed, Unread> {
    let parsed = collect(warc::read(bytes));
    if parsed.records.is_empty() && parsed.problems.is_empty() {
        return Err(Unread::Skipped(Skip::NoHtmlResponses));
    }
    Ok(parsed)
}

/// A file of newswire stories in SGML.
fn wire(bytes: &[u8]) -> Result<Parsed, Unread> {
    let text = decode(bytes);
    if !sgml::has_records(&text) {
        return Err(Unread::Skipped(Skip::NoWireStories));
    }
    Ok(collect(sgml::read(&text)))
}

/// The records read and the problems of a file of many records.
fn collect(items: Vec<Result<Found, Problem>>) -> Parsed {
    let mut parsed = Parsed::default();
    for item in items {
        match item {
            Ok(found) => parsed.records.push(found),
            Err(p) => parsed.problems.push(p),
        }
    }
    parsed
}

/// Decode text as UTF-8, or, when it is not valid UTF-8: as UTF-8 still when it is mostly that
/// (its few stray bytes read as Windows-1252, so that one bad byte does not turn the rest into
/// mojibake), else in the legacy encoding its bytes look like (Windows-1252 for Western text,
/// a superset of ISO-8859-1's printable characters).
pub fn decode(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) if mostly_utf8(bytes) => Cow::Owned(utf8_with_strays(bytes)),
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

/// The UTF-8 parts of `bytes` and what is not: `(valid, stray)`, each a run of bytes, in order.
fn utf8_runs(mut bytes: &[u8]) -> impl Iterator<Item = (&str, &[u8])> {
    std::iter::from_fn(move || {
        if bytes.is_empty() {
            return None;
        }
        match std::str::from_utf8(bytes) {
            Ok(s) => {
                bytes = &[];
                Some((s, &[][..]))
            }
            Err(e) => {
                let (good, rest) = bytes.split_at(e.valid_up_to());
                let (stray, tail) = rest.split_at(e.error_len().unwrap_or(rest.len()));
                bytes = tail;
                // `good` is valid UTF-8: it ends where the error starts.
                Some((std::str::from_utf8(good).unwrap_or_default(), stray))
            }
        }
    })
}

/// Whether bytes that are not valid UTF-8 are UTF-8 all the same, with a few stray bytes: at
/// least as many characters of several bytes as stray sequences.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multibyte, mut stray) = (0usize, 0usize);
    for (valid, bad) in utf8_runs(bytes) {
        multibyte += valid.bytes().filter(|&b| b >= 0xC0).count();
        stray += usize::from(!bad.is_empty());
    }
    multibyte > 0 && multibyte >= stray
}

/// UTF-8 text with its stray bytes read as Windows-1252, each on its own.
fn utf8_with_strays(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for (valid, bad) in utf8_runs(bytes) {
        out.push_str(valid);
        for &b in bad {
            let one = [b];
            out.push_str(
                &encoding_rs::WINDOWS_1252
                    .decode_without_bom_handling(&one)
                    .0,
            );
        }
    }
    out
}

/// Text in UTF-16 (little- or big-endian), by its byte-order mark or, without one, by the zero
/// bytes of its ASCII characters, as UTF-8; `None` for bytes that are not UTF-16.
fn utf16_as_utf8(bytes: &[u8]) -> Option<String> {
    let (encoding, body) = match bytes {
        [0xFF, 0xFE, rest @ ..] => (encoding_rs::UTF_16LE, rest),
        [0xFE, 0xFF, rest @ ..] => (encoding_rs::UTF_16BE, rest),
        _ => {
            let head = &bytes[..bytes.len().min(4096) & !1];
            if head.len() < 4 {
                return None;
            }
            let zeros = |parity: usize| {
                head.iter()
                    .skip(parity)
                    .step_by(2)
                    .filter(|&&b| b == 0)
                    .count()
            };
            let pairs = head.len() / 2;
            let (even, odd) = (zeros(0), zeros(1));
            // ASCII text in UTF-16 has a zero in most of its high bytes and in none of its low.
            if odd * 10 >= pairs * 6 && even * 50 <= pairs {
                (encoding_rs::UTF_16LE, bytes)
            } else if even * 10 >= pairs * 6 && odd * 50 <= pairs {
                (encoding_rs::UTF_16BE, bytes)
            } else {
                return None;
            }
        }
    };
    Some(encoding.decode_without_bom_handling(body).0.into_owned())
}

/// Decode a page: UTF-8 when it is valid UTF-8, else the encoding the page (or its HTTP
/// `content_type`) declares (a page declared UTF-8 with stray bytes is read as [`decode`]
/// reads it), else the one its bytes look like.
fn decode_html<'a>(bytes: &'a [u8], content_type: &str) -> Cow<'a, str> {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Cow::Borrowed(s);
    }
    let declared =
        html::declared_encoding(content_type.as_bytes()).or_else(|| html::declared_encoding(bytes));
    match declared {
        Some(enc) if enc != encoding_rs::UTF_8 => enc.decode(bytes).0,
        _ => decode(bytes),
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
            ("a/.hidden.txt", Some(Format::Text)),
            ("a/.txt", None),
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

    /// `text` in UTF-16, little- or big-endian, with a byte-order mark or not.
    fn utf16(text: &str, little: bool, bom: bool) -> Vec<u8> {
        let units = (bom.then_some(0xFEFF))
            .into_iter()
            .chain(text.encode_utf16());
        units
            .flat_map(|u| {
                if little {
                    u.to_le_bytes()
                } else {
                    u.to_be_bytes()
                }
            })
            .collect()
    }

    /// Text in UTF-16 or in a legacy encoding is decoded; UTF-8 with a stray byte stays UTF-8.
    #[test]
    fn html_told_by_its_first_tag() {
        let cases: [(&[u8], bool); 6] = [
            (b"<!DOCTYPE html><html>", true),
            (b"\xEF\xBB\xBF  \n<HTML lang=en>", true),
            (b"\r\n<head><title>x</title>", true),
            (b"Headline\n\nThe <html> tag is old.", false),
            (b"<htm", false),
            (b"", false),
        ];
        for (input, want) in cases {
            assert_eq!(looks_like_html(input), want, "{input:?}");
        }
    }

    #[test]
    fn encodings_are_decoded() {
        let story = "Café owner Zoë speaks\n\n“We stay,” she said.\n";
        let cases: Vec<(Vec<u8>, Result<&str, Skip>)> = vec![
            (utf16(story, true, true), Ok(story)),
            (utf16(story, false, true), Ok(story)),
            (utf16(story, true, false), Ok(story)),
            (utf16(story, false, false), Ok(story)),
            (utf16("\n \n", true, true), Err(Skip::NoText)),
            // One stray byte (Windows-1252's ’) in UTF-8: the rest is not mojibake.
            (
                b"Caf\xc3\xa9 owner speaks\n\n\xe2\x80\x9cWe stay,\xe2\x80\x9d she said. It\x92s ours.".to_vec(),
                Ok("Café owner speaks\n\n“We stay,” she said. It’s ours."),
            ),
            (b"Caf\xe9 owner speaks\n\nBody \xe0 la carte.".to_vec(), Ok("Café owner speaks\n\nBody à la carte.")),
            (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0".to_vec(), Err(Skip::BinaryFile)),
        ];
        for (input, want) in cases {
            let got = match parse(Format::Text, &input) {
                Ok(parsed) => Ok(parsed.records[0].text.clone().unwrap_or_default()),
                Err(Unread::Skipped(skip)) => Err(skip),
                Err(Unread::Failed(f)) => panic!("{input:?}: {f}"),
            };
            assert_eq!(got, want.map(str::to_string), "{input:?}");
        }
        // A page in UTF-16 is read as a page.
        let page = utf16(
            "<html><head><title>Ferry fares rise</title></head><body><article><p>Fares on the island ferry rise by ten per cent in May, the operator said on Monday, blaming the price of fuel.</p><p>“We had no choice,” said the operator’s chief executive, Ann Lee.</p></article></body></html>",
            true,
            true,
        );
        let found = &parse(Format::Html, &page).expect("a page").records[0];
        assert_eq!(found.headline.as_deref(), Some("Ferry fares rise"));
    }

    #[test]
    fn bad_bytes() {
        let cases: [(&[u8], Option<Unread>); 5] = [
            (b"", Some(Unread::Skipped(Skip::EmptyFile))),
            (b"\x89PNG\0\0\0", Some(Unread::Skipped(Skip::BinaryFile))),
            (
                "\u{feff}\u{a0}\n".as_bytes(),
                Some(Unread::Skipped(Skip::NoText)),
            ),
            (b"Caf\xe9 owner speaks\n\nBody.", None),
            ("\u{feff}\n\u{feff}".as_bytes(), None),
        ];
        for (input, want) in cases {
            assert_eq!(parse(Format::Text, input).err(), want, "{input:?}");
        }
        let cases: [(Format, &[u8], Option<&str>); 6] = [
            (
                Format::Html,
                b"\x1f\x8b\x08\x00garbage",
                Some("not a valid gzip file: incomplete deflate stream"),
            ),
            (
                Format::Json,
                b"{\"title\": ",
                Some("invalid JSON: EOF while parsing a value at line 1 column 10"),
            ),
            (
                Format::Json,
                b"{\"title\": \"A\"}",
                Some("record has no text (none of the fields maintext, articlebody, body, text, content, article, full_text)"),
            ),
            (
                Format::Warc,
                b"WARC/1.0\r\nWARC-Type: warcinfo\r\n",
                Some("skipped: no HTML responses in the archive"),
            ),
            (
                Format::Markdown,
                b"---\ntitle: T\n---\n",
                None,
            ),
            (
                Format::Markdown,
                b"---\nauthor: Ann Lee\n---\n\n",
                Some("skipped: no text"),
            ),
        ];
        for (format, input, want) in cases {
            let got = parse(format, input).err().map(|e| match e {
                Unread::Skipped(s) => format!("skipped: {s}"),
                Unread::Failed(f) => f.to_string(),
            });
            assert_eq!(got.as_deref(), want, "{input:?}");
        }
        let latin1 = parse(Format::Text, b"Caf\xe9 owner speaks\n\nBody.").expect("decoded");
        assert_eq!(
            latin1.records[0].text.as_deref(),
            Some("Café owner speaks\n\nBody.")
        );
    }
}
