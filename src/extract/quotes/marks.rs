//! The spans between quotation marks: curly, straight, guillemets and low marks, a single
//! quotation inside a double one, a quote that runs over paragraphs (each new paragraph
//! reopening it) or over sentences (each new sentence reopening it, as British outlets write:
//! "We lost. "It hurts," he said.), and a quote left open at the end of its paragraph.
//!
//! A straight mark `"` may open or close a quote: its shape says which (an opener stands after
//! a space and before a word, a closer after a word and before a space or a stop), and the
//! marks before it only when its shape does not.

use super::{opening, QuotedSpan};
use crate::extract::text::{is_unspaced_script, Doc, Shape};

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

/// What the characters around a straight quotation mark say it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MarkShape {
    /// After a space (or the start, a bracket, a dash) and before a word: "Yes
    Opener,
    /// After a word or a stop and before a space or a stop: yes." or yes",
    Closer,
    /// Spaces on both sides, or words on both: the marks before it decide.
    Ambiguous,
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
    /// How many straight quotations are open inside the straight quote open ("He called it
    /// "madness" and left.").
    nested_straight: u32,
    /// How many curly double quotations are open inside the curly quote open (“People
    /// wearing “Settle For Hillary” shirts.”).
    nested_curly: u32,
    /// The closing mark of the last such quotation, in the paragraph: where the quote ends
    /// when its own closing mark is missing (“… to Republican arguments “that tax cuts will
    /// pay for themselves.”¶), as if that mark had closed both.
    nested_close: Option<usize>,
    /// The quotes read.
    spans: Vec<QuotedSpan>,
    /// Whether straight single marks are the text's quotation marks: it has no double mark of
    /// any kind ('We lost,' he said.), as some outlets and most archives of them write. (Found
    /// out at the first straight single mark that stands alone.)
    singles: Option<bool>,
}

impl<'d, 'a> Reader<'d, 'a> {
    /// The spans between the quotation marks of `doc`.
    fn read(doc: &'d Doc<'a>) -> Vec<QuotedSpan> {
        let mut reader = Reader {
            doc,
            open: None,
            nested: false,
            nested_straight: 0,
            nested_curly: 0,
            nested_close: None,
            spans: Vec::new(),
            singles: None,
        };
        let tokens = &doc.tokens[..];
        let n = tokens.len();
        let mut i = 0;
        while i < n {
            if i > 0 && tokens[i].para != tokens[i - 1].para && reader.goes_on_at(i) {
                // (the new paragraph's opening mark is skipped)
                i += 1;
                continue;
            }
            if tokens[i].shape == Shape::Punct {
                i += reader.mark(i);
                continue;
            }
            i += 1;
            // (the words and numbers after it in its paragraph, most tokens, are passed over
            // in one go: nothing is read at them)
            while i < n && tokens[i].shape != Shape::Punct && tokens[i].para == tokens[i - 1].para {
                i += 1;
            }
        }
        if let Some(quote) = reader.open.take() {
            if let Some(close) = reader.nested_close {
                reader.spans.push(quote.closed(close, close));
            } else if reader.at_para_start(quote.open) || reader.ends_like_speech(&quote, n) {
                reader.spans.push(quote.closed(n, n));
            }
        }
        reader.spans
    }

