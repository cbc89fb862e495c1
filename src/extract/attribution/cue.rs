//! The cue of an attribution: the verb of saying (one word or two: "said", "shot back") or
//! "according to" that attributes a quote, and where it stands: between the parts of a joined
//! quote, right after the quote, before it, later in the sentence, or a signature line. Each
//! place is one rule of [`Attributor::attribute`].

use std::ops::Range;

use super::resolve::Subject;
use super::{Attributor, Speaker, AUXILIARIES};
use crate::extract::lexicon::{two_word_verb_at, Flags, LEX};
use crate::extract::people::is_date_word;
use crate::extract::quotes::QuotedSpan;
use crate::extract::text::Shape;

/// The words after a quote where its attribution is looked for.
pub(super) struct RightContext {
    /// The quote's last token: its closing mark, or its last word when it was left open.
    pub(super) close_at: usize,
    /// From past the closing mark to the end of its sentence (or of a short sentence after
    /// it) or the next quote.
    tokens: Range<usize>,
    /// The first token of `tokens` that is not punctuation.
    first_word: usize,
}

/// The words before a quote where its attribution is looked for.
pub(super) struct LeftContext {
    /// From here to the opening mark: back to the start of its sentence (of the sentence
    /// before, when a colon ends it) or the quote before.
    pub(super) start: usize,
    /// Whether words of the quote's sentence stand before it: the quote is part of a sentence.
    pub(super) fragment: bool,
}

/// Auxiliaries of other languages' past tense that open a verb of two words after a quote,
/// before its speaker's name: "«…», a ajouté Laurent Fabius", "“…”, ha dicho Pedro Sánchez".
const AUXILIARIES_ABROAD: [&str; 6] = ["a", "ha", "hat", "heeft", "avait", "aveva"];

/// Verbs of thinking among the verbs of saying: whom a report says believes something is not
/// always who speaks (see `Attributor::reporter_of_view`).
const VIEW_VERBS: [&str; 6] = [
    "believe", "believes", "believed", "think", "thinks", "thought",
];

impl<'d, 'a> Attributor<'d, 'a> {
    pub(super) fn speech_verb_at(&self, i: usize) -> bool {
        let doc = self.doc;
        let t = &doc.tokens[i];
        // (All the forms below are words outside quotes: the rest is answered without reading
        // the text.)
        if t.shape != Shape::Word || t.in_quote {
            return false;
        }
        if two_word_verb_at(doc, i) {
            return true;
        }
        t.lex.any(Flags::SPEECH_VERB)
            && t.end - t.start <= 12
            && (doc.text.as_bytes()[t.start].is_ascii_lowercase()
                || i == 0
                || doc.tokens[i - 1].sent != t.sent)
            && !self.noun_at(i)
            && !self.before_infinitive(i)
    }

    /// Whether the verb at token `i` begins or goes on to do something rather than speaks: "the
    /// won should begin to move", "as the company continued to sign up" (but "she began,
    /// “…”", "he continued: “…”"); or is a passive before an infinitive, which
    /// names no speaker: "what is predicted to result from “exogenic” processes", "he was said
    /// to be “furious”" (but "it was announced to the crowd: “…”").
    fn before_infinitive(&self, i: usize) -> bool {
        let doc = self.doc;
        if !self.is_word(i + 1, "to") {
            return false;
        }
        if matches!(
            self.low(i),
            "begin" | "began" | "begins" | "begun" | "continue" | "continued" | "continues"
        ) {
            return true;
        }
        let passive = i > 0
            && !self.low(i).ends_with("ing")
            && matches!(
                self.low(i - 1),
                "is" | "are" | "was" | "were" | "be" | "been"
            );
        passive
            && doc.tokens.get(i + 2).is_some_and(|t| {
                t.shape == Shape::Word
                    && !t.cap
                    && !LEX.determiners.contains(self.low(i + 2))
                    && !LEX.pronouns.contains_key(self.low(i + 2))
            })
    }

    /// Whether the word at token `i`, on the list of verbs of saying, is a noun there: after a
    /// determiner or a possessive ("his party's calls", "the report", "a Trump-style retort"),
    /// also past a name or two that modify it when it has no verb's ending ("a Twitter
    /// comment", but "the White House said").
    fn noun_at(&self, i: usize) -> bool {
        let doc = self.doc;
        let sent = doc.tokens[i].sent;
        let marker = |p: usize| {
            let before = &doc.tokens[p];
            before.sent == sent
                && before.shape == Shape::Word
                && (before.poss || LEX.noun_markers.contains(self.low(p)))
        };
        if self.writing_before_verb(i) {
            return true;
        }
        let Some(mut p) = i.checked_sub(1) else {
            return false;
        };
        if marker(p) {
            return true;
        }
        if self.finite(i) {
            return false;
        }
        for _ in 0..2 {
            let t = &doc.tokens[p];
            // (not a plural: "the Saudis state")
            let modifier = t.shape == Shape::Word
                && t.cap
                && !t.poss
                && t.sent == sent
                && !doc.word(p).ends_with('s');
            let Some(q) = p.checked_sub(1).filter(|_| modifier) else {
                return false;
            };
            if doc.tokens[q].sent != sent {
                return false;
            }
            if marker(q) {
                return true;
            }
            p = q;
        }
        false
    }

    /// Whether the word at token `i` is a writing's noun, though on the list of verbs of saying
    /// too, with a finite verb of saying right after it in its sentence: the verb's subject
    /// ("the annual report said", "the DOT report says").
    pub(super) fn writing_before_verb(&self, i: usize) -> bool {
        let doc = self.doc;
        LEX.authored_nouns.contains(self.low(i))
            && !self.finite(i)
            && doc.tokens.get(i + 1).is_some_and(|n| {
                n.sent == doc.tokens[i].sent
                    && n.shape == Shape::Word
                    && !n.cap
                    && n.lex.any(Flags::SPEECH_VERB)
                    && self.finite(i + 1)
            })
    }

    /// "according to X" ending at or after token `from` within `[from, to)`; also "in X's
    /// view" and "in the words of X" (see [`Attributor::in_view_of`]). A writing "filed by" a
    /// person is that person's: "according to a court document filed by Ann Lee".
    pub(super) fn according_to(&self, from: usize, to: usize) -> Option<Speaker> {
        for i in from..to.saturating_sub(1) {
            if self.doc.tokens[i].in_quote {
                continue;
            }
            if self.is_word(i, "according") && self.is_word(i + 1, "to") {
                let (speaker, end) = self.np_starting_at(i + 2)?;
                return match speaker {
                    Speaker::Named(_) => Some(self.issued_by(end).unwrap_or(speaker)),
                    person => Some(person),
                };
            }
            if let Some(speaker) = self.in_view_of(i) {
                return Some(speaker);
            }
        }
        None
    }

    /// "in X's view", "in her words", "in the words of X" at token `i`: X.
    fn in_view_of(&self, i: usize) -> Option<Speaker> {
        const VIEWS: [&str; 5] = ["view", "words", "opinion", "estimation", "telling"];
        if !self.is_word(i, "in") {
            return None;
        }
        if self.is_word(i + 1, "the") && self.is_word(i + 2, "words") && self.is_word(i + 3, "of") {
            return self.np_starting_at(i + 4).map(|(s, _)| s);
        }
        let doc = self.doc;
        let view = |k: usize| {
            doc.tokens
                .get(k)
                .is_some_and(|t| t.shape == Shape::Word && !t.cap)
                && VIEWS.contains(&self.low(k))
        };
        if matches!(self.low(i + 1), "his" | "her") && view(i + 2) {
            return self.np_ending_at(i + 1);
        }
        let run = self.people.run_at(i + 1).filter(|r| r.start == i + 1)?;
        (doc.tokens[run.end - 1].poss && view(run.end))
            .then(|| self.np_ending_at(run.end - 1))
            .flatten()
    }

