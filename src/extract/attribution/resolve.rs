//! From a speaker's phrase to whom it refers to: a pronoun to the person last mentioned, "her
//! husband" to the last man who spoke, "the mayor" to the person the article introduced with
//! that title or description, "the ministry" to the organisation named before.

use std::borrow::Cow;

use super::{Attributor, Speaker, ROLE_PREPOSITIONS, SPOKES};
use crate::extract::lexicon::{Flags, Gender, LEX};
use crate::extract::people::{possessor_end, word_bytes, Run};
use crate::extract::text::Shape;

/// The nouns of a study or a paper, which news names one way and then another ("the OECD
/// said in an annual review …. the report said").
const STUDIES: &[&str] = &["report", "review", "study", "survey", "paper", "guidelines"];

/// How far back, in paragraphs, the issuer of "the report" is looked for: news names the
/// writing once and goes on quoting it ("the U.S. Embassy said in its annual report. … ¶ …
/// “…,” the report said").
const READ_BACK: u32 = 8;

/// How far after a verb of saying "in" and a writing's noun are read for the writing the
/// speaker issued, in tokens, the verb's included: "the OECD said in its latest Financial
/// Market Trends report".
const SAID_IN_WORDS: usize = 9;

/// Verbs with no "-ed" that may follow an organisation's name opening a sentence, as its verb:
/// "The White House put out a statement", "Acme has denied it".
const VERBS_WITHOUT_ED: [&str; 20] = [
    "has", "had", "is", "was", "put", "sent", "gave", "made", "took", "found", "held", "set",
    "won", "lost", "paid", "sold", "bought", "brought", "came", "went",
];

/// Nouns that name a news outlet as "the …" ("the paper said"): see
/// [`Attributor::outlet_before`].
const OUTLET_NOUNS: [&str; 12] = [
    "paper",
    "radio",
    "television",
    "newspaper",
    "daily",
    "tabloid",
    "weekly",
    "magazine",
    "broadcaster",
    "network",
    "channel",
    "station",
];

/// Last words of news outlets' names: "the Financial Times", "Arab News".
const OUTLET_WORDS: [&str; 24] = [
    "News",
    "Times",
    "Post",
    "Daily",
    "Journal",
    "Herald",
    "Gazette",
    "Telegraph",
    "Tribune",
    "Mail",
    "Express",
    "Chronicle",
    "Standard",
    "Observer",
    "Star",
    "Sun",
    "Magazine",
    "Weekly",
    "Guardian",
    "Independent",
    "Mirror",
    "Record",
    "Bulletin",
    "Inquirer",
];

/// How far back a pronoun's person is looked for, in sentences.
const ANTECEDENT_SENTENCES: usize = 12;

/// How many sentences may stand between two of a chain of pronoun subjects that carries a
/// person on past three paragraphs (see `Attributor::antecedent_before`).
const CHAIN_GAP: usize = 2;

/// How many paragraphs a chain of "it said" may carry an organisation on (see
/// `Attributor::it_chain`).
const IT_CHAIN_PARAGRAPHS: u32 = 6;

/// Nouns that tell what a person is rather than an office among others (see
/// `Attributor::person_of_role`): "the youngster", "the striker", "the actress".
const EPITHETS: &[&str] = &[
    "youngster",
    "teenager",
    "veteran",
    "tycoon",
    "billionaire",
    "millionaire",
    "star",
    "superstar",
    "singer",
    "actress",
    "actor",
    "rapper",
    "striker",
    "midfielder",
    "defender",
    "winger",
    "goalkeeper",
    "forward",
    "champion",
    "golfer",
    "boxer",
    "sprinter",
    "swimmer",
    "cyclist",
    "newcomer",
    "rookie",
    "novelist",
    "comedian",
    "musician",
    "batsman",
    "bowler",
];

/// What the subject of a sentence is, when it may be a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Subject {
    /// A person of the article, and the first token of the mention.
    Person(usize, usize),
    /// "He" or "she", of that gender, at that token.
    Pronoun(Gender, usize),
}

impl<'d, 'a> Attributor<'d, 'a> {
    /// The person a pronoun of gender `g` at token `at` refers back to: the person the text
    /// before is about. Sentence by sentence back from the pronoun's own, the subject of the
    /// sentence when it fits (a pronoun subject carries the same person on from further back:
    /// "He met Ida. "…," he said" is the man of before), else the sentence's last person who
    /// fits, but for the subject of a quotation ("Mr Lee "made mistakes," he said": Mr Lee
    /// is not "he") and a possessor aside (see [`Attributor::possessor_aside`]); past twelve
    /// sentences or three paragraphs, the last person who fits, unless a chain of sentences
    /// with such a pronoun for subject leads further back to one who speaks.
    pub(super) fn antecedent_of(&self, at: usize, g: Gender) -> Option<Speaker> {
        let sure = |e: usize| g != Gender::Unknown && self.people.entities[e].gender == g;
        // (no one before whose gender is known to fit, nor who spoke in the paragraph before:
        // the person named next, see [`Attributor::named_next`])
        let Some(next) = self.named_next(at).filter(|&e| sure(e)) else {
            return self.antecedent_before(at, g);
        };
        let found = self.antecedent_before(at, g);
        let para = self.doc.tokens[at].para;
        let spoke = |e: usize| {
            self.events_in(0, at)
                .iter()
                .rev()
                .take_while(|(v, _)| self.doc.tokens[*v].para + 1 >= para)
                .any(|(_, sp)| matches!(sp, Speaker::Person(o, _) if *o == e))
        };
        match found {
            Some(Speaker::Person(e, _)) if sure(e) || spoke(e) => found,
            _ => Some(Speaker::Person(next, None)),
        }
    }

    /// The person a pronoun of gender `g` at token `at` refers back to (see
    /// [`Attributor::antecedent_of`]).
    fn antecedent_before(&self, at: usize, g: Gender) -> Option<Speaker> {
        let doc = self.doc;
        let listener = self.listener_after(at);
        let fits = |e: usize| {
            let eg = self.people.entities[e].gender;
            Some(e) != listener && (g == Gender::Unknown || eg == g || eg == Gender::Unknown)
        };
        let para = doc.tokens[at].para;
        let mut end = at;
        let mut spoke_since = false;
        let runs = &self.people.runs;
        // The runs that start before `end`: found once by bisection, then, as `end` only moves
        // back, by a walk back over the runs of the sentences passed (runs are in text order).
        let mut upto = runs.partition_point(|r| r.start < end);
        // (past three paragraphs, a chain of sentences whose subject is such a pronoun, one
        // at most two sentences before the next, carries the person on from as far back as it
        // goes, to one who speaks there: "Subroto said. He met President Suharto. He … He …
        // He said")
        let (mut read, mut since_link) = (0, 0);
        loop {
            if end == 0 {
                break;
            }
            let chained = doc.tokens[end - 1].para + 3 < para;
            let out_of_reach = if chained {
                since_link >= CHAIN_GAP
            } else {
                read >= ANTECEDENT_SENTENCES
            };
            if out_of_reach {
                break;
            }
            read += 1;
            since_link += 1;
            let start = self.sentence_start(end - 1);
            match self.subject_at(start, end) {
                Some(Subject::Person(e, _)) if fits(e) && (!chained || self.speaks[e]) => {
                    return Some(Speaker::Person(e, None))
                }
                Some(Subject::Pronoun(pg, _)) if g == Gender::Unknown || pg == g => {
                    end = start;
                    since_link = 0;
                    continue;
                }
                _ => {}
            }
            if chained {
                // (who speaks in the sentence: "…, Energy Minister Subroto said.")
                let speaker =
                    self.events_in(start, end)
                        .iter()
                        .rev()
                        .find_map(|(_, sp)| match sp {
                            Speaker::Person(e, _) if fits(*e) => Some(*e),
                            _ => None,
                        });
                if let Some(e) = speaker {
                    return Some(Speaker::Person(e, None));
                }
                end = start;
                continue;
            }
            if let Some(described) = self.described_speaker_in(start, end, g) {
                return Some(described);
            }
            while upto > 0 && runs[upto - 1].start >= end {
                upto -= 1;
            }
            let candidates = || {
                runs[..upto]
                    .iter()
                    .rev()
                    .take_while(|r| r.start >= start)
                    .filter(|r| {
                        !doc.tokens[r.start].in_quote
                            && !self.quotation_subject(r.start, r.end)
                            && !self.possessor_aside(r.start, r.end, at)
                            && !self.attributive(r.start, r.end)
                    })
                    .filter_map(|r| r.entity.map(|e| (e, r.end)))
            };
            // (who speaks in the sentence first, wherever their name stands: "…, said David
            // Axelrod, a strategist for the Obama campaign. “…,” he said" is Axelrod; not who
            // asks: "Ann Roe asked Lee whether …. “Sure,” he said" is Lee)
            if let Some((e, _)) = candidates().find(|&(e, _)| {
                g != Gender::Unknown
                    && self.people.entities[e].gender == g
                    && self.tells_in(e, start, end)
            }) {
                return Some(Speaker::Person(e, None));
            }
            if let Some((e, after)) = candidates().find(|&(e, _)| fits(e)) {
                // (one whose gender is known to fit before one of unknown gender who neither
                // speaks there nor is the subject of a verb: "Ann Lee's albums came out through
                // a label owned by Scooter Braun. She described it as …" is Lee, but not in
                // "…, Ban demurred.")
                let unsure = g != Gender::Unknown
                    && self.people.entities[e].gender == Gender::Unknown
                    && !self.speaks_in(e, start, end)
                    && !self.verb_follows(after);
                let sure = || {
                    candidates()
                        .map(|(o, _)| o)
                        .find(|&o| o != e && self.people.entities[o].gender == g)
                };
                let e = if unsure { sure().unwrap_or(e) } else { e };
                return Some(Speaker::Person(e, None));
            }
            // (no one named who fits, but someone described: "One senior banking official
            // blamed Washington …. “…,” he said" is that official, not a person named before;
            // unless someone spoke in between)
            let spoke = !self.events_in(start, end).is_empty();
            if let Some(described) = self.indefinite_subject(start, end).filter(|_| !spoke_since) {
                return Some(described);
            }
            spoke_since |= spoke;
            end = start;
        }
        self.people
            .antecedent(doc, at, g)
            .map(|e| Speaker::Person(e, None))
    }

    /// The subject of the sentence from `start` to `end` when it is one person described, not
    /// named, and brought in by an indefinite determiner: "one senior banking official blamed
    /// …", "Putting it sharply, an analyst said …". Not one who is acted on ("A man was shot"),
    /// nor a possessor ("An ambassador's job").
    fn indefinite_subject(&self, start: usize, end: usize) -> Option<Speaker> {
        let doc = self.doc;
        let at = |c: usize| {
            if !matches!(self.low(c), "a" | "an" | "one" | "another") || doc.tokens[c].in_quote {
                return None;
            }
            // (a few modifiers, then the role: "one senior banking official"; the last role
            // noun among the lower-case words before the verb)
            let head = (c + 1..(c + 5).min(end))
                .take_while(|&k| {
                    let t = &doc.tokens[k];
                    t.shape == Shape::Word
                        && !t.cap
                        && !t.lex.any(Flags::FUNCTION_WORD | Flags::SPEECH_VERB)
                        && !self.low(k).ends_with("ed")
                })
                .filter(|&k| doc.tokens[k].lex.is_role_noun())
                .last()?;
            let t = &doc.tokens[head];
            let one_person = !t.poss && self.one_person_role(head);
            let verb = doc.tokens.get(head + 1).is_some_and(|n| {
                n.shape == Shape::Word
                    && !n.cap
                    && (!n.lex.any(Flags::FUNCTION_WORD) || self.is_word(head + 1, "who"))
            });
            let acted_on = matches!(self.low(head + 1), "was" | "were" | "is" | "has" | "had");
            (one_person && verb && !acted_on)
                .then(|| Speaker::Named(doc.text[doc.tokens[c].start..t.end].to_string()))
        };
        at(start).or_else(|| {
            // past a fronted phrase and its comma
            let comma = (start + 1..(start + 12).min(end)).find(|&k| doc.is(k, ','))?;
            at(comma + 1)
        })
    }

    /// The person a pronoun at token `at` names ahead of their name, in a sentence a quote
    /// opens at the start of a paragraph: the subject of the next sentence of the paragraph,
    /// when the article names them there for the first time ("“Everything is gone,” she
    /// sobbed. Rina Begum, 34, lost her goats." is Rina Begum).
    fn named_next(&self, at: usize) -> Option<usize> {
        let doc = self.doc;
        let t = &doc.tokens[at];
        let start = self.sentence_start(at);
        let opens_para = start == 0 || doc.tokens[start - 1].para != t.para;
        if !opens_para || !doc.tokens.get(start + 1).is_some_and(|n| n.in_quote) {
            return None;
        }
        let next = (at + 1..doc.tokens.len()).find(|&k| doc.tokens[k].sent != t.sent)?;
        let n = &doc.tokens[next];
        if n.para != t.para {
            return None;
        }
        let end = (next..doc.tokens.len())
            .find(|&k| doc.tokens[k].sent != n.sent)
            .unwrap_or(doc.tokens.len());
        let Some(Subject::Person(e, first)) = self.subject_at(next, end) else {
            return None;
        };
        let named_before = self
            .people
            .runs
            .iter()
            .any(|r| r.start < first && r.entity == Some(e));
        (!named_before).then_some(e)
    }

    /// The person a pronoun at token `at` speaks to, named right after its verb ("“…,” he told
    /// Hannity"; "he told Sen. Ann Lee"): no one the pronoun can stand for.
    fn listener_after(&self, at: usize) -> Option<usize> {
        let doc = self.doc;
        let v = at + 1;
        if !doc.tokens.get(v).is_some_and(|t| t.shape == Shape::Word)
            || !LEX.listener_verbs.contains(self.low(v))
        {
            return None;
        }
        let run = self.people.run_at(v + 1)?;
        (run.start == v + 1).then_some(run.entity).flatten()
    }

    /// Whether a finite verb seems to stand at token `i`, right after a name it has for subject
    /// ("Ban demurred", "Morris despatches him", "Lee was"): a lower-case word in the past or
    /// the third person, or a common auxiliary.
    fn verb_follows(&self, i: usize) -> bool {
        let Some(t) = self.doc.tokens.get(i) else {
            return false;
        };
        let w = self.low(i);
        t.shape == Shape::Word
            && !t.cap
            && (self.is_verb(i)
                || w.ends_with("ed")
                || (w.ends_with('s') && !w.ends_with("ss"))
                || matches!(
                    w,
                    "was" | "had" | "will" | "would" | "can" | "could" | "did" | "told" | "went"
                ))
    }

    /// Whether the name of tokens `start..end` only qualifies the noun after it, "the" before
    /// it ("the Obama administration", "the Clinton campaign"): no one a pronoun can stand for.
    fn attributive(&self, start: usize, end: usize) -> bool {
        let doc = self.doc;
        start > 0
            && self.low(start - 1) == "the"
            && doc
                .tokens
                .get(end)
                .is_some_and(|t| t.shape == Shape::Word && !t.cap && !t.poss)
            && !doc.tokens[end - 1].poss
    }

