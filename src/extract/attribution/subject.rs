//! The subject of a verb of saying: the speaker before it ("Smith said", "Smith, a lawyer,
//! said", "Smith also said"), after an inverted one ("said the senator", "Stated Stone:"), or
//! of the clause a participle belongs to ("..., saying"); never who was told ("told Fox
//! News"). The speaker's own words are read by [`super::phrase`].

use super::phrase::closing_mark;
use super::{Attributor, Speaker, CLOSE_TO, NAMELESS_PRONOUNS, ROLE_PREPOSITIONS};
use crate::extract::lexicon::{Flags, LEX};
use crate::extract::people::{is_date_word, Run};
use crate::extract::text::Shape;

/// Words of time that may follow an inverted speaker ("…,” said Ann Lee afterwards."): the
/// speaker's phrase ends before them.
const WHEN_AFTER_SPEAKER: [&str; 9] = [
    "today",
    "yesterday",
    "tonight",
    "later",
    "afterwards",
    "afterward",
    "earlier",
    "recently",
    "again",
];

impl<'d, 'a> Attributor<'d, 'a> {
    /// The subject of the speech verb at `v`: "Smith said", "Smith, 45, said", "said Smith",
    /// "Smith also said"; `None` when the verb has no subject of its own.
    ///
    /// The subject that [`Attributor::new`] found for the verb, when it kept one (see
    /// `Attributor::subjects`): a subject depends only on the article, its people and the
    /// speech events, and `new` keeps those it found from events all known then. Else, and
    /// while a description is being resolved (see [`Attributor::described_person`]: a search
    /// then is cut short, and may find another subject), found afresh
    /// ([`Attributor::find_subject_of`]).
    pub(super) fn subject_of(&self, v: usize) -> Option<Speaker> {
        if !self.resolving.get() {
            if let Ok(k) = self.subjects.binary_search_by_key(&v, |&(t, _)| t) {
                return self.subjects[k].1.clone();
            }
        }
        self.find_subject_of(v)
    }

    /// The subject of the speech verb at `v`, found afresh (see [`Attributor::subject_of`]).
    fn find_subject_of(&self, v: usize) -> Option<Speaker> {
        let doc = self.doc;
        // A participle ("..., saying") has no subject of its own: the clause's is used; but
        // whom "quoted … as saying" names speaks.
        if self.low(v).ends_with("ing") {
            return self.quoted_as_saying(v).or_else(|| self.with_subject(v));
        }
        // ("“…,” the agency quoted him as saying": the verb found is "quoted"; a passive, "he
        // is quoted as saying", goes on to the verb's subject)
        if let Some(quoted) = self
            .as_saying_after(v)
            .and_then(|saying| self.quoted_as_saying(saying))
        {
            return Some(quoted);
        }
        if doc.tokens[v.checked_sub(1)?].sent != doc.tokens[v].sent {
            return self.inverted_subject(v);
        }
        // "Ms Jowell insisted: “…” And continued: “…”": a verb with no subject after the "And"
        // that opens its sentence, before a colon, goes on with the last person who spoke, in
        // its paragraph or the one before
        let and_opens = v >= 2
            && self.is_word(v - 1, "and")
            && doc.tokens[v - 2].sent != doc.tokens[v - 1].sent;
        if and_opens && doc.is(v + 1, ':') {
            let para = doc.tokens[v].para;
            return self.events_in(0, v).last().and_then(|(u, sp)| {
                (matches!(sp, Speaker::Person(..)) && doc.tokens[*u].para + 1 >= para)
                    .then(|| sp.clone())
            });
        }
        if let Some(agent) = self.passive_agent(v) {
            return Some(agent);
        }
        let p = self.subject_end_before(v)?;
        if doc.is(p, ',') || self.is_dash(p) {
            return self
                .inverted_subject(v)
                .or_else(|| self.subject_before_appositive(v, p))
                // ("“…,” Kirsten Pfeifer from the Consumer Electronics Association, told")
                .or_else(|| {
                    doc.is(p, ',')
                        .then(|| self.person_from_body(p.checked_sub(1)?))
                        .flatten()
                });
        }
        // (a number is no subject, but an age is: "the 28-year-old said")
        if doc.tokens[p].shape == Shape::Number && !doc.word(p).ends_with("-year-old") {
            return None;
        }
        // ("it said", and "they said" of a firm, as British papers write: "Big Machine have
        // denied it. “…,” they said")
        if let Some(org) = (self.is_word(p, "it") || self.is_word(p, "they"))
            .then(|| self.organisation_it(p))
            .flatten()
        {
            return Some(org);
        }
        if let Some(person) = self.person_of_body_before(p) {
            return Some(person);
        }
        // "…, a warning about the Unity party, which said": the body the relative pronoun
        // stands for, the phrase before its comma
        if self.is_word(p, "which") && p >= 2 && doc.is(p - 1, ',') {
            if let Some(body) = self.np_ending_at(p - 2) {
                return Some(body);
            }
        }
        // "Paganini and his team wrote", "Ann Lee and colleagues wrote": the named person who
        // leads the group
        if let Some(e) = self.leader_and_group(p) {
            return Some(Speaker::Person(e, None));
        }
        let quote_follows = || {
            let sent = doc.tokens[v].sent;
            doc.tokens[v + 1..]
                .iter()
                .take_while(|t| t.sent == sent)
                .any(|t| t.in_quote)
        };
        // "…, Chen Shibiao, who said that “…”": the person whose name stands right before the
        // comma, when the verb follows "who" and a quote follows in the sentence (not "Ann Lee,
        // who called it a hoax, could win, Ban Soo said"); not one of two ("students Ann Lee
        // and Bo Ray, who observed"), nor one after "of" (a word before it at most), whom "who"
        // may pass over ("Princess Marguerite, the daughter of ex-King Michael, who said")
        if self.is_word(p, "who") && p >= 2 && v == p + 1 && doc.is(p - 1, ',') && quote_follows() {
            let named = self.people.run_at(p - 2).filter(|r| {
                r.end == p - 1
                    && !(r.start.saturating_sub(2)..r.start).any(|b| {
                        matches!(self.low(b), "and" | "or" | "of" | "&") && !doc.tokens[b].cap
                    })
            });
            if let Some((e, run)) = named.and_then(|r| r.entity.map(|e| (e, r))) {
                return Some(Speaker::Person(e, Some(run.name_end)));
            }
        }
        match self.np_ending_at(p) {
            // "A source speaking to Fox News said": a name after a preposition is no subject;
            // but the role it follows is ("a spokeswoman for WeWork said"), and so is the
            // person an open appositive describes ("Ada Brennan, from Fenwick Bank told").
            // (the person first: "Marc Ostwald, a strategist at Monument Securities told")
            Some(Speaker::Named(_)) if self.after_preposition(p, false) => self
                .open_appositive_before(p)
                .or_else(|| self.role_for_person(p))
                .or_else(|| self.person_from_body(p))
                .or_else(|| self.sentence_subject(v)),
            // "The authors of the research published in the journal JAMA Psychiatry argued"
            Some(Speaker::Named(_))
                if self.after_preposition(p, true) && self.opens_with_determiner(v) =>
            {
                self.sentence_subject(v)
            }
            Some(Speaker::Named(n)) => {
                Some(self.open_appositive_before(p).unwrap_or(Speaker::Named(n)))
            }
            // "a spokesman for Ann Lee said": the spokesman, not Lee (or the name before them:
            // "Doug Andres, a spokesman for Paul Ryan told")
            // (and a name after "for" or "of" inside an appositive that no comma closes: "Gail
            // Martell, chief meteorologist for E.F. Hutton said" is Martell)
            Some(Speaker::Person(e, at)) => Some(match self.role_for_person(p) {
                Some(role) => self.open_appositive_before(p).unwrap_or(role),
                None if self.after_role_preposition(p) => self
                    .open_appositive_before(p)
                    .unwrap_or(Speaker::Person(e, at)),
                None => Speaker::Person(e, at),
            }),
            None => self
                .inverted_subject(v)
                .or_else(|| self.subject_before_place(p))
                .or_else(|| self.subject_before_relative(p))
                .or_else(|| {
                    self.finite(v)
                        .then(|| self.open_appositive_before(p))
                        .flatten()
                }),
        }
    }

    /// The person named before "of" and the name of their body that ends at `p`, right before
    /// the verb: "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote"
    /// is Lewis, not the centre. The body's words are capitalised but for "the", "of", "for",
    /// "and" and "on"; one or two words in lower case may say what kind of body it is, right
    /// after "of the" ("Wendy Cork of the brokerage Nesbitt Thomson Bongard Inc said"); a short
    /// phrase in brackets may stand between the name and "of" ("Robert Byrd (Democrat) of West
    /// Virginia said").
    fn person_of_body_before(&self, p: usize) -> Option<Speaker> {
        let doc = self.doc;
        let sent = doc.tokens[p].sent;
        let mut k = p;
        while k > 0 && p - k < 12 {
            let t = &doc.tokens[k];
            if t.sent != sent || t.in_quote {
                return None;
            }
            if t.shape != Shape::Word {
                // (the apostrophe of a plural's possessive inside the body's name: "the
                // National Farmers' Union")
                if doc.plural_possessive_mark(k) && k < p {
                    k -= 1;
                    continue;
                }
                return None;
            }
            if self.is_word(k, "of") && k < p {
                // (an "of" inside the body's name when no person's name stands before it:
                // "Ann Lee of the National Union of Teachers said")
                if let Some(found) = self.person_before_of(k) {
                    return Some(found);
                }
                k -= 1;
                continue;
            }
            if !(t.cap || matches!(self.low(k), "the" | "for" | "and" | "on")) {
                // (the kind of body, once a capitalised name of it was read: "of the
                // brokerage", "of the investment bank")
                let kind = (k.saturating_sub(1)..=k)
                    .rev()
                    .take_while(|&j| {
                        let w = &doc.tokens[j];
                        w.shape == Shape::Word
                            && !w.cap
                            && w.sent == sent
                            && !w.in_quote
                            && self.low(j) != "the"
                    })
                    .last()?;
                if !(doc.tokens[k + 1].cap
                    && kind >= 2
                    && self.is_word(kind - 1, "the")
                    && self.is_word(kind - 2, "of"))
                {
                    return None;
                }
                k = kind - 2;
                break;
            }
            k -= 1;
        }
        if !self.is_word(k, "of") {
            return None;
        }
        self.person_before_of(k)
    }

