//! One quote of the parts of a statement that its attribution splits: “A,” she said, “b.”, and
//! “A,” she said. “B.” when the attribution is a short sentence of its own (as attribution
//! corpora annotate them); but not excerpts of a book, nor two statements.

use super::QuotedSpan;
use crate::extract::lexicon::{two_word_verb_at, Flags, LEX};
use crate::extract::text::{Doc, Shape};

/// Whether token `t` is a speech verb, the first word of one of two ("went on"), or
/// "according" (the lists are read first: a bit test).
fn speech_verb_or_according(doc: &Doc, t: usize) -> bool {
    let tok = &doc.tokens[t];
    tok.lex.any(Flags::SPEECH_VERB) || two_word_verb_at(doc, t) || doc.is_low(t, "according")
}

/// Join the parts of one statement that its attribution splits: “A,” she said, “b.” and
/// “A,” she said. “B.” (the attribution a short sentence of its own) each become one quote, as
/// attribution corpora annotate them; so do “A.” “B.” with nothing between.
pub(super) fn join_split(doc: &Doc, spans: &mut Vec<QuotedSpan>) {
    let mut out: Vec<QuotedSpan> = Vec::with_capacity(spans.len());
    for b in std::mem::take(spans) {
        let Some(a) = out.last_mut() else {
            out.push(b);
            continue;
        };
        let gap = (a.close + 1, b.open);
        if !(adjacent(doc, a, &b) || attribution_between(doc, a, &b)) {
            out.push(b);
            continue;
        }
        a.pieces.extend(b.pieces);
        a.close = b.close;
        if gap.0 < gap.1 && a.between.is_none() {
            a.joined = Some(b.open);
            a.between = Some(gap);
        }
    }
    *spans = out;
}

/// The paragraph of token `t`, or of the last token when `t` is past the end.
fn para(doc: &Doc, t: usize) -> u32 {
    doc.tokens[t.min(doc.tokens.len() - 1)].para
}

/// “A.” “B.”: two quotes of a paragraph with nothing between are one statement.
fn adjacent(doc: &Doc, a: &QuotedSpan, b: &QuotedSpan) -> bool {
    a.close + 1 == b.open && a.close < doc.tokens.len() && para(doc, a.close) == para(doc, b.open)
}

/// Whether the tokens between quotes `a` and `b` are an attribution that splits one statement
/// (“A,” she said, “b.”): in one paragraph, a short clause with a verb of saying, after a part
/// that the statement goes on from, and nothing of its own (no second statement, no second
/// attribution, no excerpts of a book).
fn attribution_between(doc: &Doc, a: &QuotedSpan, b: &QuotedSpan) -> bool {
    let gap = (a.close + 1, b.open);
    // (The words of the gap are read only when these tests leave a join possible: a gap of at
    // most 45 tokens, ending a clause, in the paragraph.)
    if gap.1 <= gap.0 || gap.1 - gap.0 > 45 || !in_one_paragraph(doc, a, b) {
        return false;
    }
    let last = gap_last_mark(doc, gap);
    // (an abbreviation may end the sentence: "after a forum in Fort Mill, S.C. “B.”")
    let period = doc.is(last, '.')
        || (doc.tokens[last].shape == Shape::Word && doc.word(last).ends_with('.'));
    // A colon introduces a new statement ("..., she said, adding:"). A short attribution may
    // lack its comma (“A,” she said “b.”).
    let bare_verb =
        gap.1 - gap.0 <= 4 && speech_verb_or_according(doc, last) && doc.is(last_of(doc, a), ',');
    if !(doc.is(last, ',') || period || doc.is(last, '—') || bare_verb) {
        return false;
    }
    // "called him a “liar” and said, “…”": a gap that opens with "and" goes on with the
    // sentence's next verb, it does not interrupt one statement.
    if doc.is_low(gap.0, "and") {
        return false;
    }
    // "“The people aren’t buying” impeachment, Trump said …": a part that closes on a word,
    // then a word of the writer's own (no verb of saying, no pronoun or article), is words
    // quoted within the writer's sentence, not a statement the attribution splits.
    if doc.tokens[last_of(doc, a)].shape == Shape::Word && writers_word(doc, gap.0) {
        return false;
    }
    let verbs = (gap.0..gap.1)
        .filter(|&t| speech_verb_or_according(doc, t))
        .count();
    // One attribution, not two ("he said, adding,"); it may be long when it opens the gap
    // ("said X, 24, from Y, who ...").
    let opens_with_attribution = (gap.0..(gap.0 + 6).min(gap.1))
        .any(|t| speech_verb_or_according(doc, t))
        || speaker_then_verb(doc, gap);
    let limit = if opens_with_attribution || verbs == 1 {
        45
    } else {
        20
    };
    verbs >= 1
        && gap.1 - gap.0 <= limit
        && !answered(doc, a, gap)
        && (ends_open(doc, a) || added(doc, a, gap, verbs))
        && one_clause(doc, gap, period)
        && !second_statement(doc, gap)
        && !(period && attributed_after(doc, b))
        && !(period && writing(doc, gap) && from_book(doc, a.open))
}