    /// The verbs of saying in tokens `start..end` that person `e` is the subject of.
    fn verbs_of(&self, e: usize, start: usize, end: usize) -> impl Iterator<Item = usize> + '_ {
        self.events_in(start, end)
            .iter()
            .filter(move |(_, sp)| matches!(sp, Speaker::Person(p, _) if *p == e))
            .map(|&(v, _)| v)
    }

    /// Whether person `e` is the subject of a verb of saying, but for one that asks, in tokens
    /// `start..end`.
    fn tells_in(&self, e: usize, start: usize, end: usize) -> bool {
        self.verbs_of(e, start, end).any(|v| !self.is_asking(v))
    }

    /// Whether person `e` is the subject of a verb of saying in tokens `start..end`.
    fn speaks_in(&self, e: usize, start: usize, end: usize) -> bool {
        self.verbs_of(e, start, end).next().is_some()
    }

    /// The unnamed person a "he" or "she" (gender `g`) refers to when the sentence of tokens
    /// `start..end` has them speak: "A ministry official said …. “…,” he said" is the
    /// official, not a person named paragraphs before. The subject of a verb of saying there
    /// that introduces one person by a description ("an official", "a London-based banking
    /// expert", "one trader"), or refers back to one so introduced ("A Jefferies spokesman
    /// said …. The spokesman said"); not "the prime minister", who may be named, nor an
    /// organisation or a writing ("a company", "a report"), nor who asks ("A reporter asked").
    fn described_speaker_in(&self, start: usize, end: usize, g: Gender) -> Option<Speaker> {
        if g == Gender::Unknown {
            return None;
        }
        self.events_in(start, end).iter().find_map(|&(v, ref sp)| {
            // (who asks is not who answers: "A reporter asked Sanders … He replied")
            if self.is_asking(v) {
                return None;
            }
            let (det, head) = self.described_one(v, sp)?;
            // (a role that tells another gender: "A Conservative spokeswoman said …. “…,” he
            // said" is not she)
            if LEX.gendered_titles.get(head).is_some_and(|&hg| hg != g) {
                return None;
            }
            // ("the regional manager for one of the oil companies": a "the" that an unnamed
            // one's complement follows introduces them too)
            let unnamed_complement = || {
                let Speaker::Named(n) = sp else { return false };
                let words: Vec<&str> = n.split(' ').collect();
                words.windows(2).any(|w| {
                    ROLE_PREPOSITIONS.contains(&w[0]) && matches!(w[1], "a" | "an" | "one")
                })
            };
            let introduced = det != "the"
                || unnamed_complement()
                || self
                    .events_in(0, start)
                    .iter()
                    .rev()
                    .take(50)
                    .any(|&(u, ref earlier)| {
                        self.described_one(u, earlier)
                            .is_some_and(|(d, h)| d != "the" && h == head)
                    });
            introduced.then(|| sp.clone())
        })
    }

    /// The determiner and head noun of the subject `sp` of the verb of saying at `v` when it
    /// describes one person ("an official", "the spokesman"): a role noun, singular, not an
    /// organisation's or a writing's.
    fn described_one(&self, v: usize, sp: &Speaker) -> Option<(&'d str, &'d str)> {
        const ONE: [&str; 5] = ["a", "an", "one", "another", "the"];
        let doc = self.doc;
        let Speaker::Named(n) = sp else {
            return None;
        };
        let det = n.split(' ').next()?.to_lowercase();
        let det = *ONE.iter().find(|d| **d == det)?;
        // ("“…,” said the regional manager for one of the oil companies": the description
        // after the verb, its head the last word before a preposition or a clause)
        if doc
            .tokens
            .get(v + 1)
            .is_some_and(|t| t.shape == Shape::Word && n.starts_with(&doc.text[t.start..t.end]))
            && self.low(v + 1) == det
        {
            let head = (v + 2..(v + 6).min(doc.tokens.len()))
                .take_while(|&k| {
                    let t = &doc.tokens[k];
                    t.shape == Shape::Word && !t.lex.any(Flags::FUNCTION_WORD)
                })
                .last()?;
            let w = self.low(head);
            return (self.one_person_role(head) && !LEX.authored_nouns.contains(w))
                .then_some((det, w));
        }
        let mut head = self.subject_end_before(v)?;
        let mut named = n.ends_with(doc.word(head));
        // "An analyst who wanted anonymity said": the head before the relative clause
        if !named {
            if let Some(k) = self.head_before_relative(head, n) {
                head = k;
                named = true;
            }
        }
        // "A spokesperson for Delta Airlines", "a spokesman for the Home Office": the role
        // before the name of whom it speaks for
        let mut k = head;
        while k > 0 && doc.tokens[k].shape == Shape::Word && doc.tokens[k].cap {
            k -= 1;
        }
        if k > 1 && k < head && self.low(k) == "the" {
            k -= 1;
        }
        // (and an aide's "to": "an aide to Agriculture Secretary Richard Lyng")
        let aide_to = || {
            self.low(k) == "to"
                && k > 1
                && matches!(
                    self.low(k - 1),
                    "aide" | "adviser" | "advisor" | "assistant"
                )
        };
        if named && k < head && k > 0 && (ROLE_PREPOSITIONS.contains(&self.low(k)) || aide_to()) {
            head = k - 1;
            named = n.contains(&format!("{} {}", doc.word(head), doc.word(k)));
        }
        let w = self.low(head);
        let one_person = self.one_person_role(head) && !LEX.authored_nouns.contains(w) && named;
        one_person.then_some((det, w))
    }

    /// "a board spokesman" (`n`, before token `at`), a body's word in lower case that names no
    /// body alone: the body named with that word before, in the paragraph or the three before
    /// ("The Canadian Wheat Board has advised buyers …, a board spokesman said"; see
    /// [`Attributor::organisation_before`]).
    fn named_body_of_voice(&self, n: &str, at: usize) -> Option<Speaker> {
        let mut words = n.split(' ');
        let (Some(det), Some(noun), Some(voice), None) =
            (words.next(), words.next(), words.next(), words.next())
        else {
            return None;
        };
        // (in lower case, or capitalised as the body's own name shortened: "an Institute
        // spokesman" for the Rubber Research Institute)
        let low = noun.to_lowercase();
        let body_word = (noun.starts_with(char::is_lowercase)
            || noun.chars().skip(1).all(char::is_lowercase))
            && LEX.org_words.contains(&low)
            && !LEX.organisation_heads.contains(&low);
        (matches!(det, "a" | "A" | "an" | "An" | "the" | "The")
            && SPOKES.contains(&voice)
            && body_word)
            .then(|| self.organisation_before(at, &low))
            .flatten()
            .map(Speaker::Named)
    }

    /// The organisation a bare "a spokesman" or "the spokeswoman" (`n`, the speaker of a
    /// quote opening at token `at`) speaks for: the one whose name was the subject of the last
    /// verb of saying before, but those of such spokesmen, within two paragraphs ("The Writers
    /// Guild of America said it agreed to meet …. “The guild is pleased …,” a spokesman
    /// said"). Not a place ("Britain said"), a person or a body described in lower case. (A
    /// spokesman described with a body's word: see [`Attributor::named_body_of_voice`].)
    pub(super) fn body_of_voice(&self, n: &str, at: usize) -> Option<Speaker> {
        let bare = |n: &str| {
            n.split_once(' ').is_some_and(|(det, noun)| {
                matches!(det, "a" | "A" | "the" | "The") && SPOKES.contains(&noun)
            })
        };
        if !bare(n) {
            return self.named_body_of_voice(n, at);
        }
        self.body_spoke_before(at, bare)
            .or_else(|| self.body_subject_before(at))
    }

    /// The body that spoke last before a bare spokesman at token `at` (see
    /// [`Attributor::body_of_voice`]).
    fn body_spoke_before(&self, at: usize, bare: impl Fn(&str) -> bool) -> Option<Speaker> {
        let doc = self.doc;
        let (u, last) = self
            .events_in(0, at)
            .iter()
            .rev()
            .find(|(_, sp)| !matches!(sp, Speaker::Named(m) if bare(m)))?;
        let Speaker::Named(body) = last else {
            return None;
        };
        let place = is_place_name(body);
        // (a verb that tells, not a base form that may be a noun: "a Monopolies and Merger
        // Commission, MMC, report issued last week")
        let v = self.low(*u);
        let tells = v.ends_with("ed")
            || v.ends_with('s')
            || matches!(
                v,
                "said" | "told" | "wrote" | "spoke" | "thought" | "felt" | "found"
            );
        // (nor when another named actor is the subject of a verb since: "The Association of
        // Chief Police Officers has issued guidance …. A spokesman said" is the association's)
        let actor_since = || {
            self.runs_back_within(at, 2)
                .take_while(|r| r.start > *u)
                .any(|r| {
                    let next = r.end;
                    !doc.tokens[r.start].in_quote
                        && doc
                            .tokens
                            .get(next)
                            .is_some_and(|t| t.shape == Shape::Word && !t.cap)
                        && {
                            let w = self.low(next);
                            matches!(w, "has" | "have" | "had" | "is" | "was" | "were" | "will")
                                || (w.ends_with("ed") && w.len() > 3)
                        }
                })
        };
        (doc.tokens[*u].para + 2 >= doc.tokens[at].para
            && tells
            && is_organisation_name(body)
            && !place
            && !actor_since())
        .then(|| last.clone())
    }

    /// Whether token `i` is a lower-case role noun of one person: singular, not an
    /// organisation's ("the company", "the group").
    fn one_person_role(&self, i: usize) -> bool {
        let t = &self.doc.tokens[i];
        let w = self.low(i);
        t.shape == Shape::Word
            && !t.cap
            && t.lex.is_role_noun()
            && (!w.ends_with('s') || w.ends_with("ss"))
            && !LEX.org_words.contains(w)
            && !LEX.organisation_heads.contains(w)
    }

    /// The head noun of the described speaker `n` when a relative clause stands between it and
    /// the verb of saying, the clause ending at token `end` ("An analyst who wanted anonymity
    /// said"): the word that `n` ends with, right before "who", a few words back in the
    /// sentence and not across punctuation.
    fn head_before_relative(&self, end: usize, n: &str) -> Option<usize> {
        let doc = self.doc;
        let sent = doc.tokens[end].sent;
        (end.saturating_sub(10)..end)
            .rev()
            .take_while(|&k| {
                let t = &doc.tokens[k];
                t.sent == sent && t.shape == Shape::Word && !t.in_quote
            })
            .find(|&k| {
                self.is_word(k + 1, "who")
                    && n.ends_with(doc.word(k))
                    && n.len() > doc.word(k).len()
                    && n.as_bytes()[n.len() - doc.word(k).len() - 1] == b' '
            })
    }

    /// Whether the mention at tokens `start..end` is a possessor that a pronoun at token `at`
    /// does not refer to: in a sentence before the pronoun's, and not opening that sentence's
    /// main clause ("… spent three days at Epstein's mansion. He told the BBC" is not Epstein;
    /// but "Trump's applause came when he said", "It was Ed Berg's statement. He said", nor
    /// the author of a writing: "listening to James Comey's statement. He called it").
    fn possessor_aside(&self, start: usize, end: usize, at: usize) -> bool {
        let doc = self.doc;
        let sent = doc.tokens[start].sent;
        // (the author of a writing is who speaks: "James Comey's statement. He called it …";
        // looked up only for a possessor in another sentence, as the other conditions are
        // cheaper to tell)
        let authored = || {
            (end..(end + 3).min(doc.tokens.len()))
                .take_while(|&k| doc.tokens[k].sent == sent)
                .any(|k| LEX.authored_nouns.contains(self.low(k)))
        };
        doc.tokens[end - 1].poss
            && sent != doc.tokens[at].sent
            && !authored()
            && start > self.main_clause_start(start) + 2
    }

    /// The speech events whose verb stands in tokens `start..end`, in order. (While
    /// [`Attributor::new`] gathers them, a range that reaches the verb whose subject is being
    /// found, or past it, is noted: the events there are not all known yet, see
    /// `Attributor::peeked`.)
    pub(super) fn events_in(&self, start: usize, end: usize) -> &[(usize, Speaker)] {
        if end > self.frontier.get() {
            self.peeked.set(true);
        }
        let from = self.events.partition_point(|(v, _)| *v < start);
        let to = self.events.partition_point(|(v, _)| *v < end);
        &self.events[from..to.max(from)]
    }

    /// Whether the name at tokens `start..end` is the subject of a quotation that opens right
    /// after it in its sentence ("Mr Lee “made mistakes,” he said"), not a name that ends its
    /// sentence before a new one opens with a quote ("… said Ann Lee of Acme Inc. “We …”").
    fn quotation_subject(&self, start: usize, end: usize) -> bool {
        self.opens_quote_after(end) && self.doc.tokens[end].sent == self.doc.tokens[start].sent
    }

    /// Whether a quotation opens at token `i` (its mark, then quoted words).
    pub(super) fn opens_quote_after(&self, i: usize) -> bool {
        let doc = self.doc;
        doc.tokens.get(i).is_some_and(|t| {
            t.shape == Shape::Punct
                && !t.in_quote
                && doc.tokens.get(i + 1).is_some_and(|n| n.in_quote)
        })
    }

    /// The subject of the sentence that opens at token `start` (and ends before `end`) when
    /// it is a person or "he"/"she": the first phrase of the sentence, or of its main clause
    /// after a fronted phrase ("Speaking in court, Mr Ebbers rejected …", "However, Mr Lee
    /// has …"), past the titles and description before a name ("Tory leader Michael Howard");
    /// not a possessive ("Mr Ebbers' lawyer"), nor the subject of a quotation that follows it
    /// ("Mr Lee "made mistakes," he said").
    pub(super) fn subject_at(&self, start: usize, end: usize) -> Option<Subject> {
        let doc = self.doc;
        let mut c = start;
        while c < end && doc.tokens[c].shape == Shape::Punct && !doc.tokens[c].in_quote {
            c += 1;
        }
        if c >= end || doc.tokens[c].in_quote {
            return None;
        }
        if let Some(found) = self.subject_phrase_at(c, end) {
            return Some(found);
        }
        // "But Mr Lee said", "However, Mr Lee has"
        if doc.tokens[c].shape == Shape::Word && LEX.clause_openers.contains(self.low(c)) {
            let mut k = c + 1;
            if doc.is(k, ',') {
                k += 1;
            }
            if let Some(found) = self.subject_phrase_at(k, end) {
                return Some(found);
            }
        }
        // a fronted phrase up to its comma: "Speaking in court, Mr Ebbers …"; or a clause and
        // its comma before "but": "Playbook won't go that far, but Sherman wants …"
        let comma = (c + 1..(c + 25).min(end))
            .take_while(|&k| !doc.tokens[k].in_quote)
            .find(|&k| doc.is(k, ','))?;
        self.subject_phrase_at(comma + 1, end).or_else(|| {
            // (a name: "X's fate is unclear, but she said" is X's)
            (self.is_word(comma + 1, "but") && comma + 2 < end)
                .then(|| self.subject_phrase_at(comma + 2, end))
                .flatten()
                .filter(|s| matches!(s, Subject::Person(..)))
        })
    }

    /// The subject phrase opening at token `c` (before `end`), if it names a person or is
    /// "he"/"she" (see [`Attributor::subject_at`]).
    fn subject_phrase_at(&self, c: usize, end: usize) -> Option<Subject> {
        let doc = self.doc;
        let t = doc.tokens.get(c)?;
        if c >= end || t.in_quote || t.shape != Shape::Word {
            return None;
        }
        if let Some(&g) = LEX.pronouns.get(self.low(c)) {
            return Some(Subject::Pronoun(g, c));
        }
        // "The 28-year-old suffered …", "The Argentine had …"
        let head = c + 1;
        if self.is_word(c, "the")
            && head < end
            && (doc.word(head).ends_with("-year-old")
                || (doc.tokens[head].lex.any(Flags::NATIONALITY) && doc.tokens[head].cap))
            && doc
                .tokens
                .get(head + 1)
                .is_some_and(|n| n.shape == Shape::Word && !n.cap && !n.lex.is_role_noun())
        {
            // (a sentence that tells of "the Australian", whom no one was introduced as, is
            // about the one person the headline names, if it names one, rather than about who
            // spoke last: "The Australian has suffered a host of injury problems")
            let nationality = !doc.word(head).ends_with("-year-old");
            return self
                .introduced_as(head)
                .or(self.sole_main.filter(|_| nationality))
                .or_else(|| self.described_person(head))
                .map(|e| Subject::Person(e, c));
        }
        // (past a description: "Liberal Democrat foreign affairs spokesman Menzies Campbell")
        let mut k = c;
        while k < (c + 7).min(end) && self.people.run_at(k).is_none_or(|r| r.entity.is_none()) {
            if !self.describes(k, k == c) {
                return None;
            }
            k += 1;
        }
        let run = self
            .people
            .run_at(k)
            .filter(|r| r.start == k && r.end <= end)?;
        let e = run.entity?;
        let after = run.end;
        let next_ok = doc.tokens.get(after).is_none_or(|n| {
            (n.shape == Shape::Word && !n.cap)
                || (n.shape == Shape::Punct && !self.opens_quote_after(after))
        });
        // (not a name that qualifies a noun: "the Nakasone cabinet will resign")
        (!doc.tokens[after - 1].poss && next_ok && !self.attributive(run.start, run.end))
            .then_some(Subject::Person(e, run.start))
    }

    /// Whether token `k` may stand in a description before a name that is a sentence's
    /// subject: a capitalised word, a title or role, a nationality, a modifier, or a lower-case
    /// word that is no verb; a determiner only first.
    fn describes(&self, k: usize, first: bool) -> bool {
        let doc = self.doc;
        let t = &doc.tokens[k];
        if t.in_quote || t.shape == Shape::Punct || t.poss {
            return false;
        }
        if t.cap || t.lex.is_role_noun() || t.lex.any(Flags::NATIONALITY) {
            return true;
        }
        let w = self.low(k);
        if LEX.determiners.contains(w) {
            return first;
        }
        !(t.lex.any(Flags::SPEECH_VERB)
            || LEX.between_speaker_and_verb.contains(w)
            || LEX.subject_stops.contains(w)
            || w.ends_with("ed"))
    }

    /// The person that "his wife", "her father" (tokens `start..=end`, the family noun `head`
    /// of gender `g` after a possessive) is: the one the article introduced with that noun
    /// before (see [`Attributor::introduced_as_kin`]); else, when the noun's gender is not the
    /// possessive's ("his wife", "her husband"), the last person of gender `g` who spoke before
    /// it (of the last 50 who spoke). Not so for "his father" or "her sister": the last man or
    /// woman who spoke is most often the one "his" or "her" stands for, whose relative
    /// speaks now.
    pub(super) fn kin_speaker(
        &self,
        start: usize,
        end: usize,
        head: &str,
        g: Gender,
    ) -> Option<Speaker> {
        if let Some(e) = self.introduced_as_kin(start, head) {
            return Some(Speaker::Person(e, None));
        }
        let possessor = match self.low(start) {
            "his" => Gender::Male,
            "her" => Gender::Female,
            _ => Gender::Unknown,
        };
        if possessor == g {
            return None;
        }
        self.events_in(0, end)
            .iter()
            .rev()
            .take(50)
            .filter_map(|(_, sp)| match sp {
                Speaker::Person(e, _) => Some(*e),
                Speaker::Named(_) => None,
            })
            .find(|e| self.people.entities[*e].gender == g)
            .map(|e| Speaker::Person(e, None))
    }

    /// The person the article introduced before token `at` as a relative named by the family
    /// noun `head`, the last so introduced: the noun after a possessive right before their
    /// name ("His father, Hori Reed,", "her husband Bo Ray") or in an appositive after it
    /// ("Hori Reed, his father," / "Hori Reed, Tom's father,").
    fn introduced_as_kin(&self, at: usize, head: &str) -> Option<usize> {
        let doc = self.doc;
        let kin_at = |k: usize| {
            doc.tokens.get(k).is_some_and(|t| t.shape == Shape::Word) && self.low(k) == head
        };
        // (a possessive at `k` and the noun after it: "his father", "Tom Reed's father")
        let kin_after = |k: usize| {
            if matches!(self.low(k), "his" | "her" | "their") {
                return kin_at(k + 1);
            }
            possessor_end(doc, k).is_some_and(kin_at)
        };
        self.people
            .runs
            .iter()
            .rev()
            .filter(|r| r.end <= at)
            .find_map(|r| {
                let e = r.entity?;
                let sent = doc.tokens[r.start].sent;
                let mut k = r.start;
                if k > 0 && doc.is(k - 1, ',') {
                    k -= 1;
                }
                let before = k >= 2
                    && kin_at(k - 1)
                    && (matches!(self.low(k - 2), "his" | "her" | "their")
                        || doc.tokens[k - 2].poss && doc.tokens[k - 2].cap)
                    && doc.tokens[k - 2].sent == sent;
                // (an appositive closed before the phrase: not "Ivanka Trump, her husband
                // writes, …", the phrase itself)
                let after = doc.is(r.end, ',')
                    && r.end + 1 < at
                    && doc.tokens[r.end + 1].sent == sent
                    && kin_after(r.end + 1)
                    && (r.end + 2..at.min(r.end + 6))
                        .any(|j| self.low(j) == head && (doc.is(j + 1, ',') || doc.is(j + 1, '.')));
                (before || after).then_some(e)
            })
    }

    /// Whether token `k` is "former" or "ex" ("ex-minister" is one token: its first part).
    fn is_former(&self, k: usize) -> bool {
        let w = self.low(k);
        w == "former" || w == "ex" || w.starts_with("ex-")
    }

    /// Whether "former" stands near the mention at token `at` that a description was read
    /// from, in its sentence: a few words before it ("Former Bill Clinton pollster Douglas
    /// Schoen") or in the words after ("Ada Okoro, the former finance minister,").
    fn former_near(&self, at: usize) -> bool {
        let doc = self.doc;
        let sent = doc.tokens[at].sent;
        (at.saturating_sub(5)..(at + 12).min(doc.tokens.len()))
            .any(|k| doc.tokens[k].sent == sent && self.is_former(k))
    }

    /// Who "the `head`" (tokens `start..=end`) refers back to: the person the article
    /// introduced with that title or description ("the mayor"), else the organisation named
    /// before ("the ministry", "the company").
    /// Of two or more people so introduced, the one mentioned last ("Sen. Ann Lee … Sen. Bo
    /// Ray … Lee spoke. … the senator said" is Lee).
    pub(super) fn referent_of_the(&self, start: usize, end: usize, head: &str) -> Option<Speaker> {
        // ("the unnamed official", "the same spokesman" are "the official", "the spokesman": a
        // word between that says only that the person goes unnamed or was met before)
        let start = if end == start + 2
            && matches!(
                self.low(start + 1),
                "unnamed" | "anonymous" | "unidentified" | "same"
            ) {
            start + 1
        } else {
            start
        };
        let upto = self.descriptions.partition_point(|(_, _, at)| *at < end);
        // ("the former finance minister" is not who was introduced as the finance minister
        // now: only a description with "former" near it)
        let former = (start + 1..end).any(|k| self.is_former(k));
        let mut described = self.descriptions[..upto]
            .iter()
            .rev()
            .take(200)
            .filter(|(h, _, at)| *h == head && (!former || self.former_near(*at)))
            .map(|&(_, e, _)| e);
        let Some(first) = described.next() else {
            if let Some(e) = self.abbreviated_title_of(start, end, head) {
                return Some(Speaker::Person(e, None));
            }
            // ("the paper" is a writing's issuer first, else a newspaper)
            let outlet = || {
                OUTLET_NOUNS
                    .contains(&head)
                    .then(|| self.outlet_before(start))
                    .flatten()
            };
            // (the bare "the statement": not "the Treasury statement", nor one whose authors
            // an appositive names: "the study, conducted by Doctors Ann Lee and Bo Ray, said")
            let bare =
                || end == start + 1 && !self.doc.is(end + 1, ',') && !self.is_word(end + 1, "by");
            if LEX.authored_nouns.contains(head) {
                return self
                    .issuer_of(start, head)
                    .or_else(|| self.named_writing_before(start, head))
                    .or_else(|| {
                        (end == start + 1)
                            .then(|| self.writing_by_before(start, head))
                            .flatten()
                    })
                    .or_else(|| {
                        bare()
                            .then(|| self.writing_spoke_before(start, head))
                            .flatten()
                    })
                    .or_else(outlet)
                    .or_else(|| {
                        bare()
                            .then(|| self.organisation_spoke_last(start, head))
                            .flatten()
                    });
            }
            if let Some(outlet) = outlet() {
                return Some(outlet);
            }
            if let Some(e) = self.office_named_after(start, end, head) {
                return Some(Speaker::Person(e, None));
            }
            return self
                .organisation_before(start, head)
                .map(Speaker::Named)
                .or_else(|| self.person_of_role(end, head))
                // (a bare "the spokesman": "the Tory finance spokesman" is another)
                .or_else(|| {
                    (end == start + 1)
                        .then(|| self.described_speaker_before(start, head))
                        .flatten()
                });
        };
        let others: Vec<usize> = described.filter(|&e| e != first).collect();
        if others.is_empty() {
            return Some(Speaker::Person(first, None));
        }
        let runs = &self.people.runs;
        let before = runs.partition_point(|r| r.end <= start);
        let last = runs[..before]
            .iter()
            .rev()
            .take(500)
            .find_map(|r| r.entity.filter(|&e| e == first || others.contains(&e)));
        Some(Speaker::Person(last.unwrap_or(first), None))
    }

    /// The person "the `head`" (tokens `start..=end`, no word between) refers back to when
    /// the article gave no one that noun but its abbreviation as a title ("Sen. Ann Lee …
    /// “…,” the senator said"): of those so titled before, the one the sentences before are
    /// about ([`Attributor::person_before`]), or, when they are about no one, the one named
    /// last. Not when the sentences before are about someone else, who may hold the office
    /// untitled ("Sen. Joni Ernst … Marco Rubio took questions. “…,” the senator said"), nor
    /// for a described holder ("the Florida senator").
    fn abbreviated_title_of(&self, start: usize, end: usize, head: &str) -> Option<usize> {
        let short = match head {
            "senator" => "sen",
            "governor" => "gov",
            "representative" | "congressman" | "congresswoman" => "rep",
            "general" => "gen",
            "colonel" => "col",
            "sergeant" => "sgt",
            "professor" => "prof",
            "superintendent" => "supt",
            "inspector" => "insp",
            "detective" => "det",
            "commander" => "cmdr",
            "admiral" => "adm",
            "captain" => "capt",
            _ => return None,
        };
        if end != start + 1 {
            return None;
        }
        let upto = self.descriptions.partition_point(|(_, _, at)| *at < end);
        let titled: Vec<usize> = self.descriptions[..upto]
            .iter()
            .filter(|(h, _, _)| *h == short)
            .map(|&(_, e, _)| e)
            .collect();
        if titled.is_empty() {
            return None;
        }
        if let Some(p) = self.person_before(end) {
            return titled.contains(&p).then_some(p);
        }
        let runs = &self.people.runs;
        let before = runs.partition_point(|r| r.end <= start);
        runs[..before]
            .iter()
            .rev()
            .take(500)
            .find_map(|r| r.entity.filter(|e| titled.contains(e)))
    }

    /// The speaker described before with the noun `head` and the body they speak for, whom
    /// "the `head`" at token `at` refers back to: the latest who spoke within the paragraph and
    /// the [`READ_BACK`] before ("A spokesman for the Home Office said …. “…,” said the
    /// spokesman."; "The Vodafone spokesman said …. “…,” the spokesman said").
    fn described_speaker_before(&self, at: usize, head: &str) -> Option<Speaker> {
        let doc = self.doc;
        let para = doc.tokens[at].para;
        self.events_in(0, at)
            .iter()
            .rev()
            .take_while(|(v, _)| doc.tokens[*v].para + READ_BACK >= para)
            .take(50)
            .find_map(|(_, sp)| match sp {
                Speaker::Named(n)
                    if n.split(' ').any(|w| w.eq_ignore_ascii_case(head))
                        && n.split(' ')
                            .skip(1)
                            .any(|w| w.starts_with(char::is_uppercase)) =>
                {
                    Some(sp.clone())
                }
                _ => None,
            })
    }

    /// The person the article named right after it told of an office with no name, for "the
    /// `head`" (tokens `at..=end`) when that office is the one written before it ("Kuwait's Oil
    /// Minister said there were no plans …. ¶ Sheikh Ali al-Sabah was quoted as saying …. ¶
    /// “…,” the minister said"): the office's words in capitals, ending with the title `head`,
    /// in the paragraph of `at` or the [`READ_BACK`] before, and the first person named after
    /// them, in their paragraph or the next, before `at`, whom no other title describes.
    fn office_named_after(&self, at: usize, end: usize, head: &str) -> Option<usize> {
        let doc = self.doc;
        if !doc.tokens[end].lex.any(Flags::TITLE) || doc.tokens[end].lex.any(Flags::ORG_WORD) {
            return None;
        }
        // (a country's office: "Kuwait's Oil Minister", "Kuwaiti Oil Minister"; not a paper's
        // name, "the Union Leader")
        let country = |r: &Run| {
            let lex = doc.tokens[r.start].lex;
            lex.any(Flags::NATIONALITY | Flags::PLACE)
                || r.start.checked_sub(1).is_some_and(|b| doc.tokens[b].poss)
        };
        let office = self.runs_back_within(at, READ_BACK).take(200).find(|r| {
            r.entity.is_none() && !r.blocked && r.end < at && self.low(r.end - 1) == head
        })?;
        if !country(office) {
            return None;
        }
        let para = doc.tokens[office.start].para;
        let runs = &self.people.runs;
        let from = runs.partition_point(|r| r.start < office.end);
        let upto = runs.partition_point(|r| r.start < at);
        let (holder, e) = runs[from..upto]
            .iter()
            .find_map(|r| r.entity.map(|e| (r, e)))?;
        let titled_else = self.descriptions.iter().any(|&(h, o, _)| {
            o == e && h != head && LEX.titles.contains(h) && !LEX.honorifics.contains(h)
        });
        (doc.tokens[holder.start].para <= para + 1 && !titled_else).then_some(e)
    }

    /// The person "the `head`" (its noun at token `end`) stands for when no one was
    /// introduced as that: the one the sentences before are about, as for "the 28-year-old"
    /// ([`Attributor::person_before`]), when they spoke last, in the paragraph or the one
    /// before ("“…,” Van Der Beek said. ¶ “…,” said the actor."). Not for a body ("the
    /// ministry"), a group ("the crowd", "the MPs", "the men"), a thing or a writing ("the
    /// magazine", "the complaint"), nor one who speaks of or to others ("the spokesman", "the
    /// host": [`crate::extract::lexicon::Lexicon::not_the_one_before`]); nor for one the
    /// article gave another title ("Home Secretary David Blunkett" is not "the prime
    /// minister"; a courtesy title, "Mr Brown", is none).
    fn person_of_role(&self, end: usize, head: &str) -> Option<Speaker> {
        let plural = (head.ends_with('s') && !head.ends_with("ss"))
            || matches!(head, "men" | "women" | "people" | "children");
        let lex = self.doc.tokens[end].lex;
        let someone = lex.any(Flags::TITLE | Flags::WORK_ROLE | Flags::ROLE_NOUN)
            && !lex.any(Flags::ORG_WORD | Flags::NON_NAME | Flags::THING_KIND | Flags::THING_HEAD);
        if !someone
            || plural
            || LEX.not_the_one_before.contains(head)
            || LEX.organisation_heads.contains(head)
            || LEX.authored_nouns.contains(head)
        {
            return None;
        }
        let e = self.person_before(end)?;
        // A courtesy title is no office ("Mr Brown" may be "the chancellor"), but one named
        // so may be anyone's colleague: no one else may be named since they spoke, nor in the
        // paragraph ("Mr Blunkett was joined by Tony Blair. Mr Blunkett said …. The prime
        // minister said" is Blair).
        const COURTESY: &[&str] = &["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame"];
        let (mut titled, mut courtesy) = (false, false);
        for &(h, o, _) in &self.descriptions {
            if o == e {
                let c = COURTESY.contains(&h.trim_end_matches('.'));
                courtesy |= c;
                titled |= !c;
            }
        }
        let doc = self.doc;
        let para = doc.tokens[end].para;
        // (a noun that tells what a person is, not an office among others, stands for the
        // person the sentences before are about when no one else is named since: "Granclaude
        // is delighted …. “It's incredible,” the youngster said", though the coach spoke last)
        if EPITHETS.contains(&head) && !titled && self.named_last(end) == Some(e) {
            return Some(Speaker::Person(e, None));
        }
        let Some(&(v, Speaker::Person(o, _))) = self.events_in(0, end).last() else {
            return None;
        };
        let spoke_last = o == e && doc.tokens[v].para + 1 >= para;
        let alone = || {
            let runs = &self.people.runs;
            let para_start = doc.tokens[..end].partition_point(|t| t.para < para);
            let from = v.min(para_start);
            runs[..runs.partition_point(|r| r.start < end)]
                .iter()
                .rev()
                .take_while(|r| r.start >= from)
                .all(|r| r.entity.is_none_or(|o| o == e))
        };
        (!titled && spoke_last && (!courtesy || alone())).then_some(Speaker::Person(e, None))
    }

    /// The person whose name stood last before token `at`, outside quotes, within the
    /// paragraph or the one before.
    fn named_last(&self, at: usize) -> Option<usize> {
        let doc = self.doc;
        let para = doc.tokens[at].para;
        let runs = &self.people.runs;
        runs[..runs.partition_point(|r| r.start < at)]
            .iter()
            .rev()
            .take_while(|r| doc.tokens[r.start].para + 1 >= para)
            .take(50)
            .filter(|r| !doc.tokens[r.start].in_quote)
            .find_map(|r| r.entity)
    }

    /// The body whose name stood before the writing's noun `head` when the article named the
    /// writing, in the paragraph of token `at` or the [`READ_BACK`] before, past the writing
    /// named again with "The" alone: "The Tower Commission report was released …. “…,” the
    /// report said" is the Tower Commission's. An organisation's name of two words or more, not
    /// a person's nor a place's alone.
    fn named_writing_before(&self, at: usize, head: &str) -> Option<Speaker> {
        let doc = self.doc;
        // (past the writing named again with "The" alone: "The report saved its scathing
        // language for Regan")
        let run = self.runs_back_within(at, READ_BACK).take(200).find(|r| {
            r.end < at
                && doc.tokens[r.end].shape == Shape::Word
                && !doc.tokens[r.end].cap
                && self.low(r.end) == head
                && !(r.end == r.start + 1 && self.is_word(r.start, "the"))
        })?;
        let s = if self.is_word(run.start, "the") {
            run.start + 1
        } else {
            run.start
        };
        // (a name of two words or more: not a platform's, a day's or a cut name's one word,
        // "a Facebook post", "Friday's editorial")
        if run.entity.is_some() || run.blocked || run.end < s + 2 {
            return None;
        }
        let name = self.text_with_the(s, run.end - 1);
        let only_places = (s..run.end).all(|t| {
            doc.tokens[t]
                .lex
                .any(Flags::PLACE | Flags::NATIONALITY | Flags::FUNCTION_WORD)
        });
        (!only_places && is_organisation_name(&name)).then_some(Speaker::Named(name))
    }

    /// Whom "the `head`" stood for when it last spoke before token `at` (the subject of a verb
    /// of saying right after it, or right before it: "“…,” the report notes"), a name: the
    /// writing an article goes on quoting after it has said whose it is ("The U.S. Embassy
    /// says in a new report …. ¶ … “…,” the report notes. ¶ … “…,” the report states").
    fn writing_spoke_before(&self, at: usize, head: &str) -> Option<Speaker> {
        let the_head = |k: usize| self.is_word(k, "the") && self.is_word(k + 1, head);
        self.events_in(0, at)
            .iter()
            .rev()
            .find(|(v, _)| {
                // ("“…,” said the report.", not "said the report was like …")
                let inverted = || {
                    the_head(v + 1)
                        && self
                            .doc
                            .tokens
                            .get(v + 3)
                            .is_none_or(|t| t.shape == Shape::Punct)
                };
                (*v >= 2 && the_head(v - 2)) || inverted()
            })
            .map(|(_, sp)| sp)
            .filter(|sp| match sp {
                Speaker::Named(n) => is_name(n),
                Speaker::Person(..) => true,
            })
            .cloned()
    }

    /// The author of the writing that "the `head`" at token `at` refers back to, named after
    /// "by" where the article told of it, within [`READ_BACK`] paragraphs: "A study by the
    /// Brookings Institution found …. “…,” the study said" is the Brookings Institution's. A
    /// person, or an organisation's name of two words or more.
    fn writing_by_before(&self, at: usize, head: &str) -> Option<Speaker> {
        let by = |k: usize| self.by_after_writing(k).is_some();
        if let Some(k) = self.lower_word_back(at, head, READ_BACK, by) {
            return self.writing_author(k);
        }
        // ("the paper" may be any study told of before: "proposed guidelines released jointly
        // today by …. The paper said"; the latest whose author is named so)
        if head != "paper" {
            return None;
        }
        self.lower_words_back(at, READ_BACK)
            .filter(|&k| STUDIES.iter().any(|w| self.is_word(k, w)) && by(k))
            .find_map(|k| self.writing_author(k))
    }

    /// The run of a second name, no person's, that "and" at token `and` (and a "the") leads to:
    /// a second body named with a first ("the Bank of England and the Federal Reserve Board",
    /// "The Bank of England and Fed said").
    fn name_after_and(&self, and: usize) -> Option<&'d Run> {
        if !self.is_word(and, "and") {
            return None;
        }
        let s = and + 1 + usize::from(self.is_word(and + 1, "the"));
        self.people
            .run_at(s)
            .filter(|r| r.start == s && r.entity.is_none() && !r.blocked)
    }

    /// The author of the writing whose noun is token `k`, named after its "by" (see
    /// [`Attributor::writing_by_before`]).
    fn writing_author(&self, k: usize) -> Option<Speaker> {
        let mut s = self.by_after_writing(k)? + 1;
        if self.is_word(s, "the") {
            s += 1;
        }
        let run = self.people.run_at(s).filter(|r| r.start == s)?;
        if let Some(e) = run.entity {
            return Some(Speaker::Person(e, Some(run.name_end)));
        }
        // (a body's part after its possessive: "by Stanford University's Center on Poverty
        // and Inequality")
        let mut end = run.end;
        if self.doc.tokens[end - 1].poss {
            if let Some(part) = self
                .people
                .run_at(end)
                .filter(|r| r.start == end && !r.blocked)
            {
                end = part.end;
                // (with its field: "Center on Poverty and Inequality")
                while matches!(self.low(end), "on" | "for" | "of" | "and")
                    && !self.doc.tokens[end].cap
                {
                    match self.people.run_at(end + 1) {
                        Some(more) if more.start == end + 1 => end = more.end,
                        _ => break,
                    }
                }
            }
        }
        // (a name of two words or more: not a party's adjective before a noun, "by the
        // Democratic majority of …")
        if end < s + 2 || !is_organisation_name(&self.text_with_the(s, end - 1)) {
            return None;
        }
        // (and a second body that wrote it with the first: "by the Bank of England and the
        // Federal Reserve Board")
        if let Some(second) = self.name_after_and(end) {
            if second.end >= second.start + 2
                && is_organisation_name(&self.text_with_the(second.start, second.end - 1))
            {
                end = second.end;
            }
        }
        Some(Speaker::Named(self.text_with_the(s, end - 1)))
    }

    /// The "by" that names the authors of the writing whose noun is token `k`: right after it
    /// ("a study by"), or after a verb of making it public and a few words of when ("a new
    /// report released on Monday by").
    fn by_after_writing(&self, k: usize) -> Option<usize> {
        if self.is_word(k + 1, "by") {
            return Some(k + 1);
        }
        if !matches!(
            self.low(k + 1),
            "released" | "published" | "issued" | "commissioned" | "conducted" | "compiled"
        ) {
            return None;
        }
        let doc = self.doc;
        (k + 2..(k + 7).min(doc.tokens.len()))
            .take_while(|&j| doc.tokens[j].shape != Shape::Punct && !doc.tokens[j].in_quote)
            .find(|&j| self.is_word(j, "by"))
    }

    /// Who issued the writing that "the `head`" at token `at` ("the statement", "the report")
    /// refers back to: the speaker of the latest verb of saying followed by "in" and that noun
    /// ("the US military said in a statement"; not "told the BBC's World Business Report", nor
    /// "The Times said Cook provided a statement"), within the paragraph and the
    /// [`READ_BACK`] before, or who
    /// issued one in the sentence before ("Acme issued a statement."); a person or a name, not
    /// a described phrase. `None` when no one did.
    fn issuer_of(&self, at: usize, head: &str) -> Option<Speaker> {
        let doc = self.doc;
        let para = doc.tokens[at].para;
        let said_in = self
            .events_in(0, at)
            .iter()
            .rev()
            .take_while(|(v, _)| doc.tokens[*v].para + READ_BACK >= para)
            .take(50)
            .find(|(v, _)| {
                // (not past a clause: "said in a statement on Tuesday that the report …")
                let mut after = (v + 1..(v + SAID_IN_WORDS).min(at)).take_while(|&k| {
                    let t = &doc.tokens[k];
                    t.sent == doc.tokens[*v].sent && !t.in_quote && !self.is_word(k, "that")
                });
                // (or a phrase that opens the sentence: "In a letter to Richard Lyng, NAWG
                // stated", "In a report the Kiel institute said")
                let start = self.sentence_start(*v);
                let opening = || {
                    self.is_word(start, "in")
                        && (start + 1..(start + 4).min(*v)).any(|k| self.is_word(k, head))
                };
                // (a study may be named another way: "the OECD said in an annual review …
                // the report said"; not a statement, a letter: "said in a statement … the
                // report said" are two writings)
                let writing = |k: usize| {
                    self.is_word(k, head)
                        || (STUDIES.contains(&head) && STUDIES.contains(&self.low(k)))
                };
                // ("in" then the writing, only its determiner and modifiers between: "said in
                // its latest Financial Market Trends report", not "told Reuters in commenting
                // on the Tower report")
                let modifier = |k: usize| {
                    let t = &doc.tokens[k];
                    t.shape != Shape::Punct
                        && (t.cap
                            || LEX.determiners.contains(self.low(k))
                            || !t.lex.any(Flags::FUNCTION_WORD) && !self.low(k).ends_with("ing"))
                };
                after.any(|k| {
                    self.is_word(k, "in")
                        && (k + 1..(v + SAID_IN_WORDS).min(at))
                            .take_while(|&j| doc.tokens[j].sent == doc.tokens[*v].sent)
                            .find(|&j| !modifier(j) || writing(j))
                            .is_some_and(writing)
                }) || opening()
            })
            .map(|(_, sp)| sp.clone());
        let speaker = said_in.or_else(|| {
            self.statement_before(self.sentence_start(at))
                .map(|(_, sp)| sp)
        })?;
        let name = match &speaker {
            Speaker::Person(..) => true,
            Speaker::Named(n) => is_name(n),
        };
        name.then_some(speaker)
    }

    /// The organisation that spoke last before token `at`, within [`READ_BACK`] paragraphs,
    /// for "the `head`", a writing no one is said to have issued ("The U.S. Treasury said ….
    /// The one-page statement noted …. “…,” the statement said"): an organisation's name, not
    /// a person, a group, a body described in lower case ("the company"), a place ("Argentina announced") nor a news outlet
    /// ("said the statement quoted by IRNA"); and not when its own sentence tells of the
    /// writing ("The Times said Cook provided a written statement": Cook's) or the article
    /// tells of another writing since.
    fn organisation_spoke_last(&self, at: usize, head: &str) -> Option<Speaker> {
        let doc = self.doc;
        // (past the writing itself, said to speak before: "The one-page statement noted")
        let (v, sp) =
            self.events_in(0, at).iter().rev().find(
                |(_, sp)| !matches!(sp, Speaker::Named(n) if n.to_lowercase().ends_with(head)),
            )?;
        let Speaker::Named(n) = sp else {
            return None;
        };
        // (a body's voice is the body: "an OPEC secretariat official" is OPEC)
        let n = self.voiced_body(n).unwrap_or(n);
        let words: Vec<String> = n
            .split(' ')
            .filter(|w| !w.eq_ignore_ascii_case("the"))
            .map(str::to_lowercase)
            .collect();
        let place = is_place_name(n);
        let outlet = n
            .rsplit(' ')
            .next()
            .is_some_and(|w| OUTLET_WORDS.contains(&w))
            || LEX.outlets.contains_key(&words.join(" "));
        let sent = doc.tokens[*v].sent;
        let tells_of_writing = (v + 1..at)
            .take_while(|&k| doc.tokens[k].sent == sent)
            .any(|k| self.is_word(k, head));
        // (nor when the article tells of a writing or an outlet since, but as the subject of
        // a verb of saying: "The official International Business newspaper today published
        // China's demands in an editorial", "The statement by the Iranian High Command")
        let other_writing = (v + 1..at).any(|k| {
            let t = &doc.tokens[k];
            t.shape == Shape::Word
                && !t.cap
                && (LEX.authored_nouns.contains(self.low(k)) || OUTLET_NOUNS.contains(&self.low(k)))
                && !self.is_verb(k + 1)
        });
        (doc.tokens[*v].para + READ_BACK >= doc.tokens[at].para
            && is_organisation_name(n)
            && (!n.starts_with("the ") && !n.starts_with("The ")
                || n.split(' ')
                    .skip(1)
                    .any(|w| w.starts_with(char::is_uppercase)))
            && !place
            && !outlet
            && !tells_of_writing
            && !other_writing)
            .then(|| sp.clone())
    }

    /// The person "the 28-year-old", "the Argentine" or "the Kentucky Republican" (`head`, the
    /// word at token `end`) refers back to: the one the article introduced with that age,
    /// nationality or party ("Ann Lee, 28,", "28-year-old Ann Lee", "Argentine David
    /// Nalbandian"); for an age no one was given, the person the article is about
    /// ([`Attributor::main`]); else the person the sentences before are about, as for "he" or
    /// "she" ([`Attributor::antecedent_of`]), when named in the paragraph or the two before
    /// ("Roddick was left frustrated. “…,” said the American"; "“…,” Sen. Paul Sarbanes said.
    /// “…,” the Maryland Democrat said").
    pub(super) fn described_person(&self, end: usize) -> Option<usize> {
        let age = self.low(end).strip_suffix("-year-old");
        let aged_anyone = || {
            self.descriptions.iter().any(|(h, _, _)| {
                h.ends_with("-year-old") || h.starts_with(|c: char| c.is_ascii_digit())
            })
        };
        self.introduced_as(end)
            .or_else(|| self.main.filter(|_| age.is_some() && !aged_anyone()))
            .or_else(|| self.person_before(end))
    }

    /// The person the article introduced with the age or nationality of the word at token
    /// `end` ("Ann Lee, 28,", "28-year-old Ann Lee", "Argentine David Nalbandian"), the latest
    /// before it.
    fn introduced_as(&self, end: usize) -> Option<usize> {
        let head = self.low(end);
        let age = head.strip_suffix("-year-old");
        let upto = self.descriptions.partition_point(|(_, _, at)| *at < end);
        self.descriptions[..upto]
            .iter()
            .rev()
            .take(200)
            .find(|(h, _, _)| *h == head || Some(*h) == age)
            .map(|&(_, e, _)| e)
    }

    /// The person a description at token `at` refers back to (see
    /// [`Attributor::described_person`]): who spoke last, in its sentence or the one before
    /// ("Ann Lee said Bo Ray should act. “…,” the Texas Democrat said" is Lee); else the
    /// subject of a clause opening its sentence ("When Lleyton Hewitt shook his hand, the
    /// Australian said"); else the person the sentences before are about, named in the
    /// paragraph or the two before; not while another such search is under way.
    fn person_before(&self, at: usize) -> Option<usize> {
        let doc = self.doc;
        let start = self.sentence_start(at);
        // (the sentence before, past the quote the attribution follows: "“…,” the Texas
        // Democrat said" may stand as a sentence of its own after the quote's)
        let mut from = start;
        for _ in 0..3 {
            let Some(p) = from.checked_sub(1) else { break };
            from = self.sentence_start(p);
            if !(doc.tokens[from].in_quote || self.opens_quote_after(from)) {
                break;
            }
        }
        let spoke = self
            .events_in(from, at)
            .iter()
            .rev()
            .find_map(|(_, sp)| match sp {
                Speaker::Person(e, _) => Some(*e),
                Speaker::Named(_) => None,
            });
        let clause = || {
            let run = self.people.run_at(start + 1)?;
            (self.opens_clause(start) && run.start <= start + 1 && run.end < at)
                .then_some(run.entity)
                .flatten()
        };
        if let Some(e) = spoke.or_else(clause) {
            return Some(e);
        }
        if self.resolving.replace(true) {
            return None;
        }
        let found = self.antecedent_of(start, Gender::Unknown);
        self.resolving.set(false);
        match found? {
            Speaker::Person(e, _) if self.named_near(e, at) => Some(e),
            _ => None,
        }
    }

    /// Whether person `e` is named before token `at`, in its paragraph or the
    /// `NEAR_PARAGRAPHS` before.
    fn named_near(&self, e: usize, at: usize) -> bool {
        /// How many paragraphs back a description given to no one may still mean a person.
        const NEAR_PARAGRAPHS: u32 = 2;
        let doc = self.doc;
        let para = doc.tokens[at].para;
        let runs = &self.people.runs;
        runs[..runs.partition_point(|r| r.start < at)]
            .iter()
            .rev()
            .take_while(|r| doc.tokens[r.start].para + NEAR_PARAGRAPHS >= para)
            .take(100)
            .any(|r| r.entity == Some(e))
    }

    /// For each person of the article, the person their name is a misspelling of: a surname
    /// alone ("Mr Mukerjee") that is one letter off the surname of one person named in full
    /// ("Pranab Mukherjee"), none else, named in full before the surname first appears (a
    /// surname alone refers back: "President Reagan", named before "Donald Regan" is, is
    /// another man); else the person themself.
    pub(super) fn spelled_alike(&self) -> Vec<usize> {
        let entities = &self.people.entities;
        (0..entities.len())
            .map(|e| {
                let key = &entities[e].key;
                let [word] = key.as_slice() else {
                    return e;
                };
                if word.chars().count() < 5 {
                    return e;
                }
                let first = entities[e].first_tok;
                let mut alike = entities.iter().enumerate().filter(|(_, other)| {
                    other.key.len() > 1
                        && other.mentions > 0
                        && other.first_tok < first
                        && other.key.last().is_some_and(|last| {
                            last != word
                                && last.chars().next() == word.chars().next()
                                && one_edit_apart(last, word)
                        })
                });
                match (alike.next(), alike.next()) {
                    (Some((o, _)), None) => o,
                    _ => e,
                }
            })
            .collect()
    }

    /// The people of the article whose surname the headline gives.
    pub(super) fn named_in_headline(&self, headline: &str) -> Vec<usize> {
        // (the headline's words in lower case: an ASCII word, as most are, compared with a
        // surname byte by byte in lower case, with no copy; another written out in lower case)
        let words: Vec<Cow<str>> = headline
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| !w.is_empty())
            .map(|w| {
                if w.is_ascii() {
                    Cow::Borrowed(w)
                } else {
                    Cow::Owned(w.to_lowercase())
                }
            })
            .collect();
        let in_headline = |k: &str| {
            words.iter().any(|w| match w {
                Cow::Borrowed(w) => {
                    w.len() == k.len()
                        && w.bytes()
                            .zip(k.bytes())
                            .all(|(a, b)| a.to_ascii_lowercase() == b)
                }
                Cow::Owned(w) => w == k,
            })
        };
        self.people
            .entities
            .iter()
            .enumerate()
            .filter(|(_, ent)| ent.mentions > 0 && ent.key.last().is_some_and(|k| in_headline(k)))
            .map(|(e, _)| e)
            .collect()
    }

    /// The person an article is about: the one its headline names (`in_headline`, the most
    /// mentioned of them), else the subject of its first sentence.
    pub(super) fn main_person(&self, in_headline: &[usize]) -> Option<usize> {
        let named = in_headline
            .iter()
            .copied()
            .max_by_key(|&e| self.people.entities[e].mentions);
        named.or_else(|| {
            let doc = self.doc;
            let first = doc.tokens.first()?.sent;
            let end = doc
                .tokens
                .iter()
                .position(|t| t.sent != first)
                .unwrap_or(doc.tokens.len());
            match self.subject_at(0, end)? {
                Subject::Person(e, _) => Some(e),
                Subject::Pronoun(..) => None,
            }
        })
    }

    /// The descriptions of the people of the article, as (head noun, person, token of the
    /// mention): from titles ("Mayor Annika Solberg") and appositives ("Tomas Lindqvist, the
    /// harbour master,").
    pub(super) fn find_descriptions(&self) -> Vec<(&'d str, usize, usize)> {
        let doc = self.doc;
        let mut out = Vec::new();
        for run in &self.people.runs {
            let Some(e) = run.entity else { continue };
            // Titles, nationalities and ages in or just before the run ("Sen.", "Argentine
            // David Nalbandian", "28-year-old Ann Lee").
            let from = run.start.saturating_sub(1);
            for t in from..run.name_start {
                let tok = &doc.tokens[t];
                if (tok.shape == Shape::Word && tok.lex.any(Flags::TITLE | Flags::NATIONALITY))
                    || word_bytes(doc, t).ends_with(b"-year-old")
                {
                    out.push((self.low(t), e, run.start));
                }
            }
            // An office "to" or "for" a place before the name ("ambassador to Britain Liu
            // Xiaoming"; not "an aide to Agriculture Secretary Richard Lyng", who is served).
            if run.start >= 2
                && run.start < run.name_start
                && (run.start..run.name_start).all(|t| doc.tokens[t].lex.any(Flags::PLACE))
                && (self.is_word(run.start - 1, "to") || self.is_word(run.start - 1, "for"))
                && !doc.tokens[run.start - 2].cap
                && doc.tokens[run.start - 2].lex.any(Flags::TITLE)
            {
                out.push((self.low(run.start - 2), e, run.start));
            }
            // An appositive: ", the harbour master," / ", a lawyer representing ...,", or an
            // age: ", 28,".
            let mut k = run.end;
            if !doc.is(k, ',') {
                continue;
            }
            k += 1;
            if doc.tokens.get(k).is_some_and(|t| t.shape == Shape::Number)
                && (doc.is(k + 1, ',') || doc.is(k + 1, '.') || doc.is(k + 1, ')'))
            {
                out.push((self.low(k), e, run.start));
                continue;
            }
            // (a determiner, or a name's possessive: "Liu Xiaoming, China's ambassador,")
            let possessive = doc
                .tokens
                .get(k)
                .is_some_and(|t| t.shape == Shape::Word && t.cap && t.poss);
            if !possessive
                && (!doc.tokens.get(k).is_some_and(|t| t.shape == Shape::Word)
                    || !LEX.determiners.contains(self.low(k)))
            {
                continue;
            }
            let mut head = None;
            let mut head_at = k;
            for j in k + 1..(k + 10).min(doc.tokens.len()) {
                let t = &doc.tokens[j];
                if t.shape != Shape::Word || t.sent != doc.tokens[run.start].sent {
                    break;
                }
                // (the subject of a verb of saying, no appositive: "After meeting Ivo Hale,
                // the association said"; but "Ann Lee, a lawyer who said")
                if self.is_verb(j) {
                    if (head_at + 1..j).all(|b| LEX.between_speaker_and_verb.contains(self.low(b)))
                    {
                        head = None;
                    }
                    break;
                }
                if t.lex.is_role_noun() && !t.cap {
                    head = Some(self.low(j));
                    head_at = j;
                }
            }
            if let Some(h) = head {
                out.push((h, e, run.start));
            }
        }
        out
    }

    /// The news outlet that "the paper", "the magazine" at token `at` refers back to: the latest
    /// capitalised name, in the paragraph or the three before, that an outlet's word ends
    /// ("the Financial Times", "Arab News", "China Daily"), that a list of outlets knows, or
    /// that an outlet's noun stands beside ("the Soviet newspaper Izvestia", "the Sun
    /// newspaper"); not a person's.
    fn outlet_before(&self, at: usize) -> Option<Speaker> {
        let doc = self.doc;
        let noun_at = |t: usize| {
            doc.tokens.get(t).is_some_and(|tok| {
                tok.shape == Shape::Word && !tok.cap && OUTLET_NOUNS.contains(&self.low(t))
            })
        };
        // (a name, not a word of the sentence's start, nor a nation's or a place's: "The
        // magazine", "And Spanish daily AS")
        let a_name = |r: &Run| {
            (r.start..r.end).any(|t| {
                let f = doc.tokens[t].lex;
                !(f.any(Flags::FUNCTION_WORD | Flags::NATIONALITY | Flags::PLACE)
                    || LEX.determiners.contains(self.low(t)))
            })
        };
        // (a state's radio or television goes by its city or its nation: "Tehran radio",
        // "Iraqi television")
        let broadcast = |r: &Run| {
            !a_name(r)
                && r.entity.is_none()
                && matches!(
                    doc.tokens.get(r.end).map(|_| self.low(r.end)),
                    Some("radio" | "television")
                )
                && noun_at(r.end)
        };
        self.runs_back(at)
            .take(500)
            .find(|r| {
                // (a possessive's token ends before its "'s": "Rolling Stone's" ends "Stone")
                let last = doc.word(r.end - 1);
                let name = &doc.text[doc.tokens[r.start].start..doc.tokens[r.end - 1].end];
                (r.entity.is_none()
                    && a_name(r)
                    && (OUTLET_WORDS.contains(&last)
                        || doc.word(r.start) == "Daily"
                        || LEX.outlets.contains_key(&name.to_lowercase())
                        || r.start.checked_sub(1).is_some_and(noun_at)
                        || noun_at(r.end)))
                    || broadcast(r)
            })
            .map(|r| {
                let end = if broadcast(r) { r.end } else { r.end - 1 };
                Speaker::Named(self.text_with_the(r.start, end))
            })
    }

    /// The runs that end before token `at`, the latest first, that start in its paragraph or
    /// the three before: where "the paper", "the report" or "the ministry" looks for the name
    /// it refers back to.
    fn runs_back(&self, at: usize) -> impl Iterator<Item = &'d Run> + '_ {
        self.runs_back_within(at, 3)
    }

    /// The latest token before `at`, in its paragraph or the `paragraphs` before, that is the
    /// word `word` in lower case outside quotes and of which `then` holds: where a writing or
    /// a body described in lower case was told of ("A study by …", "the state sugar council
    /// announced").
    pub(super) fn lower_word_back(
        &self,
        at: usize,
        word: &str,
        paragraphs: u32,
        then: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        self.lower_words_back(at, paragraphs)
            .find(|&k| self.is_word(k, word) && then(k))
    }

    /// The tokens before `at`, the latest first, in its paragraph or the `paragraphs` before,
    /// that start with no capital and stand outside quotes (see
    /// [`Attributor::lower_word_back`]).
    fn lower_words_back(&self, at: usize, paragraphs: u32) -> impl Iterator<Item = usize> + '_ {
        let doc = self.doc;
        let para = doc.tokens[at].para;
        (0..at)
            .rev()
            .take_while(move |&k| doc.tokens[k].para + paragraphs >= para)
            .filter(move |&k| !doc.tokens[k].cap && !doc.tokens[k].in_quote)
    }

    /// The runs that end before token `at`, the latest first, that start in its paragraph or
    /// the `paragraphs` before.
    fn runs_back_within(&self, at: usize, paragraphs: u32) -> impl Iterator<Item = &'d Run> + '_ {
        let doc = self.doc;
        let para = doc.tokens[at].para;
        let runs = &self.people.runs;
        let upto = runs.partition_point(|r| r.end <= at);
        runs[..upto]
            .iter()
            .rev()
            .take_while(move |r| doc.tokens[r.start].para + paragraphs >= para)
    }

    /// The body whose spokesman the article tells of last before token `at`, in its paragraph
    /// or the one before, with the spokesman's token: "A Halvard Mining spokesman" or "a
    /// spokesman for Orvik Steel" (an organisation's name, see [`Attributor::voiced_body`]; no
    /// person's).
    fn spokesman_body_before(&self, at: usize) -> Option<(usize, String)> {
        let doc = self.doc;
        let k = SPOKES
            .iter()
            .filter_map(|w| self.lower_word_back(at, w, 1, |_| true))
            .max()?;
        // "a spokesman for Orvik Steel"
        if self.is_word(k + 1, "for") {
            let run = self.people.run_at(k + 2).filter(|r| r.start == k + 2)?;
            let name = &doc.text[doc.tokens[run.start].start..doc.tokens[run.end - 1].end];
            return (run.entity.is_none() && is_organisation_name(name) && !is_place_name(name))
                .then(|| (k, name.to_string()));
        }
        // "A Halvard Mining spokesman": the capitalised words before it, and their article
        let mut s = k;
        while s > 0 && k - s < 8 && {
            let t = &doc.tokens[s - 1];
            t.shape == Shape::Word
                && t.sent == doc.tokens[k].sent
                && (t.cap || matches!(self.low(s - 1), "of" | "and" | "&"))
        } {
            s -= 1;
            if matches!(self.low(s), "a" | "an" | "the") && doc.tokens[s].cap {
                break;
            }
        }
        if !matches!(self.low(s), "a" | "an" | "the") && s > 0 {
            s -= 1;
        }
        let phrase = &doc.text[doc.tokens[s].start..doc.tokens[k].end];
        self.voiced_body(phrase).map(|body| (k, body.to_string()))
    }

    /// The organisation that "the `head`" at token `at` refers back to: the latest capitalised
    /// run containing the head word ("the Ministry of Health" for "the ministry"), else the
    /// latest organisation that spoke, within the last three paragraphs; else the one firm
    /// (a name with a firm's suffix) that spoke before, if no other organisation did.
    pub(super) fn organisation_before(&self, at: usize, head: &str) -> Option<String> {
        let doc = self.doc;
        let para = doc.tokens[at].para;
        let near = |t: usize| doc.tokens[t].para + 3 >= para;
        for run in self.runs_back(at).take(500) {
            // (not the article that opens a sentence: "A Brightwater Bank spokesman")
            let start = run.start
                + usize::from(run.end - run.start > 2 && matches!(self.low(run.start), "a" | "an"));
            if run.entity.is_none()
                && !run.blocked
                && (start..run.end).any(|t| self.low(t) == head)
                && run.end - start > 1
            {
                return Some(self.text_with_the(start, run.end - 1));
            }
        }
        if !LEX.organisation_heads.contains(head) {
            return None;
        }
        let events = self.events_in(0, at);
        let spoke = events
            .iter()
            .rev()
            .take_while(|(pos, _)| near(*pos))
            .take(200)
            .find_map(|(pos, sp)| match sp {
                // (a name, not a described phrase: "A statement posted on the website", nor
                // people described by their role, "Analysts said", nor a day misread as one)
                Speaker::Named(n)
                    if n.chars().next().is_some_and(char::is_uppercase)
                        && !n.split(' ').next().is_some_and(|w| {
                            LEX.determiners.contains(w.to_lowercase().as_str())
                        })
                        && !is_described_people(n, true)
                        && !names_a_day(n) =>
                {
                    Some((*pos, n.clone()))
                }
                _ => None,
            });
        // (or the body whose spokesman the article told of since: "A Halvard Mining spokesman
        // declined to comment, but the company said")
        let voiced = self.spokesman_body_before(at);
        match (spoke, voiced) {
            (Some((p, _)), Some((k, body))) if k > p => Some(body),
            (Some((_, n)), _) => Some(n),
            (None, Some((_, body))) => Some(body),
            (None, None) => None,
        }
        .or_else(|| {
            // Further back, the one firm that spoke before, as a wire story's "the
            // company" is the one its first paragraph names ("Union Carbide Corp said …"
            // ten paragraphs before "the company said"); not one of two, nor a body with
            // no firm's suffix ("the group" is not "the National Rifle Association").
            let firm = |n: &str| {
                n.split(' ').any(|w| {
                    LEX.corporate_suffixes
                        .contains(w.trim_end_matches('.').to_lowercase().as_str())
                })
            };
            let mut named = events.iter().take(200).filter_map(|(_, sp)| match sp {
                Speaker::Named(n) if is_organisation_name(n) => Some(n),
                _ => None,
            });
            // (the same firm by a shorter name too: "Union Carbide Corp said …. Union
            // Carbide sold …")
            let first = named.next()?;
            let same = |n: &str| {
                let (short, long) = if n.len() <= first.len() {
                    (n, first.as_str())
                } else {
                    (first.as_str(), n)
                };
                long.strip_prefix(short)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
            };
            (firm(first) && named.all(|n| same(n))).then(|| first.clone())
        })
    }

    /// The organisation that "it" at token `at`, the subject of a verb of saying, stands for:
    /// the subject of the nearest sentence before that opens outside a quote (past a short
    /// phrase and its comma), in its paragraph or the one before, when that subject is a name
    /// with capitals and no person's, and a verb follows it ("The Harbour Trust warned walkers. “…,” it said in a statement."). A
    /// single word ("Turkcell") only when it spoke before; not a described subject ("the
    /// report", "A National Audit Office report", "Two Americans"). Else the organisation that
    /// spoke last since that sentence, or the body or writing described with "the" that did
    /// (see [`Attributor::organisation_spoke_since`]).
    pub(super) fn organisation_it(&self, at: usize) -> Option<Speaker> {
        let Some((c, end)) = self.sentence_before_outside_quotes(at) else {
            // (the paragraph before all quote and attribution: "“…,” the report said. ¶ “…,”
            // it said" is who spoke there)
            let doc = self.doc;
            let para = doc.tokens[at].para;
            let c = doc.tokens[..at].partition_point(|t| t.para + 1 < para);
            return self.organisation_spoke_since(c, at);
        };
        self.organisation_subject(c, end, at)
            .or_else(|| self.organisation_spoke_since(c, at))
            // (the statement the sentence before tells a body put out: "Now they have put out
            // another statement. “…,” it says")
            .or_else(|| {
                self.statement_before(self.sentence_start(at))
                    .map(|(_, sp)| sp)
                    .filter(|sp| matches!(sp, Speaker::Named(n) if is_organisation_name(n)))
            })
            .or_else(|| {
                // (past sentences that go on with "it" for subject, two at most: "The U.S.
                // Embassy says in a report …. ¶ It primarily assesses exports. It says “…”";
                // past a short phrase and its comma too: "Without providing any details, it
                // also said")
                let fronted_it = || {
                    (c + 1..(c + 8).min(end))
                        .find(|&k| self.doc.is(k, ','))
                        .is_some_and(|k| self.is_word(k + 1, "it"))
                };
                if !(self.is_word(c, "it") || fronted_it()) {
                    return None;
                }
                let mut back = self.sentences_back(c, 1, 3);
                let (c2, end2) = back.next()?;
                let (c2, end2) = if self.is_word(c2, "it") {
                    back.next()?
                } else {
                    (c2, end2)
                };
                self.organisation_subject(c2, end2, at)
                    .or_else(|| self.organisation_spoke_since(c2, at))
            })
    }

    /// "WeWork is based in New York. A company spokesperson said": the name that opens the
    /// sentence before token `at` as its subject (a lower-case word follows it), when it is no
    /// person's, on no list of places or outlets, an organisation's name as written (see
    /// [`is_organisation_name`]), and, a word alone, on no list and no plural.
    pub(super) fn body_opening_sentence_before(&self, at: usize) -> Option<Speaker> {
        let (c, end) = self.sentence_before_outside_quotes(at)?;
        self.body_opening(c, end, false).ok()
    }

    /// The body whose name opens the sentence `c..end` (past its "the") as its subject, as
    /// [`Attributor::body_opening_sentence_before`] takes it; else whether a name opens it
    /// (`Err(true)`). `strict`: a word alone only when the text writes it with its capital
    /// inside a sentence too ("Cairn's string of finds"; not "Failure to act", "Speaking
    /// ahead of"), and not one of two subjects ("The Trade and Industry Secretary").
    fn body_opening(&self, c: usize, end: usize, strict: bool) -> Result<Speaker, bool> {
        let doc = self.doc;
        let s = if self.is_word(c, "the") { c + 1 } else { c };
        // (the run may hold the sentence's capitalised "The")
        let Some(run) = self
            .people
            .run_at(s)
            .filter(|r| (r.start == s || r.start == c) && r.end < end)
        else {
            return Err(false);
        };
        if run.entity.is_some() || run.blocked {
            return Err(true);
        }
        // (a word alone is a name when it is on no list and no plural: not "Shares fell")
        let alone = run.end == s + 1;
        if alone && !self.unlisted_singular(s) {
            return Err(strict);
        }
        if strict && alone {
            let w = doc.word(s);
            let inside = (1..doc.tokens.len()).any(|k| {
                k != s && doc.tokens[k - 1].sent == doc.tokens[k].sent && doc.word(k) == w
            });
            if !inside {
                return Err(true);
            }
        }
        // (past its initials between commas: "The National Farmers Union, NFU, remains")
        let mut n = run.end;
        if doc.is(n, ',') && doc.is(n + 2, ',') && {
            let w = doc.word(n + 1);
            w.len() > 1 && w.bytes().all(|b| b.is_ascii_uppercase())
        } {
            n += 3;
        }
        // (a verb follows, not a determiner: "The Save the Scottish Regiments campaigners")
        let next = doc.tokens.get(n).filter(|t| {
            t.shape == Shape::Word
                && !t.cap
                && !LEX.determiners.contains(self.low(n))
                && (!strict || !matches!(self.low(n), "and" | "or" | "of" | "for"))
        });
        let name = self.text_with_the(s, run.end - 1);
        (next.is_some() && is_organisation_name(&name))
            .then_some(Speaker::Named(name))
            .ok_or(strict)
    }

    /// "The Northland Growers Union remains worried about the sale. … “…,” a spokesman said":
    /// the body a bare spokesman at token `at` speaks for when no body spoke before: the one
    /// whose name opens, as its subject, the nearest of the sentences before (outside quotes,
    /// in the paragraph and the two before) that a name opens, when that name is a body's
    /// (see [`Attributor::body_opening`], strict); not past a sentence that another name
    /// opens (the spokesman may be that person's, or that body's).
    fn body_subject_before(&self, at: usize) -> Option<Speaker> {
        let doc = self.doc;
        for (mut c, end) in self.sentences_back(at, 2, 8) {
            // (past a wire story's dateline: "LONDON, March 5 - The National Farmers Union")
            if c == 0
                && doc.word(0).len() > 2
                && doc.word(0).bytes().all(|b| b.is_ascii_uppercase())
            {
                if let Some(dash) =
                    (1..end.min(12)).find(|&k| matches!(doc.word(k), "-" | "--" | "—"))
                {
                    c = dash + 1;
                }
            }
            match self.body_opening(c, end, true) {
                Ok(body) => return Some(body),
                Err(true) => return None,
                Err(false) => {}
            }
        }
        None
    }

    /// The nearest sentence before token `at` that opens outside a quote, in the paragraph or
    /// the one before (past its opening punctuation): its first word and its end.
    fn sentence_before_outside_quotes(&self, at: usize) -> Option<(usize, usize)> {
        self.sentences_back(at, 1, 3).next()
    }

    /// Of the `max` sentences before token `at` in its paragraph and the `paragraphs` before,
    /// nearest first, those that open outside a quote: each its first word (past its opening
    /// punctuation) and its end.
    fn sentences_back(
        &self,
        at: usize,
        paragraphs: u32,
        max: usize,
    ) -> impl Iterator<Item = (usize, usize)> + '_ {
        let doc = self.doc;
        let para = doc.tokens[at].para;
        let mut end = self.sentence_start(at);
        std::iter::from_fn(move || {
            let start = self.sentence_start(end.checked_sub(1)?);
            if doc.tokens[start].para + paragraphs < para {
                return None;
            }
            let sentence = (start, end);
            end = start;
            Some(sentence)
        })
        .take(max)
        .filter_map(move |(start, end)| {
            let mut c = start;
            while c < end && doc.tokens[c].shape == Shape::Punct && !doc.tokens[c].in_quote {
                c += 1;
            }
            (c < end && !doc.tokens[c].in_quote).then_some((c, end))
        })
    }

    /// The organisation that "it" at token `at` carries on from when it spoke last, from the
    /// sentence before (opening at token `c`) on, though not as that sentence's opening
    /// subject: the speaker of the last verb of saying, when that is a name and no person's
    /// ("But the DOT said it would not wait. “…,” it said", "Digital said …. Without details,
    /// it also said …. “…,” it added"); not a group ("Analysts said"), a described phrase ("A
    /// Fenwick Trust report") nor a bare organisation word ("Group"); or, when no organisation's
    /// name spoke last, the body or writing described with "the" that did ("“…,” the editorial
    /// said. “…,” it said": [`is_described_body`]).
    fn organisation_spoke_since(&self, c: usize, at: usize) -> Option<Speaker> {
        let (v, sp) = self.events_in(0, at).last()?;
        let Speaker::Named(n) = sp else {
            return None;
        };
        let body = is_organisation_name(n) || is_described_body(n);
        (body && (*v >= c || self.it_chain(*v, at))).then(|| sp.clone())
    }

    /// Whether "it" carries on from the verb of saying at `v` to token `at` through a chain of
    /// "it said": every verb of saying between them (one at least) has "it" for its subject,
    /// after its sentence, within a few paragraphs ("…, the report said. ¶ China is the main supplier, it said. ¶
    /// “…,” it said": the report's).
    fn it_chain(&self, v: usize, at: usize) -> bool {
        let doc = self.doc;
        if doc.tokens[at].para > doc.tokens[v].para + IT_CHAIN_PARAGRAPHS {
            return false;
        }
        // (the verbs of later sentences: "said in its annual report" is one)
        let sent = doc.tokens[v].sent;
        let mut links = (v + 1..at)
            .filter(|&k| self.is_verb(k) && doc.tokens[k].sent != sent)
            .peekable();
        links.peek().is_some()
            && links.all(|k| {
                let before = |d: usize| k.checked_sub(d).is_some_and(|b| self.is_word(b, "it"));
                before(1) || (before(2) && LEX.between_speaker_and_verb.contains(self.low(k - 1)))
            })
    }

    /// Whether token `next` is a verb in the past, or a word that stands between a speaker and
    /// their verb ("also"), as after an organisation's name that opens its sentence.
    pub(super) fn past_verb_follows(&self, next: usize) -> bool {
        self.doc.tokens.get(next).is_some_and(|t| {
            t.shape == Shape::Word
                && !t.cap
                && (self.is_verb(next)
                    || self.low(next).ends_with("ed")
                    || VERBS_WITHOUT_ED.contains(&self.low(next))
                    || LEX.between_speaker_and_verb.contains(self.low(next)))
        })
    }

    /// The word at token `c` when it is a short form in capitals that the text gave a name in
    /// brackets before ("the Gulf News Agency (GNA) said …. GNA gave no details"): a body's,
    /// never a person's.
    fn short_form_given_before(&self, c: usize) -> Option<String> {
        let doc = self.doc;
        let t = doc.tokens.get(c)?;
        let word = &doc.text[t.start..t.end];
        let capitals = word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase());
        (capitals && doc.text[..t.start].contains(&format!("({word})"))).then(|| word.to_string())
    }

    /// The organisation that is the subject of the sentence opening at token `c` (and ending
    /// before `end`), or of its main clause past a short phrase and its comma ("Last week, the
    /// firm denied"), before token `at` (see [`Attributor::organisation_opening`]).
    pub(super) fn organisation_subject(&self, c: usize, end: usize, at: usize) -> Option<Speaker> {
        let doc = self.doc;
        let fronted = (c + 1..(c + 8).min(end)).find(|&k| doc.is(k, ','));
        self.organisation_opening(c, at)
            .or_else(|| self.organisation_opening(fronted? + 1, at))
    }

    /// The organisation named at token `c`, opening a sentence before token `at` (see
    /// [`Attributor::organisation_it`]).
    fn organisation_opening(&self, c: usize, at: usize) -> Option<Speaker> {
        let doc = self.doc;
        let the = self.is_word(c, "the");
        if !the && LEX.determiners.contains(self.low(c)) {
            return None;
        }
        // "The Tower Commission report was released. The report may also undermine …. “…,”
        // it said": the body that issued the writing
        if the && LEX.authored_nouns.contains(self.low(c + 1)) && !self.doc.tokens[c + 1].cap {
            let head = self.low(c + 1);
            return self.named_writing_before(c, head).or_else(|| {
                // (or who said something in it, or whom the writing was taken for when it
                // spoke before: "The embassy says in a new report …. The report holds out
                // little hope")
                self.issuer_of(c, head)
                    .or_else(|| self.writing_spoke_before(c, head))
                    .filter(|sp| matches!(sp, Speaker::Named(n) if is_organisation_name(n)))
            });
        }
        // "The utility said …. It pointed out": the organisation "the utility" refers to
        if the
            && doc
                .tokens
                .get(c + 1)
                .is_some_and(|t| t.shape == Shape::Word && !t.cap)
        {
            let head = self.low(c + 1);
            let verb_follows = self.is_verb(c + 2);
            return (verb_follows && LEX.organisation_heads.contains(head))
                .then(|| self.organisation_before(c, head))
                .flatten()
                .map(Speaker::Named);
        }
        if !the {
            // (or the first word of a firm's name given before: "Digital Equipment Corp …
            // Digital said")
            let first_word = || {
                self.opens_firm_named_before(c)
                    .then(|| doc.word(c).to_string())
            };
            if let Some(short) = self.short_form_given_before(c).or_else(first_word) {
                return self
                    .past_verb_follows(c + 1)
                    .then_some(Speaker::Named(short));
            }
        }
        // (the run may hold "The", or start after it; a single word is a name that spoke)
        let run = self
            .people
            .run_at(c)
            .filter(|r| r.end > c + 1 || (!the && r.start == c))
            .or_else(|| self.people.run_at(c + 1).filter(|_| the))?;
        if !(run.start == c || (the && run.start == c + 1)) || run.entity.is_some() {
            return None;
        }
        let mut next = run.end;
        // (and a second body that speaks with it: "The Bank of England and Fed said")
        if let Some(second) = self.name_after_and(next) {
            if self.past_verb_follows(second.end) {
                next = second.end;
            }
        }
        let verb_follows = self.past_verb_follows(next);
        let name = doc.text[doc.tokens[c].start..doc.tokens[next - 1].end].to_string();
        let spoke = || {
            self.events_in(0, at)
                .iter()
                .any(|(_, sp)| matches!(sp, Speaker::Named(n) if *n == name))
        };
        (verb_follows
            && (next - run.start > 1 || the || spoke())
            && !is_described_people(&name, true))
        .then(|| Speaker::Named(name.clone()))
    }
}