    /// The person named right before the "of" at token `k` (see
    /// [`Attributor::person_of_body_before`]).
    fn person_before_of(&self, k: usize) -> Option<Speaker> {
        // (past a short phrase in brackets: "Robert Byrd (Democrat) of West Virginia said")
        let last = self.before_brackets(k.checked_sub(1)?)?;
        let run = self.people.run_at(last).filter(|r| r.end == last + 1)?;
        let e = run.entity?;
        Some(Speaker::Person(e, Some(run.name_end)))
    }

    /// The "saying" of "quoted X as saying" when `v` is its "quoted" (or "quotes"), in one
    /// sentence and outside quotes.
    fn as_saying_after(&self, v: usize) -> Option<usize> {
        let doc = self.doc;
        if !matches!(self.low(v), "quoted" | "quotes") {
            return None;
        }
        let sent = doc.tokens[v].sent;
        (v + 2..doc.tokens.len().min(v + 16))
            .take_while(|&k| doc.tokens[k].sent == sent && !doc.tokens[k].in_quote)
            .find(|&k| self.low(k) == "saying" && self.is_word(k - 1, "as"))
    }

    /// Who "quoted X as saying" (`v` the participle) names as the speaker: X, not who quotes
    /// them ("The agency quoted him as saying", "IRNA quoted a joint statement by the army and
    /// the guards as saying": for a writing by someone, its authors); not a passive ("Lee was
    /// quoted by the paper as saying" is Lee, found as the clause's subject).
    fn quoted_as_saying(&self, v: usize) -> Option<Speaker> {
        let doc = self.doc;
        if !(self.low(v) == "saying" && v >= 3 && self.is_word(v - 1, "as")) {
            return None;
        }
        let mut end = v - 2;
        while end > 0 && doc.is(end, ',') {
            end -= 1;
        }
        let sent = doc.tokens[v].sent;
        let quoted = (end.saturating_sub(14)..end)
            .rev()
            .take_while(|&k| doc.tokens[k].sent == sent && !doc.tokens[k].in_quote)
            .find(|&k| matches!(self.low(k), "quoted" | "quoting" | "quotes"))?;
        let mut start = quoted + 1;
        // (a passive, or a writing of the quoter's own: "Des Browne quoted its plan as saying")
        if matches!(
            self.low(start),
            "by" | "its" | "his" | "her" | "their" | "our"
        ) {
            return None;
        }
        // (a writing by someone: "a joint statement by the army")
        if let Some(by) = (start..end).find(|&k| self.is_word(k, "by")) {
            if (start..by).any(|k| LEX.authored_nouns.contains(self.low(k))) {
                start = by + 1;
            }
        }
        if start > end
            || (start..=end).any(|k| doc.tokens[k].shape == Shape::Punct && !doc.is(k, ','))
        {
            return None;
        }
        match self.np_starting_at(start) {
            Some((speaker, e)) if e == end => Some(speaker),
            _ => {
                let text = &doc.text[doc.tokens[start].start..doc.tokens[end].end];
                let named = doc.tokens[start].cap || self.determiner_at(start);
                (named && end - start < 10).then(|| Speaker::Named(text.to_string()))
            }
        }
    }

    /// "…, with Trump reportedly yelling: “…”": the name between "with" and the participle at
    /// `v` (past an adverb in "-ly") is the participle's own subject, not the clause's.
    fn with_subject(&self, v: usize) -> Option<Speaker> {
        let doc = self.doc;
        let mut end = v.checked_sub(1)?;
        let t = &doc.tokens[end];
        if t.shape == Shape::Word && !t.cap && self.low(end).ends_with("ly") {
            end = end.checked_sub(1)?;
        }
        let run = self.people.run_at(end).filter(|r| r.end == end + 1)?;
        let with = run.start.checked_sub(1)?;
        if !self.is_word(with, "with") || doc.tokens[with].sent != doc.tokens[v].sent {
            return None;
        }
        self.run_ending_at(run, end)
    }

    /// A described subject before a place that ends at `p`: "a Democratic staffer in the room
    /// wondered", "a woman at the back shouted".
    fn subject_before_place(&self, p: usize) -> Option<Speaker> {
        let doc = self.doc;
        let sent = doc.tokens[p].sent;
        let prep = (p.saturating_sub(4)..p).rev().find(|&i| {
            doc.tokens[i].sent == sent
                && matches!(self.low(i), "in" | "at" | "on" | "from" | "near" | "inside")
        })?;
        let head = prep.checked_sub(1)?;
        let t = &doc.tokens[head];
        if t.shape != Shape::Word || t.cap || !t.lex.is_role_noun() {
            return None;
        }
        // (the phrase opens the clause: not "he would appear at a church in Bakersfield to")
        let det = (head.saturating_sub(4)..head)
            .rev()
            .find(|&i| LEX.determiners.contains(self.low(i)))?;
        let opens = det == 0
            || doc.tokens[det - 1].sent != sent
            || (doc.tokens[det - 1].shape == Shape::Punct && !doc.is(det - 1, '('));
        opens.then(|| self.np_ending_at(head)).flatten()
    }

    /// The subject that opens the sentence before a relative clause ending at `p`: "An analyst
    /// who wanted anonymity said" (no comma around the clause); the phrase before "who" starts
    /// the sentence, with no verb of saying in it.
    fn subject_before_relative(&self, p: usize) -> Option<Speaker> {
        let doc = self.doc;
        let sent = doc.tokens[p].sent;
        let rel = (p.saturating_sub(8)..p)
            .rev()
            .take_while(|&k| {
                let t = &doc.tokens[k];
                t.sent == sent && t.shape == Shape::Word && !t.in_quote
            })
            .find(|&k| self.is_word(k, "who"))?;
        let head = rel.checked_sub(1)?;
        let start = self.sentence_start(head);
        let opens = head - start < 6
            && (start..=head).all(|k| {
                let t = &doc.tokens[k];
                t.shape == Shape::Word && !t.in_quote && !self.is_verb(k)
            });
        opens.then(|| self.np_ending_at(head)).flatten()
    }

    /// The person named before "and" and a group they lead, the subject phrase ending at token
    /// `p`: "Paganini and his team", "Ann Lee and her colleagues", "Ann Lee and colleagues".
    fn leader_and_group(&self, p: usize) -> Option<usize> {
        const GROUPS: [&str; 7] = [
            "team",
            "colleagues",
            "co-authors",
            "coauthors",
            "researchers",
            "staff",
            "collaborators",
        ];
        if !GROUPS.contains(&self.low(p)) || self.doc.tokens[p].cap {
            return None;
        }
        let mut and = p.checked_sub(1)?;
        if matches!(self.low(and), "his" | "her" | "their") {
            and = and.checked_sub(1)?;
        }
        if !self.is_word(and, "and") {
            return None;
        }
        let run = self
            .people
            .run_at(and.checked_sub(1)?)
            .filter(|r| r.end == and)?;
        run.entity
    }

    /// The person described by their role towards the person or body whose name ends at token
    /// `p`: "a spokesman for Ann Lee", "the aide to Lyng", "a lawyer for Bo Ray", "a person
    /// close to Ann Lee", "a spokeswoman for WeWork" (a role noun or a kin word, "for", "to" or
    /// "of", and the name), as written from the determiner before the role.
    fn role_for_person(&self, p: usize) -> Option<Speaker> {
        let doc = self.doc;
        let run = self.people.run_at(p)?;
        let mut prep = run.start.checked_sub(1)?;
        // (past a body's name or acronym before the person's title, which the run leaves
        // out: "an aide to USDA Secretary Richard Lyng")
        let mut back = 0;
        while back < 3 && doc.tokens[prep].cap && doc.tokens[prep].shape == Shape::Word {
            prep = prep.checked_sub(1)?;
            back += 1;
        }
        // (past the body's article: "a spokeswoman for the Kestrel Bank", "an official at a
        // U.S. Bank")
        if matches!(self.low(prep), "the" | "a" | "an") && !doc.tokens[prep].cap {
            prep = prep.checked_sub(1)?;
        }
        // (a role at, with or from a body that is no person: "an analyst at Kestrel Bank", "an
        // official from the Treasury"; a kin word only for or to someone)
        let at_body = matches!(self.low(prep), "at" | "with" | "from") && run.entity.is_none();
        if !(matches!(self.low(prep), "for" | "to" | "of") || at_body) || doc.tokens[prep].cap {
            return None;
        }
        let mut role = prep.checked_sub(1)?;
        // (past a word of closeness: "a person close to Ann Lee")
        if self.low(prep) == "to" && CLOSE_TO.contains(&self.low(role)) {
            role = role.checked_sub(1)?;
        }
        let t = &doc.tokens[role];
        let w = self.low(role);
        let kin = LEX.kin.contains_key(w) && !at_body;
        if !(t.shape == Shape::Word
            && !t.cap
            && (LEX.role_nouns.contains(w) || LEX.titles.contains(w) || kin)
            && !LEX.org_words.contains(w))
        {
            return None;
        }
        let sent = t.sent;
        // (a determiner, or a name's possessive: "China's ambassador to Britain")
        let det = (role.saturating_sub(4)..role).rev().find(|&i| {
            doc.tokens[i].sent == sent
                && (matches!(self.low(i), "a" | "an" | "the" | "one")
                    || doc.tokens[i].poss && doc.tokens[i].cap)
        })?;
        let words = (det + 1..role).all(|i| {
            let t = &doc.tokens[i];
            t.shape == Shape::Word && !t.in_quote
        });
        if !words {
            return None;
        }
        // ("the ambassador to Britain", "China's ambassador to Britain": the person the article
        // introduced with the role, if one)
        if !kin && (self.is_word(det, "the") || doc.tokens[det].poss) {
            if let Some(person @ Speaker::Person(..)) = self.referent_of_the(det, role, w) {
                return Some(person);
            }
        }
        Some(Speaker::Named(
            doc.text[doc.tokens[det].start..doc.tokens[p].end].to_string(),
        ))
    }

