//! A quote that stands alone, a sentence or a paragraph with no attribution of its own: who says
//! it is who spoke last in the text before it (the speaker of the quote before, the subject of a
//! verb of saying), or whom the sentence right before it is about ("Mr Lee has adapted the idea.
//! "We put in 25 laptops …""); in an article that is one person's account ("Rob Partridge
//! remembers the man behind the legend" and quotes with no attribution at all), that person.

use super::cue::LeftContext;
use super::resolve::{is_name, is_organisation_name, Subject};
use super::{Attributor, Speaker};
use crate::extract::lexicon::{Flags, LEX};
use crate::extract::quotes::{opening, QuotedSpan};
use crate::extract::text::Shape;

/// The speaker of the quote before a quote, where that quote opened (its paragraph) and where
/// it closed.
pub(super) struct Previous<'s> {
    pub(super) speaker: &'s Speaker,
    pub(super) para: u32,
    pub(super) close: usize,
}

/// How many paragraphs open an article in which its account is introduced.
const LEAD_PARAGRAPHS: u32 = 2;

impl<'d, 'a> Attributor<'d, 'a> {
    /// The speaker of a quote that stands alone (`alone`: not part of a sentence of narration,
    /// nor with a verb of saying of its own after it that found nobody): the latest
    /// of the speaker of the quote before (in its paragraph or the next), the subject of the
    /// last verb of saying (in the quote's paragraph, or the paragraph before when the quote
    /// opens its own), and the person the sentence right before the quote is about (in its
    /// paragraph).
    pub(super) fn stand_alone(
        &self,
        quote: &QuotedSpan,
        alone: bool,
        prev: Option<&Previous>,
    ) -> Option<Speaker> {
        if !alone {
            return None;
        }
        let doc = self.doc;
        let open = quote.open;
        let para = doc.tokens[open].para;
        let opens_para = open == 0 || doc.tokens[open - 1].para != para;
        // (where the evidence stands, and who it names)
        let mut best: Option<(usize, Speaker)> = None;
        let mut offer = |at: usize, speaker: Speaker| {
            if best.as_ref().is_none_or(|(b, _)| at > *b) {
                best = Some((at, speaker));
            }
        };
        // (the paragraph after the one where the quote before closed: a quote joined across
        // paragraphs hands on from its last)
        let next_to = |p: &&Previous| para <= doc.tokens[p.close].para.max(p.para) + 1;
        if let Some(p) = prev.filter(|p| next_to(p) || self.captions_between(p.close, open)) {
            offer(p.close, p.speaker.clone());
        }
        // (a person: "Many companies offer services" is no one speaking; or an organisation
        // that opens the sentence right before and speaks there, before a statement of whole
        // sentences: "Kestrel Records have denied it. “We did not.”")
        if let Some((v, speaker)) = self.outer_event(self.events_in(0, open)) {
            let vp = doc.tokens[*v].para;
            let who = match speaker {
                Speaker::Person(..) => true,
                Speaker::Named(_) => self.organisation_opens_before(quote, *v, speaker),
            };
            if who
                && (vp == para || (opens_para && vp + 1 == para))
                && !self.another_subject_between(*v, open, speaker)
            {
                offer(*v, speaker.clone());
            }
        }
        if let Some((v, issuer)) = self.statement_before(open) {
            offer(v, issuer);
        }
        if !opens_para {
            let start = self.sentence_start(open - 1);
            if doc.tokens[start].para == para && !self.first_person_in(start, open) {
                let about = match self.subject_at(start, open) {
                    Some(Subject::Person(e, at)) => Some((at, e)),
                    Some(Subject::Pronoun(g, at)) => match self.antecedent_of(at, g) {
                        Some(Speaker::Person(e, _)) => Some((at, e)),
                        _ => None,
                    },
                    None => None,
                };
                // (someone who speaks in the article, not someone spoken about)
                if let Some((at, e)) = about.filter(|&(_, e)| self.speaks[e]) {
                    offer(at, Speaker::Person(e, None));
                } else if about.is_none() {
                    if let Some(body) = self.body_about(quote, start) {
                        offer(start, body);
                    }
                }
            }
        }
        if best.is_none() && opens_para && open > 0 {
            if let Some(e) = self.one_speaker_told_of_before(quote) {
                return Some(Speaker::Person(e, None));
            }
        }
        best.map(|(_, speaker)| speaker)
    }

    /// The one person the last sentence of the paragraph before `quote` names, outside quotes,
    /// when they speak in the article and the quote, a paragraph of its own, speaks in the
    /// first person: "But for Parata and his family the deaths are personal. ¶ “It's very
    /// emotional. Our ancestors tell us …”" is Parata's. Not when the sentence names two.
    fn one_speaker_told_of_before(&self, quote: &QuotedSpan) -> Option<usize> {
        let doc = self.doc;
        let open = quote.open;
        // (closed in its paragraph, with nothing after the mark there: not a quote left open
        // that the next paragraph goes on with and attributes, "“We found her. ¶ We also
        // arrested her aunt,” said a spokeswoman")
        let closed = quote.joined.is_none()
            && quote.close < doc.tokens.len()
            && doc.tokens[quote.close].shape == Shape::Punct
            && doc.tokens[quote.close].para == doc.tokens[open].para
            && doc
                .tokens
                .get(quote.close + 1)
                .is_none_or(|t| t.para != doc.tokens[open].para);
        if !closed || !(self.first_person_quoted(quote) || self.first_person_plural_quoted(quote)) {
            return None;
        }
        let mut last = open - 1;
        while last > 0 && doc.tokens[last].shape == Shape::Punct {
            last -= 1;
        }
        if doc.tokens[last].para + 1 != doc.tokens[open].para || doc.tokens[last].in_quote {
            return None;
        }
        let start = self.sentence_start(last);
        let runs = &self.people.runs;
        let from = runs.partition_point(|r| r.start < start);
        let upto = runs.partition_point(|r| r.start < open);
        let mut named = runs[from..upto]
            .iter()
            .filter(|r| !doc.tokens[r.start].in_quote)
            .filter_map(|r| r.entity);
        let e = named.next()?;
        (named.all(|o| o == e) && self.speaks[e]).then_some(e)
    }

