//! Teasers: a phrase of a quote that the article quotes in full nearby ("a “clean slate”" in
//! the lede, the whole sentence later) is one quote, not two.

use crate::fold::lower_words;

/// How many quotes before and after a short quote are searched for the longer quote it teases
/// (the nearest only, so that time stays linear).
const QUOTE_WINDOW: usize = 40;

/// Whether each quote (its words `texts`; whether it is part of a sentence, `fragment`) is a
/// teaser: a fragment whose words a longer quote near it repeats.
pub(crate) fn teasers(texts: &[String], fragment: &[bool]) -> Vec<bool> {
    let n = texts.len();
    let window = |k: usize| k.saturating_sub(QUOTE_WINDOW)..(k + QUOTE_WINDOW).min(n);
    // Folded forms only of the quotes near a fragment: no other is compared.
    let mut near_fragment = vec![false; n];
    for k in (0..n).filter(|&k| fragment[k]) {
        near_fragment[window(k)].fill(true);
    }
    let folded: Vec<String> = texts
        .iter()
        .zip(&near_fragment)
        .map(|(t, &near)| if near { lower_words(t) } else { String::new() })
        .collect();
    (0..n)
        .map(|k| {
            fragment[k] && {
                // (one searcher for the fragment's words, for every quote near it)
                let words = folded[k].as_str();
                let finder = memchr::memmem::Finder::new(words);
                window(k).zip(&folded[window(k)]).any(|(j, other)| {
                    j != k && other.len() > words.len() && finder.find(other.as_bytes()).is_some()
                })
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fragment is a teaser when a longer quote near it holds its words (case and
    /// punctuation aside); a sentence of its own never is.
    #[test]
    fn teasers_of_longer_quotes() {
        let filler = vec!["We wait."; QUOTE_WINDOW];
        let far: Vec<&str> = std::iter::once("clean slate")
            .chain(filler)
            .chain(["a clean slate indeed"])
            .collect();
        let mut far_fragments = vec![false; far.len()];
        far_fragments[0] = true;
        let far_want = vec![false; far.len()];
        let cases: &[(&[&str], &[bool], &[bool])] = &[
            (
                &["clean slate", "This is a clean slate for the city,"],
                &[true, false],
                &[true, false],
            ),
            (
                &["Clean SLATE", "this is a clean slate, really"],
                &[true, false],
                &[true, false],
            ),
            (
                &["clean slate", "We start over."],
                &[true, false],
                &[false, false],
            ),
            // a sentence of its own is no teaser; nor are two of one length
            (
                &["clean slate", "a clean slate now"],
                &[false, false],
                &[false, false],
            ),
            (
                &["clean slate", "Clean slate!"],
                &[true, true],
                &[false, false],
            ),
            // the longer quote is looked for among the nearest only
            (&far, &far_fragments, &far_want),
        ];
        for (texts, fragment, want) in cases {
            let texts: Vec<String> = texts.iter().map(|t| t.to_string()).collect();
            assert_eq!(teasers(&texts, fragment), *want, "{texts:?}");
        }
    }
}
