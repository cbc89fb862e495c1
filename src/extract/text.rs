//! Tokens, sentences and paragraphs of an article body: the one view of the text that every
//! extraction rule reads, computed once per article in a single pass.

use std::cell::Cell;

use super::lexicon::{lower, Flags, Lexicon, LEX};
use crate::ascii::{self, Key};

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// Letters (and digits, inner apostrophes, hyphens and dots) starting with a letter.
    Word,
    /// Starts with a digit.
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// One token of the body, by byte offsets.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) shape: Shape,
    /// Starts with an upper-case letter.
    pub(crate) cap: bool,
    /// Followed by a possessive `'s`, which is not part of the token.
    pub(crate) poss: bool,
    /// Index of the sentence.
    pub(crate) sent: u32,
    /// Index of the paragraph.
    pub(crate) para: u32,
    /// Lies inside a quotation (set by the quote finder).
    pub(crate) in_quote: bool,
    /// The word lists its lower-case form is on (none for numbers and punctuation), but for
    /// the lists of names: see [`Doc::name_lex`].
    pub(crate) lex: Flags,
}

/// A tokenised body.
pub(crate) struct Doc<'a> {
    pub(crate) text: &'a str,
    pub(crate) tokens: Vec<Token>,
    /// The lower-case forms of the tokens that are not lower-case already, end to end.
    lows: String,
    /// Where each token's lower-case form lies: in `lows` when the top bit of the start is
    /// set, else in `text`.
    low_at: Vec<(usize, usize)>,
    /// A bit per token, 64 to a number: set for the words that start with a capital (see
    /// [`Doc::next_cap_word`]).
    cap_words: Vec<u64>,
    /// The text has a paragraph per line: it has no blank line (one sentence a line, as some
    /// corpora are laid out, wrapping names: "Damien\nFlemming").
    pub(crate) line_paragraphs: bool,
}

/// The bit of a `low_at` start that says the form lies in `lows`.
const IN_LOWS: usize = 1 << (usize::BITS - 1);

/// The buffers of a document, kept by each thread for its next document once one is dropped:
/// a body's tokens and lower-case forms take tens of kilobytes, and fresh blocks that size for
/// every article came as new pages that the kernel zeroed, nearly as costly as the tokenising
/// itself.
#[derive(Default)]
struct Buffers {
    tokens: Vec<Token>,
    lows: String,
    low_at: Vec<(usize, usize)>,
    cap_words: Vec<u64>,
}

thread_local! {
    /// The buffers of the last document this thread dropped (see [`Buffers`]).
    static SPARE: Cell<Buffers> = const {
        Cell::new(Buffers {
            tokens: Vec::new(),
            lows: String::new(),
            low_at: Vec::new(),
            cap_words: Vec::new(),
        })
    };
}

/// Most tokens the kept buffers may hold room for (8 MB of tokens): a huge file's are not kept.
const SPARE_TOKENS_MAX: usize = 1 << 18;

impl Buffers {
    /// The spare buffers of this thread, emptied, with room for a text of `len` bytes.
    fn take(len: usize) -> Buffers {
        let mut b = SPARE.with(Cell::take);
        b.tokens.clear();
        b.lows.clear();
        b.low_at.clear();
        b.cap_words.clear();
        b.tokens.reserve(len / 4);
        b.low_at.reserve(len / 4);
        // (room for the capitalised words of most texts, to grow it rarely)
        b.lows.reserve(len / 4);
        b.cap_words.reserve(len / 256 + 1);
        b
    }

    /// The token and capital-word buffers, and the lower-case forms' buffers as [`Lowers`].
    fn into_parts(self) -> (Vec<Token>, Vec<u64>, Lowers) {
        let lowers = Lowers {
            lows: self.lows.into_bytes(),
            low_at: self.low_at,
            buf: String::new(),
            lex: &LEX,
        };
        (self.tokens, self.cap_words, lowers)
    }
}

impl Token {
    /// The token of one character `c` from byte `start` to `end`, in paragraph `para`: a
    /// punctuation mark until read further.
    #[inline]
    fn new(start: usize, end: usize, c: char, para: u32) -> Token {
        Token {
            start,
            end,
            shape: Shape::Punct,
            cap: c.is_uppercase(),
            poss: false,
            sent: 0,
            para,
            in_quote: false,
            lex: Flags::default(),
        }
    }
}

/// The bits of `tokens` (at most 64) in [`Doc::cap_words`]: set for the words that start with a
/// capital (see [`Doc::next_cap_word`]).
fn cap_word_bits(tokens: &[Token]) -> u64 {
    tokens.iter().enumerate().fold(0, |bits, (k, t)| {
        bits | u64::from(t.cap && t.shape == Shape::Word) << k
    })
}