/// Whether token `t` is a lower-case word that is no function word (pronoun, article …) and
/// no verb of saying: a word of the writer's sentence, not of an attribution.
fn writers_word(doc: &Doc, t: usize) -> bool {
    let tok = &doc.tokens[t];
    tok.shape == Shape::Word
        && !tok.cap
        && !tok.lex.any(Flags::FUNCTION_WORD)
        && !LEX.pronouns.contains_key(doc.low(t))
        && !speech_verb_or_according(doc, t)
}

/// “A,” Graham, a former candidate, told …: whether the gap opens with a name set off by a
/// comma, an appositive or a relative clause closed by another, and then its first verb of
/// saying (the words after it may hold nouns of the verbs' list: "when a dozen states held …").
fn speaker_then_verb(doc: &Doc, gap: (usize, usize)) -> bool {
    let Some(verb) = (gap.0..gap.1).find(|&t| speech_verb_or_according(doc, t)) else {
        return false;
    };
    // The name: one or two capitalised words, then the comma that opens the appositive.
    let name_comma = (gap.0 + 1..(gap.0 + 3).min(verb)).find(|&t| doc.is(t, ','));
    name_comma.is_some_and(|comma| {
        (gap.0..comma).all(|t| doc.tokens[t].shape == Shape::Word && doc.tokens[t].cap)
            && verb - gap.0 <= 16
            && verb > comma + 2
            && doc.is(verb - 1, ',')
            && !(comma + 1..verb - 1)
                .any(|t| doc.tokens[t].shape == Shape::Punct && !doc.is(t, ',') && !doc.is(t, '-'))
    })
}

/// Whether `a` and `b` are in one paragraph, or `b` is the whole of the next: “A,” she
/// said.¶“B.”
fn in_one_paragraph(doc: &Doc, a: &QuotedSpan, b: &QuotedSpan) -> bool {
    let n = doc.tokens.len();
    let whole_next_para = para(doc, a.close) + 1 == para(doc, b.open)
        && (b.open == 0 || para(doc, b.open - 1) != para(doc, b.open))
        && (b.close + 1 >= n || para(doc, b.close + 1) != para(doc, b.open))
        && b.open > 0
        && doc.is(b.open - 1, '.');
    (a.close < n && para(doc, a.close) == para(doc, b.open)) || whole_next_para
}

/// The last mark of the gap `gap`, looking through the closing mark of a title that ends it
/// (he said on NBC's “Meet the Press.” “B”).
fn gap_last_mark(doc: &Doc, gap: (usize, usize)) -> usize {
    let last = gap.1.saturating_sub(1);
    if last > gap.0
        && matches!(doc.first_char(last), '”' | '"' | '’' | '»')
        && !doc.tokens[last].in_quote
    {
        last - 1
    } else {
        last
    }
}

