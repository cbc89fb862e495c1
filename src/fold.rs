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
    let mut out = String::with_capacity(s.len());
    // ASCII text (an ASCII character is alphanumeric as its byte is) is lowered at the end, in
    // one pass over the bytes, rather than character by character.
    let ascii = s.is_ascii();
    for w in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        if ascii {
            out.push_str(w);
        } else {
            out.extend(w.chars().flat_map(char::to_lowercase));
        }
    }
    if ascii {
        out.make_ascii_lowercase();
    }
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

    #[test]
    fn words_lowered_and_joined() {
        for (input, want) in [
            ("We won, it said.", "we won it said"),
            ("  “Clean  SLATE”! ", "clean slate"),
            ("Zoë's ÉCOLE", "zoë s école"),
            ("", ""),
        ] {
            assert_eq!(lower_words(input), want, "{input:?}");
        }
    }
}
