//! The noun phrase that names a speaker: a name, a pronoun, an acronym ("the FBI"), a role ("the
//! senator", "a spokeswoman for the campaign", "her husband"), a described speaker ("one of two
//! witnesses who asked not to be named"), past titles and descriptions before a name ("said
//! undecided Republican voter Stephanie Hooton").

use super::resolve::is_organisation_name;
use super::{Attributor, Speaker, CLOSE_TO, NAMELESS_PRONOUNS, SPOKES};
use crate::extract::lexicon::{Flags, Gender, LEX};
use crate::extract::people::{is_date_word, Run};
use crate::extract::text::{is_acronym, is_initials, Doc, Shape};

/// How many paragraphs back a body described in lower case is looked for (see
/// `Attributor::described_body_spoke`).
const DESCRIBED_BODY_PARAGRAPHS: u32 = 3;

/// Whether `w` is the plural of a body's noun that the lists give as a role in the singular
/// only ("governments", "ministries": "government", "ministry"; not "judges", a group).
fn plural_of_body_noun(w: &str) -> bool {
    let one = match w.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => match w.strip_suffix('s') {
            Some(stem) if !stem.ends_with('s') => stem.to_string(),
            _ => return false,
        },
    };
    let body = one == "government"
        || LEX.org_words.contains(&one)
        || LEX.organisation_heads.contains(&one);
    body && LEX.role_nouns.contains(&one)
}

/// Letters written after a person's name for an office, an honour or a degree ("Tom McCabe
/// MSP", "Ann Lee QC"), as written: no part of the name, and no speaker of their own.
const POST_NOMINALS: &[&str] = &[
    "MP", "MSP", "MEP", "MLA", "MPP", "MHA", "MNA", "TD", "AM", "QC", "KC", "SC", "OBE", "MBE",
    "CBE", "KBE", "DBE", "GBE", "CH", "OM", "VC", "GC", "PhD", "FRS", "FRSE", "JP", "Esq",
];

/// Endings of a compound that tells where a body is or who owns it ("the Washington-based
/// Atlantic Council", "Amazon-owned Whole Foods"): no part of the body's name.
const PLACE_OR_OWNER: &[&str] = &[
    "-based",
    "-owned",
    "-backed",
    "-led",
    "-controlled",
    "-run",
    "-funded",
    "-listed",
    "-headquartered",
];

/// A speaker as written (`n`) without the compound before a name that tells where the body is
/// or who owns it: "the Washington-based Atlantic Council" is "the Atlantic Council",
/// "Amazon-owned Whole Foods" is "Whole Foods"; not before a description, which the compound
/// describes too ("a London-based analyst", "a London-based Nordic banking expert").
pub(crate) fn without_place_or_owner(n: &str) -> std::borrow::Cow<'_, str> {
    let (det, rest) = match n.split_once(' ') {
        Some((d, r)) if matches!(d, "the" | "The" | "a" | "A" | "an" | "An") => (Some(d), r),
        _ => (None, n),
    };
    let Some((compound, name)) = rest.split_once(' ') else {
        return n.into();
    };
    let tells = PLACE_OR_OWNER.iter().any(|e| {
        compound
            .strip_suffix(e)
            .is_some_and(|w| !w.is_empty() && !w.ends_with('-'))
    });
    // (a name: capitalised words, and the small words between them: "Bank of England")
    let named = name.starts_with(char::is_uppercase)
        && name.split(' ').all(|w| {
            w.starts_with(char::is_uppercase) || matches!(w, "of" | "and" | "for" | "the" | "&")
        });
    if !tells || !named {
        return n.into();
    }
    match det {
        Some(d) => format!("{d} {name}").into(),
        None => name.into(),
    }
}

/// Roles that speak for a body: "a company spokesman", "a ministry official" is the voice of
/// the company or ministry.
const VOICES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokesmen",
    "spokeswomen",
    "spokespeople",
    "official",
    "officials",
    "representative",
    "representatives",
    "team",
    "delegation",
    "mission",
];