/// The last token of `a`, looking through the closing mark of a quote inside it: “I say,
/// ‘Thanks,’” she said.
fn last_of(doc: &Doc, a: &QuotedSpan) -> usize {
    let last = a.last_piece_end().saturating_sub(1);
    if last > a.first() && matches!(doc.first_char(last), '’' | '\'' | '"' | '”') {
        last - 1
    } else {
        last
    }
}

/// Whether the statement goes on after `a`: it ends with a comma, a question or exclamation
/// mark, or a word.
fn ends_open(doc: &Doc, a: &QuotedSpan) -> bool {
    let last = last_of(doc, a);
    a.last_piece_end() > 0
        && (doc.is(last, ',')
            || doc.is(last, '?')
            || doc.is(last, '!')
            || doc.tokens[last].shape != Shape::Punct)
}

/// “A.” He added, “B.”: a short attribution ending in a comma goes on with the statement; not
/// after words quoted within a sentence of the writer's (She called it “a mess.” She added,
/// “B.”): the statement starts at “B”.
fn added(doc: &Doc, a: &QuotedSpan, gap: (usize, usize), verbs: usize) -> bool {
    a.last_piece_end() > 0
        && !within_sentence(doc, a.open)
        && doc.is(last_of(doc, a), '.')
        && gap.1 - gap.0 <= 4
        && doc.is(gap.1 - 1, ',')
        && verbs == 1
}

/// Whether the quote opening at token `open` stands within a sentence, after a word of it
/// (“called it “a mess.”"), rather than opening the sentence, following a colon or a comma, or
/// a verb of saying ("she said “A.” …").
fn within_sentence(doc: &Doc, open: usize) -> bool {
    open > 0
        && doc.tokens[open - 1].shape == Shape::Word
        && !speech_verb_or_according(doc, open - 1)
        && doc.tokens[open - 1].sent == doc.tokens[open].sent
        && doc.tokens[open - 1].para == doc.tokens[open].para
}

/// She asked him, “A?” He replied, “B.”: a question that its own attribution introduces,
/// then a sentence of its own before the next part, is an exchange of two speakers.
fn answered(doc: &Doc, a: &QuotedSpan, gap: (usize, usize)) -> bool {
    let last = last_of(doc, a);
    a.introduced(doc)
        && doc.is(last, '?')
        && doc.tokens[gap.0].cap
        && doc.tokens[gap.0].sent != doc.tokens[last].sent
}

/// Whether the gap is one clause of one sentence, outside quotes: no clause of its own after
/// a dash or a semicolon (when it ends a sentence, `period`), nor after "but" ("“A,” she said,
/// but …, “B”"; not "who voted for X but Y").
fn one_clause(doc: &Doc, gap: (usize, usize), period: bool) -> bool {
    let tokens = gap.0..gap.1;
    let other_clause = (period
        && tokens
            .clone()
            .any(|t| doc.is(t, '-') || doc.is(t, '—') || doc.is(t, ';')))
        || tokens.clone().any(|t| {
            doc.tokens[t].shape == Shape::Word
                && doc.low(t) == "but"
                && (t == 0 || doc.tokens[t - 1].shape == Shape::Punct)
        });
    !other_clause
        && doc.tokens[gap.0].sent == doc.tokens[gap.1 - 1].sent
        && !tokens.clone().any(|t| doc.tokens[t].in_quote)
}

/// “A,” he said, adding, “B.”: a second verb starts a second statement (not “A,” he said,
/// adding that …. “B.”, where what is added is reported).
fn second_statement(doc: &Doc, gap: (usize, usize)) -> bool {
    (gap.0..gap.1).any(|t| {
        doc.tokens[t].shape == Shape::Word
            && doc.word(t) == "adding"
            // (what is added in reported speech, a sentence ended before the next part, is no
            // second quote: "adding that …. “B.”"; but "adding that if …, “b”" quotes it)
            && !(t + 1 < gap.1 && doc.word(t + 1) == "that" && doc.is(gap_last_mark(doc, gap), '.'))
    })
}

