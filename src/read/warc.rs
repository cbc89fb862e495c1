//! Web archives (WARC, as in Common Crawl's news crawl): every HTML response record is one
//! article, read as a page with its target URI as its address. Other records (requests,
//! metadata, non-HTML responses) are passed over.

use warc::{RecordType, WarcHeader, WarcReader};

use super::{gzip, html, Found};
use crate::problem::{Fault, Problem};

/// One page of an archive (with its position among the archive's records, from 1), or why it
/// was not read.
pub(super) type Item = Result<Found, Problem>;

/// The payload of an HTTP response and its content type, or `None` when it is no response.
fn http_payload(bytes: &[u8]) -> Option<(String, Vec<u8>)> {
    if !bytes.starts_with(b"HTTP/") {
        return None;
    }
    let split = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| (i, 4))
        .or_else(|| bytes.windows(2).position(|w| w == b"\n\n").map(|i| (i, 2)))?;
    let head = String::from_utf8_lossy(&bytes[..split.0]);
    let mut content_type = String::new();
    let mut gzipped = false;
    for line in head.lines().skip(1) {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().to_ascii_lowercase();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = value,
            "content-encoding" => gzipped = value.contains("gzip"),
            _ => {}
        }
    }
    let body = &bytes[split.0 + split.1..];
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
        let cases: [(&[u8], Want); 3] = [
            (
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>x</p>",
                Some(("text/html; charset=utf-8", b"<p>x</p>")),
            ),
            (b"HTTP/1.1 200 OK\n\n<p>x</p>", Some(("", b"<p>x</p>"))),
            (b"GET / HTTP/1.1\r\n\r\n", None),
        ];
        for (input, want) in cases {
            let got = http_payload(input);
            let got = got.as_ref().map(|(t, b)| (t.as_str(), b.as_slice()));
            assert_eq!(got, want, "{input:?}");
        }
    }
}
