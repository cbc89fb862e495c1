//! The tokenizer of newsdex's text fields, in one pass and with a cache: words are split as
//! tantivy's `SimpleTokenizer` splits them, words of [`MAX_WORD_BYTES`] bytes or more are
//! dropped, and every other word becomes its term as tantivy's `LowerCaser`,
//! `AsciiFoldingFilter` and (for prose) English `Stemmer` would make it.
//!
//! The terms are exactly those of that chain of filters, which is kept and run on each word
//! the first time it is seen; every later occurrence is one lookup in a per-tokenizer cache
//! from the word as written to its term. News prose repeats a small vocabulary, so almost every
//! word is served from the cache: the common one (15 bytes or fewer) is looked up packed into a
//! pair of integers, with no pointer to follow, and its term copied out of one string of them.
//! A short ASCII word (most of them: up to seven letters and digits) is found and packed from
//! the one load of its eight bytes that finds its end, and looked up by one integer.
//!
//! A prose tokenizer can also note the words whose stem is not the word ([`Unstemmed`]), as it
//! meets them the first time: a prefix query (`econ*`) expands over them to the stems of the
//! words that start with it, which a stemmed index cannot tell by itself.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use rustc_hash::{FxHashMap, FxHashSet};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RawTokenizer, Stemmer, TextAnalyzer, Token,
    TokenStream, Tokenizer,
};

use crate::ascii::Key;

/// Words this long (in bytes, as written) or longer are not indexed, like tantivy's
/// `RemoveLongFilter::limit(MAX_WORD_BYTES)`.
pub(crate) const MAX_WORD_BYTES: usize = 40;

/// Most words remembered by one tokenizer; beyond it, new words are analyzed without caching.
const CACHE_WORDS: usize = 200_000;

/// The tokenizer of a text field: [`NewsTokenizer::prose`] for prose fields (stemmed),
/// [`NewsTokenizer::name`] for name fields (not stemmed).
pub struct NewsTokenizer {
    token: Token,
    cache: TermCache,
}

impl NewsTokenizer {
    /// Words lower-cased, accents folded, English stems.
    pub fn prose() -> Self {
        Self::with(true, None)
    }

    /// Words lower-cased, accents folded, no stemming.
    pub fn name() -> Self {
        Self::with(false, None)
    }

    /// [`NewsTokenizer::prose`] that notes in `unstemmed` the words whose stem is not the
    /// word, while it records.
    pub(crate) fn prose_noting(unstemmed: Arc<Unstemmed>) -> Self {
        Self::with(true, Some(unstemmed))
    }

    fn with(stem: bool, unstemmed: Option<Arc<Unstemmed>>) -> Self {
        let builder = TextAnalyzer::builder(RawTokenizer::default())
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter);
        let analyzer = if stem {
            builder.filter(Stemmer::new(Language::English)).build()
        } else {
            builder.build()
        };
        NewsTokenizer {
            token: Token::default(),
            cache: TermCache::new(analyzer, stem, unstemmed),
        }
    }
}

impl Clone for NewsTokenizer {
    fn clone(&self) -> Self {
        // A clone starts with an empty cache: tantivy clones a tokenizer per field and segment
        // writer, and copying a cache would cost more than refilling it.
        NewsTokenizer {
            token: Token::default(),
            cache: TermCache::new(
                self.cache.analyzer.clone(),
                self.cache.stem,
                self.cache.unstemmed.clone(),
            ),
        }
    }
}

/// The words, as the index's words are written before stemming (lower case, accents folded),
/// whose stem is not the word ("economy", stemmed "economi"), noted by the clones of one prose
/// tokenizer while it records; the index keeps them for prefix queries.
#[derive(Debug, Default)]
pub(crate) struct Unstemmed {
    recording: AtomicBool,
    words: Mutex<FxHashSet<Box<str>>>,
}

impl Unstemmed {
    /// Note words from now on (an index writer's tokenizers do; a searcher's do not).
    pub(crate) fn record(&self) {
        self.recording.store(true, Ordering::Relaxed);
    }

    /// The words noted since the last time, sorted.
    pub(crate) fn take(&self) -> Vec<Box<str>> {
        let mut words: Vec<Box<str>> = match self.words.lock() {
            Ok(mut w) => w.drain().collect(),
            Err(_) => Vec::new(),
        };
        words.sort_unstable();
        words
    }

    fn note(&self, word: &str) {
        if let Ok(mut w) = self.words.lock() {
            if !w.contains(word) {
                w.insert(word.into());
            }
        }
    }
}

