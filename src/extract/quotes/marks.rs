//! The spans between quotation marks: curly, straight, guillemets and low marks, a single
//! quotation inside a double one, a quote that runs over paragraphs (each new paragraph
//! reopening it), and a quote left open at the end of its paragraph.

use super::{opening, QuotedSpan};
use crate::extract::text::{Doc, Shape};

/// Find the quotation spans of `doc` and mark their tokens as quoted.
pub(super) fn find(doc: &mut Doc) -> Vec<QuotedSpan> {
    let mut spans = Reader::read(doc);
    spans.retain(|s| s.pieces.iter().any(|(a, b)| b > a));
    for s in &spans {
        for &(a, b) in &s.pieces {
            for t in &mut doc.tokens[a..b] {
                t.in_quote = true;
            }
        }
    }
    spans
}

/// A quote being read.
struct OpenQuote {
    /// The token of its opening mark.
    open: usize,
    /// The opening mark.
    kind: char,
    /// Where its current piece (paragraph) started.
    piece_start: usize,
    /// Its finished pieces.
    pieces: Vec<(usize, usize)>,
}

impl OpenQuote {
    fn new(open: usize, kind: char, piece_start: usize) -> OpenQuote {
        OpenQuote {
            open,
            kind,
            piece_start,
            pieces: Vec::new(),
        }
    }

    /// The quote closed by the token `close`, its last piece ending before `end`.
    fn closed(mut self, end: usize, close: usize) -> QuotedSpan {
        self.pieces.push((self.piece_start, end));
        QuotedSpan {
            open: self.open,
            close,
            pieces: self.pieces,
            joined: None,
            between: None,
        }
    }
}

/// Reads the quotation marks of a text in order.
struct Reader<'d, 'a> {
    doc: &'d Doc<'a>,
    /// The quote open, if any.
    open: Option<OpenQuote>,
    /// Whether a single quotation is open inside the (double) quote open.
    nested: bool,
    /// The quotes read.
    spans: Vec<QuotedSpan>,
}

impl<'d, 'a> Reader<'d, 'a> {
    /// The spans between the quotation marks of `doc`.
    fn read(doc: &'d Doc<'a>) -> Vec<QuotedSpan> {
        let mut reader = Reader {
            doc,
            open: None,
            nested: false,
            spans: Vec::new(),
        };
        let n = doc.tokens.len();
        let mut i = 0;
        while i < n {
            if i > 0 && doc.tokens[i].para != doc.tokens[i - 1].para && reader.goes_on_at(i) {
                // (the new paragraph's opening mark is skipped)
                i += 1;
                continue;
            }
            i += if doc.tokens[i].shape == Shape::Punct {
                reader.mark(i)
            } else {
                1
            };
        }
        if let Some(quote) = reader.open.take() {
            if reader.at_para_start(quote.open) {
                reader.spans.push(quote.closed(n, n));
            }
        }
        reader.spans
    }

    /// Whether token `o` opens its paragraph.
    fn at_para_start(&self, o: usize) -> bool {
        o == 0 || self.doc.tokens[o - 1].para != self.doc.tokens[o].para
    }

    /// At token `i`, the first of a paragraph: whether the quote open goes on in this
    /// paragraph (it opens with a quotation mark again). Else the quote ends with the paragraph
    /// before, kept when it opened a paragraph (a quote left open inside one is no quote).
    fn goes_on_at(&mut self, i: usize) -> bool {
        let doc = self.doc;
        let Some(mut quote) = self.open.take() else {
            return false;
        };
        let c = doc.first_char(i);
        if doc.tokens[i].shape == Shape::Punct && (opening(c) || c == '"') {
            quote.pieces.push((quote.piece_start, i));
            quote.piece_start = i + 1;
            self.open = Some(quote);
            return true;
        }
        if self.at_para_start(quote.open) {
            self.spans.push(quote.closed(i, i));
        }
        false
    }

