//! Direct quotes: the spans of text between quotation marks that are speech, found in three
//! steps, one module each: [`marks`] reads the spans between quotation marks (any style,
//! nested, across paragraphs), [`titles`] tells the titles of works and scare quotes from
//! speech, and [`join`] makes one quote of the parts of a statement that its attribution
//! splits. Who said each quote is [`super::attribution`]'s work; a quote that only teases a
//! longer one is dropped after ([`teasers`](mod@teasers)).

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

    /// Whether a comma or a colon stands right before the opening mark: words before introduce
    /// the quote ("Okoro then asked, “With boats?”").
    pub(crate) fn introduced(&self, doc: &Doc) -> bool {
        self.open > 0 && (doc.is(self.open - 1, ',') || doc.is(self.open - 1, ':'))
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

/// The spans of `text` as the quote tables write them: each span's pieces (paragraphs, or
/// the parts of a joined statement) joined by " | ".
#[cfg(test)]
fn spans_of(text: &str) -> Vec<String> {
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
