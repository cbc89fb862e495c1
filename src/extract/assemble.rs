//! The article's quotes and people as printed, from the quotes attributed and the people found:
//! each quote's words and its offsets in characters, its speaker as the attribution introduces
//! them and the person behind it; each person's name, forms and counts, the most mentioned
//! first.

use crate::article::{Person, Quote};
use crate::extract::attribution::{without_place_or_owner, Attributed, Attributor, Speaker};
use crate::extract::people::People;
use crate::extract::quotes::{self, QuotedSpan};
use crate::extract::text::{Doc, Shape};

/// The quotes of the article, in text order, from the quotes `attributed` (of `spans`) less
/// the teasers of a longer quote; and how many quotes each person of `people` said.
pub(super) fn quotes(
    doc: &Doc,
    spans: &[QuotedSpan],
    attributed: &[Attributed],
    people: &People,
    attributor: &Attributor,
) -> (Vec<Quote>, Vec<u32>) {
    let texts: Vec<String> = attributed
        .iter()
        .map(|q| span_text(doc, &spans[q.span]))
        .collect();
    // (a quote that words before introduce is said, not teased: “With boats?” after "he
    // asked," is a question of its own, though its answer repeats it)
    let fragments: Vec<bool> = attributed
        .iter()
        .map(|q| q.fragment && !spans[q.span].introduced(doc))
        .collect();
    let teasers = quotes::teasers(&texts, &fragments);
    let mut counts = vec![0u32; people.entities.len()];
    let mut offsets = CharOffsets {
        text: doc.text,
        last: (0, 0),
    };
    let mut out = Vec::new();
    for ((q, text), teaser) in attributed.iter().zip(texts).zip(teasers) {
        if teaser {
            continue;
        }
        let (speaker, person) = match &q.speaker {
            Some(Speaker::Person(e, named_at)) => {
                counts[*e] += 1;
                let name = &people.entities[*e].name;
                (
                    Some(described(name, *named_at, attributor)),
                    Some(name.clone()),
                )
            }
            // ("a Sony spokesman" speaks for Sony)
            Some(Speaker::Named(n)) => (
                Some(without_place_or_owner(attributor.voiced_body(n).unwrap_or(n)).into_owned()),
                None,
            ),
            None => (None, None),
        };
        let span = &spans[q.span];
        let (a, b) = (span.first(), span.last_piece_end());
        let (start, end) = offsets.of(doc.tokens[a].start, doc.tokens[b - 1].end);
        out.push(Quote {
            text,
            speaker,
            person,
            start,
            end,
        });
    }
    (out, counts)
}

/// A person's name, with the description that follows it where the attribution names them
/// (`named_at`, the token after the name): "Ben Ott, a labor economist".
fn described(name: &str, named_at: Option<usize>, attributor: &Attributor) -> String {
    match named_at.and_then(|at| attributor.description_after(at)) {
        Some(d) => format!("{name}{d}"),
        None => name.to_string(),
    }
}

/// The people of the article who are mentioned, the most mentioned first (then the first
/// introduced), with how many quotes each said (`quote_counts`).
pub(super) fn people(people: &People, quote_counts: &[u32]) -> Vec<Person> {
    let mut order: Vec<usize> = (0..people.entities.len())
        .filter(|&e| people.entities[e].mentions > 0)
        .collect();
    order.sort_by_key(|&e| {
        (
            std::cmp::Reverse(people.entities[e].mentions),
            people.entities[e].first_tok,
        )
    });
    order
        .into_iter()
        .map(|e| {
            let ent = &people.entities[e];
            Person {
                name: ent.name.clone(),
                mentions: ent.mentions,
                quotes: quote_counts[e],
                forms: ent.forms.clone(),
            }
        })
        .collect()
}

/// Character offsets of the byte offsets of a text, counted on from the last one asked: the
/// quotes come in text order, and the text is read once.
struct CharOffsets<'a> {
    text: &'a str,
    /// The byte offset and the character offset of the last start asked.
    last: (usize, usize),
}

impl CharOffsets<'_> {
    /// The character offsets of the bytes `start` and `end`.
    fn of(&mut self, start: usize, end: usize) -> (usize, usize) {
        let text = self.text;
        self.last = if start >= self.last.0 {
            (
                start,
                self.last.1 + text[self.last.0..start].chars().count(),
            )
        } else {
            (start, text[..start].chars().count())
        };
        let chars = self.last.1;
        (chars, chars + text[start..end].chars().count())
    }
}