/// `word` as the index writes it before stemming: lower case, accents folded.
pub(crate) fn unstemmed(word: &str) -> String {
    thread_local! {
        static FOLD: std::cell::RefCell<TextAnalyzer> = std::cell::RefCell::new(
            TextAnalyzer::builder(RawTokenizer::default())
                .filter(LowerCaser)
                .filter(AsciiFoldingFilter)
                .build(),
        );
    }
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    FOLD.with_borrow_mut(|fold| {
        let mut stream = fold.token_stream(word);
        let mut out = String::new();
        if stream.advance() {
            out.push_str(&stream.token().text);
        }
        out
    })
}

impl Tokenizer for NewsTokenizer {
    type TokenStream<'a> = NewsTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> NewsTokenStream<'a> {
        self.token.reset();
        NewsTokenStream {
            text,
            next: 0,
            token: &mut self.token,
            cache: &mut self.cache,
        }
    }
}

/// The words of a text seen so far and their terms.
struct TermCache {
    /// The chain of filters that makes a word's term (the word is one token of it).
    analyzer: TextAnalyzer,
    /// Whether the chain stems words. When it does not, the term of an ASCII word is the word
    /// in lower case, made without the cache.
    stem: bool,
    /// The terms of the words met, end to end: a term is copied out of it as one string,
    /// where a term packed into integers was unpacked a character at a time.
    terms: String,
    /// Where the term of each word of at most eight bytes (most words, and nearly all of those
    /// met often) lies in `terms`, by the word's bytes as one integer (the first half of its
    /// [`Packed`] key, which is the whole key: a word holds no NUL byte, so its length is where
    /// the zeros start). Entries of 16 bytes: more of them fit the processor's caches than of
    /// 24, and this is the one table the tokenizer reads for nearly every word.
    eight: FxHashMap<u64, Span>,
    /// Where the term of each other word of at most [`Key::MAX`] bytes lies in `terms`, by the
    /// word packed ([`Packed`]): a key is two integers, hashed and compared without `memcmp`.
    short: FxHashMap<Packed, Span>,
    /// Where the term of every longer word lies in `terms`.
    long: FxHashMap<Box<str>, Span>,
    /// Where to note the words whose stem is not the word.
    unstemmed: Option<Arc<Unstemmed>>,
}

/// A stretch of [`TermCache::terms`]: its start and end.
type Span = (u32, u32);

/// A word of at most [`Key::MAX`] bytes packed as [`Key`] packs it, as its two integers: its
/// first eight bytes, then the rest with its length in the top byte (zeros past the word). A
/// word of at most eight bytes is its bytes as one integer, then its length.
type Packed = [u64; 2];

/// `word` packed ([`Packed`]), or `None` when it is longer than [`Key::MAX`] bytes.
fn packed(word: &str) -> Option<Packed> {
    let bytes = Key::of(word)?.bytes();
    let (low, high) = bytes.split_at(8);
    Some([
        u64::from_le_bytes(low.try_into().ok()?),
        u64::from_le_bytes(high.try_into().ok()?),
    ])
}

impl TermCache {
    fn new(analyzer: TextAnalyzer, stem: bool, unstemmed: Option<Arc<Unstemmed>>) -> Self {
        TermCache {
            analyzer,
            stem,
            terms: String::new(),
            eight: FxHashMap::default(),
            short: FxHashMap::default(),
            long: FxHashMap::default(),
            unstemmed,
        }
    }

    /// Replace `out` with the term of `word`; `ascii` tells that the word is ASCII letters and
    /// digits only.
    fn term(&mut self, word: &str, ascii: bool, out: &mut String) {
        if ascii && !self.stem {
            out.clear();
            out.push_str(word);
            out.make_ascii_lowercase();
            return;
        }
        match packed(word) {
            Some(key) => self.term_of_short(word, key, out),
            None => {
                out.clear();
                match self.long.get(word) {
                    Some(&(from, to)) => out.push_str(&self.terms[from as usize..to as usize]),
                    None => self.add(word, None, out),
                }
            }
        }
    }

    /// Replace `out` with the term of `word`, of ASCII letters and digits only, packed as `key`
    /// (nearly every word: this is the tokenizer's inner loop).
    #[inline(always)]
    fn term_of_ascii(&mut self, word: &str, key: Packed, out: &mut String) {
        if !self.stem {
            out.clear();
            out.push_str(word);
            out.make_ascii_lowercase();
            return;
        }
        self.term_of_short(word, key, out);
    }