/// Whether a speaker as written is a name ("the US military", "Oxfam"), not a described phrase
/// ("the group", "officials"): capitalised past a leading "the".
pub(super) fn is_name(n: &str) -> bool {
    ["the ", "The "]
        .iter()
        .fold(n, |n, the| n.strip_prefix(the).unwrap_or(n))
        .starts_with(char::is_uppercase)
}

/// Whether a speaker as written is one body or writing described with "the", of at most four
/// words ("the editorial", "the company", "the annual report"); not people ("the spokesman",
/// "the analysts") nor several ("the reports").
fn is_described_body(n: &str) -> bool {
    let words: Vec<&str> = n.split(' ').collect();
    let [first, .., last] = words[..] else {
        return false;
    };
    let last = last.to_lowercase();
    let one = !last.ends_with('s') || last.ends_with("ss") || last == "news";
    first.eq_ignore_ascii_case("the") && one && words.len() <= 4 && !is_described_people(n, false)
}

/// Whether a speaker as written names an organisation: a name ([`is_name`]), not a group or
/// a person described by their role ("Analysts", "the Wisconsin Republican"), a described
/// phrase ("A Fenwick Trust report", "Many companies") nor a bare organisation word ("Group").
/// Whether a speaker's name is a place's or a people's ("Argentina", "the British"): every
/// word but "the" on the lists of places or nationalities.
fn is_place_name(n: &str) -> bool {
    n.split(' ')
        .filter(|w| !w.eq_ignore_ascii_case("the"))
        .all(|w| {
            let w = w.to_lowercase();
            LEX.places.contains(&w) || LEX.nationalities.contains(&w)
        })
}