impl Drop for Doc<'_> {
    fn drop(&mut self) {
        let done = Buffers {
            tokens: std::mem::take(&mut self.tokens),
            lows: std::mem::take(&mut self.lows),
            low_at: std::mem::take(&mut self.low_at),
            cap_words: std::mem::take(&mut self.cap_words),
        };
        SPARE.with(|spare| {
            let kept = spare.take();
            // Keep the larger set of the two, unless it is huge.
            let room = |b: &Buffers| b.tokens.capacity().max(b.low_at.capacity());
            spare.set(
                if room(&done) > room(&kept) && room(&done) <= SPARE_TOKENS_MAX {
                    done
                } else {
                    kept
                },
            );
        });
    }
}

/// The lower-case forms of a text's tokens, and the word lists they are on, computed as the
/// tokens are read: the extraction rules ask about the same words many times.
struct Lowers {
    /// See [`Doc::lows`], as bytes: a word's lower-case form is written from its packed key
    /// (see [`Lowers::push_key`]). Only the bytes of strings are written to it.
    lows: Vec<u8>,
    /// See [`Doc::low_at`].
    low_at: Vec<(usize, usize)>,
    buf: String,
    /// The lexicon, dereferenced once rather than at every token.
    lex: &'static Lexicon,
}

impl Lowers {
    /// Records the lower-case form of `tok` (see [`Doc::low`]) and sets the lists it is on.
    fn add(&mut self, text: &str, tok: &mut Token) {
        let word = &text[tok.start..tok.end];
        let bare = word.strip_suffix('.').unwrap_or(word);
        // (Every word of the lists starts with a letter: numbers and punctuation are on none.)
        let listed = tok.shape == Shape::Word;
        // Most words are ASCII and short: their lists, and whether they have capitals, are told
        // from their bytes packed, without a lower-case copy to look up or a pass to tell.
        if let Some((lex, key, was_lower)) =
            listed.then(|| self.lex.ascii_word_lists(bare)).flatten()
        {
            tok.lex = lex;
            if was_lower {
                self.low_at.push((tok.start, tok.start + bare.len()));
            } else {
                self.push_key(key, bare.len());
            }
            return;
        }
        // An ASCII word with no capital is its own lower-case form (numbers and punctuation
        // too); any other is written in lower case into `lows` (ASCII directly, the rest by
        // `lower`).
        if bare
            .bytes()
            .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
        {
            if listed {
                tok.lex = self.lex.word_lists(bare);
            }
            self.low_at.push((tok.start, tok.start + bare.len()));
            return;
        }
        let low = lower(word, &mut self.buf);
        let at = self.lows.len();
        self.lows.extend_from_slice(low.as_bytes());
        self.low_at.push((at | IN_LOWS, self.lows.len()));
        if listed {
            tok.lex = self.lex.word_lists(low);
        }
    }

    /// Reads the plain word (see [`plain_word`]) that `tok` starts: sets its shape, end and
    /// lists, and records its lower-case form, as [`read_word`] and [`Lowers::add`] would.
    /// Returns where the text goes on.
    #[inline]
    fn add_plain(&mut self, tok: &mut Token, plain: PlainWord) -> usize {
        let word = plain.word;
        let len = word.len();
        tok.end = tok.start + len;
        let (lower, was_lower) = word.ascii_lowered();
        if plain.dot && is_packed_abbreviation(word, lower, self.lex) {
            tok.end += 1;
        }
        // (a digit is ASCII, and a word that starts with one a number)
        if word.bytes()[0].is_ascii_digit() {
            tok.shape = Shape::Number;
        } else {
            tok.shape = Shape::Word;
            tok.lex = self.lex.packed_word_lists(lower);
        }
        if was_lower {
            self.low_at.push((tok.start, tok.start + len));
        } else {
            self.push_key(lower, len);
        }
        tok.end
    }

    /// Records the lower-case form of `tok`, one ASCII punctuation or symbol character: itself,
    /// or nothing for a dot (see [`Doc::low`]), as [`Lowers::add`] would.
    #[inline]
    fn add_ascii_punct(&mut self, tok: &Token, c: char) {
        self.low_at
            .push((tok.start, tok.start + usize::from(c != '.')));
    }

    /// Records the lower-case form of a word of `len` bytes from its packed key (see
    /// [`Key::bytes`]): all sixteen bytes written at once, then the ones past the word dropped,
    /// where a copy of the word and a pass to lower it cost a call and a loop.
    #[inline]
    fn push_key(&mut self, key: Key, len: usize) {
        let at = self.lows.len();
        self.lows.extend_from_slice(&key.bytes());
        self.lows.truncate(at + len);
        self.low_at.push((at | IN_LOWS, self.lows.len()));
    }

