//! Gzip, the one compression newsdex reads (whole files, and the bodies of HTTP responses in
//! web archives), always inflated within the same limit, so that no small file can fill memory.

use std::io::Read;

use crate::problem::Fault;

/// Largest size compressed data may inflate to.
const MAX_INFLATED: u64 = 1 << 30;

/// Whether bytes start with gzip's magic number.
pub(super) fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0x1f, 0x8b])
}

/// The inflated bytes of gzip data (of every member, when there are several).
pub(super) fn inflate(bytes: &[u8]) -> Result<Vec<u8>, Fault> {
    inflate_within(bytes, MAX_INFLATED)
}

fn inflate_within(bytes: &[u8], limit: u64) -> Result<Vec<u8>, Fault> {
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes)
        .take(limit.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| Fault::Gzip(e.to_string()))?;
    if out.len() as u64 > limit {
        return Err(Fault::Inflates { limit });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(bytes).expect("gzip");
        e.finish().expect("gzip")
    }

    #[test]
    fn inflated_within_the_limit() {
        let twice = [gzip(b"ab"), gzip(b"cd")].concat();
        type Case<'a> = (&'a [u8], u64, Result<&'a [u8], Fault>);
        let cases: [Case; 4] = [
            (&twice, 4, Ok(b"abcd")),
            (&twice, 3, Err(Fault::Inflates { limit: 3 })),
            (
                b"\x1f\x8b\x08\x00garbage",
                4,
                Err(Fault::Gzip("incomplete deflate stream".into())),
            ),
            (
                &gzip(&[b'x'; 10_000]),
                9_999,
                Err(Fault::Inflates { limit: 9_999 }),
            ),
        ];
        for (input, limit, want) in cases {
            let got = inflate_within(input, limit);
            assert_eq!(got.as_deref().map_err(Clone::clone), want, "{input:?}");
            assert!(is_gzip(input));
        }
    }
}
