//! One quote of the parts of a statement that its attribution splits: “A,” she said, “b.”, and
//! “A,” she said. “B.” when the attribution is a short sentence of its own (as attribution
//! corpora annotate them); but not excerpts of a book, nor two statements.

use super::QuotedSpan;
use crate::extract::lexicon::{Flags, LEX};
use crate::extract::text::{Doc, Shape};

/// Whether token `t` is a speech verb or "according" (the lists are read first: a bit test).
fn speech_verb_or_according(doc: &Doc, t: usize) -> bool {
    let tok = &doc.tokens[t];
    tok.lex.any(Flags::SPEECH_VERB) || (tok.shape == Shape::Word && doc.low(t) == "according")
}

/// Join the parts of one statement that its attribution splits: “A,” she said, “b.” and
/// “A,” she said. “B.” (the attribution a short sentence of its own) each become one quote, as
/// attribution corpora annotate them.
pub(super) fn join_split(doc: &Doc, spans: &mut Vec<QuotedSpan>) {
    // Whether a book is named in the paragraph of token `at` or the one before, before `at`.
    let from_book = |at: usize| {
        let para = doc.tokens[at].para;
        (at.saturating_sub(150)..at)
            .rev()
            .take_while(|&t| doc.tokens[t].para + 1 >= para)
            .any(|t| doc.tokens[t].shape == Shape::Word && LEX.book_words.contains(doc.low(t)))
    };
    let mut out: Vec<QuotedSpan> = Vec::with_capacity(spans.len());
    for b in std::mem::take(spans) {
        let Some(a) = out.last_mut() else {
            out.push(b);
            continue;
        };
        let a_end = a.last_piece_end();
        let gap = (a.close + 1, b.open);
        let n = doc.tokens.len();
        let para = |t: usize| doc.tokens[t.min(n - 1)].para;
        // “A,” she said.¶“B.” — the next paragraph is nothing but the rest of the statement.
        let whole_next_para = para(a.close) + 1 == para(b.open)
            && (b.open == 0 || para(b.open - 1) != para(b.open))
            && (b.close + 1 >= n || para(b.close + 1) != para(b.open))
            && gap.1 > 0
            && doc.is(gap.1 - 1, '.');
        let same_para = (a.close < n && para(a.close) == para(b.open)) || whole_next_para;
        // (looking through the closing mark of a quote inside: “I say, ‘Thanks,’” she said)
        let mut a_last = a_end.saturating_sub(1);
        if a_last > a.first() && matches!(doc.first_char(a_last), '’' | '\'' | '"' | '”') {
            a_last -= 1;
        }
        let ends_open = a_end > 0
            && (doc.is(a_last, ',')
                || doc.is(a_last, '?')
                || doc.is(a_last, '!')
                || doc.tokens[a_last].shape != Shape::Punct);
        // The gap's last mark, looking through the closing mark of a title that ends it
        // (he said on NBC's “Meet the Press.” “B”).
        let mut last = gap.1.saturating_sub(1);
        if last > gap.0
            && matches!(doc.first_char(last), '”' | '"' | '’' | '»')
            && !doc.tokens[last].in_quote
        {
            last -= 1;
        }
        // (an abbreviation may end the sentence: "after a forum in Fort Mill, S.C. “B.”")
        let period = doc.is(last, '.')
            || (doc.tokens[last].shape == Shape::Word && doc.word(last).ends_with('.'));
        let sentence_between = gap.1 > 0 && period;
        // “A.” “B.”: two quotes with nothing between are one statement.
        let adjacent = gap.0 == gap.1 && a.close < n && para(a.close) == para(b.open);
        if adjacent {
            a.pieces.extend(b.pieces);
            a.close = b.close;
            continue;
        }
        // A colon introduces a new statement ("..., she said, adding:").
        let ends_clause = gap.1 > 0 && (doc.is(last, ',') || period || doc.is(last, '—'));
        // (The words of the gap are read below only when these tests leave a join possible: a
        // gap of at most 45 tokens, ending a clause, in the paragraph.)
        if !same_para || !ends_clause || gap.1 <= gap.0 || gap.1 - gap.0 > 45 {
            out.push(b);
            continue;
        }
        let verbs = (gap.0..gap.1)
            .filter(|&t| speech_verb_or_according(doc, t))
            .count();
        // One attribution, not two ("he said, adding,").
        // The attribution may be long when it opens the gap ("said X, 24, from Y, who ...").
        let opens_with_attribution =
            (gap.0..(gap.0 + 6).min(gap.1)).any(|t| speech_verb_or_according(doc, t));
        let limit = if opens_with_attribution || verbs == 1 {
            45
        } else {
            20
        };
        let short = gap.1 - gap.0 <= limit;
        let has_verb = verbs >= 1;
        // The attribution between opens with the speaker or the verb, not a new statement.
        // ... and holds nothing but the attribution: no clause of its own after a dash, a
        // semicolon or "but".
        let other_clause = (sentence_between
            && (gap.0..gap.1).any(|t| doc.is(t, '-') || doc.is(t, '—') || doc.is(t, ';')))
            // ("“A,” she said, but …, “B”"; not "who voted for X but Y")
            || (gap.0..gap.1).any(|t| {
                doc.tokens[t].shape == Shape::Word
                    && doc.low(t) == "but"
                    && (t == 0 || doc.tokens[t - 1].shape == Shape::Punct)
            });
        let one_sentence = !other_clause
            && gap.1 > gap.0
            && doc.tokens[gap.0].sent == doc.tokens[gap.1 - 1].sent
            && !(gap.0..gap.1).any(|t| doc.tokens[t].in_quote);
        // Excerpts of a book ("In her book, she wrote … “…,” she wrote. “…”") may come from
        // different pages: they stay apart unless one sentence holds them. The parts of a
        // letter, an email or a post are one text and join.
        let writing = (gap.0..gap.1)
            .any(|t| doc.tokens[t].shape == Shape::Word && LEX.writing_verbs.contains(doc.low(t)));
        // “A.” He added, “B.”: a short attribution ending in a comma goes on with the statement.
        let added = a_end > 0
            && doc.is(a_last, '.')
            && gap.1 > gap.0
            && gap.1 - gap.0 <= 4
            && doc.is(gap.1 - 1, ',')
            && verbs == 1;
        // “A,” he said, adding, “B.”: a second verb starts a second statement.
        let second_statement =
            (gap.0..gap.1).any(|t| doc.tokens[t].shape == Shape::Word && doc.word(t) == "adding");
        // “A,” she said. “B,” she said.: the next part has an attribution of its own.
        let attributed_after = sentence_between && {
            let close_sent = doc.tokens[b.close.min(n - 1)].sent;
            let mut k = b.close + 1;
            while k < n && doc.tokens[k].shape == Shape::Punct && k <= b.close + 2 {
                k += 1;
            }
            (k..(k + 3).min(n)).any(|t| {
                doc.tokens[t].sent == close_sent
                    && doc.tokens[t].shape == Shape::Word
                    && !doc.tokens[t].cap
                    && doc.tokens[t].lex.any(Flags::SPEECH_VERB)
            })
        };
        // (In the paragraph and ending a clause, as tested above.)
        if !attributed_after
            && !second_statement
            && (ends_open || added)
            && short
            && has_verb
            && one_sentence
            && !(sentence_between && writing && from_book(a.open))
        {
            a.pieces.extend(b.pieces);
            a.close = b.close;
            if a.between.is_none() {
                a.joined = Some(b.open);
                a.between = Some(gap);
            }
            continue;
        }
        out.push(b);
    }
    *spans = out;
}