    /// The person a writing ending at token `end` was issued by: "… filed by state attorney
    /// Dave Aronberg", "… written by Ann Lee".
    fn issued_by(&self, end: usize) -> Option<Speaker> {
        let doc = self.doc;
        let mut by = end + 1;
        if self.past_form(by) {
            by += 1;
        }
        if !self.is_word(by, "by") || doc.tokens[by].sent != doc.tokens[end].sent {
            return None;
        }
        self.person_after_by(by)
    }

    /// Whether a speech verb stands right before token `open` (a comma or colon between
    /// allowed): "chanted “USA!”", "said, “No.”".
    pub(super) fn verb_just_before(&self, open: usize) -> bool {
        let doc = self.doc;
        let mut i = open;
        for _ in 0..2 {
            let Some(p) = i.checked_sub(1) else {
                return false;
            };
            if doc.tokens[p].sent != doc.tokens[open].sent {
                return false;
            }
            if doc.is(p, ',') || doc.is(p, ':') {
                i = p;
                continue;
            }
            return self.is_verb(p);
        }
        false
    }

    /// The speaker of the first attribution in tokens `[from, to)`: "according to X", or a
    /// speech verb with its subject.
    pub(super) fn attribution_in(&self, from: usize, to: usize) -> Option<Speaker> {
        if let Some(speaker) = self.according_to(from, to) {
            return Some(speaker);
        }
        (from..to)
            .filter(|&v| self.is_verb(v))
            .find_map(|v| self.subject_of(v))
    }

    /// The person a paragraph opening with a dash names right after the paragraph that ends
    /// at token `close`: "- Hillary Clinton.", "—Sen. Ted Cruz, in a statement".
    pub(super) fn signature_after(&self, close: usize) -> Option<Speaker> {
        let doc = self.doc;
        let dash = close + 1;
        let t = doc.tokens.get(dash)?;
        if t.para == doc.tokens[close].para || !matches!(doc.first_char(dash), '-' | '—' | '–')
        {
            return None;
        }
        let mut k = dash + 1;
        while doc.tokens.get(k).is_some_and(|t| {
            t.para == doc.tokens[dash].para
                && t.shape == Shape::Word
                && self.people.run_at(k).is_none_or(|r| r.entity.is_none())
                && t.lex.any(Flags::TITLE)
        }) {
            k += 1;
        }
        let run = self.people.run_at(k)?;
        let e = run.entity?;
        (doc.tokens[k].para == doc.tokens[dash].para)
            .then_some(Speaker::Person(e, Some(run.name_end)))
    }

    /// The person a pull quote left open signs with on the line after it, before the closing
    /// mark: "“… here.¶S.C. Rep. Jim Clyburn.”", "…¶Dean Baker, Center for Economic and
    /// Policy Research.”" (a short line of capitalised words, a name first, past a title or
    /// two).
    pub(super) fn signature_inside(&self, quote: &QuotedSpan) -> Option<Speaker> {
        let doc = self.doc;
        let last = quote.last_piece_end().checked_sub(1)?;
        let para = doc.tokens[last].para;
        let first = quote.last_piece_end();
        if doc.tokens.get(first)?.para != para + 1 {
            return None;
        }
        let end = (first..(first + 16).min(doc.tokens.len()))
            .find(|&i| doc.tokens.get(i + 1).is_none_or(|t| t.para != para + 1))?;
        let closes = matches!(doc.first_char(end), '”' | '"') && doc.is(end - 1, '.');
        let signs = (first..end).all(|i| {
            let t = &doc.tokens[i];
            t.shape != Shape::Word
                || t.cap
                || matches!(self.low(i), "of" | "for" | "the" | "and" | "at" | "on")
        });
        if !(closes && signs) {
            return None;
        }
        let k = (first..(first + 4).min(end)).find(|&k| {
            self.people
                .run_at(k)
                .is_some_and(|r| r.entity.is_some() && r.name_start == k)
        })?;
        Some(Speaker::Person(self.people.run_at(k)?.entity?, None))
    }

    /// The words after quote `s` of `spans` (see [`RightContext`]).
    pub(super) fn right_context(&self, spans: &[QuotedSpan], s: usize) -> RightContext {
        let doc = self.doc;
        let quote = &spans[s];
        let n = doc.tokens.len();
        let close_at = quote.close.min(n.saturating_sub(1));
        let (close_sent, close_para) = (doc.tokens[close_at].sent, doc.tokens[close_at].para);
        let next_open = spans.get(s + 1).map_or(n, |x| x.open);
        let start = (quote.close + 1).min(n);
        let mut end = start;
        while end < n
            && end < next_open
            && doc.tokens[end].sent == close_sent
            && doc.tokens[end].para == close_para
        {
            end += 1;
        }
        // "“Great!” Smith said." starts a new sentence that is only the attribution.
        if end == start && start < n && start < next_open && doc.tokens[start].para == close_para {
            let next_sent = doc.tokens[start].sent;
            let mut e = start;
            while e < n && e < next_open && doc.tokens[e].sent == next_sent {
                e += 1;
            }
            // (not a verb that reports words of its own: "“…” Lee has said he would not")
            // (nor one of agreeing, which answers the words before: "“…” Bo Ray agreed.")
            let saying = |v: usize| {
                self.is_verb(v) && !self.reports_clause(v) && !self.low(v).starts_with("agree")
            };
            // (or after a name and its appositive, when nothing but a phrase follows the verb:
            // "“…” Will Estrada, the chairman of the county party, said of the night.", not
            // "Ivo Hale, a lawyer for the firm, said the deal was dead.")
            let name_comma = self
                .people
                .run_at(start)
                .is_some_and(|r| r.start == start && doc.is(r.end, ','));
            let closes = |v: usize| {
                v + 1 >= e
                    || doc.tokens[v + 1].shape == Shape::Punct
                    || matches!(
                        self.low(v + 1),
                        "of" | "in" | "on" | "at" | "after" | "during" | "when" | "while" | "as"
                    )
            };
            let verb_early = (start..(start + 7).min(e)).any(saying)
                || (name_comma
                    && (start + 7..(start + 30).min(e))
                        .any(|v| doc.is(v - 1, ',') && saying(v) && closes(v)));
            // (a sentence that ends with a colon before the next quote introduces that one:
            // "“…” The candidate reiterated: “…”")
            // (or with a comma, when the quote has its own introduction: "She asked him, “…?”
            // He replied, “…”")
            let introduces_next = e == next_open
                && e > start
                && (doc.is(e - 1, ':') || (quote.introduced(doc) && doc.is(e - 1, ',')));
            // (nor after a quote that a clause with its own verb of saying introduces, with a
            // colon or comma: "Mr Blair told the show: “…” Mr Livingstone has said the remarks
            // were not racist.")
            let mark = quote
                .open
                .checked_sub(1)
                .filter(|&c| doc.is(c, ':') || doc.is(c, ','));
            let said_before = mark.is_some_and(|c| {
                (c.saturating_sub(30)..c)
                    .rev()
                    .take_while(|&t| doc.tokens[t].sent == doc.tokens[c].sent)
                    .any(|t| self.is_verb(t))
            });
            if (e - start <= 8 || verb_early) && !introduces_next && !said_before {
                end = e;
            }
        }
        let mut first_word = start;
        while first_word < end && doc.tokens[first_word].shape == Shape::Punct {
            first_word += 1;
        }
        RightContext {
            close_at,
            tokens: start..end,
            first_word,
        }
    }

    /// Whether the verb of saying at `v` goes on with a clause of its own ("said he would",
    /// "says that", "has said the remarks may have been offensive"): it reports those words,
    /// not a quote before it. The clause is told by its subject pronoun or "that" right after
    /// the verb, or by an auxiliary among the next few words, before any punctuation; not
    /// after "of", which names what the words were about ("said of the encounter he had last
    /// week").
    fn reports_clause(&self, v: usize) -> bool {
        let doc = self.doc;
        let word = |t: usize| {
            doc.tokens
                .get(t)
                .is_some_and(|t| t.shape == Shape::Word && !t.in_quote)
        };
        if word(v + 1) && self.low(v + 1) == "of" {
            return false;
        }
        // (past when the words were said, or to whom: "said yesterday that", "said on Monday
        // he", "told reporters that")
        let mut c = v + 1;
        while c < v + 5 && word(c) && self.when_or_whom(c) {
            c += 1;
        }
        (word(c)
            && matches!(
                self.low(c),
                "that" | "he" | "she" | "they" | "it" | "we" | "i" | "there"
            ))
            || (v + 1..v + 8)
                .take_while(|&t| word(t))
                .any(|t| AUXILIARIES.contains(&self.low(t)))
    }

