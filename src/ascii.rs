//! ASCII on eight bytes at once, for the tokenizers of extraction (`extract::text`), of the
//! word lists (`extract::lexicon`) and of the index (`stem`): most text is ASCII, and a word's
//! end or case found in one integer operation spares a loop whose exit the processor guesses
//! wrong at nearly every word. A short word packed into integers ([`Key`]) is a hash key
//! compared without `memcmp` and lowered eight bytes at a time.

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

/// The top bit of each byte of `x` that is an ASCII letter or digit, the others clear (any
/// bytes: one of 128 or more is neither).
#[inline]
pub fn alphanumeric_bits(x: u64) -> u64 {
    let seven = x & !HIGH_BITS;
    // (A letter of either case is one with the 0x20 bit set.)
    (bytes_within(seven | 0x2020_2020_2020_2020, b'a', b'z') | bytes_within(seven, b'0', b'9'))
        & !x
        & HIGH_BITS
}

/// The number of bytes of `x` whose top bit is set, for `x` with no other bit set: the bits
/// moved to the bottom of their bytes and summed into the top byte by one product (where
/// `count_ones`, with no instruction for it on the baseline x86-64, is a dozen operations).
#[inline]
pub fn count_high_bits(x: u64) -> u32 {
    ((x >> 7).wrapping_mul(0x0101_0101_0101_0101) >> 56) as u32
}

/// The eight bytes of `bytes` from `at` as an integer (the first in its low byte), NUL past
/// the end.
#[inline]
pub fn eight_at(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 8) {
        Some(chunk) => u64::from_le_bytes(chunk.try_into().unwrap_or_default()),
        None => {
            let mut padded = [0; 8];
            let rest = bytes.get(at..).unwrap_or_default();
            padded[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(padded)
        }
    }
}