    /// Replace `out` with the term of `word`, packed as `key`.
    #[inline(always)]
    fn term_of_short(&mut self, word: &str, key: Packed, out: &mut String) {
        out.clear();
        let cached = if word.len() <= 8 {
            self.eight.get(&key[0])
        } else {
            self.short.get(&key)
        };
        match cached {
            Some(&(from, to)) => out.push_str(&self.terms[from as usize..to as usize]),
            None => self.add(word, Some(key), out),
        }
    }

    /// Write the term of `word`, met for the first time, to `out` (empty), and remember it
    /// (under `key`, the word packed, when it has one). Out of line: nearly every word is in
    /// the cache, and the lookup's code is smaller (fewer registers saved) without this.
    #[cold]
    #[inline(never)]
    fn add(&mut self, word: &str, key: Option<Packed>, out: &mut String) {
        let mut stream = self.analyzer.token_stream(word);
        if stream.advance() {
            out.push_str(&stream.token().text);
        }
        // (A word is met here once per tokenizer, unless the cache is full.)
        if let Some(noted) = &self.unstemmed {
            if noted.recording.load(Ordering::Relaxed) {
                let plain = unstemmed(word);
                if plain != *out {
                    noted.note(&plain);
                }
            }
        }
        if self.eight.len() + self.short.len() + self.long.len() >= CACHE_WORDS {
            return;
        }
        let (Ok(from), Ok(to)) = (
            u32::try_from(self.terms.len()),
            u32::try_from(self.terms.len() + out.len()),
        ) else {
            return;
        };
        self.terms.push_str(out);
        match key {
            Some(key) if word.len() <= 8 => self.eight.insert(key[0], (from, to)),
            Some(key) => self.short.insert(key, (from, to)),
            None => self.long.insert(word.into(), (from, to)),
        };
    }
}

/// The token stream of [`NewsTokenizer`].
pub struct NewsTokenStream<'a> {
    text: &'a str,
    /// Byte offset where the search for the next word starts.
    next: usize,
    token: &'a mut Token,
    cache: &'a mut TermCache,
}

/// Whether the character at byte `at` of `text` is a word character, and its length in bytes:
/// the one definition of the index's words, runs of alphanumeric characters (as tantivy's
/// `SimpleTokenizer` splits them). [`NewsTokenizer`] splits text into words by it, and
/// [`crate::spans`] counts the words of a body by it.
#[inline(always)]
pub(crate) fn word_char_at(text: &str, at: usize) -> (bool, usize) {
    let b = text.as_bytes()[at];
    if b.is_ascii() {
        return (b.is_ascii_alphanumeric(), 1);
    }
    text[at..]
        .chars()
        .next()
        .map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8()))
}

impl NewsTokenStream<'_> {
    fn char_at(&self, i: usize) -> (bool, usize) {
        word_char_at(self.text, i)
    }

    /// Skip what lies between words from [`NewsTokenStream::next`]: the byte offset where the
    /// next word starts, if there is one.
    #[inline(always)]
    fn next_start(&mut self) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let len = bytes.len();
        let mut i = self.next;
        loop {
            // ASCII spaces and punctuation, most of what lies between words, byte by byte.
            while i < len && bytes[i].is_ascii() && !bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            if i >= len {
                self.next = len;
                return None;
            }
            let (word, n) = self.char_at(i);
            if word {
                return Some(i);
            }
            i += n;
        }
    }

    /// The word that starts at byte `start` when it is of ASCII letters and digits, shorter
    /// than eight bytes and followed by an ASCII byte (most words): its length and its key
    /// ([`Packed`]), both read from the one load of its eight bytes that finds its end.
    #[inline(always)]
    fn short_ascii_word(&self, start: usize) -> Option<(usize, Packed)> {
        use crate::ascii::{alphanumeric_bits, HIGH_BITS};
        let chunk = self.text.as_bytes().get(start..start + 8)?;
        let x = u64::from_le_bytes(chunk.try_into().ok()?);
        // (The first byte that is not an ASCII letter or digit, 8 when there is none.)
        let len = ((!alphanumeric_bits(x) & HIGH_BITS).trailing_zeros() / 8) as usize;
        if len == 0 || len == 8 || x >> (8 * len) & 0x80 != 0 {
            return None;
        }
        Some((len, [x & (u64::MAX >> (64 - 8 * len)), (len as u64) << 56]))
    }

    /// [`TokenStream::advance`] for a word that starts at `from` (counted and its start set)
    /// other than a short ASCII one, and for the words after it until one is not dropped: out
    /// of line, so that the common case saves few registers.
    #[inline(never)]
    fn advance_from(&mut self, mut from: usize) -> bool {
        loop {
            let (to, ascii) = self.word_end(from);
            self.next = to;
            if to - from < MAX_WORD_BYTES {
                self.token.offset_to = to;
                self.cache
                    .term(&self.text[from..to], ascii, &mut self.token.text);
                return true;
            }
            let Some(start) = self.next_start() else {
                self.token.text.clear();
                return false;
            };
            from = start;
            self.token.position = self.token.position.wrapping_add(1);
            self.token.offset_from = from;
        }
    }

    /// Byte offset past the word that starts at `start`, and whether the word is all ASCII.
    fn word_end(&self, start: usize) -> (usize, bool) {
        let bytes = self.text.as_bytes();
        let len = bytes.len();
        let mut end = start;
        let mut ascii = true;
        loop {
            // ASCII letters and digits, most of any word, eight bytes at a time.
            end = crate::ascii::alphanumeric_end(bytes, end);
            if end >= len || bytes[end].is_ascii() {
                break;
            }
            let (word, n) = self.char_at(end);
            if !word {
                break;
            }
            ascii = false;
            end += n;
        }
        (end, ascii)
    }
}

