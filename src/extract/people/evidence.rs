//! What the words around one mention of a name say it names: a thing (a film, a band, a firm,
//! an award, a party) or a person. Newsrooms name a film, a band or a firm as they name a
//! person ("Vera Drake", "Franz Ferdinand", "Lockheed Martin"), and most mentions carry no sign
//! either way; the signs one mention carries count for every mention of the name in the
//! article (see `link`).

use super::runs::{is_date_word, is_initial_token, opens_clause};
use super::{is_possessive_determiner, possessor_end, punct_is, word_bytes, word_is, Run};
use crate::extract::lexicon::{is_common_word, Flags, LEX};
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
        // (a character of a work is described as a person is: "his role as George Kirk, the
        // father of ...")
        let character = role_as(doc, run);
        // (a firm's role overrides the title its noun makes: "sole manager Dale Kessel", ",
        // a unit of")
        let firm = issue_manager_before(doc, run.name_start)
            || unit_of_follows(doc, run.name_end)
            || owners_of_follow(doc, run);
        Cues {
            thing: character || firm || thing_cue(doc, run),
            person: !character && !firm && person_cue(doc, run),
        }
    }
}

/// Whether the words around `run` say its name is a thing's. (Asked of every run: the word
/// before and the word after are read once, and most runs have neither kind of neighbour.)
fn thing_cue(doc: &Doc, run: &Run) -> bool {
    let (start, end) = (run.name_start, run.end);
    let last = run.name_end - 1;
    let poss = doc.tokens[last].poss;
    let low_word = |i: usize| {
        doc.tokens
            .get(i)
            .is_some_and(|t| t.shape == Shape::Word && !t.cap)
    };
    // (the next word's lower-case form is read only where a test needs it: most runs are
    // settled by the word's lists or kind first)
    let next_is_low = low_word(end);
    let several = run.name_end > start + 1;
    if quoted_alone(doc, run)
        || brand_mark_follows(doc, run.name_end)
        || quoted_title(doc, run)
        || model_code_at(doc, end)
        || (run.name_end == end
            && (state_follows(doc, end)
                || firm_follows(doc, end)
                || partner_of_firm(doc, end, start)
                || said_in_its(doc, end)))
        || priced(doc, run.start)
        || dateline_region(doc, run)
        || article_opens_title(doc, run)
        || gerund_opens_title(doc, run)
        || in_firm_marks(doc, run)
        || in_firm_list(doc, run)
        || inside_foreign_name(doc, run)
        || (start == run.start
            && model_number_before(doc, start)
            && !given_name_at(doc, start)
            && !is_initial_token(doc, start))
    {
        return true;
    }
    // "Royal Bank of Canada": a name that "of" cuts off its run, a body's word last, is the
    // body's.
    if several
        && run.name_end < end
        && word_is(doc, run.name_end, "of")
        && doc.tokens[last].lex.any(Flags::ORG_WORD)
        && !doc.tokens[last].lex.any(Flags::TITLE)
    {
        return true;
    }
    // "BANGOR, Maine - Bangor Hydro said": a name of several words that opens with the place
    // of the text's dateline is a firm's or a team's named after the town.
    if several && start > 0 && dateline_place(doc) == Some(doc.low(start)) {
        return true;
    }
    // "Hurricane Sandy", "Band Aid": a kind of thing opens the name (but not a given name:
    // "Charity Lee"); so does a number's word ("the Million Man March", "Anne of a Thousand
    // Days").
    if start == run.start
        && several
        && ((doc.tokens[start].lex.any(Flags::THING_KIND) && !given_name_at(doc, start))
            || matches!(
                doc.low(start),
                "hundred" | "thousand" | "million" | "billion"
            ))
    {
        return true;
    }
    if let Some(b) = start.checked_sub(1) {
        if before_says_thing(doc, run, b, next_is_low) {
            return true;
        }
    }
    if next_is_low && !poss {
        let lex = doc.tokens[end].lex;
        // "the Golden Globe nomination", "the Middle Way group" (but one word may be a
        // person's surname: "the Trump nomination"); "the Democracy Wall movement" (but not
        // a name that opens with a given name: "the Bernie Sanders movement").
        if several
            && (lex.any(Flags::THING_HEAD)
                || (doc.low(end) == "movement" && !given_name_at(doc, start))
                || (FACILITY_KINDS.contains(&doc.low(end))
                    && doc.tokens.get(end + 1).is_some_and(|t| {
                        t.shape == Shape::Word && !t.cap && t.lex.any(Flags::THING_HEAD)
                    })))
        {
            return true;
        }
        // "Harry Potter director Alfonso Cuaron".
        if lex.any(Flags::WORK_ROLE) && given_name_at(doc, end + 1) {
            return true;
        }
        // "a Bear Stearns analyst", "Drexel Burnham Lambert analyst Jeff Edelman": a
        // market's analysts and dealers work for a firm (but "a Blair aide" works for a
        // person).
        if several
            && MARKET_ROLES.contains(&doc.low(end))
            && ((run.start > 0 && matches!(doc.low(run.start - 1), "a" | "an" | "one" | "the"))
                || given_name_at(doc, end + 1))
        {
            return true;
        }
        // "Carroll McEntee and McGinley analyst Brian Singer": the first partners of a firm
        // whose last one, after "and", comes before a market's role and a person's given name
        if several && doc.low(end) == "and" {
            let mut k = end + 1;
            while doc
                .tokens
                .get(k)
                .is_some_and(|t| t.shape == Shape::Word && t.cap && !t.lex.any(Flags::TITLE))
                && k < end + 4
            {
                k += 1;
            }
            if k > end + 1
                && doc
                    .tokens
                    .get(k)
                    .is_some_and(|t| t.shape == Shape::Word && !t.cap)
                && MARKET_ROLES.contains(&doc.low(k))
                && given_name_at(doc, k + 1)
            {
                return true;
            }
        }
        // "Franz Ferdinand were": a plural verb after a name alone that opens its clause (not
        // "Ann and Bob Lee were", "an injury to Mary Joe Fernandez have").
        // (all three are function words: the word's lists tell most others apart first)
        if lex.any(Flags::FUNCTION_WORD)
            && matches!(doc.low(end), "were" | "are" | "have")
            && opens_clause(doc, run.start)
        {
            return true;
        }
    }
    // "Aston Villa's Carlton Cole" (not "Blair's Cherie": a first name alone after a
    // possessive is kin or staff).
    if poss
        && given_name_at(doc, end)
        && doc
            .tokens
            .get(end + 1)
            .is_some_and(|t| t.cap && t.shape == Shape::Word)
    {
        return true;
    }
    // "Security Pacific's Bannon": a name of several words, no given name first, before the
    // surname of someone the text names with a given name ("Bob Bannon") is their employer's or
    // club's (not "Xi Jinping's Belt and Road").
    if poss && several && !given_name_at(doc, start) && surname_of_named_person(doc, end) {
        return true;
    }
    let punct = |mark: u8| punct_is(doc, end, mark);
    (run.name_end == end && punct(b',') && kind_in_apposition(doc, end))
        || (several && punct(b'(') && initials_in_brackets(doc, run))
        || (several
            && (punct(b',')
                || (next_is_low
                    && doc.tokens[end].lex.any(Flags::FUNCTION_WORD)
                    && matches!(doc.low(end), "and" | "or"))
                || start.checked_sub(1).is_some_and(|b| {
                    punct_is(doc, b, b',')
                        || (doc.tokens[b].lex.any(Flags::FUNCTION_WORD)
                            && matches!(doc.low(b), "and" | "or"))
                }))
            && listed_with_firms(doc, run))
}