/// `x` with its ASCII capitals in lower case, for `x` whose bytes are all below 128 (or whose
/// bytes from the first of 128 or more on do not matter: a sum carries only upward).
#[inline]
pub fn lowered(x: u64) -> u64 {
    // (The top bit moved to 0x20: ASCII upper case to lower case.)
    x | bytes_within(x, b'A', b'Z') >> 2
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
        let stop = !alphanumeric_bits(x) & HIGH_BITS;
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

/// A string of at most [`Key::MAX`] bytes packed into two integers, with its length in the
/// top byte: distinct strings give distinct keys. Comparing two keys is comparing two integers
/// where comparing strings called `memcmp`, and a key needs no pointer to follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Key(u64, u64);

impl Key {
    /// Most bytes a key holds: nearly every word.
    pub(crate) const MAX: usize = 15;

    /// `s` packed, or `None` when it is longer than [`Key::MAX`] bytes.
    #[inline]
    pub(crate) fn of(s: &str) -> Option<Key> {
        let b = s.as_bytes();
        let n = b.len();
        // Whole words read as a few overlapping loads (no loop over the bytes, no `memcpy`):
        // where two loads overlap, the bytes they share are the same, so or-ing them is exact.
        let u32_at = |i: usize| u64::from(u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]));
        let u64_at = |i: usize| u64::from_le_bytes(b[i..i + 8].try_into().unwrap_or_default());
        let (low, high) = match n {
            0 => (0, 0),
            1..4 => (
                u64::from(b[0])
                    | u64::from(b[n / 2]) << (8 * (n / 2))
                    | u64::from(b[n - 1]) << (8 * (n - 1)),
                0,
            ),
            4..=8 => (u32_at(0) | u32_at(n - 4) << (8 * (n - 4)), 0),
            9..=Self::MAX => (u64_at(0), u64_at(n - 8) >> (8 * (16 - n))),
            _ => return None,
        };
        Some(Key(low, high | (n as u64) << 56))
    }

    /// The run of ASCII letters and digits that starts at byte `at` of `bytes`, packed: the key
    /// of `&bytes[at..at + len]` for a run of `len` bytes, found from one or two loads of eight
    /// bytes (its end told as [`alphanumeric_end`] tells it), where [`Key::of`] needs the run's
    /// end found first and a load per length. `None` when no such run starts at `at`, or when it
    /// is longer than [`Key::MAX`] bytes.
    #[inline]
    pub(crate) fn alphanumeric_run(bytes: &[u8], at: usize) -> Option<Key> {
        // (the bytes of `x` before byte `n`, for `n` below 8, the others cleared)
        let first = |x: u64, n: u32| x & ((1 << (8 * n)) - 1);
        let head = eight_at(bytes, at);
        let stop = !alphanumeric_bits(head) & HIGH_BITS;
        if stop != 0 {
            let len = stop.trailing_zeros() / 8;
            return (len > 0).then(|| Key(first(head, len), u64::from(len) << 56));
        }
        let tail = eight_at(bytes, at + 8);
        let stop = !alphanumeric_bits(tail) & HIGH_BITS;
        if stop == 0 {
            return None;
        }
        let len = stop.trailing_zeros() / 8;
        Some(Key(head, first(tail, len) | u64::from(8 + len) << 56))
    }

    /// The length of the key's string.
    #[inline]
    pub(crate) fn len(self) -> usize {
        (self.1 >> 56) as usize
    }

    /// The bytes of the key's string, then NULs (and its length in the last byte): the string
    /// is the first `len` of them.
    #[inline]
    pub(crate) fn bytes(self) -> [u8; 16] {
        let mut out = [0; 16];
        out[..8].copy_from_slice(&self.0.to_le_bytes());
        out[8..].copy_from_slice(&self.1.to_le_bytes());
        out
    }

    /// The key of the lower-case form of an ASCII string, and whether the string was in lower
    /// case already; `None` when it is not ASCII. All eight bytes of an integer are tested and
    /// lowered at once (each byte is below 128, so no sum carries into the next byte).
    #[inline]
    pub(crate) fn ascii_lower(self) -> Option<(Key, bool)> {
        // (the length byte aside)
        let tail = self.1 & !(0xff << 56);
        if (self.0 | tail) & HIGH_BITS != 0 {
            return None;
        }
        Some(self.ascii_lowered())
    }

    /// [`Key::ascii_lower`] of a key known to be of an ASCII string, without the test.
    #[inline]
    pub(crate) fn ascii_lowered(self) -> (Key, bool) {
        // (the length byte aside)
        let tail = self.1 & !(0xff << 56);
        let upper = |x: u64| bytes_within(x, b'A', b'Z');
        let (head_upper, tail_upper) = (upper(self.0), upper(tail));
        // (The top bit moved to 0x20: ASCII upper case to lower case.)
        let lower = Key(self.0 | head_upper >> 2, self.1 | tail_upper >> 2);
        (lower, head_upper | tail_upper == 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustc_hash::FxHashSet as HashSet;
    /// Keys of distinct strings differ, whatever their lengths, and a string too long has none.
    #[test]
    fn keys_tell_strings_apart() {
        let text = "abcdefghijklmnopé";
        let strings: HashSet<&str> = (0..text.len())
            .flat_map(|a| (a..=text.len()).filter_map(move |b| text.get(a..b)))
            .collect();
        let mut keys = HashSet::default();
        for s in strings {
            assert_eq!(Key::of(s).is_some(), s.len() <= Key::MAX, "{s:?}");
            if let Some(key) = Key::of(s) {
                assert!(keys.insert(key), "{s:?}");
            }
        }
        assert_ne!(Key::of("ab"), Key::of("ab\0"));
    }

    /// A key's bytes begin with its string.
    #[test]
    fn keys_unpacked() {
        let text = "abcdefghijklmnopé";
        for len in 0..=Key::MAX {
            let s = &text[..len];
            let bytes = Key::of(s).map(Key::bytes);
            assert_eq!(
                bytes.as_ref().map(|b| &b[..len]),
                Some(s.as_bytes()),
                "{s:?}"
            );
        }
    }

    /// A key lowered is the key of the string lowered, and tells whether the string was in
    /// lower case; a key of anything but ASCII has no lower form.
    #[test]
    fn keys_lowered() {
        for w in [
            "said",
            "Said",
            "SENATOR",
            "AZaz@[`{",
            "McDonald's",
            "x",
            "",
            "Zoë",
            "abcdefghijklmno",
        ] {
            let want = w.is_ascii().then(|| {
                let low = w.to_ascii_lowercase();
                (Key::of(&low), low == w)
            });
            let got = Key::of(w)
                .and_then(Key::ascii_lower)
                .map(|(k, was)| (Some(k), was));
            assert_eq!(got, want, "{w:?}");
        }
    }

    /// A run of ASCII letters and digits, packed from the text it starts, has the key of the
    /// run cut out, whatever follows it and wherever the text ends; no run, or one too long,
    /// has none.
    #[test]
    fn alphanumeric_runs_packed() {
        let all: Vec<u8> = (0..=255).collect();
        for b in 0..=255u8 {
            for len in 0..20 {
                let mut text: Vec<u8> = (0..len).map(|i| b"aZ09x"[i % 5]).collect();
                text.push(b);
                text.extend_from_slice(&all);
                for end in [len, len + 1, text.len()] {
                    let text = &text[..end];
                    let run = alphanumeric_end(text, 0);
                    let want = (run > 0)
                        .then(|| std::str::from_utf8(&text[..run]).ok().and_then(Key::of))
                        .flatten();
                    let got = Key::alphanumeric_run(text, 0);
                    assert_eq!(got, want, "{b} {len} {end}");
                    assert_eq!(got.map(Key::len), want.map(|_| run), "{b} {len} {end}");
                }
            }
        }
    }

    /// The bytes with their top bit set are counted.
    #[test]
    fn high_bits_counted() {
        for x in [
            0,
            HIGH_BITS,
            0x80,
            0x8000_0000_0000_0000,
            0x0080_8000_0080_0080,
        ] {
            assert_eq!(count_high_bits(x), x.count_ones(), "{x:x}");
        }
    }

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
