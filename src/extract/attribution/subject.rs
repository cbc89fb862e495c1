//! The subject of a verb of saying: the speaker before it ("Smith said", "Smith, a lawyer,
//! said", "Smith also said"), after an inverted one ("said the senator", "Stated Stone:"), or
//! of the clause a participle belongs to ("..., saying"); never who was told ("told Fox
//! News"). The speaker's own words are read by [`super::phrase`].

use super::{Attributor, Speaker};
use crate::extract::lexicon::LEX;
use crate::extract::people::is_date_word;
use crate::extract::text::Shape;

impl<'d, 'a> Attributor<'d, 'a> {
    /// The subject of the speech verb at `v`: "Smith said", "Smith, 45, said", "said Smith",
    /// "Smith also said"; `None` when the verb has no subject of its own.
    pub(super) fn subject_of(&self, v: usize) -> Option<Speaker> {
        let doc = self.doc;
        // A participle ("..., saying") has no subject of its own: the clause's is used.
        if self.low(v).ends_with("ing") {
            return None;
        }
        if doc.tokens[v.checked_sub(1)?].sent != doc.tokens[v].sent {
            return self.inverted_subject(v);
        }
        let p = self.subject_end_before(v)?;
        if doc.is(p, ',') || doc.is(p, '—') {
            return self
                .inverted_subject(v)
                .or_else(|| self.subject_before_appositive(v, p));
        }
        if doc.tokens[p].shape == Shape::Number {
            return None;
        }
        match self.np_ending_at(p) {
            // "A source speaking to Fox News said": a name after a preposition is no subject.
            Some(Speaker::Named(_)) if self.after_preposition(p) => self.sentence_subject(v),
            Some(s) => Some(s),
            None => self.inverted_subject(v),
        }
    }

    /// The subject after an inverted verb at `v`: "..., said Smith.", "said the senator," (the
    /// noun phrase closes the clause); "Stated Stone:" opening a sentence. Never after "told":
    /// "told Fox News" names who was told.
    fn inverted_subject(&self, v: usize) -> Option<Speaker> {
        let doc = self.doc;
        if LEX.listener_verbs.contains(self.low(v)) {
            return None;
        }
        let sentence_initial = v == 0 || doc.tokens[v - 1].sent != doc.tokens[v].sent;
        let (s, end) = self.np_starting_at(v + 1)?;
        let closes = match doc.tokens.get(end + 1) {
            None => true,
            Some(t) => {
                t.para != doc.tokens[end].para
                    || (t.shape == Shape::Word
                        && LEX.after_inverted_speaker.contains(self.low(end + 1)))
                    || (t.shape == Shape::Punct
                        && (matches!(
                            doc.first_char(end + 1),
                            '.' | ',' | ';' | '!' | '?' | '—' | '–' | ')' | '('
                        ) || (sentence_initial && doc.first_char(end + 1) == ':')
                            || (self.opens_quote_after(end + 1)
                                && !LEX.asking_verbs.contains(self.low(v)))))
            }
        };
        closes.then_some(s)
    }

    /// Where the subject of the verb at `v` ends, back over what may stand between them: "went
    /// on to" ("Bryne went on to say"), adverbs and auxiliaries ("also", "has"), a day right
    /// before the verb ("Priebus later Thursday told"), a party in brackets ("Rubio (R-Fla.)
    /// said"). `None` when nothing of the sentence is left before them.
    fn subject_end_before(&self, v: usize) -> Option<usize> {
        let doc = self.doc;
        let mut p = v.checked_sub(1)?;
        if p >= 3
            && self.is_word(p, "to")
            && self.is_word(p - 1, "on")
            && matches!(self.low(p - 2), "went" | "goes" | "go" | "going")
        {
            p -= 3;
        }
        while doc.tokens[p].shape == Shape::Word
            && ((LEX.between_speaker_and_verb.contains(self.low(p)) && !doc.tokens[p].cap)
                || (is_date_word(doc.word(p)) && p + 1 == v))
        {
            p = p.checked_sub(1)?;
        }
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
        Some(p)
    }

    /// The subject of the verb at `v` before an appositive whose closing comma (or dash) is `p`:
    /// "Smith, a spokesman for X, said", "Smith, who ..., said"; and the name between the
    /// commas when a role comes first: "Ms. Merkel's spokesman, Steffen Seibert, wrote".
    fn subject_before_appositive(&self, v: usize, p: usize) -> Option<Speaker> {
        let doc = self.doc;
        let sent = doc.tokens[v].sent;
        let mut q = p;
        for _ in 0..25 {
            q = q.checked_sub(1)?;
            if doc.tokens[q].sent != sent || doc.tokens[q].in_quote {
                return None;
            }
            if doc.is(q, ',') || doc.is(q, '—') {
                if let Some(Speaker::Person(e, at)) = self.np_ending_at(p - 1) {
                    if self.people.run_at(q + 1).is_some_and(|r| r.start == q + 1) {
                        return Some(Speaker::Person(e, at));
                    }
                }
                return q.checked_sub(1).and_then(|e| self.np_ending_at(e));
            }
        }
        None
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
                    return self.antecedent_of(j, g);
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::{check, Cases};

    /// The subject of a verb of saying: before it, after an inverted one, past what stands between
    /// them (adverbs, "went on to", a day, an appositive), never the listener of "told".
    #[test]
    fn subjects() {
        let cases: Cases = &[
            // after the quote, both orders
            (
                "Maria Lopez arrived. “We won,” Lopez said.",
                &[("We won,", Some("Maria Lopez"), Some("Maria Lopez"))],
            ),
            (
                "Maria Lopez arrived. “We won,” said Lopez.",
                &[("We won,", Some("Maria Lopez"), Some("Maria Lopez"))],
            ),
            // a sentence that opens with its verb
            (
                "Roger Stone spoke.\n\nStated Stone:\n\n“The stakes are high.”",
                &[(
                    "The stakes are high.",
                    Some("Roger Stone"),
                    Some("Roger Stone"),
                )],
            ),
            // "told X": X was told, the subject spoke
            (
                "“It is over,” Seth McKee, a political scientist, told The Hill.",
                &[(
                    "It is over,",
                    Some("Seth McKee, a political scientist"),
                    Some("Seth McKee"),
                )],
            ),
            // "went on to say"
            (
                "Lena Bryne went on to say, “It is true.”",
                &[("It is true.", Some("Lena Bryne"), Some("Lena Bryne"))],
            ),
            // a day between the speaker and the verb
            (
                "Reince Priebus later Thursday told Fox News: “It will work out.”",
                &[(
                    "It will work out.",
                    Some("Reince Priebus"),
                    Some("Reince Priebus"),
                )],
            ),
            // a name between commas after its role
            (
                "“We grieve,” Ms. Merkel's spokesman, Steffen Seibert, wrote.",
                &[(
                    "We grieve,",
                    Some("Steffen Seibert"),
                    Some("Steffen Seibert"),
                )],
            ),
        ];
        check(cases);
    }
}