/// Whether a trade mark's sign is glued to the name that ends before token `end`: "Don
/// Victor® Honey", "Kestrel™" name a brand.
fn brand_mark_follows(doc: &Doc, end: usize) -> bool {
    end > 0
        && doc.tokens.get(end).is_some_and(|t| t.shape == Shape::Punct)
        && doc.glued(end - 1)
        && matches!(doc.first_char(end), '®' | '™')
}

/// Whether token `i` is a capitalised word, no more of a name after it, that the text writes
/// elsewhere after a given name ("Bannon" beside "Bob Bannon"). (Asked only after a possessive
/// name that opens with no given name: a pass over the text.)
fn surname_of_named_person(doc: &Doc, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    if t.shape != Shape::Word
        || !t.cap
        || doc
            .tokens
            .get(i + 1)
            .is_some_and(|n| n.cap && n.shape == Shape::Word)
    {
        return false;
    }
    let w = doc.low(i);
    (1..doc.tokens.len()).any(|j| {
        j != i
            && doc.tokens[j].cap
            && doc.tokens[j - 1].cap
            && doc.low(j) == w
            && given_name_at(doc, j - 1)
    })
}

/// Nouns of people that no list of roles has: a name "called" after one is a person's ("a
/// boy called Ben Lee").
const PERSON_NOUNS: &[&str] = &[
    "baby", "babies", "boys", "child", "children", "girls", "guy", "guys", "infant", "kid", "kids",
    "lad", "toddler",
];

/// Kinds of places whose name follows "of" ("the port of Salina Cruz").
const PLACE_KINDS: &[&str] = &[
    "borough",
    "canton",
    "city",
    "county",
    "district",
    "island",
    "municipality",
    "port",
    "prefecture",
    "province",
    "region",
    "suburb",
    "town",
    "township",
    "village",
];

/// Whether the noun at `kind` ends a noun phrase that "a" or "an" opens, one to three words
/// before it, the words between in lower case ("a drug", "a missing enzyme", "an old mining
/// town").
fn opens_with_indefinite_article(doc: &Doc, kind: usize) -> bool {
    (1..=3).any(|back| {
        kind.checked_sub(back).is_some_and(|a| {
            matches!(doc.low(a), "a" | "an")
                && (a + 1..kind).all(|i| {
                    let t = &doc.tokens[i];
                    t.shape == Shape::Word && !t.cap && !t.lex.any(Flags::FUNCTION_WORD)
                })
        })
    })
}

/// Words before "in" and a person's name: trust, belief and a share in someone ("confidence
/// in Ann Lee", "confided in").
const TRUSTED_IN: &[&str] = &[
    "confidence",
    "faith",
    "trust",
    "belief",
    "believe",
    "believes",
    "believed",
    "confide",
    "confided",
    "confides",
    "interest",
    "interested",
    "pride",
];

