//! Quotes as spans of the body: a quote's words are indexed once, as words of the body, and the
//! positions they occupy there (kept per article in a fast field) let a search ask for words
//! said inside one quote. This module turns a quote's character offsets into those spans of
//! word positions, as the index tokenizer ([`crate::stem`]) numbers the body's words.

use std::cell::RefCell;

use tantivy::tokenizer::{TokenStream, Tokenizer};

use crate::article::Quote;
use crate::stem::{word_char_at, NewsTokenizer};

/// Largest word position a span can hold (24 bits); quotes beyond it are not searchable.
const MAX_POSITION: u64 = (1 << 24) - 1;
/// Largest quote number a span can hold (16 bits).
const MAX_QUOTE: usize = (1 << 16) - 1;
/// Where a quote's number sits in a span's or a speaker key's 64 bits: the top 16.
const QUOTE_SHIFT: u32 = 48;

/// One stretch of a quote in the body: the `quote`-th quote of the article covers the word
/// positions `start..end` (a quote split by its attribution has one span per part).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WordSpan {
    pub quote: usize,
    pub start: u32,
    pub end: u32,
}

impl WordSpan {
    /// The span as one fast-field value.
    pub(crate) fn pack(self) -> u64 {
        (self.quote as u64) << QUOTE_SHIFT | u64::from(self.start) << 24 | u64::from(self.end)
    }

    /// A span from its fast-field value.
    pub(crate) fn unpack(v: u64) -> WordSpan {
        WordSpan {
            quote: (v >> QUOTE_SHIFT) as usize,
            start: ((v >> 24) & MAX_POSITION) as u32,
            end: (v & MAX_POSITION) as u32,
        }
    }
}

/// Where an article's quotes are in its body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct QuoteSpans {
    pub spans: Vec<WordSpan>,
    /// Whether each quote's text is the body's own stretch from its start to its end (so that
    /// it need not be stored twice; see [`stretches`]).
    pub verbatim: Vec<bool>,
}

/// The stretch of `body` from character `start` to character `end` of each range of `ranges`,
/// if the body has it; the body is read once for all of them.
pub(crate) fn stretches<'b>(body: &'b str, ranges: &[(usize, usize)]) -> Vec<Option<&'b str>> {
    let places = Places::of(body, ranges.iter().flat_map(|&(s, e)| [s, e]));
    let byte = |n: usize| places.get(n).map(|(b, _)| b);
    ranges
        .iter()
        .map(|&(start, end)| match (byte(start), byte(end)) {
            (Some(s), Some(e)) if s <= e => Some(&body[s..e]),
            _ => None,
        })
        .collect()
}

/// Where some character offsets of a text are, found in one pass over it: each one's byte
/// offset and the number of words that start before it.
struct Places {
    /// The offsets, sorted, each once.
    offsets: Vec<usize>,
    /// Where each of `offsets` is (`None` past the end of the text).
    at: Vec<Option<(usize, u32)>>,
}

impl Places {
    fn of(text: &str, offsets: impl IntoIterator<Item = usize>) -> Places {
        let mut offsets: Vec<usize> = offsets.into_iter().collect();
        offsets.sort_unstable();
        offsets.dedup();
        let at = Cursor::new(text).at_chars(&offsets);
        Places { offsets, at }
    }

    /// The byte offset of character `n` and the words before it, if `n` was asked and lies
    /// within the text.
    fn get(&self, n: usize) -> Option<(usize, u32)> {
        let i = self.offsets.binary_search(&n).ok()?;
        self.at[i]
    }
}

/// A word of the name of who said quote number `quote`, as one fast-field value: the quote's
/// number and a 48-bit hash of the word as the name tokenizer makes it. A quote's speaker is
/// asked of these, with no stored document to read.
pub(crate) fn speaker_key(quote: usize, word: &str) -> u64 {
    let hash = xxhash_rust::xxh3::xxh3_64(word.as_bytes());
    (quote as u64) << QUOTE_SHIFT | (hash & ((1 << QUOTE_SHIFT) - 1))
}