    /// The agent of a verb of saying in the passive at `v`: "was described as a “consummate
    /// professional” by his friend Michael Pointon", "was asked by host Bill Maher": the
    /// person after "by" later in the sentence.
    fn passive_agent(&self, v: usize) -> Option<Speaker> {
        let doc = self.doc;
        let be = |i: usize| {
            matches!(
                self.low(i),
                "was" | "were" | "is" | "are" | "be" | "been" | "being"
            )
        };
        // (a verb not in "-ed" has no passive: the words before it are not read)
        if !self.low(v).ends_with("ed") {
            return None;
        }
        let mut b = v.checked_sub(1)?;
        while b > 0 && LEX.between_speaker_and_verb.contains(self.low(b)) && !be(b) {
            b -= 1;
        }
        if !be(b) {
            return None;
        }
        let sent = doc.tokens[v].sent;
        let by = (v + 1..(v + 30).min(doc.tokens.len()))
            .take_while(|&i| doc.tokens[i].sent == sent)
            .find(|&i| !doc.tokens[i].in_quote && self.is_word(i, "by"))?;
        self.person_after_by(by)
    }

    /// The person named after "by" at token `by`, past a description of them ("by his friend
    /// and fellow broadcaster Michael Pointon").
    pub(super) fn person_after_by(&self, by: usize) -> Option<Speaker> {
        let doc = self.doc;
        let sent = doc.tokens[by].sent;
        (by + 1..(by + 9).min(doc.tokens.len()))
            .take_while(|&i| {
                let t = &doc.tokens[i];
                t.sent == sent && !t.in_quote && t.shape == Shape::Word
            })
            .find_map(|i| {
                let run = self.people.run_at(i).filter(|r| r.start == i)?;
                Some(Speaker::Person(run.entity?, Some(run.name_end)))
            })
    }

    /// Whether the verb of saying at `v` is written as a finite verb, in the past or the third
    /// person ("tweeted", "said", "says"; not "fire" of "caught fire").
    pub(super) fn finite(&self, v: usize) -> bool {
        let w = self.low(v);
        w.ends_with("ed") || w.ends_with('s') || matches!(w, "said" | "told" | "wrote" | "spoke")
    }

    /// Whether the name ending at token `p` follows a lower-case "for", "of", "at" or "with".
    fn after_role_preposition(&self, p: usize) -> bool {
        self.people
            .run_at(p)
            .and_then(|r| r.start.checked_sub(1))
            .is_some_and(|k| !self.doc.tokens[k].cap && ROLE_PREPOSITIONS.contains(&self.low(k)))
    }

    /// The person an appositive that no comma closes describes, when the verb's subject found
    /// (ending at `p`) lies inside it: "Christoph Caselitz, president of the networks division
    /// at the firm says" is Caselitz, not the firm; back over up to two more commas inside
    /// the appositive's names ("H.P. Smith, analyst at Smith Barney, Harris Upham and Co said"
    /// is Smith): the comma after the person's name opens a role, a described phrase or a body
    /// they are from ("Ada Brennan, from Fenwick Bank told Reuters"), and
    /// a capitalised word follows each comma after it (not "Ann Lee, former Rep. Bo Ray, lives
    /// there and wrote").
    fn open_appositive_before(&self, p: usize) -> Option<Speaker> {
        let doc = self.doc;
        let sent = doc.tokens[p].sent;
        let lowest = p.saturating_sub(25);
        let commas = (lowest..p)
            .rev()
            .take_while(|&i| {
                doc.tokens[i].sent == sent && !doc.tokens[i].in_quote && !self.is_verb(i)
            })
            .filter(|&i| doc.is(i, ','))
            .take(3);
        for comma in commas {
            let next = doc.tokens.get(comma + 1)?;
            // (or a body the person is from: "Ada Brennan, from Fenwick Bank told Reuters")
            let from_body = || {
                let body = comma + 2 + usize::from(self.is_word(comma + 2, "the"));
                matches!(self.low(comma + 1), "from" | "of" | "at" | "with")
                    && doc
                        .tokens
                        .get(body)
                        .is_some_and(|t| t.shape == Shape::Word && t.cap)
            };
            // (or a body's possessive before a role: "Eric Abensur, Wanadoo's chief executive
            // told")
            let owned_role = || {
                next.cap
                    && next.poss
                    && (comma + 2..comma + 5).any(|i| {
                        doc.tokens.get(i).is_some_and(|t| {
                            t.shape == Shape::Word && !t.cap && t.lex.is_role_noun()
                        })
                    })
            };
            // (or a body's name right before a role: "Romilly Humphries, S.A.Y. president and
            // chief executive officer said")
            let named_role = || {
                let role = (comma + 1..comma + 5).find(|&i| {
                    doc.tokens
                        .get(i)
                        .is_none_or(|t| t.shape != Shape::Word || !t.cap)
                });
                role.is_some_and(|i| {
                    i > comma + 1
                        && !doc.tokens[i - 1].poss
                        && doc.tokens.get(i).is_some_and(|t| {
                            t.shape == Shape::Word && !t.cap && t.lex.is_role_noun()
                        })
                })
            };
            let opens = next.shape == Shape::Word
                && ((!next.cap
                    && (next.lex.is_role_noun()
                        || LEX.determiners.contains(self.low(comma + 1))
                        || from_body()))
                    || owned_role()
                    || named_role());
            let run = self.people.run_at(comma.checked_sub(1)?);
            // (a name after a preposition of whom one speaks to or of, or after a participle, is
            // no subject: "In a letter to Ivo Hale, the Kestrel Growers Association stated",
            // "After meeting Ivo Hale, the association said")
            let object = |run: &Run| {
                run.start.checked_sub(1).is_some_and(|b| {
                    let t = &doc.tokens[b];
                    let w = self.low(b);
                    t.shape == Shape::Word
                        && !t.cap
                        && !t.lex.is_role_noun()
                        && !t.lex.any(Flags::TITLE)
                        && (LEX.listener_prepositions.contains(w) || w.ends_with("ing"))
                })
            };
            match (opens, run) {
                (true, Some(run)) if run.end == comma && run.entity.is_some() && !object(run) => {
                    return run.entity.map(|e| Speaker::Person(e, Some(run.name_end)));
                }
                _ if !next.cap => return None,
                _ => {}
            }
        }
        None
    }

    /// The subject after an inverted verb at `v`: "..., said Smith.", "said the senator," (the
    /// noun phrase closes the clause; a description longer than its eight words, to where it
    /// does); "Stated Stone:" opening a sentence. Never after "told":
    /// "told Fox News" names who was told; nor after an infinitive: in "to describe his city
    /// as …" the phrase is what is described.
    fn inverted_subject(&self, v: usize) -> Option<Speaker> {
        let doc = self.doc;
        if LEX.listener_verbs.contains(self.low(v)) || (v > 0 && self.is_word(v - 1, "to")) {
            return None;
        }
        let sentence_initial = v == 0 || doc.tokens[v - 1].sent != doc.tokens[v].sent;
        let (s, end) = self.np_starting_at(v + 1)?;
        let closes_after = |end: usize| match doc.tokens.get(end + 1) {
            None => true,
            Some(t) => {
                t.para != doc.tokens[end].para
                    || (t.shape == Shape::Word
                        && (LEX.after_inverted_speaker.contains(self.low(end + 1))
                            || (!t.cap && self.low(end + 1).ends_with("ing"))
                            || (!t.cap && WHEN_AFTER_SPEAKER.contains(&self.low(end + 1)))
                            // (the end of a firm's name: "of Ray and Co.")
                            || (self.is_word(end + 1, "and")
                                && doc.tokens.get(end + 2).is_some_and(|c| {
                                    c.cap && LEX.corporate_suffixes.contains(self.low(end + 2))
                                }))))
                    || (t.shape == Shape::Punct
                        && (matches!(
                            doc.first_char(end + 1),
                            '.' | ',' | ';' | '!' | '?' | '—' | '–' | ')' | '('
                        ) || (sentence_initial && doc.first_char(end + 1) == ':')
                            || (self.opens_quote_after(end + 1)
                                && !self.is_asking(v)
                                && !self.quote_goes_on_from(end + 1))))
            }
        };
        // (a firm's "Co." before a capital ends the sentence the phrase ran on into: "said Ivo
        // Hale of Ray Co. Bonds fell")
        let firm_ends = || {
            (v + 2..end).any(|k| {
                doc.tokens[k].shape == Shape::Word
                    && doc.word(k).ends_with('.')
                    && LEX.corporate_suffixes.contains(self.low(k))
                    && doc.tokens[k + 1].cap
            })
        };
        if closes_after(end) || firm_ends() {
            return Some(s);
        }
        // A description cut at its length runs on to where the sentence closes: "said the
        // regional manager for one of the major oil companies who spoke on condition …" is
        // the whole description, as the article wrote it.
        let Speaker::Named(n) = &s else { return None };
        if self.people.run_at(end).is_some() {
            return None;
        }
        // (in a preposition's phrase or before one: "for one of the major oil companies", no
        // verb in it)
        let in_complement = n.split(' ').skip(1).any(|w| ROLE_PREPOSITIONS.contains(&w))
            || doc.tokens.get(end + 1).is_some_and(|t| {
                t.shape == Shape::Word && ROLE_PREPOSITIONS.contains(&self.low(end + 1))
            });
        if !in_complement {
            return None;
        }
        let tail = (end + 1..(end + 6).min(doc.tokens.len()))
            .take_while(|&k| {
                let t = &doc.tokens[k];
                let w = self.low(k);
                t.shape == Shape::Word
                    && t.sent == doc.tokens[end].sent
                    && !t.in_quote
                    && !t.lex.any(Flags::SPEECH_VERB)
                    && (!t.lex.any(Flags::FUNCTION_WORD)
                        || LEX.determiners.contains(w)
                        || ROLE_PREPOSITIONS.contains(&w)
                        || w == "one")
                    && !self.verb_like(k)
            })
            .last()
            .filter(|&k| closes_after(k))?;
        let text = &doc.text[doc.tokens[v + 1].start..doc.tokens[tail].end];
        text.starts_with(n.as_str())
            .then(|| Speaker::Named(text.to_string()))
    }