/// Whether the word at `b`, right before the name of `run` (`next_is_low`: a lower-case word
/// stands right after it), says the name is a thing's: "the Lib Dems have", "the film Vera
/// Drake", "films like Harry Potter", "1947's Nicholas Nickleby", "an analyst at Gartner".
fn before_says_thing(doc: &Doc, run: &Run, b: usize, next_is_low: bool) -> bool {
    let t = &doc.tokens[b];
    // (a past participle after the name: "the film Mike Leigh directed")
    let next_ed = || next_is_low && doc.low(run.end).ends_with("ed");
    let start = run.name_start;
    let whole = start == run.start && !run.titled;
    let low_word = |i: usize| {
        let t = &doc.tokens[i];
        t.shape == Shape::Word && !t.cap
    };
    // "your 2012 Retina MacBook Pro", "my 1998 Ford Escort": what someone owns, of a year
    let owned_of_year = |y: usize| {
        doc.tokens[y].shape == Shape::Number
            && doc.word(y).len() == 4
            && y > 0
            && is_possessive_determiner(doc.low(y - 1))
    };
    if t.shape == Shape::Number {
        // "1947's Nicholas Nickleby"
        return whole && (t.poss || owned_of_year(b));
    }
    // "your 2012 or later Retina MacBook Pro"
    if whole
        && b >= 2
        && matches!(doc.low(b), "later" | "newer" | "earlier" | "older")
        && doc.is_low(b - 1, "or")
        && owned_of_year(b - 2)
    {
        return true;
    }
    if t.shape == Shape::Punct {
        // "the pantomime, Dick Whittington" (the word before the mark first: a kind of thing is
        // rare, and its flags settle most runs before the mark's character is read)
        return whole
            && b > 0
            && low_word(b - 1)
            && !doc.tokens[b - 1].poss
            && doc.tokens[b - 1].lex.any(Flags::THING_KIND)
            && punct_is(doc, b, b',')
            && !next_ed()
            // (a verb of saying after the name makes it the sentence's speaker: "… its card
            // operation, Ann Lee said")
            && !run.verb_of_saying_follows(doc);
    }
    // (every word this asks for but "year" and "season" is a function word: the word's lists,
    // a function of its lower-case form, settle most words before it is read)
    let function_word = t.lex.any(Flags::FUNCTION_WORD);
    if function_word && doc.low(b) == "the" {
        // "the Lib Dems have", "The Lib Dems say", "the Lib Dems." (but "the Blair
        // government" names Blair); "the Echo Dot costs", a name of several words that opens
        // with no given name (but not "the Hillary Clinton campaign").
        let several = run.name_end > start + 1;
        // (not a full name after the place "the" belongs to: "director for the Caribbean
        // Rainer Steckhan said")
        let after_place =
            b + 1 == run.start && start > run.start && several && given_name_at(doc, start);
        return !run.titled
            && (b + 1 == run.start || b == run.start)
            && !after_place
            && ((several && !given_name_at(doc, start))
                || doc.tokens.get(run.end).is_none_or(|n| {
                    n.shape == Shape::Punct
                        || (n.shape == Shape::Word
                            && !n.cap
                            && n.lex.any(Flags::FUNCTION_WORD | Flags::SPEECH_VERB))
                }));
    }
    if !whole || !low_word(b) {
        return false;
    }
    // "the film Vera Drake", "Glasgow group Franz Ferdinand" (but not "the film Mike Leigh
    // directed").
    if t.lex.any(Flags::THING_KIND) {
        return !next_ed();
    }
    // "last year's Golden Globe"
    if t.poss && matches!(doc.low(b), "year" | "season") {
        return true;
    }
    // "brokers James Capel said", "accountants Peat Marwick": the trade of a firm's people,
    // in the plural, before one name (not a list of people: "lawyers Ann Lee and Bo Ray")
    if FIRM_TRADES.contains(&doc.low(b)) {
        let list = (punct_is(doc, run.end, b',') || word_is(doc, run.end, "and"))
            && doc
                .tokens
                .get(run.end + 1)
                .is_some_and(|n| n.shape == Shape::Word && n.cap && !n.lex.any(Flags::CORPORATE));
        return !list;
    }
    if !function_word {
        // "a band called Franz Ferdinand", "a mission named Europa Clipper", "new software,
        // called Desktop Express,"
        if !matches!(doc.low(b), "called" | "named" | "dubbed") {
            return false;
        }
        let Some(before) = b.checked_sub(1) else {
            return false;
        };
        let comma = punct_is(doc, before, b',');
        let kind = match before.checked_sub(1) {
            Some(k) if comma => k,
            _ => before,
        };
        if !low_word(kind) {
            return false;
        }
        let lex = doc.tokens[kind].lex;
        // "a missing enzyme, called Adenosine Deaminase", "a drug called Relenza": any common
        // noun that names no person, when the word is plainly a participle (after a comma, or
        // in a noun phrase that opens with "a"), not a verb ("the report named Ann Lee")
        // (and a name that opens with no given name: "a meteorologist named Edward Lorenz")
        return lex.any(Flags::THING_KIND)
            || ((comma || opens_with_indefinite_article(doc, kind))
                && !given_name_at(doc, start)
                && !lex.any(Flags::ROLE_NOUN | Flags::TITLE | Flags::KIN | Flags::FUNCTION_WORD)
                && !PERSON_NOUNS.contains(&doc.low(kind))
                && is_common_word(doc.low(kind)));
    }
    let l = doc.low(b);
    let kinds = |i: usize| {
        low_word(i)
            && doc
                .low(i)
                .strip_suffix('s')
                .is_some_and(|one| is_kind(one) || doc.tokens[i].lex.any(Flags::THING_KIND))
    };
    // "the World Bureau of Metal Statistics", "Federal Reserve Bank of New York": the rest of a
    // body's name, after its word and "of" (not "the Duke of Edinburgh")
    let body_word = |i: usize| {
        let t = &doc.tokens[i];
        t.shape == Shape::Word && t.cap && t.lex.any(Flags::ORG_WORD) && !t.lex.any(Flags::TITLE)
    };
    match l {
        // ("the Commission on Presidential Debates", "the Council on Foreign Relations"); or a
        // firm a part of which is told of: "the research department of Drexel Burnham
        // Lambert", "a subsidiary of Harlow Benson"
        "of" | "on" => {
            b > 0
                && ((body_word(b - 1) && !given_name_at(doc, start))
                    || (l == "of"
                        && low_word(b - 1)
                        && matches!(
                            doc.low(b - 1),
                            "department" | "division" | "subsidiary" | "affiliate" | "unit"
                        ))
                    // "30 pct of Telfer, 100 pct of Ora Banda": a share of an asset or a firm
                    || (l == "of"
                        && !doc.tokens[run.name_end - 1].poss
                        && matches!(doc.low(b - 1), "pct" | "percent" | "cent" | "%"))
                    // "the port of Salina Cruz", "the town of Santa Rosa": a place
                    || (l == "of"
                        && low_word(b - 1)
                        && !doc.tokens[run.name_end - 1].poss
                        && PLACE_KINDS.contains(&doc.low(b - 1))))
        }
        "for" if b > 0 && body_word(b - 1) => !given_name_at(doc, start),
        // "62% in Sheffield Hallam", "offices in Kentish Town": a name of several words after
        // "in" and a word or a number, none of them a given name, is a place's or a firm's
        // (not "confidence in Toshiyuki Shiga", "and in Arjen Robben he has", "in Ban
        // Ki-moon's view"; nor a name a verb of saying follows: "speaking in Thailand Hingis
        // admitted").
        "in" => {
            run.name_end > start + 1
                && !doc
                    .tokens
                    .get(run.end)
                    .is_some_and(|t| t.lex.any(Flags::SPEECH_VERB))
                && !given_name_at(doc, start)
                && !doc.tokens[run.name_end - 1].poss
                && b > 0
                && {
                    let p = &doc.tokens[b - 1];
                    p.shape == Shape::Number
                        || punct_is(doc, b - 1, b'%')
                        || (p.shape == Shape::Word
                            && !p.lex.any(Flags::FUNCTION_WORD)
                            && !TRUSTED_IN.contains(&doc.low(b - 1)))
                }
        }
        // "films like Harry Potter", "firms including Ask Jeeves", "bands such as Keane"
        "like" | "including" => b > 0 && kinds(b - 1),
        "as" => b > 1 && doc.low(b - 1) == "such" && kinds(b - 2),
        // "an analyst at Gartner", "director of product at Ask Jeeves", "Vice President for
        // International Services at Chase Econometrics" (an office written with capitals, and
        // its department's name)
        "at" => {
            let office = |i: usize| {
                let t = &doc.tokens[i];
                t.shape == Shape::Word && t.lex.any(Flags::ROLE_NOUN | Flags::TITLE)
            };
            // Back over a department's capitalised words to "of" or "for" after an office.
            let department = || {
                let mut i = b;
                while i > 1 && b - i < 4 && doc.tokens[i - 1].cap && !office(i - 1) {
                    i -= 1;
                }
                i > 1 && i < b && matches!(doc.low(i - 1), "of" | "for") && office(i - 2)
            };
            (b > 0 && office(b - 1))
                || (b > 2 && doc.low(b - 2) == "of" && office(b - 3))
                || department()
        }
        // "an analyst with Smith Barney", "economist for Paine Webber" (a market's analysts
        // work for firms; "a spokesman for Ann Lee" speaks for a person, "a strategist for Ann
        // Lee's campaign" works for her)
        "with" | "for" => {
            b > 0
                && !doc.tokens[run.name_end - 1].poss
                && matches!(
                    doc.low(b - 1),
                    "analyst" | "analysts" | "economist" | "economists"
                )
        }
        // "your Echo Dot.", "its Mercedes Smart,", "his Davis Cup": what someone owns, plays
        // in or makes is a thing. A name that qualifies a noun may be a person's ("their
        // Clinton counterparts", "his Tony Blair impression"), so there only one of several
        // words that opens with no given name ("its Alfa Romeo brand"); after "her", which
        // may be its object ("told her Blair would"), never one word.
        l if is_possessive_determiner(l) => {
            let several = run.name_end > start + 1;
            (several || l != "her") && (!next_is_low || (several && !given_name_at(doc, start)))
        }
        _ => false,
    }
}

/// Whether the name of `run` is an item of a list in prose ("A, B and C") whose other items,
/// two to five, are single words that no list of names has, as firms' and brands' are
/// ("Google, Ask Jeeves, MSN and Yahoo"; not "Tony Blair, Brown and Prescott", nor a team's
/// line-up of surnames "Lo Cicero, Ongaro, Castrogiovanni;").
fn listed_with_firms(doc: &Doc, run: &Run) -> bool {
    let and = |i: usize| doc.tokens[i].shape == Shape::Word && matches!(doc.low(i), "and" | "or");
    let sep = |i: usize| punct_is(doc, i, b',') || and(i);
    // A single capitalised word that no list of names has: "Google", "MSN".
    let firm = |i: usize| {
        let t = &doc.tokens[i];
        t.shape == Shape::Word
            && t.cap
            && !t.lex.any(Flags::FUNCTION_WORD | Flags::TITLE)
            && !doc.name_lex(i).any(Flags::FIRST_NAME | Flags::SURNAME)
    };
    let word = |i: usize| doc.tokens[i].cap && doc.tokens[i].shape == Shape::Word;
    let (mut others, mut with_and) = (0, false);
    // Leftwards: separators, then a one-word item standing alone.
    let mut i = run.start;
    while i >= 2 && sep(i - 1) {
        let mut j = i - 1;
        while j > 0 && sep(j - 1) {
            j -= 1;
        }
        if j == 0 || !firm(j - 1) || (j >= 2 && word(j - 2)) {
            break;
        }
        with_and |= (j..i).any(and);
        others += 1;
        i = j - 1;
    }
    // Rightwards.
    let n = doc.tokens.len();
    let mut i = run.end;
    while i < n && sep(i) {
        let mut j = i;
        while j < n && sep(j) {
            j += 1;
        }
        if j >= n || !firm(j) || (j + 1 < n && word(j + 1)) {
            break;
        }
        with_and |= (i..j).any(and);
        others += 1;
        i = j + 1;
    }
    with_and && (2..=5).contains(&others)
}

/// The place of the dateline that opens the text, when it is one word in capitals before a
/// comma, a dash or a bracket ("BANGOR, Maine, March 3 -", "CORNING, N.Y."), in lower case.
fn dateline_place<'d>(doc: &'d Doc) -> Option<&'d str> {
    let first = doc.tokens.first()?;
    let word = doc.word(0);
    (first.shape == Shape::Word
        && word.len() >= 3
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && [b',', b'-', b'('].iter().any(|&m| punct_is(doc, 1, m)))
    .then(|| doc.low(0))
}

