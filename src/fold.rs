//! The forms words are compared in, where case and accents must not tell two words apart:
//! one definition of each, for extraction and whatever else asks. (The index folds its terms
//! with tantivy's `AsciiFoldingFilter`, as its queries do: see [`crate::stem`].)

use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};

/// `word` without accents ("Álvarez" → "Alvarez", "Zoë" → "Zoe"): its canonical decomposition
/// less the combining marks. Letters that decompose to no base letter stay ("ø", "ß", "ł").
pub(crate) fn without_accents(word: &str) -> String {
    word.nfd().filter(|c| !is_combining_mark(*c)).collect()
}

/// The words of `s` (runs of alphanumeric characters) in lower case, joined by single spaces:
/// two texts that differ only in case, punctuation and spacing have one form, and a text's
/// words within another's are a substring of its form.
pub(crate) fn lower_words(s: &str) -> String {
    if s.is_ascii() {
        return lower_ascii_words(s);
    }
    let mut out = String::with_capacity(s.len());
    for w in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
    out
}

/// [`lower_words`] of an ASCII text, where a character is alphanumeric as its byte is: each
/// word's end found eight bytes at a time and the word copied whole, the gaps between words
/// stepped over a byte at a time (they are short), and the whole lowered in one pass at the end.
fn lower_ascii_words(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut at = 0;
    while at < bytes.len() {
        if !bytes[at].is_ascii_alphanumeric() {
            at += 1;
            continue;
        }
        let end = crate::ascii::alphanumeric_end(bytes, at);
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&s[at..end]);
        at = end;
    }
    out.make_ascii_lowercase();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_removed() {
        for (input, want) in [
            ("Álvarez", "Alvarez"),
            ("josé", "jose"),
            ("Zoë", "Zoe"),
            ("Øresund Straße", "Øresund Straße"),
            ("plain", "plain"),
        ] {
            assert_eq!(without_accents(input), want, "{input:?}");
        }
    }

    /// An ASCII text's words are those that the splitting of any text finds.
    #[test]
    fn ascii_words_as_any_text() {
        let all: String = (0..128u8).map(char::from).collect();
        for a in 0..all.len() {
            for len in [1, 2, 5, 9, 17, 40] {
                let s = &all[a..(a + len).min(all.len())];
                let want: Vec<String> = s
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase)
                    .collect();
                assert_eq!(lower_words(s), want.join(" "), "{s:?}");
            }
        }
    }

    #[test]
    fn words_lowered_and_joined() {
        for (input, want) in [
            ("We won, it said.", "we won it said"),
            ("  “Clean  SLATE”! ", "clean slate"),
            ("Zoë's ÉCOLE", "zoë s école"),
            ("", ""),
            ("--a1B2--c,,D e-", "a1b2 c d e"),
            ("x", "x"),
            ("...", ""),
        ] {
            assert_eq!(lower_words(input), want, "{input:?}");
        }
    }
}