    /// Whether word `t`, after a verb of saying, tells when the words were said or to whom,
    /// before what was said: "yesterday", "on Monday", "last week", "reporters", "him".
    fn when_or_whom(&self, t: usize) -> bool {
        matches!(
            self.low(t),
            "yesterday"
                | "today"
                | "tonight"
                | "earlier"
                | "later"
                | "on"
                | "last"
                | "this"
                | "week"
                | "month"
                | "year"
                | "night"
                | "morning"
                | "afternoon"
                | "evening"
                | "reporters"
                | "journalists"
                | "him"
                | "her"
                | "them"
                | "us"
                | "me"
        ) || is_date_word(self.doc.word(t))
    }

    /// The words before quote `s` of `spans` (see [`LeftContext`]).
    pub(super) fn left_context(&self, spans: &[QuotedSpan], s: usize) -> LeftContext {
        let doc = self.doc;
        let open = spans[s].open;
        let open_sent = doc.tokens[open].sent;
        let prev_close = if s > 0 { spans[s - 1].close + 1 } else { 0 };
        let mut start = open;
        while start > prev_close
            && doc.tokens[start - 1].sent == open_sent
            && !doc.tokens[start - 1].in_quote
        {
            start -= 1;
        }
        // "He said:" ending the previous sentence or paragraph introduces this quote.
        if start == open && open > 0 && doc.is(open - 1, ':') {
            let sent = doc.tokens[open - 1].sent;
            while start > prev_close && doc.tokens[start - 1].sent == sent {
                start -= 1;
            }
        }
        LeftContext {
            start,
            fragment: start < open,
        }
    }

    /// An attribution that opens the words after the quote: "“…,” Smith said", "“…,”
    /// according to X", "“…,” Will Estrada, the chairman for the exurb, said".
    pub(super) fn right_after(&self, right: &RightContext) -> Option<Speaker> {
        let (first, end) = (right.first_word, right.tokens.end);
        if first >= end || LEX.not_after_quote.contains(self.low(first)) {
            return None;
        }
        if let Some(speaker) = self.according_to(first, (first + 3).min(end)) {
            return Some(speaker);
        }
        // (past an appositive after a name)
        let reach = match self.people.run_at(first) {
            Some(run) if run.start == first && self.doc.is(run.end, ',') => 30,
            _ => 7,
        };
        (first..(first + reach).min(end))
            .find(|&v| self.is_verb(v))
            .and_then(|v| self.subject_of(v))
            .or_else(|| self.name_and_past_verb(right))
    }

    /// Whether words stand before the quote in its sentence (or in the sentence its colon
    /// ends): it is part of a sentence, or introduced.
    pub(super) fn words_before(&self, quote: &QuotedSpan, left: &LeftContext) -> bool {
        (left.start..quote.open).any(|t| self.doc.tokens[t].shape != Shape::Punct)
    }

    /// Whether the words after a quote hold a verb of saying: it has an attribution of its own.
    pub(super) fn has_verb(&self, right: &RightContext) -> bool {
        right.tokens.clone().any(|v| self.is_verb(v))
    }

    /// "“…,” LeVell assured the crowd": after a quote that its comma (or question or
    /// exclamation mark) leaves open, a person's name or "he"/"she" and a verb in the past are
    /// its attribution,
    /// whatever the verb; so are the verb and then the name, when the name ends the clause
    /// ("“…,” instructed Ivo Hale, the site's foreman.").
    fn name_and_past_verb(&self, right: &RightContext) -> Option<Speaker> {
        let doc = self.doc;
        let first = right.first_word;
        let mark = right.close_at.checked_sub(1)?;
        // (the comma after the closing mark, as French, German or Spanish set it: "«…», a
        // ajouté Laurent Fabius", "„…“, sagte Angela Merkel")
        let comma_after = doc.is(right.close_at + 1, ',');
        if !(doc.is(mark, ',') || doc.is(mark, '?') || doc.is(mark, '!') || comma_after) {
            return None;
        }
        if let Some(speaker) = self.past_verb_and_name(first) {
            return Some(speaker);
        }
        if comma_after {
            return None;
        }
        let past = |k: usize| self.past_form(k) && doc.tokens[k].sent == doc.tokens[first].sent;
        // (a pronoun: "“…,” she sobbed")
        let pronoun = LEX.pronouns.get(self.low(first)).copied();
        if let Some(g) = pronoun.filter(|_| !doc.tokens[first].cap && past(first + 1)) {
            return self.antecedent_of(first, g);
        }
        let run = self.people.run_at(first).filter(|r| r.start == first)?;
        let e = run.entity?;
        past(run.end).then_some(Speaker::Person(e, Some(run.name_end)))
    }

    /// "instructed Ivo Hale," right after a quote (`first` its first word): a lower-case word
    /// that is no function word (a verb, whatever its tense or language: "laughs Ivo Hale.",
    /// "přirovnává Hale."), or two ("kroutí hlavou Hale"), then a person's name that a comma
    /// or the sentence's end closes.
    fn past_verb_and_name(&self, first: usize) -> Option<Speaker> {
        let doc = self.doc;
        let v = doc.tokens.get(first)?;
        let verb_like = |k: usize| {
            doc.tokens.get(k).is_some_and(|t| {
                t.shape == Shape::Word
                    && !t.cap
                    && t.sent == v.sent
                    && !LEX.function_words.contains(self.low(k))
            })
        };
        // (an auxiliary before a past participle: "a ajouté", "ha dicho", "hat gesagt")
        let auxiliary = AUXILIARIES_ABROAD.contains(&self.low(first)) && verb_like(first + 1);
        if !(verb_like(first) || auxiliary) {
            return None;
        }
        // (a verb of two words: "přidává se Emile Heskey", "kroutí hlavou Lineker")
        let name = if verb_like(first + 1) {
            first + 2
        } else {
            first + 1
        };
        let run = self
            .people
            .run_at(name)
            .filter(|r| r.start == name && doc.tokens[r.start].sent == v.sent)?;
        let e = run.entity?;
        let closes = doc.tokens.get(run.end).is_none_or(|t| {
            t.sent != v.sent || t.para != v.para || doc.is(run.end, ',') || doc.is(run.end, '.')
        });
        closes.then_some(Speaker::Person(e, Some(run.name_end)))
    }

    /// An attribution that ends right before the quote's opening mark (a comma or colon
    /// between): "Smith said: “…”", "said Mr Ingram “…”". It comes before what follows the
    /// quote, which may be the next sentence's ("… she said, “…” The star then recalled").
    pub(super) fn right_before(&self, quote: &QuotedSpan, left: &LeftContext) -> Option<Speaker> {
        let doc = self.doc;
        let mut p = quote.open.checked_sub(1)?;
        if p > left.start && (doc.is(p, ',') || doc.is(p, ':')) {
            p -= 1;
        }
        if p < left.start || doc.tokens[p].in_quote {
            return None;
        }
        if self.is_verb(p) {
            let subject = self
                .subject_of(p)
                .or_else(|| self.subject_of_verb_before(p, left.start));
            return self.reported_view(p, left.start, subject);
        }
        if let Some(speaker) = self.name_and_past_verb_before(quote.open, p) {
            return Some(speaker);
        }
        let v = (p.saturating_sub(8).max(left.start)..p)
            .rev()
            .find(|&v| self.is_verb(v))?;
        match self.np_starting_at(v + 1) {
            Some((speaker, end)) if end == p => self.subject_of(v).filter(|s| *s == speaker),
            _ => None,
        }
    }