/// Whether the name of `run`, two words or more, follows a capitalised "A" or "An" inside its
/// sentence: a title's ("starred in A Very Long Engagement"), as no person's name opens with
/// an article (an initial "A" comes before one surname: "A Smith").
fn article_opens_title(doc: &Doc, run: &Run) -> bool {
    let article = |k: usize| matches!(doc.word(k), "A" | "An");
    // (the article opens the run, or stands right before it)
    let a = if article(run.start) {
        run.start
    } else {
        match run.start.checked_sub(1) {
            Some(a) if article(a) => a,
            _ => return false,
        }
    };
    run.name_end >= a + 3
        && a > 0
        && doc.tokens[a - 1].sent == doc.tokens[a].sent
        && doc.tokens[a - 1].shape == Shape::Word
}

/// Whether the name of `run`, two words or more, opens inside its sentence with a capitalised
/// word in "-ing" that is a common word and no name: a title's ("starred in Finding
/// Neverland", "a nominee for Being Julia"; not "Sterling Moss", whose first word is a name).
fn gerund_opens_title(doc: &Doc, run: &Run) -> bool {
    let start = run.name_start;
    start == run.start
        && run.name_end >= start + 2
        && start > 0
        && doc.tokens[start - 1].sent == doc.tokens[start].sent
        && doc.low(start).ends_with("ing")
        && is_common_word(doc.low(start))
        && !doc.name_lex(start).any(Flags::FIRST_NAME | Flags::SURNAME)
}

/// Whether `run` is the region of the dateline that opens the text, after its place in
/// capitals and a comma, before a comma and the date or before the dash: "HALIFAX, Nova
/// Scotia, March 3 -", "SAINT JOHN, Nova Scotia -".
fn dateline_region(doc: &Doc, run: &Run) -> bool {
    let Some(comma) = run.start.checked_sub(1) else {
        return false;
    };
    // (the place: one to three words in capitals, the text's first)
    let place_caps = || {
        (0..comma).all(|t| {
            doc.tokens[t].shape == Shape::Word
                && doc.word(t).len() >= 2
                && doc.word(t).bytes().all(|b| b.is_ascii_uppercase())
        })
    };
    if !(1..=3).contains(&comma) || !punct_is(doc, comma, b',') || !place_caps() {
        return false;
    }
    let end = run.end;
    (punct_is(doc, end, b',')
        && doc
            .tokens
            .get(end + 1)
            .is_some_and(|t| t.shape == Shape::Word && is_date_word(doc.word(end + 1))))
        || punct_is(doc, end, b'-')
        || doc
            .tokens
            .get(end)
            .is_some_and(|t| t.shape == Shape::Punct && matches!(doc.first_char(end), '—' | '–'))
}

/// The kinds of a plant or a station, between its name and its noun: "the Hope Creek nuclear
/// plant", "the Dungeness power station", "its Ann Arbor assembly plant".
const FACILITY_KINDS: &[&str] = &[
    "assembly",
    "chemical",
    "coal",
    "gas",
    "hydroelectric",
    "nuclear",
    "power",
    "steel",
    "treatment",
];

/// The trades whose people, in the plural, stand for their firm before its name ("brokers
/// James Capel", "accountants Ernst and Whinney", "solicitors Slaughter and May").
const FIRM_TRADES: &[&str] = &[
    "accountants",
    "auctioneers",
    "auditors",
    "bankers",
    "brokers",
    "consultants",
    "jewellers",
    "jewelers",
    "shipbrokers",
    "solicitors",
    "stockbrokers",
    "underwriters",
];

/// Whether token `i` is a firm's trade or kind in lower case ("brokers", "firm"), which tells
/// that the name after it is a firm's.
pub(super) fn is_firm_word(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    t.shape == Shape::Word
        && !t.cap
        && (FIRM_TRADES.contains(&doc.low(i))
            || matches!(doc.low(i), "firm" | "brokerage" | "company" | "partnership"))
}

/// The jobs of a market's people, who work for firms: "a Bear Stearns analyst".
const MARKET_ROLES: &[&str] = &[
    "analyst",
    "analysts",
    "economist",
    "economists",
    "strategist",
    "strategists",
    "trader",
    "traders",
    "dealer",
    "dealers",
    "broker",
    "brokers",
];

/// Words after a noun that end the phrase it heads and carry on the sentence: the noun is
/// the phrase's head ("the military operation against", "a research firm that").
const PHRASE_GOES_ON: &[&str] = &[
    "of", "against", "in", "for", "from", "with", "on", "at", "that", "which", "whose",
];

/// Whether a kind of thing stands in apposition after the comma at token `end`: "Inherent
/// Resolve, the U.S. military operation against", "Franz Ferdinand, the Glasgow band," (not
/// "Ann Lee, the film director,", "Ann Lee, the film's star,", "Joe Lee, a football
/// specialist").
fn kind_in_apposition(doc: &Doc, end: usize) -> bool {
    let lower = |i: usize| {
        doc.tokens
            .get(i)
            .is_some_and(|t| t.shape == Shape::Word && !t.cap)
    };
    if !article_at(doc, end + 1) {
        return false;
    }
    for k in end + 2..doc.tokens.len().min(end + 8) {
        let t = &doc.tokens[k];
        if t.shape == Shape::Punct {
            return false;
        }
        if t.cap || t.shape != Shape::Word {
            continue;
        }
        // (the phrase's head comes before its first function word: not "the godfather of the
        // group"; but "and" may join its modifiers: "an arms and chemicals group")
        let joins = || {
            doc.low(k) == "and" && lower(k + 1) && !doc.tokens[k + 1].lex.any(Flags::FUNCTION_WORD)
        };
        if t.lex.any(Flags::FUNCTION_WORD) && joins() {
            continue;
        }
        if t.lex.any(Flags::FUNCTION_WORD) || is_person_role(t.lex, doc.low(k)) {
            return false;
        }
        // (and the kind ends the phrase: "the Glasgow band,", "the military operation
        // against"; not "a football specialist", "a policy maker who", nor a clause's
        // subject after a phrase: "Directed by Ann Lee, the film was")
        if t.lex.any(Flags::THING_KIND) {
            return !t.poss
                && doc.tokens.get(k + 1).is_none_or(|n| {
                    n.shape == Shape::Punct
                        || (lower(k + 1) && PHRASE_GOES_ON.contains(&doc.low(k + 1)))
                });
        }
    }
    false
}

/// Whether a lower-case noun names a kind of thing that bears a name ("film", "band").
fn is_kind(l: &str) -> bool {
    LEX.word_lists(l).any(Flags::THING_KIND)
}

/// Whether a capitalised given name, which may begin a person's name, stands at token `i`.
fn given_name_at(doc: &Doc, i: usize) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| t.shape == Shape::Word && t.cap && !t.lex.is_non_person_word())
        && doc.name_lex(i).first_name().is_some()
}

/// Quotation marks that open a quote.
const OPENING_MARKS: &[char] = &['“', '"', '‘', '«'];
/// Quotation marks that close a quote.
const CLOSING_MARKS: &[char] = &['”', '"', '’', '»'];