    /// Whether `quote`, opened inside a paragraph and left open at its end (token `end` is
    /// the next paragraph's first), is speech whose closing mark the writer left out: a
    /// sentence or more ("…," he said. "What doesn't kill you makes you stronger.¶), not a
    /// stray mark ("a 12in "single" …).
    fn ends_like_speech(&self, quote: &OpenQuote, end: usize) -> bool {
        let doc = self.doc;
        if quote.kind != '"' {
            return false;
        }
        let last = end.saturating_sub(1);
        let stop = |t: usize| matches!(doc.first_char(t), '.' | '!' | '?');
        let ends_sentence = last > quote.piece_start
            && doc.tokens[last].shape == Shape::Punct
            && (stop(last) || (matches!(doc.first_char(last), '\'' | '’') && stop(last - 1)));
        let words = (quote.piece_start..end)
            .chain(quote.pieces.iter().flat_map(|&(a, b)| a..b))
            .filter(|&t| doc.tokens[t].shape != Shape::Punct)
            .count();
        ends_sentence && words >= 4
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
        let reopens = opening(c) || c == '"' || (c == '\'' && self.quotes_with_singles());
        self.nested_curly = 0;
        let nested_close = self.nested_close.take();
        if doc.tokens[i].shape == Shape::Punct && reopens {
            quote.pieces.push((quote.piece_start, i));
            quote.piece_start = i + 1;
            self.open = Some(quote);
            return true;
        }
        self.nested_straight = 0;
        if let Some(close) = nested_close {
            self.spans.push(quote.closed(close, close));
        } else if self.at_para_start(quote.open) || self.ends_like_speech(&quote, i) {
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
        // (most punctuation is no quotation mark: the reading below leaves it as it is but for
        // the end of a nesting, as after any mark with no quote open)
        if !matches!(c, '\'' | '"' | '“' | '”' | '‘' | '’' | '«' | '»' | '„') {
            if self.open.is_none() {
                self.nested = false;
                self.nested_straight = 0;
                self.nested_curly = 0;
                self.nested_close = None;
            }
            return 1;
        }
        // A straight double mark typed for an apostrophe, as some wire archives have it
        // ("Nigeria"s", "don"t"), opens and closes nothing.
        if c == '"' && self.typed_for_apostrophe(i) {
            return 1;
        }
        // An inch mark, not a quotation mark: 6’2”, 5'10".
        if matches!(c, '”' | '"') && self.after_feet(i) {
            return 1;
        }
        let mut width = 1;
        if c == '\''
            && doc.tokens.get(i + 1).is_some_and(|n| n.start == t.end)
            && doc.is(i + 1, '\'')
        {
            c = '"';
            width = 2;
        } else if c == '\'' && self.quotes_with_singles() {
            // A straight single mark is read as the curly one its shape stands for; one that
            // stands for left-out letters ('90s, rock 'n' roll) is an apostrophe.
            c = if self.shape(i, i + 1) == MarkShape::Opener && !self.elision(i + 1) {
                '‘'
            } else {
                '’'
            };
        }
        let after = i + width;
        let next_is_word = doc
            .tokens
            .get(after)
            .is_some_and(|n| n.start == doc.tokens[after - 1].end && n.shape != Shape::Punct);
        let prev_touches = i > 0 && doc.glued(i - 1);
        // A single quotation inside a double one (“He told me ‘never’.”), and a single
        // closing mark misused to close the double one (“We can do it.’ Then ...).
        let prev_stop = i > 0 && matches!(doc.first_char(i - 1), '.' | '!' | '?') && prev_touches;
        let double_open = self.open.as_ref().is_some_and(|q| q.kind != '‘');
        // (a straight single mark that opens a word inside a double quotation opens a nested
        // one too, whichever mark closes it: “He said, 'We must win.’”)
        let straight_opener = c == '\''
            && next_is_word
            && self.shape(i, after) == MarkShape::Opener
            && !self.elision(after);
        if double_open && (c == '‘' || straight_opener) && next_is_word {
            self.nested = true;
        } else if double_open && c == '’' && !next_is_word && self.nested {
            self.nested = false;
            return width;
        } else if double_open && c == '’' && !next_is_word && !self.nested && prev_stop {
            c = '”';
        }
        // A curly double quotation inside a curly one, opened inside a sentence (not the
        // mark that reopens a quote at each sentence: “We lost. “It hurts.”): its closing
        // mark closes it, not the quote.
        let curly_open = self.open.as_ref().is_some_and(|q| q.kind == '“');
        if curly_open && c == '“' && next_is_word && !prev_touches && !self.after_stop(i) {
            self.nested_curly += 1;
            return width;
        }
        if curly_open && c == '”' && self.nested_curly > 0 {
            self.nested_curly -= 1;
            self.nested_close = Some(i);
            return width;
        }
        if c == '"' && self.open.as_ref().is_none_or(|q| q.kind == '"') {
            self.straight(i, after);
        } else {
            self.open_or_close(i, c, after, next_is_word, prev_touches);
        }
        if self.open.is_none() {
            self.nested = false;
            self.nested_straight = 0;
            self.nested_curly = 0;
            self.nested_close = None;
        }
        width
    }

    /// Whether the straight double mark at token `i` stands for an apostrophe: a word touches
    /// it before, and after it, touching it too, the end of a possessive or a contraction
    /// ("Nigeria"s", "don"t", "we"re") that ends there.
    fn typed_for_apostrophe(&self, i: usize) -> bool {
        let doc = self.doc;
        let touching_word = |k: usize| {
            doc.tokens.get(k).is_some_and(|n| n.shape == Shape::Word)
                && (if k < i { doc.glued(k) } else { doc.glued(i) })
        };
        i > 0
            && touching_word(i - 1)
            && touching_word(i + 1)
            && matches!(doc.word(i + 1), "s" | "t" | "re" | "ve" | "ll" | "d" | "m")
            && !doc
                .tokens
                .get(i + 2)
                .is_some_and(|n| n.start == doc.tokens[i + 1].end && n.shape != Shape::Punct)
    }

    /// Whether the double mark at token `i` follows a height in feet and inches written with
    /// marks: a number of feet, a single mark and inches, all touching (6’2”, 5'10").
    fn after_feet(&self, i: usize) -> bool {
        let doc = self.doc;
        i >= 1
            && doc.tokens[i - 1].shape == Shape::Number
            && doc.glued(i - 1)
            && doc.word(i - 1).contains(['’', '\''])
    }

    /// Whether a number stands right before token `i`, touching it.
    fn after_number(&self, i: usize) -> bool {
        i > 0 && self.doc.tokens[i - 1].shape == Shape::Number && self.doc.glued(i - 1)
    }

    /// Whether a word or a number stands right before token `i`.
    fn after_word(&self, i: usize) -> bool {
        i > 0 && self.doc.tokens[i - 1].shape != Shape::Punct
    }

    /// Reads a straight mark (token `i`, what follows it from `after`), with no quote open or a
    /// straight one, by its shape: an opener opens a quote, or inside one after a sentence's
    /// stop goes on with it ("We lost. "It hurts."), or elsewhere opens a quotation inside it;
    /// a closer closes the innermost quotation open, or is a stray mark when none is ("5ft
    /// 10""); a mark of neither shape opens or closes as the marks before it say.
    fn straight(&mut self, i: usize, after: usize) {
        let shape = self.shape(i, after);
        let goes_on = shape == MarkShape::Opener && self.after_stop(i);
        let Some(quote) = self.open.as_mut() else {
            // (a mark right after a number opens nothing: an inch mark, "a 70"+ TV")
            if shape != MarkShape::Closer && !self.after_number(i) {
                self.open = Some(OpenQuote::new(i, '"', after));
            }
            return;
        };
        if shape == MarkShape::Opener {
            if goes_on && self.nested_straight == 0 {
                quote.pieces.push((quote.piece_start, i));
                quote.piece_start = after;
            } else {
                self.nested_straight += 1;
            }
        } else if self.nested_straight > 0 {
            self.nested_straight -= 1;
        } else if let Some(quote) = self.open.take() {
            self.spans.push(quote.closed(i, after - 1));
        }
    }

    /// The shape of the straight mark at token `i`, what follows it from `after`.
    fn shape(&self, i: usize, after: usize) -> MarkShape {
        let doc = self.doc;
        let t = doc.tokens[i];
        // (after the line's start, a space, or an opening bracket or a dash)
        let space_before = i == 0
            || doc.tokens[i - 1].end != t.start
            || matches!(
                doc.first_char(i - 1),
                '(' | '[' | '{' | '—' | '–' | '-' | '/'
            );
        let next = doc
            .tokens
            .get(after)
            .filter(|n| n.start == doc.tokens[after - 1].end);
        let stop_after = next.is_some_and(|n| {
            n.shape == Shape::Punct
                && matches!(
                    doc.first_char(after),
                    ',' | '.' | ';' | ':' | ')' | '!' | '?'
                )
        });
        // (what a quotation may open with: a word, a number, an ellipsis, a bracket, a quotation
        // inside it, a currency)
        let text_after = next.is_some_and(|n| {
            n.shape != Shape::Punct
                || matches!(
                    doc.first_char(after),
                    '.' | '…' | '(' | '[' | '\'' | '‘' | '$' | '£' | '€' | '-' | '—'
                )
        });
        match (space_before, next.is_some()) {
            (true, true) if text_after && !stop_after => MarkShape::Opener,
            (false, false) => MarkShape::Closer,
            (false, true) if stop_after => MarkShape::Closer,
            _ => MarkShape::Ambiguous,
        }
    }

    /// Whether the text's straight single marks are its quotation marks: it has no double
    /// mark (nor two apostrophes standing for one).
    fn quotes_with_singles(&mut self) -> bool {
        let text = self.doc.text;
        // (a search for each mark: one for any of a set reads the text a character at a time)
        *self.singles.get_or_insert_with(|| {
            !["\"", "“", "”", "«", "»", "„", "''"]
                .iter()
                .any(|m| text.contains(m))
        })
    }

    /// Whether the word at token `w`, right after an apostrophe-like mark, is what is left of
    /// a word whose first letters the mark stands for: a decade ('90s), "'n'", "'em", "'til", or
    /// a contraction's end cut from its word ("'s", "'ll").
    fn elision(&self, w: usize) -> bool {
        let doc = self.doc;
        let Some(t) = doc.tokens.get(w) else {
            return false;
        };
        let word = doc.word(w);
        match t.shape {
            Shape::Number => word.len() == 2 || (word.len() == 3 && word.ends_with('s')),
            Shape::Word => [
                "s", "d", "ll", "re", "ve", "n", "em", "til", "cause", "bout", "tis", "twas",
            ]
            .iter()
            .any(|e| word.eq_ignore_ascii_case(e)),
            Shape::Punct => false,
        }
    }

    /// Whether the single closing mark at token `i`, inside a single quotation, is the
    /// apostrophe of a plural's possessive ('The fans' reaction was,' she said): it follows a
    /// word ending in "s" and comes before a word in lower case, and a closing mark comes
    /// later in the paragraph.
    fn plural_possessive(&self, i: usize) -> bool {
        let doc = self.doc;
        let after_plural = i > 0
            && doc.glued(i - 1)
            && doc.tokens[i - 1].shape == Shape::Word
            && doc.word(i - 1).ends_with(['s', 'S']);
        let before_lower = doc
            .tokens
            .get(i + 1)
            .is_some_and(|n| n.shape == Shape::Word && !n.cap && n.start > doc.tokens[i].end);
        if !(after_plural && before_lower) {
            return false;
        }
        let para = doc.tokens[i].para;
        (i + 1..doc.tokens.len())
            .take_while(|&j| doc.tokens[j].para == para)
            .any(|j| {
                doc.tokens[j].shape == Shape::Punct
                    && matches!(doc.first_char(j), '\'' | '’')
                    && doc.glued(j - 1)
                    && doc
                        .tokens
                        .get(j + 1)
                        .is_none_or(|n| n.start > doc.tokens[j].end || n.shape == Shape::Punct)
            })
    }

    /// Whether a sentence ends right before token `i`: a stop, or the closing mark of a
    /// quotation inside after one ("… care.' "And …"), or an abbreviation's dot.
    fn after_stop(&self, i: usize) -> bool {
        let doc = self.doc;
        let stop = |t: usize| {
            (doc.tokens[t].shape == Shape::Punct && matches!(doc.first_char(t), '.' | '!' | '?'))
                || (doc.tokens[t].shape == Shape::Word && doc.word(t).ends_with('.'))
        };
        match i.checked_sub(1) {
            None => false,
            Some(p) if matches!(doc.first_char(p), '\'' | '’' | ')') => p > 0 && stop(p - 1),
            Some(p) => stop(p),
        }
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
            // (not one inside a word, typed for an apostrophe: "Donald Trump‘s attack")
            // (nor one that stands for a year's first digits: "in ‘08 that")
            (None, '‘')
                if next_is_word
                    && !(prev_touches && self.after_word(i))
                    && !(doc_number(self.doc, after) && self.elision(after)) =>
            {
                self.open = Some(OpenQuote::new(i, c, after))
            }
            // A closing mark, or an opening one misused as a closer: “expedited review“ of.
            (Some(quote), '”' | '»' | '"' | '“')
                if quote.kind != '‘' && (c != '“' || (prev_touches && !next_is_word)) =>
            {
                if let Some(quote) = self.open.take() {
                    self.spans.push(quote.closed(i, after - 1));
                }
            }
            // (a particle of a script that glues its particles after the closing mark is no
            // word it stands inside: "‘추억을 간직’하는")
            (Some(quote), '’')
                if quote.kind == '‘'
                    && (!next_is_word || is_unspaced_script(self.doc.first_char(after)))
                    && !self.plural_possessive(i) =>
            {
                if let Some(quote) = self.open.take() {
                    self.spans.push(quote.closed(i, i));
                }
            }
            _ => {}
        }
    }
}