    /// Whether the words of `quote` are whole sentences: its last word inside the marks is a
    /// full stop, a question or an exclamation mark ("“We did not.”", not "“costs,”").
    fn of_whole_sentences(&self, quote: &QuotedSpan) -> bool {
        let doc = self.doc;
        let last = quote.last_piece_end();
        last > quote.first()
            && (doc.is(last - 1, '.') || doc.is(last - 1, '!') || doc.is(last - 1, '?'))
    }

    /// Whether the words of `quote` speak for a group the speaker is in ("our ancestors", "we
    /// need to listen").
    fn first_person_plural_quoted(&self, quote: &QuotedSpan) -> bool {
        let doc = self.doc;
        (quote.first()..quote.last_piece_end()).any(|t| {
            doc.tokens[t].shape == Shape::Word
                && matches!(
                    self.low(t),
                    "we" | "our" | "us" | "we're" | "we've" | "we'll"
                )
        })
    }

    /// The organisation that the sentence opening at token `start`, right before `quote`, is
    /// about, when it has spoken in the article before and the quote is of whole sentences:
    /// "The U.S. Embassy says in a new report …. But the report holds out little hope …. “For
    /// 1987 …”" is the embassy's, as "the council" is the council's that said something before.
    /// Not a name the sentence opens that never spoke ("But Acme holds out hope").
    fn body_about(&self, quote: &QuotedSpan, start: usize) -> Option<Speaker> {
        let doc = self.doc;
        if !self.of_whole_sentences(quote) {
            return None;
        }
        let open = quote.open;
        let mut c = start;
        if doc.tokens[c].shape == Shape::Word && LEX.clause_openers.contains(self.low(c)) {
            c += 1;
            if doc.is(c, ',') {
                c += 1;
            }
        }
        // ("the council" for the council named before, whatever its verb: "But the council
        // holds out little hope")
        let described = || {
            let head = c + 1;
            let t = doc.tokens.get(head)?;
            let verb = doc.tokens.get(head + 1)?;
            (self.is_word(c, "the")
                && t.shape == Shape::Word
                && !t.cap
                && LEX.organisation_heads.contains(self.low(head))
                && verb.shape == Shape::Word
                && !verb.cap
                && !verb.lex.any(Flags::FUNCTION_WORD))
            .then(|| self.organisation_before(c, self.low(head)))
            .flatten()
            .map(Speaker::Named)
        };
        let body = self
            .organisation_subject(c, open, open)
            .or_else(described)?;
        let spoke = self.events_in(0, start).iter().any(|(_, sp)| *sp == body);
        (spoke && matches!(&body, Speaker::Named(n) if is_organisation_name(n))).then_some(body)
    }

    /// Whether every paragraph between the one where token `close` stands and the one where
    /// token `open` stands is a caption: a line with no sentence's end nor quotation (a
    /// photo's caption that a page sets between two paragraphs of one speaker's words:
    /// "“…,” says Te Kaurinui. ¶ Whangārei Harbour seen from Tamaterau ¶ “…”").
    fn captions_between(&self, close: usize, open: usize) -> bool {
        let doc = self.doc;
        let (from, to) = (doc.tokens[close].para, doc.tokens[open].para);
        if to <= from + 1 || to > from + 3 {
            return false;
        }
        let mut t = close + 1;
        // (past the rest of the quote's paragraph)
        while t < open && doc.tokens[t].para == from {
            t += 1;
        }
        while t < open {
            let para = doc.tokens[t].para;
            let mut last = t;
            while last + 1 < open && doc.tokens[last + 1].para == para {
                if doc.tokens[last].in_quote {
                    return false;
                }
                last += 1;
            }
            let ends_sentence = matches!(
                doc.first_char(last),
                '.' | '!' | '?' | '”' | '"' | '’' | ':' | ';' | '…'
            );
            if ends_sentence || doc.tokens[last].in_quote {
                return false;
            }
            t = last + 1;
        }
        true
    }