    /// Whether token `k` is a lower-case word shaped like a verb in the past ("cracked",
    /// "issued").
    fn past_form(&self, k: usize) -> bool {
        self.doc
            .tokens
            .get(k)
            .is_some_and(|t| t.shape == Shape::Word && !t.cap && self.low(k).ends_with("ed"))
    }

    /// "Hillary Clinton cracked, “…”": before a quote that a comma introduces, a person's name
    /// opening its sentence or following a comma, and a verb in the past (`p`), whatever the
    /// verb, are its attribution, as they are after a quote ([`Attributor::name_and_past_verb`]).
    fn name_and_past_verb_before(&self, open: usize, p: usize) -> Option<Speaker> {
        let doc = self.doc;
        let past = self.past_form(p) && !doc.tokens[p].lex.any(Flags::FUNCTION_WORD);
        if !(past && p + 1 < open && doc.is(p + 1, ',') && p > 0) {
            return None;
        }
        let opens_clause =
            |k: usize| k == 0 || doc.tokens[k - 1].sent != doc.tokens[k].sent || doc.is(k - 1, ',');
        let run = self.people.run_at(p - 1).filter(|r| r.end == p)?;
        let e = run.entity?;
        (opens_clause(run.start) && !doc.tokens[p - 1].poss)
            .then_some(Speaker::Person(e, Some(run.name_end)))
    }

    /// The subject of the nearest verb of saying before the quote, in its sentence: "Smith
    /// said: “…”", "She said she was “convinced”". A phrase of a few words needs its verb close
    /// by: far off, it is a scare quote.
    pub(super) fn verb_before(&self, quote: &QuotedSpan, left: &LeftContext) -> Option<Speaker> {
        let reach = if self.words_of(quote) <= 3 { 10 } else { 20 };
        for v in (left.start..quote.open).rev() {
            if !self.is_verb(v) || self.in_condition(v, quote.open) {
                continue;
            }
            // (a verb that opens a clause with "that" reports all of it, when the quote is more
            // than a term: "Lee has said that a deal reached with Iran in July could lead to
            // another “crisis.”", not "… said that the group's donor “seminar” was …")
            // (and so does a verb whose reported words go on after "and" or "that" with a quote
            // that is a clause of its own and ends the sentence: "He said other conflicts are in
            // sight - … - and “the community must learn to manage their relations better.”")
            let clause_quote = self.ends_sentence(quote)
                && self.words_of(quote) > 6
                && quote
                    .open
                    .checked_sub(1)
                    .is_some_and(|k| self.is_word(k, "and") || self.is_word(k, "that"));
            // (a short phrase of time or place may stand between the verb and "that": "He said
            // earlier today that …")
            let that_follows = (v + 1..(v + 5).min(quote.open))
                .take_while(|&k| self.doc.tokens[k].shape == Shape::Word)
                .any(|k| self.is_word(k, "that"));
            let reach =
                if (that_follows && (reach > 10 || self.ends_sentence(quote))) || clause_quote {
                    30
                } else {
                    reach
                };
            if left.fragment && quote.open - v - self.relative_clause_before(v, quote.open) > reach
            {
                break;
            }
            let subject = self
                .subject_of(v)
                .or_else(|| self.subject_of_verb_before(v, left.start))
                .or_else(|| self.clause_subject(v));
            if subject.is_some() {
                return self.reported_view(v, left.start, subject);
            }
        }
        None
    }

    /// The speaker of a quote that the verb at `v`, whose subject is `subject`, attributes:
    /// the subject, or, when it is a body or a thing whose view a person reports, the person
    /// (see [`Attributor::reporter_of_view`]).
    fn reported_view(&self, v: usize, from: usize, subject: Option<Speaker>) -> Option<Speaker> {
        match subject {
            Some(Speaker::Named(_)) => self
                .reporter_of_view(v, from)
                .or_else(|| self.reporter_of_forecast(v, from))
                .or(subject),
            _ => subject,
        }
    }

    /// Who reports what a body or a thing would say or do, a modal before its verb at `v`:
    /// "Yeutter said yesterday that if the community went ahead, the United States would
    /// respond “vigorously”" (no one has responded: the word is Yeutter's). A person, the
    /// subject of the nearest verb of saying before in the sentence (back to `from`), itself
    /// no verb after a modal.
    fn reporter_of_forecast(&self, v: usize, from: usize) -> Option<Speaker> {
        const MODALS: [&str; 8] = [
            "would", "will", "could", "should", "might", "may", "must", "can",
        ];
        let modal = |k: usize| k > 0 && MODALS.contains(&self.low(k - 1));
        if !modal(v) {
            return None;
        }
        let from = from.max(self.sentence_start(v));
        let u = (from..v)
            .rev()
            .find(|&u| self.is_verb(u) && !self.doc.tokens[u].in_quote)?;
        if modal(u) || self.is_asking(u) {
            return None;
        }
        self.subject_of(u)
            .filter(|s| matches!(s, Speaker::Person(..)))
    }

    /// Who reports a view that a verb of thinking at `v` gives a body or a thing: "Fitzwater
    /// said the administration believed its budget would …, “and that's our course.”" (the
    /// words are Fitzwater's, who says what the administration believes). A person, the
    /// subject of a verb of saying a few words before (back to `from`), whose reported clause
    /// the view's subject opens: no punctuation and no other verb between.
    fn reporter_of_view(&self, v: usize, from: usize) -> Option<Speaker> {
        if !VIEW_VERBS.contains(&self.low(v)) {
            return None;
        }
        let doc = self.doc;
        let u = (from.max(v.saturating_sub(7))..v)
            .rev()
            .take_while(|&u| doc.tokens[u].shape == Shape::Word && !doc.tokens[u].in_quote)
            .find(|&u| self.is_verb(u))?;
        if VIEW_VERBS.contains(&self.low(u)) || self.is_asking(u) {
            return None;
        }
        self.subject_of(u)
            .filter(|s| matches!(s, Speaker::Person(..)))
    }

    /// Whether the verb of saying at `v` stands in a condition that a comma closes before the
    /// quote at `open`: "Yeutter said the U.S. will act and if the U.S. believes the decision
    /// was wrong, “will evaluate responses.”" (who might believe is not who speaks): "if" or
    /// "unless" within the five words before it, no punctuation between; not a quote inside the
    /// condition ("if he said things which were “off the mark”", "even if Ray admitted it was
    /// an “unforgiving place”").
    fn in_condition(&self, v: usize, open: usize) -> bool {
        let doc = self.doc;
        let closed = (v + 1..open).any(|i| !doc.tokens[i].in_quote && doc.is(i, ','));
        closed
            && (v.saturating_sub(5)..v)
                .rev()
                .take_while(|&i| doc.tokens[i].shape == Shape::Word)
                .any(|i| self.is_word(i, "if") || self.is_word(i, "unless"))
    }

    /// Whether the quote ends its sentence: its last word or the mark after it is a full stop,
    /// a question or an exclamation mark.
    pub(super) fn ends_sentence(&self, quote: &QuotedSpan) -> bool {
        let doc = self.doc;
        let stop = |i: usize| doc.is(i, '.') || doc.is(i, '?') || doc.is(i, '!');
        let last = quote.last_piece_end();
        (last > 0 && stop(last - 1)) || stop(quote.close + 1)
    }

    /// How many tokens a relative clause between the verb at `v` and the quote at `open` takes
    /// up, when one ends right before the quote: "was asked by host Ann Lee, who has …, “…”"
    /// (the clause puts no distance between the asking and the question).
    fn relative_clause_before(&self, v: usize, open: usize) -> usize {
        let doc = self.doc;
        if open < 2 || !doc.is(open - 1, ',') {
            return 0;
        }
        (v + 1..open - 1)
            .find(|&i| {
                doc.is(i, ',') && matches!(self.low(i + 1), "who" | "which") && !self.is_verb(i + 2)
            })
            .map_or(0, |comma| open - comma)
    }