/// Whether `run` fills a pair of quotation marks, maybe with a few more capitalised words or
/// numbers and a stop, and opens with no given name: the title of a work or a product ("like
/// “Temple Run,” but", "“Batman Arkham VR” ($20)"), not a person, whom news names in
/// quotation marks by themselves only as a nickname.
fn quoted_alone(doc: &Doc, run: &Run) -> bool {
    // (A mark opens when it is glued to the word after it and not to the one before; it
    // closes when glued to what comes before it: straight marks are told apart so.)
    let punct = |k: usize, marks: &[char]| marks.iter().any(|&c| doc.is(k, c));
    // (glued first: most words before a run stand apart from it, and that settles it)
    let opens = run
        .start
        .checked_sub(1)
        .is_some_and(|b| doc.glued(b) && punct(b, OPENING_MARKS) && (b == 0 || !doc.glued(b - 1)));
    if !opens {
        return false;
    }
    let mut k = run.end;
    let more = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| (t.shape == Shape::Word && t.cap) || t.shape == Shape::Number)
    };
    while k < run.end + 3 && more(k) {
        k += 1;
    }
    if punct(k, &[',', '.', '!', '?']) {
        k += 1;
    }
    if !(punct(k, CLOSING_MARKS) && doc.glued(k - 1)) {
        return false;
    }
    // (a given name first is a nickname's or a title's; a title's when another title in marks
    // follows: "“Mary Poppins” and “Bambi.”")
    let joined = |j: usize| {
        doc.tokens.get(j).is_some_and(|t| {
            (t.shape == Shape::Word && matches!(doc.low(j), "and" | "or")) || doc.is(j, ',')
        })
    };
    // (nor a nickname's when its last word is an English word that is never a name and no
    // surname of the lists: "“Job Simulator”", not "“Magic Johnson”")
    let last = run.name_end - 1;
    !given_name_at(doc, run.name_start)
        || (run.name_end > run.name_start + 1
            && is_common_word(doc.low(last))
            && !doc.name_lex(last).any(Flags::SURNAME))
        || (joined(k + 1) && punct(k + 2, OPENING_MARKS) && doc.glued(k + 2))
}

/// Whether `run` is part of a title of several names that a pair of quotation marks holds,
/// joined by "and", "of" or "the": "the “Free Mojtaba and Arash Day”", "“Ann Lee and the
/// Comets”". (News puts a person's name in marks only as a nickname, alone.)
fn quoted_title(doc: &Doc, run: &Run) -> bool {
    let joins = |i: usize, words: &[&str]| {
        doc.tokens.get(i).is_some_and(|t| {
            (t.shape == Shape::Word && !t.cap && words.contains(&doc.low(i))) || doc.is(i, '&')
        })
    };
    let connector = |i: usize| joins(i, &["and", "of"]);
    // (most runs have no connector beside them: that settles them; not "the", which joins a
    // nickname to a name: "“Harry the Nazi”")
    if !(run.start.checked_sub(1).is_some_and(connector) || connector(run.end)) {
        return false;
    }
    // (names, not a sentence's words: "“That's Jeb Bush and Marco Rubio.”")
    let part = |i: usize| {
        joins(i, &["and", "of", "the"])
            || doc.tokens.get(i).is_some_and(|t| {
                (t.shape == Shape::Word && t.cap && !t.lex.any(Flags::FUNCTION_WORD))
                    || t.shape == Shape::Number
            })
    };
    let mut a = run.start;
    while a > 0 && run.start - a < 6 && part(a - 1) {
        a -= 1;
    }
    let mut z = run.end;
    while z < doc.tokens.len() && z - run.end < 6 && part(z) {
        z += 1;
    }
    let opens = a > 0 && OPENING_MARKS.iter().any(|&c| doc.is(a - 1, c)) && doc.glued(a - 1);
    if doc.is(z, ',') || doc.is(z, '.') {
        z += 1;
    }
    let closes = CLOSING_MARKS.iter().any(|&c| doc.is(z, c)) && doc.glued(z - 1);
    opens && closes && !joins(a, &["and", "of", "the"]) && !connector(run.end.max(z - 1))
}

/// Whether the whole run of `run` follows "role as" or "roles as": a character of a work
/// ("reprise his role as George Kirk").
fn role_as(doc: &Doc, run: &Run) -> bool {
    let b = run.start;
    // ("as" is a function word: the word's lists settle most words before it is read)
    b >= 2
        && run.name_start == b
        && doc.tokens[b - 1].lex.any(Flags::FUNCTION_WORD)
        && doc.low(b - 1) == "as"
        && matches!(doc.low(b - 2), "role" | "roles")
}

/// Whether token `i` is a product's model code right after a name: a word that opens with a
/// letter and holds a digit ("an Intel Core i7 chip", "the Karman Vision SC2"); a person's name
/// is followed by no such word.
fn model_code_at(doc: &Doc, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.shape == Shape::Word)
        && word_bytes(doc, i).iter().any(u8::is_ascii_digit)
}

/// Whether a state's or province's abbreviation follows the name ending before `end` after a
/// comma, as news writes a town: "Cherry Hill, N.J.", "El Centro, Calif.".
fn state_follows(doc: &Doc, end: usize) -> bool {
    if !punct_is(doc, end, b',')
        || doc
            .tokens
            .get(end + 1)
            .is_none_or(|t| t.shape != Shape::Word)
    {
        return false;
    }
    // (the word's dot may be part of it or stand apart, glued to it)
    let dotted =
        doc.word(end + 1).ends_with('.') || (punct_is(doc, end + 2, b'.') && doc.glued(end + 1));
    dotted
        && LEX
            .state_abbreviations
            .contains(&format!("{}.", doc.low(end + 1).trim_end_matches('.')))
}

/// Whether token `i` is a word in lower case among `words`.
fn low_word_in(doc: &Doc, i: usize, words: &[&str]) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| t.shape == Shape::Word && !t.cap)
        && words.contains(&doc.low(i))
}

/// Whether ", a unit of", ", a subsidiary of" (a division, an affiliate, an arm) follows the
/// name ending before token `end`, or its place after "of": "Stauffer Seeds, a unit of
/// Stauffer Chemical Co", "Burlington Menswear of New York City, a division of".
fn unit_of_follows(doc: &Doc, mut end: usize) -> bool {
    let word = |i: usize, words: &[&str]| low_word_in(doc, i, words);
    if word(end, &["of"]) {
        let capitalised = |i: usize| {
            doc.tokens
                .get(i)
                .is_some_and(|t| t.shape == Shape::Word && t.cap)
        };
        let place = (end + 1..end + 5).take_while(|&i| capitalised(i)).count();
        if place > 0 {
            end += 1 + place;
        }
    }
    punct_is(doc, end, b',')
        && word(end + 1, &["a", "an"])
        && word(
            end + 2,
            &[
                "unit",
                "subsidiary",
                "division",
                "affiliate",
                "arm",
                "subsidiaries",
            ],
        )
        && word(end + 3, &["of"])
}

/// Whether a plural role of a firm follows the name of `run`: ", owners of", ", the makers
/// of" ("Townsend Thoresen, owners of the Herald of Free Enterprise"): a name that many own
/// or make by is a firm's. Not after "and", where the owners may be two people ("Ann and Bo
/// Lee, owners of the inn").
fn owners_of_follow(doc: &Doc, run: &Run) -> bool {
    const ROLES: &[&str] = &[
        "owners",
        "makers",
        "operators",
        "manufacturers",
        "publishers",
        "producers",
        "distributors",
        "builders",
        "sponsors",
    ];
    let end = run.name_end;
    let word = |i: usize, words: &[&str]| low_word_in(doc, i, words);
    if !punct_is(doc, end, b',') || (run.start > 0 && word(run.start - 1, &["and"])) {
        return false;
    }
    let noun = end + 1 + usize::from(word(end + 1, &["the"]));
    word(noun, ROLES) && word(noun + 1, &["of"])
}