pub(super) fn is_organisation_name(n: &str) -> bool {
    let described = n.split(' ').next().is_some_and(|w| {
        !w.eq_ignore_ascii_case("the") && LEX.determiners.contains(w.to_lowercase().as_str())
    });
    // (a team's nickname alone is its name: "a Saints spokesman")
    let bare = !n.contains(' ') && {
        let low = n.to_lowercase();
        LEX.org_words.contains(&low) && !LEX.team_names.contains(&low)
    };
    is_name(n) && !is_described_people(n, false) && !described && !bare && !names_a_day(n)
}

/// Whether a speaker as written is a day or a month, which a verb's subject was misread as:
/// "140 on Saturday, 43 on Sunday …, said industry officials".
fn names_a_day(n: &str) -> bool {
    !n.contains(' ') && LEX.day_and_month_names.contains(n)
}

/// Whether a speaker as written is people described by their role ("Analysts", "Industry
/// officials"), or one person ("the Wisconsin Republican"), not an organisation ("The
/// committee"): its last word is a role noun, or the plural of one, and no organisation's word.
/// With `plural`, only people ("Analysts").
fn is_described_people(n: &str, plural: bool) -> bool {
    let last = n.rsplit(' ').next().unwrap_or(n).to_lowercase();
    let one = last.strip_suffix('s').filter(|_| !last.ends_with("ss"));
    let role = match one {
        Some(w) => LEX.role_nouns.contains(w) || LEX.role_nouns.contains(&last),
        None => !plural && LEX.role_nouns.contains(&last),
    };
    role && !LEX.org_words.contains(&last)
}