/// The [`speaker_key`]s of the words of every quote's speaker and person, sorted.
pub(crate) fn speaker_keys(quotes: &[Quote]) -> Vec<u64> {
    thread_local! {
        static NAMES: RefCell<NewsTokenizer> = RefCell::new(NewsTokenizer::name());
    }
    NAMES.with_borrow_mut(|names| {
        let mut out = Vec::new();
        for (i, q) in quotes.iter().enumerate().take(MAX_QUOTE + 1) {
            for name in [&q.speaker, &q.person].into_iter().flatten() {
                let mut stream = names.token_stream(name);
                while stream.advance() {
                    out.push(speaker_key(i, &stream.token().text));
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    })
}

/// The spans of `quotes` in `body`: for each quote, the positions of the body's words (counted
/// from 0, as the index numbers them) that the quote's words occupy, without the words of an
/// attribution that splits it ("A," she said, "B.").
pub(crate) fn quote_spans(body: &str, quotes: &[Quote]) -> QuoteSpans {
    let quotes = &quotes[..quotes.len().min(MAX_QUOTE + 1)];
    // Where each quote starts and ends, in bytes and in words, in one pass over the body.
    let places = Places::of(body, quotes.iter().flat_map(|q| [q.start, q.end]));
    let mut out = Vec::with_capacity(quotes.len());
    let mut verbatim = vec![false; quotes.len()];
    for (quote, q) in quotes.iter().enumerate() {
        let (Some((s, ws)), Some((e, we))) = (places.get(q.start), places.get(q.end)) else {
            continue;
        };
        if s >= e {
            continue;
        }
        let region = &body[s..e];
        let mut push = |start: u32, end: u32| {
            if start < end && u64::from(end) <= MAX_POSITION {
                out.push(WordSpan { quote, start, end });
            }
        };
        if region == q.text {
            push(ws, we);
            verbatim[quote] = true;
            continue;
        }
        // A quote in parts: the words of each part, counted from the quote's start (which
        // follows a quotation mark, so no word runs across it).
        let pieces = pieces_of(region, &q.text);
        let mut edges: Vec<usize> = pieces.iter().flat_map(|&(a, b)| [a, b]).collect();
        edges.dedup();
        let words = Cursor::new(region).words_at(&edges);
        for &(a, b) in &pieces {
            let word = |x: usize| edges.binary_search(&x).map_or(0, |i| words[i]);
            push(ws + word(a), ws + word(b));
        }
    }
    QuoteSpans {
        spans: out,
        verbatim,
    }
}

/// A pass over a text that counts characters and words (as the index tokenizer splits them: see
/// [`word_char_at`]).
struct Cursor<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
    words: u32,
    in_word: bool,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str) -> Self {
        Cursor {
            text,
            byte: 0,
            chars: 0,
            words: 0,
            in_word: false,
        }
    }

    /// Step over characters while `room(byte, chars)`, the characters that may still be
    /// stepped over, is not 0, or to the end of the text (a loop on locals: this runs over most
    /// of every body). Eight ASCII characters are one step, their words counted at once; else
    /// a run of ASCII letters and digits is one step of up to `room` characters, found eight
    /// bytes at a time.
    #[inline(always)]
    fn run(&mut self, room: impl Fn(usize, usize) -> usize) {
        use crate::ascii::{alphanumeric_bits, HIGH_BITS};
        let (text, bytes) = (self.text, self.text.as_bytes());
        let (mut byte, mut chars, mut words, mut in_word) =
            (self.byte, self.chars, self.words, self.in_word);
        while byte < bytes.len() {
            let room = room(byte, chars);
            if room == 0 {
                break;
            }
            let eight = bytes.get(byte..byte + 8).filter(|_| room >= 8);
            let x = eight.map_or(HIGH_BITS, |e| {
                u64::from_le_bytes(e.try_into().unwrap_or([0x80; 8]))
            });
            if x & HIGH_BITS == 0 {
                // A word starts at each letter or digit whose byte before is not one.
                let alnum = alphanumeric_bits(x);
                let before = alnum << 8 | u64::from(in_word) << 7;
                words += crate::ascii::count_high_bits(alnum & !before);
                in_word = alnum >> 63 != 0;
                chars += 8;
                byte += 8;
                continue;
            }
            if bytes[byte].is_ascii_alphanumeric() {
                // (ASCII: a byte a character.)
                let end = crate::ascii::alphanumeric_end(bytes, byte).min(byte + room);
                words += u32::from(!in_word);
                in_word = true;
                chars += end - byte;
                byte = end;
                continue;
            }
            let (alnum, len) = word_char_at(text, byte);
            byte += len;
            words += u32::from(alnum && !in_word);
            in_word = alnum;
            chars += 1;
        }
        (self.byte, self.chars, self.words, self.in_word) = (byte, chars, words, in_word);
    }

    /// For each character offset of `offsets` (increasing), its byte offset and the number of
    /// words that start before it; `None` past the end of the text.
    fn at_chars(mut self, offsets: &[usize]) -> Vec<Option<(usize, u32)>> {
        offsets
            .iter()
            .map(|&n| {
                self.run(|_, chars| n.saturating_sub(chars));
                (self.chars == n).then_some((self.byte, self.words))
            })
            .collect()
    }

    /// For each byte offset of `offsets` (increasing, at character boundaries), the number of
    /// words that start before it.
    fn words_at(mut self, offsets: &[usize]) -> Vec<u32> {
        offsets
            .iter()
            .map(|&b| {
                self.run(|byte, _| b.saturating_sub(byte));
                self.words
            })
            .collect()
    }
}

/// The parts of `region` (a quote's stretch of the body, from its first to its last word) that
/// hold the quote's `text`, as byte ranges of `region`. The text is the region itself, or its
/// parts joined by spaces when an attribution splits the quote; when the parts cannot be found
/// in order, the whole region.
fn pieces_of(region: &str, text: &str) -> Vec<(usize, usize)> {
    let whole = vec![(0, region.len())];
    let (r, t) = (region.as_bytes(), text.as_bytes());
    let (mut ri, mut ti) = (0, 0);
    let mut out = Vec::new();
    loop {
        let k = r[ri..]
            .iter()
            .zip(&t[ti..])
            .take_while(|(a, b)| a == b)
            .count();
        if k == 0 {
            return whole;
        }
        out.push((ri, ri + k));
        (ri, ti) = (ri + k, ti + k);
        while ti < t.len() && t[ti].is_ascii_whitespace() {
            ti += 1;
        }
        if ti >= t.len() {
            return out;
        }
        // The next part: where the rest of the text starts again in the region.
        let mut probe = (ti + 16).min(t.len());
        while !text.is_char_boundary(probe) {
            probe -= 1;
        }
        match region[ri..].find(&text[ti..probe]) {
            Some(at) if probe > ti => ri += at,
            _ => return whole,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::{TokenStream, Tokenizer};

    fn quote(body: &str, text: &str, region: &str) -> Quote {
        let at = body.find(region).expect("region in body");
        let start = body[..at].chars().count();
        Quote {
            text: text.into(),
            start,
            end: start + region.chars().count(),
            ..Quote::default()
        }
    }

    /// The words of the body at the spans of quote `n`, through the index tokenizer's own
    /// positions.
    fn words_at(body: &str, spans: &[WordSpan], n: usize) -> Vec<String> {
        let mut tok = crate::stem::NewsTokenizer::name();
        let mut stream = tok.token_stream(body);
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token();
            let p = t.position as u32;
            if spans
                .iter()
                .any(|s| s.quote == n && s.start <= p && p < s.end)
            {
                out.push(t.text.clone());
            }
        }
        out
    }

    #[test]
    fn spans_hold_the_quoted_words_and_nothing_else() {
        // (body, quote text, quote's stretch of the body, words the spans must hold)
        let cases: &[(&str, &str, &str, &str)] = &[
            (
                "He said: \"We will win.\" Then he left.",
                "We will win.",
                "We will win.",
                "we will win",
            ),
            // Split by its attribution: the attribution's words are not in the quote.
            (
                "\"Taxes are high,\" she said, \"and rising.\" No more.",
                "Taxes are high, and rising.",
                "Taxes are high,\" she said, \"and rising.",
                "taxes are high and rising",
            ),
            // The second part begins with a word of the attribution ("he").
            (
                "\"No,\" he said, \"he is wrong.\"",
                "No, he is wrong.",
                "No,\" he said, \"he is wrong.",
                "no he is wrong",
            ),
            // Across paragraphs.
            (
                "Intro. “First part.\n\n“Second part,” he added.",
                "First part. Second part,",
                "First part.\n\n“Second part,",
                "first part second part",
            ),
            // Accents, a long word (which keeps its position) and digits.
            (
                "Zoë said “café 42 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ok” there.",
                "café 42 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ok",
                "café 42 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ok",
                "cafe 42 ok",
            ),
            // The text does not follow the body (it was rewritten): the whole stretch.
            ("A \"b c\" d.", "x y", "b c", "b c"),
        ];
        for &(body, text, region, want) in cases {
            let q = quote(body, text, region);
            let found = quote_spans(body, std::slice::from_ref(&q));
            let got = words_at(body, &found.spans, 0).join(" ");
            assert_eq!(got, want, "{body:?} / {text:?}");
            assert_eq!(found.verbatim, [text == region], "{body:?} / {text:?}");
            let got = stretches(body, &[(q.start, q.end)]);
            assert_eq!(got, [Some(region)], "{body:?}");
        }
    }

    #[test]
    fn several_quotes_are_numbered_in_order() {
        let body = "“One,” said A. Later B said “two three”. And “four”.";
        let quotes = [
            quote(body, "One,", "One,"),
            quote(body, "two three", "two three"),
            quote(body, "four", "four"),
        ];
        let found = quote_spans(body, &quotes);
        assert_eq!(found.verbatim, [true, true, true]);
        let spans = found.spans;
        let got: Vec<String> = (0..3)
            .map(|n| words_at(body, &spans, n).join(" "))
            .collect();
        assert_eq!(got, ["one", "two three", "four"]);
        for s in &spans {
            assert_eq!(WordSpan::unpack(s.pack()), *s, "{s:?}");
        }
    }

    #[test]
    fn speaker_keys_hold_the_words_of_speaker_and_person() {
        let quotes = [
            Quote {
                speaker: Some("Zoë Hart, the mayor".into()),
                person: Some("Zoë Hart".into()),
                ..Quote::default()
            },
            Quote::default(),
            Quote {
                speaker: Some("the campaign".into()),
                ..Quote::default()
            },
        ];
        let keys = speaker_keys(&quotes);
        let has = |q: usize, w: &str| keys.binary_search(&speaker_key(q, w)).is_ok();
        assert!(
            has(0, "zoe") && has(0, "hart") && has(0, "mayor"),
            "{keys:?}"
        );
        assert!(
            has(2, "campaign") && !has(2, "hart") && !has(1, "the"),
            "{keys:?}"
        );
        assert_eq!(keys.len(), 6, "{keys:?}");
    }

    proptest::proptest! {
        /// The words a cursor counts are the words tantivy's tokenizer finds.
        #[test]
        fn words_are_counted_as_tantivy_splits_them(text in "\\PC{0,100}") {
            let mut simple = tantivy::tokenizer::SimpleTokenizer::default();
            let mut stream = simple.token_stream(&text);
            let mut want = 0;
            while stream.advance() {
                want += 1;
            }
            proptest::prop_assert_eq!(Cursor::new(&text).words_at(&[text.len()]), vec![want]);
        }

        /// At any character offsets of mostly ASCII text (read eight bytes at a time), a
        /// cursor finds the byte offset and the words before it that a character loop finds.
        #[test]
        fn places_are_found_as_a_character_loop_finds_them(
            text in "[a-zA-Z0-9 ,.'é’-]{0,120}",
            mut offsets in proptest::collection::vec(0usize..130, 0..6),
        ) {
            offsets.sort_unstable();
            let chars: Vec<(usize, char)> = text.char_indices().collect();
            let want: Vec<Option<(usize, u32)>> = offsets
                .iter()
                .map(|&n| {
                    let byte = chars.get(n).map_or(text.len(), |&(b, _)| b);
                    let words = (0..n.min(chars.len()))
                        .filter(|&k| {
                            chars[k].1.is_alphanumeric()
                                && (k == 0 || !chars[k - 1].1.is_alphanumeric())
                        })
                        .count() as u32;
                    (n <= chars.len()).then_some((byte, words))
                })
                .collect();
            proptest::prop_assert_eq!(Cursor::new(&text).at_chars(&offsets), want, "{:?}", text);
        }
    }

    #[test]
    fn offsets_out_of_the_body_give_no_span() {
        let q = Quote {
            text: "x".into(),
            start: 50,
            end: 60,
            ..Quote::default()
        };
        assert_eq!(quote_spans("short body", &[q]).spans, vec![]);
    }

    /// Each range is cut from the body whatever their order; a range past the end or
    /// backwards has none.
    #[test]
    fn stretches_of_a_body_read_once() {
        let body = "Él dijo: «Sí», y se fue.";
        type Want<'a> = &'a [Option<&'a str>];
        let cases: &[(&[(usize, usize)], Want)] = &[
            (&[(0, 2), (10, 12)], &[Some("Él"), Some("Sí")]),
            (
                &[(10, 12), (0, 2), (10, 12)],
                &[Some("Sí"), Some("Él"), Some("Sí")],
            ),
            (&[(3, 3)], &[Some("")]),
            (&[(5, 2), (20, 40)], &[None, None]),
            (&[(0, 24)], &[Some(body)]),
            (&[], &[]),
        ];
        for (ranges, want) in cases {
            assert_eq!(stretches(body, ranges), *want, "{ranges:?}");
        }
    }
}