/// Whether token `i` is a number.
fn doc_number(doc: &Doc, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.shape == Shape::Number)
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
            // a closing mark glued to the particle after it, in a script that glues them
            (
                "그는 “좋다”고 말했다. LJ는 ‘사랑하는 사람의 추억을 간직’하는 일을 물었다.",
                &["좋다", "사랑하는 사람의 추억을 간직"],
            ),
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
            // a straight single mark opening the inner one, a curly one closing it
            (
                "\"He said, 'We must win.’\" Ann Lee said.",
                &["He said, 'We must win.’"],
            ),
            ("It was 5 o’clock, the ‘quiet’ hour.", &["quiet"]),
            // an opening single mark typed for an apostrophe inside a word
            (
                "Ann Lee‘s plan was ‘bold,’ he said, ‘really.’",
                &["bold, | really."],
            ),
            // across paragraphs, each reopened; left open inside a paragraph: no quote
            ("“One.\n\n“Two.”", &["One. | Two."]),
            ("A stray “mark here.\n\nNext para.", &[]),
            // a curly quotation inside a curly one, inside a sentence; not the mark that
            // reopens a quote at each sentence
            (
                "She tweeted: “People wearing “Settle For Hillary” shirts. Ouch.” Then she left.",
                &["People wearing “Settle For Hillary” shirts. Ouch."],
            ),
            ("“We lost. “It hurts,” she said.", &["We lost. “It hurts,"]),
            // the quote's own closing mark left out: it ends where the inner one does
            (
                "It says he is “a lot like others, citing arguments “that tax cuts pay.”\n\nNext.",
                &["a lot like others, citing arguments “that tax cuts pay."],
            ),
            // a year's first digits left out, an inch mark: no quotation marks
            (
                "He said in ‘08 that it was “a mistake,” and left.",
                &["a mistake,"],
            ),
            (
                "“He’s like 6’2”, and strong,” Ann Lee said.",
                &["He’s like 6’2”, and strong,"],
            ),
            (
                "\"He is 5'10\" and fit,\" Ann Lee said.",
                &["He is 5'10\" and fit,"],
            ),
            (
                "It is the least expensive 70\"+ TV in the sale. The 70\" Element 4K TV costs less.",
                &[],
            ),
        ];
        for (input, want) in cases {
            assert_eq!(spans_of(input), *want, "{input:?}");
        }
    }

    /// A text with no double mark quotes with straight single ones: each is read by its
    /// shape, and a mark that stands for left-out letters, or for a plural's possessive before
    /// the quotation closes, is an apostrophe.
    #[test]
    fn straight_single_marks_when_no_double_one() {
        let cases: &[(&str, &[&str])] = &[
            (
                "'We won,' he said. 'It was hard.'",
                &["We won, | It was hard."],
            ),
            ("Lewis said: 'This is safer.'", &["This is safer."]),
            ("They said it would 'kill off' trade.", &["kill off"]),
            // apostrophes inside words, after a plural, before left-out letters
            ("'We don't know,' she said.", &["We don't know,"]),
            (
                "'The fans' reaction was great,' said Pike.",
                &["The fans' reaction was great,"],
            ),
            ("Big in the '90s, they said 'hello'.", &["hello"]),
            ("They played rock 'n' roll all night.", &[]),
            ("'s thunder in the final.\n\nNext.", &[]),
            // across paragraphs, each reopened
            ("'One.\n\n'Two,' he said.", &["One. | Two,"]),
            // a text with double marks keeps its single ones for quotations inside them
            ("He said \"it's 'fine'\" and left.", &["it's 'fine'"]),
            ("Its '90s sound, \"loud\", won.", &["loud"]),
        ];
        for (input, want) in cases {
            assert_eq!(spans_of(input), *want, "{input:?}");
        }
    }

    /// Straight marks read by their shape: a British run that reopens at each sentence, a
    /// quotation inside a quotation, a stray closing mark, a mark with spaces on both sides, a
    /// quote whose closing mark the writer left out at the end of its paragraph.
    #[test]
    fn straight_marks_by_shape() {
        let cases: &[(&str, &[&str])] = &[
            // a run of sentences, each reopened, closed once
            (
                "\"We lost. \"It hurts. \"We go on,\" he said.",
                &["We lost. | It hurts. | We go on,"],
            ),
            // the text between two runs is no quote
            (
                "Ed Ray said: \"No. \"Never.\" Less impressed were fans. \"It was poor.\"",
                &["No. | Never.", "It was poor."],
            ),
            // a quotation inside a quotation, in straight marks
            (
                "\"He called it \"madness\" and left,\" she said.",
                &["He called it \"madness\" and left,"],
            ),
            // a mark typed for an apostrophe is none
            (
                "Crudes such as Nigeria\"s.\n\nSome of Venezuela\"s grades, he said. \"We don\"t sell,\" he said.",
                &["We don\"t sell,"],
            ),
            // a closing mark with nothing open is stray (inches)
            ("He is 6ft 2\" tall. \"Yes,\" he said.", &["Yes,"]),
            // spaces on both sides: the marks before decide
            ("\"It was good, \" he said.", &["It was good,"]),
            (
                "He said it could be \" very important \" to them.",
                &["very important"],
            ),
            // no space after a colon
            ("A statement read:\"We will appeal.\"", &["We will appeal."]),
            // left open at the end of its paragraph: a sentence or more is kept
            (
                "\"It hurts,\" he said. \"What does not kill you makes you stronger.\n\nThe end.",
                &["It hurts, | What does not kill you makes you stronger."],
            ),
            ("A stray \"mark here\n\nNext para.", &[]),
            // ... and so at the end of the text
            (
                "He said: \"We will be back next year.",
                &["We will be back next year."],
            ),
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
            // a British run: one quote, reopened at each sentence
            (
                "Coach Ed Ray said: \"We lost. \"It hurts. \"We go on.\"",
                &[(
                    "We lost. It hurts. We go on.",
                    Some("Ed Ray"),
                    Some("Ed Ray"),
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