/// Whether the name opening at token `start` follows the role of a bank that manages a bond
/// issue: "lead manager Swiss Volksbank", "sole manager Drexel", "bookrunner Drexel Burnham
/// Lambert", "co-manager Thomson McKinnon" (a firm's role in a financial market, never a
/// person's).
fn issue_manager_before(doc: &Doc, start: usize) -> bool {
    let low =
        |i: usize| (doc.tokens[i].shape == Shape::Word && !doc.tokens[i].cap).then(|| doc.low(i));
    // (no role of a bank is a function word or a verb of saying, as most words before a name
    // are: their lists settle them before their lower-case forms are read)
    let role = |i: usize| {
        (!doc.tokens[i]
            .lex
            .any(Flags::FUNCTION_WORD | Flags::SPEECH_VERB))
        .then(|| low(i))
        .flatten()
    };
    let Some(mut b) = start.checked_sub(1) else {
        return false;
    };
    // (past a nationality: "lead manager Swiss Volksbank")
    if doc.tokens[b].lex.any(Flags::NATIONALITY) {
        let Some(a) = b.checked_sub(1) else {
            return false;
        };
        b = a;
    }
    match role(b) {
        Some("bookrunner" | "book-runner" | "co-manager" | "co-lead") => true,
        Some("manager" | "managers") => b
            .checked_sub(1)
            .and_then(low)
            .is_some_and(|w| matches!(w, "lead" | "sole" | "co-lead" | "joint")),
        _ => false,
    }
}

/// Whether what follows the name ending before `end` makes it a firm's: "and Co", "& Co" or
/// "and Sons" ("E.F. Hutton and Co", "Kidder, Peabody and Co Inc" ends "Peabody"), a
/// firm's suffix in capitals or in brackets ("Okuma Works LTD", "Cheung Kong (Holdings)"), or
/// a stock
/// ticker, as wires give it after a listed company ("Heinz <HNZ.N>", "Acme (NYSE: ACM)").
/// (Each sign opens with "and", a suffix or a mark "&", "<" or "(": the next token's lists, or
/// a mark's byte, settle most names here, in the caller, see [`firm_sign_follows`].)
#[inline]
pub(super) fn firm_follows(doc: &Doc, end: usize) -> bool {
    doc.tokens.get(end).is_some_and(|next| match next.shape {
        Shape::Number => false,
        Shape::Word => {
            (next.cap || next.lex.any(Flags::FUNCTION_WORD | Flags::CORPORATE))
                && firm_sign_follows(doc, end)
        }
        Shape::Punct => {
            matches!(doc.text.as_bytes()[next.start], b'&' | b'<' | b'(')
                && firm_sign_follows(doc, end)
        }
    })
}

/// Whether a verb of saying and "in its" follow the name ending before token `end`: a body
/// speaks of its own writing ("Comissaria Smith said in its weekly review"), a person of "his"
/// or "her".
fn said_in_its(doc: &Doc, end: usize) -> bool {
    end + 2 < doc.tokens.len()
        && doc.tokens[end].shape == Shape::Word
        && !doc.tokens[end].cap
        && doc.tokens[end].lex.any(Flags::SPEECH_VERB)
        && word_is(doc, end + 1, "in")
        && word_is(doc, end + 2, "its")
}

/// [`firm_follows`], read from the next token on.
#[inline(never)]
fn firm_sign_follows(doc: &Doc, end: usize) -> bool {
    let Some(next) = doc.tokens.get(end) else {
        return false;
    };
    let word_is = |i: usize, words: &[&str]| {
        doc.tokens
            .get(i)
            .is_some_and(|t| t.shape == Shape::Word && t.cap)
            && words.contains(&doc.low(i))
    };
    // (or a last partner and a suffix: "Laidlaw Adams and Peck Inc")
    let and_co = || {
        word_is(end + 1, &["co", "company", "son", "sons"])
            || (doc
                .tokens
                .get(end + 1)
                .is_some_and(|t| t.shape == Shape::Word && t.cap)
                && word_is(end + 2, &["inc", "co", "ltd", "corp", "plc", "llc"]))
    };
    // (Each sign opens with a word, "and" or a suffix, or with a mark, "&", "<" or "(": the
    // next token's kind, and a mark's character, tell which sign alone may follow; a number
    // opens none.)
    match next.shape {
        Shape::Number => false,
        // (a unit's letters before the suffix: "E.F. Hutton LBO Inc")
        Shape::Word if next.cap && !next.lex.any(Flags::FUNCTION_WORD | Flags::CORPORATE) => {
            let w = doc.word(end);
            (2..=5).contains(&w.len())
                && w.bytes().all(|b| b.is_ascii_uppercase())
                && doc.tokens.get(end + 1).is_some_and(|t| {
                    t.shape == Shape::Word
                        && t.lex.any(Flags::CORPORATE)
                        && matches!(doc.low(end + 1), "inc" | "ltd" | "corp" | "plc" | "llc")
                })
        }
        // ("and" is a function word, the suffixes are on the list of them: the word's lists
        // settle most words before it is read)
        Shape::Word if !next.lex.any(Flags::FUNCTION_WORD | Flags::CORPORATE) => false,
        Shape::Word => {
            let l = doc.low(end);
            // (a suffix in capitals, which ends the run of capitalised words: "Okuma Works LTD")
            (l == "and" && and_co())
                || matches!(
                    l,
                    "ltd"
                        | "inc"
                        | "plc"
                        | "corp"
                        | "llc"
                        | "gmbh"
                        | "pty"
                        | "bhd"
                        | "ab"
                        | "ag"
                        | "asa"
                        | "bv"
                        | "kk"
                        | "nv"
                        | "oyj"
                        | "sa"
                        | "sarl"
                        | "spa"
                        | "srl"
                        | "tbk"
                )
        }
        Shape::Punct => match doc.first_char(end) {
            '&' => and_co(),
            '<' => {
                doc.tokens
                    .get(end + 1)
                    .is_some_and(|t| t.shape == Shape::Word)
                    && doc.word(end + 1).bytes().all(|b| !b.is_ascii_lowercase())
                    && (punct_is(doc, end + 2, b'>') || punct_is(doc, end + 2, b'.'))
            }
            // "Cheung Kong (Holdings) Ltd", "Acme (NYSE: ACM)"
            '(' => {
                (doc.tokens
                    .get(end + 1)
                    .is_some_and(|t| t.shape == Shape::Word && t.lex.any(Flags::CORPORATE))
                    && punct_is(doc, end + 2, b')'))
                    || (word_is(end + 1, &["nyse", "nasdaq", "lse", "tsx", "asx", "amex"])
                        && punct_is(doc, end + 2, b':'))
            }
            _ => false,
        },
    }
}

/// Whether the name opening at token `start` and ending before `end` is the first of a firm's
/// partners, the last ending in "and Co": the next one a word ("Kidder, Peabody and Co"), or,
/// when the name opens with no given name, up to three ("Smith Barney, Harris Upham and Co").
fn partner_of_firm(doc: &Doc, end: usize, start: usize) -> bool {
    // (the comma first: most names have none after them, and need no look-up of a given name)
    if !punct_is(doc, end, b',') {
        return false;
    }
    let most = if given_name_at(doc, start) { 1 } else { 3 };
    (end + 2..=end + 1 + most)
        .take_while(|&k| {
            doc.tokens
                .get(k - 1)
                .is_some_and(|t| t.shape == Shape::Word && t.cap)
        })
        .any(|k| firm_follows(doc, k))
}

/// Whether `run`, a word alone, is one of the partners' names that a firm's name lists after
/// its kind: "the firm of Paul, Weiss, Rifkind, Wharton and Garrison", "law firm Abel, Baird,
/// Cole and Dunn" (two names at least; not "the firm of John Abel", a person's firm).
fn in_firm_list(doc: &Doc, run: &Run) -> bool {
    let single = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.shape == Shape::Word && t.cap)
            && (k == 0 || !doc.tokens[k - 1].cap || doc.tokens[k - 1].shape != Shape::Word)
            && doc
                .tokens
                .get(k + 1)
                .is_none_or(|t| !t.cap || t.shape != Shape::Word)
    };
    let joint =
        |k: usize| punct_is(doc, k, b',') || punct_is(doc, k, b'&') || word_is(doc, k, "and");
    if run.name_end != run.name_start + 1 || !single(run.name_start) {
        return false;
    }
    // Back to the list's first name, then the words before it.
    let mut first = run.name_start;
    while first >= 2 && joint(first - 1) && single(first - 2) {
        first -= 2;
    }
    let listed = first < run.name_start || (joint(run.name_end) && single(run.name_end + 1));
    let firm = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.shape == Shape::Word && !t.cap)
            && matches!(doc.low(k), "firm" | "partnership" | "practice")
    };
    listed
        && first >= 1
        && (firm(first - 1) || (first >= 2 && word_is(doc, first - 1, "of") && firm(first - 2)))
}