/// Whether `a` and `b` differ by one letter added, dropped or changed, or two neighbours
/// swapped ("Mukherjee"/"Mukerjee", "Byrne"/"Bryne").
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let first = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if first == short.len() {
        return true;
    }
    if short.len() == long.len() {
        let swapped = first + 1 < short.len()
            && short[first] == long[first + 1]
            && short[first + 1] == long[first]
            && short[first + 2..] == long[first + 2..];
        swapped || short[first + 1..] == long[first + 1..]
    } else {
        short[first..] == long[first + 1..]
    }
}

#[cfg(test)]
mod tests {
    use super::one_edit_apart;
    use crate::extract::testing::{check, check_headlined, Cases};

    #[test]
    fn names_one_edit_apart() {
        let cases = [
            ("mukherjee", "mukerjee", true),
            ("byrne", "bryne", true),
            ("clark", "clarke", true),
            ("smith", "smyth", true),
            ("smith", "smith", true),
            ("smith", "smithers", false),
            ("brown", "borwn", true),
            ("brown", "bowrn", false),
            ("jones", "james", false),
        ];
        for (a, b, want) in cases {
            assert_eq!(one_edit_apart(a, b), want, "{a:?} {b:?}");
        }
    }

    /// Who a pronoun, a family relation, "the mayor" or "the ministry" refers to.
    #[test]
    fn referents() {
        let cases: Cases = &[
            // pronoun with two people of different genders
            // "the mayor": the person introduced with that title, or that description
            (
                "Mayor Annika Solberg opened the bridge. “It is a great day,” the mayor said.",
                &[("It is a great day,", Some("Annika Solberg"), Some("Annika Solberg"))],
            ),
            (
                "Rita Delgado, the senator, voted. “It is done,” the senator said.",
                &[("It is done,", Some("Rita Delgado"), Some("Rita Delgado"))],
            ),
            // "the USDA official": who spoke last, when the article described them with that
            // body's name; else the body
            (
                "The ratio will be even, Tom Garlem, Assistant Deputy Administrator for USDA's state operations, said.\n\n“We proposed it,” he said.\n\nAsked about the budget office, the USDA official said that “we proposed 50/50 and OMB accepted it.”",
                &[
                    ("We proposed it,", Some("Tom Garlem"), Some("Tom Garlem")),
                    ("we proposed 50/50 and OMB accepted it.", Some("Tom Garlem"), Some("Tom Garlem")),
                ],
            ),
            (
                "The ratio will be even, Tom Garlem, a farmer from Iowa, said.\n\n“We proposed it,” he said.\n\nAsked about the budget office, the USDA official said that “we proposed 50/50 and OMB accepted it.”",
                &[
                    ("We proposed it,", Some("Tom Garlem"), Some("Tom Garlem")),
                    ("we proposed 50/50 and OMB accepted it.", Some("USDA"), None),
                ],
            ),
            // ... the person named right after a country's office with no name
            (
                "Borland's Oil Minister said there were no plans to cut output.\n\nSheikh Hamad al-Nasser was quoted by a daily as saying so.\n\nPrices fell.\n\n“This rumour is baseless,” the minister said.",
                &[("This rumour is baseless,", Some("Hamad al-Nasser"), Some("Hamad al-Nasser"))],
            ),
            // ... not after a paper's name, nor one another title describes
            (
                "The pro-Lee Union Leader ran an editorial.\n\nAnn Lee was not in it.\n\n“It is wrong,” the leader said.",
                &[("It is wrong,", Some("Union Leader"), None)],
            ),
            (
                "Borland's Oil Minister said there were no plans to cut output.\n\nFinance Secretary Hamad al-Nasser was quoted by a daily as saying so.\n\nPrices fell.\n\n“This rumour is baseless,” the minister said.",
                &[("This rumour is baseless,", Some("Oil Minister"), None)],
            ),
            // "the paper", "the magazine": the news outlet named last, by its name's last word,
            // by the outlet's noun beside it, or as a list knows it; not the sentence's first word
            (
                "The remarks were quoted by the China Daily on Monday. The paper said, “Prices will rise.”",
                &[("Prices will rise.", Some("the China Daily"), None)],
            ),
            (
                "The Soviet newspaper Izvestia reported that crops failed. “Much was lost,” the newspaper said.",
                &[("Much was lost,", Some("Izvestia"), None)],
            ),
            (
                "Rolling Stone's list put him first. “He is back,” the magazine said.",
                &[("He is back,", Some("Rolling Stone"), None)],
            ),
            (
                "The magazine has compiled a list. “We chose well,” the magazine said.",
                &[("We chose well,", Some("the magazine"), None)],
            ),
            // (a state's radio or television by its city or nation: "Tehran radio")
            (
                "Tehran radio, monitored by the BBC, said the attack began at night.\n\nIt had achieved “its aims,” the radio said.",
                &[("its aims,", Some("Tehran radio"), None)],
            ),
            (
                "Iraqi television said the attack failed. “The enemy was routed,” the television said.",
                &[("The enemy was routed,", Some("Iraqi television"), None)],
            ),
            // a role towards a place or a person, "to" between: the person introduced with it,
            // after an article or a name's possessive
            (
                "Liu Xiaoming, China's ambassador to Britain, met officials.\n\nTalks stalled.\n\n“We will not sit on our hands,” the ambassador to Britain said.",
                &[("We will not sit on our hands,", Some("Liu Xiaoming"), Some("Liu Xiaoming"))],
            ),
            (
                "Liu Xiaoming, the Chinese ambassador, met officials.\n\nTalks stalled.\n\n“We will not sit on our hands,” China's ambassador to Britain said.",
                &[("We will not sit on our hands,", Some("Liu Xiaoming"), Some("Liu Xiaoming"))],
            ),
            (
                "Liu Xiaoming spoke.\n\n“We will win,” an adviser to Trump said.",
                &[("We will win,", Some("an adviser to Trump"), None)],
            ),
            // "his wife": the last woman who spoke, if one did
            (
                "Greta Holm said the shop would close. Then Carl Holm said it was late. “We are proud,” his wife said.",
                &[("We are proud,", Some("Greta Holm"), Some("Greta Holm"))],
            ),
            (
                "Carl Holm said the shop would close. “We are proud,” his wife said.",
                &[("We are proud,", Some("his wife"), None)],
            ),
            // "his father": the person introduced so, never the son who spoke last
            (
                "Tom Reed won. His father, Hori Reed, watched. “I won,” Tom said. “He worked hard,” his father said.",
                &[
                    ("I won,", Some("Tom Reed"), Some("Tom Reed")),
                    ("He worked hard,", Some("Hori Reed"), Some("Hori Reed")),
                ],
            ),
            (
                "Tom Reed won. “I won,” he said. “He worked hard,” his father said.",
                &[
                    ("I won,", Some("Tom Reed"), Some("Tom Reed")),
                    ("He worked hard,", Some("his father"), None),
                ],
            ),
            (
                "Tom Reed won. Hori Reed, Tom's father, watched. “I won,” Tom said. “He worked hard,” his father said.",
                &[
                    ("I won,", Some("Tom Reed"), Some("Tom Reed")),
                    ("He worked hard,", Some("Hori Reed"), Some("Hori Reed")),
                ],
            ),
            (
                "Mr Nogar's son Stephen said they were sold. “He kept them,” his son said.",
                &[("He kept them,", Some("Stephen"), Some("Stephen"))],
            ),
            (
                "Tom Reed won. His mother Ann Reed drove him. “I won,” he said. “He worked hard,” his mother said.",
                &[
                    ("I won,", Some("Tom Reed"), Some("Tom Reed")),
                    ("He worked hard,", Some("Ann Reed"), Some("Ann Reed")),
                ],
            ),
            // (an inverted attribution is no appositive that introduces a relative)
            (
                "Jared Kushner said he wrote it. Ivanka Trump, her husband writes, was meant to “convey calm.”",
                &[("convey calm.", Some("Jared Kushner"), Some("Jared Kushner"))],
            ),
            // "the report": the body named with the writing, past the writing named again and
            // paragraphs later; or the speaker that said it "in" the writing, a title between
            (
                "Aides awaited the Tower Commission report.\n\n“Their duty was clear,” the report said.\n\nThe report saved its harshest words for Regan.\n\nRegan stayed.\n\nAides left.\n\n“He took control,” said the report.",
                &[
                    ("Their duty was clear,", Some("the Tower Commission"), None),
                    ("He took control,", Some("the Tower Commission"), None),
                ],
            ),
            (
                "The OECD said in its latest Financial Market Trends report that markets were calm.\n\n“It remains to be seen,” the report said.",
                &[("It remains to be seen,", Some("The OECD"), None)],
            ),
            // a writing told of "by" its authors
            (
                "A study by the Brookings Institution found the same.\n\n“Prices will rise,” the study said.",
                &[("Prices will rise,", Some("the Brookings Institution"), None)],
            ),
            // a writing's noun after its issuer's name: "the Treasury brief said"
            (
                "The Treasury proposed a rule.\n\n“Costs will fall,” the Treasury brief said.",
                &[("Costs will fall,", Some("Treasury"), None)],
            ),
            // a description after an inverted verb, cut at its length, whole to where the
            // sentence closes; "he added" after it is the one it describes
            (
                "Paul Mlotok spoke.\n\n“OPEC must learn,” said the regional manager for one of the major oil companies who spoke on condition that he not be named. “The market is teaching them,” he added.",
                &[
                    ("OPEC must learn,", Some("the regional manager for one of the major oil companies"), None),
                    ("The market is teaching them,", Some("the regional manager for one of the major oil companies"), None),
                ],
            ),
            (
                "Paul Mlotok spoke.\n\n“It is late,” said a director at one U.K. merchant bank. “We must act,” he added.",
                &[
                    ("It is late,", Some("a director at one U.K. merchant bank"), None),
                    ("We must act,", Some("a director at one U.K. merchant bank"), None),
                ],
            ),
            // "the ministry": the organisation named before, or the one that spoke
            (
                "The Ministry of Health published figures. “Cases are falling,” the ministry said.",
                &[("Cases are falling,", Some("The Ministry of Health"), None)],
            ),
            (
                "Shares fell. Later, Acme Corp said sales rose. “We are pleased,” the company said.",
                &[("We are pleased,", Some("Acme Corp"), None)],
            ),
            // (a body's staff: the body's staff that spoke before)
            (
                "The Fed staff said the gauge would be revised.\n\nHowever, the staff concluded, “The risks are small.”",
                &[("The risks are small.", Some("The Fed staff"), None)],
            ),
            // (the noun of a body's staff after its name: "an OPEC secretariat official" is
            // OPEC's voice, and so the statement no one is said to have issued)
            (
                "“Output is well below the ceiling,” an OPEC secretariat official said.\n\n“The improvement is real,” the statement said.",
                &[("Output is well below the ceiling,", Some("OPEC"), None), ("The improvement is real,", Some("OPEC"), None)],
            ),
            // (and "the unnamed official" is "the official": the statement after it too)
            (
                "“Output is well below the ceiling,” an OPEC secretariat official said.\n\nThe unnamed official added: “No meeting is planned.”\n\n“The improvement is real,” the statement said.",
                &[
                    ("Output is well below the ceiling,", Some("OPEC"), None),
                    ("No meeting is planned.", Some("OPEC"), None),
                    ("The improvement is real,", Some("OPEC"), None),
                ],
            ),
            (
                "“Output is well below the ceiling,” a US embassy official said.",
                &[("Output is well below the ceiling,", Some("a US embassy official"), None)],
            ),
            // (going on to do something is no speech: "as the company continued to sign up")
            (
                "Kevin Mayer spoke on Tuesday. Disney teams isolated the problem, Mayer said, and “patched” the software as the company continued to sign up users.",
                &[("patched", Some("Kevin Mayer"), Some("Kevin Mayer"))],
            ),
            // (a kind of firm refers back as "the company" does)
            (
                "Shares fell. Later, Acme Corp said sales rose. “We are pleased,” the retailer said.",
                &[("We are pleased,", Some("Acme Corp"), None)],
            ),
            (
                "Kestrel Bank said losses rose. “We regret it,” the lender said in a statement.",
                &[("We regret it,", Some("Kestrel Bank"), None)],
            ),
            // (not people described by their role, nor a day read as a speaker: "the airline"
            // is as written when no firm spoke)
            (
                "Analysts said the chaos cast doubt on the plan. “We regret it,” the subsidiary said.",
                &[("We regret it,", Some("the subsidiary"), None)],
            ),
            (
                "US Airways cut 140 flights on Saturday and 43 on Sunday, said industry officials. The airline said it was “embarrassed by the situation” and sorry.",
                &[("embarrassed by the situation", Some("The airline"), None)],
            ),
            // (a description of a person by a noun no one was introduced with, as written)
            (
                "Lord Ashley spoke to peers. During the debate, the Labour peer said: “The monarchy should change.”",
                &[("The monarchy should change.", Some("the Labour peer"), None)],
            ),
            // "a company spokeswoman", "the company's statement", "Acme's letter": the
            // organisation's voice
            (
                "Acme Corp said sales rose. Its shares fell. “We will not sell,” a company spokeswoman said.",
                &[("We will not sell,", Some("Acme Corp"), None)],
            ),
            (
                "Acme Corp said sales rose. The company's statement said: “Costs will fall.”",
                &[("Costs will fall.", Some("Acme Corp"), None)],
            ),
            (
                "Shares fell. “Costs will fall,” Acme's letter said.",
                &[("Costs will fall,", Some("Acme"), None)],
            ),
            // (the subject of the sentence before, a name that is no person's nor a place's)
            (
                "Acme is based in Leeds. A company spokesperson said that “we are cooperating.”",
                &[("we are cooperating.", Some("Acme"), None)],
            ),
            (
                "Tom Okoro is based in Leeds. A company spokesperson said that “we are cooperating.”",
                &[("we are cooperating.", Some("A company spokesperson"), None)],
            ),
            // (nobody named before: the phrase as written)
            (
                "Shares fell. “We will not sell,” a company spokeswoman said.",
                &[("We will not sell,", Some("a company spokeswoman"), None)],
            ),
            // "the spokesman": the one described before with the body he speaks for
            (
                "A spokesman for the Home Office said it was wrong. “We will act,” said the spokesman.",
                &[("We will act,", Some("Home Office"), None)],
            ),
            (
                "A spokesman for the Home Office said it was wrong. “We will act,” the Tory finance spokesman said.",
                &[("We will act,", Some("the Tory finance spokesman"), None)],
            ),
            // ("he" is not a spokeswoman)
            (
                "A spokesman for the Data Office said it was marketing. A Tory spokeswoman said the party kept the rules. “It may not be,” he said.",
                &[("It may not be,", Some("Data Office"), None)],
            ),
            (
                "A Tory spokeswoman said the party kept the rules. A spokesman for the Data Office said it was marketing. “It may not be,” he said.",
                &[("It may not be,", Some("Data Office"), None)],
            ),
            // (further back, the one firm that spoke)
            (
                "Acme Corp said its debt rose.\n\nSales fell.\n\nCosts rose.\n\nPrices fell.\n\nThe company said, “We did well.”",
                &[("We did well.", Some("Acme Corp"), None)],
            ),
            (
                "Acme Corp said its debt rose. Brill Inc said it would bid.\n\nSales fell.\n\nCosts rose.\n\nPrices fell.\n\nThe company said, “We did well.”",
                &[("We did well.", Some("The company"), None)],
            ),
            (
                "John Wells met Mary Hale. “It went well,” she said.",
                &[("It went well,", Some("Mary Hale"), Some("Mary Hale"))],
            ),
        ];
        check(cases);
    }