    /// The lower-case forms written, as the string they are (only strings' bytes were
    /// written), and where each token's lies.
    fn into_parts(self) -> (String, Vec<(usize, usize)>) {
        // (never fails: the fallback only keeps the function total)
        let lows = String::from_utf8(self.lows)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        (lows, self.low_at)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The character at byte `at` of `text` and its length, decoded from the bytes directly when
/// it is ASCII (most of any English text).
fn char_at(text: &str, at: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(at)?;
    if b.is_ascii() {
        return Some((b as char, 1));
    }
    let c = text[at..].chars().next()?;
    Some((c, c.len_utf8()))
}

/// Whether a word character starts at byte `at` of `text`.
fn word_char_at(text: &str, at: usize) -> bool {
    char_at(text, at).is_some_and(|(c, _)| is_word_char(c))
}

/// Whether `c` is a letter of a script written without apostrophes that glues its particles
/// to the word before (Hangul, kana, CJK ideographs): a mark right before such a letter closes
/// a quotation ("‘추억을 간직’하는": the quotation closes before "하는").
pub(crate) fn is_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}' // Hangul Jamo
        | '\u{3040}'..='\u{30FF}' // hiragana, katakana
        | '\u{3130}'..='\u{318F}' // Hangul compatibility Jamo
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK ideographs
        | '\u{AC00}'..='\u{D7A3}' // Hangul syllables
    )
}

/// Whether the character before byte `before` or the one at byte `after` of `text` is of a
/// script written without apostrophes ([`is_unspaced_script`]): a mark between is a
/// quotation mark, never an apostrophe inside a word.
fn beside_unspaced_script(text: &str, before: usize, after: usize) -> bool {
    text[..before]
        .chars()
        .next_back()
        .is_some_and(is_unspaced_script)
        || text[after..].chars().next().is_some_and(is_unspaced_script)
}

/// The longest word whose dot [`is_abbreviation`] looks up (a longer one on the list keeps
/// no dot).
const ABBREVIATION_MAX: usize = 5;

/// Whether the dot after `word` belongs to it: an initial, or a word of
/// [`Lexicon::abbreviations`] in any case.
fn is_abbreviation(word: &str, lex: &Lexicon) -> bool {
    let mut chars = word.chars();
    let first = chars.next();
    // A single capital letter is an initial ("J." in "Donald J. Trump").
    if first.is_some_and(char::is_uppercase) && chars.next().is_none() {
        return true;
    }
    // (The list is of short ASCII words: another word is on it in no case.)
    const LONGEST: usize = ABBREVIATION_MAX;
    if word.len() > LONGEST || !word.is_ascii() {
        return false;
    }
    let mut low = [0u8; LONGEST];
    let low = &mut low[..word.len()];
    low.copy_from_slice(word.as_bytes());
    low.make_ascii_lowercase();
    std::str::from_utf8(low).is_ok_and(|w| lex.abbreviations.contains(w))
}

/// Whether the last token read ends a sentence: a stop, or a closing mark or colon.
#[inline]
fn ended_sentence(text: &str, tokens: &[Token]) -> bool {
    tokens.last().is_some_and(|t| {
        t.shape == Shape::Punct
            && matches!(
                char_at(text, t.start),
                Some(('.' | '!' | '?' | '”' | '"' | ':' | '»', _))
            )
    })
}

/// Whether the dot at `dot` of `word` (the bytes from a word's start on) ends a sentence that
/// the next starts right after, with no space: a word of two or more lower-case letters, then
/// a capitalised word ("Trump said.Trump claimed"), not an initialism, a web address or a
/// name written inside a word ("U.S.", "news.bbc.co.uk", "Amazon.Com").
fn glued_sentence(word: &[u8], dot: usize) -> bool {
    dot >= 2
        && word[..dot].iter().all(u8::is_ascii_lowercase)
        && word.get(dot + 1).is_some_and(u8::is_ascii_uppercase)
        && word.get(dot + 2).is_some_and(u8::is_ascii_lowercase)
}

/// A word read from its bytes packed (see [`plain_word`]).
#[derive(Debug, Clone, Copy)]
struct PlainWord {
    /// Its letters and digits.
    word: Key,
    /// A dot follows it, and no letter or digit the dot: the word keeps the dot if it is an
    /// abbreviation (see [`is_abbreviation`]), else the dot is a token of its own.
    dot: bool,
}

/// [`is_abbreviation`] of a plain word packed in `word` (`lower` in lower case).
#[inline]
fn is_packed_abbreviation(word: Key, lower: Key, lex: &Lexicon) -> bool {
    let len = word.len();
    (len == 1 && word.bytes()[0].is_ascii_uppercase())
        || (len <= ABBREVIATION_MAX && lex.abbreviations.contains_key(lower))
}

/// The word at byte `at` of `bytes` when it is plain: ASCII letters and digits only, at most
/// [`Key::MAX`] bytes, followed by nothing, or by an ASCII character that cannot join it to
/// more (see [`read_word`]), or by a dot that cannot either (nothing, or an ASCII character
/// other than a letter or digit, after it). Most words are: such a word is all that
/// [`read_word`] reads (but an abbreviation's dot), with no possessive, and it is read from
/// its bytes packed (see [`Key::alphanumeric_run`]), without a slice of the text or a
/// byte-by-byte look at its end.
#[inline]
fn plain_word(bytes: &[u8], at: usize) -> Option<PlainWord> {
    let word = Key::alphanumeric_run(bytes, at)?;
    let end = at + word.len();
    let dot = match bytes.get(end) {
        None => false,
        Some(b'.') => match bytes.get(end + 1) {
            Some(&b) if !b.is_ascii() || b.is_ascii_alphanumeric() => return None,
            _ => true,
        },
        Some(&b) if !b.is_ascii() || matches!(b, b'\'' | b'-' | b'&') => return None,
        Some(_) => false,
    };
    Some(PlainWord { word, dot })
}

