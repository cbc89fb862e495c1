//! What the words around one mention of a name say it names: a thing (a film, a band, a firm,
//! an award, a party) or a person. Newsrooms name a film, a band or a firm as they name a
//! person ("Vera Drake", "Franz Ferdinand", "Lockheed Martin"), and most mentions carry no sign
//! either way; the signs one mention carries count for every mention of the name in the
//! article (see `link`).

use super::runs::opens_clause;
use super::Run;
use crate::extract::lexicon::Flags;
use crate::extract::text::{Doc, Shape};

/// The signs one mention carries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Cues {
    /// The mention names a thing: "the Lib Dems have", "the film Vera Drake", "the Golden
    /// Globe nomination", "Harry Potter director Alfonso Cuaron", "Franz Ferdinand were",
    /// "1947's Nicholas Nickleby", "Hewlett Packard (HP)".
    pub(crate) thing: bool,
    /// The mention names a person: an honorific ("Mr"), a title before a full name ("Senator
    /// Ann Lee"), kin ("daughter Jill", "Blair's
    /// wife"), an age or a role in apposition ("Ada Frei, 45,", "Ada Frei, the mayor,").
    pub(crate) person: bool,
}

impl Cues {
    /// The signs around `run`, a run of `doc` whose name has been read.
    pub(crate) fn of(doc: &Doc, run: &Run) -> Cues {
        if run.name_end <= run.name_start {
            return Cues::default();
        }
        Cues {
            thing: thing_cue(doc, run),
            person: person_cue(doc, run),
        }
    }
}

/// Whether the words around `run` say its name is a thing's.
fn thing_cue(doc: &Doc, run: &Run) -> bool {
    let (start, end) = (run.name_start, run.end);
    let whole = start == run.start && !run.titled;
    let before = start.checked_sub(1);
    let low_word = |i: usize| {
        doc.tokens
            .get(i)
            .is_some_and(|t| t.shape == Shape::Word && !t.cap)
    };
    // "the Lib Dems have", "the Lib Dems." (but "the Blair government" names Blair).
    let after_the = whole
        && before.is_some_and(|b| doc.low(b) == "the")
        && doc.tokens.get(end).is_none_or(|t| {
            t.shape == Shape::Punct
                || (t.shape == Shape::Word
                    && !t.cap
                    && t.lex.any(Flags::FUNCTION_WORD | Flags::SPEECH_VERB))
        });
    // "the film Vera Drake", "Glasgow group Franz Ferdinand", "the pantomime, Dick
    // Whittington" (but not "the film Mike Leigh directed").
    let kind_before = whole
        && before.is_some_and(|b| {
            let kind = |i: usize| low_word(i) && doc.tokens[i].lex.any(Flags::THING_KIND);
            kind(b) || (doc.is(b, ',') && b > 0 && kind(b - 1) && doc.tokens[b - 1].poss.eq(&false))
        })
        && !(low_word(end) && doc.low(end).ends_with("ed"));
    // "the Golden Globe nomination", "the Middle Way group" (but one word may be a person's
    // surname: "the Trump nomination").
    let last = run.name_end - 1;
    let head_after = last > start
        && !doc.tokens[last].poss
        && low_word(end)
        && doc.tokens[end].lex.any(Flags::THING_HEAD);
    // "Harry Potter director Alfonso Cuaron", "Aston Villa's Carlton Cole".
    let role_after = !doc.tokens[last].poss
        && low_word(end)
        && doc.tokens[end].lex.any(Flags::WORK_ROLE)
        && given_name_at(doc, end + 1);
    let poss_name_after = doc.tokens[last].poss && given_name_at(doc, end) && {
        // (not "Blair's Cherie": a person's first name after a possessive is kin or staff)
        doc.name_lex(end).first_name().is_some()
            && doc
                .tokens
                .get(end + 1)
                .is_some_and(|t| t.cap && t.shape == Shape::Word)
    };
    // "Franz Ferdinand were": a plural verb after a name alone that opens its clause (not
    // "Ann and Bob Lee were", "an injury to Mary Joe Fernandez have").
    let plural_verb = !doc.tokens[last].poss
        && low_word(end)
        && matches!(doc.low(end), "were" | "are" | "have")
        && opens_clause(doc, run.start);
    // "1947's Nicholas Nickleby", "last year's Golden Globe".
    let year_before = whole
        && before.is_some_and(|b| {
            let t = &doc.tokens[b];
            t.poss && (t.shape == Shape::Number || matches!(doc.low(b), "year" | "season"))
        });
    after_the
        || kind_before
        || head_after
        || role_after
        || poss_name_after
        || plural_verb
        || year_before
        || initials_in_brackets(doc, run)
}