impl<'d, 'a> Attributor<'d, 'a> {
    /// "A Sony spokesman", "the Treasury brief", "a Ministry of Agriculture official", "a
    /// spokesman for Acme Corp", "UNCTAD's spokesman": the body whose voice or writing a
    /// speaker as written (`n`) is, named between its determiner and its noun, after a
    /// spokesman's "for", an official's "at", "with" or "from", a writing's "from", or as the
    /// possessor of either, when that name is an organisation's (see [`is_organisation_name`]):
    /// not only places or nationalities ("a U.S. official", "a British official") and no
    /// person's of the article ("a Trump spokesman").
    pub(crate) fn voiced_body<'n>(&self, n: &'n str) -> Option<&'n str> {
        let (first, rest) = n.split_once(' ')?;
        // The body after a preposition: "a spokesman for Norland Power Corp", "a report from
        // Kotak Securities", "an official from the Treasury", "an official at Kestrel Bank", "a
        // spokeswoman with the Treasury"
        for prep in [" for ", " from ", " at ", " with "] {
            let Some((voice, body)) = rest.split_once(prep) else {
                continue;
            };
            let speaks = match prep {
                " for " => SPOKES.contains(&voice),
                " from " => VOICES.contains(&voice) || LEX.authored_nouns.contains(voice),
                _ => VOICES.contains(&voice),
            };
            if speaks {
                return self.voiced_body_named(first, body.strip_prefix("the ").unwrap_or(body));
            }
        }
        // "UNCTAD's spokesman", "the Kestrel Bank's report": the body before the possessive
        if let Some((owner, last)) = n.rsplit_once(' ') {
            let owner = owner.strip_prefix("the ").unwrap_or(owner);
            let body = owner
                .strip_suffix("'s")
                .or_else(|| owner.strip_suffix("’s"));
            if let Some(body) =
                body.filter(|_| VOICES.contains(&last) || LEX.authored_nouns.contains(last))
            {
                return self.voiced_body_named("the", body);
            }
        }
        let (body, last) = rest.rsplit_once(' ')?;
        // (a firm's stock ticker after its name is no part of it: "a Hitachi Ltd <HIT.T>
        // spokesman")
        let body = body
            .rsplit_once(' ')
            .filter(|(_, w)| w.len() > 2 && w.starts_with('<') && w.ends_with('>'))
            .map_or(body, |(name, _)| name);
        // (the noun of a body's staff or a firm's in lower case after its name is no part of
        // it: "an OPEC secretariat official", "an Acme company spokesman"; but "a Liege police
        // official", "a US embassy official" are no voice of Liege or the US)
        let body = body
            .rsplit_once(' ')
            .filter(|(_, w)| matches!(*w, "secretariat" | "company" | "firm" | "group"))
            .map_or(body, |(name, _)| name);
        // (a noun in lower case: "the Beige Book" is a writing's name)
        if !last.starts_with(char::is_lowercase)
            || !(VOICES.contains(&last) || LEX.authored_nouns.contains(last))
        {
            return None;
        }
        self.voiced_body_named(first, body)
    }

    /// [`Attributor::voiced_body`] of the `body` named after the determiner `first`.
    fn voiced_body_named<'n>(&self, first: &str, body: &'n str) -> Option<&'n str> {
        // (an article, not a possessive: "our Pokemon review" is the outlet's)
        let article = matches!(
            first.to_lowercase().as_str(),
            "a" | "an" | "the" | "one" | "another"
        );
        if !article {
            return None;
        }
        // (a number after a capitalised word is part of the name: "Number 10")
        let cap = |w: &str| {
            w.starts_with(char::is_uppercase)
                || (!w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
        };
        let words: Vec<&str> = body.split(' ').collect();
        let joined = words
            .iter()
            .all(|&w| cap(w) || matches!(w, "of" | "and" | "&" | "for" | "the"));
        if !(joined
            && words.first().is_some_and(|&w| cap(w))
            && words.last().is_some_and(|&w| cap(w)))
        {
            return None;
        }
        let only_places = words.iter().filter(|&&w| cap(w)).all(|w| {
            let low = w.to_lowercase();
            LEX.places.contains(low.as_str()) || LEX.nationalities.contains(low.as_str())
        });
        // (nor a person's with a title: "a spokesman for Mr Blair", "for House Speaker Paul
        // Ryan")
        let last_word = words.last().map_or("", |w| w.trim_end_matches("'s"));
        let a_person = self.people.entities.iter().any(|e| {
            e.name == body
                || e.key.last().is_some_and(|s| {
                    body.eq_ignore_ascii_case(s)
                        || (words.len() > 1 && last_word.eq_ignore_ascii_case(s))
                })
        }) || LEX
            .honorifics
            .contains(words[0].to_lowercase().trim_end_matches('.'));
        (!only_places && !a_person && is_organisation_name(body)).then_some(body)
    }

    /// The speaker noun phrase ending at token `end` (inclusive), if any: a pronoun, a name, an
    /// acronym, or a role ("the senator", "a spokeswoman for the campaign", "officials").
    pub(super) fn np_ending_at(&self, end: usize) -> Option<Speaker> {
        let t = self.doc.tokens.get(end)?;
        if t.in_quote {
            return None;
        }
        // "Tom McCabe MSP said": the person whose name the letters follow
        if let Some(e) = self.titled_by_letters(end) {
            return Some(Speaker::Person(e, None));
        }
        if let Some(g) = self.pronoun_at(end) {
            return self.antecedent_of(end, g);
        }
        // A pronoun is never a speaker as written ("He" where a sentence's end was missed,
        // "and I quote"): he or she stands for a person, the others for nobody named.
        if t.shape == Shape::Word
            && t.cap
            && self
                .people
                .run_at(end)
                .is_some_and(|r| r.end == r.start + 1)
        {
            let w = self.low(end);
            if let Some(&g) = LEX.pronouns.get(w) {
                return self.antecedent_of(end, g);
            }
            if NAMELESS_PRONOUNS.contains(&w) {
                return None;
            }
        }
        if let Some(run) = self.people.run_at(end) {
            if let Some(office) = self.capitalised_office(run, end) {
                return Some(office);
            }
            return self.run_ending_at(run, end);
        }
        self.acronym_at(end).or_else(|| self.role_ending_at(end))
    }

    /// Whether token `i` is letters written after a name (see [`POST_NOMINALS`]), outside
    /// quotes.
    fn is_post_nominal(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| {
            t.shape == Shape::Word
                && !t.in_quote
                && POST_NOMINALS.contains(&self.doc.word(i).trim_end_matches('.'))
        })
    }

    /// The person whose name ends right before the letters after a name that end at token
    /// `end` ("Tom McCabe MSP", "Ann Lee QC MP"), in one sentence.
    fn titled_by_letters(&self, end: usize) -> Option<usize> {
        let doc = self.doc;
        if !self.is_post_nominal(end) {
            return None;
        }
        let mut k = end;
        while k > 0 && self.is_post_nominal(k) && doc.tokens[k - 1].sent == doc.tokens[k].sent {
            k -= 1;
        }
        let run = self.people.run_at(k)?;
        (run.name_end == k + 1).then_some(run.entity).flatten()
    }

    /// "the President said", "the Prime Minister added": an office written with capitals, as
    /// many outlets write one held by a person the article named ("President Bola Tinubu"),
    /// read as "the president" is (see [`Attributor::role_headed_at`]): a run of title words
    /// only, no name, after "the", ending at `end`; `None` when it refers to no one, so that
    /// the run is read as written.
    fn capitalised_office(&self, run: &Run, end: usize) -> Option<Speaker> {
        let doc = self.doc;
        if run.entity.is_some()
            || run.end != end + 1
            || !run
                .start
                .checked_sub(1)
                .is_some_and(|b| self.is_word(b, "the"))
            || !(run.start..run.end).all(|t| doc.tokens[t].lex.any(Flags::TITLE))
        {
            return None;
        }
        match self.role_headed_at(end, self.low(end))? {
            sp @ Speaker::Person(..) => Some(sp),
            Speaker::Named(_) => None,
        }
    }

    /// The gender of a pronoun that may name a speaker at token `i`: a lower-case one, or one
    /// opening a sentence.
    fn pronoun_at(&self, i: usize) -> Option<Gender> {
        let doc = self.doc;
        let t = &doc.tokens[i];
        let placed = (t.shape == Shape::Word && !t.cap)
            || (t.cap && i > 0 && doc.tokens[i - 1].sent != t.sent);
        if !placed {
            return None;
        }
        LEX.pronouns.get(self.low(i)).copied()
    }

    /// The speaker that the capitalised `run` names when it ends at token `end`: its person,
    /// else the run as written ("the White House"), but for a lone word opening a sentence.
    pub(super) fn run_ending_at(&self, run: &Run, end: usize) -> Option<Speaker> {
        let doc = self.doc;
        if let Some(e) = run.entity {
            return Some(Speaker::Person(e, Some(run.name_end)));
        }
        let sentence_initial_word = run.end == run.start + 1
            && (run.start == 0 || doc.tokens[run.start - 1].sent != doc.tokens[run.start].sent)
            && !self.after_closed_quote(run.start);
        if run.end != end + 1 {
            return None;
        }
        // "Sony (U.K.) Ltd said": a firm's suffix alone after a bracket closes the name of the
        // firm before the bracket
        if let Some(firm) = self.firm_before_bracket(run) {
            return Some(firm);
        }
        if sentence_initial_word && !self.named_mid_sentence(end) {
            // "Officials said": a role opening the sentence; "Oxfam said": a word on no list
            // is a name as written
            return self
                .role_ending_at(end)
                .or_else(|| self.unknown_word_speaking(end));
        }
        // "the Argentine", "the Maryland Democrat": the person introduced as one
        let nationality = run.end <= run.start + 3
            && doc.tokens[end].lex.any(Flags::NATIONALITY)
            && !doc.word(end).ends_with('s')
            && run.start > 0
            && self.is_word(run.start - 1, "the");
        if let Some(e) = nationality.then(|| self.described_person(end)).flatten() {
            return Some(Speaker::Person(e, None));
        }
        // (not a conjunction that opens the sentence: "But Age Concern said", "As Politico
        // reported")
        let mut start = self.organisation_start(run.start);
        while start < end
            && doc.tokens[start].lex.any(Flags::FUNCTION_WORD)
            && !LEX.determiners.contains(self.low(start))
        {
            start += 1;
        }
        Some(Speaker::Named(self.text_with_the(start, end)))
    }

    /// The firm whose name `run`, a firm's suffix alone right after a bracket, closes: "Sony
    /// (U.K.) Ltd", "Mansion House Securities (F.E.) Ltd", from the name before the bracket.
    fn firm_before_bracket(&self, run: &Run) -> Option<Speaker> {
        let doc = self.doc;
        let at = run.start;
        if run.end != at + 1
            || !doc.tokens[at].lex.any(Flags::CORPORATE)
            || !doc.is(at.checked_sub(1)?, ')')
        {
            return None;
        }
        let open = (at.saturating_sub(6)..at - 1)
            .rev()
            .find(|&k| doc.is(k, '('))?;
        let firm = self
            .people
            .run_at(open.checked_sub(1)?)
            .filter(|r| r.end == open && r.entity.is_none())?;
        Some(Speaker::Named(
            self.text_with_the(self.organisation_start(firm.start), at),
        ))
    }

    /// "Oxfam said: …": the capitalised word opening a sentence at token `end`, on none of the
    /// lexicon's lists and no plural ("Protesters said"), as the speaker as written when it is
    /// the subject of the verb of saying right after it.
    fn unknown_word_speaking(&self, end: usize) -> Option<Speaker> {
        let doc = self.doc;
        let t = &doc.tokens[end];
        let w = doc.word(end);
        // (nor an indefinite pronoun: "Someone called it a “quiet revolution”")
        let low = self.low(end);
        let indefinite = ["some", "any", "every", "no"].iter().any(|d| {
            low.strip_prefix(d)
                .is_some_and(|r| matches!(r, "one" | "body"))
        });
        if !(self.unlisted_singular(end) || self.opens_firm_named_before(end))
            || indefinite
            || w.len() < 3
        {
            return None;
        }
        let v = (end + 1..doc.tokens.len().min(end + 4))
            .take_while(|&v| doc.tokens[v].sent == t.sent)
            .find(|&v| self.is_verb(v));
        let direct = v.is_some_and(|v| self.subject_end_before(v) == Some(end) && self.finite(v));
        (direct || self.speaks_past_appositive(end)).then(|| Speaker::Named(w.to_string()))
    }

    /// Whether the word at token `end` is the subject of a verb of saying after an appositive
    /// that a comma opens right after it with a relative pronoun or a determiner, and a comma
    /// closes right before the verb: "Acme, whose products are sold everywhere, said", "Acme,
    /// the sports firm, said".
    fn speaks_past_appositive(&self, end: usize) -> bool {
        let doc = self.doc;
        let sent = doc.tokens[end].sent;
        let opens = doc.is(end + 1, ',')
            && doc.tokens.get(end + 2).is_some_and(|t| {
                t.shape == Shape::Word
                    && !t.cap
                    && (matches!(self.low(end + 2), "whose" | "which")
                        || LEX.determiners.contains(self.low(end + 2)))
            });
        if !opens {
            return false;
        }
        let Some(close) = (end + 3..doc.tokens.len().min(end + 30))
            .take_while(|&k| doc.tokens[k].sent == sent && !doc.tokens[k].in_quote)
            .find(|&k| doc.is(k, ','))
        else {
            return false;
        };
        let v = close + 1;
        doc.tokens.get(v).is_some_and(|t| t.sent == sent) && self.is_verb(v) && self.finite(v)
    }

    /// Whether the capitalised word at token `i` is the first word of a firm's name the
    /// article gave before, with its suffix: "Digital said" after "Digital Equipment Corp", as
    /// a wire story shortens the name (a common word alone, "Digital", "American", is no name
    /// otherwise).
    pub(super) fn opens_firm_named_before(&self, i: usize) -> bool {
        let doc = self.doc;
        let w = doc.word(i);
        self.people.runs.iter().take_while(|r| r.end <= i).any(|r| {
            // (the run's words as written: its name may have lost a first word that opens a
            // sentence)
            r.entity.is_none()
                && r.end >= r.start + 2
                && doc.word(r.start) == w
                && doc.tokens[r.end - 1].lex.any(Flags::CORPORATE)
        })
    }

    /// Whether token `i` is a word on none of the lexicon's lists and no plural, as a name
    /// standing alone is ("Oxfam", "WeWork"; not "Protesters", "Shares").
    pub(super) fn unlisted_singular(&self, i: usize) -> bool {
        let t = &self.doc.tokens[i];
        let w = self.doc.word(i);
        let plural = w.ends_with('s') && !w.ends_with("ss");
        t.shape == Shape::Word && t.lex == Flags::default() && !plural
    }

    /// Where the name of an organisation that ends with the capitalised run starting at token
    /// `start` begins: back over a country's initials ("the U.S. Embassy"), a capitalised
    /// possessive ("the People’s Tribune") and over
    /// "of", "on", "for", "and" or "&" between capitalised words ("the Joint Committee on
    /// Roads and Bridges", "Ernst & Young"), never over a person's name.
    fn organisation_start(&self, mut start: usize) -> usize {
        let doc = self.doc;
        let org_run = |i: usize| {
            self.people
                .run_at(i)
                .filter(|r| r.entity.is_none() && !doc.tokens[r.start].in_quote)
        };
        for _ in 0..6 {
            let Some(p) = start.checked_sub(1) else { break };
            let t = &doc.tokens[p];
            // (a country's initials: "the U.S. Embassy", "the U.N. Security Council"; and a
            // firm's: "AM International Inc")
            if (is_initials(doc.word(p)) || is_firm_initials(doc.word(p)))
                && t.sent == doc.tokens[start].sent
            {
                start = p;
                continue;
            }
            if t.cap && t.poss && t.sent == doc.tokens[start].sent {
                match org_run(p) {
                    Some(r) => start = r.start,
                    None => break,
                }
                continue;
            }
            let link = doc.is(p, '&')
                || (t.shape == Shape::Word && matches!(self.low(p), "of" | "on" | "for" | "and"));
            match p.checked_sub(1).filter(|_| link).and_then(org_run) {
                Some(r) if doc.tokens[r.end - 1].cap && r.end == p => start = r.start,
                // ("LL and E Royalty Trust": initials in capitals before the link)
                None if link
                    && p >= 1
                    && is_firm_initials(doc.word(p - 1))
                    && doc.tokens[p - 1].sent == t.sent =>
                {
                    start = p - 1
                }
                _ => break,
            }
        }
        start
    }

    /// "“We won!” Okoro said": whether the word at token `i` follows a quote that its own
    /// question or exclamation mark closed (the sentence goes on with the attribution), and is
    /// no word of a list (not "“We won!” Supporters cheered").
    fn after_closed_quote(&self, i: usize) -> bool {
        let doc = self.doc;
        i >= 2
            && closing_mark(doc, i - 1)
            && doc.tokens[i - 1].shape == Shape::Punct
            && (doc.is(i - 2, '!') || doc.is(i - 2, '?'))
            && doc.tokens[i].lex == Flags::default()
    }

    /// Whether the capitalised word at token `i` is a name by the article's own use of it:
    /// capitalised somewhere within a sentence, outside quotes, and never in lower case
    /// ("Maddow said" where "When Maddow pointed out" came before; not "Officials said").
    fn named_mid_sentence(&self, i: usize) -> bool {
        let doc = self.doc;
        let w = doc.word(i);
        let bytes = doc.text.as_bytes();
        // (ASCII letters that differ only in case differ only in the bit 0x20)
        let Some(first) = w.bytes().next().map(|b| b | 0x20) else {
            return false;
        };
        let mut named = false;
        // (a word of another length in bytes, or whose first byte differs from the word's but
        // for the bit 0x20, is never equal ignoring ASCII case: the lengths and first bytes are
        // compared before the text is read)
        for (j, t) in doc.tokens.iter().enumerate() {
            if t.end - t.start != w.len()
                || bytes.get(t.start).map(|b| b | 0x20) != Some(first)
                || j == i
                || t.shape != Shape::Word
                || !doc.word(j).eq_ignore_ascii_case(w)
            {
                continue;
            }
            if !t.cap {
                return false;
            }
            named |= !t.in_quote && j > 0 && doc.tokens[j - 1].sent == t.sent;
        }
        named
    }

    /// An acronym that speaks for an organisation at token `end`: "MWW said", "the FBI said".
    fn acronym_at(&self, end: usize) -> Option<Speaker> {
        let t = &self.doc.tokens[end];
        if t.shape != Shape::Word || !t.cap {
            return None;
        }
        is_acronym(self.doc.word(end)).then(|| Speaker::Named(self.text_with_the(end, end)))
    }

    /// The text of tokens `start..=end`, with a "the" before them.
    pub(super) fn text_with_the(&self, mut start: usize, end: usize) -> String {
        if start > 0 && self.is_word(start - 1, "the") {
            start -= 1;
        }
        let tokens = &self.doc.tokens;
        self.doc.text[tokens[start].start..tokens[end].end].to_string()
    }

    /// A role ending at token `end`: "the senator", "a spokeswoman for the campaign", "her
    /// husband", "officials", "the 46-year-old"; resolved to a person or an organisation
    /// where it refers back to one ("her husband", "the mayor", "the ministry").
    fn role_ending_at(&self, end: usize) -> Option<Speaker> {
        let doc = self.doc;
        let t = &doc.tokens[end];
        let aged = doc.word(end).ends_with("-year-old");
        if t.cap && t.lex.any(Flags::NATIONALITY) && end > 0 && self.is_word(end - 1, "the") {
            // "the American": the person introduced as one, else as written
            return Some(match self.described_person(end) {
                Some(e) => Speaker::Person(e, None),
                None => Speaker::Named(self.text_with_the(end, end)),
            });
        }
        // (capitalised only as the first word of its sentence: "Witnesses told the court";
        // not of one right after a quote: "“…” Organisers say all funds will go")
        let opens_sentence =
            end == 0 || (doc.tokens[end - 1].sent != t.sent && !closing_mark(doc, end - 1));
        if (t.shape != Shape::Word && !aged) || (t.cap && !opens_sentence) {
            return None;
        }
        let head = self.low(end);
        if head.ends_with("-year-old") {
            return self.role_headed_at(end, "person");
        }
        // (a word that is no role noun, no kin word and no writing's noun is no role whatever
        // comes before it: every answer of `role_headed_at` but `None` needs one of the three.
        // The token, a word here, has for flags the lists its lower-case form is on.)
        if !t.lex.any(Flags::ROLE | Flags::KIN)
            && !LEX.authored_nouns.contains(head)
            && !LEX.organisation_heads.contains(head)
        {
            // ("the British and French governments": the plural of a body's noun, as written
            // from its determiner)
            if plural_of_body_noun(head) {
                let start = self.role_start(end);
                if start < end && LEX.determiners.contains(self.low(start)) {
                    let text = &doc.text[doc.tokens[start].start..t.end];
                    return Some(Speaker::Named(text.to_string()));
                }
            }
            return None;
        }
        self.role_headed_at(end, head)
    }

    /// A role ending at token `end` whose head noun is `head` (the word at `end` in lower
    /// case, or "person" for an age), when the token may end one (see
    /// [`Attributor::role_ending_at`]).
    fn role_headed_at(&self, end: usize, head: &str) -> Option<Speaker> {
        let doc = self.doc;
        let t = &doc.tokens[end];
        let aged = doc.word(end).ends_with("-year-old");
        if !self.can_head_role(end, head) {
            return None;
        }
        let start = self.role_start(end);
        let possessor = self.low(start);
        if let Some(author) = self.author_of(start, end) {
            return Some(author);
        }
        if let Some(&g) = LEX.kin.get(head) {
            if ["his", "her", "their"].contains(&possessor) {
                return Some(self.kin_speaker(start, end, head, g).unwrap_or_else(|| {
                    Speaker::Named(doc.text[doc.tokens[start].start..t.end].to_string())
                }));
            }
        }
        if let Some(body) = self.body_voiced(start, end, head) {
            return Some(body);
        }
        // (a kind of firm refers back to one as "the company" does: "the retailer said")
        if !LEX.is_role_noun(head) && !LEX.organisation_heads.contains(head) {
            return None;
        }
        if possessor == "the" {
            if let Some(e) = aged.then(|| self.described_person(end)).flatten() {
                return Some(Speaker::Person(e, None));
            }
            if let Some(speaker) = self.referent_of_the(start, end, head) {
                return Some(speaker);
            }
        }
        if start == end && (!head.ends_with('s') || head.ends_with("ss")) {
            // A bare singular noun is no speaker ("law said" is not a thing news writes; nor
            // "press", which only looks plural).
            return None;
        }
        if possessor == "the" {
            if let Some(e) = self.official_described_before(start, end, head) {
                return Some(Speaker::Person(e, None));
            }
        }
        // (a role the article names only after: "China's ambassador to Britain warned …. ¶
        // China's ambassador to Britain Liu Xiaoming has said")
        let possessive = doc.tokens[start].poss && doc.tokens[start].cap;
        if possessor == "the" || possessive {
            if let Some(e) = self.introduced_after(start, end, head) {
                return Some(Speaker::Person(e, None));
            }
        }
        let text = doc.text[doc.tokens[start].start..t.end].to_string();
        Some(Speaker::Named(text))
    }

    /// The one person the article names after the role `start..=end` (its determiner or
    /// possessor first, `head` last), with the role's words right before the name, in its
    /// paragraph or the two after, when the article names no person before the role: a lead
    /// that tells of a speaker by office, and a paragraph after that gives the name ("The
    /// economy minister said …. ¶ … said economy minister Heizo Takenaka"). Not a role several
    /// people are given, nor one a person named before may hold ("Jack Straw has attacked ….
    /// The foreign secretary said").
    fn introduced_after(&self, start: usize, end: usize, head: &str) -> Option<usize> {
        let doc = self.doc;
        let runs = &self.people.runs;
        if runs[..runs.partition_point(|r| r.start < start)]
            .iter()
            .any(|r| r.entity.is_some())
        {
            return None;
        }
        let para = doc.tokens[end].para;
        let words = end - start;
        let mut one = None;
        for &(h, e, at) in &self.descriptions {
            if h != head || one == Some(e) {
                continue;
            }
            let Some(run) =
                (self.people.run_at(at)).filter(|r| r.start == at && r.entity == Some(e))
            else {
                continue;
            };
            // (the role's words, in any case, before the name: right before it, or before the
            // place of an office "to" or "for" it, "ambassador to Britain Liu Xiaoming")
            let same_role = (run.start.saturating_sub(2)..run.name_start)
                .rev()
                .find(|&k| self.low(k) == head)
                .is_some_and(|k| {
                    k + 1 >= words
                        && (0..words)
                            .all(|j| self.low(k + 1 + j - words) == self.low(start + 1 + j))
                });
            if !same_role {
                continue;
            }
            if at <= end || one.is_some() || doc.tokens[at].para > para + 2 {
                return None;
            }
            one = Some(e);
        }
        one
    }

    /// "the USDA official" (tokens `start..=end`, the voice `head` after a body's name in
    /// capitals): the person who spoke last before it, within three paragraphs, when the
    /// article described them with that body's name ("Tom von Garlem, Assistant Deputy
    /// Administrator for USDA's state and county operations, said. … the USDA official said"):
    /// "the" points back to someone told of, who is that body's.
    fn official_described_before(&self, start: usize, end: usize, head: &str) -> Option<usize> {
        const ONE_VOICE: [&str; 5] = [
            "official",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "representative",
        ];
        let doc = self.doc;
        if !ONE_VOICE.contains(&head) || end < start + 2 {
            return None;
        }
        let body = start + 1..end;
        if !body
            .clone()
            .all(|k| doc.tokens[k].cap && doc.tokens[k].shape == Shape::Word)
        {
            return None;
        }
        let para = doc.tokens[start].para;
        let &(v, ref speaker) = self.events_in(0, start).last()?;
        let Speaker::Person(e, _) = *speaker else {
            return None;
        };
        if doc.tokens[v].para + 3 < para {
            return None;
        }
        let names: Vec<&str> = body.map(|k| doc.word(k)).collect();
        // (the body's words in the fifteen words after a mention of the person, in its
        // sentence, outside quotes)
        let described = self.people.runs[..self.people.runs.partition_point(|r| r.end <= start)]
            .iter()
            .filter(|r| r.entity == Some(e))
            .any(|r| {
                let sent = doc.tokens[r.name_end - 1].sent;
                let after: Vec<usize> = (r.name_end..(r.name_end + 15).min(start))
                    .take_while(|&k| doc.tokens[k].sent == sent && !doc.tokens[k].in_quote)
                    .collect();
                names
                    .iter()
                    .all(|n| after.iter().any(|&k| doc.word(k) == *n))
            });
        described.then_some(e)
    }

    /// "A company spokesman", "the company's statement" (tokens `start..=end`, `head` the
    /// last word in lower case): the organisation whose voice the phrase is, when a body's noun
    /// after the determiner tells it, and the article named that body before (see
    /// [`Attributor::organisation_before`], [`Attributor::organisation_it`]), or the sentence
    /// before opens with its name (see [`Attributor::body_opening_sentence_before`]).
    fn body_voiced(&self, start: usize, end: usize, head: &str) -> Option<Speaker> {
        let doc = self.doc;
        let body = start + 1;
        if end != start + 2
            || !LEX.determiners.contains(self.low(start))
            || doc.tokens[body].cap
            || !(VOICES.contains(&head) || LEX.authored_nouns.contains(head))
        {
            return None;
        }
        let noun = self.low(body);
        if !LEX.organisation_heads.contains(noun) {
            return None;
        }
        self.organisation_before(start, noun)
            .map(Speaker::Named)
            .or_else(|| self.organisation_it(start))
            .or_else(|| self.described_body_spoke(start, noun))
            .or_else(|| self.body_opening_sentence_before(start))
    }

    /// The body described in lower case with the noun `noun` last that spoke last before token
    /// `at`, within a few paragraphs, as the subject of a verb of saying: "…, the state sugar
    /// council announced. … A council communique said" is the state sugar council's.
    fn described_body_spoke(&self, at: usize, noun: &str) -> Option<Speaker> {
        let doc = self.doc;
        let k =
            self.lower_word_back(at, noun, DESCRIBED_BODY_PARAGRAPHS, |k| self.is_verb(k + 1))?;
        // ("the" and one to three words in lower case before the noun)
        let the = (k.saturating_sub(4)..k.saturating_sub(1))
            .rev()
            .find(|&b| self.is_word(b, "the"))?;
        let lower = (the + 1..k).all(|b| {
            let t = &doc.tokens[b];
            t.shape == Shape::Word && !t.cap
        });
        lower
            .then(|| Speaker::Named(doc.text[doc.tokens[the].start..doc.tokens[k].end].to_string()))
    }

    /// The author of a writing named by its possessor and its noun (tokens `start` and `end`):
    /// "her statement" is the woman's the pronoun refers to, "Lee's letter" Lee's; "the Bank's
    /// proposal" the Bank's (the fuller name the article gave it before: "the Bank of
    /// England", when it is a name of several words on no list); not a description's ("her
    /// campaign's statement"). (A body's noun in lower case is read by
    /// [`Attributor::body_voiced`]: "the company's statement".)
    pub(super) fn author_of(&self, start: usize, end: usize) -> Option<Speaker> {
        let doc = self.doc;
        if !LEX.authored_nouns.contains(self.low(end)) {
            return None;
        }
        if end != start + 1 {
            return None;
        }
        let pronoun = match self.low(start) {
            "his" => Some(Gender::Male),
            "her" => Some(Gender::Female),
            _ => None,
        };
        if let Some(g) = pronoun {
            return self.antecedent_of(start, g);
        }
        let possessor = &doc.tokens[start];
        let run = self.people.run_at(start)?;
        if !(possessor.cap && possessor.poss && run.end == end) {
            return None;
        }
        if let Some(e) = run.entity {
            return Some(Speaker::Person(e, None));
        }
        // An organisation's: a body's noun alone ("the Bank's") is the body named before with
        // it, else the name as written ("Acme's", "the Labour Party's").
        let single = run.end == run.start + 1;
        let noun = self.low(start);
        if single && LEX.organisation_heads.contains(noun) {
            if let Some(body) = self.organisation_before(run.start, noun) {
                return Some(Speaker::Named(body));
            }
        }
        let name = self.text_with_the(self.organisation_start(run.start), start);
        (is_organisation_name(&name) || !single).then_some(Speaker::Named(name))
    }

    /// Whether `head`, the word at token `end`, may end a role: not a determiner, an adverb or a
    /// function word, nor a verb of saying but as a noun after a determiner ("the report",
    /// "one tweet") or, for a writing's noun, before a finite verb of saying ("the annual report
    /// said").
    fn can_head_role(&self, end: usize, head: &str) -> bool {
        let doc = self.doc;
        let noun_after_determiner = end > 0
            && LEX.is_role_noun(head)
            && ((doc.tokens[end - 1].shape == Shape::Word
                && LEX.determiners.contains(self.low(end - 1)))
                || self.writing_before_verb(end));
        !(LEX.determiners.contains(head)
            || (LEX.speech_verbs.contains(head) && !noun_after_determiner)
            || LEX.between_speaker_and_verb.contains(head)
            || LEX.not_speaker_heads.contains(head))
    }

    /// The first token of the role ending at token `end`: back to its determiner (over "for"
    /// or "of" to a fuller phrase: "a spokesman for the campaign") or a capitalised possessor
    /// ("Ryan's office"), at most five words.
    fn role_start(&self, end: usize) -> usize {
        let doc = self.doc;
        let sent = doc.tokens[end].sent;
        // (past the marks of a work's title, which are no quote: "the “Pose” actor")
        let mut marks = 0;
        let mut skip_to = usize::MAX;
        for k in 1..=12 {
            let Some(p) = end.checked_sub(k) else { break };
            let tp = &doc.tokens[p];
            let title_mark = tp.shape == Shape::Punct
                && !tp.in_quote
                && marks < 2
                && matches!(doc.first_char(p), '“' | '”' | '"');
            if title_mark {
                marks += 1;
                continue;
            }
            if p >= skip_to {
                continue;
            }
            // (past a stock ticker in angle brackets, as Reuters writes one after a firm's
            // name: "a Hitachi Ltd <HIT.T> spokesman"; its tokens are counted as marks, so
            // that the words around it reach as far)
            if tp.shape == Shape::Punct && !tp.in_quote && doc.first_char(p) == '>' {
                if let Some(q) = (p.saturating_sub(4)..p)
                    .rev()
                    .find(|&q| doc.first_char(q) == '<')
                {
                    marks += p - q + 1;
                    skip_to = q;
                    continue;
                }
            }
            // (a number after a capitalised word is part of a name: "a Number 10 spokeswoman")
            let numbered = tp.shape == Shape::Number
                && p > 0
                && doc.tokens[p - 1].cap
                && doc.tokens[p - 1].shape == Shape::Word
                && doc.tokens[p - 1].sent == sent;
            if k - marks > 5
                || (tp.shape != Shape::Word && !numbered)
                || tp.sent != sent
                || tp.in_quote
            {
                break;
            }
            if numbered {
                continue;
            }
            let w = self.low(p);
            if tp.cap && tp.poss && k == 1 {
                // (the whole name of a possessor that is no person: "the Kestrel Bank's
                // spokeswoman")
                return (self.people.run_at(p))
                    .filter(|r| {
                        r.entity.is_none()
                            && r.name_end == p + 1
                            && r.name_start >= p.saturating_sub(4)
                    })
                    .map_or(p, |r| r.name_start);
            }
            if LEX.determiners.contains(w) {
                return self.fuller_role_start(p);
            }
            // (but "and" between two capitalised words: "the Russian and Syrian defense
            // ministries")
            let joins_names = w == "and"
                && doc.tokens.get(p + 1).is_some_and(|n| n.cap)
                && p.checked_sub(1)
                    .is_some_and(|b| doc.tokens[b].cap && doc.tokens[b].sent == sent);
            if (tp.lex.any(Flags::SPEECH_VERB) && !tp.cap)
                || (LEX.speaker_phrase_stops.contains(w) && !joins_names)
            {
                break;
            }
            if !tp.cap && k - marks >= 4 {
                break;
            }
        }
        end
    }

    /// The determiner before "for" or "of" before the determiner at token `p`: "a spokesman for
    /// the campaign" from "the campaign"; else `p`.
    fn fuller_role_start(&self, p: usize) -> usize {
        let doc = self.doc;
        // (or over "to" after a role or a word of closeness: "an adviser to the campaign", "a
        // person close to the mayor")
        let to = p >= 3
            && self.is_word(p - 1, "to")
            && (LEX.is_role_noun(self.low(p - 2)) || CLOSE_TO.contains(&self.low(p - 2)));
        if !(p >= 3 && (self.is_word(p - 1, "for") || self.is_word(p - 1, "of") || to)) {
            return p;
        }
        let sent = doc.tokens[p].sent;
        for q in (p.saturating_sub(5)..p - 1).rev() {
            if doc.tokens[q].shape != Shape::Word || doc.tokens[q].sent != sent {
                break;
            }
            if LEX.determiners.contains(self.low(q)) {
                return q;
            }
        }
        p
    }

    /// The speaker noun phrase starting at token `start` ("said Smith", "said the senator"),
    /// and its last token: past titles and a description before a name ("according to
    /// economist Paul Hart", "said undecided Republican voter Stephanie Hooton").
    pub(super) fn np_starting_at(&self, start: usize) -> Option<(Speaker, usize)> {
        let doc = self.doc;
        let start = self.past_description(self.past_titles(start));
        let t = doc.tokens.get(start)?;
        // "said Sunday": a day or month is when, not who.
        if t.in_quote || is_date_word(doc.word(start)) {
            return None;
        }
        if let Some(run) = self.people.run_at(start) {
            // a possessor opens a described speaker as a determiner would ("said Rubio's
            // deputy campaign manager, Rich Beeson")
            // (and so does a word that names no one before a role: "The Republican candidate")
            let possessor = run.start == start && self.possessive_name(run);
            let modifier = run.start == start
                && run.entity.is_none()
                && doc.tokens.get(run.end).is_some_and(|n| {
                    n.shape == Shape::Word && !n.cap && LEX.role_nouns.contains(self.low(run.end))
                });
            if (possessor || modifier) && self.name_after_role(run).is_none() {
                if let Some(found) = self.described_speaker_at(start) {
                    return Some(found);
                }
            }
            // (the name alone before an "of" whose possessive is another's)
            let cut = doc.tokens[run.end - 1].poss && !self.possessive_name(run);
            let end = self.name_after_role(run).unwrap_or(if cut {
                run.name_end - 1
            } else {
                run.end - 1
            });
            // ("said Tom McCabe MP.": past the letters after the name)
            let past = (end + 1..)
                .take_while(|&k| self.is_post_nominal(k))
                .last()
                .unwrap_or(end);
            return self.np_ending_at(end).map(|s| (s, past));
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
        self.described_speaker_at(start)
    }

    /// Whether the name of `run` is a possessor ("said Rubio's deputy"): its last word ends
    /// in 's, but for a word after the "of" that cuts the name, whose possessive is another's
    /// ("said Alex McLeish of Novo's punishment").
    fn possessive_name(&self, run: &Run) -> bool {
        self.doc.tokens[run.end - 1].poss
            && !(run.name_end < run.end && self.is_word(run.name_end, "of"))
    }

    /// Token `start`, or the name after the titles and acronyms that open there ("economist
    /// Paul Hart", "UC-AFT President Bob Samuels").
    fn past_titles(&self, mut start: usize) -> usize {
        while self.doc.tokens.get(start).is_some_and(|t| {
            t.shape == Shape::Word
                && ((!t.cap && t.lex.any(Flags::TITLE))
                    || (t.cap && self.people.run_at(start).is_none()))
        }) && self.people.run_at(start + 1).is_some()
        {
            start += 1;
        }
        start
    }

    /// Token `start`, or the name of a person after a description of them that opens there:
    /// up to ten words of titles, roles, capitalised words (a place's or an organisation's
    /// name, a possessor's), nationalities, modifiers, ranks and the words between them
    /// ("undecided Republican voter Stephanie Hooton", "Florida’s Rick Wilson", "former
    /// Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell", "master of
    /// ceremonies Asab Al-Tabchi", "Air Force 1st Lt. Tyler Livingston"); not across
    /// punctuation, a pronoun, a verb of saying or a word that opens a clause or a phrase of
    /// its own ("who", "in", "to").
    pub(super) fn past_description(&self, start: usize) -> usize {
        let doc = self.doc;
        // (the answer is `start` or the first token of a person's name: with no person's name
        // starting within the ten tokens read, it is `start`, and the words are not read)
        let named = self
            .people
            .runs_within(start, start + 10)
            .iter()
            .any(|r| r.start >= start && r.entity.is_some());
        if !named {
            return start;
        }
        let mut k = start;
        while k < start + 10 {
            let Some(t) = doc.tokens.get(k) else {
                break;
            };
            // (the apostrophe of a plural possessor: "said Ladbrokes' Warren Lush")
            let plural_possessor = k > start
                && doc.plural_possessive_mark(k)
                && doc
                    .tokens
                    .get(k + 1)
                    .is_some_and(|n| n.cap && !doc.glued(k));
            if plural_possessor {
                k += 1;
                continue;
            }
            // (a comma between the role and the name that ends the sentence: "said EEF chief
            // economist, Steve Radley.")
            // (or its field after "of": "said BA director of commercial planning, Robert
            // Boyle.")
            let role_before = |k: usize| {
                doc.tokens[k - 1].lex.is_role_noun()
                    || (k.saturating_sub(4).max(start + 1)..k - 1).any(|j| {
                        self.is_word(j, "of")
                            && doc.tokens[j - 1].lex.is_role_noun()
                            && (j + 1..k)
                                .all(|i| doc.tokens[i].shape == Shape::Word && !doc.tokens[i].cap)
                    })
            };
            if k > start && doc.is(k, ',') && role_before(k) {
                let named_last = self
                    .people
                    .run_at(k + 1)
                    .filter(|r| r.start == k + 1 && r.entity.is_some())
                    .is_some_and(|r| {
                        doc.tokens
                            .get(r.end)
                            .is_none_or(|n| n.sent != t.sent || doc.is(r.end, '.'))
                    });
                if named_last {
                    return k + 1;
                }
            }
            if t.in_quote || t.shape == Shape::Punct {
                break;
            }
            if let Some(run) = self.people.run_at(k).filter(|r| r.start == k) {
                // (a person's name before a role is the role's: "a senior Cruz adviser", but
                // "Clinton spokesman Brian Fallon" is Fallon's)
                let modifies = doc
                    .tokens
                    .get(run.end)
                    .is_some_and(|n| n.shape == Shape::Word && !n.cap && n.lex.is_role_noun())
                    && self.name_after_role(run).is_none();
                // (and a name that opens a firm's of partners: "said Carroll McEntee and
                // McGinley analyst Brian Singer")
                let partner = || {
                    self.is_word(run.end, "and")
                        && self
                            .people
                            .run_at(run.end + 1)
                            .filter(|r| r.start == run.end + 1)
                            .is_some_and(|r| self.name_after_role(r).is_some())
                };
                if run.entity.is_some() && !self.possessive_name(run) && !modifies && !partner() {
                    return k;
                }
                // (a name that is no person's, or a possessor's: part of the description)
                k = run.end;
                continue;
            }
            if t.shape == Shape::Word && !t.cap {
                let w = self.low(k);
                // ("master of ceremonies", "Gov. and Chairman", but not "said of Mr. Trump")
                let joins = matches!(w, "and" | "of") && k > start;
                if LEX.pronouns.contains_key(w)
                    || t.lex.any(Flags::SPEECH_VERB)
                    || (LEX.subject_stops.contains(w) && !joins)
                    || LEX.after_inverted_speaker.contains(w) && !joins
                {
                    break;
                }
            }
            k += 1;
        }
        start
    }

    /// The last token of the name of a person after `run` and a role: "said Clinton spokesman
    /// Brian Fallon" is Fallon. The role is up to four lower-case words ending with a role
    /// noun ("top foreign policy aide"), not across a preposition ("Ed Pincus of the law firm
    /// Mayer Brown").
    pub(super) fn name_after_role(&self, run: &Run) -> Option<usize> {
        let doc = self.doc;
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
        if k == run.end || !doc.tokens[k - 1].lex.is_role_noun() {
            return None;
        }
        let next = self.people.run_at(k)?;
        (next.entity.is_some() && next.start == k).then(|| next.end - 1)
    }

    /// A described speaker opening with the determiner at `start`: the person it refers to
    /// ("the 28-year-old", "the mayor"), the name in an appositive after it ("another leading
    /// advocate, Andrew J. Pincus"), else the phrase as written, up to eight words and no
    /// relative clause ("one Democrat familiar with the discussion", "a longtime adviser to
    /// Trump", "one of two witnesses"). Its last token.
    fn described_speaker_at(&self, start: usize) -> Option<(Speaker, usize)> {
        let doc = self.doc;
        let end = self.described_speaker_end(start);
        if end == start {
            return None;
        }
        if doc.is(end + 1, ',') {
            if let Some(run) = self.people.run_at(end + 2) {
                if let (Some(e), true) = (run.entity, run.start == end + 2) {
                    return Some((Speaker::Person(e, Some(run.name_end)), run.end - 1));
                }
            }
        }
        // (a name inside the phrase is not whom it names: "a longtime adviser to Trump")
        let in_name = self.people.run_at(end).is_some_and(|r| r.entity.is_some());
        let last = self.described_phrase_end(start, end);
        if !in_name {
            // (a noun alone after "the" refers back as it does before the verb: "“…,” said
            // the report." is the IMF's when "the report said" would be; "said the spokesman"
            // is the spokesman for the body described before)
            let the_noun = |n: &str| {
                let head = self.low(end);
                end == start + 1
                    && last == end
                    && self.is_word(start, "the")
                    && (LEX.authored_nouns.contains(head)
                        || LEX.organisation_heads.contains(head)
                        || !n.eq_ignore_ascii_case(
                            &doc.text[doc.tokens[start].start..doc.tokens[end].end],
                        ))
            };
            match self.np_ending_at(end) {
                Some(person @ Speaker::Person(..)) => return Some((person, end)),
                Some(Speaker::Named(n)) if the_noun(&n) => return Some((Speaker::Named(n), end)),
                _ => {}
            }
        }
        let text = doc.text[doc.tokens[start].start..doc.tokens[last].end].to_string();
        Some((Speaker::Named(text), last))
    }

    /// The last role noun (or age, or name) of the phrase opening with the determiner at
    /// `start`, within eight words (a year among them) and before punctuation, a relative
    /// pronoun or a verb of saying; `start` when there is none.
    fn described_speaker_end(&self, start: usize) -> usize {
        let doc = self.doc;
        let sent = doc.tokens[start].sent;
        let mut end = start;
        for k in 1..=8 {
            let p = start + k;
            let Some(tp) = doc.tokens.get(p) else { break };
            let aged = doc.word(p).ends_with("-year-old");
            // (a year modifies the role or the name after it: "a 2008 Clinton veteran", "the
            // 2012 nominee"; not a writing: "a 2013 study by …")
            let year = tp.shape == Shape::Number
                && {
                    let w = doc.word(p);
                    w.len() == 4 && (w.starts_with("19") || w.starts_with("20"))
                }
                && doc.tokens.get(p + 1).is_some_and(|n| {
                    n.shape == Shape::Word
                        && (n.cap || n.lex.is_role_noun())
                        && !LEX.authored_nouns.contains(self.low(p + 1))
                });
            if year && tp.sent == sent && !tp.in_quote {
                continue;
            }
            if (tp.shape != Shape::Word && !aged) || tp.sent != sent || tp.in_quote {
                break;
            }
            if aged {
                end = p;
                continue;
            }
            let lw = self.low(p);
            // (a past tense right after the head is the clause's verb: "the campaign shrugged
            // off", but "a retired teacher"; so is a word that looks like a verb further on)
            let verb_after_head = (end + 1 == p && end > start && !tp.cap && lw.ends_with("ed"))
                || (k >= 2 && self.verb_like(p));
            // (a verb of saying right after the determiner is a noun when its author follows,
            // or, after an inverted verb, the sentence's punctuation: "a report from Marlow
            // Capital", "a note by …", "“…,” said the report.")
            let inverted = || {
                start > 0
                    && doc.tokens[start - 1].lex.any(Flags::SPEECH_VERB)
                    && doc
                        .tokens
                        .get(p + 1)
                        .is_none_or(|n| n.shape == Shape::Punct)
            };
            let noun_after_determiner = k == 1
                && tp.lex.is_role_noun()
                && (self.is_word(p + 1, "from") || self.is_word(p + 1, "by") || inverted());
            // (nor past a clause of its own: "a WeWork spokesperson when contacted by
            // Reuters")
            if (tp.lex.any(Flags::SPEECH_VERB) && !tp.cap && !noun_after_determiner)
                || matches!(lw, "who" | "which" | "that" | "whose")
                || matches!(
                    lw,
                    "when" | "while" | "because" | "although" | "though" | "if" | "unless"
                )
                || verb_after_head
            {
                break;
            }
            // (a possessive modifies a later noun: "one person with knowledge of the
            // governor's dilemma"; the plural of a body's noun heads the phrase too: "the
            // Russian and Syrian defense ministries")
            if !tp.poss
                && (tp.lex.is_role_noun()
                    || (tp.cap && self.people.run_at(p).is_some())
                    || (!tp.cap && plural_of_body_noun(lw)))
            {
                end = p;
            }
        }
        end
    }

    /// Whether the lower-case word at token `p`, inside a described speaker's words, is the
    /// clause's verb rather than part of the phrase: a word that is no function word nor a
    /// role and takes an object or an infinitive ("the Florida senator sought to calm", "the
    /// group seeks to", "One campaign video featured a series"), or an adverb before the verb
    /// ("the commission then took", "the paper also printed").
    pub(super) fn verb_like(&self, p: usize) -> bool {
        let doc = self.doc;
        let t = &doc.tokens[p];
        let w = self.low(p);
        if t.shape != Shape::Word || t.cap || t.lex.is_role_noun() {
            return false;
        }
        // (not an adjective or participle before "to": "a source close to the campaign", "a
        // group opposed to the plan")
        let to = self.is_word(p + 1, "to");
        let adjective_to = to
            && (w.ends_with("ed")
                || CLOSE_TO.contains(&w)
                || matches!(
                    w,
                    "next" | "similar" | "sympathetic" | "friendly" | "hostile" | "due" | "akin"
                ));
        let takes_object = doc.tokens.get(p + 1).is_some_and(|n| {
            n.shape == Shape::Word && !n.cap && (to || LEX.determiners.contains(self.low(p + 1)))
        }) && !t.lex.any(Flags::FUNCTION_WORD)
            && !adjective_to;
        let adverb = matches!(w, "also" | "then" | "later" | "again" | "now") || w.ends_with("ly");
        takes_object || adverb
    }

    /// The last token of a described speaker opening at `start` whose head ends at `head`: on
    /// over the words that complete it ("familiar with the discussion", "to both Clintons"), up
    /// to eight words in all, not over punctuation, a relative pronoun, a verb, "and" or a day.
    fn described_phrase_end(&self, start: usize, head: usize) -> usize {
        let doc = self.doc;
        let sent = doc.tokens[start].sent;
        let mut last = head;
        // (words after a possessive past the head: two at most, a modifier and its noun, and
        // none after a plural, as the clause's verb follows: "The Garner administration's
        // first comments came", "The Garner administration's comments came")
        let mut after_possessive: Option<usize> = None;
        for p in head + 1..(start + 8).min(doc.tokens.len()) {
            let t = &doc.tokens[p];
            if t.shape != Shape::Word || t.sent != sent || t.in_quote {
                break;
            }
            if let Some(n) = after_possessive.as_mut() {
                *n += 1;
                let before = &doc.tokens[p - 1];
                let plural_before = *n > 1 && !before.cap && {
                    let b = self.low(p - 1);
                    b.ends_with('s') && !b.ends_with("ss")
                };
                if !t.cap && (*n > 2 || plural_before) {
                    break;
                }
            }
            if t.poss {
                after_possessive = Some(0);
            }
            let w = self.low(p);
            let ends = (t.lex.any(Flags::SPEECH_VERB) && !t.cap)
                || LEX.pronouns.contains_key(w)
                || is_date_word(doc.word(p))
                || matches!(
                    w,
                    "who" | "whom" | "whose" | "which" | "that" | "and" | "but" | "or"
                )
                || (LEX.subject_stops.contains(w)
                    && !LEX.listener_prepositions.contains(w)
                    && !matches!(w, "of" | "about"))
                || (w.ends_with("ing") && !doc.tokens[p - 1].poss)
                || (p == head + 1 && w.ends_with("ed"))
                || self.verb_like(p);
            if ends {
                break;
            }
            last = p;
        }
        // (not ending on a word that needs more: "familiar with the")
        while last > head
            && (LEX.listener_prepositions.contains(self.low(last))
                || LEX.determiners.contains(self.low(last))
                || matches!(self.low(last), "of" | "about" | "familiar" | "close"))
        {
            last -= 1;
        }
        last
    }
}