impl TokenStream for NewsTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let Some(from) = self.next_start() else {
            self.token.text.clear();
            return false;
        };
        // Numbered like tantivy's tokenizer: a dropped word keeps its position.
        self.token.position = self.token.position.wrapping_add(1);
        self.token.offset_from = from;
        let Some((len, key)) = self.short_ascii_word(from) else {
            return self.advance_from(from);
        };
        let to = from + len;
        (self.next, self.token.offset_to) = (to, to);
        self.cache
            .term_of_ascii(&self.text[from..to], key, &mut self.token.text);
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use tantivy::tokenizer::{RemoveLongFilter, SimpleTokenizer};

    /// The chain of tantivy filters [`NewsTokenizer`] stands for.
    fn reference(stem: bool) -> TextAnalyzer {
        let builder = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(MAX_WORD_BYTES))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter);
        if stem {
            builder.filter(Stemmer::new(Language::English)).build()
        } else {
            builder.build()
        }
    }

    fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<Token> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().clone());
        }
        out
    }

    fn same_as_tantivy(text: &str) {
        for stem in [true, false] {
            let want = tokens(&mut reference(stem), text);
            let tokenizer = if stem {
                NewsTokenizer::prose()
            } else {
                NewsTokenizer::name()
            };
            let mut ours = TextAnalyzer::from(tokenizer);
            // The second pass is served from the cache.
            assert_eq!(tokens(&mut ours, text), want, "{text:?}");
            assert_eq!(tokens(&mut ours, text), want, "{text:?}");
        }
    }

    #[test]
    fn same_tokens_as_tantivy() {
        same_as_tantivy(
            "Running runners ran; the ministers' ministries were running generously. \
             Running ministers generously ran.",
        );
        same_as_tantivy("Café owner Zoë Ægir said «ÉCOLE» in São Paulo, Straße 12b.");
        same_as_tantivy("ΣΟΦΙΑ Σοφία İstanbul ﬁnance Ⅻ ① 東京 ½ x²");
        same_as_tantivy(&format!(
            "short {} word {} end",
            "a".repeat(39),
            "b".repeat(40)
        ));
        same_as_tantivy("internationalization nationalizations abcdefghijklmnopq");
        same_as_tantivy("");
        same_as_tantivy("  ,,, --- ");
    }

    /// Words of every length about eight bytes (where a word is read from one load of eight
    /// bytes, or not), followed by every kind of character and by the end of the text.
    #[test]
    fn same_tokens_as_tantivy_about_eight_bytes() {
        let word = "Abcdefghij12";
        for len in 1..=word.len() {
            for after in [" ", ",", "", "é", "’", "\n\n", "x é", "ünd"] {
                for before in ["", " ", "“", "a "] {
                    let text = format!("{before}{}{after} {}", &word[..len], &word[..len]);
                    same_as_tantivy(&text);
                    same_as_tantivy(&format!("{text}     tail"));
                }
            }
        }
    }

    proptest! {
        #[test]
        fn same_tokens_as_tantivy_on_any_text(text in "\\PC{0,200}") {
            same_as_tantivy(&text);
        }

        #[test]
        fn same_tokens_as_tantivy_on_words(text in "([A-Za-zéÉßæ]{1,45}[ ,.'’-]{1,2}){0,30}") {
            same_as_tantivy(&text);
        }
    }
}
