//! The phrase that names a speaker: the subject of a verb of saying ("Smith said", "Smith, a
//! lawyer, said"), the phrase after an inverted verb ("said the senator"), a name, a pronoun, an
//! acronym ("the FBI"), a described speaker ("a spokesman for the campaign").

use super::{Attributor, Speaker};
use crate::extract::lexicon::{Flags, LEX};
use crate::extract::people::is_date_word;
use crate::extract::text::Shape;

impl<'d, 'a> Attributor<'d, 'a> {
    /// The subject of the speech verb at `v`: "Smith said", "Smith, 45, said", "said Smith",
    /// "Smith also said"; `None` when the verb has no subject of its own.
    pub(super) fn subject_of(&self, v: usize) -> Option<Speaker> {
        let doc = self.doc;
        let verb = self.low(v);
        // A participle ("..., saying") has no subject of its own: the clause's is used.
        if verb.ends_with("ing") {
            return None;
        }
        let sentence_initial = v == 0 || doc.tokens[v - 1].sent != doc.tokens[v].sent;
        // "told Fox News" names who was told, never who spoke.
        let takes_object = LEX.listener_verbs.contains(verb);
        // Inverted: "..., said Smith." / "said the senator," (the noun phrase closes the clause);
        // "Stated Stone:" opening a sentence.
        let inverted = |me: &Self| -> Option<Speaker> {
            if takes_object {
                return None;
            }
            let (s, end) = me.np_starting_at(v + 1)?;
            let closes = match doc.tokens.get(end + 1) {
                None => true,
                Some(t) => {
                    t.para != doc.tokens[end].para
                        || (t.shape == Shape::Word
                            && LEX.after_inverted_speaker.contains(me.low(end + 1)))
                        || (t.shape == Shape::Punct
                            && (matches!(
                                doc.first_char(end + 1),
                                '.' | ',' | ';' | '!' | '?' | '—' | '–' | ')' | '('
                            ) || (sentence_initial && doc.first_char(end + 1) == ':')))
                }
            };
            closes.then_some(s)
        };
        let mut p = v.checked_sub(1)?;
        if doc.tokens[p].sent != doc.tokens[v].sent {
            return inverted(self);
        }
        // "Bryne went on to say", "she went on to add": the subject of "went".
        if p >= 3
            && self.is_word(p, "to")
            && self.is_word(p - 1, "on")
            && matches!(self.low(p - 2), "went" | "goes" | "go" | "going")
        {
            p -= 3;
        }
        // (and over a day: "Priebus later Thursday told Fox News")
        while doc.tokens[p].shape == Shape::Word
            && ((LEX.between_speaker_and_verb.contains(self.low(p)) && !doc.tokens[p].cap)
                || (is_date_word(doc.word(p)) && p + 1 == v))
        {
            p = p.checked_sub(1)?;
        }
        // "Sen. Marco Rubio (R-Fla.) said": step over the parenthesis.
        if doc.is(p, ')') {
            let sent = doc.tokens[v].sent;
            let mut q = p;
            for _ in 0..8 {
                q = q.checked_sub(1)?;
                if doc.tokens[q].sent != sent {
                    return None;
                }
                if doc.is(q, '(') {
                    p = q.checked_sub(1)?;
                    break;
                }
            }
        }
        if doc.is(p, ',') || doc.is(p, '—') {
            if let Some(s) = inverted(self) {
                return Some(s);
            }
            // An appositive: "Smith, a spokesman for X, said" / "Smith, who ..., said".
            let sent = doc.tokens[v].sent;
            let mut q = p;
            for _ in 0..25 {
                q = q.checked_sub(1)?;
                if doc.tokens[q].sent != sent || doc.tokens[q].in_quote {
                    return None;
                }
                if doc.is(q, ',') || doc.is(q, '—') {
                    // "Ms. Merkel's spokesman, Steffen Seibert, wrote": the name between the
                    // commas is the speaker; else "Smith, a spokesman, said": the one before.
                    if let Some(Speaker::Person(e, at)) = self.np_ending_at(p - 1) {
                        if self.people.run_at(q + 1).is_some_and(|r| r.start == q + 1) {
                            return Some(Speaker::Person(e, at));
                        }
                    }
                    return q.checked_sub(1).and_then(|e| self.np_ending_at(e));
                }
            }
            return None;
        }
        if doc.tokens[p].shape == Shape::Number {
            return None;
        }
        match self.np_ending_at(p) {
            // "A source speaking to Fox News said": a name after a preposition is no subject.
            Some(Speaker::Named(_)) if self.after_preposition(p) => self.sentence_subject(v),
            Some(s) => Some(s),
            None => inverted(self),
        }
    }

