//! Reading article files: the one place that knows file formats. Each format turns a file's
//! bytes into one or more [`Article`]s; a file that is not an article is skipped with a reason.

use std::path::Path;

use crate::article::Article;
use crate::extract;

/// A file format newsdex reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text: headline on the first line, body after.
    Text,
}

/// Why a file was not read as articles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unread {
    /// Not an article file (wrong kind of file, empty, binary): skipped, not an error.
    Skipped(String),
    /// An article file that could not be read: an error, reported with its reason.
    Failed(String),
}

/// The format of a file, by its extension; `None` for files that are not articles.
pub fn format_of(path: &Path) -> Option<Format> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    if name.starts_with('.') {
        return None;
    }
    let ext = name.rsplit_once('.').map(|(_, e)| e)?;
    match ext {
        "txt" | "text" => Some(Format::Text),
        _ => None,
    }
}

/// One article read from a file, with its position in the file when the file holds several.
#[derive(Debug, Clone)]
pub struct Record {
    /// Position of the record in its file (`None` for a file that is one article).
    pub position: Option<usize>,
    pub article: Article,
}

/// Options every format honours.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Outlet to give every article that names none itself.
    pub outlet: Option<String>,
}

/// Turn a file's bytes into articles.
pub fn parse(format: Format, bytes: &[u8], opts: &ReadOptions) -> Result<Vec<Record>, Unread> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Unread::Skipped("empty file".into()));
    }
    if bytes[..bytes.len().min(8192)].contains(&0) {
        return Err(Unread::Skipped("binary file".into()));
    }
    let text = decode(bytes);
    let mut article = match format {
        Format::Text => extract::extract(&text),
    };
    if article.outlet.is_none() {
        article.outlet.clone_from(&opts.outlet);
    }
    if article.headline.is_empty() && article.body.is_empty() {
        return Err(Unread::Skipped("no text".into()));
    }
    Ok(vec![Record {
        position: None,
        article,
    }])
}

/// Decode text as UTF-8, or, when it is not valid UTF-8, as Windows-1252 (the usual legacy
/// encoding of Western news text, a superset of ISO-8859-1's printable characters).
pub fn decode(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0,
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
        let latin1 = parse(Format::Text, b"Caf\xe9 owner speaks\n\nBody.", &opts).expect("decoded");
        assert_eq!(latin1[0].article.headline, "Café owner speaks");
    }
}
