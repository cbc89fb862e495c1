//! Who said a quote. The attribution of a quote is found by the patterns of news writing, tried
//! in a fixed order ([`Attributor::attribute`]): [`cue`] finds the verb of saying or "according
//! to" that attributes the quote and where it stands, [`speaker`] reads the phrase that names
//! the speaker (the subject of the verb, or the phrase after an inverted one), [`resolve`]
//! turns a pronoun, a family relation or "the mayor" into the person it refers to, and
//! [`describe`] reads the description an attribution gives its speaker.

mod cue;
mod describe;
mod resolve;
mod speaker;

use super::lexicon::{Flags, LEX};
use super::people::People;
use super::quotes::QuotedSpan;
use super::text::{Doc, Shape};

/// Who a quote is attributed to, before names are made canonical.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Speaker {
    /// A person of the article, and, when the attribution names them, the token just past
    /// that mention (where a description of them may follow: "Ben Ott, a lawyer, said").
    Person(usize, Option<usize>),
    /// Someone named as the article names them ("the campaign", "the White House").
    Named(String),
}

/// The attribution machinery for one article.
pub(crate) struct Attributor<'d, 'a> {
    doc: &'d Doc<'a>,
    people: &'d People,
    /// Speech events outside quotes: (verb token, who speaks).
    events: Vec<(usize, Speaker)>,
    /// Descriptions of people: (head noun, person, token), from titles ("Mayor Annika
    /// Solberg") and appositives ("Tomas Lindqvist, the harbour master,").
    descriptions: Vec<(&'d str, usize, usize)>,
    /// Whether each token is a speech verb outside quotes.
    verbs: Vec<bool>,
}

impl<'d, 'a> Attributor<'d, 'a> {
    pub(crate) fn new(doc: &'d Doc<'a>, people: &'d People) -> Self {
        let mut me = Attributor {
            doc,
            people,
            events: Vec::new(),
            descriptions: Vec::new(),
            verbs: Vec::new(),
        };
        // (Only a word on the list or the first of a two-word verb can be one: the flags settle most
        // tokens without a call.)
        me.verbs = (0..doc.tokens.len())
            .map(|i| {
                doc.tokens[i]
                    .lex
                    .any(Flags::SPEECH_VERB | Flags::TWO_WORD_VERB)
                    && me.speech_verb_at(i)
            })
            .collect();
        me.descriptions = me.find_descriptions();
        for i in 0..doc.tokens.len() {
            if doc.tokens[i].in_quote || !me.is_verb(i) {
                continue;
            }
            if let Some(sp) = me.subject_of(i) {
                me.events.push((i, sp));
            }
        }
        me
    }

    /// Token `i` in lower case, without a trailing dot (see [`Doc::low`]).
    fn low(&self, i: usize) -> &'d str {
        self.doc.low(i)
    }

    /// Whether token `i` is a speech verb outside quotes.
    fn is_verb(&self, i: usize) -> bool {
        self.verbs[i]
    }

    fn is_word(&self, i: usize, w: &str) -> bool {
        self.doc
            .tokens
            .get(i)
            .is_some_and(|t| t.shape == Shape::Word)
            && self.low(i) == w
    }