    /// The speaker noun phrase ending at token `end` (inclusive), if any.
    pub(super) fn np_ending_at(&self, end: usize) -> Option<Speaker> {
        let doc = self.doc;
        let t = doc.tokens.get(end)?;
        if t.in_quote {
            return None;
        }
        if t.shape == Shape::Word && !t.cap
            || (t.cap && end > 0 && doc.tokens[end - 1].sent != t.sent)
        {
            let w = self.low(end);
            if let Some(&g) = LEX.pronouns.get(w) {
                return self
                    .people
                    .antecedent(doc, end, g)
                    .map(|e| Speaker::Person(e, None));
            }
        }
        if let Some(run) = self.people.run_at(end) {
            if let Some(e) = run.entity {
                return Some(Speaker::Person(e, Some(run.name_end)));
            }
            let sentence_initial_word = run.end == run.start + 1
                && (run.start == 0 || doc.tokens[run.start - 1].sent != doc.tokens[run.start].sent);
            if run.end == end + 1 && !sentence_initial_word {
                let mut start = run.start;
                if start > 0 && self.is_word(start - 1, "the") {
                    start -= 1;
                }
                let text = doc.text[doc.tokens[start].start..doc.tokens[end].end].to_string();
                return Some(Speaker::Named(text));
            }
            return None;
        }
        if t.shape == Shape::Word && t.cap {
            // An acronym speaks for an organisation: "MWW said", "the FBI said".
            let w = doc.word(end);
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            if letters >= 2 && w.chars().all(|c| !c.is_lowercase()) {
                let mut start = end;
                if start > 0 && self.is_word(start - 1, "the") {
                    start -= 1;
                }
                return Some(Speaker::Named(
                    doc.text[doc.tokens[start].start..t.end].to_string(),
                ));
            }
        }
        let aged = doc.word(end).ends_with("-year-old");
        if (t.shape != Shape::Word && !aged) || t.cap {
            return None;
        }
        // A role: "the senator", "a spokeswoman for the campaign", "her husband", "officials".
        let head = self.low(end);
        let head = if head.ends_with("-year-old") {
            "person"
        } else {
            head
        };
        // ("the report", "one tweet": a noun that is also a speech verb, after a determiner)
        let noun_after_determiner = end > 0
            && LEX.is_role_noun(head)
            && doc.tokens[end - 1].shape == Shape::Word
            && LEX.determiners.contains(self.low(end - 1));
        if LEX.determiners.contains(head)
            || (LEX.speech_verbs.contains(head) && !noun_after_determiner)
            || LEX.between_speaker_and_verb.contains(head)
            || LEX.not_speaker_heads.contains(head)
        {
            return None;
        }
        let mut start = end;
        for k in 1..=5 {
            let Some(p) = end.checked_sub(k) else { break };
            let tp = &doc.tokens[p];
            if tp.shape != Shape::Word || tp.sent != t.sent || tp.in_quote {
                break;
            }
            let w = self.low(p);
            // "Ryan's office said"
            if tp.cap && tp.poss && k == 1 {
                start = p;
                break;
            }
            if LEX.determiners.contains(w) {
                start = p;
                // "a spokesman for the campaign": reach back over "for"/"of" to a fuller phrase.
                if p >= 3 && (self.is_word(p - 1, "for") || self.is_word(p - 1, "of")) {
                    for q in (p.saturating_sub(5)..p - 1).rev() {
                        if doc.tokens[q].shape != Shape::Word || doc.tokens[q].sent != t.sent {
                            break;
                        }
                        if LEX.determiners.contains(self.low(q)) {
                            start = q;
                            break;
                        }
                    }
                }
                break;
            }
            if tp.lex.any(Flags::SPEECH_VERB) || LEX.speaker_phrase_stops.contains(w) {
                break;
            }
            if !tp.cap && k >= 4 {
                break;
            }
        }
        let possessor = self.low(start);
        let kin = LEX.kin.get(head).copied();
        if let (Some(g), true) = (kin, ["his", "her", "their"].contains(&possessor)) {
            let upto = self.events.partition_point(|(pos, _)| *pos < end);
            return self.events[..upto]
                .iter()
                .rev()
                .take(50)
                .filter_map(|(_, sp)| match sp {
                    Speaker::Person(e, _) => Some(*e),
                    Speaker::Named(_) => None,
                })
                .find(|e| self.people.entities[*e].gender == g)
                .map(|e| Speaker::Person(e, None));
        }
        if !LEX.is_role_noun(head) {
            return None;
        }
        if possessor == "the" {
            // "the mayor": the person the article introduced with that title or description.
            let upto = self.descriptions.partition_point(|(_, _, at)| *at < end);
            if let Some(&(_, e, _)) = self.descriptions[..upto]
                .iter()
                .rev()
                .take(200)
                .find(|(h, _, _)| *h == head)
            {
                return Some(Speaker::Person(e, None));
            }
            // "the ministry", "the company": the organisation named before.
            if let Some(org) = self.organisation_before(start, head) {
                return Some(Speaker::Named(org));
            }
        }
        if start == end && !head.ends_with('s') {
            // A bare singular noun is no speaker ("law said" is not a thing news writes).
            return None;
        }
        let text = doc.text[doc.tokens[start].start..doc.tokens[end].end].to_string();
        Some(Speaker::Named(text))
    }