/// Reads the word whose first character `c` token `tok` holds: its shape, its end (inner
/// apostrophes, hyphens, dots and ampersands join when a word character follows; not a dot
/// that ends a sentence glued to the next, see [`glued_sentence`]), a trailing
/// possessive 's cut off and remembered, an abbreviation's dot kept. Returns where the text
/// goes on.
#[inline]
fn read_word(text: &str, c: char, tok: &mut Token, lex: &Lexicon) -> usize {
    let bytes = text.as_bytes();
    tok.shape = if c.is_ascii_digit() {
        Shape::Number
    } else {
        Shape::Word
    };
    let mut end = tok.end;
    loop {
        end = ascii::alphanumeric_end(bytes, end);
        let Some((d, len)) = char_at(text, end) else {
            break;
        };
        if is_word_char(d) {
            end += len;
            continue;
        }
        if matches!(d, '\'' | '’' | '-' | '.' | '&')
            && word_char_at(text, end + len)
            && !(d == '.' && glued_sentence(&bytes[tok.start..], end - tok.start))
            && !(matches!(d, '\'' | '’') && beside_unspaced_script(text, end, end + len))
        {
            end += len;
            continue;
        }
        break;
    }
    let pos = end;
    if matches!(bytes[end - 1], b's' | b'S') {
        let word = &text[tok.start..end];
        for suffix in ["'s", "’s", "'S", "’S"] {
            if word.len() > suffix.len() + 1 && word.ends_with(suffix) {
                end -= suffix.len();
                tok.poss = true;
                break;
            }
        }
    }
    tok.end = end;
    if !tok.poss && bytes.get(tok.end) == Some(&b'.') {
        let word = &text[tok.start..tok.end];
        if is_abbreviation(word, lex) || (word.len() <= 6 && word.contains('.')) {
            tok.end += 1;
            return tok.end;
        }
    }
    pos
}