    /// Whether the quote that opens at token `mark` goes on from the words before it, as a
    /// predicate in lower case does: in "said Mr Blair “should butt out”" Mr Blair is what the
    /// quote is about, not who said it.
    pub(super) fn quote_goes_on_from(&self, mark: usize) -> bool {
        self.doc
            .tokens
            .get(mark + 1)
            .is_some_and(|t| t.shape == Shape::Word && !t.cap)
    }

    /// Whether the quote that opens at token `mark` goes on from a person's name right before
    /// it, with no verb between: "President Ann Lee “has put aside her plans.”" (not from a
    /// possessive, who owns the words: "Obama's “if you like your plan” promise").
    pub(super) fn goes_on_from_name(&self, mark: usize) -> bool {
        mark > 0
            && self
                .people
                .run_at(mark - 1)
                .is_some_and(|r| r.end == mark && r.entity.is_some())
            && !self.doc.tokens[mark - 1].poss
            && self.quote_goes_on_from(mark)
    }

    /// Where the subject of the verb at `v` ends, back over what may stand between them: "went
    /// on to" ("Bryne went on to say"), a refusal before "except to" ("declined to comment
    /// except to say"), adverbs and auxiliaries ("also", "has"), a day right before the verb
    /// ("Priebus later Thursday told"), a party in brackets ("Rubio (R-Fla.) said"). `None`
    /// when nothing of the sentence is left before them.
    pub(super) fn subject_end_before(&self, v: usize) -> Option<usize> {
        let doc = self.doc;
        let mut p = v.checked_sub(1)?;
        if p >= 3
            && self.is_word(p, "to")
            && self.is_word(p - 1, "on")
            && matches!(self.low(p - 2), "went" | "goes" | "go" | "going")
        {
            p -= 3;
        }
        // "The minister declined to comment on the talks except to say": the subject of the
        // refusal, before it in the sentence
        if p >= 4 && self.is_word(p, "to") && self.is_word(p - 1, "except") {
            let sent = doc.tokens[p].sent;
            if let Some(r) = (p.saturating_sub(14)..p - 2).rev().find(|&r| {
                doc.tokens[r].sent == sent
                    && self.is_word(r + 1, "to")
                    && matches!(self.low(r), "declined" | "declines" | "refused" | "refuses")
            }) {
                p = r.checked_sub(1)?;
            }
        }
        // (an adverb: "Clinton, exasperated, famously responded"; not "the family said")
        let adverb = |p: usize| {
            let t = &doc.tokens[p];
            let w = self.low(p);
            !t.cap && w.len() >= 6 && w.ends_with("ly") && !t.lex.is_role_noun()
        };
        // (the cheap tests first: a capitalised word is looked up in no list)
        while doc.tokens[p].shape == Shape::Word
            && ((!doc.tokens[p].cap && LEX.between_speaker_and_verb.contains(self.low(p)))
                || adverb(p)
                || (p + 1 == v && is_date_word(doc.word(p))))
        {
            p = p.checked_sub(1)?;
        }
        // (a time: "the official this week described", "Ann Lee last year wrote")
        if p >= 2
            && matches!(self.low(p), "week" | "month" | "year" | "weekend")
            && matches!(self.low(p - 1), "this" | "last" | "next")
            && !doc.tokens[p - 1].cap
        {
            p -= 2;
        }
        self.before_brackets(p)
    }

    /// The token before a short phrase in brackets that token `p` closes ("Rubio (R-Fla.)"),
    /// or `p` itself when it closes none; `None` when the sentence opens with the brackets.
    /// A firm's name in the angle brackets that wires mark it with ends inside them:
    /// "<Spar Aerospace Ltd> said" at "Ltd"; but angle brackets right after a name hold its
    /// code, an aside: "Montedison Spa <MONI.MI> said" ends at "Spa".
    fn before_brackets(&self, p: usize) -> Option<usize> {
        let doc = self.doc;
        if doc.is(p, '>') && p >= 2 {
            let sent = doc.tokens[p].sent;
            let open = (p.saturating_sub(8)..p - 1)
                .rev()
                .take_while(|&q| doc.tokens[q].sent == sent && !doc.is(q, '>'))
                .find(|&q| doc.is(q, '<'));
            if let Some(q) = open {
                let named_before = q > 0
                    && doc.tokens[q - 1].sent == sent
                    && doc.tokens[q - 1].shape == Shape::Word
                    && doc.tokens[q - 1].cap;
                return Some(if named_before { q - 1 } else { p - 1 });
            }
        }
        if !doc.is(p, ')') {
            return Some(p);
        }
        let sent = doc.tokens[p].sent;
        let mut q = p;
        for _ in 0..8 {
            q = q.checked_sub(1)?;
            if doc.tokens[q].sent != sent {
                return None;
            }
            if doc.is(q, '(') {
                return q.checked_sub(1);
            }
        }
        Some(p)
    }

    /// The person named right before "from" and the body whose name ends at token `p`, as the
    /// clause's first words, after a quote's closing mark or comma or at the sentence's start:
    /// "“…,” David Noone from Intervoice said". Not a person the clause speaks of ("a letter to
    /// Ann Lee from Acme said").
    fn person_from_body(&self, p: usize) -> Option<Speaker> {
        let doc = self.doc;
        let body = self.people.run_at(p)?;
        let mut from = body.start.checked_sub(1)?;
        if self.is_word(from, "the") {
            from = from.checked_sub(1)?;
        }
        if !self.is_word(from, "from") || doc.tokens[from].cap {
            return None;
        }
        let person = self.people.run_at(from.checked_sub(1)?)?;
        let e = person.entity?;
        let opens = person.start == 0
            || doc.tokens[person.start - 1].sent != doc.tokens[person.start].sent
            || doc.is(person.start - 1, ',')
            || doc.tokens[person.start - 1].in_quote
            || closing_mark(doc, person.start - 1);
        (person.end == from && opens).then_some(Speaker::Person(e, Some(person.name_end)))
    }