    /// The speaker noun phrase starting at token `start` ("said Smith", "said the senator").
    pub(super) fn np_starting_at(&self, mut start: usize) -> Option<(Speaker, usize)> {
        let doc = self.doc;
        // Titles and acronyms before a name: "according to economist Paul Hart", "said UC-AFT
        // President Bob Samuels".
        while doc.tokens.get(start).is_some_and(|t| {
            t.shape == Shape::Word
                && ((!t.cap && t.lex.any(Flags::TITLE))
                    || (t.cap && self.people.run_at(start).is_none()))
        }) && self.people.run_at(start + 1).is_some()
        {
            start += 1;
        }
        // A description before a name: "said undecided Republican voter Stephanie Hooton".
        if self.people.run_at(start).is_none() {
            let mut k = start;
            let mut described = false;
            while k < start + 5 && self.people.run_at(k).is_none_or(|r| r.entity.is_none()) {
                let Some(t) = doc.tokens.get(k) else { break };
                let w = self.low(k);
                // (titles are role nouns)
                let role = t.lex.is_role_noun();
                let modifier =
                    t.cap || t.lex.any(Flags::NATIONALITY) || LEX.speaker_modifiers.contains(w);
                if t.shape != Shape::Word || t.in_quote || !(role || modifier) {
                    break;
                }
                described |= role;
                k += 1;
            }
            if described
                && k > start
                && self
                    .people
                    .run_at(k)
                    .is_some_and(|r| r.entity.is_some() && r.start == k)
            {
                start = k;
            }
        }
        let t = doc.tokens.get(start)?;
        // "said Sunday": a day or month is when, not who.
        if t.in_quote || is_date_word(doc.word(start)) {
            return None;
        }
        if let Some(run) = self.people.run_at(start) {
            let mut end = run.end - 1;
            // "said Clinton spokesman Brian Fallon": the name after the role is the speaker.
            // Up to four lower-case words ending with a role noun ("top foreign policy aide").
            // (not across a preposition: "Ed Pincus of the law firm Mayer Brown")
            let lower_word = |i: usize| {
                doc.tokens
                    .get(i)
                    .is_some_and(|t| t.shape == Shape::Word && !t.cap)
                    && !LEX.role_name_stops.contains(self.low(i))
            };
            let mut k = run.end;
            while k < run.end + 4 && lower_word(k) {
                k += 1;
            }
            if k > run.end && self.doc.tokens[k - 1].lex.is_role_noun() {
                if let Some(next) = self.people.run_at(k) {
                    if next.entity.is_some() && next.start == k {
                        end = next.end - 1;
                    }
                }
            }
            return self.np_ending_at(end).map(|s| (s, end));
        }
        if t.shape != Shape::Word {
            return None;
        }
        let w = self.low(start);
        if LEX.pronouns.contains_key(w) {
            return self.np_ending_at(start).map(|s| (s, start));
        }
        if !LEX.determiners.contains(w) {
            return None;
        }
        // Up to the next punctuation, relative pronoun or verb; the phrase ends at its last
        // role noun ("one of two witnesses who ...").
        let mut end = start;
        for k in 1..=8 {
            let p = start + k;
            let Some(tp) = doc.tokens.get(p) else { break };
            let aged = doc.word(p).ends_with("-year-old");
            if (tp.shape != Shape::Word && !aged) || tp.sent != t.sent || tp.in_quote {
                break;
            }
            let lw = self.low(p);
            if aged {
                end = p;
                continue;
            }
            if tp.lex.any(Flags::SPEECH_VERB) || matches!(lw, "who" | "which" | "that" | "whose") {
                break;
            }
            // (a possessive modifies a later noun: "one person with knowledge of the
            // governor's dilemma")
            if !tp.poss && (tp.lex.is_role_noun() || (tp.cap && self.people.run_at(p).is_some())) {
                end = p;
            }
        }
        if end == start {
            return None;
        }
        // "said another leading advocate, Andrew J. Pincus of the law firm": the name.
        if doc.is(end + 1, ',') {
            if let Some(run) = self.people.run_at(end + 2) {
                if let (Some(e), true) = (run.entity, run.start == end + 2) {
                    return Some((Speaker::Person(e, Some(run.name_end)), run.end - 1));
                }
            }
        }
        // "said a Mexican official who was not authorized to speak publicly"
        let found = self.np_ending_at(end).or_else(|| {
            // (the whole phrase from its determiner: "another leading Supreme Court advocate")
            self.doc.tokens[end].lex.is_role_noun().then(|| {
                Speaker::Named(doc.text[doc.tokens[start].start..doc.tokens[end].end].to_string())
            })
        });
        found.map(|s| match s {
            Speaker::Named(mut text) => {
                if let Some(d) = self.description_after(end + 1) {
                    text.push_str(d);
                }
                (Speaker::Named(text), end)
            }
            person => (person, end),
        })
    }

