//! Direct quotes: the spans of text between quotation marks that are speech, found in three
//! steps, one module each: [`marks`] reads the spans between quotation marks (any style,
//! nested, across paragraphs), [`titles`] tells the titles of works and scare quotes from
//! speech, and [`join`] makes one quote of the parts of a statement that its attribution
//! splits. Who said each quote is [`super::attribution`]'s work; a quote that only teases a
//! longer one is dropped after ([`teasers`]).

mod join;
mod marks;
mod teasers;
mod titles;

pub(crate) use teasers::teasers;
pub(crate) use titles::is_title_or_scare;

use super::text::Doc;

/// A span of text between quotation marks, by token index (distinct from the index's
/// [`crate::spans::Span`], a quote's stretch of word positions).
#[derive(Debug, Clone)]
pub(crate) struct QuotedSpan {
    /// The opening mark.
    pub(crate) open: usize,
    /// The closing mark, or one past the last content token when the quote was left open at the
    /// end of its paragraph.
    pub(crate) close: usize,
    /// Content token ranges (one per paragraph of a multi-paragraph quote).
    pub(crate) pieces: Vec<(usize, usize)>,
    /// Content of a second span joined to this one across its attribution ("A," she said, "B").
    pub(crate) joined: Option<usize>,
    /// The tokens between the two parts of a joined quote.
    pub(crate) between: Option<(usize, usize)>,
}

impl QuotedSpan {
    /// The first content token.
    pub(crate) fn first(&self) -> usize {
        self.pieces[0].0
    }
    /// One past the last content token.
    pub(crate) fn last_piece_end(&self) -> usize {
        self.pieces[self.pieces.len() - 1].1
    }

    /// Whether span `s` is part of a sentence rather than a sentence of its own.
    pub(crate) fn is_fragment(&self, doc: &Doc) -> bool {
        let sp = self;
        let b = sp.last_piece_end();
        let starts_sentence = sp.open == 0
            || doc.tokens[sp.open - 1].sent != doc.tokens[sp.open].sent
            || doc.tokens[sp.open - 1].para != doc.tokens[sp.open].para
            || doc.is(sp.open - 1, ':');
        let ends_sentence = b > 0
            && (doc.is(b - 1, '.')
                || doc.is(b - 1, '!')
                || doc.is(b - 1, '?')
                || doc.is(b - 1, ','));
        !(starts_sentence || (ends_sentence && b - sp.first() > 6))
    }
}

/// Whether `c` opens a quotation (a straight mark may open or close one).
pub(crate) fn opening(c: char) -> bool {
    matches!(c, '“' | '«' | '„' | '‘')
}

/// The quotes of `doc`, in text order: the spans between quotation marks (their tokens marked
/// as quoted), less the titles of works and scare quotes (unmarked again), with the parts of one
/// statement joined.
pub(crate) fn find(doc: &mut Doc) -> Vec<QuotedSpan> {
    let spans = marks::find(doc);
    let mut spans = titles::drop_titles(doc, spans);
    join::join_split(doc, &mut spans);
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<String> {
        let mut doc = Doc::new(text);
        let mut s = marks::find(&mut doc);
        join::join_split(&doc, &mut s);
        s.iter()
            .map(|sp| {
                sp.pieces
                    .iter()
                    .filter(|(a, b)| b > a)
                    .map(|&(a, b)| &doc.text[doc.tokens[a].start..doc.tokens[b - 1].end])
                    .collect::<Vec<_>>()
                    .join(" | ")
            })
            .collect()
    }

    #[test]
    fn quote_spans() {
        let cases: &[(&str, &[&str])] = &[
            ("He said “yes.”", &["yes."]),
            ("He said \"yes.\"", &["yes."]),
            ("«Oui», dit-il.", &["Oui"]),
            ("“A,” she said, “b.”", &["A, | b."]),
            ("“A,” she said. “B.”", &["A, | B."]),
            ("“A,” she said. Then she left. “B.”", &["A,", "B."]),
            ("“A,” she wrote. “B.”", &["A, | B."]),
            ("In her book: “A,” she wrote. “B.”", &["A,", "B."]),
            (
                "“I say, ‘Thanks,’” she said. “B.”",
                &["I say, ‘Thanks,’ | B."],
            ),
            ("“A.” He added, “B.”", &["A. | B."]),
            (
                "“A,” he told reporters in Fort Mill, S.C. “B.”",
                &["A, | B."],
            ),
            ("“A,” he said. “B.” “C.”", &["A, | B. | C."]),
            // the next part has an attribution of its own; "adding" starts a second statement
            ("“A,” she said. “B,” she said.", &["A,", "B,"]),
            ("“A,” he said, adding, “B.”", &["A,", "B."]),
            ("“A,” she said, but later, “B.”", &["A,", "B."]),
            (
                "“A,” said Roy Dunn, who voted for X but not Y. “B.”",
                &["A, | B."],
            ),
            ("“A,” she said.\n\n“B.”", &["A, | B."]),
            ("“A,” she said.\n\n“B,” he said.", &["A,", "B,"]),
            ("“A,” she wrote, “b.”", &["A, | b."]),
            ("“A,” he tweeted. “B.”", &["A, | B."]),
            (
                "It asked for an “expedited review“ of the pipes.",
                &["expedited review"],
            ),
            (
                "She tweeted: “We can stop it.’ Then she left.",
                &["We can stop it."],
            ),
            (
                "“He said ‘no.’ I left,” she said.",
                &["He said ‘no.’ I left,"],
            ),
            ("''It is,'' he said.", &["It is,"]),
            ("“One.\n\n“Two.”", &["One. | Two."]),
            ("“He told me ‘never’,” she said.", &["He told me ‘never’,"]),
            ("It was 5 o’clock, the ‘quiet’ hour.", &["quiet"]),
            ("A stray “mark here.\n\nNext para.", &[]),
        ];
        for (input, want) in cases {
            assert_eq!(spans(input), *want, "{input:?}");
        }
    }
}