    /// The last of `events` (in text order) but for one told inside another's report: when
    /// the last is the verb of a clause that an earlier verb of saying of its sentence
    /// reports, with no comma, quote or "and" between ("Ann Lee said she was glad that Bo
    /// Ray had admitted his mistakes. “…”"), the earlier one, whose subject is the one who
    /// goes on speaking. Not a tag after reported words ("Lee will resign, Ray said"), nor two
    /// reports side by side ("Lee said … and Ray said …").
    fn outer_event<'e>(&self, events: &'e [(usize, Speaker)]) -> Option<&'e (usize, Speaker)> {
        const JOINS: [&str; 6] = ["and", "but", "while", "whereas", "although", "or"];
        let doc = self.doc;
        let mut k = events.len().checked_sub(1)?;
        while k > 0 {
            let (v, speaker) = &events[k];
            let (outer, by) = &events[k - 1];
            let reported = doc.tokens[*outer].sent == doc.tokens[*v].sent
                && by != speaker
                && self.subject_end_before(*v).is_some_and(|s| s > *outer)
                && !(outer + 1..*v).any(|t| {
                    let tok = &doc.tokens[t];
                    tok.in_quote
                        || doc.is(t, ',')
                        || doc.is(t, ';')
                        || (tok.shape == Shape::Word && JOINS.contains(&self.low(t)))
                });
            if !reported {
                break;
            }
            k -= 1;
        }
        events.get(k)
    }

    /// Whether a sentence after the one of the verb at `v` and before token `open` has a person
    /// other than `speaker` for its subject: the text has moved on to them ("Bo Ray spoke
    /// first. Ann Lee lost her home. “Everything is gone.”").
    fn another_subject_between(&self, v: usize, open: usize, speaker: &Speaker) -> bool {
        self.sentences(v, open).skip(1).any(|(start, end)| {
            matches!(self.subject_at(start, end), Some(Subject::Person(e, _))
                if !matches!(speaker, Speaker::Person(s, _) if *s == e))
        })
    }

    /// Whether `speaker`, the subject of the verb of saying at `v`, is the organisation that
    /// opens the sentence right before `quote` (past a short phrase and its comma) or that
    /// "it" stands for there ("Soekor found oil. Gas flowed, it said. “…”"), and the
    /// quote is a statement of whole sentences (not a term: "“Top secret” is the highest
    /// level").
    fn organisation_opens_before(&self, quote: &QuotedSpan, v: usize, speaker: &Speaker) -> bool {
        let doc = self.doc;
        let Speaker::Named(n) = speaker else {
            return false;
        };
        let whole = self.of_whole_sentences(quote);
        let Some(before) = quote.open.checked_sub(1) else {
            return false;
        };
        let start = self.sentence_start(before);
        // ("it" that stands for the organisation: "…, it said. “…”")
        let it = || {
            self.subject_end_before(v)
                .is_some_and(|p| self.is_word(p, "it"))
        };
        whole
            && is_organisation_name(n)
            && !doc.tokens[before].in_quote
            && v >= start
            && (it()
                || self
                    .organisation_subject(start, before + 1, v)
                    .is_some_and(|o| o == *speaker))
    }

    /// Whether the quote is led in by a sentence of narration that ends with a colon and names
    /// no one: no name, no described person, no verb of saying, no other quote ("That process
    /// led to a realization: “…”", "She went on: “…”"): it stands alone as much as a quote
    /// with no words before it. Not a text set out by "is:" or "as:" ("The proposed question
    /// is: “…”"), nor one a name, an acronym or someone newly described leads in ("AS offers
    /// one viewpoint: “…”", "a question came from a member of the audience: “…”"; but "He
    /// praised the film director: “…”").
    pub(super) fn speakerless_lead_in(&self, quote: &QuotedSpan) -> bool {
        const SETS_OUT: [&str; 8] = ["is", "are", "was", "were", "be", "as", "reads", "read"];
        let doc = self.doc;
        let open = quote.open;
        if open < 2 || !doc.is(open - 1, ':') || SETS_OUT.contains(&self.low(open - 2)) {
            return false;
        }
        let start = self.sentence_start(open - 1);
        doc.tokens[start].para == doc.tokens[open].para
            // (but the capital of the sentence's first word: "That process led to")
            && self
                .people
                .runs_within(start, open)
                .iter()
                .all(|r| r.start == start && r.end == start + 1 && r.entity.is_none())
            && (start..open).all(|t| {
                let tok = &doc.tokens[t];
                let acronym = tok.shape == Shape::Word
                    && doc.word(t).len() > 1
                    && doc.word(t).chars().all(|c| c.is_uppercase());
                let someone = tok.lex.is_role_noun()
                    && !tok.cap
                    && (t.saturating_sub(3)..t)
                        .any(|k| matches!(self.low(k), "a" | "an" | "one" | "another"));
                !tok.in_quote && !self.is_verb(t) && !acronym && !someone
            })
    }

    /// "The DNC issued a statement on Sunday. “…”": who issued the writing that the sentence
    /// right before the quote at `open` tells of (a person or an organisation), and the verb.
    pub(super) fn statement_before(&self, open: usize) -> Option<(usize, Speaker)> {
        const ISSUED: [&str; 6] = ["issued", "released", "sent", "posted", "published", "put"];
        let doc = self.doc;
        let mut last = open.checked_sub(1)?;
        // (from a quote's first word, back past its opening mark, which a straight mark's
        // sentence holds: "\"…,\" the statement said")
        while last > 0
            && doc.tokens[last].shape == Shape::Punct
            && (opening(doc.first_char(last)) || doc.is(last, '"'))
        {
            last -= 1;
        }
        let start = self.sentence_start(last);
        if doc.tokens[start].para + 1 < doc.tokens[open].para {
            return None;
        }
        let v = (start + 1..last).find(|&v| {
            let t = &doc.tokens[v];
            t.shape == Shape::Word
                && !t.in_quote
                && ISSUED.contains(&self.low(v))
                && (v + 1..(v + 4).min(last))
                    .any(|n| LEX.authored_nouns.contains(self.low(n)) && !doc.tokens[n].cap)
        })?;
        let subject_end = self.subject_end_before(v)?;
        // (an organisation "it" or "they" stands for: "Big Machine have denied it. … Now they
        // have put out another statement")
        if matches!(
            self.low(subject_end),
            "it" | "they" | "they've" | "they’ve" | "it's" | "it’s"
        ) && doc.tokens[subject_end].shape == Shape::Word
        {
            let para = doc.tokens[v].para;
            let spoke_last = || {
                self.events_in(0, v)
                    .iter()
                    .rev()
                    .take_while(|(u, _)| doc.tokens[*u].para + 3 >= para)
                    .find_map(|(_, sp)| match sp {
                        Speaker::Named(n) if is_organisation_name(n) => Some(sp.clone()),
                        _ => None,
                    })
            };
            return self
                .organisation_it(subject_end)
                .or_else(spoke_last)
                .map(|o| (v, o));
        }
        // (a person or a name, not a described phrase: "the group", "officials")
        match self.np_ending_at(subject_end)? {
            Speaker::Named(n) if !is_name(&n) => None,
            speaker => Some((v, speaker)),
        }
    }

    /// Whether "I", "me" or "my" stands outside quotes in tokens `start..end`: the sentence is
    /// itself someone's words, not narration about a third person.
    fn first_person_in(&self, start: usize, end: usize) -> bool {
        (start..end).any(|t| !self.doc.tokens[t].in_quote && self.first_person_at(t))
    }

    /// Whether the words of `quote` speak in the first person ("as low as I've ever seen").
    fn first_person_quoted(&self, quote: &QuotedSpan) -> bool {
        (quote.first()..quote.last_piece_end()).any(|t| self.first_person_at(t))
    }

    /// Whether token `t` is "I", "me" or "my" (or "I'm", "I've").
    fn first_person_at(&self, t: usize) -> bool {
        let doc = self.doc;
        doc.tokens[t].shape == Shape::Word
            && matches!(
                doc.word(t),
                "I" | "me" | "my" | "I'm" | "I’m" | "I've" | "I’ve"
            )
    }

    /// The person whose report the sentence before gives, for a phrase in the first person
    /// quoted in a sentence that goes on with that report, naming no one and with no verb of
    /// saying of its own: "He said that while U.S. officials …. ¶ Also the financing
    /// mechanisms had to be discussed “because we can't stay as we were.”" (`left`: the words
    /// before the quote).
    pub(super) fn report_goes_on(&self, quote: &QuotedSpan, left: &LeftContext) -> Option<Speaker> {
        let doc = self.doc;
        let open = quote.open;
        let start = self.sentence_start(open);
        // (a sentence that opens with a new thing for subject turns from the report: "The
        // photo quotes Romans 8:31 – “If God is for us …”"; so does one that names another
        // speaker by a role: "a question came from a member of the audience: “…”")
        if !left.fragment
            || matches!(self.low(start), "the" | "a" | "an")
            || (start..open).any(|t| {
                let tok = &doc.tokens[t];
                tok.in_quote || self.is_verb(t) || (tok.lex.is_role_noun() && !tok.cap)
            })
            || self
                .people
                .runs_within(start, open)
                .iter()
                .any(|r| r.entity.is_some())
        {
            return None;
        }
        let we = (quote.first()..quote.last_piece_end()).any(|t| {
            doc.tokens[t].shape == Shape::Word
                && matches!(
                    doc.low(t),
                    "i" | "me" | "my" | "we" | "us" | "our" | "i'm" | "i’m" | "we're" | "we’re"
                )
        });
        let before = self.sentence_start(start.checked_sub(1)?);
        if !we || doc.tokens[before].para + 1 < doc.tokens[start].para {
            return None;
        }
        match self.events_in(before, start).last() {
            Some((_, sp @ Speaker::Person(..))) => Some(sp.clone()),
            _ => None,
        }
    }

    /// The speaker of the quote before, when both quote phrases of one sentence: "… an
    /// “independent legal opinion”, not subject to “political negotiation”" (`left`: the words
    /// before the quote).
    pub(super) fn same_sentence(
        &self,
        quote: &QuotedSpan,
        left: &LeftContext,
        prev: Option<&Previous>,
    ) -> Option<Speaker> {
        let doc = self.doc;
        let p = prev?;
        let sent = doc.tokens[quote.open].sent;
        (left.fragment && doc.tokens.get(p.close)?.sent == sent).then(|| p.speaker.clone())
    }

    /// The speaker of the quote before, in its paragraph, for a quote that goes on from the
    /// name right before it with no verb of its own: the words are said of that person, by
    /// whom the paragraph quotes ("“…,” Obama said. President Abbas “has put aside …”").
    pub(super) fn said_of_subject(
        &self,
        quote: &QuotedSpan,
        prev: Option<&Previous>,
    ) -> Option<Speaker> {
        let doc = self.doc;
        let p = prev?;
        (self.goes_on_from_name(quote.open) && p.para == doc.tokens[quote.open].para)
            .then(|| p.speaker.clone())
    }

    /// The speaker of the quote before, for a phrase quoted in the sentence right after the one
    /// where that quote closed, in its paragraph, when the sentence opens with a word that
    /// points back to what was said and names no one before the phrase: "“She has the best
    /// friends,” Bill Clinton said. That makes her “a trustworthy person, by definition.”"
    /// (`left`: the words before the quote); or names no one at all before a phrase that
    /// speaks in the first person: "“I was shocked,” said Tyler Besecker. The price is “as low
    /// as I've ever seen.”" Not a term of a word or three, which the sentence may use for
    /// itself ("That could trigger the “contested convention” scenario").
    pub(super) fn carried_on(
        &self,
        quote: &QuotedSpan,
        left: &LeftContext,
        prev: Option<&Previous>,
    ) -> Option<Speaker> {
        const POINTING_BACK: [&str; 4] = ["that", "this", "it", "which"];
        const TERM_WORDS: usize = 3;
        let doc = self.doc;
        let p = prev?;
        let open = quote.open;
        let start = self.sentence_start(open);
        // (the names before the phrase: one word opening the sentence, or no person's)
        let runs = self.people.runs_within(start, open);
        (left.fragment
            && p.para == doc.tokens[open].para
            && doc.tokens[p.close].sent + 1 == doc.tokens[open].sent
            && ((POINTING_BACK.contains(&self.low(start))
                && runs.iter().all(|r| r.start == start && r.end == start + 1))
                || (runs.iter().all(|r| r.entity.is_none())
                    && (self.first_person_quoted(quote) || self.main_clause_quoted(quote))))
            && (start..open).all(|t| !doc.tokens[t].in_quote && !self.is_verb(t))
            && (quote.first()..quote.last_piece_end())
                .filter(|&t| doc.tokens[t].shape == Shape::Word)
                .nth(TERM_WORDS)
                .is_some())
        .then(|| p.speaker.clone())
    }

    /// Whether the quote is the main clause of its sentence, after a clause that a comma
    /// closes, and ends the sentence: "Unless further rivals quit the race, “it's very
    /// difficult to see how he is stopped on his way to the nomination.”" (words of the
    /// speaker before, which the writer's condition frames).
    fn main_clause_quoted(&self, quote: &QuotedSpan) -> bool {
        const CLAUSE_WORDS: usize = 8;
        let doc = self.doc;
        let open = quote.open;
        let end = quote.last_piece_end();
        open > 0
            && doc.is(open - 1, ',')
            && self.opens_clause(self.sentence_start(open))
            && quote.joined.is_none()
            && self.ends_sentence(quote)
            && (quote.first()..end)
                .filter(|&t| doc.tokens[t].shape == Shape::Word)
                .nth(CLAUSE_WORDS)
                .is_some()
    }

    /// The person that a headline of the form "Name: “…”" quotes ("Cecile Richards: ‘I’m Sick
    /// Of Men Telling Us What To Do’", "Kasich: ‘We Are Going All The Way’"): every word before
    /// the colon is a word of the person's name, or a first name before a surname that the body
    /// gives alone ("CNN President On Trump: ‘…’" names no speaker).
    pub(super) fn quoted_in_headline(&self, headline: &str) -> Option<usize> {
        let (name, rest) = headline.split_once(':')?;
        if !rest
            .trim_start()
            .starts_with(['“', '‘', '"', '\'', '«', '„'])
        {
            return None;
        }
        let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
        if words.is_empty() || words.len() > 4 {
            return None;
        }
        self.people
            .entities
            .iter()
            .enumerate()
            .filter(|(_, ent)| ent.mentions > 0 && ent.key.last() == words.last())
            // (the headline may give a first name that the body leaves out)
            .filter(|(_, ent)| {
                words.iter().all(|w| {
                    ent.key.contains(w)
                        || (ent.key.len() == 1 && LEX.listed_first_name(w).is_some())
                })
            })
            .max_by_key(|(_, ent)| ent.mentions)
            .map(|(e, _)| e)
    }

    /// The person the headline quotes (see [`Attributor::quoted_in_headline`]), for a quote that
    /// stands alone before anyone in the body speaks: the article opens with more of their
    /// words.
    pub(super) fn headline_speaker(
        &self,
        quote: &QuotedSpan,
        alone: bool,
        prev: Option<&Previous>,
    ) -> Option<Speaker> {
        let e = self.headline_speaker?;
        (alone && prev.is_none() && self.events_in(0, quote.open).is_empty())
            .then_some(Speaker::Person(e, None))
    }

    /// The person whose account an article is: the subject of a sentence of its first
    /// paragraphs whose verb, in the present, tells (`account_verbs`: "Rob Partridge, his
    /// former press officer, remembers the man behind the legend").
    pub(super) fn account_teller(&self) -> Option<usize> {
        let doc = self.doc;
        self.sentences(0, doc.tokens.len())
            .take_while(|&(start, _)| doc.tokens[start].para < LEAD_PARAGRAPHS)
            .find_map(|(start, end)| {
                let Some(Subject::Person(e, at)) = self.subject_at(start, end) else {
                    return None;
                };
                let tells = (at..end).any(|t| {
                    let tok = &doc.tokens[t];
                    tok.shape == Shape::Word
                        && !tok.cap
                        && !tok.in_quote
                        && LEX.account_verbs.contains(self.low(t))
                });
                tells.then_some(e)
            })
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::{check, check_headlined, Cases};

    /// A quote with no attribution of its own: who spoke last, whom the sentence before is
    /// about (if they speak in the article), or the person whose account the article is.
    #[test]
    fn quotes_standing_alone() {
        let cases: Cases = &[
            // a body that spoke before, or its writing, that the sentence before is about,
            // whatever its verb
            (
                "The Harbour City Council said on Monday that rents would rise.\n\nBut the council holds out little hope for tenants. “We expect rents to rise.”",
                &[("We expect rents to rise.", Some("The Harbour City Council"), None)],
            ),
            (
                "Exports will fall, the U.S. Embassy says in a new report.\n\nBut the report holds out little hope for swift improvement. “For 1987 early indications point to slow growth.”",
                &[(
                    "For 1987 early indications point to slow growth.",
                    Some("the U.S. Embassy"),
                    None,
                )],
            ),
            // a paragraph of quote in the first person after a sentence that names one person
            // who speaks in the article, whatever its verb
            (
                "“The sea is hurting,” says Tama Rewi.\n\nMany people came to the beach.\n\nBut for Rewi and his family the deaths of their ancestors are personal.\n\n“It is very emotional. Our ancestors tell us things.”",
                &[
                    ("The sea is hurting,", Some("Tama Rewi"), Some("Tama Rewi")),
                    ("It is very emotional. Our ancestors tell us things.", Some("Tama Rewi"), Some("Tama Rewi")),
                ],
            ),
            // ... not when it names two, nor for words in no person's voice
            (
                "“The sea is hurting,” says Tama Rewi.\n\nMany people came to the beach.\n\nBut for Rewi and Ann Lee the deaths of their ancestors are personal.\n\n“It is very emotional. Our ancestors tell us things.”",
                &[
                    ("The sea is hurting,", Some("Tama Rewi"), Some("Tama Rewi")),
                    ("It is very emotional. Our ancestors tell us things.", None, None),
                ],
            ),
            (
                "“The sea is hurting,” says Tama Rewi.\n\nMany people came to the beach.\n\nBut for Rewi the deaths of the whales are personal.\n\n“The whales died on the beach.”",
                &[
                    ("The sea is hurting,", Some("Tama Rewi"), Some("Tama Rewi")),
                    ("The whales died on the beach.", None, None),
                ],
            ),
            // a paragraph of quote after two that were one person's (the quote before joined
            // across them)
            (
                "“When we went into those talks, the mayor did not have the facts,” Ann Lee said.\n\n“And that is why we were misled.”\n\n“We were badly served by the people that ran the show.”\n\nAsked whom she meant, Lee named the aides.",
                &[
                    ("When we went into those talks, the mayor did not have the facts, And that is why we were misled.", Some("Ann Lee"), Some("Ann Lee")),
                    ("We were badly served by the people that ran the show.", Some("Ann Lee"), Some("Ann Lee")),
                ],
            ),
            // two bodies that spoke together in the sentence before a statement of whole
            // sentences
            (
                "The Bank of England and Fed said they had faced a dilemma.\n\n“On the one hand we are determined to require adequate capital.”",
                &[(
                    "On the one hand we are determined to require adequate capital.",
                    Some("The Bank of England and Fed"),
                    None,
                )],
            ),
            // ... not a body that never spoke, nor a phrase of a sentence
            (
                "The Harbour City Council met on Monday to set rents.\n\nBut the council holds out little hope for tenants. “We expect rents to rise.”",
                &[("We expect rents to rise.", None, None)],
            ),
            (
                "The Harbour City Council said on Monday that rents would rise.\n\nBut the council holds out little hope for “tenants in need”.",
                &[],
            ),
            // a phrase in the first person in a sentence that goes on with a person's report
            (
                "Finance Minister Ivo Hale spoke. He said that while officials understood, the banks did not.\n\nAlso the financing had to be discussed “because we can't stay as we were.”",
                &[("because we can't stay as we were.", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            // ... not in a sentence that turns to a new thing, nor in the third person
            (
                "Ann Lee spoke. She said her son was well.\n\nThe photo quotes Romans 8:31 – “If God is for us, who can be against us?”",
                &[("If God is for us, who can be against us?", None, None)],
            ),
            (
                "Finance Minister Ivo Hale spoke. He said that while officials understood, the banks did not.\n\nAlso the financing had to be discussed “because the banks cannot wait.”",
                &[],
            ),
            // who forecast something spoke: the sentence before is about them
            (
                "Kidder analyst Roy Burry raised his rating. Burry forecast earnings of 2.00 dlrs a share. Burry previously had a sell rating. “We're looking at 15 pct growth.”",
                &[("We're looking at 15 pct growth.", Some("Roy Burry"), Some("Roy Burry"))],
            ),
            // who spoke last, though "spoke" tells no words; it credits no term of its sentence
            (
                "Ann Lee met Ivo Hale.\n\nIvo Hale spoke only in vague terms during the interview.\n\n“We have to do something.”",
                &[("We have to do something.", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            (
                "Ann Lee met Ivo Hale. Ivo Hale spoke of a “positive campaign” on Monday.",
                &[],
            ),
            // a phrase in the first person quoted in the next sentence, which names no one
            (
                "“I was shocked,” said Ivo Hale. The price is “as low as I've ever seen.”",
                &[
                    ("I was shocked,", Some("Ivo Hale"), Some("Ivo Hale")),
                    ("as low as I've ever seen.", Some("Ivo Hale"), Some("Ivo Hale")),
                ],
            ),
            // a photo's caption between two paragraphs of one speaker's words; not a paragraph
            // of narration
            (
                "“The sea is hurting,” says Ivo Hale.\n\nThe harbour seen from the hill, with mangroves\n\n“We are not foreigners in this land.”",
                &[
                    ("The sea is hurting,", Some("Ivo Hale"), Some("Ivo Hale")),
                    ("We are not foreigners in this land.", Some("Ivo Hale"), Some("Ivo Hale")),
                ],
            ),
            (
                "“The sea is hurting,” says Ivo Hale.\n\nThe tribes met on Monday.\n\n“We are not foreigners in this land.”",
                &[
                    ("The sea is hurting,", Some("Ivo Hale"), Some("Ivo Hale")),
                    ("We are not foreigners in this land.", None, None),
                ],
            ),
            // ... or the main clause of the next sentence after a condition the writer frames,
            // of clause length (not a phrase after a clause that opens no condition)
            (
                "“It is a big moment,” said Ivo Hale. Unless his rivals quit the race, “it is very difficult to see how he is stopped now.”",
                &[
                    ("It is a big moment,", Some("Ivo Hale"), Some("Ivo Hale")),
                    ("it is very difficult to see how he is stopped now.", Some("Ivo Hale"), Some("Ivo Hale")),
                ],
            ),
            (
                "“It is a big moment,” said Ivo Hale. Unless his rivals quit, “it is hard.”",
                &[("It is a big moment,", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            // a phrase quoted in the next sentence, which points back to what was said: the
            // speaker's still; not a term of a few words that the sentence uses for itself
            (
                "“She has the best friends,” Ivo Hale said. That makes her “by definition a good person.”",
                &[
                    ("She has the best friends,", Some("Ivo Hale"), Some("Ivo Hale")),
                    ("by definition a good person.", Some("Ivo Hale"), Some("Ivo Hale")),
                ],
            ),
            (
                "“We will win,” Ivo Hale said. That could trigger a “contested convention” scenario.",
                &[("We will win,", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            (
                "“We will win,” Ivo Hale said. Ann Lee called it “a very good person indeed.”",
                &[
                    ("We will win,", Some("Ivo Hale"), Some("Ivo Hale")),
                    ("a very good person indeed.", Some("Ann Lee"), Some("Ann Lee")),
                ],
            ),
            // who reports another's words goes on speaking, not the one reported; but a tag
            // after reported words, or a second report beside the first, speaks last
            (
                "Ann Lee said she was glad that Ivo Hale had admitted his mistakes. “One speech is not enough.”",
                &[("One speech is not enough.", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "Ivo Hale said he would resign soon, Ann Lee told reporters. “It is a start.”",
                &[("It is a start.", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "Ann Lee said she would stay and Ivo Hale said he would resign. “It is a start.”",
                &[("It is a start.", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            // after a lead-in with a colon that names no one: who spoke last
            (
                "Mary Steenburgen wrote the song. “I fought for the script,” she said.\n\nThat process led to a realization: “It was a love song to her mother.”",
                &[
                    ("I fought for the script,", Some("Mary Steenburgen"), Some("Mary Steenburgen")),
                    ("It was a love song to her mother.", Some("Mary Steenburgen"), Some("Mary Steenburgen")),
                ],
            ),
            (
                "Ann Lee said it was over. “We lost,” she said. She went on: “We will be back.”",
                &[
                    ("We lost,", Some("Ann Lee"), Some("Ann Lee")),
                    ("We will be back.", Some("Ann Lee"), Some("Ann Lee")),
                ],
            ),
            (
                "Ann Lee said it was over. “We lost,” she said. She also praised the director: “He was superb.”",
                &[
                    ("We lost,", Some("Ann Lee"), Some("Ann Lee")),
                    ("He was superb.", Some("Ann Lee"), Some("Ann Lee")),
                ],
            ),
            // ... not a text set out ("is:"), nor a lead-in that names or describes someone
            (
                "Ann Lee said it was over. “We lost,” she said. The proposed question is: “Should we stay?”",
                &[
                    ("We lost,", Some("Ann Lee"), Some("Ann Lee")),
                    ("Should we stay?", None, None),
                ],
            ),
            (
                "Ann Lee said it was over. “We lost,” she said. After the talk, a question came from a member of the audience: “Should we stay?”",
                &[
                    ("We lost,", Some("Ann Lee"), Some("Ann Lee")),
                    ("Should we stay?", None, None),
                ],
            ),
            // a quote that repeats four words or more of another's quote is its speaker's
            (
                "Zoomcab tweeted this: “We are all concerned. Fares have increased to bring more drivers online.” The post drew anger.\n\nRiders paid five times the usual price.\n\nThe city was calm by midnight.\n\n“… Fares have increased to bring more drivers online …”",
                &[
                    ("We are all concerned. Fares have increased to bring more drivers online.", Some("Zoomcab"), None),
                    ("… Fares have increased to bring more drivers online …", Some("Zoomcab"), None),
                ],
            ),
            // the second of two joined clauses that leads in with its own subject: that
            // subject's, a person's, or nobody's; not the first clause's subject, nor past the
            // last item of a list, nor when "and" goes on with the first subject
            (
                "Jane Doe has a new deal, and Carver Group will be left to wonder: “What did we do?”",
                &[("What did we do?", None, None)],
            ),
            (
                "Jane Doe has a new deal, and fans will be left to wonder: “What next?”",
                &[("What next?", None, None)],
            ),
            (
                "Jane Doe has a new deal, and Tom Reed will be left to wonder: “What did we do?”",
                &[("What did we do?", Some("Tom Reed"), Some("Tom Reed"))],
            ),
            (
                "Jane Doe thanked her family, her children, and the life she left: “I pushed you away.”",
                &[("I pushed you away.", Some("Jane Doe"), Some("Jane Doe"))],
            ),
            (
                "Jane Doe signed a new deal, and posted a photo: “What next?”",
                &[("What next?", Some("Jane Doe"), Some("Jane Doe"))],
            ),
            // ... not a lead-in that names someone else
            (
                "Mary Steenburgen wrote the song. “I fought for the script,” she said.\n\nTom Harper had a realization: “It was a love song.”",
                &[
                    ("I fought for the script,", Some("Mary Steenburgen"), Some("Mary Steenburgen")),
                    ("It was a love song.", Some("Tom Harper"), Some("Tom Harper")),
                ],
            ),
            // a verb of saying in the paragraph before, with no quote
            (
                "Committee chairman John Denham said the claims should be rejected.\n\n“The committee believes the claims are weak.”",
                &[(
                    "The committee believes the claims are weak.",
                    Some("John Denham"),
                    Some("John Denham"),
                )],
            ),
            // the person the sentence before is about, who speaks in the article
            (
                "Nicholas Negroponte says he is building a laptop. However, Mr Negroponte has adapted the idea. “We put in 25 laptops.”",
                &[(
                    "We put in 25 laptops.",
                    Some("Nicholas Negroponte"),
                    Some("Nicholas Negroponte"),
                )],
            ),
            // ... after someone else's quote: the latest wins
            (
                "“We lost,” said Ann Berg. Liberal Democrat spokesman Menzies Campbell repeated his party's calls for a vote. “The public interest is served.”",
                &[
                    ("We lost,", Some("Ann Berg"), Some("Ann Berg")),
                    (
                        "The public interest is served.",
                        Some("Menzies Campbell"),
                        Some("Menzies Campbell"),
                    ),
                ],
            ),
            // two phrases quoted in one sentence: the second is the first's speaker's
            (
                "Even if Lord Goldsmith signed it, Robin Cook said, the advice should be an “independent opinion”, not subject to “political negotiation”.",
                &[
                    ("independent opinion", Some("Robin Cook"), Some("Robin Cook")),
                    ("political negotiation", Some("Robin Cook"), Some("Robin Cook")),
                ],
            ),
            // one person's account: a lead whose verb, in the present, tells
            (
                "To mark the anniversary, Rob Lee - the singer's former press officer - remembers the man.\n\nLee worked with the singer for years.\n\n: “I joined the label in 1977.”\n\n: Bob Reyes was driven. “He never rested.”",
                &[
                    ("I joined the label in 1977.", Some("Rob Lee"), Some("Rob Lee")),
                    ("He never rested.", Some("Rob Lee"), Some("Rob Lee")),
                ],
            ),
            // ... not when another person speaks
            (
                "Rob Lee remembers the man.\n\n“I joined in 1977.”\n\nLater, there was a row.\n\n“It was hard,” said Ann Berg.",
                &[
                    ("I joined in 1977.", None, None),
                    ("It was hard,", Some("Ann Berg"), Some("Ann Berg")),
                ],
            ),
            // ... nor a lead in the past, which reports
            (
                "Carl Holm said the shop would close.\n\nThen came the storm.\n\n“We are proud.”",
                &[("We are proud.", None, None)],
            ),
        ];
        check(cases);
    }

    /// A paragraph of quote after a sentence telling that someone issued a statement is that
    /// statement: the person's or the organisation's, not a group's.
    #[test]
    fn statements_issued() {
        let cases: Cases = &[
            // "they" that a body spoke as, then "it" of the statement they put out
            (
                "Harbour Records have twice denied it.\n\n“We did no wrong,” they said in a statement.\n\n“In fact, we cannot stop her.”\n\nNow they've put out another statement.\n\n“We have agreed to grant all licenses,” it says.",
                &[
                    ("We did no wrong, In fact, we cannot stop her.", Some("Harbour Records"), None),
                    ("We have agreed to grant all licenses,", Some("Harbour Records"), None),
                ],
            ),
            (
                "After the leak, the DNC issued a statement apologising to Ann Lee.\n\n“We offer a sincere apology to Senator Lee.”",
                &[("We offer a sincere apology to Senator Lee.", Some("the DNC"), None)],
            ),
            (
                "Tom Okoro released a statement on Tuesday.\n\n“I am deeply sorry for what I said.”",
                &[("I am deeply sorry for what I said.", Some("Tom Okoro"), Some("Tom Okoro"))],
            ),
            (
                "The protesters released a statement on Tuesday.\n\n“We will be back.”",
                &[("We will be back.", None, None)],
            ),
            // ... and so the writing named after the quote, in straight marks too: "“…,” the
            // statement said"
            (
                "The Tass news agency issued a statement on Monday.\n\n\"The talks were useful,\" the statement said.",
                &[("The talks were useful,", Some("The Tass news agency"), None)],
            ),
            // an organisation that spoke in the sentence right before
            (
                "Ann Lee criticised the label. Kestrel Records have denied doing anything wrong.\n\n“At no point did we stop her.”",
                &[("At no point did we stop her.", Some("Kestrel Records"), None)],
            ),
            // ... not a group, nor a described phrase, nor one that spoke sentences before
            (
                "Ann Lee criticised the label. Many companies deny doing anything wrong.\n\n“At no point did we stop her.”",
                &[("At no point did we stop her.", None, None)],
            ),
            (
                "Ann Lee criticised the label. Kestrel Records denied it. The row went on.\n\n“At no point did we stop her.”",
                &[("At no point did we stop her.", None, None)],
            ),
            (
                "Kestrel Oil reported a find near Mossel Bay. About 5,000 barrels a day were produced, it said.\n\n“We will drill again.”",
                &[("We will drill again.", Some("Kestrel Oil"), None)],
            ),
            // ... nor one that does not open the sentence, nor before a term
            (
                "Ann Lee, who presents The Weakest Link tells Bo Ray that she despaired.\n\n“I used to sit on my hands.”",
                &[("I used to sit on my hands.", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "The Kestrel Office has said it classified 22 emails as secret. “Top secret” is the highest level.",
                &[("Top secret", None, None)],
            ),
        ];
        check(cases);
    }

    /// A headline "Name: “…”" quotes its speaker: the quotes that open the body standing alone,
    /// before anyone else speaks, are theirs. Not when the words before the colon are not a
    /// name of the person.
    #[test]
    fn headline_quotes_its_speaker() {
        let cases: Cases = &[
            (
                "Ann Lee: ‘We Are Sick Of It’\n\n“His comments were outrageous. We will fight on.”\n\nMs Lee spoke at a rally in Dallas. “We will win,” Bo Ray said.",
                &[
                    ("His comments were outrageous. We will fight on.", Some("Ann Lee"), Some("Ann Lee")),
                    ("We will win,", Some("Bo Ray"), Some("Bo Ray")),
                ],
            ),
            (
                "Kestrel President On Lee: ‘We Are Sick Of It’\n\n“His comments were outrageous. We will fight on.”\n\nAnn Lee spoke at a rally in Dallas.",
                &[("His comments were outrageous. We will fight on.", None, None)],
            ),
            (
                "Ann Lee: ‘We Are Sick Of It’\n\nBo Ray said the rally was large.\n\n“His comments were outrageous. We will fight on.”\n\nAnn Lee spoke later.",
                &[("His comments were outrageous. We will fight on.", Some("Bo Ray"), Some("Bo Ray"))],
            ),
        ];
        check_headlined(cases);
    }
}