    /// Reads the punctuation token `i`, which may be a quotation mark, and returns how many
    /// tokens it takes (two apostrophes stand for a double mark in some archives: ''Yes,'' he
    /// said).
    fn mark(&mut self, i: usize) -> usize {
        let doc = self.doc;
        let t = doc.tokens[i];
        let mut c = doc.first_char(i);
        let mut width = 1;
        if c == '\''
            && doc.tokens.get(i + 1).is_some_and(|n| n.start == t.end)
            && doc.is(i + 1, '\'')
        {
            c = '"';
            width = 2;
        }
        let after = i + width;
        let next_is_word = doc
            .tokens
            .get(after)
            .is_some_and(|n| n.start == doc.tokens[after - 1].end && n.shape != Shape::Punct);
        let prev_touches = i > 0 && doc.tokens[i - 1].end == t.start;
        // A single quotation inside a double one (“He told me ‘never’.”), and a single
        // closing mark misused to close the double one (“We can do it.’ Then ...).
        let prev_stop = i > 0 && matches!(doc.first_char(i - 1), '.' | '!' | '?') && prev_touches;
        let double_open = self.open.as_ref().is_some_and(|q| q.kind != '‘');
        if double_open && c == '‘' && next_is_word {
            self.nested = true;
        } else if double_open && c == '’' && !next_is_word && self.nested {
            self.nested = false;
            return width;
        } else if double_open && c == '’' && !next_is_word && !self.nested && prev_stop {
            c = '”';
        }
        self.open_or_close(i, c, after, next_is_word, prev_touches);
        if self.open.is_none() {
            self.nested = false;
        }
        width
    }

    /// Opens a quote at mark `c` (token `i`, its content from `after`), or closes the one
    /// open, as the mark, the quote open and the characters around the mark say.
    fn open_or_close(
        &mut self,
        i: usize,
        c: char,
        after: usize,
        next_is_word: bool,
        prev_touches: bool,
    ) {
        match (&self.open, c) {
            (None, '“' | '«' | '„' | '"') => self.open = Some(OpenQuote::new(i, c, after)),
            (None, '”') if next_is_word && !prev_touches => {
                self.open = Some(OpenQuote::new(i, c, after))
            }
            (None, '‘') if next_is_word => self.open = Some(OpenQuote::new(i, c, after)),
            // A closing mark, or an opening one misused as a closer: “expedited review“ of.
            (Some(quote), '”' | '»' | '"' | '“')
                if quote.kind != '‘' && (c != '“' || (prev_touches && !next_is_word)) =>
            {
                if let Some(quote) = self.open.take() {
                    self.spans.push(quote.closed(i, after - 1));
                }
            }
            (Some(quote), '’') if quote.kind == '‘' && !next_is_word => {
                if let Some(quote) = self.open.take() {
                    self.spans.push(quote.closed(i, i));
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::quotes::spans_of;
    use crate::extract::testing::{check, Cases};

    /// The spans between marks: every style, a single quotation inside a double one, a mark
    /// misused, a quote across paragraphs, a quote left open in its paragraph (none).
    #[test]
    fn spans_between_marks() {
        let cases: &[(&str, &[&str])] = &[
            ("He said “yes.”", &["yes."]),
            ("He said \"yes.\"", &["yes."]),
            ("«Oui», dit-il.", &["Oui"]),
            ("''It is,'' he said.", &["It is,"]),
            // an opening mark misused as a closer; a single closing mark closing a double one
            (
                "It asked for an “expedited review“ of the pipes.",
                &["expedited review"],
            ),
            (
                "She tweeted: “We can stop it.’ Then she left.",
                &["We can stop it."],
            ),
            // single quotations inside a double one; a single one alone; an apostrophe
            (
                "“He said ‘no.’ I left,” she said.",
                &["He said ‘no.’ I left,"],
            ),
            ("“He told me ‘never’,” she said.", &["He told me ‘never’,"]),
            ("It was 5 o’clock, the ‘quiet’ hour.", &["quiet"]),
            // across paragraphs, each reopened; left open inside a paragraph: no quote
            ("“One.\n\n“Two.”", &["One. | Two."]),
            ("A stray “mark here.\n\nNext para.", &[]),
        ];
        for (input, want) in cases {
            assert_eq!(spans_of(input), *want, "{input:?}");
        }
    }

    /// Quotation marks of every style, and quotes across paragraphs, in an article.
    #[test]
    fn marked_quotes() {
        let cases: Cases = &[
            // quote across paragraphs
            (
                "Omar Diaz said:\n\n“First part.\n\n“Second part.”",
                &[(
                    "First part. Second part.",
                    Some("Omar Diaz"),
                    Some("Omar Diaz"),
                )],
            ),
            // straight apostrophe pairs as quotation marks
            (
                "''It is late,'' Mr. Gao said.",
                &[("It is late,", Some("Gao"), Some("Gao"))],
            ),
        ];
        check(cases);
    }
}