/// Whether a capitalised given name, which may begin a person's name, stands at token `i`.
fn given_name_at(doc: &Doc, i: usize) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| t.shape == Shape::Word && t.cap && !t.lex.is_non_person_word())
        && doc.name_lex(i).first_name().is_some()
}

/// Whether the name of `run` is followed by its initials in brackets, as a firm's is:
/// "Hewlett Packard (HP)".
fn initials_in_brackets(doc: &Doc, run: &Run) -> bool {
    let end = run.end;
    if run.name_end - run.name_start < 2 || !doc.is(end, '(') || !doc.is(end + 2, ')') {
        return false;
    }
    let Some(t) = doc.tokens.get(end + 1) else {
        return false;
    };
    let acronym = doc.word(end + 1);
    t.shape == Shape::Word
        && acronym.len() == run.name_end - run.name_start
        && acronym
            .chars()
            .zip(run.name_start..run.name_end)
            .all(|(c, k)| c.is_uppercase() && doc.first_char(k) == c)
}

/// Whether the words around `run` say its name is a person's.
fn person_cue(doc: &Doc, run: &Run) -> bool {
    let (start, end) = (run.name_start, run.end);
    let last = run.name_end - 1;
    let kin = |i: usize| {
        doc.tokens
            .get(i)
            .is_some_and(|t| t.shape == Shape::Word && !t.cap && t.lex.any(Flags::KIN))
    };
    // (an office before one word may be no person's: "the General Election")
    run.honorific
        || (run.titled && run.name_end > start + 1)
        || (start == run.start && start > 0 && kin(start - 1))
        || (doc.tokens[last].poss && kin(end))
        || age_or_role_follows(doc, end)
}

/// Whether an age or a role in apposition follows the name ending before `end`: "Ada Frei, 45,",
/// "Ada Frei, the former minister," (but not "Franz Ferdinand, the Glasgow band,", "the Bill of
/// Rights, a global petition", "the city of Arbil, a senior official said", "sailors and
/// Marines, 6,000 servicemen").
fn age_or_role_follows(doc: &Doc, end: usize) -> bool {
    if !doc.is(end, ',') {
        return false;
    }
    let Some(t) = doc.tokens.get(end + 1) else {
        return false;
    };
    if t.shape == Shape::Number {
        let spaced = |i: usize| {
            doc.tokens
                .get(i + 1)
                .is_none_or(|n| n.start > doc.tokens[i].end)
        };
        return doc.word(end + 1).len() <= 3 && doc.is(end + 2, ',') && spaced(end + 2);
    }
    if !(t.shape == Shape::Word && !t.cap && matches!(doc.low(end + 1), "a" | "an" | "the")) {
        return false;
    }
    let mut role = false;
    for k in end + 2..doc.tokens.len().min(end + 14) {
        let t = &doc.tokens[k];
        if t.shape == Shape::Punct {
            break;
        }
        if t.lex.any(Flags::SPEECH_VERB) {
            // (the name is the object of a clause that a speaker ends: "Arbil, a senior
            // official said")
            return false;
        }
        if role || k > end + 6 {
            continue;
        }
        if t.lex.any(Flags::THING_KIND | Flags::ORG_WORD) {
            return false;
        }
        role = !t.cap && is_person_role(t.lex, doc.low(k));
    }
    role
}

/// Whether a lower-case word is a role only a person has: a title ("minister", "spokesman") or
/// a role noun of a person's ending ("lawyer", "activist", "historian"; not "petition",
/// "newspaper").
fn is_person_role(lex: Flags, l: &str) -> bool {
    lex.any(Flags::TITLE)
        || (lex.any(Flags::ROLE_NOUN)
            && !lex.any(Flags::ORG_WORD)
            && ["er", "or", "ist", "ian", "ant", "ent"]
                .iter()
                .any(|s| l.ends_with(s))
            && !l.ends_with("paper"))
}
