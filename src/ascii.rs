//! ASCII tests on eight bytes at once, for the tokenizers of extraction (`extract::text`), of
//! the word lists (`extract::lexicon`) and of the index (`stem`): most text is ASCII, and a
//! word's end or case found in one integer operation spares a loop whose exit the processor
//! guesses wrong at nearly every word.

/// The top bit of each of the eight bytes of an integer.
pub const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The top bit of each byte of `x` that is from `lo` to `hi`, the others clear, for `x` whose
/// bytes are all below 128 (eight ASCII characters tested at once: the sums carry into no
/// other byte).
#[inline]
pub fn bytes_within(x: u64, lo: u8, hi: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // (A byte from `lo` up gets its top bit from the first sum; one past `hi` from the second.)
    x.wrapping_add(u64::from(0x80 - lo) * ONES)
        & !x.wrapping_add(u64::from(0x7f - hi) * ONES)
        & HIGH_BITS
}

/// The first byte from `at` on that is not an ASCII letter or digit (or the end of `bytes`).
///
/// ASCII letters and digits are most of any word: they are tested eight bytes at a time, so that
/// the end of a short word is found without a loop to leave, whose exit the processor guessed
/// wrong at nearly every word.
#[inline]
pub fn alphanumeric_end(bytes: &[u8], mut at: usize) -> usize {
    while let Some(chunk) = bytes.get(at..at + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let seven = x & !HIGH_BITS;
        // (A letter of either case is one with the 0x20 bit set.)
        let alnum = (bytes_within(seven | 0x2020_2020_2020_2020, b'a', b'z')
            | bytes_within(seven, b'0', b'9'))
            & !x;
        let stop = !alnum & HIGH_BITS;
        if stop != 0 {
            return at + stop.trailing_zeros() as usize / 8;
        }
        at += 8;
    }
    while bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The end of a run of ASCII letters and digits, found eight bytes at a time, is the one
    /// a byte loop finds.
    #[test]
    fn alphanumeric_runs() {
        let all: Vec<u8> = (0..=255).collect();
        for b in 0..=255u8 {
            for len in 0..20 {
                let mut text = vec![b'a'; len];
                text.push(b);
                text.extend_from_slice(&all);
                let want = text.iter().position(|c| !c.is_ascii_alphanumeric());
                assert_eq!(Some(alphanumeric_end(&text, 0)), want, "{b} {len}");
                assert_eq!(alphanumeric_end(&text[..len], 0), len);
            }
        }
    }
}