    /// Whether the noun phrase ending at `end` follows a preposition ("to Fox News").
    pub(super) fn after_preposition(&self, end: usize) -> bool {
        let doc = self.doc;
        let mut i = end;
        while i > 0 && doc.tokens[i].shape == Shape::Word && doc.tokens[i].cap {
            i -= 1;
        }
        if self.is_word(i, "the") && i > 0 {
            i -= 1;
        }
        LEX.listener_prepositions.contains(self.low(i))
    }

    /// The noun phrase opening the sentence of token `at` ("Another intelligence source ...").
    pub(super) fn sentence_subject(&self, at: usize) -> Option<Speaker> {
        self.np_starting_at(self.sentence_start(at)).map(|(s, _)| s)
    }

    /// The first token of the sentence of token `at` (at most 80 tokens back, so that a
    /// sentence without an end costs no more than a long one).
    pub(super) fn sentence_start(&self, at: usize) -> usize {
        let doc = self.doc;
        let sent = doc.tokens[at].sent;
        let mut i = at;
        while i > 0 && doc.tokens[i - 1].sent == sent && at - i < 80 {
            i -= 1;
        }
        i
    }

    /// The first speaker-like noun phrase of the sentence of token `at`, before `at`: the
    /// subject of a clause whose verb lost its own ("..., saying", "and warned that").
    pub(super) fn clause_subject(&self, at: usize) -> Option<Speaker> {
        let doc = self.doc;
        let i = self.sentence_start(at);
        // "A reporter can be heard asking ...": a role phrase opening the sentence.
        if doc.tokens[i].shape == Shape::Word && LEX.determiners.contains(self.low(i)) {
            if let Some((s, end)) = self.np_starting_at(i) {
                if end < at {
                    return Some(s);
                }
            }
        }
        for j in i..at {
            let t = &doc.tokens[j];
            if t.in_quote {
                continue;
            }
            if let Some(run) = self.people.run_at(j) {
                if let Some(e) = run.entity {
                    return Some(Speaker::Person(e, Some(run.name_end)));
                }
                continue;
            }
            if t.shape == Shape::Word {
                let w = self.low(j);
                if let Some(&g) = LEX.pronouns.get(w) {
                    return self
                        .people
                        .antecedent(doc, j, g)
                        .map(|e| Speaker::Person(e, None));
                }
            }
        }
        None
    }
}