impl<'a> Doc<'a> {
    /// Tokenise `text`. Paragraphs are separated by blank lines; text with no blank line at all
    /// has a paragraph per line.
    pub(crate) fn new(text: &'a str) -> Doc<'a> {
        let line_paragraphs = !text.contains("\n\n") && !text.contains("\n\r\n");
        let bytes = text.as_bytes();
        let (mut tokens, mut cap_words, mut lowers) = Buffers::take(text.len()).into_parts();
        let mut para = 0u32;
        let mut newlines = 0u32;
        // The tokens that may end a sentence, the only ones `split_sentences` asks about.
        let mut stops = Vec::new();
        // A byte loop rather than `char_indices`: ASCII characters are read from their byte.
        let mut pos = 0;
        loop {
            // Spaces between words, the commonest run of characters, in a tight loop.
            while bytes.get(pos) == Some(&b' ') {
                pos += 1;
            }
            let Some((c, len)) = char_at(text, pos) else {
                break;
            };
            let start = pos;
            pos += len;
            if c.is_whitespace() {
                if c == '\n' {
                    newlines += 1;
                }
                continue;
            }
            // A single line break ends a paragraph when the text has no blank lines, or when
            // the line ended a sentence (text that mixes both styles).
            if newlines > 0
                && !tokens.is_empty()
                && (newlines >= 2 || line_paragraphs || ended_sentence(text, &tokens))
            {
                para += 1;
            }
            newlines = 0;
            // The token is read where it lies: one built aside and copied in had its fields
            // written one by one and read back sixteen bytes at a time, which stalls the
            // processor until the writes are done.
            let k = tokens.len();
            tokens.push(Token::new(start, pos, c, para));
            let tok = &mut tokens[k];
            if is_word_char(c) {
                if let Some(plain) = plain_word(bytes, start) {
                    pos = lowers.add_plain(tok, plain);
                } else {
                    pos = read_word(text, c, tok, lowers.lex);
                    lowers.add(text, tok);
                }
                // (a word that keeps its dot may end a sentence)
                if bytes[tok.end - 1] == b'.' {
                    stops.push(k);
                }
            } else {
                if c.is_ascii() {
                    lowers.add_ascii_punct(tok, c);
                } else {
                    lowers.add(text, tok);
                }
                if is_terminal(c) || is_closer(c) {
                    stops.push(k);
                }
            }
        }
        cap_words.extend(tokens.chunks(64).map(cap_word_bits));
        let (lows, low_at) = lowers.into_parts();
        let mut doc = Doc {
            text,
            tokens,
            lows,
            low_at,
            cap_words,
            line_paragraphs,
        };
        doc.split_sentences(&stops);
        doc
    }

    /// The first token from `i` on that is a word starting with a capital: found by its bit,
    /// so that a rule that reads only such words skips the others without a test of each.
    pub(crate) fn next_cap_word(&self, i: usize) -> Option<usize> {
        let mut at = i / 64;
        let mut bits = self.cap_words.get(at)? & (u64::MAX << (i % 64));
        while bits == 0 {
            at += 1;
            bits = *self.cap_words.get(at)?;
        }
        Some(at * 64 + bits.trailing_zeros() as usize)
    }

    /// The text of token `i`.
    pub(crate) fn word(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        debug_assert!(self.text.is_char_boundary(t.start) && self.text.is_char_boundary(t.end));
        // SAFETY: a token's bounds are character boundaries of `text`: `Doc::new` starts a
        // token at a character it read and ends it after one.
        unsafe { self.text.get_unchecked(t.start..t.end) }
    }

    /// Whether token `i` is a word that reads `w` in lower case ([`Doc::low`]): "and",
    /// "according". False past the last token.
    #[inline]
    pub(crate) fn is_low(&self, i: usize, w: &str) -> bool {
        self.tokens.get(i).is_some_and(|t| t.shape == Shape::Word) && self.low(i) == w
    }

    /// Token `i` in lower case, without a trailing dot (see [`lower`]).
    #[inline(always)]
    pub(crate) fn low(&self, i: usize) -> &str {
        let (a, b) = self.low_at[i];
        let (s, a) = if a & IN_LOWS != 0 {
            (self.lows.as_str(), a & !IN_LOWS)
        } else {
            (self.text, a)
        };
        debug_assert!(s.is_char_boundary(a) && s.is_char_boundary(b) && a <= b);
        // SAFETY: every range of `low_at` was pushed by `Lowers` at a token's or a lower-case
        // form's bounds, which are character boundaries of `text` or `lows`.
        unsafe { s.get_unchecked(a..b) }
    }

    /// Whether token `i` is a given name or a surname (see
    /// [`super::lexicon::Lexicon::name_lists`]).
    /// Looked up when asked, not with [`Token::lex`]: the lists of names are large, and only the
    /// words of names are asked about.
    pub(crate) fn name_lex(&self, i: usize) -> Flags {
        if self.tokens[i].shape == Shape::Word {
            LEX.name_lists(self.low(i))
        } else {
            Flags::default()
        }
    }

    /// Whether the text writes the lower-case word `low` in lower case somewhere: a word that
    /// does is a common word of the text ("election", "overstating"), whatever it is capitalised
    /// for elsewhere. (Asked a few times a text, if at all: its places in the text are found by
    /// a substring search, and only the tokens that start there are read.)
    pub(crate) fn written_in_lower_case(&self, low: &str) -> bool {
        if low.is_empty() {
            return false;
        }
        memchr::memmem::find_iter(self.text.as_bytes(), low.as_bytes()).any(|at| {
            let k = self.tokens.partition_point(|t| t.start < at);
            self.tokens.get(k).is_some_and(|t| {
                t.start == at && t.end - t.start == low.len() && !t.cap && t.shape == Shape::Word
            })
        })
    }

    /// Whether token `i` ends where token `i + 1` starts, with no space between them.
    pub(crate) fn glued(&self, i: usize) -> bool {
        self.tokens[i].end == self.tokens[i + 1].start
    }

    /// Whether token `k` is the apostrophe of a plural possessor, a mark of its own: ' or ’
    /// right after a capitalised word that ends in "s" ("Ladbrokes' Warren Lush", "Times' Ben
    /// Sisario"). False past the last token.
    pub(crate) fn plural_possessive_mark(&self, k: usize) -> bool {
        k > 0
            && (self.is(k, '\'') || self.is(k, '’'))
            && self.glued(k - 1)
            && self.tokens[k - 1].cap
            && self.word(k - 1).ends_with('s')
    }

    /// Whether token `i` is the punctuation character `c`.
    pub(crate) fn is(&self, i: usize, c: char) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.shape == Shape::Punct && self.text[t.start..].starts_with(c))
    }

    /// The first character of token `i`.
    #[inline]
    pub(crate) fn first_char(&self, i: usize) -> char {
        char_at(self.text, self.tokens[i].start).map_or(' ', |(c, _)| c)
    }

    /// Sets each token's sentence: a new one starts with each paragraph, and after each token
    /// that ends one inside its paragraph (see [`Doc::ends_sentence`]). `stops` are, in order,
    /// the tokens that may end a sentence (those of [`Doc::ends_sentence`] and more): the others
    /// are not asked about. A token's sentence is its paragraph's number plus the number of
    /// sentences ended inside paragraphs before it.
    fn split_sentences(&mut self, stops: &[usize]) {
        let mut ended = 0;
        // (the first token whose sentence is not set yet)
        let mut from = 0;
        for &i in stops {
            // (a sentence that ends with its paragraph is counted by the paragraph)
            let ends = self
                .tokens
                .get(i + 1)
                .is_some_and(|next| next.para == self.tokens[i].para)
                && self.ends_sentence(i);
            if ends {
                for t in &mut self.tokens[from..=i] {
                    t.sent = t.para + ended;
                }
                ended += 1;
                from = i + 1;
            }
        }
        for t in &mut self.tokens[from..] {
            t.sent = t.para + ended;
        }
    }

    /// Whether a new sentence starts right after token `i` (its paragraph continues): only ever
    /// after a word that ends with a dot, or a stop or closing mark (see [`is_terminal`],
    /// [`is_closer`]), the tokens [`Doc::new`] tells [`Doc::split_sentences`] about.
    fn ends_sentence(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        if t.shape == Shape::Word {
            // (most words end with no dot: one byte read settles them)
            return self.text.as_bytes()[t.end - 1] == b'.' && self.abbreviation_ends_sentence(i);
        }
        if t.shape != Shape::Punct {
            return false;
        }
        let c = self.first_char(i);
        if is_closer(c) {
            // A closing mark ends a sentence when the mark before it did (two apostrophes
            // stand for one closing mark in some archives: .'' He added).
            let mut p = i;
            while p > 0 && is_closer(self.first_char(p - 1)) && self.glued(p - 1) {
                p -= 1;
            }
            let closing_follows = self.tokens.get(i + 1).is_some_and(|n| {
                n.start == t.end && n.shape == Shape::Punct && is_closer(self.first_char(i + 1))
            });
            return p > 0
                && p + 2 >= i
                && is_terminal(self.first_char(p - 1))
                && self.tokens[p - 1].shape == Shape::Punct
                && !closing_follows
                && self.next_starts_sentence(i + 1);
        }
        // A closing mark right after the stop ends the sentence itself (`."` then the next).
        let closer_follows = self.tokens.get(i + 1).is_some_and(|n| {
            n.start == t.end && n.shape == Shape::Punct && is_closer(self.first_char(i + 1))
        });
        is_terminal(c) && !closer_follows && self.next_starts_sentence(i + 1)
    }

    /// Whether word `i`, an abbreviation that keeps its dot (its last byte), is also the stop of
    /// its sentence: a firm's suffix before a new sentence ("… of Lehman Securities Inc. He
    /// said"), or any abbreviation before a quote that opens (“…,” said Ann Lee of Acme Corp.
    /// “We …”), where the dot of "U.S." before a noun, or of a title before a name (Mr. “Bo”
    /// Li), goes on with its sentence.
    fn abbreviation_ends_sentence(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        let word = self.word(i);
        if is_initials(word) || t.lex.any(Flags::TITLE | Flags::HONORIFIC) {
            return false;
        }
        let opening_quote = self.tokens.get(i + 1).is_some_and(|n| {
            n.shape == Shape::Punct
                && n.start > t.end
                && matches!(self.first_char(i + 1), '“' | '"')
                && self
                    .tokens
                    .get(i + 2)
                    .is_some_and(|w| w.shape == Shape::Word && w.cap)
        });
        opening_quote
            || (self.next_starts_sentence(i + 1)
                && self.tokens.get(i + 1).is_some()
                && LEX
                    .corporate_suffixes
                    .contains(self.low(i).trim_end_matches('.')))
    }

    fn next_starts_sentence(&self, j: usize) -> bool {
        match self.tokens.get(j) {
            None => true,
            Some(n) => {
                let c = self.first_char(j);
                match n.shape {
                    Shape::Word => n.cap,
                    Shape::Number => true,
                    Shape::Punct => matches!(c, '“' | '"' | '‘' | '(' | '[' | '«' | '-' | '—'),
                }
            }
        }
    }
}