/// Whether token `i` starts with a mark that may close a quotation.
pub(super) fn closing_mark(doc: &Doc, i: usize) -> bool {
    matches!(doc.first_char(i), '”' | '"' | '’' | '\'' | '»')
}

/// Whether `w` is a firm's or a body's initials in capitals, with no dots: two to five ASCII
/// capitals ("AM", "LL", "IBM"; not "U.S." nor "NASDAQ", which [`is_acronym`] takes).
fn is_firm_initials(w: &str) -> bool {
    (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::without_place_or_owner;
    use crate::extract::testing::{check, Cases};

    /// The phrase that names the speaker: a name, an acronym, a role or a described speaker, past
    /// titles and descriptions before a name.
    #[test]
    fn speaker_phrases() {
        let cases: Cases = &[
            // a plural's possessive inside a body's name ("Bankers' Association"); a person
            // before "of" and a body whose name holds "of" or such a possessive
            (
                "The British Bankers' Association said lending was “weaker” in January.",
                &[("weaker", Some("The British Bankers' Association"), None)],
            ),
            (
                "Ann Lee of the National Union of Teachers said: “We will strike.”",
                &[("We will strike.", Some("Ann Lee of the National Union of Teachers"), Some("Ann Lee"))],
            ),
            (
                "Ann Lee of the Kestrel Teachers' Federation said: “We will strike.”",
                &[("We will strike.", Some("Ann Lee of the Kestrel Teachers' Federation"), Some("Ann Lee"))],
            ),
            // a number after a capitalised word is part of a body's name
            (
                "A Number 10 spokeswoman would only say: “He will announce an election when he wants to.”",
                &[("He will announce an election when he wants to.", Some("Number 10"), None)],
            ),
            // a bare word that only looks plural is no speaker: "press" is a verb here
            (
                "Kestrel Oil said on Monday it had filed suit so that it can press claims over a “campaign of illegal and disproportionate” tax demands.",
                &[("campaign of illegal and disproportionate", Some("Kestrel Oil"), None)],
            ),
            // letters after a name for an office or an honour are no speaker of their own
            (
                "Finance Minister, Tom McCabe MSP, said: “We announced a sum.”",
                &[("We announced a sum.", Some("Tom McCabe"), Some("Tom McCabe"))],
            ),
            (
                "“We announced a sum,” said Tom McCabe MP.",
                &[("We announced a sum,", Some("Tom McCabe"), Some("Tom McCabe"))],
            ),
            (
                "“We announced a sum,” Ann Lee QC MP told reporters.",
                &[("We announced a sum,", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            // a capitalised word on no list, opening a sentence as the subject of a verb of
            // saying, is the speaker as written; not a plural, a role or a pronoun
            (
                "Floods hit the north. Oxfam said: “We are seeing a disaster.”",
                &[("We are seeing a disaster.", Some("Oxfam"), None)],
            ),
            // a described phrase with a possessor ends before the clause's verb: a plural
            // noun after the possessive, or its second word, is its last
            (
                "The Garner administration's first comments came with a warning, saying that voters were “coming out in droves.”",
                &[("coming out in droves.", Some("The Garner administration's first comments"), None)],
            ),
            (
                "The Garner administration's comments came with a warning, saying that voters were “coming out in droves.”",
                &[("coming out in droves.", Some("The Garner administration's comments"), None)],
            ),
            // a year inside a description before a role or a name; not before a writing
            (
                "Ann Lee ran in 2008. “She didn’t like that,” said a 2008 Lee veteran.",
                &[("She didn’t like that,", Some("a 2008 Lee veteran"), None)],
            ),
            (
                "According to a 2013 study by economists Ann Lee and Bo Ray, the slump was due to a “major change in trade policy.”",
                &[("major change in trade policy.", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            // a described speaker ends before a word that takes an object or an infinitive,
            // or an adverb: the clause's verb
            (
                "Ann Lee quit. The Kestrel senator sought to calm his supporters, saying the man would “not get beat up”.",
                &[("not get beat up", Some("The Kestrel senator"), None)],
            ),
            (
                "The paper also printed an article by a trade official, who said “all kinds of difficulties” remained.",
                &[("all kinds of difficulties", Some("The paper"), None)],
            ),
            // (not an adjective before "to"); a role's words run back over "to" after a role
            // or a word of closeness
            (
                "An adviser to the mayor said: “We are fine.” A person close to Bo Ray said: “Not at all.”",
                &[
                    ("We are fine.", Some("An adviser to the mayor"), None),
                    ("Not at all.", Some("A person close to Bo Ray"), None),
                ],
            ),
            (
                "A source close to the campaign said it was “very worked up about it”.",
                &[("very worked up about it", Some("A source close to the campaign"), None)],
            ),
            // (not a conjunction that opens the sentence)
            (
                "Fees rose. But Age Concern said the plan was “cowardly”. As Kestrel Radio reported, “It is over.”",
                &[
                    ("cowardly", Some("Age Concern"), None),
                    ("It is over.", Some("Kestrel Radio"), None),
                ],
            ),
            (
                "Floods hit the north. Zorvex also said: “We are seeing a disaster.”",
                &[("We are seeing a disaster.", Some("Zorvex"), None)],
            ),
            (
                "Floods hit the north. Zorvexers said: “We are seeing a disaster.”",
                &[("We are seeing a disaster.", None, None)],
            ),
            (
                "Floods hit the north. Officials said: “We are seeing a disaster.”",
                &[("We are seeing a disaster.", Some("Officials"), None)],
            ),
            (
                "Trump won. Someone called it a “quiet revolution,” and I agree.",
                &[],
            ),
            (
                "Floods hit the north. Zorvex, meanwhile, fell. It said: “We are seeing a disaster.”",
                &[("We are seeing a disaster.", None, None)],
            ),
            // an organisation's whole name: past a possessive and the small words inside it
            (
                "On Monday, the People’s Tribune warned that there is “no room for delay at all”.",
                &[("no room for delay at all", Some("the People’s Tribune"), None)],
            ),
            (
                "But, as the Joint Committee on Roads and Bridges has pointed out, the bridge would be used “for the purpose of moving cattle”.",
                &[("for the purpose of moving cattle", Some("the Joint Committee on Roads and Bridges"), None)],
            ),
            // past a country's initials
            (
                "Soy imports rose. “Yields are low,” the U.S. Embassy said.",
                &[("Yields are low,", Some("the U.S. Embassy"), None)],
            ),
            (
                "Soy imports rose. “Yields are low,” the U.N. Security Council said.",
                &[("Yields are low,", Some("the U.N. Security Council"), None)],
            ),
            (
                "“Costs will rise,” Marlow & Finch said in a note.",
                &[("Costs will rise,", Some("Marlow & Finch"), None)],
            ),
            // a name after a plural possessor in an inverted attribution
            (
                "Odds fell. “She is a troublemaker,” said Marlows' Ivo Hale. Bets rose.",
                &[("She is a troublemaker,", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            (
                "Odds fell. “She is a troublemaker,” said Marlows’ Ivo Hale. Bets rose.",
                &[("She is a troublemaker,", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            // a writing and its author after an inverted verb ("report" is a verb of saying too):
            // the organisation that wrote it
            (
                "“The market is pricing in a recovery,” said a report from Marlow Capital Markets.",
                &[("The market is pricing in a recovery,", Some("Marlow Capital Markets"), None)],
            ),
            // ... never over a person's name
            (
                "“We will go on,” Ann Lee and Fenwick Harbour Trust said.",
                &[("We will go on,", Some("Fenwick Harbour Trust"), None)],
            ),
            // a name the article gives once, after a quote its own mark closed
            (
                "Voters spoke. “We are tired of it!” Okoro said.",
                &[("We are tired of it!", Some("Okoro"), None)],
            ),
            (
                "Voters spoke. “Why now?” Brennan asked.",
                &[("Why now?", Some("Brennan"), None)],
            ),
            // ... not a word of the lists
            (
                "Voters spoke. “We won!” Officials said.",
                &[("We won!", None, None)],
            ),
            // an organisation speaks
            (
                "“We deny it,” the White House said in a statement.",
                &[("We deny it,", Some("the White House"), None)],
            ),
            // an acronym speaks for an organisation
            (
                "“We deny it,” the FBI said.",
                &[("We deny it,", Some("the FBI"), None)],
            ),
            // an office written with capitals is read as in lower case: the person introduced
            // with it, else the office as written
            (
                "Prime Minister Ada Okoro spoke on Monday. “We will act,” the Prime Minister said.",
                &[("We will act,", Some("Ada Okoro"), Some("Ada Okoro"))],
            ),
            (
                "President Ivo Hale spoke. Vice President Ada Okoro spoke too. “We will act,” the Vice President said.",
                &[("We will act,", Some("Ada Okoro"), Some("Ada Okoro"))],
            ),
            (
                "“We will act,” the President said.",
                &[("We will act,", Some("the President"), None)],
            ),
            // a role speaks
            (
                "“We deny it,” a spokesman for the campaign said.",
                &[("We deny it,", Some("a spokesman for the campaign"), None)],
            ),
            // a body's spokesman or writing named by its name is the body's voice
            (
                "“We deny it,” a Kestrel Bank spokeswoman said.",
                &[("We deny it,", Some("Kestrel Bank"), None)],
            ),
            // (its description ends where a clause of its own starts)
            (
                "“We are cooperating,” said a Kestrel Bank spokeswoman when contacted by Reuters.",
                &[("We are cooperating,", Some("Kestrel Bank"), None)],
            ),
            (
                "“Growth will slow,” a Fenwick Monetary Fund team said.",
                &[("Growth will slow,", Some("Fenwick Monetary Fund"), None)],
            ),
            (
                "A Kestrel Bank spokesman said the deal was off. “We deny it,” the spokesman said.",
                &[("We deny it,", Some("Kestrel Bank"), None)],
            ),
            (
                "“Rates will rise,” the Ministry of Finance report said.",
                &[("Rates will rise,", Some("Ministry of Finance"), None)],
            ),
            // (a person's role after their name, with no comma to close it: the person's)
            (
                "“We will wait,” Paul Goosens, head of Preventon told the BBC.",
                &[(
                    "We will wait,",
                    Some("Paul Goosens, head of Preventon"),
                    Some("Paul Goosens"),
                )],
            ),
            // (a body's noun: the body named before, or described in lower case as the
            // subject of a verb of saying)
            (
                "Sugar was sold, the Fenwick Sugar Council said. “We agree,” a council spokesman said.",
                &[("We agree,", Some("the Fenwick Sugar Council"), None)],
            ),
            (
                "Sugar was sold, the state sugar council announced. A council communique said “the sale was fair.”",
                &[("the sale was fair.", Some("the state sugar council"), None)],
            ),
            // (or named after a spokesman's "for"; not a person's)
            (
                "“We deny it,” a spokeswoman for Kestrel Bank said.",
                &[("We deny it,", Some("Kestrel Bank"), None)],
            ),
            (
                "“We deny it,” a spokeswoman for the Kestrel Bank said.",
                &[("We deny it,", Some("Kestrel Bank"), None)],
            ),
            // (or after "from", or before a possessive: "a report from Kestrel Securities",
            // "Kestrel Bank's spokesman"; not a person's)
            (
                "“We deny it,” said a spokesman from Kestrel Bank. “Prices will rise,” said a study from the Kestrel Institute.",
                &[
                    ("We deny it,", Some("Kestrel Bank"), None),
                    ("Prices will rise,", Some("Kestrel Institute"), None),
                ],
            ),
            (
                "“We deny it,” UNCTAD's spokesman said.\n\nPrices rose. “We will wait,” the Kestrel Bank’s spokeswoman said.",
                &[
                    ("We deny it,", Some("UNCTAD"), None),
                    ("We will wait,", Some("Kestrel Bank"), None),
                ],
            ),
            (
                "Ivo Hale spoke. “We deny it,” Hale's spokesman said.",
                &[("We deny it,", Some("Hale's spokesman"), None)],
            ),
            (
                "Ivo Hale spoke. “We deny it,” a spokesman for Mr Hale said.",
                &[("We deny it,", Some("a spokesman for Mr Hale"), None)],
            ),
            (
                "Ivo Hale spoke. “We deny it,” a spokesman for House Speaker Ivo Hale said.",
                &[("We deny it,", Some("a spokesman for House Speaker Ivo Hale"), None)],
            ),
            // (a team's nickname alone is its name)
            (
                "“We have had an approach,” a Saints spokesman said.",
                &[("We have had an approach,", Some("Saints"), None)],
            ),
            // the plural of a body's noun heads a described speaker, over "and" between two
            // capitalised words (not "the British" alone)
            (
                "The British and French governments said the plan was “unworkable.”",
                &[("unworkable.", Some("The British and French governments"), None)],
            ),
            (
                "The Russian and Syrian defense ministries accused the rebels of forming “bandit formations” in the area.",
                &[("bandit formations", Some("The Russian and Syrian defense ministries"), None)],
            ),
            // (a firm's suffix after a bracket closes the name before it)
            (
                "“We will double capacity,” Kestrel (U.K.) Ltd said.",
                &[("We will double capacity,", Some("Kestrel (U.K.) Ltd"), None)],
            ),
            // (past its stock ticker)
            (
                "A Kestrel Bank Ltd <KBL.T> spokesman said “we will wait.”",
                &[("we will wait.", Some("Kestrel Bank Ltd"), None)],
            ),
            // (not a place's, a nation's or a person's, nor a writing's name or our writing)
            (
                "“We deny it,” a U.S. official said.",
                &[("We deny it,", Some("a U.S. official"), None)],
            ),
            (
                "Ivo Hale spoke. “We deny it,” a Hale spokesman said.",
                &[("We deny it,", Some("a Hale spokesman"), None)],
            ),
            (
                "“Rates will rise,” the Beige Book said.",
                &[("Rates will rise,", Some("the Beige Book"), None)],
            ),
            // a writing's noun that is a verb of saying too, after an inverted verb
            (
                "“Regan failed,” said the report. “It is over.”",
                &[("Regan failed, It is over.", Some("the report"), None)],
            ),
            // ... and refers back as it does before the verb
            (
                "Copy protection firm Macrovision says it works. “It is good,” said the firm.",
                &[("It is good,", Some("Macrovision"), None)],
            ),
            // a firm of partners before the role and the name
            (
                "“Oil is firm,” said Carroll McEntee and McGinley analyst Brian Singer.",
                &[("Oil is firm,", Some("Brian Singer"), Some("Brian Singer"))],
            ),
            // a role for a named body (the name after "for" is no subject; its role is, and
            // speaks for the body)
            (
                "WeWork cut jobs. “We deny it,” a spokeswoman for WeWork said.",
                &[("We deny it,", Some("WeWork"), None)],
            ),
            // "said Sunday" names when, not who
            (
                "“Troops are not the answer,” Ben Rhodes, a deputy adviser, said Sunday. “No.”",
                &[(
                    "Troops are not the answer, No.",
                    Some("Ben Rhodes, a deputy adviser"),
                    Some("Ben Rhodes"),
                )],
            ),
            // a role between a possessor and the name
            (
                "“It is shameful,” said Clinton’s top foreign policy aide Jake Sullivan.",
                &[(
                    "It is shameful,",
                    Some("Jake Sullivan"),
                    Some("Jake Sullivan"),
                )],
            ),
            // a name after an outlet and a role
            (
                "“Imagine that,” mused Blaze co-host Stu Berg.",
                &[("Imagine that,", Some("Stu Berg"), Some("Stu Berg"))],
            ),
            // a description before the name, and an age as the speaker
            (
                "“I am not sure,” said undecided Republican voter Stephanie Hooton of Derry.",
                &[(
                    "I am not sure,",
                    Some("Stephanie Hooton of Derry"),
                    Some("Stephanie Hooton"),
                )],
            ),
            (
                "“He is a leader,” said the 46-year-old.",
                &[("He is a leader,", Some("the 46-year-old"), None)],
            ),
            // a described speaker kept as written, but for a relative clause
            (
                "“It was unseemly,” said one of two witnesses who asked not to be named.",
                &[("It was unseemly,", Some("one of two witnesses"), None)],
            ),
            (
                "“It will be hard,” said a Mexican official who was not authorized to speak.",
                &[("It will be hard,", Some("a Mexican official"), None)],
            ),
            // ... with what completes it; a name inside it is not whom it names
            (
                "“It was weak,” said one Democrat familiar with the discussion, who added more.",
                &[(
                    "It was weak,",
                    Some("one Democrat familiar with the discussion"),
                    None,
                )],
            ),
            (
                "Donald Trump spoke. “He is out of date,” said a longtime adviser to Trump, who declined to be named.",
                &[("He is out of date,", Some("a longtime adviser to Trump"), None)],
            ),
            (
                "Ted Cruz spoke. “Trump is bigger,” said one Cruz confidant.",
                &[("Trump is bigger,", Some("one Cruz confidant"), None)],
            ),
            // a capitalised word that is also a verb of saying is a name
            (
                "A State Department official said, “We will not speak to it.”",
                &[(
                    "We will not speak to it.",
                    Some("State Department"),
                    None,
                )],
            ),
            (
                "“It is a start,” Ryan's office said in a statement.",
                &[("It is a start,", Some("Ryan's office"), None)],
            ),
            // a possessive inside a described speaker is not its head
            (
                "“It is hard,” said one person with knowledge of the governor's dilemma.",
                &[(
                    "It is hard,",
                    Some("one person with knowledge of the governor's dilemma"),
                    None,
                )],
            ),
            (
                "“It is hard,” said one person familiar with the talks.",
                &[("It is hard,", Some("one person familiar with the talks"), None)],
            ),
            (
                "“It is hard,” said one source familiar with Cruz’s thinking.",
                &[(
                    "It is hard,",
                    Some("one source familiar with Cruz’s thinking"),
                    None,
                )],
            ),
            // a noun that is also a speech verb speaks after a determiner
            (
                "“Whites will be fewer,” the report stated.",
                &[("Whites will be fewer,", Some("the report"), None)],
            ),
            (
                "Support poured in. One tweet said: “This is very sad.”",
                &[("This is very sad.", Some("One tweet"), None)],
            ),
            // a capitalised pronoun stands for its antecedent, never for itself
            (
                "John Lee spoke. “We won,” He said.",
                &[("We won,", Some("John Lee"), Some("John Lee"))],
            ),
            (
                "“We won,” We said.",
                &[("We won,", None, None)],
            ),
            // a role between a name and the name ("ally", "strategist") and rarer verbs
            (
                "Hillary Clinton spoke. “It is good,” said Clinton ally James Carville.",
                &[("It is good,", Some("James Carville"), Some("James Carville"))],
            ),
            (
                "“It is good,” exhorted actress Jamie Lee Curtis.",
                &[("It is good,", Some("Jamie Lee Curtis"), Some("Jamie Lee Curtis"))],
            ),
            (
                "Donald Trump spoke. “Is Obama profiling?” reacted Trump.",
                &[("Is Obama profiling?", Some("Donald Trump"), Some("Donald Trump"))],
            ),
            // a possessor opens a described speaker, and the name after it is whom it names
            (
                "Marco Rubio spoke. “We are ready,” said Rubio’s deputy campaign manager, Rich Beeson, who ran it.",
                &[("We are ready,", Some("Rich Beeson"), Some("Rich Beeson"))],
            ),
            (
                "Marco Rubio spoke. “We are ready,” said Rubio’s deputy campaign manager.",
                &[("We are ready,", Some("Rubio’s deputy campaign manager"), None)],
            ),
            (
                "Donald Trump arrived. The Republican candidate hit back, saying, “We need to protect all Americans.”",
                &[(
                    "We need to protect all Americans.",
                    Some("The Republican candidate"),
                    None,
                )],
            ),
            // a lone word opening a sentence speaks when the article writes it as a name
            (
                "When Maddow pointed it out, they laughed. Maddow asked, “Why?”",
                &[("Why?", Some("Maddow"), None)],
            ),
            (
                "Talks at Verizon ended. Verizon said: “We are pleased.”",
                &[("We are pleased.", Some("Verizon"), None)],
            ),
            // (no name, but a role, as "officials said" is)
            (
                "Their officials spoke. Officials said: “We are pleased.”",
                &[("We are pleased.", Some("Officials"), None)],
            ),
            // the name in an appositive after a described speaker
            (
                "“It is likely,” said another leading advocate, Andrew Pincus of Mayer Brown.",
                &[(
                    "It is likely,",
                    Some("Andrew Pincus of Mayer Brown"),
                    Some("Andrew Pincus"),
                )],
            ),
        ];
        check(cases);
    }

    /// A person's writing speaks for them ("Lee's letter", "her statement"), not in a phrase
    /// after a preposition; a plural role opening a sentence is a speaker ("Officials said"),
    /// not one right after a quote.
    #[test]
    fn compounds_of_place_or_owner() {
        let cases = [
            (
                "the Washington-based Atlantic Council",
                "the Atlantic Council",
            ),
            ("Amazon-owned Whole Foods", "Whole Foods"),
            ("the state-run Bank of Ruritania", "the Bank of Ruritania"),
            (
                "A London-based Nordic banking expert",
                "A London-based Nordic banking expert",
            ),
            ("a London-based analyst", "a London-based analyst"),
            ("the Atlantic Council", "the Atlantic Council"),
            ("Kestrel-owned", "Kestrel-owned"),
            ("the -based Council", "the -based Council"),
        ];
        for (input, want) in cases {
            assert_eq!(without_place_or_owner(input), want, "{input:?}");
        }
    }

    #[test]
    fn writings_and_roles() {
        let cases: Cases = &[
            (
                "Ann Hoff wrote to the panel. Hoff's letter makes a simple case: “We must act now.”",
                &[("We must act now.", Some("Ann Hoff"), Some("Ann Hoff"))],
            ),
            (
                "Maria Diaz was asked about the deal. “We are not selling,” her statement said.",
                &[("We are not selling,", Some("Maria Diaz"), Some("Maria Diaz"))],
            ),
            (
                "Gordon Brown met Tony Blair. In Mr Peston's book Mr Brown is alleged to have told the prime minister: “There is nothing you could say.”",
                &[(
                    "There is nothing you could say.",
                    Some("Gordon Brown"),
                    Some("Gordon Brown"),
                )],
            ),
            (
                "The plant closed on Monday. Officials said: “We are looking at all options.”",
                &[("We are looking at all options.", Some("Officials"), None)],
            ),
            (
                "Robert Blake is on trial. Witnesses have already told the court that Mr Blake “stood out as nervous” that night.",
                &[("stood out as nervous", Some("Witnesses"), None)],
            ),
            (
                "Tom Lee wrote a letter: “We are trying to save lives.” Organisers say all funds will go to charity.",
                &[("We are trying to save lives.", Some("Tom Lee"), Some("Tom Lee"))],
            ),
        ];
        check(cases);
    }
}
