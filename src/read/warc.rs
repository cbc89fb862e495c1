//! Web archives (WARC, as in Common Crawl's news crawl): every HTML response record is one
//! article, read as a page with its target URI as its address. Other records (requests,
//! metadata, non-HTML responses) are passed over.

use warc::{RecordType, WarcHeader, WarcReader};

use super::{gzip, html, Found};
use crate::problem::{Fault, Problem};

/// One page of an archive (with its position among the archive's records, from 1), or why it
/// was not read.
pub(super) type Item = Result<Found, Problem>;

/// Most header lines of a response read (more is no response newsdex reads).
const MAX_HEADERS: usize = 128;

/// The payload of an HTTP response and its content type (in lower case), or `None` when it is
/// no response, or its body is compressed in a way that cannot be read.
fn http_payload(bytes: &[u8]) -> Option<(String, Vec<u8>)> {
    // httparse reads HTTP/1.x: a response an archive records from HTTP/2 or 3 ("HTTP/2 200") is
    // read as the same response in HTTP/1.1.
    let version_end = bytes.iter().position(|&b| b == b' ')?;
    let version = bytes.get(..version_end)?;
    let as_http1;
    let (parsed, shift) = if version.starts_with(b"HTTP/") && !version.starts_with(b"HTTP/1.") {
        as_http1 = [b"HTTP/1.1", &bytes[version_end..]].concat();
        (&as_http1[..], version_end as isize - 8)
    } else {
        (bytes, 0)
    };
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut response = httparse::Response::new(&mut headers);
    let head = httparse::ParserConfig::default()
        .allow_spaces_after_header_name_in_responses(true)
        .allow_obsolete_multiline_headers_in_responses(true)
        .ignore_invalid_headers_in_responses(true)
        .parse_response(&mut response, parsed);
    let Ok(httparse::Status::Complete(head)) = head else {
        return None;
    };
    let head = head.checked_add_signed(shift)?;
    let mut content_type = String::new();
    let mut gzipped = false;
    for h in response.headers.iter() {
        let value = String::from_utf8_lossy(h.value).trim().to_ascii_lowercase();
        if h.name.eq_ignore_ascii_case("content-type") {
            content_type = value;
        } else if h.name.eq_ignore_ascii_case("content-encoding") {
            gzipped = value.contains("gzip");
        }
    }
    let body = &bytes[head..];
    let body = if gzipped {
        gzip::inflate(body).ok()?
    } else {
        body.to_vec()
    };
    Some((content_type, body))
}

/// Read the HTML response records of an archive (already decompressed). A record that cannot
/// be parsed ends the reading: the archive's framing is lost after it.
pub(super) fn read(bytes: &[u8]) -> Vec<Item> {
    let mut out = Vec::new();
    let reader = WarcReader::new(bytes);
    for (i, record) in reader.iter_records().enumerate() {
        let position = i + 1;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                out.push(Err(Problem {
                    line: None,
                    fault: Fault::Warc {
                        record: position,
                        error: e.to_string(),
                    },
                }));
                break;
            }
        };
        if *record.warc_type() != RecordType::Response {
            continue;
        }
        let uri = record
            .header(WarcHeader::TargetURI)
            .map(|u| u.trim_matches(['<', '>', ' ']).to_string());
        let Some((content_type, payload)) = http_payload(record.body()) else {
            continue;
        };
        let is_html = content_type.contains("html")
            || (content_type.is_empty() && super::looks_like_html(&payload));
        if !is_html {
            continue;
        }
        let text = super::decode_html(&payload, &content_type);
        let found = html::read(&text, uri.as_deref());
        if found.text.is_none() {
            out.push(Err(Problem {
                line: None,
                fault: Fault::WarcNoText {
                    record: position,
                    uri,
                },
            }));
            continue;
        }
        out.push(Ok(Found {
            position: Some(position),
            ..found
        }));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_payloads() {
        type Want<'a> = Option<(&'a str, &'a [u8])>;
        let cases: [(&[u8], Want); 7] = [
            (
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>x</p>",
                Some(("text/html; charset=utf-8", b"<p>x</p>")),
            ),
            (b"HTTP/1.1 200 OK\n\n<p>x</p>", Some(("", b"<p>x</p>"))),
            (
                b"HTTP/1.0 200 OK\r\nbad header line\r\ncontent-type : TEXT/HTML\r\n\r\nx",
                Some(("text/html", b"x")),
            ),
            (
                b"HTTP/2 200\r\ncontent-type: text/html\r\n\r\n<p>x</p>",
                Some(("text/html", b"<p>x</p>")),
            ),
            (b"GET / HTTP/1.1\r\n\r\n", None),
            (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", None),
            (
                b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\nnot gzip",
                None,
            ),
        ];
        for (input, want) in cases {
            let got = http_payload(input);
            let got = got.as_ref().map(|(t, b)| (t.as_str(), b.as_slice()));
            assert_eq!(got, want, "{input:?}");
        }
    }
}