/// Whether `c` is a stop that can end a sentence.
fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?')
}

/// Whether `c` can close a quote or an aside: after a stop, it ends the sentence itself.
fn is_closer(c: char) -> bool {
    matches!(c, '”' | '"' | '’' | '\'' | ')' | '»')
}

/// Whether `w` is an acronym: two letters or more, every letter a capital ("US", "FBI",
/// "U.S.", "B2B"; not "G7"). (The attribution reads a firm's initials before its name more
/// strictly.)
pub(crate) fn is_acronym(w: &str) -> bool {
    let mut letters = w.chars().filter(|c| c.is_alphabetic());
    letters.clone().nth(1).is_some() && letters.all(char::is_uppercase)
}

/// Whether `w` is initials, each a capital letter and a dot ("J.", "H.W.").
pub(crate) fn is_initials(w: &str) -> bool {
    let b = w.as_bytes();
    !b.is_empty()
        && b.len().is_multiple_of(2)
        && b.chunks(2)
            .all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let doc = Doc::new(text);
        (0..doc.tokens.len())
            .map(|i| {
                let t = doc.tokens[i];
                let mut s = doc.word(i).to_string();
                if t.poss {
                    s.push_str("+s");
                }
                s
            })
            .collect()
    }

    /// Acronyms: every letter a capital, two letters at least; digits and dots between.
    #[test]
    fn acronyms() {
        let cases = [
            ("FBI", true),
            ("US", true),
            ("U.S.", true),
            ("B2B", true),
            ("G7", false),
            ("ÉDF", true),
            ("A", false),
            ("A1", false),
            ("Fbi", false),
            ("McDONALD", false),
            ("7", false),
            ("", false),
        ];
        for (input, want) in cases {
            assert_eq!(is_acronym(input), want, "{input:?}");
        }
    }

    /// A plain word (see [`plain_word`]) is read from its packed bytes as [`read_word`] and
    /// [`Lowers::add`] read any word: same end (with an abbreviation's dot), shape, lists and
    /// lower-case form.
    #[test]
    fn plain_words_read_as_any_word() {
        let mut texts = vec![
            "Said the U.S. economy's O'Neil, AT&T and re-election in 2004: 3M 10bn SENATOR"
                .to_string(),
            "x Mr. Zoë café said’ word’s cat-like ab.cd abcdefghijklmno abcdefghijklmnop"
                .to_string(),
            "Abcdefgh abcdefghi ABCDEFGHIJKLMNO Inc. plc said.Trump end".to_string(),
            "J. Smith, Gov. X. Jr., approx. 3 Corp.\nSept. MR. St.é Inc.’ said. 2004.".to_string(),
        ];
        // every character after words of each length from 1 to 17, and after their dot
        let chars = || (0..=255u8).map(char::from).chain(['’', 'é', '—', '\u{a0}']);
        for c in chars() {
            for len in 1..18 {
                let word: String = "SaidWord42xyzQRst".chars().take(len).collect();
                texts.push(format!("{word}{c}a {word}{c}"));
                texts.push(format!("{word}.{c}a {word}.{c}"));
            }
            for word in [
                "Mr", "X", "x", "inc", "INC", "Approx", "approx", "sen", "Jr", "1",
            ] {
                texts.push(format!("{word}.{c}a {word}.{c}"));
            }
        }
        let low = |l: &Lowers, k: usize, text: &str| {
            let (a, b) = l.low_at[k];
            if a & IN_LOWS != 0 {
                String::from_utf8(l.lows[a & !IN_LOWS..b].to_vec()).unwrap()
            } else {
                text[a..b].to_string()
            }
        };
        let (mut plain, mut dotted, mut kept) = (0, 0, 0);
        for text in &texts {
            for (at, c) in text.char_indices().filter(|&(_, c)| is_word_char(c)) {
                let Some(word) = plain_word(text.as_bytes(), at) else {
                    continue;
                };
                plain += 1;
                dotted += usize::from(word.dot);
                let tok = Token::new(at, at + c.len_utf8(), c, 0);
                let (mut a, mut b) = (tok, tok);
                let (_, _, mut fast) = Buffers::default().into_parts();
                let (_, _, mut any) = Buffers::default().into_parts();
                let end_a = fast.add_plain(&mut a, word);
                kept += usize::from(text.as_bytes()[a.end - 1] == b'.');
                let end_b = read_word(text, c, &mut b, &LEX);
                any.add(text, &mut b);
                let what = format!("{text:?} at {at}");
                assert_eq!(end_a, end_b, "{what}");
                assert_eq!(
                    (a.start, a.end, a.shape, a.cap),
                    (b.start, b.end, b.shape, b.cap),
                    "{what}"
                );
                assert_eq!((a.poss, a.lex), (b.poss, b.lex), "{what}");
                assert_eq!(low(&fast, 0, text), low(&any, 0, text), "{what}");
            }
        }
        assert!(
            plain > 1000 && dotted > 500 && kept > 100,
            "{plain} {dotted} {kept}"
        );
    }

    /// ASCII punctuation's lower-case form is written as [`Lowers::add`] writes any token's.
    #[test]
    fn ascii_punctuation_lowered_as_any_token() {
        let text: String = (0..128u8).map(char::from).collect();
        for (at, c) in text.char_indices() {
            if is_word_char(c) || c.is_whitespace() {
                continue;
            }
            let tok = Token::new(at, at + 1, c, 0);
            let (_, _, mut fast) = Buffers::default().into_parts();
            let (_, _, mut any) = Buffers::default().into_parts();
            fast.add_ascii_punct(&tok, c);
            let mut b = tok;
            any.add(&text, &mut b);
            assert_eq!(fast.low_at, any.low_at, "{c:?}");
            assert_eq!(b.lex, Flags::default(), "{c:?}");
        }
    }

    #[test]
    fn capitalised_words_by_bit() {
        let text = "The mayor met Ada Frei. ".repeat(20);
        let doc = Doc::new(&text);
        let want: Vec<usize> = (0..doc.tokens.len())
            .filter(|&i| doc.tokens[i].cap && doc.tokens[i].shape == Shape::Word)
            .collect();
        let mut got = Vec::new();
        let mut i = 0;
        while let Some(c) = doc.next_cap_word(i) {
            got.push(c);
            i = c + 1;
        }
        assert_eq!(got, want);
    }

    #[test]
    fn lower_case_forms() {
        let cases: &[(&str, &[&str])] = &[
            ("Mr. Smith said", &["mr", "smith", "said"]),
            ("the U.S. economy", &["the", "u.s", "economy"]),
            ("ÉCOLE Zoë", &["école", "zoë"]),
            ("O’Malley’s plan", &["o'malley", "plan"]),
        ];
        for (input, want) in cases {
            let doc = Doc::new(input);
            let got: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.low(i)).collect();
            assert_eq!(got, *want, "{input:?}");
        }
    }

    #[test]
    fn words_written_in_lower_case() {
        let cases = [
            (
                "Election day came. The election was held.",
                "election",
                true,
            ),
            ("Election day came.", "election", false),
            ("the election's cost", "election", true),
            ("electioneering and re-election", "election", false),
            ("“election”", "election", true),
        ];
        for (text, low, want) in cases {
            assert_eq!(
                Doc::new(text).written_in_lower_case(low),
                want,
                "{text:?} {low:?}"
            );
        }
    }

    #[test]
    fn tokens() {
        let cases: &[(&str, &[&str])] = &[
            ("Trump’s son-in-law", &["Trump+s", "son-in-law"]),
            ("Mr. J. Smith said.", &["Mr.", "J.", "Smith", "said", "."]),
            ("the U.S. economy", &["the", "U.S.", "economy"]),
            ("“Hi,” she said", &["“", "Hi", ",", "”", "she", "said"]),
            ("O'Malley's plan", &["O'Malley+s", "plan"]),
            ("3.5 percent", &["3.5", "percent"]),
            ("AT&T rose", &["AT&T", "rose"]),
            ("Rosati 's trip", &["Rosati", "'", "s", "trip"]),
            // a sentence glued to the next by its stop, not a web address or an initialism
            (
                "Lee said.Trump claimed",
                &["Lee", "said", ".", "Trump", "claimed"],
            ),
            (
                "at news.bbc.co.uk and Amazon.Com",
                &["at", "news.bbc.co.uk", "and", "Amazon.Com"],
            ),
            ("the U.K.Government", &["the", "U.K.Government"]),
        ];
        for (input, want) in cases {
            assert_eq!(words(input), *want, "{input:?}");
        }
    }

    #[test]
    fn sentences_and_paragraphs() {
        let cases: &[(&str, &[(u32, u32)])] = &[
            // (sentence, paragraph) of each token
            ("Hi. Bye.", &[(0, 0), (0, 0), (1, 0), (1, 0)]),
            ("Mr. Li left.", &[(0, 0), (0, 0), (0, 0), (0, 0)]),
            ("A\n\nB", &[(0, 0), (1, 1)]),
            ("A\nB", &[(0, 0), (1, 1)]),
            (
                "A b\nc.\nDog.\n\nE",
                &[(0, 0), (0, 0), (0, 0), (0, 0), (1, 1), (1, 1), (2, 2)],
            ),
            (
                "“Go.” She left.",
                &[(0, 0), (0, 0), (0, 0), (0, 0), (1, 0), (1, 0), (1, 0)],
            ),
            (
                "“Go!” she said.",
                &[(0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0)],
            ),
            // two apostrophes close a quote and the sentence
            (
                "''Go.'' He left.",
                &[
                    (0, 0),
                    (0, 0),
                    (0, 0),
                    (0, 0),
                    (0, 0),
                    (0, 0),
                    (1, 0),
                    (1, 0),
                    (1, 0),
                ],
            ),
            // a firm's suffix ends a sentence before a new one; any abbreviation before a quote
            (
                "Acme Inc. He left.",
                &[(0, 0), (0, 0), (1, 0), (1, 0), (1, 0)],
            ),
            ("Acme Inc. shares fell", &[(0, 0), (0, 0), (0, 0), (0, 0)]),
            (
                "Li of Acme Corp. “We won.”",
                &[
                    (0, 0),
                    (0, 0),
                    (0, 0),
                    (0, 0),
                    (1, 0),
                    (1, 0),
                    (1, 0),
                    (1, 0),
                    (1, 0),
                ],
            ),
            (
                "He met Mr. “Bo” Li",
                &[(0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0)],
            ),
            (
                "Gov. C.L. “Bo” Li",
                &[(0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0)],
            ),
            // a straight closing mark stays with the sentence it closes
            (
                "\"Go.\" \"Now.\"",
                &[
                    (0, 0),
                    (0, 0),
                    (0, 0),
                    (0, 0),
                    (1, 0),
                    (1, 0),
                    (1, 0),
                    (1, 0),
                ],
            ),
        ];
        for (input, want) in cases {
            let doc = Doc::new(input);
            let got: Vec<(u32, u32)> = doc.tokens.iter().map(|t| (t.sent, t.para)).collect();
            assert_eq!(got, *want, "{input:?}");
        }
    }
}