    /// Whether the verb at `v` shares its subject with the verb before it, after "and" or "but"
    /// ("Lazar said … and added", "He gave no details but said").
    fn coordinated(&self, v: usize) -> bool {
        v > 0 && (self.is_word(v - 1, "and") || self.is_word(v - 1, "but"))
    }

    /// The subject that a participle or a verb after "and" or "but" at `v` takes from the verb
    /// before it (back to `from`): "Nefzi said, adding, “…”", "Lazar said … and added, “…”".
    fn subject_of_verb_before(&self, v: usize, from: usize) -> Option<Speaker> {
        if !(self.low(v).ends_with("ing") || self.coordinated(v)) {
            return None;
        }
        // "Maher stated …. Adding, “…”": a participle opening its sentence goes with the one before
        let doc = self.doc;
        let from = match v.checked_sub(1) {
            Some(p) if from == v && doc.tokens[p].sent != doc.tokens[v].sent => {
                self.sentence_start(p)
            }
            _ => from.max(self.main_clause_start(v)),
        };
        (from..v)
            .rev()
            .filter(|&u| self.is_verb(u))
            .find_map(|u| self.subject_of(u))
            .or_else(|| self.coordinated_subject(v))
    }

    /// The subject of a verb of saying at `v` after "and" or "but", taken from the first verb
    /// of the clause when that is no verb of saying: "Ms. Sherry smiled and said, “…”", "He did
    /// not give details but said, “…”", or an organisation ("Fenwick Ferries stepped in and
    /// tweeted: “…”").
    fn coordinated_subject(&self, v: usize) -> Option<Speaker> {
        if !self.coordinated(v) {
            return None;
        }
        let start = self.main_clause_start(v);
        match self.subject_at(start, v) {
            Some(Subject::Person(e, at)) => {
                let named_at = self.people.run_at(at).map(|r| r.name_end);
                Some(Speaker::Person(e, named_at))
            }
            Some(Subject::Pronoun(g, at)) => self.antecedent_of(at, g),
            // "Fenwick Ferries stepped in and tweeted: “…”"
            None => self.organisation_subject(self.sentence_start(v), v, v),
        }
    }

    /// An attribution anywhere later in the quote's sentence: "“…” in the days before, says
    /// Kushner." (not for a phrase of a few words inside a sentence).
    pub(super) fn later_in_sentence(
        &self,
        quote: &QuotedSpan,
        left: &LeftContext,
        right: &RightContext,
    ) -> Option<Speaker> {
        if left.fragment && self.words_of(quote) <= 3 {
            return None;
        }
        self.attribution_in(right.tokens.start, right.tokens.end)
    }

    /// The person who is the subject of the sentence before the quote, when a colon ends it
    /// ("Here's Clinton in 1992: “…”", "Clinton released a statement:¶“…”") or a long quote
    /// is part of it with a verb not on the lists ("Nordhaus welcomed “…”").
    pub(super) fn subject_before_colon(
        &self,
        quote: &QuotedSpan,
        left: &LeftContext,
    ) -> Option<Speaker> {
        let colon = quote.open > 0 && self.doc.is(quote.open - 1, ':');
        if !(colon || (left.fragment && quote.last_piece_end() - quote.first() >= 5)) {
            return None;
        }
        // (not the subject the quote goes on from, which has no verb before it: "President
        // Ann Lee “has put aside her plans.”" quotes someone about her)
        if !colon && self.goes_on_from_name(quote.open) {
            return None;
        }
        let at = if colon { quote.open - 1 } else { quote.open };
        if colon {
            if let Some(person) = self.object_before_colon(at) {
                return Some(person);
            }
            if let Some(second) = self.second_clause_subject(at) {
                return second;
            }
        }
        // (a person, or a body the article's words show is one: "Exxon Mobil contended in its
        // letter … that the foundations had “a stated position …”")
        self.clause_subject(at).filter(|speaker| match speaker {
            Speaker::Person(..) => true,
            Speaker::Named(n) => self.people.things.contains(n),
        })
    }

    /// The speaker of a colon's quote when the colon ends the second of two joined clauses
    /// that has its own subject ("Jane Doe has a new deal, and Carver Group will be left to
    /// wonder: “…”"): that subject when it is a person's name, else nobody (not the first
    /// clause's subject). `None` when no such clause leads to the colon at token `colon`
    /// (", and said: “…”" goes on with the first subject).
    fn second_clause_subject(&self, colon: usize) -> Option<Option<Speaker>> {
        let doc = self.doc;
        let start = self.main_clause_start(colon);
        let joint = (start + 1..colon.saturating_sub(2)).rev().find(|&j| {
            !doc.tokens[j].in_quote
                && ((doc.is(j, ',') && matches!(self.low(j + 1), "and" | "but")) || doc.is(j, ';'))
        })?;
        // (not the last of a list: "her family, her children, and the entire life she tried
        // to escape: “…”", a short phrase of no verb between two commas before it)
        let list = (start + 1..joint)
            .rev()
            .find(|&j| !doc.tokens[j].in_quote && doc.is(j, ','))
            .is_some_and(|comma| {
                joint - comma <= 5
                    && (comma + 1..joint).all(|k| {
                        let w = self.low(k);
                        !self.is_verb(k)
                            && !w.ends_with("ed")
                            && !matches!(w, "is" | "was" | "are" | "were" | "has" | "have" | "will")
                    })
            });
        if list {
            return None;
        }
        let s = if doc.is(joint, ';') {
            joint + 1
        } else {
            joint + 2
        };
        let t = &doc.tokens[s];
        let subject = t.shape == Shape::Word
            && !t.in_quote
            && !self.is_verb(s)
            && ((t.cap && doc.word(s) != "I")
                || LEX.determiners.contains(self.low(s))
                || (t.lex.is_role_noun() && self.low(s).ends_with('s')));
        if !subject {
            return None;
        }
        let named = if self.is_word(s, "the") { s + 1 } else { s };
        Some(
            self.people
                .run_at(named)
                .filter(|r| r.start <= named)
                .and_then(|r| r.entity)
                .map(|e| Speaker::Person(e, None)),
        )
    }

    /// The person named right before the colon at token `colon` when the sentence's subject
    /// is a thing, a determiner and a noun in lower case that is no role: "The timing of
    /// Sanders’ surge doesn’t surprise Republican pollster Daron Shaw: “…”" (where a person
    /// opens the sentence, as in "Lee attacked Ray: “…”", the subject speaks).
    fn object_before_colon(&self, colon: usize) -> Option<Speaker> {
        let doc = self.doc;
        let run = self.people.run_at(colon.checked_sub(1)?)?;
        let e = run.entity?;
        let start = self.main_clause_start(colon);
        let thing = doc.tokens.get(start + 1).is_some_and(|t| {
            t.shape == Shape::Word && !t.cap && !t.lex.is_role_noun() && !t.lex.any(Flags::TITLE)
        });
        (run.end == colon && self.determiner_at(start) && thing && start + 1 < run.start)
            .then_some(Speaker::Person(e, Some(run.name_end)))
    }

    /// A name set before the quote as its label, after a dash: "… caucus - HuffPollster:
    /// “…”", "— Pew Research: “…”"; or as the byline of a passage quoted: "by Times' Ann Lee:
    /// “…”", "by Ann Lee: “…”".
    pub(super) fn label_before(&self, quote: &QuotedSpan) -> Option<Speaker> {
        let doc = self.doc;
        let colon = quote.open.checked_sub(1)?;
        if !doc.is(colon, ':') {
            return None;
        }
        let run = self.people.run_at(colon.checked_sub(1)?)?;
        let dash = run.start.checked_sub(1)?;
        let after_dash = matches!(doc.first_char(dash), '-' | '—' | '–')
            && doc.tokens[dash].shape == Shape::Punct
            && doc.tokens[dash].para == doc.tokens[colon].para;
        if run.end != colon || !(after_dash || self.byline_before(run.start)) {
            return None;
        }
        Some(match run.entity {
            Some(e) => Speaker::Person(e, Some(run.name_end)),
            None => Speaker::Named(
                doc.text[doc.tokens[run.start].start..doc.tokens[run.end - 1].end].to_string(),
            ),
        })
    }