/// “A,” she said. “B,” she said.: whether `b` has an attribution of its own, a lower-case verb
/// of saying right after it in its sentence, or after a speaker's name and description
/// (“B,” Kestrel Corp chairman Ivo Hale added.): up to eight words, capitalised or roles.
fn attributed_after(doc: &Doc, b: &QuotedSpan) -> bool {
    let n = doc.tokens.len();
    let close_sent = doc.tokens[b.close.min(n - 1)].sent;
    let mut k = b.close + 1;
    while k < n && doc.tokens[k].shape == Shape::Punct && k <= b.close + 2 {
        k += 1;
    }
    let verb = |t: usize| {
        let tok = &doc.tokens[t];
        tok.sent == close_sent
            && tok.shape == Shape::Word
            && !tok.cap
            && tok.lex.any(Flags::SPEECH_VERB)
    };
    if (k..(k + 3).min(n)).any(verb) {
        return true;
    }
    (k..(k + 9).min(n))
        .take_while(|&t| {
            let tok = &doc.tokens[t];
            tok.sent == close_sent
                && tok.shape == Shape::Word
                && (tok.cap || tok.lex.is_role_noun() || verb(t))
        })
        .any(verb)
}

/// Whether the gap holds a form of "write": excerpts of a book ("In her book, she wrote …
/// “…,” she wrote. “…”") may come from different pages, and stay apart unless one sentence
/// holds them; the parts of a letter, an email or a post are one text and join.
fn writing(doc: &Doc, gap: (usize, usize)) -> bool {
    (gap.0..gap.1)
        .any(|t| doc.tokens[t].shape == Shape::Word && LEX.writing_verbs.contains(doc.low(t)))
}

/// Whether a book is named in the paragraph of token `at` or the one before, before `at`.
fn from_book(doc: &Doc, at: usize) -> bool {
    let para = doc.tokens[at].para;
    (at.saturating_sub(150)..at)
        .rev()
        .take_while(|&t| doc.tokens[t].para + 1 >= para)
        .any(|t| doc.tokens[t].shape == Shape::Word && LEX.book_words.contains(doc.low(t)))
}

#[cfg(test)]
mod tests {
    use crate::extract::quotes::spans_of;
    use crate::extract::testing::{check, Cases};

