//! Extraction never panics, whatever the text, and what it returns points into the body.

use super::*;
use proptest::prelude::*;

fn check(text: &str) {
    let a = extract(text);
    let chars = a.body.chars().count();
    for q in &a.quotes {
        assert!(q.start <= q.end && q.end <= chars, "{q:?} in {chars} chars");
        assert!(q.speaker.as_deref() != Some(""), "{q:?}");
    }
    for p in &a.people {
        assert!(!p.name.is_empty() && p.mentions > 0, "{p:?}");
    }
}

/// Pieces of news text, shuffled into article-shaped nonsense.
const PIECES: &[&str] = &[
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "''",
    "«",
    "»",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    ".",
    ",",
    ":",
    "—",
    "(",
    ")",
    "said",
    "says",
    "told",
    "according to",
    "she",
    "he",
    "the senator",
    "Mr.",
    "Hillary Clinton",
    "Clinton",
    "Jared Kushner",
    "Dr. Samuel Osei",
    "the White House",
    "Reuters",
    "(Reuters) -",
    "©",
    "St. Louis",
    "Morgan Stanley",
    "O’Malley",
    "José Álvarez",
    "J.",
    "van der",
    "of",
    "a",
    "spokesman",
    "wrote",
    "added",
    "We",
    "will",
    "win",
    "é",
    "🙂",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_string(text in "\\PC*") {
        check(&text);
    }

    #[test]
    fn any_bytes_as_text(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        check(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn article_shaped(pieces in proptest::collection::vec(0..PIECES.len(), 0..300)) {
        let text: String = pieces.iter().map(|&i| PIECES[i]).collect();
        check(&text);
    }
}

#[test]
fn pathological_inputs_finish() {
    // A million quotation marks; one long line of names and quotes; deep nesting of marks.
    let cases = [
        "\"".repeat(1_000_000),
        "Smith said “yes,” she added. Mr. Brown of Clinton ".repeat(20_000),
        "“‘«".repeat(100_000),
        "A".repeat(2_000_000),
    ];
    for text in &cases {
        check(text);
    }
}