/// Whether `run` goes on a capitalised name after a French, Portuguese, Spanish or Italian
/// article or preposition of the kind that no person's name holds ("Regie Nationale des Usines
/// Renault", "Jornal do Brasil", "Ministério das Relações Exteriores"), and opens with no given
/// name: the rest of a body's or a place's name in that language, not a person. (The
/// particles of names, "de", "da", "di", "van", join their run instead: "Robert de Niro".)
fn inside_foreign_name(doc: &Doc, run: &Run) -> bool {
    let s = run.start;
    // (asked of every run: the shapes of the two words before settle most runs before a word
    // is read)
    s >= 2
        && doc.tokens[s - 1].shape == Shape::Word
        && !doc.tokens[s - 1].cap
        && doc.tokens[s - 2].cap
        && doc.tokens[s - 2].shape == Shape::Word
        && matches!(
            doc.low(s - 1),
            "des" | "du" | "do" | "dos" | "das" | "della" | "delle" | "degli" | "del"
        )
        // (not after a person's given name or initials: "CA del Fava", "Juan del Pino")
        && !given_name_at(doc, s - 2)
        && !is_initial_token(doc, s - 2)
        && !doc.word(s - 2).bytes().all(|b| b.is_ascii_uppercase())
        && !given_name_at(doc, run.name_start)
}

/// Whether `run` is written inside angle brackets, as wires mark a firm's name ("<Tarrant
/// Wells Inc> said", "to buy <P.W. Stephens> for"): the name opens them and they close a few
/// words after it.
pub(super) fn in_firm_marks(doc: &Doc, run: &Run) -> bool {
    run.start > 0
        && punct_is(doc, run.start - 1, b'<')
        && (run.end..(run.end + 6).min(doc.tokens.len()))
            .take_while(|&k| !punct_is(doc, k, b'<'))
            .any(|k| punct_is(doc, k, b'>'))
}

/// Whether a price or an amount stands right before token `start`, as before a product or a
/// currency and never a person: "the $1,000 Meta Quest Pro", "a £20 Kindle Fire", "17.18
/// billion N.Z. Dlrs".
fn priced(doc: &Doc, start: usize) -> bool {
    if start > 1
        && doc.tokens[start - 2].shape == Shape::Number
        && matches!(
            doc.low(start - 1),
            "million" | "billion" | "trillion" | "mln" | "bln" | "m" | "bn"
        )
    {
        return true;
    }
    // (a number is read in pieces at its commas and dots: "1", ",", "000")
    let mut k = start;
    while k > 0
        && (doc.tokens[k - 1].shape == Shape::Number
            || (k < start
                && (punct_is(doc, k - 1, b',') || punct_is(doc, k - 1, b'.'))
                && doc.glued(k - 1)))
    {
        k -= 1;
    }
    k > 0
        && k < start
        && doc.tokens[k].shape == Shape::Number
        && ['$', '£', '€', '¥'].iter().any(|&c| doc.is(k - 1, c))
}

/// Whether a product's model number stands right before token `start`, after its brand or
/// line ("the iPhone 11 Pro Max"), or digits alone after "the" ("the 911 Turbo Targa", not
/// "the 101-year-old Torao Toshitsune"): a number after a word with a capital that is no month
/// or day ("March 5 Ann Lee" may name a person). (A name that opens with a given name or an initial is
/// a person's: a scorecard's "Sri Lanka 237 A. Gurusinha 42".)
fn model_number_before(doc: &Doc, start: usize) -> bool {
    start > 1
        && doc.tokens[start - 1].shape == Shape::Number
        && !doc.glued(start - 1)
        && doc.tokens[start - 2].shape == Shape::Word
        && (doc.word(start - 2).chars().any(char::is_uppercase)
            || (matches!(doc.word(start - 2), "the" | "its" | "their")
                && doc.word(start - 1).bytes().all(|b| b.is_ascii_digit())))
        && !LEX
            .day_and_month_names
            .contains(doc.word(start - 2).trim_end_matches('.'))
        && !doc.glued(start - 2)
}

/// Whether the name of `run` is followed by its initials in brackets, as a firm's is:
/// "Hewlett Packard (HP)".
fn initials_in_brackets(doc: &Doc, run: &Run) -> bool {
    let end = run.end;
    if run.name_end - run.name_start < 2
        || !punct_is(doc, end, b'(')
        || !punct_is(doc, end + 2, b')')
    {
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

/// Whether token `i` is a noun of kin in lower case ("daughter", "son"); false past the last
/// token.
fn is_kin(doc: &Doc, i: usize) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| t.shape == Shape::Word && !t.cap && t.lex.any(Flags::KIN))
}

/// Whether a noun of kin stands right before token `k`, in its paragraph: "her daughter
/// Jill" (a caption's last words, "started by his father", are no cue for the next
/// paragraph's first word).
pub(super) fn kin_before(doc: &Doc, k: usize) -> bool {
    k > 0 && is_kin(doc, k - 1) && doc.tokens[k - 1].para == doc.tokens[k].para
}

/// Whether the words around `run` say its name is a person's.
fn person_cue(doc: &Doc, run: &Run) -> bool {
    let (start, end) = (run.name_start, run.end);
    let last = run.name_end - 1;
    // (an office before one word may be no person's: "the General Election")
    run.honorific
        || (run.titled && run.name_end > start + 1)
        || (start == run.start && kin_before(doc, start))
        || (doc.tokens[last].poss && is_kin(doc, end))
        || (age_or_role_follows(doc, end) && !adverb_opening(doc, run))
        || role_in_brackets(doc, end)
        || role_before(doc, run)
        || role_in_apposition_before(doc, run)
        || posted_to_place_before(doc, run)
        || scorecard_slot(doc, run)
}

/// Whether `run` is one word opening its sentence that is shaped like an adverb and on no list
/// of names: "Presumably, a potential buyer would seek …" (not "Kelly, a lawyer,").
fn adverb_opening(doc: &Doc, run: &Run) -> bool {
    let i = run.name_start;
    run.name_end == i + 1
        && run.start == i
        && (i == 0 || doc.tokens[i - 1].sent != doc.tokens[i].sent)
        && doc.low(i).len() >= 6
        && doc.low(i).ends_with("ly")
        && !doc.name_lex(i).any(Flags::FIRST_NAME | Flags::SURNAME)
}

/// Whether the name of `run` stands where a cricket scorecard names a batsman, a fielder or
/// a bowler: after "b", "c" or "st" and before a number or the next of them ("c Vaas b
/// Chandana 56", "Inzamam-ul-Haq c Thorpe b Croft 6").
fn scorecard_slot(doc: &Doc, run: &Run) -> bool {
    // (a mark is three bytes at most: a longer word is settled without its text)
    let mark = |i: usize| {
        doc.tokens
            .get(i)
            .is_some_and(|t| t.shape == Shape::Word && !t.cap && t.end - t.start <= 3)
            && matches!(word_bytes(doc, i), b"b" | b"c" | b"st" | b"lbw")
    };
    let (start, end) = (run.start, run.end);
    let number_after = doc
        .tokens
        .get(end)
        .is_some_and(|t| t.shape == Shape::Number);
    let after_mark = start > 0 && mark(start - 1) && !word_is(doc, start - 1, "lbw");
    (after_mark && (number_after || mark(end)))
        || (mark(end)
            && doc
                .tokens
                .get(end + 1)
                .is_some_and(|t| t.cap || mark(end + 1)))
}

