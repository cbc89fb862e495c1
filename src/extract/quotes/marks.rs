//! The spans between quotation marks: curly, straight, guillemets and low marks, a single
//! quotation inside a double one, a quote that runs over paragraphs (each new paragraph
//! reopening it), and a quote left open at the end of its paragraph.

use super::{opening, QuotedSpan};
use crate::extract::text::{Doc, Shape};

/// A quote being read: its opening mark's token, the mark, where its current piece started,
/// and its finished pieces.
type OpenQuote = (usize, char, usize, Vec<(usize, usize)>);

/// Find the quotation spans of `doc` and mark their tokens as quoted.
pub(super) fn find(doc: &mut Doc) -> Vec<QuotedSpan> {
    let n = doc.tokens.len();
    let mut spans = Vec::new();
    // The open quote: its mark, its kind, the start of its current piece, its pieces so far.
    let mut open: Option<OpenQuote> = None;
    let mut nested = false;
    let mut i = 0;
    while i < n {
        let t = doc.tokens[i];
        if i > 0 && t.para != doc.tokens[i - 1].para {
            if let Some((o, kind, piece_start, mut pieces)) = open.take() {
                let at_para_start = o == 0 || doc.tokens[o - 1].para != doc.tokens[o].para;
                pieces.push((piece_start, i));
                let c = doc.first_char(i);
                if t.shape == Shape::Punct && (opening(c) || c == '"') {
                    // The quote goes on in this paragraph: its new opening mark is skipped.
                    open = Some((o, kind, i + 1, pieces));
                    i += 1;
                    continue;
                }
                if at_para_start {
                    spans.push(QuotedSpan {
                        open: o,
                        close: i,
                        pieces,
                        joined: None,
                        between: None,
                    });
                }
            }
        }
        if t.shape != Shape::Punct {
            i += 1;
            continue;
        }
        let mut c = doc.first_char(i);
        // Two apostrophes stand for a double quotation mark in some archives: ''Yes,'' he said.
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
        let double_open = open.as_ref().is_some_and(|(_, kind, _, _)| *kind != '‘');
        if double_open && c == '‘' && next_is_word {
            nested = true;
        } else if double_open && c == '’' && !next_is_word && nested {
            nested = false;
            i += width;
            continue;
        } else if double_open && c == '’' && !next_is_word && !nested && prev_stop {
            c = '”';
        }
        match (&mut open, c) {
            (None, '“' | '«' | '„' | '"') => open = Some((i, c, after, Vec::new())),
            (None, '”') if next_is_word && !prev_touches => {
                open = Some((i, c, after, Vec::new()))
            }
            (None, '‘') if next_is_word => open = Some((i, c, after, Vec::new())),
            // A closing mark, or an opening one misused as a closer: “expedited review“ of.
            (Some((_, kind, _, _)), '”' | '»' | '"' | '“')
                if *kind != '‘' && (c != '“' || (prev_touches && !next_is_word)) =>
            {
                let (o, _, piece_start, mut pieces) = open.take().expect("open");
                pieces.push((piece_start, i));
                spans.push(QuotedSpan {
                    open: o,
                    close: after - 1,
                    pieces,
                    joined: None,
                    between: None,
                });
            }
            (Some((_, '‘', _, _)), '’') if !next_is_word => {
                let (o, _, piece_start, mut pieces) = open.take().expect("open");
                pieces.push((piece_start, i));
                spans.push(QuotedSpan {
                    open: o,
                    close: i,
                    pieces,
                    joined: None,
                    between: None,
                });
            }
            _ => {}
        }
        if open.is_none() {
            nested = false;
        }
        i += width;
    }
    if let Some((o, _, piece_start, mut pieces)) = open {
        let at_para_start = o == 0 || doc.tokens[o - 1].para != doc.tokens[o].para;
        if at_para_start {
            pieces.push((piece_start, n));
            spans.push(QuotedSpan {
                open: o,
                close: n,
                pieces,
                joined: None,
                between: None,
            });
        }
    }
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