    /// "The 28-year-old", "the Argentine": the person introduced with that age or nationality;
    /// an age no one was given is the person the article is about; a nationality or party no
    /// one was given is who spoke last in the sentence or the one before, else the subject of
    /// a clause opening its sentence, else the person the sentences before are about; with
    /// no one named near, it stays as written. A surname one letter off a full name is that
    /// person.
    /// A sentence about "the Australian", whom no one was introduced as, is about the one
    /// person the headline names, not about who spoke last; not when the headline names two.
    #[test]
    fn nationality_of_the_headline_person() {
        let cases: Cases = &[
            (
                "Okoro doubt over Open bid\n\nTom Okoro may miss the Open.\n\n“He must rest,” said team doctor Ivo Hale. “It is a tear.”\n\nThe Australian has had injuries before. “I will be fine,” he said.",
                &[
                    ("He must rest, It is a tear.", Some("Ivo Hale"), Some("Ivo Hale")),
                    ("I will be fine,", Some("Tom Okoro"), Some("Tom Okoro")),
                ],
            ),
            (
                "Okoro and Hale doubt over Open bid\n\nTom Okoro may miss the Open.\n\n“He must rest,” said team doctor Ivo Hale. “It is a tear.”\n\nThe Australian has had injuries before. “I will be fine,” he said.",
                &[
                    ("He must rest, It is a tear.", Some("Ivo Hale"), Some("Ivo Hale")),
                    ("I will be fine,", Some("Ivo Hale"), Some("Ivo Hale")),
                ],
            ),
        ];
        check_headlined(cases);
    }