/// Whether a person's role stands in brackets right after the name ending before `end`, as in
/// team line-ups: "Arjuna Ranatunga ( captain )".
fn role_in_brackets(doc: &Doc, end: usize) -> bool {
    punct_is(doc, end, b'(')
        && punct_is(doc, end + 2, b')')
        && doc.tokens.get(end + 1).is_some_and(|t| {
            t.shape == Shape::Word && !t.cap && is_person_role(t.lex, doc.low(end + 1))
        })
}

/// Whether a lower-case role noun only a person has stands right before the whole run of a
/// name of two words or more: "said broker Shakil Rizvi", "Polish businessman Zygmunt Solorz"
/// (not "US operator Cingular Wireless", "former Led Zeppelin singer").
fn role_before(doc: &Doc, run: &Run) -> bool {
    let k = run.start;
    run.name_start == k
        && run.name_end > k + 1
        && k > 0
        && person_role_word(doc, k - 1)
        && doc.tokens[k - 1].lex.any(Flags::ROLE_NOUN)
        && !doc.tokens[k - 1].lex.any(Flags::TITLE)
}

/// Whether a name of two words or more stands between commas in apposition to a lower-case
/// title or role only a person has: "Kazakhstan's foreign minister, Erlan Idrissov, plays
/// down concerns" (not "its Dutch parent, Arcalex B.V.,": the word of kin a firm has too).
fn role_in_apposition_before(doc: &Doc, run: &Run) -> bool {
    let k = run.start;
    run.name_start == k
        && run.name_end > k + 1
        && k >= 2
        && punct_is(doc, k - 1, b',')
        && punct_is(doc, run.end, b',')
        && person_role_word(doc, k - 2)
        && doc.low(k - 2) != "parent"
}

/// Whether token `i` is a lower-case title or role noun, no possessive, that only a person
/// holds (see [`is_person_role`]): not a kind of thing, a role a firm holds as often
/// ("broadcaster") or an organisation's head noun ("company").
fn person_role_word(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    if t.shape != Shape::Word || t.cap || t.poss || t.lex.any(Flags::THING_KIND) {
        return false;
    }
    // (the role first, told by the word's lists before its lower-case form is looked up in
    // the other two: most words are no role)
    let l = doc.low(i);
    is_person_role(t.lex, l) && !LEX.shared_roles.contains(l) && !LEX.organisation_heads.contains(l)
}

/// Whether a person's post in a place stands right before a name of two words or more:
/// "China's ambassador to Britain Liu Xiaming", "the envoy to Sudan Ann Lee" (a lower-case
/// title or role, "to" or "in", and one capitalised place).
fn posted_to_place_before(doc: &Doc, run: &Run) -> bool {
    let k = run.name_start;
    // (the run may hold the place: "Britain Liu Xiaming")
    if run.name_end <= k + 1 || k < 3 || run.start + 1 < k {
        return false;
    }
    let place = &doc.tokens[k - 1];
    let role = &doc.tokens[k - 3];
    place.cap
        && place.lex.any(Flags::PLACE)
        && matches!(doc.low(k - 2), "to" | "in")
        && role.shape == Shape::Word
        && !role.cap
        && !role.poss
        && is_person_role(role.lex, doc.low(k - 3))
}

/// Whether an age or a role in apposition follows the name ending before `end`: "Ada Frei, 45,",
/// "Ada Frei, the former minister,", "Liu Xiaoming, China's ambassador to Britain," (but not
/// "Franz Ferdinand, the Glasgow band,", "the Bill of Rights, a global petition", "the city of
/// Arbil, a senior official said", "sailors and Marines, 6,000 servicemen", "Yukos, Yugansk's
/// former owner,").
fn age_or_role_follows(doc: &Doc, end: usize) -> bool {
    if !punct_is(doc, end, b',') {
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
        return doc.word(end + 1).len() <= 3 && punct_is(doc, end + 2, b',') && spaced(end + 2);
    }
    // (an article, or a name's possessive: "Greg Joswiak, Apple's senior vice president,";
    // after a possessive, not a role a firm holds as often, see below)
    let (from, possessed) = if article_at(doc, end + 1) {
        (end + 2, false)
    } else if let Some(after) = possessor_end(doc, end + 1) {
        (after, true)
    } else {
        return false;
    };
    let mut role = false;
    for k in from..doc.tokens.len().min(from + 12) {
        let t = &doc.tokens[k];
        if t.shape == Shape::Punct {
            break;
        }
        if t.lex.any(Flags::SPEECH_VERB) {
            // (the name is the object of a clause that a speaker ends: "Arbil, a senior
            // official said")
            return false;
        }
        if role || k > from + 4 {
            continue;
        }
        if t.lex.any(Flags::THING_KIND | Flags::ORG_WORD) {
            return false;
        }
        // (a rank that is also an adjective, before a noun, is the adjective: "Quotas, the
        // major device used to stabilize prices,"; the noun may still be a role: "the general
        // manager")
        let adjective = matches!(doc.low(k), "major" | "general" | "private")
            && doc
                .tokens
                .get(k + 1)
                .is_some_and(|n| n.shape == Shape::Word && !n.cap);
        // (after a possessive, the role's noun, past its modifiers: "former owner")
        if possessed && LEX.title_modifiers.contains(doc.low(k)) {
            continue;
        }
        let firms_too = possessed && LEX.shared_roles.contains(doc.low(k));
        role = !t.cap && !adjective && !firms_too && is_person_role(t.lex, doc.low(k));
    }
    role
}

/// Whether token `i` is an article in lower case, as an appositive after a comma opens
/// ("Ada Frei, the former minister,", "Franz Ferdinand, the Glasgow band,").
fn article_at(doc: &Doc, i: usize) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| t.shape == Shape::Word && !t.cap)
        && matches!(doc.low(i), "a" | "an" | "the")
}

/// Whether a lower-case word is a role only a person has: a title ("minister", "spokesman") or
/// a role noun of a person's ending ("lawyer", "activist", "historian"; not "petition",
/// "newspaper").
fn is_person_role(lex: Flags, l: &str) -> bool {
    lex.any(Flags::TITLE)
        || (lex.any(Flags::ROLE_NOUN)
            && !lex.any(Flags::ORG_WORD)
            && ["er", "or", "ist", "ian", "ant", "ent", "man", "woman"]
                .iter()
                .any(|s| l.ends_with(s))
            && !l.ends_with("paper"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words the rules read only once the word's lists allow them are on those lists.
    #[test]
    fn words_read_after_their_lists_are_on_them() {
        let function_words = [
            "the",
            "as",
            "and",
            "or",
            "were",
            "are",
            "have",
            "of",
            "for",
            "in",
            "like",
            "including",
            "at",
            "with",
            "my",
            "your",
            "our",
            "their",
            "his",
            "her",
            "its",
        ];
        for w in function_words {
            assert!(LEX.word_lists(w).any(Flags::FUNCTION_WORD), "{w}");
        }
        for w in ["ltd", "inc", "plc", "corp", "llc", "gmbh", "pty", "bhd"] {
            assert!(LEX.word_lists(w).any(Flags::CORPORATE), "{w}");
        }
        let banks = [
            "bookrunner",
            "book-runner",
            "co-manager",
            "co-lead",
            "manager",
            "managers",
        ];
        for w in banks {
            let lists = LEX.word_lists(w);
            assert!(!lists.any(Flags::FUNCTION_WORD | Flags::SPEECH_VERB), "{w}");
        }
    }
}