    /// Which parts join: an attribution between them (“A,” she said, “b.”), a short
    /// attribution sentence, nothing between; not two statements, nor excerpts of a book.
    #[test]
    fn spans_joined() {
        let cases: &[(&str, &[&str])] = &[
            ("“A,” she said, “b.”", &["A, | b."]),
            ("“A,” she said. “B.”", &["A, | B."]),
            ("“A,” she said. Then she left. “B.”", &["A,", "B."]),
            ("“A,” she wrote. “B.”", &["A, | B."]),
            // a gap that goes on with the sentence's next verb: two statements
            (
                "He called her a “liar” and said, “we will win.”",
                &["liar", "we will win."],
            ),
            // words quoted within the writer's sentence, its own word after them: two
            (
                "Ann Lee “felt an obligation to act on” climate, Bo Ray said. “This is core stuff.”",
                &["felt an obligation to act on", "This is core stuff."],
            ),
            // (but a pronoun after the part opens the attribution)
            (
                "She retired, an “instant decision” she said, “because of a leg injury”.",
                &["instant decision | because of a leg injury"],
            ),
            (
                "She pledged to “act now” and set out her plans. “B.”",
                &["act now", "B."],
            ),
            ("In her book: “A,” she wrote. “B.”", &["A,", "B."]),
            (
                "“I say, ‘Thanks,’” she said. “B.”",
                &["I say, ‘Thanks,’ | B."],
            ),
            ("“A.” He added, “B.”", &["A. | B."]),
            ("She said: “A.” He added, “B.”", &["A. | B."]),
            ("She said “A.” He added, “B.”", &["A. | B."]),
            // a question and its answer
            ("She asked him, “A?” He replied, “B.”", &["A?", "B."]),
            ("“A?” she asked. “B.”", &["A? | B."]),
            // words quoted within the writer's sentence are no statement that goes on
            (
                "She called it “a mess.” She added, “B.”",
                &["a mess.", "B."],
            ),
            (
                "He opposes it because “it is wrong.” He says, “B.”",
                &["it is wrong.", "B."],
            ),
            (
                "“A,” he told reporters in Fort Mill, S.C. “B.”",
                &["A, | B."],
            ),
            ("“A,” he said. “B.” “C.”", &["A, | B. | C."]),
            // the next part has an attribution of its own; "adding" starts a second statement
            ("“A,” she said. “B,” she said.", &["A,", "B,"]),
            (
                "“A,” Kestrel chairman Ivo Hale said. “B,” Marlow Corp chairman Bo Ray added.",
                &["A,", "B,"],
            ),
            (
                "“A,” Kestrel chairman Ivo Hale said. “B,” and the crowd went home.",
                &["A, | B,"],
            ),
            ("“A,” he said, adding, “B.”", &["A,", "B."]),
            (
                "“A,” she said, adding that they will work hard. “B.”",
                &["A, | B."],
            ),
            (
                "“A,” she wrote, adding that if they lose, “b.”",
                &["A,", "b."],
            ),
            // an appositive between the name and the verb; nouns on the verbs' list after it
            (
                "“A,” Graham, a former candidate, told CBS News, when a dozen states held contests to choose party nominees. “B.”",
                &["A, | B."],
            ),
            (
                "“A,” Val Anderson, who works at a heating firm in Sacramento, said on a media call set up by the unions. “B.”",
                &["A, | B."],
            ),
            // ... not a list of names, nor a sentence of the writer's
            (
                "“A,” Graham, Lee and Cruz, the three candidates, met. It states the case and reports it in full. “B.”",
                &["A,", "B."],
            ),
            // an attribution that lacks its comma
            ("“A,” she said “b.”", &["A, | b."]),
            // ... not two fragments of reported speech
            ("He insisted it was “a”, he admitted “b.”", &["a", "b."]),
            ("She said it was “a” and said “b.”", &["a", "b."]),
            ("“A,” Trump went on, as if he had not heard. “B.”", &["A, | B."]),
            ("“A,” she said, but later, “B.”", &["A,", "B."]),
            (
                "“A,” said Roy Dunn, who voted for X but not Y. “B.”",
                &["A, | B."],
            ),
            ("“A,” she said.\n\n“B.”", &["A, | B."]),
            ("“A,” she said.\n\n“B,” he said.", &["A,", "B,"]),
            ("“A,” she wrote, “b.”", &["A, | b."]),
            ("“A,” he tweeted. “B.”", &["A, | B."]),
        ];
        for (input, want) in cases {
            assert_eq!(spans_of(input), *want, "{input:?}");
        }
    }

    /// The parts of one statement that its attribution splits are one quote; excerpts of a book are
    /// not.
    #[test]
    fn joined_statements() {
        let cases: Cases = &[
            // split quote joined
            (
                "Anna Berg spoke. “We will rebuild,” she said, “and do it this year.”",
                &[(
                    "We will rebuild, and do it this year.",
                    Some("Anna Berg"),
                    Some("Anna Berg"),
                )],
            ),
            // a statement split by an attribution sentence is one quote
            (
                "Anna Berg spoke. “It hurt,” Berg said. “It was hard.”",
                &[(
                    "It hurt, It was hard.",
                    Some("Anna Berg"),
                    Some("Anna Berg"),
                )],
            ),
            // excerpts of a book stay apart; the second continues the speaker
            (
                "Anna Berg wrote a memoir. “It hurt,” Berg wrote. “It was hard.”",
                &[
                    ("It hurt,", Some("Anna Berg"), Some("Anna Berg")),
                    ("It was hard.", Some("Anna Berg"), Some("Anna Berg")),
                ],
            ),
            // ... but the parts of a letter are one text
            (
                "Anna Berg sent a letter. “It hurt,” Berg wrote. “It was hard.”",
                &[(
                    "It hurt, It was hard.",
                    Some("Anna Berg"),
                    Some("Anna Berg"),
                )],
            ),
        ];
        check(cases);
    }
}