/// The words of a span, pieces joined by a space, whitespace folded; but pieces that the
/// article's own words part, where the first stops short of any mark ("“… persuade the
/// Palestinians” to hold up their plans, Indyk said. “That has …”"), are joined by an
/// ellipsis: the words left out ran on the sentence.
fn span_text(doc: &Doc, span: &QuotedSpan) -> String {
    let mut out = String::new();
    let mut push = |w: &str| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    };
    let mut last: Option<usize> = None;
    for &(a, b) in &span.pieces {
        if b <= a {
            continue;
        }
        if last.is_some_and(|end| cut_short(doc, end, a)) {
            push("…");
        }
        last = Some(b);
        let piece = &doc.text[doc.tokens[a].start..doc.tokens[b - 1].end];
        // ASCII text whose every space is one ' ' (most quotes) is its own words joined.
        if is_singly_spaced_ascii(piece) {
            push(piece);
        } else if piece.is_ascii() {
            // (split at bytes: the same words as `split_whitespace`, without decoding)
            piece
                .split([' ', '\t', '\n', '\x0b', '\x0c', '\r'])
                .filter(|w| !w.is_empty())
                .for_each(&mut push);
        } else {
            piece.split_whitespace().for_each(&mut push);
        }
    }
    out
}

/// Whether a piece of a quote that ends before token `end` stops short, the next piece
/// starting at token `next`: it ends with a word, and words of the article stand before the
/// next piece.
fn cut_short(doc: &Doc, end: usize, next: usize) -> bool {
    doc.tokens[end - 1].shape != Shape::Punct
        && doc.tokens[end..next].iter().any(|t| t.shape == Shape::Word)
}

/// Whether `s` is ASCII with no whitespace but single spaces between other characters.
/// (Each test is a pass over the whole text that runs many bytes at a time: an ASCII byte
/// is whitespace other than a space, or the vertical tab, when it is one of 9 to 13.)
fn is_singly_spaced_ascii(s: &str) -> bool {
    let b = s.as_bytes();
    b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && s.is_ascii()
        && !b
            .iter()
            .fold(false, |found, &c| found | (9..=13).contains(&c))
        && memchr::memmem::find(b, b"  ").is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::{check, Cases};

    /// A fragment that a longer quote near it repeats is a teaser and dropped; not a quote that
    /// words before introduce.
    #[test]
    fn teasers_dropped() {
        let cases: Cases = &[
            (
                "Ann Lee met Tom Okoro. Okoro called it a “fresh start” for the town. “This is a fresh start for all of us,” Okoro said.",
                &[(
                    "This is a fresh start for all of us,",
                    Some("Tom Okoro"),
                    Some("Tom Okoro"),
                )],
            ),
            (
                "Ann Lee met Tom Okoro.\n\nOkoro then asked, “With boats?”\n\n“Including with boats, yes,” Lee replied.",
                &[
                    ("With boats?", Some("Tom Okoro"), Some("Tom Okoro")),
                    ("Including with boats, yes,", Some("Ann Lee"), Some("Ann Lee")),
                ],
            ),
        ];
        check(cases);
    }

    /// The parts of a quote that its attribution splits are joined by a space; by an ellipsis
    /// where the first stops short of any mark, the sentence running on outside the marks.
    #[test]
    fn parts_joined() {
        let cases: Cases = &[
            (
                "“We are going up,” Ann Lee said, “and we are not stopping.”",
                &[(
                    "We are going up, and we are not stopping.",
                    Some("Ann Lee"),
                    Some("Ann Lee"),
                )],
            ),
            (
                "“It is hard to see what could persuade them” to wait, Ann Lee said. “That has nothing to do with talks.”",
                &[(
                    "It is hard to see what could persuade them … That has nothing to do with talks.",
                    Some("Ann Lee"),
                    Some("Ann Lee"),
                )],
            ),
            // the paragraphs of one quote are joined by a space, whatever their last word
            (
                "Ann Lee said: “We lost the vote\n\n“We go on.”",
                &[(
                    "We lost the vote We go on.",
                    Some("Ann Lee"),
                    Some("Ann Lee"),
                )],
            ),
        ];
        check(cases);
    }

    /// The fast path of `span_text` takes only text that `split_whitespace` leaves as it is.
    #[test]
    fn singly_spaced_ascii() {
        for (s, want) in [
            ("We won, it said.", true),
            ("We  won", false),
            ("We\twon", false),
            ("We\nwon", false),
            ("We\x0bwon", false),
            ("We\u{a0}won", false),
            ("Zoë won", false),
        ] {
            assert_eq!(is_singly_spaced_ascii(s), want, "{s:?}");
            if want {
                assert_eq!(s.split_whitespace().collect::<Vec<_>>().join(" "), s);
            }
        }
    }
}