    /// Whether token `i` is a dash: "—", "–", or a hyphen with a space on each side, as some
    /// papers set one ("Andrei Illarionov - then an adviser to the president - told").
    fn is_dash(&self, i: usize) -> bool {
        let doc = self.doc;
        doc.is(i, '—')
            || doc.is(i, '–')
            || (doc.is(i, '-') && i > 0 && !doc.glued(i - 1) && !doc.glued(i))
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
            if doc.is(q, ',') || self.is_dash(q) {
                if let Some(Speaker::Person(e, at)) = self.np_ending_at(p - 1) {
                    // (the name alone between the commas, after capitalised words of its
                    // body or title: "in December, NYMEX President Rosa Hale, said")
                    let opens_after = |r: &Run| {
                        r.start > q
                            && (q + 1..r.start)
                                .all(|k| doc.tokens[k].shape == Shape::Word && doc.tokens[k].cap)
                    };
                    if self.people.run_at(q + 1).is_some_and(|r| r.start == q + 1)
                        || self.people.run_at(p - 1).is_some_and(opens_after)
                    {
                        return Some(Speaker::Person(e, at));
                    }
                }
                // (past a party in brackets after the name that opens the clause: "Ted Cruz
                // (R-Tex.), a Republican candidate,"; not after a name the clause speaks of:
                // "West, who worked for Sen. Lamar Alexander (R-Tenn.), one of …, called")
                let found = q.checked_sub(1).and_then(|e| {
                    let b = self.before_brackets(e)?;
                    // (the sentence's start, or past a short phrase and its comma: "On the
                    // other side, Sen. Ted Cruz (R-Tex.)"); a firm's name in a wire's marks
                    // anywhere ("TORONTO - <Spar Aerospace Ltd>, reporting a loss, said")
                    let opens = || {
                        let start = self.sentence_start(b);
                        let from = (start..b.min(start + 6))
                            .rfind(|&k| doc.is(k, ','))
                            .map_or(start, |c| c + 1);
                        (from..=b).all(|k| doc.tokens[k].cap || doc.is(k, '.'))
                    };
                    (b == e || doc.is(e, '>') || opens())
                        .then(|| self.np_ending_at(b))
                        .flatten()
                });
                if matches!(found, Some(Speaker::Person(..))) {
                    return found;
                }
                if let Some(name) = self.name_after_described(q, p) {
                    return Some(name);
                }
                return self.person_before_chain(q, sent).or(found);
            }
        }
        None
    }

    /// The name between the commas at `q` and `p` when what comes before them is a
    /// description with a clause of its own, whose last words name someone else: "The
    /// company that runs the AMAs, Dick Clark Productions, denies" is Dick Clark Productions,
    /// not the AMAs.
    fn name_after_described(&self, q: usize, p: usize) -> Option<Speaker> {
        let doc = self.doc;
        let start = self.sentence_start(q);
        let described = LEX.determiners.contains(self.low(start))
            && (start + 1..q).any(|k| matches!(self.low(k), "that" | "which" | "who"));
        let name = (q + 1..p).all(|k| doc.tokens[k].shape == Shape::Word && doc.tokens[k].cap);
        (described && name && p > q + 1).then(|| {
            Speaker::Named(doc.text[doc.tokens[q + 1].start..doc.tokens[p - 1].end].into())
        })
    }

    /// The person a chain of appositives before the comma at `q` describes: "Tony Lloyd, the
    /// Manchester Central MP, whose constituency includes the ground, has pledged", "Cecelia
    /// Purner, 67, a retired nurse in Allentown, Pa., said": back over up to five more
    /// commas of sentence `sent`, a name that opens its clause (after the start, a comma, a
    /// quote or "and"), or that a description opening the clause leads to ("study lead author
    /// Lucas Paganini, a planetary scientist at NASA's Goddard Space Flight Center in
    /// Greenbelt, Maryland, and American University in Washington, D.C., said").
    fn person_before_chain(&self, mut q: usize, sent: u32) -> Option<Speaker> {
        let doc = self.doc;
        let mut commas = 0;
        while commas < 5 {
            let mut k = q;
            loop {
                k = k.checked_sub(1)?;
                let t = &doc.tokens[k];
                if t.sent != sent || t.in_quote || self.is_verb(k) || q - k > 40 {
                    return None;
                }
                if doc.is(k, ',') {
                    break;
                }
            }
            commas += 1;
            q = k;
            let Some(Speaker::Person(e, at)) = q.checked_sub(1).and_then(|e| self.np_ending_at(e))
            else {
                continue;
            };
            let run = self.people.run_at(q - 1)?;
            let opens = run.start == 0
                || doc.tokens[run.start - 1].sent != sent
                || (doc.tokens[run.start - 1].shape == Shape::Punct
                    && !doc.tokens[run.start - 1].in_quote)
                || self.is_word(run.start - 1, "and")
                || self.described_from_clause_start(run.start, sent);
            return opens.then_some(Speaker::Person(e, at));
        }
        None
    }

    /// Whether the name starting at token `name` of sentence `sent` ends a description that
    /// opens its clause, after the sentence's start, a comma or a quote ("study lead author
    /// Lucas Paganini"; not "the lawyer for Lucas Paganini").
    fn described_from_clause_start(&self, name: usize, sent: u32) -> bool {
        let doc = self.doc;
        let start = (name.saturating_sub(10)..name)
            .rev()
            .take_while(|&k| {
                let t = &doc.tokens[k];
                t.sent == sent && !t.in_quote && t.shape != Shape::Punct
            })
            .last();
        start.is_some_and(|s| {
            (s == 0 || doc.tokens[s - 1].sent != sent || doc.tokens[s - 1].shape == Shape::Punct)
                && self.past_description(s) == name
        })
    }

    /// Whether the noun phrase ending at `end` follows a preposition ("to Fox News"), right
    /// after it or, with `past_noun`, also past the common noun a name is set after ("in the
    /// journal JAMA Psychiatry").
    pub(super) fn after_preposition(&self, end: usize, past_noun: bool) -> bool {
        let doc = self.doc;
        let mut i = end;
        // (back over the name, to a preposition that opens its sentence: "In Mr Lee's book")
        while i > 0
            && doc.tokens[i].shape == Shape::Word
            && doc.tokens[i].cap
            && !LEX.listener_prepositions.contains(self.low(i))
        {
            i -= 1;
        }
        let noun = past_noun
            && i < end
            && doc.tokens[i].shape == Shape::Word
            && !doc.tokens[i].cap
            && !self.is_verb(i)
            && !LEX.listener_prepositions.contains(self.low(i))
            && i >= 2
            && matches!(self.low(i - 1), "the" | "a" | "an");
        if noun {
            i -= 1;
        }
        // (past its article: "at the Kestrel Bank", "at a U.S. Bank")
        if (self.is_word(i, "the") || self.is_word(i, "a") || self.is_word(i, "an")) && i > 0 {
            i -= 1;
        }
        LEX.listener_prepositions.contains(self.low(i))
    }

    /// Whether the sentence of token `at` opens with a determiner: its subject is a described
    /// phrase ("The authors of the study …", "A statement posted on …").
    fn opens_with_determiner(&self, at: usize) -> bool {
        self.determiner_at(self.sentence_start(at))
    }

    /// Whether the word at token `i` is a determiner ("the", "a", "another" …).
    pub(super) fn determiner_at(&self, i: usize) -> bool {
        self.doc.tokens[i].shape == Shape::Word && LEX.determiners.contains(self.low(i))
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
        // (sentences are numbered in text order, so the tokens of the 80 before `at` that are
        // of an earlier sentence all come first: the start is found by bisection rather than
        // a walk back, with the same answer)
        let from = at.saturating_sub(80);
        from + doc.tokens[from..at].partition_point(|t| t.sent < sent)
    }

    /// The sentences from token `from` on, up to token `upto`, as token ranges `start..end`:
    /// the first from `from` to its sentence's end, each cut at `upto`.
    pub(super) fn sentences(
        &self,
        from: usize,
        upto: usize,
    ) -> impl Iterator<Item = (usize, usize)> + '_ {
        let tokens = &self.doc.tokens;
        let upto = upto.min(tokens.len());
        let mut start = from;
        std::iter::from_fn(move || {
            if start >= upto {
                return None;
            }
            let sent = tokens[start].sent;
            let mut end = start;
            while end < upto && tokens[end].sent == sent {
                end += 1;
            }
            let range = (start, end);
            start = end;
            Some(range)
        })
    }

    /// Where the main clause of the sentence of token `at` starts: past a clause that opens
    /// the sentence with "as", "when", "while" or the like and ends with a comma before `at`
    /// ("As the crowd began to chant, Silverman … joked"), also after a short phrase and its
    /// comma ("In June, after Lee fell ill, Okoro wrote"); else the sentence's start.
    pub(super) fn main_clause_start(&self, at: usize) -> usize {
        let doc = self.doc;
        let start = self.sentence_start(at);
        let comma_after = |from: usize, limit: usize| {
            (from..at.min(from + limit)).find(|&i| !doc.tokens[i].in_quote && doc.is(i, ','))
        };
        let opener = if self.opens_clause(start) {
            start
        } else {
            // (a short phrase first: "In June 2009, after …")
            match comma_after(start, 6) {
                Some(c) if c + 1 < at && self.opens_clause(c + 1) => c + 1,
                _ => return start,
            }
        };
        // (the clause has a verb: not the comma of "While Mr. Ryan, who …,")
        comma_after(opener, at - opener)
            .filter(|&comma| {
                (opener + 1..comma)
                    .any(|i| doc.tokens[i].shape == Shape::Word && !doc.tokens[i].cap)
            })
            .map_or(start, |comma| comma + 1)
    }

    /// Whether the word at token `i` opens a subordinate clause ("as", "when", "after" …).
    pub(super) fn opens_clause(&self, i: usize) -> bool {
        self.doc.tokens[i].shape == Shape::Word
            && matches!(
                self.low(i),
                "as" | "when"
                    | "while"
                    | "after"
                    | "before"
                    | "although"
                    | "though"
                    | "once"
                    | "because"
                    | "since"
                    | "whenever"
                    | "if"
                    | "unless"
            )
    }

    /// What the noun phrase that the name `run` modifies names, when it modifies one (before
    /// token `at`): a possessor's ("Ryan's campaign", "Schilling's son, Grant") or a name
    /// before a role ("Sanders protesters"); `Some(None)` when the phrase names nobody to
    /// credit, `None` when the name stands for itself.
    fn modified_by(&self, run: &Run, at: usize) -> Option<Option<Speaker>> {
        let doc = self.doc;
        let next = doc.tokens.get(run.end)?;
        // (a name, or a word that is no title: "Band member Flea", not "Former secretary")
        let named = run.entity.is_some() || !doc.tokens[run.start].lex.any(Flags::TITLE);
        if !named || run.end >= at || next.shape != Shape::Word || next.cap {
            return None;
        }
        // (what a person's letter or statement says is theirs: "Lee's letter makes a case:";
        // not in a phrase after a preposition: "In Mr Lee's book, Ann Ray told him")
        let fronted = LEX.listener_prepositions.contains(self.low(run.start))
            || self.after_preposition(run.end - 1, false);
        if let Some(author) = (!fronted)
            .then(|| self.author_of(run.end - 1, run.end))
            .flatten()
        {
            return Some(Some(author));
        }
        // (what a person's words are called is theirs: "Clinton's response was"; a role may
        // have a word before it: "Clinton's right-hand woman")
        let role_at = |i: usize| {
            doc.tokens
                .get(i)
                .is_some_and(|t| t.shape == Shape::Word && !t.cap && i < at)
                && LEX.role_nouns.contains(self.low(i))
        };
        if !(role_at(run.end) || (doc.tokens[run.end - 1].poss && role_at(run.end + 1))) {
            return None;
        }
        if doc.tokens[run.end - 1].poss {
            return Some(
                self.np_starting_at(run.start)
                    .filter(|&(_, end)| end < at)
                    .map(|(s, _)| s)
                    .filter(|s| !matches!(s, Speaker::Person(e, _) if Some(*e) == run.entity)),
            );
        }
        if self.name_after_role(run).is_none() {
            let text = &doc.text[doc.tokens[run.name_start].start..next.end];
            return Some(Some(Speaker::Named(text.to_string())));
        }
        None
    }

    /// A name on no list that opens the clause starting at token `i` (or follows a short
    /// phrase of place or time there: "At the debate, Sanders compared"), right before its
    /// verb in the past: the clause's subject as written ("Sanders", "Delta"), for a
    /// participle before `at` that lost its own ("…, saying"). Not a pronoun, a day or another
    /// word that names no one, nor a participle glued to a name.
    fn named_clause_subject(&self, run: &Run, i: usize, at: usize) -> Option<Speaker> {
        let doc = self.doc;
        if run.entity.is_some() || run.end >= at || !self.past_verb_follows(run.end) {
            return None;
        }
        let after_opening_phrase = run.start > i + 1
            && doc.is(run.start - 1, ',')
            && LEX.listener_prepositions.contains(self.low(i))
            && !(i..run.start - 1).any(|k| doc.is(k, ','));
        if !(run.start == i || after_opening_phrase) {
            return None;
        }
        let names_no_one = (run.start..run.end).any(|k| {
            doc.tokens[k].lex.any(Flags::NON_NAME)
                || is_date_word(doc.word(k))
                || LEX.pronouns.contains_key(self.low(k))
        }) || NAMELESS_PRONOUNS.contains(&self.low(run.start))
            // (a participle glued to the name after it: "Saying Britain must change, Mr Howard
            // argues")
            || (run.end > run.start + 1 && self.low(run.start).ends_with("ing"));
        if names_no_one {
            return None;
        }
        self.run_ending_at(run, run.end - 1)
    }

    /// The first speaker-like noun phrase of the sentence of token `at`, before `at`: the
    /// subject of a clause whose verb lost its own ("..., saying", "and warned that").
    pub(super) fn clause_subject(&self, at: usize) -> Option<Speaker> {
        let doc = self.doc;
        // (past a clause opening the sentence, unless that clause is all there is before `at`:
        // "As Ann Lee put it, “…”")
        let main = self.main_clause_start(at);
        let i = if main + 1 < at {
            main
        } else {
            self.sentence_start(at)
        };
        // "A reporter can be heard asking ...": a role phrase opening the sentence.
        if self.determiner_at(i) {
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
                // (a name after a preposition is no subject: "In response to Donald Trump's
                // proposal, Clinton's right-hand woman rallied supporters, saying")
                if run.start > i && self.after_preposition(run.end - 1, true) {
                    continue;
                }
                if let Some(s) = self.modified_by(run, at) {
                    return s;
                }
                if let Some(e) = run.entity {
                    return Some(Speaker::Person(e, Some(run.name_end)));
                }
                if let Some(s) = self.named_clause_subject(run, i, at) {
                    return Some(s);
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
            // a firm's name opening with its initials in capitals
            (
                "AM International Inc said sales rose. “We are pleased,” the company said.",
                &[("We are pleased,", Some("AM International Inc"), None)],
            ),
            (
                "“Output rose,” UK Coal said.",
                &[("Output rose,", Some("UK Coal"), None)],
            ),
            // verbs of saying of other languages' news after a quote: "dijo", "disse", "sagte"
            (
                "“Es un buen día”, dijo el presidente Pedro Sánchez.",
                &[("Es un buen día", Some("Pedro Sánchez"), Some("Pedro Sánchez"))],
            ),
            (
                "„Es ist ein guter Tag“, sagte Olaf Scholz.",
                &[("Es ist ein guter Tag", Some("Olaf Scholz"), Some("Olaf Scholz"))],
            ),
            // (and a one-word name before a preposition of the same language: "ao", "durante")
            (
                "“Em 2012 eu errei”, falou Tite ao programa “Grande Círculo”.",
                &[("Em 2012 eu errei", Some("Tite"), None)],
            ),
            // a role at, with or from a body: the role's, as written; an official's or a
            // spokesman's is the body's voice (not the body named after the preposition, nor
            // a bank named with a capital after "a")
            (
                "“Rates are high,” one official at a U.S. Bank said.\n\nBonds rose. “Rates will fall,” an analyst at Kestrel Bank said.",
                &[
                    ("Rates are high,", Some("one official at a U.S. Bank"), None),
                    ("Rates will fall,", Some("an analyst at Kestrel Bank"), None),
                ],
            ),
            (
                "Kestrel set up a hotline. “The plans are welcome,” a spokesperson from Kestrel told the BBC.",
                &[("The plans are welcome,", Some("Kestrel"), None)],
            ),
            // (but the person an open appositive names first)
            (
                "Ann Lee, a strategist at Kestrel Securities told Reuters that “rates will rise.”",
                &[("rates will rise.", Some("Ann Lee, a strategist at Kestrel Securities"), Some("Ann Lee"))],
            ),
            // "with" a name before a participle: the name is its subject, not the clause's
            (
                "Ivo Hale held a rally. Supporters punched a protester, with Hale reportedly yelling: “Get him out of here!”",
                &[("Get him out of here!", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            // a time between the subject and the verb
            (
                "One USDA official who took part in the consultations this week described them as “calm, basic, factual economics.”",
                &[("calm, basic, factual economics.", Some("USDA"), None)],
            ),
            (
                "Sen. Ivo Hale (R-Tex.) last week said the chains were not “top secret” at all.",
                &[("top secret", Some("Ivo Hale (R-Tex.)"), Some("Ivo Hale"))],
            ),
            // a name, a party in brackets and an appositive: the name's, when it opens the clause
            (
                "On the other side, Sen. Ivo Hale (R-Tex.), a candidate for president, tweeted a warning. “Remember the vote.”",
                &[("Remember the vote.", Some("Ivo Hale (R-Tex.), a candidate for president"), Some("Ivo Hale"))],
            ),
            (
                "Ann Lee, who worked for Sen. Ivo Hale (R-Tenn.), one of the bill's architects, called it “a significant development.”",
                &[("a significant development.", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            // "which" after a comma stands for the body before it
            (
                "Officials warned the Unity party, which had said that voters were “coming out in droves.”",
                &[("coming out in droves.", Some("the Unity party"), None)],
            ),
            (
                "The move was welcomed by Beijing, which described the embargo as a “product of the Cold War”.",
                &[("product of the Cold War", Some("Beijing"), None)],
            ),
            // the named leader of a group that speaks with them
            (
                "Researcher Ann Paganini studied the data. Paganini and his team wrote that the results were “striking and clear.”",
                &[("striking and clear.", Some("Ann Paganini"), Some("Ann Paganini"))],
            ),
            (
                "“The results are striking,” Ann Lee and colleagues wrote.",
                &[("The results are striking,", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            // "who" after a comma and a name, the verb right after it, stands for that person;
            // not for one of two, nor for a name after "of"
            (
                "The paper printed an article by a researcher, Chen Shibiao, who said that firms faced “all kinds of difficulties.”",
                &[("all kinds of difficulties.", Some("Chen Shibiao"), Some("Chen Shibiao"))],
            ),
            (
                "Less impressed were students Ann Lee and Bo Ray, who observed, “They are still not very inspiring.”",
                &[("They are still not very inspiring.", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "A comment came from Princess Ida of Fenwick, the eldest daughter of ex-King Ivo of Fenwick, who said a relationship with him was “politics, politics.”",
                &[("politics, politics.", Some("Ida of Fenwick, the eldest daughter"), Some("Ida"))],
            ),
            // the person before "of" and their body, also when words in lower case say the
            // body's kind; not those words alone
            (
                "Economist Ann Lee of the brokerage Hale Okoro Inc said “it is flat.”",
                &[(
                    "it is flat.",
                    Some("Ann Lee of the brokerage Hale Okoro Inc"),
                    Some("Ann Lee"),
                )],
            ),
            (
                "Ann Lee of the investment bank Acme said “it is flat.”",
                &[("it is flat.", Some("Ann Lee of the investment bank Acme"), Some("Ann Lee"))],
            ),
            (
                "The head of the bank Acme said “it is flat.”",
                &[("it is flat.", Some("Acme"), None)],
            ),
            // ... past a short phrase in brackets after the name
            (
                "Senator Ann Lee (Democrat) of West Fenwick said the bill would “remain under a cloud.”",
                &[(
                    "remain under a cloud.",
                    Some("Ann Lee (Democrat) of West Fenwick"),
                    Some("Ann Lee"),
                )],
            ),
            // whom "quoted … as saying" names speaks, not who quotes them; of a writing "by"
            // someone, its authors; but a passive's subject speaks
            (
                "Finance Minister Ivo Hale spoke on Monday. The Fenwick Times quoted Hale as saying, “Rates will fall.”",
                &[("Rates will fall.", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            (
                "Ivo Hale spoke on Monday. The Kestrel agency quoted a joint statement by the Fenwick Army and Harbour Guards as saying they had “won the day.”",
                &[("won the day.", Some("the Fenwick Army and Harbour Guards"), None)],
            ),
            (
                "The Kestrel agency quoted an Iranian soldier, Ivo Hale, as saying “we won.”",
                &[("we won.", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            (
                "Harbour minister Ivo Hale quoted its five-year plan, as saying: “We will act.”",
                &[("We will act.", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            (
                "The paper quoted one official as saying the deal “may fail.”",
                &[("may fail.", Some("one official"), None)],
            ),
            (
                "Ivo Hale was quoted by The Fenwick Times as saying, “Rates will fall.”",
                &[("Rates will fall.", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            // "they said" of a firm; one named after a description that names another
            (
                "The company that runs the AMAs, Dick Clark Productions, denies that anything has been sorted, though.\n\n“Any final agreement needs to be made with her team,” they said.",
                &[(
                    "Any final agreement needs to be made with her team,",
                    Some("Dick Clark Productions"),
                    None,
                )],
            ),
            // ... also after the quote
            (
                "“It is a stretch,” Ivo Hale of the Kestrel Centre for Harbour Studies wrote in May.",
                &[(
                    "It is a stretch,",
                    Some("Ivo Hale of the Kestrel Centre for Harbour Studies"),
                    Some("Ivo Hale"),
                )],
            ),
            (
                "Ivo Hale spoke to the agency. “Rates will fall,” the Fenwick Times quoted Hale as saying.",
                &[("Rates will fall,", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            (
                "Ivo Hale spoke to the agency. “Rates will fall,” he was quoted as saying by the Fenwick Times.",
                &[("Rates will fall,", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            (
                "“Leaders have shown a willingness to take risks,” Obama said in his speech. President Ivo Hale “has put aside efforts to shortcut the pursuit of peace.”",
                &[
                    ("Leaders have shown a willingness to take risks,", Some("Obama"), Some("Obama")),
                    ("has put aside efforts to shortcut the pursuit of peace.", Some("Obama"), Some("Obama")),
                ],
            ),
            // a name right before a quote that goes on in lower case is what the quote is
            // about: who said it is the subject of the verb before
            (
                "Ivo Hale, a former aide, said Mr Okoro “should butt out of” the row.",
                &[("should butt out of", Some("Ivo Hale, a former aide"), Some("Ivo Hale"))],
            ),
            (
                "Ivo Hale, a former aide, said Mr Okoro “Rates will fall.”",
                &[("Rates will fall.", Some("Okoro"), Some("Okoro"))],
            ),
            (
                "Ivo Hale said the agency kept quoting him. “Rates will fall,” he said.",
                &[("Rates will fall,", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            // an appositive that no comma closes, ending in a word that names no one
            (
                "“We need a plan,” Ann Lee, the pollster who founded pollwatch.org tweeted on Monday.",
                &[("We need a plan,", Some("Ann Lee, the pollster"), Some("Ann Lee"))],
            ),
            // ... but "fire" of "caught fire" is no verb of saying
            (
                "Tom Okoro spoke. While Mr. Okoro laid out a plan for “a fair tax code,” Ann Lee, the doctor who caught fire last year, used her time to call him a fraud.",
                &[("a fair tax code,", Some("Tom Okoro"), Some("Tom Okoro"))],
            ),
            // the subject of the main clause, past a clause that opens the sentence
            (
                "Ann Lee was a governor. When Lee died, Tom Okoro released a statement: “We mourn her.”",
                &[("We mourn her.", Some("Tom Okoro"), Some("Tom Okoro"))],
            ),
            (
                "Ann Lee was hurt. In June, after Lee fell ill, Tom Okoro wrote to her, telling her, “Get well!”",
                &[("Get well!", Some("Tom Okoro"), Some("Tom Okoro"))],
            ),
            // ... nor "If, as expected, …": the clause's own comma is no end of it
            (
                "“We will win,” Ann Lee said. If, as expected, her party gains seats, she intends to go into the next term “on the front foot with a view to leading it to the next election”.",
                &[
                    ("We will win,", Some("Ann Lee"), Some("Ann Lee")),
                    (
                        "on the front foot with a view to leading it to the next election",
                        Some("Ann Lee"),
                        Some("Ann Lee"),
                    ),
                ],
            ),
            // ... but the clause may be the attribution, or a name and its appositive
            (
                "Tom Okoro spoke. As Ann Lee, a judge, put it, “The law is clear.”",
                &[("The law is clear.", Some("Ann Lee, a judge"), Some("Ann Lee"))],
            ),
            (
                "Tom Okoro spoke. While Ann Lee, a judge, laid out a plan for “a fair tax code,” Okoro left.",
                &[("a fair tax code,", Some("Ann Lee, a judge"), Some("Ann Lee"))],
            ),
            // the clause's subject for a participle: the phrase a name modifies, not the name
            (
                "Paul Ryan spoke. Ryan’s campaign shrugged it off, telling reporters, “No one asked.”",
                &[("No one asked.", Some("Ryan’s campaign"), None)],
            ),
            (
                "Bernie Sanders spoke. Then Sanders protesters interrupted her, shouting “She wins!”",
                &[("She wins!", Some("Sanders protesters"), None)],
            ),
            (
                "Band member Flea shared the news on Monday, writing “It feels great.”",
                &[("It feels great.", Some("Band member"), None)],
            ),
            // ... a name on no list that opens the clause, or follows a phrase of place or time,
            // right before its verb, as written; not a pronoun, a day, or a participle glued on
            (
                "At the debate, Okoro compared himself to Lee, saying, “I take no fees.”",
                &[("I take no fees.", Some("Okoro"), None)],
            ),
            (
                "Fenwick Rail welcomed the news, saying the plan was “doing the right thing.”",
                &[("doing the right thing.", Some("Fenwick Rail"), None)],
            ),
            (
                "Wednesday brought the news, saying, “We are doing the right thing for all.”",
                &[("We are doing the right thing for all.", None, None)],
            ),
            (
                "Saying Fenwick must change, Okoro argued the state was “too big.”",
                &[("too big.", Some("Okoro"), None)],
            ),
            (
                "In March, We took on staff, saying, “They are the best we could find.”",
                &[("They are the best we could find.", None, None)],
            ),
            // ... but a person's response is theirs, and a title is no modifier
            (
                "Hillary Clinton spoke. Clinton’s response was: “Is the store in Ohio or in Wisconsin?”",
                &[("Is the store in Ohio or in Wisconsin?", Some("Hillary Clinton"), Some("Hillary Clinton"))],
            ),
            (
                "Former secretary of state Hillary Clinton smiled, saying, “We learned that.”",
                &[("We learned that.", Some("Hillary Clinton"), Some("Hillary Clinton"))],
            ),
            // who speaks for a person is not that person
            (
                "Ann Lee and Richard Lyng met. “We will act,” the aide to Lyng said.",
                &[("We will act,", Some("the aide to Lyng"), None)],
            ),
            // (past a body's acronym before the title; and "he" after the aide spoke is the
            // aide, not the boss named again since)
            (
                "“Cuts will come,” an aide to USDA Secretary Richard Korvel said.",
                &[("Cuts will come,", Some("an aide to USDA Secretary Richard Korvel"), None)],
            ),
            (
                "Farm aid will be cut, an aide to Agriculture Secretary Richard Korvel said.\n\nSen. Mel Ostrand said yesterday that Korvel had indicated support.\n\nBut the aide to Korvel said it was doubtful.\n\n“How are you going to stop the tide,” he said.",
                &[("How are you going to stop the tide,", Some("the aide to Korvel"), None)],
            ),
            (
                "Ann Lee and Richard Lyng met. A spokesman for Ann Lee said: “We will act.”",
                &[("We will act.", Some("A spokesman for Ann Lee"), None)],
            ),
            (
                "Ann Lee and Richard Lyng met. The brother of Ann Lee said she would “fight on”.",
                &[("fight on", Some("The brother of Ann Lee"), None)],
            ),
            (
                "Ann Lee and Richard Lyng met. “We will act,” Ivo Hale, a spokesman for Ann Lee told reporters.",
                &[("We will act,", Some("Ivo Hale, a spokesman for Ann Lee"), Some("Ivo Hale"))],
            ),
            // (a name with no role before it speaks itself)
            (
                "Ann Lee and Richard Lyng met. Lyng said: “We will act.”",
                &[("We will act.", Some("Richard Lyng"), Some("Richard Lyng"))],
            ),
            // an inverted speaker before a word of time, or a firm's abbreviation that ends the
            // sentence
            (
                "Ivo Hale won. “What a way to finish the year,” said Hale afterwards. Fans left.",
                &[("What a way to finish the year,", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            (
                "“Rates will hold,” said Ivo Hale today. Fans left.",
                &[("Rates will hold,", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            (
                "“Rates will hold,” said Ivo Hale of Marlow and Co. Bonds fell.",
                &[("Rates will hold,", Some("Ivo Hale of Marlow and Co."), Some("Ivo Hale"))],
            ),
            (
                "“Rates will hold,” said Ivo Hale of Marlow Co. Bonds fell.",
                &[("Rates will hold,", Some("Ivo Hale of Marlow Co."), Some("Ivo Hale"))],
            ),
            // past an adverb, a place after a described subject, a participle after an
            // inverted one
            (
                "Hillary Clinton spoke. Clinton, exasperated, famously responded: “What difference does it make?”",
                &[(
                    "What difference does it make?",
                    Some("Hillary Clinton"),
                    Some("Hillary Clinton"),
                )],
            ),
            (
                "“Will he be the next attorney general?” a Democratic staffer in the room wondered.",
                &[(
                    "Will he be the next attorney general?",
                    Some("a Democratic staffer"),
                    None,
                )],
            ),
            (
                "“We have no freedom of opinion anymore,” tweeted a German user from Hanover going by the handle Pulvermann.",
                &[(
                    "We have no freedom of opinion anymore,",
                    Some("a German user from Hanover"),
                    None,
                )],
            ),
            // past an adverb between the subject and its verb
            (
                "Prince Tomas gave an interview. He was asked about the trip. He instead told the interviewer: “I took the decision myself.”",
                &[("I took the decision myself.", Some("Tomas"), Some("Tomas"))],
            ),
            (
                "“We are ready,” Fenwick Ferries meanwhile said.",
                &[("We are ready,", Some("Fenwick Ferries"), None)],
            ),
            // no inverted subject after an infinitive: the phrase is what the verb is about
            (
                "It was a windy week. Fenwick’s Chief Minister Tomas Brennan turned to Twitter last month to describe his city as a “wind tunnel.”",
                &[("wind tunnel.", Some("Tomas Brennan"), Some("Tomas Brennan"))],
            ),
            (
                "Ada Okoro went on television to call the plan “a disgrace”.",
                &[("a disgrace", Some("Ada Okoro"), Some("Ada Okoro"))],
            ),
            (
                "Ann Welch added that she would appear at a church in Leeds to explain how she “got to this place”.",
                &[("got to this place", Some("Ann Welch"), Some("Ann Welch"))],
            ),
            (
                "Donald Trump spoke. Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”",
                &[(
                    "We have to be ready to stop him.",
                    Some("Hillary Clinton’s right-hand woman"),
                    None,
                )],
            ),
            // a name after a preposition is not the clause's subject
            (
                "Donald Trump spoke. In response to Donald Trump’s proposal, Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”",
                &[(
                    "We have to be ready to stop him.",
                    Some("Hillary Clinton’s right-hand woman"),
                    None,
                )],
            ),
            // after the quote, both orders
            // after the quote, both orders
            // after the quote, both orders
            // after the quote, both orders
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
            // "declined to comment except to say": the subject of the refusal
            (
                "Finance Minister Carla Duarte met bankers.\n\nThe minister declined to comment on the talks except to say, “They are progressing.”",
                &[("They are progressing.", Some("Carla Duarte"), Some("Carla Duarte"))],
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
            // a chain of appositives before the verb
            (
                "Tony Lloyd, the Manchester MP, whose seat includes the ground, has pledged to take it “to the top”.",
                &[(
                    "to the top",
                    Some("Tony Lloyd, the Manchester MP"),
                    Some("Tony Lloyd"),
                )],
            ),
            (
                "“I doubt her,” Cecelia Purner, 67, a retired nurse in Allentown, Pa., said.",
                &[(
                    "I doubt her,",
                    Some("Cecelia Purner, 67, a retired nurse in Allentown, Pa."),
                    Some("Cecelia Purner"),
                )],
            ),
            // ... a chain of five commas, the name after a description that opens the clause
            (
                "“Water is rare,” study lead author Lucas Paganini, a planetary scientist at NASA's Goddard Space Flight Center in Greenbelt, Maryland, and American University in Washington, D.C., said in a statement.",
                &[(
                    "Water is rare,",
                    Some("Lucas Paganini, a planetary scientist"),
                    Some("Lucas Paganini"),
                )],
            ),
            // an appositive that no comma closes
            (
                "Christoph Caselitz, president of the networks division at the firm says that: “Demand will rise.”",
                &[(
                    "Demand will rise.",
                    Some("Christoph Caselitz, president of the networks division at the firm"),
                    Some("Christoph Caselitz"),
                )],
            ),
            // ... that names the body the person is from, or their role at a body, before
            // "told" a listener
            (
                "“Prices will rise,” Ada Brennan, from Fenwick Bank told Reuters.",
                &[("Prices will rise,", Some("Ada Brennan"), Some("Ada Brennan"))],
            ),
            (
                "“Prices will rise,” Ada Brennan, from the Fenwick Bank Association (FBA) told Reuters.",
                &[("Prices will rise,", Some("Ada Brennan"), Some("Ada Brennan"))],
            ),
            // ... or with no comma, "from" the body
            (
                "“Prices will rise,” Ada Brennan from Fenwick Bank said.",
                &[("Prices will rise,", Some("Ada Brennan"), Some("Ada Brennan"))],
            ),
            (
                "“Prices will rise,” Ada Brennan from the Fenwick Bank Association, told Reuters.",
                &[("Prices will rise,", Some("Ada Brennan"), Some("Ada Brennan"))],
            ),
            (
                "A letter to Ann Lee from Acme said the “deal was off”.",
                &[("deal was off", Some("A letter to Ann Lee from Acme"), None)],
            ),
            // ... or a body's possessive before a role
            (
                "“Broadband is a key trend,” Eric Abensur, Wanadoo's chief executive told the BBC.",
                &[(
                    "Broadband is a key trend,",
                    Some("Eric Abensur, Wanadoo's chief executive"),
                    Some("Eric Abensur"),
                )],
            ),
            // a firm's name in a wire's angle brackets, and a firm's code in them after its name
            (
                "TORONTO, March 5 - <Kestrel Aerospace Ltd>, reporting a lower profit, said it saw growth.\n\n“Kestrel is confident,” the company said.",
                &[("Kestrel is confident,", Some("Kestrel Aerospace Ltd"), None)],
            ),
            (
                "Fenwick Spa <FENW.MI> said it ended its talks.\n\nA company spokesman told Reuters “We have concluded the talks.”",
                &[("We have concluded the talks.", Some("Fenwick Spa"), None)],
            ),
            // ... or a body's name before a role
            (
                "“We are encouraged,” Ivo Falcon, OFHEO director said.",
                &[("We are encouraged,", Some("Ivo Falcon, OFHEO director"), Some("Ivo Falcon"))],
            ),
            // a role, a comma and the name that ends the sentence after the verb; a possessive
            // after "of" that is what the words are about
            (
                "“Rates helped,” said EEF chief economist, Steve Radley.",
                &[("Rates helped,", Some("Steve Radley"), Some("Steve Radley"))],
            ),
            (
                "“It is hard,” said BA director of commercial planning, Robert Boyle.",
                &[("It is hard,", Some("Robert Boyle"), Some("Robert Boyle"))],
            ),
            (
                "“I am disappointed,” said Rangers manager Alex McLeish of Novo's punishment.",
                &[("I am disappointed,", Some("Alex McLeish"), Some("Alex McLeish"))],
            ),
            // a given name of either sex that the census gives one: the article's "he" tells
            (
                "Robin Lovell-Badge said he had seen it. He said: “We will end up with a mess.”",
                &[(
                    "We will end up with a mess.",
                    Some("Robin Lovell-Badge"),
                    Some("Robin Lovell-Badge"),
                )],
            ),
            // a name on no list that opens the sentence, before an appositive that a relative
            // pronoun or a determiner opens
            (
                "Kestrel, whose shoes are sold everywhere, said “demand continues to grow”.",
                &[("demand continues to grow", Some("Kestrel"), None)],
            ),
            (
                "Kestrel, the sports firm, said: “Demand continues to grow.”",
                &[("Demand continues to grow.", Some("Kestrel"), None)],
            ),
            // a verb after the "And" that opens its sentence, before a colon: the last speaker
            (
                "Ann Lee insisted: “We have a good record.” And continued: “We can be proud of it.”",
                &[
                    ("We have a good record.", Some("Ann Lee"), Some("Ann Lee")),
                    ("We can be proud of it.", Some("Ann Lee"), Some("Ann Lee")),
                ],
            ),
            // an appositive between dashes, hyphens spaced as dashes
            (
                "“We saw hustlers do this,” Ivo Hale - then an adviser to President Bo Ray - told reporters.",
                &[("We saw hustlers do this,", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            (
                "“Prices will rise,” Ada Brennan, an analyst at Fenwick Bank told the BBC.",
                &[(
                    "Prices will rise,",
                    Some("Ada Brennan, an analyst at Fenwick Bank"),
                    Some("Ada Brennan"),
                )],
            ),
            // ... whose firm's name holds a comma
            (
                "Shares fell. H.P. Smith, analyst at Smith Barney, Harris Upham and Co said for a big company “no one order will matter.”",
                &[(
                    "no one order will matter.",
                    Some("H.P. Smith, analyst at Smith Barney"),
                    Some("H.P. Smith"),
                )],
            ),
            // ... not a list of names, nor past a comma that a lower-case word follows
            (
                "Ann Lee's backer, former Rep. Bo Ray, lives in the district and wrote that it was “tragic”.",
                &[("tragic", Some("Bo Ray"), Some("Bo Ray"))],
            ),
            (
                "Shares fell. Ann Lee, Bo Ray, and Acme Corp said “no one order will matter.”",
                &[("no one order will matter.", Some("Acme Corp"), None)],
            ),
            (
                "“We monitor it,” Peter Dobrow, a T-Mobile spokesperson said.",
                &[(
                    "We monitor it,",
                    Some("Peter Dobrow, a T-Mobile spokesperson"),
                    Some("Peter Dobrow"),
                )],
            ),
            // the passive: the agent after "by"
            (
                "Cyril Fletcher was described as a “consummate professional” by his friend and fellow broadcaster Michael Pointon.",
                &[(
                    "consummate professional",
                    Some("Michael Pointon"),
                    Some("Michael Pointon"),
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
            // a name after its body's and title's capitalised words, a stray comma before the
            // verb, after a phrase that ends with a comma
            (
                "The exchange opened in December, NYMEX President Rosa Hale, said, “We are pleased.”",
                &[("We are pleased.", Some("Rosa Hale"), Some("Rosa Hale"))],
            ),
        ];
        check(cases);
    }

    /// A name in a phrase after a preposition, past the noun it is set after, is not the
    /// subject: the described phrase opening the sentence is.
    #[test]
    fn names_after_a_noun_and_preposition() {
        let cases: Cases = &[
            (
                "The authors of the research published in the journal JAMA Pediatrics argued, “The effect is small.”",
                &[(
                    "The effect is small.",
                    Some("The authors of the research published in the journal"),
                    None,
                )],
            ),
            // ... but not after a phrase that opens the sentence otherwise
            (
                "Shares fell. Siemens has plans, but Ann Lee, president of the division at the firm says: “Demand will rise.”",
                &[(
                    "Demand will rise.",
                    Some("Ann Lee, president of the division at the firm"),
                    Some("Ann Lee"),
                )],
            ),
        ];
        check(cases);
    }
}