    /// Whether "by" stands right before token `start`, or before an outlet's possessive right
    /// before it ("by Post's", "by Times'").
    fn byline_before(&self, start: usize) -> bool {
        let doc = self.doc;
        let by = |k: usize| self.is_word(k, "by");
        let Some(p) = start.checked_sub(1) else {
            return false;
        };
        if by(p) {
            return true;
        }
        let owner = if doc.tokens[p].poss {
            p
        } else if doc.plural_possessive_mark(p) {
            p - 1
        } else {
            return false;
        };
        doc.tokens[owner].cap && owner > 0 && by(owner - 1)
    }

    /// "Bystrom agreed. “…”": a short sentence ending with a verb of saying introduces the quote
    /// that follows it.
    pub(super) fn short_sentence_before(
        &self,
        quote: &QuotedSpan,
        left: &LeftContext,
    ) -> Option<Speaker> {
        let doc = self.doc;
        if left.fragment || quote.open < 2 || !doc.is(quote.open - 1, '.') {
            return None;
        }
        let v = quote.open - 2;
        let short = doc.tokens[v].para == doc.tokens[quote.open].para
            && v - self.sentence_start(v) <= 8
            && self.is_verb(v);
        short.then(|| self.subject_of(v)).flatten()
    }

    /// How many words (tokens other than punctuation) the quote holds.
    fn words_of(&self, quote: &QuotedSpan) -> usize {
        (quote.first()..quote.last_piece_end())
            .filter(|&t| self.doc.tokens[t].shape != Shape::Punct)
            .count()
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::{check, Cases};

    /// Where the attribution of a quote stands: right after it, before it, later in the sentence,
    /// before a colon, on a signature line, or a short sentence before it; else the quote continues
    /// the speaker before.
    #[test]
    fn cues() {
        let cases: Cases = &[
            // a long fragment far after its verb: the sentence's subject, a person or a body
            // the article's words show is one
            (
                "Exxon Mobil contended in its letter, written by Kenneth P. Cohen, a vice president for public and governmental affairs, that some of the foundations that supported the reporting of the articles, including the Rockefeller Brothers Fund, had “a stated position and bias against the oil and gas industry.”",
                &[(
                    "a stated position and bias against the oil and gas industry.",
                    Some("Exxon Mobil"),
                    None,
                )],
            ),
            // "he" or "she" and a verb in the past after a quote its comma leaves open: the
            // pronoun's person, whatever the verb
            (
                "Bo Ray spoke first. Ann Lee lost her home.\n\n“Everything is gone,” she sobbed, pointing at it.",
                &[("Everything is gone,", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "Bo Ray spoke first. Ann Lee lost her home.\n\n“Everything is gone.” She sobbed.",
                &[("Everything is gone.", None, None)],
            ),
            // a sentence after a closed quote that is a name, its appositive and the verb
            (
                "Bo Ray spoke first. “We won. How did we win?” Will Estrada, the chairman of the county party, said of the night.",
                &[("We won. How did we win?", Some("Will Estrada, the chairman of the county party"), Some("Will Estrada"))],
            ),
            // (nor one after a quote that its own clause introduces)
            (
                "Ivo Hale urged Ann Lee to act. Mr Hale told the Kestrel show: “Let's move on.” Ms Lee has said the remarks were fair.",
                &[("Let's move on.", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            (
                "Ivo Hale attacked Ann Lee, calling her, “a failed candidate.” Lee fired back in March.",
                &[("a failed candidate.", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            // (nor a verb that reports a clause of its own, told by an auxiliary)
            (
                "Ann Lee said the feud was “in the way”. “They need to grow up.” During the interview Bo Ray also said the mayor would stay.",
                &[
                    ("in the way", Some("Ann Lee"), Some("Ann Lee")),
                    ("They need to grow up.", Some("Ann Lee"), Some("Ann Lee")),
                ],
            ),
            // a name after "for" inside an appositive that no comma closes is not the speaker
            (
                "“It is a poor start,” Gail Martell, chief meteorologist for Ann Lee said.",
                &[(
                    "It is a poor start,",
                    Some("Gail Martell, chief meteorologist for Ann Lee"),
                    Some("Gail Martell"),
                )],
            ),
            // (nor a verb of agreeing, which answers words before)
            (
                "Ann Lee came for the cup. “We won. We go on.” Bo Ray has also agreed to coach the team at next year's cup.",
                &[("We won. We go on.", None, None)],
            ),
            // (not one whose verb reports words of its own)
            (
                "Bo Ray came first. “We won.” Will Estrada, the chairman of the county party, said he was glad.",
                &[("We won.", None, None)],
            ),
            // a verb after "but" shares its subject with the clause's first verb
            (
                "Finance Secretary Ivo Hale met the banks on Monday. He did not give details but said, “It is a useful alternative.”",
                &[("It is a useful alternative.", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            (
                "Ann Lee declined to name the buyer, but said “talks went well.”",
                &[("talks went well.", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            // (not who the first clause names as its object, nor someone after "but")
            (
                "Ann Lee met Ivo Hale but Tom Okoro said “nothing came of it.”",
                &[("nothing came of it.", Some("Tom Okoro"), Some("Tom Okoro"))],
            ),
            // an organisation that acted, then spoke
            (
                "In the midst of the storm, Fenwick Ferries stepped in and tweeted this announcement: “All sailings are cancelled today.”",
                &[("All sailings are cancelled today.", Some("Fenwick Ferries"), None)],
            ),
            (
                "Ann Lee waved and said: “We sail at dawn.”",
                &[("We sail at dawn.", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            // a question and its answer, each introduced
            (
                "Ann Lee met Tom Okoro. Lee responds to Okoro with, “Why now?” Okoro then writes back, “It is time.”",
                &[
                    ("Why now?", Some("Ann Lee"), Some("Ann Lee")),
                    ("It is time.", Some("Tom Okoro"), Some("Tom Okoro")),
                ],
            ),
            // a verb of saying that is a noun after a name that modifies it, not after a plural
            (
                "Ann Lee spoke. Ann Lee posted a Twitter comment of her own, saying, “We are so excited!”",
                &[("We are so excited!", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "“We fight terror,” the Saudis state in the paper.",
                &[("We fight terror,", Some("the Saudis"), None)],
            ),
            // a sentence ending with a colon introduces the quote after it, not the one before
            (
                "Ann Lee spoke at a press conference, “I did not send it.” Bo Ek added: “I am aware of the rules.”",
                &[
                    ("I did not send it.", Some("Ann Lee"), Some("Ann Lee")),
                    ("I am aware of the rules.", Some("Bo Ek"), Some("Bo Ek")),
                ],
            ),
            // a verb after "and" takes the main clause's subject, not one of a clause before it
            (
                "Ann Lee spoke. As the crowd began to chant, Lee was joined on stage by Bo Ek and joked, “You are being ridiculous,” to loud jeers.",
                &[("You are being ridiculous,", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            // a pull quote signed on its last line
            (
                "Jim Clyburn spoke.\n\n“Clinton could lose Iowa and New Hampshire this year.\nS.C. Rep. Jim Clyburn.”\n\nThe race goes on.",
                &[(
                    "Clinton could lose Iowa and New Hampshire this year.",
                    Some("Jim Clyburn"),
                    Some("Jim Clyburn"),
                )],
            ),
            // a label after a dash
            (
                "Polls did well on the Democratic side - HuffPollster: “Most pollsters fared much better.”",
                &[("Most pollsters fared much better.", Some("HuffPollster"), None)],
            ),
            // a passage quoted under its byline, an outlet's possessive before the name or not
            (
                "“Met accused of whitewashing,” by Post’s Kathy Boll: “A Manhattan man is suing the Met.” http://bit.ly/x.",
                &[("A Manhattan man is suing the Met.", Some("Kathy Boll"), Some("Kathy Boll"))],
            ),
            (
                "“Mendes leaves the show,” by Times' Michael Paulson: “Sam Mendes is withdrawing as the director.”",
                &[("Sam Mendes is withdrawing as the director.", Some("Michael Paulson"), Some("Michael Paulson"))],
            ),
            (
                "A new report by Ann Lee: “The harbour will reopen.”",
                &[("The harbour will reopen.", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            // a participle opening its sentence takes the subject of the sentence before
            (
                "Later, Bill Maher stated that the report “wasn’t good.” Adding, “What they actually do is never that bad.”",
                &[(
                    "What they actually do is never that bad.",
                    Some("Bill Maher"),
                    Some("Bill Maher"),
                )],
            ),
            // according to
            (
                "“Prices will rise,” according to economist Paul Hart.",
                &[("Prices will rise,", Some("Paul Hart"), Some("Paul Hart"))],
            ),
            // a speaker past an appositive after the quote
            (
                "“We must win,” Will Estrada, the chairman for the Northern Virginia exurb, said of it.",
                &[
                    (
                        "We must win,",
                        Some("Will Estrada, the chairman for the Northern Virginia exurb"),
                        Some("Will Estrada"),
                    ),
                ],
            ),
            // an attribution in the next sentence after a quote ending in "!"
            (
                "“We did it!” Jeff Sessions said as the vote began.",
                &[("We did it!", Some("Jeff Sessions"), Some("Jeff Sessions"))],
            ),
            // a verb of two words
            (
                "“Let me talk,” Donald Trump shot back.",
                &[("Let me talk,", Some("Donald Trump"), Some("Donald Trump"))],
            ),
            (
                "“We miss him,” Ann Lee weighed in, telling Tom Roe, “every day.”",
                &[("We miss him, every day.", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "“It is easier,” points out former Olympian and pundit Steve Cram.",
                &[("It is easier,", Some("Steve Cram"), Some("Steve Cram"))],
            ),
            (
                "Kestrel are three points clear. “We are happy,” said Ann Lee.",
                &[("We are happy,", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            // a partial quote in reported speech is the speaker's
            (
                "Lena Ortiz met voters. She said she was \"convinced\" of it.",
                &[("convinced", Some("Lena Ortiz"), Some("Lena Ortiz"))],
            ),
            // a participle takes the subject of the verb before it
            (
                "Omar Mateen left early, Sami Nefzi said, adding, “He was not very religious.”",
                &[("He was not very religious.", Some("Sami Nefzi"), Some("Sami Nefzi"))],
            ),
            // a verb after "and" takes the subject of the verb before it
            (
                "In an interview with Matei Rosca, Ion Lazar said he was ready and added, “I'll plead guilty.”",
                &[("I'll plead guilty.", Some("Ion Lazar"), Some("Ion Lazar"))],
            ),
            // a statement announced with a colon at the end of the paragraph before
            (
                "After the vote, Gov. Ed Marsh released the following statement:\n\n“We won.”",
                &[("We won.", Some("Ed Marsh"), Some("Ed Marsh"))],
            ),
            // a signature line after the quote
            (
                "“I will look into it.”\n\n- Hillary Clinton.",
                &[("I will look into it.", Some("Hillary Clinton"), Some("Hillary Clinton"))],
            ),
            // a short sentence ending with a speech verb introduces the quote after it
            (
                "Dianne Bystrom agreed. “Time is running out.”",
                &[("Time is running out.", Some("Dianne Bystrom"), Some("Dianne Bystrom"))],
            ),
            // a quote standing alone continues its neighbour's speaker
            (
                "Anna Berg spoke. “It hurt,” Berg wrote. She paused.\n\n“It was hard.”",
                &[
                    ("It hurt,", Some("Anna Berg"), Some("Anna Berg")),
                    ("It was hard.", Some("Anna Berg"), Some("Anna Berg")),
                ],
            ),
            // an attribution right before the quote comes before the words after it
            (
                "“The allowances are generous,” said Mr Ingram “For what we see, they are not an issue.” BT will begin enforcing them.",
                &[
                    ("The allowances are generous,", Some("Ingram"), Some("Ingram")),
                    (
                        "For what we see, they are not an issue.",
                        Some("Ingram"),
                        Some("Ingram"),
                    ),
                ],
            ),
            (
                "Salma Hayek confirmed it and said, “America has a problem.” The star then recalled a night out.",
                &[("America has a problem.", Some("Salma Hayek"), Some("Salma Hayek"))],
            ),
            // who is asked before a quote is no speaker
            (
                "Ann Smith, delivering the speech, asked the crowd “If she lies, why vote for her?”",
                &[(
                    "If she lies, why vote for her?",
                    Some("Ann Smith"),
                    Some("Ann Smith"),
                )],
            ),
            // a name and any verb in the past after a quote left open by its comma
            (
                "Bruce LeVell met the candidate. “He is no racist, guys,” LeVell assured the crowd.",
                &[("He is no racist, guys,", Some("Bruce LeVell"), Some("Bruce LeVell"))],
            ),
            // ... and a verb in the past, then a name that closes the clause
            (
                "Ivo Hale runs the crew. “Don’t get nervous,” instructed Ivo Hale, the site’s foreman.",
                &[("Don’t get nervous,", Some("Ivo Hale, the site’s foreman"), Some("Ivo Hale"))],
            ),
            (
                "Ivo Hale runs the crew. “Don’t get nervous,” warned Hale.",
                &[("Don’t get nervous,", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            (
                "Ivo Hale runs the crew. “Don’t get nervous,” mumbled Ivo Hale's foreman.",
                &[("Don’t get nervous,", None, None)],
            ),
            (
                "Ivo Hale runs the crew. “Don’t get nervous,” laughs Ivo Hale.",
                &[("Don’t get nervous,", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            (
                "Ivo Hale runs the crew. “Nikdo neví,” přirovnává Hale.",
                &[("Nikdo neví,", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            // a verb of two words, as other languages write it
            (
                "Ivo Hale runs the crew. “Nikdo neví,” přidává se Ivo Hale, někdejší útočník.",
                &[("Nikdo neví,", Some("Ivo Hale, někdejší útočník"), Some("Ivo Hale"))],
            ),
            (
                "Ivo Hale runs the crew. “Nikdo neví,” kroutí hlavou Hale.",
                &[("Nikdo neví,", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            // someone described by what they do in a market or a place
            (
                "Rates fell. “I would not be surprised if the bank cuts the amount,” one dealer said.",
                &[(
                    "I would not be surprised if the bank cuts the amount,",
                    Some("one dealer"),
                    None,
                )],
            ),
            // "he" after a sentence whose subject is someone described, not named: that one
            (
                "Tom Ray spoke on Monday.\n\nPutting it more sharply, one senior banking official blamed Washington for the delay. “The United States can influence them,” he said.",
                &[(
                    "The United States can influence them,",
                    Some("one senior banking official"),
                    None,
                )],
            ),
            // (not a possessor: "An ambassador's job, he said")
            (
                "Tom Ray spoke on Monday. An ambassador's job, he said, should be to “counter lies and distortions with hard data and facts.”",
                &[(
                    "counter lies and distortions with hard data and facts.",
                    Some("Tom Ray"),
                    Some("Tom Ray"),
                )],
            ),
            // the comma after the closing mark, as French, German or Spanish set it, and an
            // auxiliary before the verb
            (
                "Laurent Fabius est arrivé. «Nous sommes prêts», a ajouté Laurent Fabius.",
                &[("Nous sommes prêts", Some("Laurent Fabius"), Some("Laurent Fabius"))],
            ),
            (
                "Angela Merkel kam an. „Wir sind bereit“, sagte Angela Merkel.",
                &[("Wir sind bereit", Some("Angela Merkel"), Some("Angela Merkel"))],
            ),
            // a name and a verb in the past, whatever the verb, before a quote and its comma
            (
                "Yet in spite of carping that Mr. Tom Ray is a crusader - during their first debate, Ann Lee cracked, “I'm a progressive who gets things done” - he has been effective.",
                &[(
                    "I'm a progressive who gets things done",
                    Some("Ann Lee"),
                    Some("Ann Lee"),
                )],
            ),
            // (not a name that no comma or full stop closes: a verb's object)
            (
                "Ivo Hale runs the crew. “We lost the vote”, cost Ivo Hale his seat.",
                &[("We lost the vote", None, None)],
            ),
            // (not across a function word: "in the words of Ivo Hale", "and then Ivo Hale")
            (
                "Ivo Hale runs the crew. “Don’t get nervous,” and then Ivo Hale.",
                &[("Don’t get nervous,", None, None)],
            ),
            // (not a function word: "and Ivo Hale")
            (
                "Ivo Hale runs the crew. “Don’t get nervous,” and Ivo Hale.",
                &[("Don’t get nervous,", None, None)],
            ),
            // a short phrase far from any speech verb has none: a scare quote
            (
                "Lena Ortiz said the plan, which the council debated for months before the vote last spring, was a “clean slate”.",
                &[],
            ),
        ];
        check(cases);
    }

    /// Where else an attribution stands: "in X's view", "in the words of X", a writing filed
    /// by a person; a verb of saying across a relative clause or a "that" clause; never a
    /// sentence after the quote whose verb reports words of its own.
    #[test]
    fn views_writings_and_reach() {
        let cases: Cases = &[
            // "begin to" begins to do, it says nothing: the subject of "said" speaks
            (
                "Ed Bray spoke. He said that the south Korean Won should begin to move, “otherwise Korea will suffer.”",
                &[("otherwise Korea will suffer.", Some("Ed Bray"), Some("Ed Bray"))],
            ),
            (
                "Ed Bray rose. He began, “Friends, we won.”",
                &[("Friends, we won.", Some("Ed Bray"), Some("Ed Bray"))],
            ),
            // a passive before an infinitive names no speaker: the term is nobody's
            (
                "Ann Lee spoke. The Kestrel chairman Ivo Hale was said to be “furious” with her.",
                &[],
            ),
            (
                "Ivo Hale measured it. It is higher than what is predicted to result from “exogenic” processes.",
                &[],
            ),
            // (not a progressive)
            (
                "Now Ivo Hale is promising to create “a big spectacle” in Kestrel.",
                &[("a big spectacle", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            (
                "John Bolton spoke. “It is an across-the-board failure” from trade to defence, in Bolton’s view.",
                &[(
                    "It is an across-the-board failure",
                    Some("John Bolton"),
                    Some("John Bolton"),
                )],
            ),
            // a verb of saying reaches further to a clause-length quote after "and" that ends
            // its sentence
            (
                "Bo Ray met Ann Lee. He said other potential conflicts are already in sight - alleged government subsidies of large passenger aircraft and new taxes on fats and oils - and “the two of us must therefore learn to manage our relations better.”",
                &[(
                    "the two of us must therefore learn to manage our relations better.",
                    Some("Bo Ray"),
                    Some("Bo Ray"),
                )],
            ),
            (
                "Ann Lee spoke. In the words of Ann Lee, “The town has moved on.”",
                &[("The town has moved on.", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "“The evidence is weak,” according to a court document filed by state attorney Dave Aronberg.",
                &[("The evidence is weak,", Some("Dave Aronberg"), Some("Dave Aronberg"))],
            ),
            // ... but a writing issued by no one named stays as written
            (
                "“The evidence is weak,” according to a court document filed on Monday.",
                &[("The evidence is weak,", Some("a court document"), None)],
            ),
            // a writing's noun on the list of verbs of saying, before one: the verb's subject
            (
                "“More study is needed,” the DOT report said.",
                &[("More study is needed,", Some("DOT"), None)],
            ),
            (
                "“Growth will slow,” the annual report says.",
                &[("Growth will slow,", Some("the annual report"), None)],
            ),
            (
                "Peter Hale spoke. Hale was asked by host Bill Maher, who has long supported Hale but once dismissed the story about the tax returns, “Now, has the story moved on?”",
                &[("Now, has the story moved on?", Some("Bill Maher"), Some("Bill Maher"))],
            ),
            // a body's view that a person reports is the person's words
            (
                "Tom Okoro met reporters. Okoro said the administration believed its budget would show the way to cut the deficit without a tax rise “and that’s our course.”",
                &[("and that’s our course.", Some("Tom Okoro"), Some("Tom Okoro"))],
            ),
            (
                "Ann Lee of Hutton spoke. She says GM apparently believes “they can handle a buyback.”",
                &[("they can handle a buyback.", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            // what a body would say or do, in a person's report, is the person's word
            (
                "Tom Okoro said yesterday that if the council went ahead with the tax, the United States would respond “vigorously” to protect its rights.",
                &[("vigorously", Some("Tom Okoro"), Some("Tom Okoro"))],
            ),
            (
                "Speaking after the meeting, Ann Lee said the Kestrel Bank would offer “a menu of securities” to investors.",
                &[("a menu of securities", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            // ... not a view the reporter's clause holds at a distance
            (
                "Supporters of Ann Lee would argue that her pitch fits, given that polls show majorities of voters believe the country is on the “wrong track” now.",
                &[("wrong track", Some("voters"), None)],
            ),
            // a verb of saying in a condition attributes nothing
            (
                "Tom Okoro said the U.S. will study the ruling and if the U.S. believes it was wrong, “will appeal at once.”",
                &[("will appeal at once.", Some("Tom Okoro"), Some("Tom Okoro"))],
            ),
            // ... but a quote inside the condition is the clause's
            (
                "Tom Okoro said Ann Lee should know that if she said things which were “off the mark”, they would bite her.",
                &[("off the mark", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "Tait received praise from Bo Ray afterwards, even if Ray admitted Cardiff was an “unforgiving place” for him.",
                &[("unforgiving place", Some("Bo Ray"), Some("Bo Ray"))],
            ),
            (
                "Tom Okoro has said that a deal reached with the union in July could lead to another “disaster.”",
                &[("disaster.", Some("Tom Okoro"), Some("Tom Okoro"))],
            ),
            // (a term in a long "that" clause is no quote of the speaker's)
            (
                "An official said that about half of the people at the group's annual donor “seminar” were women.",
                &[],
            ),
            (
                "Ann Lee wrote to the board. “We are trying to save lives.” Tom Okoro has said he would not give.",
                &[("We are trying to save lives.", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            // (past when, or to whom, the next sentence's words were said)
            (
                "Ann Lee said the arguments “tend to be weak.” Tom Okoro said yesterday that he wanted the plant sold.",
                &[("tend to be weak.", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "Ann Lee said the arguments “tend to be weak.” Tom Okoro told reporters on Monday he wanted the plant sold.",
                &[("tend to be weak.", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "Ann Lee left. “We are done.” Tom Okoro said on Monday.",
                &[("We are done.", Some("Tom Okoro"), Some("Tom Okoro"))],
            ),
            // a person named right before the colon, when the sentence's subject is a thing,
            // is who speaks; a person who opens the sentence speaks to whom they name there
            (
                "Bo Ray and Ann Lee ran. The timing of Ray's surge does not surprise pollster Ann Lee: “Outsiders often surge early in a race.”",
                &[("Outsiders often surge early in a race.", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "Bo Ray and Ann Lee ran. Bo Ray attacked Ann Lee: “She has no plan for the state at all.”",
                &[("She has no plan for the state at all.", Some("Bo Ray"), Some("Bo Ray"))],
            ),
            // ... but "said of" names what the words were about: the quote is the words
            (
                "Ann Lee wrote to the board. “Can we save lives?” Tom Okoro said of the talks he had last week.",
                &[("Can we save lives?", Some("Tom Okoro"), Some("Tom Okoro"))],
            ),
        ];
        check(cases);
    }
}