    /// Attribute span `s` (with the spans around it for context).
    pub(crate) fn attribute(
        &self,
        spans: &[QuotedSpan],
        s: usize,
        prev_speaker: Option<(&Speaker, u32)>,
    ) -> (Option<Speaker>, bool) {
        let doc = self.doc;
        let sp = &spans[s];
        let n = doc.tokens.len();
        let open_sent = doc.tokens[sp.open].sent;
        let close_at = sp.close.min(n.saturating_sub(1));
        let close_sent = doc.tokens[close_at].sent;

        // A joined quote: the attribution is between its two parts.
        if let Some((a, b)) = sp.between {
            if let Some(speaker) = self.attribution_in(a, b) {
                return (Some(speaker), true);
            }
        }
        // Right context: from the closing mark to the end of its sentence or the next quote.
        let next_open = spans.get(s + 1).map_or(n, |x| x.open);
        let r_start = (sp.close + 1).min(n);
        let mut r_end = r_start;
        while r_end < n
            && r_end < next_open
            && doc.tokens[r_end].sent == close_sent
            && doc.tokens[r_end].para == doc.tokens[close_at].para
        {
            r_end += 1;
        }
        // "“Great!” Smith said." starts a new sentence that is only the attribution.
        if r_end == r_start
            && r_start < n
            && r_start < next_open
            && doc.tokens[r_start].para == doc.tokens[close_at].para
        {
            let next_sent = doc.tokens[r_start].sent;
            let mut e = r_start;
            while e < n && e < next_open && doc.tokens[e].sent == next_sent {
                e += 1;
            }
            let verb_early = (r_start..(r_start + 7).min(e)).any(|v| self.is_verb(v));
            if e - r_start <= 8 || verb_early {
                r_end = e;
            }
        }
        let mut r_first = r_start;
        while r_first < r_end && doc.tokens[r_first].shape == Shape::Punct {
            r_first += 1;
        }
        let immediate = |me: &Self| -> Option<Speaker> {
            if r_first >= r_end {
                return None;
            }
            let w = me.low(r_first);
            if LEX.not_after_quote.contains(w) {
                return None;
            }
            if let Some(sp) = me.according_to(r_first, (r_first + 3).min(r_end)) {
                return Some(sp);
            }
            // "“…,” Will Estrada, the chairman for the exurb, said": past the appositive.
            let reach = match me.people.run_at(r_first) {
                Some(run) if run.start == r_first && doc.is(run.end, ',') => 30,
                _ => 7,
            };
            (r_first..(r_first + reach).min(r_end))
                .find(|&v| me.is_verb(v))
                .and_then(|v| me.subject_of(v))
        };
        if let Some(sp) = immediate(self) {
            return (Some(sp), true);
        }
        // Left context: back from the opening mark to the sentence start or the previous quote.
        let prev_close = if s > 0 { spans[s - 1].close + 1 } else { 0 };
        let mut l_start = sp.open;
        while l_start > prev_close
            && doc.tokens[l_start - 1].sent == open_sent
            && !doc.tokens[l_start - 1].in_quote
        {
            l_start -= 1;
        }
        // "He said:" ending the previous sentence or paragraph introduces this quote.
        if l_start == sp.open && sp.open > 0 && doc.is(sp.open - 1, ':') {
            let sent = doc.tokens[sp.open - 1].sent;
            while l_start > prev_close && doc.tokens[l_start - 1].sent == sent {
                l_start -= 1;
            }
        }
        if let Some(sp) = self.according_to(l_start, sp.open) {
            return (Some(sp), true);
        }
        let fragment = l_start < sp.open;
        // A phrase of a few words needs its verb close by: far off, it is a scare quote.
        let words = (sp.first()..sp.last_piece_end())
            .filter(|&t| doc.tokens[t].shape != Shape::Punct)
            .count();
        let reach = if words <= 3 { 10 } else { 20 };
        for v in (l_start..sp.open).rev() {
            if self.is_verb(v) {
                if fragment && sp.open - v > reach {
                    break;
                }
                // "Nefzi said, adding, “...”": a participle takes the subject of the verb before it.
                let earlier = || {
                    (l_start..v)
                        .rev()
                        .filter(|&u| self.is_verb(u))
                        .find_map(|u| self.subject_of(u))
                };
                let subject = self
                    .subject_of(v)
                    .or_else(|| {
                        // ... and so does a verb after "and": "Lazar said ... and added, “…”"
                        if self.low(v).ends_with("ing") || (v > 0 && self.is_word(v - 1, "and")) {
                            earlier()
                        } else {
                            None
                        }
                    })
                    .or_else(|| self.clause_subject(v));
                if subject.is_some() {
                    return (subject, true);
                }
            }
        }
        // Anywhere later in the sentence: "“...” in the days before, says Kushner."
        if !(fragment && words <= 3) {
            if let Some(speaker) = self.attribution_in(r_start, r_end) {
                return (Some(speaker), true);
            }
        }
        // "Here's Clinton in 1992: “...”", or a sentence whose subject is a person with a verb
        // we do not list ("Nordhaus welcomed “...”"): the subject of the sentence.
        let colon = sp.open > 0 && doc.is(sp.open - 1, ':');
        if colon || (fragment && sp.last_piece_end() - sp.first() >= 5) {
            // (the colon may end the paragraph before: "Clinton released a statement:¶“…”")
            let at = if colon { sp.open - 1 } else { sp.open };
            if let Some(person @ Speaker::Person(..)) = self.clause_subject(at) {
                return (Some(person), true);
            }
        }
        // A signature line after the quote's paragraph: "“…”¶- Hillary Clinton."
        if let Some(person) = self.signature_after(close_at) {
            return (Some(person), true);
        }
        // "Bystrom agreed. “…”": a short sentence ending with a speech verb introduces it.
        if !fragment && sp.open >= 2 && doc.is(sp.open - 1, '.') {
            let v = sp.open - 2;
            let sent_start = self.sentence_start(v);
            if doc.tokens[v].para == doc.tokens[sp.open].para
                && v - sent_start <= 8
                && self.is_verb(v)
            {
                if let Some(speaker) = self.subject_of(v) {
                    return (Some(speaker), true);
                }
            }
        }
        // A quote standing on its own continues the previous speaker (same or next paragraph).
        if !fragment {
            if let Some((speaker, para)) = prev_speaker {
                if doc.tokens[sp.open].para <= para + 1 {
                    return (Some(speaker.clone()), false);
                }
            }
        }
        (None, false)
    }
}