    #[test]
    fn described_people() {
        let cases: Cases = &[
            // a lead's role that a paragraph after names, when no one was named before; not a
            // role a person named before may hold, nor one of another's office, nor a person
            // served
            (
                "Confidence fell, the bank said. “The economy is at a pause,” the economy minister said.\n\n“It will feel slower,” said economy minister Heizo Takenaka.",
                &[
                    ("The economy is at a pause,", Some("Heizo Takenaka"), Some("Heizo Takenaka")),
                    ("It will feel slower,", Some("Heizo Takenaka"), Some("Heizo Takenaka")),
                ],
            ),
            (
                "The ambassador warned that the government “will not sit on our hands”.\n\nChina's ambassador to Britain Liu Xiaoming has said that the UK must stop.",
                &[("will not sit on our hands", Some("Liu Xiaoming"), Some("Liu Xiaoming"))],
            ),
            (
                "Jack Straw has attacked the court.\n\nThe foreign secretary said liberty was the “most important liberty” of all. New Foreign Secretary Bo Ray spoke.",
                &[("most important liberty", Some("The foreign secretary"), None)],
            ),
            (
                "The attorney general denied being “leant on” by anyone.\n\nSolicitor General Ann Lee spoke.",
                &[("leant on", Some("The attorney general"), None)],
            ),
            (
                "“The firms want it,” an aide to Agriculture Secretary Richard Lyng said.\n\n“I see no plan,” the aide to Lyng said.",
                &[
                    ("The firms want it,", Some("an aide to Agriculture Secretary Richard Lyng"), None),
                    ("I see no plan,", Some("the aide to Lyng"), None),
                ],
            ),
            (
                "James McIlroy won the race in Erfurt. “I'm qualified,” said the 28-year-old.",
                &[("I'm qualified,", Some("James McIlroy"), Some("James McIlroy"))],
            ),
            (
                "Ann Lee, 28, and Bo Ray, 31, ran. “We won,” said the 31-year-old.",
                &[("We won,", Some("Bo Ray"), Some("Bo Ray"))],
            ),
            // ... before the verb as after it
            (
                "Ann Lee, 28, and Bo Ray, 31, ran. “We won,” the 28-year-old said.",
                &[("We won,", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "Lleyton Hewitt beat Argentine David Nalbandian. “It was tough,” said the Argentine.",
                &[("It was tough,", Some("David Nalbandian"), Some("David Nalbandian"))],
            ),
            (
                "The final was long. “It was tough,” the American said.",
                &[("It was tough,", Some("the American"), None)],
            ),
            (
                "Tom Okoro lost to Bo Ray on Sunday. Ray was left frustrated. “It was tough,” said the American.",
                &[("It was tough,", Some("Bo Ray"), Some("Bo Ray"))],
            ),
            // who spoke last, not the last person named; a party as a nationality
            (
                "Speaker Ann Lee said Bo Ray should act. “There is no other way,” the Texas Democrat told reporters.",
                &[("There is no other way,", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            // (past the quote the attribution follows, in a paragraph of its own)
            (
                "WASHINGTON, March 5 - House Speaker Ann Lee said President Bo Ray should act.\n\n\"There is no other way,\" the Texas Democrat told reporters.",
                &[("There is no other way,", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "“The economy is fragile,” Sen. Ann Lee said in a statement.\n\n“We are on thin ice,” the Maryland Democrat said.",
                &[
                    ("The economy is fragile,", Some("Ann Lee"), Some("Ann Lee")),
                    ("We are on thin ice,", Some("Ann Lee"), Some("Ann Lee")),
                ],
            ),
            // the subject of a clause opening the sentence, not a name in a fronted phrase
            (
                "Bo Ray beat him. When Tom Okoro shook his hand, the Australian said: “You are the best.”",
                &[("You are the best.", Some("Tom Okoro"), Some("Tom Okoro"))],
            ),
            (
                "Ann Lee has criticised the club. Reacting to a comment by chairman Bo Ray, the American said: “It is insulting.”",
                &[("It is insulting.", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            // a nationality before a role is no subject of its own ("The Christian leader")
            (
                "Ivo Hale praised Tom Okoro.\n\nThe Christian leader said later that he “sensed a calling.”",
                &[("sensed a calling.", Some("The Christian leader"), None)],
            ),
            // a job title in "-man" tells no gender
            (
                "Party chairman Petrina Holdsworth wrote to Damian Hockney. She said: “We could sue.”",
                &[(
                    "We could sue.",
                    Some("Petrina Holdsworth"),
                    Some("Petrina Holdsworth"),
                )],
            ),
            (
                "Minister Sandra Mukherjee visited Delhi. “There is scope,” said Mr Mukerjee.",
                &[(
                    "There is scope,",
                    Some("Sandra Mukherjee"),
                    Some("Sandra Mukherjee"),
                )],
            ),
            // (a surname alone named before the full name one letter off is another person's)
            (
                "President Reagan spoke to reporters. Mrs Reagan was there.\n\n“It is fiction,” Reagan said.\n\nHis chief of staff, Donald Regan, left on Friday.",
                &[("It is fiction,", Some("Reagan"), Some("Reagan"))],
            ),
        ];
        check(cases);
    }

    /// Whom a pronoun's verb tells is not who the pronoun stands for.
    #[test]
    fn listener_is_no_antecedent() {
        let cases: Cases = &[
            (
                "Ivo Hale asked Tom Okoro how high the wall would be.\n\n“I think 35 feet,” he told Hale.",
                &[("I think 35 feet,", Some("Tom Okoro"), Some("Tom Okoro"))],
            ),
            (
                "Supporter Tom Okoro told Ann Lee he drove far. Lee co-sponsored a bill.\n\n“We have been abused,” he told Lee.",
                &[("We have been abused,", Some("Tom Okoro"), Some("Tom Okoro"))],
            ),
            // (but the subject, when the verb tells no one named)
            (
                "Ivo Hale met Tom Okoro on Monday.\n\n“It went well,” he told reporters.",
                &[("It went well,", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
        ];
        check(cases);
    }

    /// A pronoun refers to the person the text is about: the subject of its sentence, or of
    /// the sentences before, past the name a quote opens with, a name in a fronted phrase or
    /// after a preposition, and a pronoun subject that carries the person on.
    #[test]
    fn pronouns_by_subject() {
        let cases: Cases = &[
            // a title tells the gender of a person named in full over the lists' guess from
            // the given name ("Anais" is most often a woman's)
            (
                "“There is a whiff of it,” Anais Faraj, an analyst, told the BBC. “They complain,” Mr Faraj continued. The bank is “trying to buy them off”, he said.",
                &[
                    ("There is a whiff of it,", Some("Anais Faraj, an analyst"), Some("Anais Faraj")),
                    ("They complain,", Some("Anais Faraj"), Some("Anais Faraj")),
                    ("trying to buy them off", Some("Anais Faraj"), Some("Anais Faraj")),
                ],
            ),
            // the article's "she" tells the gender of a given name that the lists give men
            // abroad ("Ilhan" in Turkey) ...
            (
                "Rep. Ann Lee (D-N.Y.) linked the attack to a host's comments.\n\nIlhan Omar asked for compassion in a letter, saying she did not think a severe sentence would help. She added, “We must teach the defendant love.”",
                &[("We must teach the defendant love.", Some("Ilhan Omar"), Some("Ilhan Omar"))],
            ),
            // ... and so does a noun of one gender that the name is said to be
            (
                "Dale Hutton called the office of Rep. Kivra Omar in March.\n\nOmar is one of the first two Muslim women elected to Congress.\n\n“I will stop her myself,” he said.",
                &[("I will stop her myself,", Some("Dale Hutton"), Some("Dale Hutton"))],
            ),
            // ... but not of an English given name, whose "she" may be another's
            (
                "Bill Lee spoke first.\n\nBill Lee said she was the most amazing person. Ann Lee smiled.\n\nBill Lee waved.\n\n“I have known her for years,” he said.",
                &[("I have known her for years,", Some("Bill Lee"), Some("Bill Lee"))],
            ),
            // a name that qualifies a noun is no sentence's subject: "he" is who said it
            (
                "Premier Ivo Hale spoke. Professor Ken Sato spoke too.\n\nTo win back the parties, the Hale cabinet will have to resign, Sato said.\n\n“The members will return,” he said.",
                &[("The members will return,", Some("Ken Sato"), Some("Ken Sato"))],
            ),
            // a chain of "he" subjects carries the speaker on past three paragraphs, over
            // a man named only as the object of a preposition
            (
                "Prices will hold, Energy Minister Ivo Hale said.\n\nHe spoke after meeting with President Bo Ray.\n\nHe denied the report.\n\nHe did not elaborate.\n\nHe predicted a recovery.\n\nHe said prices would rise. “We hope for better.”",
                &[("We hope for better.", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            // ... but not one broken by a sentence about something else
            (
                "Prices will hold, Energy Minister Ivo Hale said.\n\nHe spoke after meeting with President Bo Ray.\n\nThe market fell. Oil fell. Gold rose.\n\nHe denied the report.\n\nHe did not elaborate.\n\nHe predicted a recovery.\n\nHe said prices would rise. “We hope for better.”",
                &[("We hope for better.", Some("Bo Ray"), Some("Bo Ray"))],
            ),
            // the one who speaks in the sentence before, a firm's suffix its last word
            (
                "“Growth will slow,” said Ray Stone, an economist.\n\n“It is bad,” said Steve Slifer of Lehman Securities Inc. “Spending is weak,” he said.",
                &[
                    ("Growth will slow,", Some("Ray Stone, an economist"), Some("Ray Stone")),
                    ("It is bad,", Some("Steve Slifer of Lehman Securities Inc."), Some("Steve Slifer")),
                    ("Spending is weak,", Some("Steve Slifer"), Some("Steve Slifer")),
                ],
            ),
            // a pronoun a quote opening its paragraph carries, then a person first named as the
            // next sentence's subject: that person
            (
                "Karim Uddin, a farmer, watched the water rise.\n\n“Everything is gone,” she sobbed, pointing at her house. Rina Begum, 34, lost her two goats.",
                &[("Everything is gone,", Some("Rina Begum"), Some("Rina Begum"))],
            ),
            // ... not when the one before spoke in the paragraph before
            (
                "“We will win,” said Newt Gingrich.\n\n“This is a culture of fame,” he said. GOP nominee John McCain lost in 2008.",
                &[
                    ("We will win,", Some("Newt Gingrich"), Some("Newt Gingrich")),
                    ("This is a culture of fame,", Some("Newt Gingrich"), Some("Newt Gingrich")),
                ],
            ),
            // ... not one named before, nor one of the other gender, nor past a paragraph
            (
                "Ann Lee spoke.\n\n“Everything is gone,” she sobbed. Rina Begum, 34, lost her two goats.",
                &[("Everything is gone,", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "Juan Lee spoke.\n\n“Everything is gone,” she sobbed. Rina Begum, 34, lost her two goats.",
                &[("Everything is gone,", Some("Rina Begum"), Some("Rina Begum"))],
            ),
            (
                "Rina Begum wept. Ann Lee spoke.\n\n“Everything is gone,” she sobbed. Rina Begum, 34, lost her two goats.",
                &[("Everything is gone,", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "Ann Lee spoke.\n\n“Everything is gone,” she sobbed. John Smith, 34, lost his two goats.",
                &[("Everything is gone,", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "Ann Lee spoke.\n\n“Everything is gone,” she sobbed.\n\nRina Begum, 34, lost her two goats.",
                &[("Everything is gone,", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "Ann Lee spoke. “Everything is gone,” she sobbed. Rina Begum, 34, lost her two goats.",
                &[("Everything is gone,", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "Speaking in court, Mr Ebbers denied he pressured officer Scott Sullivan. Mr Sullivan “made the decisions,” he told the court.",
                &[("made the decisions,", Some("Ebbers"), Some("Ebbers"))],
            ),
            (
                "David Davis echoed criticisms of the way Mr Blunkett handled it. “There is concern,” he said.",
                &[("There is concern,", Some("David Davis"), Some("David Davis"))],
            ),
            (
                "Rob Lee talked about the tour. He went to Ghana with Stevie Wonder. “It was great,” he said.",
                &[("It was great,", Some("Rob Lee"), Some("Rob Lee"))],
            ),
            // a described speaker of the sentence before, not a person named further back
            (
                "Masaki Shimazu, a bond manager, said rates fell. A ministry official said it would act. The Finance Ministry official said markets must change. “No market can stand still,” he said.",
                &[("No market can stand still,", Some("Finance Ministry"), None)],
            ),
            // ... also one who speaks for a body ("a spokesperson for Delta Airlines")
            (
                "Ann Lee was fired. A spokesperson for Harbour Airlines told reporters: “We do not discuss it.” She added she could not say more.",
                &[("We do not discuss it.", Some("Harbour Airlines"), None)],
            ),
            // ... not who asks
            (
                "Bo Ray spoke at a school. A reporter asked Ray how he felt. He replied: “The bigger the turnout, the better.”",
                &[("The bigger the turnout, the better.", Some("Bo Ray"), Some("Bo Ray"))],
            ),
            // ... but "the minister" may be the person named before
            (
                "Trade Secretary Ann Berg spoke in Leeds. The minister told delegates that sexism was wrong. “It limits women,” she said.",
                &[("It limits women,", Some("Ann Berg"), Some("Ann Berg"))],
            ),
            (
                "Ann Berg spoke first. A London-based banking expert said the word was too strong.\n\n“It would result in new practices,” she said.",
                &[("It would result in new practices,", Some("A London-based banking expert"), None)],
            ),
            // ... past a relative clause after the description
            (
                "Ivo Hale, a vice president, said the firm will stay independent. An analyst who wanted anonymity said the price was fair.\n\n“A bidding war is a stretch,” he said.",
                &[("A bidding war is a stretch,", Some("An analyst"), None)],
            ),
            (
                "Ivo Hale, a vice president, said the firm will stay independent. One trader who asked not to be named said the price was fair. “A bidding war is a stretch,” he said.",
                &[("A bidding war is a stretch,", Some("One trader"), None)],
            ),
            // (not the phrase before a clause with "that": "said in a statement that it would continue")
            (
                "The Kestrel Trust said in a statement that it would continue to offer tools to combat “the harmful effects of software, including viruses”.",
                &[("the harmful effects of software, including viruses", Some("The Kestrel Trust"), None)],
            ),
            // ... not an organisation, a writing or a group
            (
                "Tom Okoro spoke. The company said sales rose. “We are pleased,” he said.",
                &[("We are pleased,", Some("Tom Okoro"), Some("Tom Okoro"))],
            ),
            (
                "Tom Okoro spoke. Analysts said sales rose. “We are pleased,” he said.",
                &[("We are pleased,", Some("Tom Okoro"), Some("Tom Okoro"))],
            ),
            // the subject after ", but"
            (
                "Tom Lee said he would stay. Bo Ray said the job was over. “It was a good run,” he said. The paper won't go that far, but Tom Lee wants to use it as a check. “We know the town.”",
                &[
                    ("It was a good run,", Some("Bo Ray"), Some("Bo Ray")),
                    ("We know the town.", Some("Tom Lee"), Some("Tom Lee")),
                ],
            ),
            // ... but not the pronoun itself after "but"
            (
                "Ann Berg spoke. Ann Lee's fate is unclear, but she said that she would stay. “I will govern,” she said.",
                &[("I will govern,", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            // a possessor is not what the pronoun carries on
            (
                "Prince Tomas says he went to tell Ed Berg it was over. This visit required the prince spending three days at Berg's mansion. Was this wise? He instead told the interviewer: “I had to go and see him.”",
                &[("I had to go and see him.", Some("Tomas"), Some("Tomas"))],
            ),
            (
                "Ann Lee spoke. Critics were listening to Tom Berg's statement on Tuesday. He called it “extremely careless”.",
                &[("extremely careless", Some("Tom Berg"), Some("Tom Berg"))],
            ),
            // of two people in the sentence before, one known to fit before one of unknown
            // gender, unless that one speaks there
            (
                "Mara Lind sang. Mara Lind's albums came out through Kestrel, a label owned by manager Scooter Braun. In a post she called it the “worst case scenario”.",
                &[("worst case scenario", Some("Mara Lind"), Some("Mara Lind"))],
            ),
            (
                "Mara Lind sang. Mara Lind's lawyer, Scooter Braun, said the label was sold. In a post she called it the “worst case scenario”.",
                &[("worst case scenario", Some("Scooter Braun"), Some("Scooter Braun"))],
            ),
            (
                "Asked whether he feared that Donald Hale, who called climate change a hoax, could win the vote, Ban Soo demurred. “We will see,” he said.",
                &[("We will see,", Some("Ban Soo"), Some("Ban Soo"))],
            ),
            // who tells something in the sentence before, not a man named after them
            (
                "Mrs Lee should build bridges, said Tom Berg, a former adviser to Mark Hale. “It seems certain,” he said.",
                &[
                    ("It seems certain,", Some("Tom Berg"), Some("Tom Berg")),
                ],
            ),
            // nor a name that only qualifies a noun ("the Obama administration")
            (
                "Mark Hale won in 2008. Tom Berg spoke first. Questions followed about the Hale administration and its plans. “It is a fine park,” he said.",
                &[("It is a fine park,", Some("Tom Berg"), Some("Tom Berg"))],
            ),
            // nor who asks
            (
                "Last month, the Herald's Tom Berg asked Mark Hale whether he was fit. “Sure it is,” he said.",
                &[("Sure it is,", Some("Mark Hale"), Some("Mark Hale"))],
            ),
            // the latest person still, when the subject does not fit
            (
                "Mr Sullivan met Ann Berg. “It went well,” she said.",
                &[("It went well,", Some("Ann Berg"), Some("Ann Berg"))],
            ),
        ];
        check(cases);
    }

    /// "The report" is its authors' when the article named them after "by", right after the
    /// noun or after a verb of making it public ("released on Monday by"), a body's part after
    /// its possessive whole.
    #[test]
    fn writings_by_their_authors() {
        let cases: Cases = &[
            (
                "A new report released on Monday by Fenwick University's Center on Poverty and Inequality finds gaps.\n\nThe report assessed the data.\n\nAs the report states: “The birth lottery matters.”",
                &[("The birth lottery matters.", Some("Fenwick University's Center on Poverty and Inequality"), None)],
            ),
            (
                "A new report released on Monday finds gaps.\n\nAs the report states: “The birth lottery matters.”",
                &[("The birth lottery matters.", Some("the report"), None)],
            ),
            // "the paper" for any study told of before, by the latest author named so; two
            // bodies that wrote it together
            (
                "Dealers read proposed guidelines released jointly today by the Bank of Fenwick and the Harbour Reserve Board.\n\nGovernor Ann Lee, following approval of the guidelines by the Fed, spoke.\n\nThe paper said that authorities “recognize the need for flexibility.”",
                &[(
                    "recognize the need for flexibility.",
                    Some("the Bank of Fenwick and the Harbour Reserve Board"),
                    None,
                )],
            ),
            // ... not another noun than "paper": "the survey" is no study by its researchers
            (
                "A study by Ann Lee of Fenwick University found gaps.\n\nThe survey asks: “When did this person come to live here?”",
                &[("When did this person come to live here?", Some("The survey"), None)],
            ),
        ];
        check(cases);
    }

    /// A bare "a spokesman" speaks for the body that spoke last, and so does "he" after them;
    /// not for a place, nor when another named body acted since.
    #[test]
    fn spokesman_of_the_body_that_spoke() {
        let cases: Cases = &[
            (
                "The Writers Guild of America said it agreed to meet.\n\n“The guild is pleased,” a spokesman said.",
                &[("The guild is pleased,", Some("The Writers Guild of America"), None)],
            ),
            (
                "Fenwick Telecom says it will review the rules. But a spokesman said its powers were limited. “Any proposals would be for government,” he said.",
                &[("Any proposals would be for government,", Some("Fenwick Telecom"), None)],
            ),
            // no body spoke since another acted: the body whose name opened the sentence
            (
                "Fenwick Telecom says it will review the rules. The Kestrel Police Federation has issued guidance. A spokesman said: “It will be hard.”",
                &[("It will be hard.", Some("The Kestrel Police Federation"), None)],
            ),
            (
                "LONDON, March 5 - The Northland Growers Union, NGU, remains worried about the sale.\n\nThe union's committee met yesterday. “We are still concerned,” a spokesman said.",
                &[("We are still concerned,", Some("The Northland Growers Union"), None)],
            ),
            // not a word alone that no sentence writes inside it, not one of two subjects,
            // not a name cut short, not past a person
            (
                "Failure to act would be costly. “We will act,” a spokesman said.",
                &[("We will act,", Some("a spokesman"), None)],
            ),
            (
                "The Trade and Industry Secretary accepted the advice. “We will look again,” the spokesman said.",
                &[("We will look again,", Some("the spokesman"), None)],
            ),
            (
                "The Save the Whales campaigners were angry. “We will act,” a spokesman said.",
                &[("We will act,", Some("a spokesman"), None)],
            ),
            (
                "The Kestrel Trust was founded in 1990. Ann Lee runs it now. “We will act,” a spokesman said.",
                &[("We will act,", Some("a spokesman"), None)],
            ),
            (
                "Britain said it would act. “We will act,” a spokesman said.",
                &[("We will act,", Some("a spokesman"), None)],
            ),
            // a body's word before the spokesman: the body named with it, and "he" after
            (
                "The Fenwick Wheat Board has advised buyers to expect cuts, a board spokesman said.\n\n“They are all lower,” he said.",
                &[("They are all lower,", Some("The Fenwick Wheat Board"), None)],
            ),
            (
                "Ann Lee sat on the board. “We will act,” a board spokesman said.",
                &[("We will act,", Some("a board spokesman"), None)],
            ),
            // ... and capitalised as the body's name shortened, after "an"
            (
                "The Rubber Research Institute said output would fall.\n\nPrices rose.\n\n“We will cut output,” an Institute spokesman said.",
                &[("We will cut output,", Some("The Rubber Research Institute"), None)],
            ),
        ];
        check(cases);
    }

    /// "The company" or "the bank" after a body's spokesman was told of is that body; not a
    /// place's, nor a person's.
    #[test]
    fn the_company_whose_spokesman_was_told_of() {
        let cases: Cases = &[
            (
                "A Halvard Mining spokesman declined to comment, but the company said output was “in line with plans.”",
                &[("in line with plans.", Some("Halvard Mining"), None)],
            ),
            (
                "A spokesman for Orvik Steel declined to comment. The company said the cut was “temporary.”",
                &[("temporary.", Some("Orvik Steel"), None)],
            ),
            (
                "A Brightwater Bank spokesman declined to comment, but the bank said the loss was “not material.”",
                &[("not material.", Some("Brightwater Bank"), None)],
            ),
            (
                "A British spokesman declined to comment, but the company said the cut was “temporary.”",
                &[("temporary.", Some("the company"), None)],
            ),
            (
                "Ann Lee met Bo Ray. A Bo Ray spokesman declined to comment, but the company said the cut was “temporary.”",
                &[("temporary.", Some("the company"), None)],
            ),
        ];
        check(cases);
    }

    /// "The senator" of two senators is the one mentioned last; "the company" is no described
    /// phrase that spoke ("A statement posted on …").
    #[test]
    fn last_of_the_described() {
        let cases: Cases = &[
            // an office's abbreviation as a title: "the senator", "the governor"
            (
                "Sen. Ann Lee spoke in Iowa on Monday.\n\n“I apologize to nobody for that,” the senator said.",
                &[("I apologize to nobody for that,", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "Gov. Ivo Hale met donors. He praised the plan.\n\n“I commend them,” the governor said.",
                &[("I commend them,", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            // ... not when the sentences before are about another, who may hold it untitled
            (
                "Sen. Ann Lee spoke in Iowa on Monday.\n\nBo Ray took questions in Miami. “We will win,” the senator said.",
                &[("We will win,", Some("the senator"), None)],
            ),
            // ... nor for a described holder
            (
                "Sen. Ann Lee spoke in Iowa on Monday.\n\n“We will win,” the Florida senator said.",
                &[("We will win,", Some("the Florida senator"), None)],
            ),
            // "the …" no one was introduced as: the one the sentences before are about, when
            // they spoke last; not one who speaks for them, nor a thing
            (
                "“It was a try,” Mark Cueto said.\n\n“I was behind the ball,” said the Sale player.",
                &[
                    ("It was a try,", Some("Mark Cueto"), Some("Mark Cueto")),
                    ("I was behind the ball,", Some("Mark Cueto"), Some("Mark Cueto")),
                ],
            ),
            (
                "Mark Cueto was puzzled by the call. “I was behind the ball,” said the Sale player.",
                &[("I was behind the ball,", Some("the Sale player"), None)],
            ),
            // (a possessive pronoun votes for a person's gender when "he" or "she" never does:
            // "she" is Swift, not the man of unknown gender named since)
            (
                "Swift got support last week, after accusing them of trying to stop her performing. Taylor Swift's albums were released through Big Machine, which was bought by a company owned by Scooter Braun.\n\nIn a post she accused him of years of “incessant, manipulative bullying”.",
                &[("incessant, manipulative bullying", Some("Taylor Swift"), Some("Taylor Swift"))],
            ),
            // (a noun that tells what a person is stands for the person named last, though
            // someone else spoke last; an office does not)
            (
                "The coach Bernard Laporte said: “We will go with fear.” Meanwhile, centre Jean-Philippe Granclaude is delighted to have a call-up. “It is incredible,” the youngster said.",
                &[
                    ("We will go with fear.", Some("Bernard Laporte"), Some("Bernard Laporte")),
                    ("It is incredible,", Some("Jean-Philippe Granclaude"), Some("Jean-Philippe Granclaude")),
                ],
            ),
            (
                "Tom Smith scored twice for Leeds. “We played well,” the coach said.",
                &[("We played well,", Some("the coach"), None)],
            ),
            (
                "“It was a try,” Mark Cueto said. “He was behind the ball,” said the spokesman.",
                &[
                    ("It was a try,", Some("Mark Cueto"), Some("Mark Cueto")),
                    ("He was behind the ball,", Some("the spokesman"), None),
                ],
            ),
            (
                "“It was a try,” Mark Cueto said. “He was behind the ball,” said the magazine.",
                &[
                    ("It was a try,", Some("Mark Cueto"), Some("Mark Cueto")),
                    ("He was behind the ball,", Some("the magazine"), None),
                ],
            ),
            // ... nor one the article gave another title
            (
                "“Crime is down,” Home Secretary Ann Lee said.\n\nShe spoke at a school. “Crime is falling fast,” the prime minister said.",
                &[
                    ("Crime is down,", Some("Ann Lee"), Some("Ann Lee")),
                    ("Crime is falling fast,", Some("the prime minister"), None),
                ],
            ),
            // "the former finance minister" is not who holds the office: only a person
            // introduced as a former one
            (
                "Finance Minister Ada Okoro spoke first.\n\nLabour leader Tom Brennan criticised the plan. “This is a hollow promise,” the former finance minister said.",
                &[("This is a hollow promise,", Some("the former finance minister"), None)],
            ),
            (
                "Former Finance Minister Ada Okoro spoke first.\n\n“This is a hollow promise,” the former finance minister said.",
                &[("This is a hollow promise,", Some("Ada Okoro"), Some("Ada Okoro"))],
            ),
            (
                "Ada Okoro, the former finance minister, spoke first.\n\n“This is a hollow promise,” the former finance minister said.",
                &[("This is a hollow promise,", Some("Ada Okoro"), Some("Ada Okoro"))],
            ),
            // (a courtesy title is none, when no one else is named since or in the paragraph)
            (
                "Gordon Brown visited Tanzania.\n\nMr Brown said the UK would act. “We make this offer,” the chancellor said.",
                &[("We make this offer,", Some("Gordon Brown"), Some("Gordon Brown"))],
            ),
            (
                "David Blunkett visited a school.\n\nMr Blunkett was joined by Tony Blair. Mr Blunkett said crime fell. “We need police,” the prime minister said.",
                &[("We need police,", Some("the prime minister"), None)],
            ),
            // (nor a group: "the men")
            (
                "“It is no good,” said Terry Telford. “It was brilliant,” the men said.",
                &[
                    ("It is no good,", Some("Terry Telford"), Some("Terry Telford")),
                    ("It was brilliant,", Some("the men"), None),
                ],
            ),
            (
                "Ann Lee, a senator from Ohio, met Bo Ray, a senator from Iowa. Later, Lee visited a school. “We need teachers,” the senator said.",
                &[("We need teachers,", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            // "it" is the organisation that opens the sentence before; never a person
            (
                "The Fenwick Harbour Trust warned walkers to keep off the pier. “Stay away at night,” it said in a statement.",
                &[("Stay away at night,", Some("The Fenwick Harbour Trust"), None)],
            ),
            (
                "Tom Okoro said the pier was closed. “Stay away at night,” it said in a statement.",
                &[("Stay away at night,", None, None)],
            ),
            // (a firm's name shortened to its first word, a common word alone: "Digital" of
            // "Digital Equipment Corp")
            (
                "Digital Equipment Corp said it had record sales.\n\nDigital said it would cut prices on Monday.\n\n“We expect strong growth this year,” it added.",
                &[("We expect strong growth this year,", Some("Digital"), None)],
            ),
            // (past a sentence whose subject is "it" after a short phrase and its comma)
            (
                "Shares of Digital rose after Digital reported record sales.\n\nDigital said it has instituted uniform pricing.\n\nWithout providing any details, it also said there are price cuts.\n\n“Costs will fall,” it added.",
                &[("Costs will fall,", Some("Digital"), None)],
            ),
            // "it" after a paragraph that is all quote and attribution: who spoke there
            (
                "Imports will rise, the Fenwick Harbour Trust said in its annual report.\n\n“Imports rose in 1986,” the report said.\n\n“This pattern will continue,” it said.",
                &[
                    ("Imports rose in 1986,", Some("the Fenwick Harbour Trust"), None),
                    ("This pattern will continue,", Some("the Fenwick Harbour Trust"), None),
                ],
            ),
            // ... and on through a chain of "it said" (but not past a verb with another
            // subject, nor with no "it said" between)
            (
                "Imports will rise, the Fenwick Harbour Trust said in its annual report.\n\nSales fell.\n\nChina is the main supplier, it said.\n\n“This pattern will continue,” it said.",
                &[("This pattern will continue,", Some("the Fenwick Harbour Trust"), None)],
            ),
            (
                "Imports will rise, the Fenwick Harbour Trust said in its annual report.\n\nSales fell.\n\nChina is the main supplier, analysts said.\n\n“This pattern will continue,” it said.",
                &[("This pattern will continue,", None, None)],
            ),
            (
                "Imports will rise, the Fenwick Harbour Trust said in its annual report.\n\nSales fell.\n\nChina is the main supplier.\n\n“This pattern will continue,” it said.",
                &[("This pattern will continue,", None, None)],
            ),
            // a writing the article named with its body's name: the body's
            (
                "The Fenwick Harbour Commission report was released on Thursday.\n\n“Staff did not tell him,” the report said.",
                &[("Staff did not tell him,", Some("The Fenwick Harbour Commission"), None)],
            ),
            (
                "The Fenwick Harbour Commission report was released on Thursday.\n\nThe report may also hurt the mayor. “Staff did not tell him,” it said.",
                &[("Staff did not tell him,", Some("The Fenwick Harbour Commission"), None)],
            ),
            // (not one word's, a day's or a platform's: "Friday's editorial")
            (
                "The Friday editorial was sharp.\n\n“Staff did not tell him,” the editorial said.",
                &[("Staff did not tell him,", Some("the editorial"), None)],
            ),
            // (a short form in capitals that the text gave a name in brackets)
            (
                "Ministers met, the Fenwick News Agency (FNA) said.\n\nFNA gave no details of the talks. It said only, “The ministers discussed the market.”",
                &[("The ministers discussed the market.", Some("FNA"), None)],
            ),
            // (its verb may have no "-ed": "put", "sent", "sold", "has")
            (
                "The Fenwick Harbour Trust put out a statement. “Stay away at night,” it said.",
                &[("Stay away at night,", Some("The Fenwick Harbour Trust"), None)],
            ),
            // "the company" is the one firm that spoke, by its full name or a shorter one
            (
                "Kestrel Widgets Corp said its debt fell.\n\nThe company also said its debt was cut by sales. Kestrel Widgets sold its battery unit. In June, it offered new shares.\n\nProfit rose.\n\nSales rose.\n\nCosts fell.\n\nIn a statement, the company said it recovered, adding, “We are well.”",
                &[("We are well.", Some("Kestrel Widgets Corp"), None)],
            ),
            // ... or the organisation that spoke last, past a sentence opened otherwise
            (
                "The board met on Friday. But the FHA said it would not wait. “We will dismiss the bid,” it said.",
                &[("We will dismiss the bid,", Some("the FHA"), None)],
            ),
            (
                "Marlow Corp said its sales rose. Without giving details, it also said prices would fall. “The impact will be small,” it added.",
                &[("The impact will be small,", Some("Marlow Corp"), None)],
            ),
            // ... or the body or writing described with "the" that spoke last
            (
                "All three DJs will continue their shows. “John Peel can never be replaced,” said the station. It added: “We will seek out new music.”",
                &[
                    ("John Peel can never be replaced,", Some("the station"), None),
                    ("We will seek out new music.", Some("the station"), None),
                ],
            ),
            (
                "Shares fell. “Sales will slow,” the annual report said. “Costs will rise,” it added.",
                &[
                    ("Sales will slow,", Some("the annual report"), None),
                    ("Costs will rise,", Some("the annual report"), None),
                ],
            ),
            // ... not a group, nor past a person or a description who spoke
            (
                "Analysts said the pier was closed. “Stay away at night,” it said.",
                &[("Stay away at night,", None, None)],
            ),
            (
                "But the FHA said it would act. Tom Okoro said the pier was closed. “We will dismiss the bid,” it said in a statement.",
                &[("We will dismiss the bid,", None, None)],
            ),
            (
                "Marlow Trust said it was worried. The Fenwick Gazette reported the news. Last week, Marlow Trust denied the report. “We are fine,” it said.",
                &[("We are fine,", Some("Marlow Trust"), None)],
            ),
            // ... a single word that spoke before; the organisation "the utility" stands for
            (
                "Shares of Digital rose. Digital stated the moves were wise. Digital said the new products replace old models. It said the new “systems reflect our leadership.”",
                &[
                    ("systems reflect our leadership.", Some("Digital"), None),
                ],
            ),
            (
                "Fenwick Power Co said rates fell. The utility said sales rose. It pointed out that “costs have fallen.”",
                &[("costs have fallen.", Some("Fenwick Power Co"), None)],
            ),
            // (past a sentence that goes on with "it" for subject; not past one about another)
            (
                "The U.S. Embassy says in a new report that soy output will rise.\n\nIt primarily assesses the outlook for exports. It says “yields are low this year.”",
                &[("yields are low this year.", Some("The U.S. Embassy"), None)],
            ),
            (
                "Ann Lee said the plan was dead. It rained on Monday. “The cliff is unsafe,” it said.",
                &[("The cliff is unsafe,", None, None)],
            ),
            // ... not a described subject, nor a single capitalised word that never spoke
            (
                "A Fenwick Harbour Trust report was published. It said there was “little evidence” of harm.",
                &[],
            ),
            (
                "Ernst & Young said costs rose. Other than that, the report was upbeat. It said the economy will “continue to grow strongly”.",
                &[],
            ),
            // "the statement": who said it in one, or issued one
            // (paragraphs after the writing was named)
            (
                "Soy imports will rise, the U.S. Embassy said in its annual report.\n\nIt said output fell.\n\nMeal imports will fall.\n\nOutput will rise.\n\nChina is the main supplier.\n\n“Yields are low,” the report said.",
                &[("Yields are low,", Some("the U.S. Embassy"), None)],
            ),
            // (not past the writing's last mention by far)
            (
                "Soy imports will rise, the U.S. Embassy said in its annual report.\n\nA.\n\nB.\n\nC.\n\nD.\n\nE.\n\nF.\n\nG.\n\nH.\n\nI.\n\n“Yields are low,” the report said.",
                &[("Yields are low,", Some("the report"), None)],
            ),
            // (but far past, when the writing spoke in between, for whom it was taken then;
            // not for who said something of it: "said the report was")
            (
                "Soy imports will rise, the U.S. Embassy said in its annual report.\n\n“Output fell,” the report notes.\n\nA.\n\nB.\n\nC.\n\nD.\n\nE.\n\nF.\n\nG.\n\nH.\n\nI.\n\n“Yields are low,” the report said.",
                &[
                    ("Output fell,", Some("the U.S. Embassy"), None),
                    ("Yields are low,", Some("the U.S. Embassy"), None),
                ],
            ),
            (
                "Soy imports will rise, the U.S. Embassy said in its annual report.\n\nA.\n\nB.\n\nC.\n\nD.\n\nE.\n\nF.\n\nG.\n\nH.\n\nI.\n\nThe Fenwick Harbour Trust said the report was wrong.\n\n“Yields are low,” the report said.",
                &[("Yields are low,", Some("the report"), None)],
            ),
            // (no one said to issue it: the organisation that spoke last, past the writing
            // itself; not a place, an outlet, a body in lower case, nor when a sentence tells
            // of someone's writing since)
            (
                "The Fenwick Harbour Trust said it would lend.\n\nThe one-page statement noted the fund's support.\n\n“Marlow is expected to repay the loan,” the statement said.",
                &[("Marlow is expected to repay the loan,", Some("The Fenwick Harbour Trust"), None)],
            ),
            (
                "Argentina announced a wage freeze.\n\n“Marlow is expected to repay the loan,” the statement said.",
                &[("Marlow is expected to repay the loan,", Some("the statement"), None)],
            ),
            (
                "The Fenwick Gazette said it would lend.\n\n“Marlow is expected to repay the loan,” the statement said.",
                &[("Marlow is expected to repay the loan,", Some("the statement"), None)],
            ),
            (
                "The Fenwick Harbour Trust said it would lend.\n\n“Marlow will repay,” the study, conducted by Doctors Ann Lee and Bo Ray, said.",
                &[("Marlow will repay,", Some("the study"), None)],
            ),
            (
                "The company said it would lend.\n\n“Marlow is expected to repay the loan,” the statement said.",
                &[("Marlow is expected to repay the loan,", Some("the statement"), None)],
            ),
            (
                "The Fenwick Harbour Trust said Tom Okoro provided a written statement.\n\n“I erred,” the statement said.",
                &[("I erred,", Some("the statement"), None)],
            ),
            (
                "The Fenwick Harbour Trust said it would lend.\n\nThe Kestrel Growers Association published its demands in a letter.\n\n“Lend more,” the letter said.",
                &[("Lend more,", Some("the letter"), None)],
            ),
            (
                "Two soldiers were killed in a crash, the US military said in a statement. “The cause is under investigation,” the statement said.",
                &[("The cause is under investigation,", Some("the US military"), None)],
            ),
            // (a study named another way; but not a statement for a report)
            (
                "Jobs will go, the OECD said in an annual review. “Demand is weak,” the report said.",
                &[("Demand is weak,", Some("the OECD"), None)],
            ),
            (
                "Jobs will go, the OECD said in a statement. “Demand is weak,” the report said.",
                &[("Demand is weak,", Some("the report"), None)],
            ),
            // (or in a phrase that opens the sentence of the verb)
            (
                "In a letter to Ivo Hale, the Kestrel Growers Association stated its support. “We ask you to act,” the letter said.",
                &[("We ask you to act,", Some("the Kestrel Growers Association"), None)],
            ),
            (
                "After meeting Ivo Hale, the association said: “We ask you to act.”",
                &[("We ask you to act.", Some("the association"), None)],
            ),
            (
                "In Kestrel, the growers' association said prices fell. “We ask you to act,” the letter said.",
                &[("We ask you to act,", Some("the letter"), None)],
            ),
            (
                "Ann Lee issued a statement on Sunday. “I am innocent,” the statement said.",
                &[("I am innocent,", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "The Times said Ann Lee provided a written statement. “I am innocent,” the statement said.",
                &[("I am innocent,", Some("the statement"), None)],
            ),
            (
                "The talks ended. “We will appeal,” the statement said.",
                &[("We will appeal,", Some("the statement"), None)],
            ),
            (
                "A statement posted on the website Acme.com said the listing was removed. “We want no part in it,” the company wrote.",
                &[("We want no part in it,", Some("the company"), None)],
            ),
        ];
        check(cases);
    }
}
