//! The people an article mentions, each with one canonical name: the runs of capitalised words
//! and the name inside each ([`runs`]: titles and other prefixes stripped), then which runs
//! name people, every shorter form ("Clinton", "Hillary") linked to the fullest name the
//! article introduced ([`link`]).

mod evidence;
mod link;
mod runs;

pub(crate) use evidence::Cues;

pub(crate) use runs::{given_before_nickname, is_date_word, nickname_at};

use super::lexicon::{Gender, LEX};
use super::text::{Doc, Shape};

/// The bytes of token `i` of `doc`, those of [`Doc::word`] (read with no test of the
/// characters' boundaries that a slice of the text makes).
#[inline]
pub(crate) fn word_bytes<'a>(doc: &Doc<'a>, i: usize) -> &'a [u8] {
    let t = &doc.tokens[i];
    &doc.text.as_bytes()[t.start..t.end]
}

/// One past the capitalised name's possessive that opens at token `i`, of up to three words
/// ("China's", "Morgan Stanley's"), as an appositive after a comma or a relative's noun may
/// follow ("Tom Reed's father").
pub(crate) fn possessor_end(doc: &Doc, i: usize) -> Option<usize> {
    (i..i + 3)
        .take_while(|&j| {
            doc.tokens
                .get(j)
                .is_some_and(|t| t.shape == Shape::Word && t.cap)
        })
        .find(|&j| doc.tokens[j].poss)
        .map(|j| j + 1)
}

/// Whether token `i` of `doc` is written `w` (whether [`Doc::word`] is `w`): its length
/// first, its bytes only then (most tokens differ in length from the short words asked about).
/// False past the last token, as [`Doc::is`] is.
#[inline]
pub(crate) fn word_is(doc: &Doc, i: usize, w: &str) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| t.end - t.start == w.len())
        && word_bytes(doc, i) == w.as_bytes()
}

/// Whether the lower-case word `w` is a possessive determiner ("my", "your", "its"): what
/// follows is owned, a thing's name more often than a person's.
pub(super) fn is_possessive_determiner(w: &str) -> bool {
    matches!(w, "my" | "your" | "our" | "their" | "his" | "her" | "its")
}

/// Whether token `i` of `doc` is the ASCII punctuation mark `mark` (what [`Doc::is`] tells of
/// it): the token's first byte is the mark's.
#[inline]
pub(crate) fn punct_is(doc: &Doc, i: usize, mark: u8) -> bool {
    debug_assert!(mark.is_ascii());
    doc.tokens
        .get(i)
        .is_some_and(|t| t.shape == Shape::Punct && doc.text.as_bytes().get(t.start) == Some(&mark))
}

/// A run of capitalised words, and the person it names, if it names one.
#[derive(Debug, Clone)]
pub(crate) struct Run {
    /// First token of the whole run (titles included).
    pub(crate) start: usize,
    /// One past its last token.
    pub(crate) end: usize,
    /// First token of the name, after titles and other prefixes are stripped.
    pub(crate) name_start: usize,
    /// One past the last token of the name (suffixes like "Jr." excluded).
    pub(crate) name_end: usize,
    /// The person it names, as an index into [`People::entities`].
    pub(crate) entity: Option<usize>,
    /// A title stood before the name ("Sen.", "Mr.", "former president").
    pub(crate) titled: bool,
    /// That title was an honorific ("Mr", "Lady", "Sgt"), which stands before people's names
    /// only: the name is a person's whatever its words ("Mr Hill").
    pub(crate) honorific: bool,
    /// The token of the last title before the name, if one stood there.
    pub(crate) title_at: Option<usize>,
    /// What the words around this mention say the name is (see [`evidence`]).
    pub(crate) cues: Cues,
    /// Gender the title implies (Mr., Mrs.).
    pub(crate) title_gender: Gender,
    /// The whole run is a known place or organisation ("St. Louis", "Morgan Stanley").
    pub(crate) blocked: bool,
}

/// One person of the article.
#[derive(Debug, Clone)]
pub(crate) struct Entity {
    /// Lower-case words of the fullest name.
    pub(crate) key: Vec<String>,
    /// The fullest name as written.
    pub(crate) name: String,
    pub(crate) gender: Gender,
    /// Token where the person was first introduced.
    pub(crate) first_tok: usize,
    pub(crate) mentions: u32,
    pub(crate) forms: Vec<String>,
}

/// The people of one article and where each is mentioned.
#[derive(Debug, Default)]
pub(crate) struct People {
    pub(crate) entities: Vec<Entity>,
    /// Every capitalised run, in text order.
    pub(crate) runs: Vec<Run>,
    /// The names that the article's words say are a thing's ("Franz Ferdinand were", "the
    /// film Vera Drake"), as first written: the index weighs them against the articles that
    /// take the name for a person's.
    pub(crate) things: Vec<String>,
    /// For each token, the index of the run it belongs to (`u32::MAX` when none).
    run_of: Vec<u32>,
    /// Some person's name was given a word with a letter outside ASCII while linking (and so
    /// may differ from another's by its accents alone).
    accented_keys: bool,
    /// The text is in a language that declines names by endings added to them (see
    /// [`link::declines_names`]): "přestupu Declana Rice" is Declan Rice.
    declined_names: bool,
}

/// The gender that "is", "was" or "became" at token `at`, after a person's name, gives that
/// person: a noun of one gender in the phrase after the verb, before the phrase ends ("Omar
/// is one of the first two Muslim women elected", "Lee was a congresswoman", "Lee is the
/// mother of two"); not past a comma, a clause's word ("Lee is the lawyer who represented
/// the woman") or a verb right after it ("Lee is suing the man", "Lee was married to a man").
fn copula_gender(doc: &Doc, at: usize) -> Gender {
    let sent = match doc.tokens.get(at) {
        Some(t) if t.shape == Shape::Word && matches!(doc.low(at), "is" | "was" | "became") => {
            t.sent
        }
        _ => return Gender::Unknown,
    };
    for k in at + 1..(at + 11).min(doc.tokens.len()) {
        let t = &doc.tokens[k];
        if t.sent != sent || t.in_quote {
            break;
        }
        if t.shape != Shape::Word {
            if matches!(doc.word(k), "," | ";" | ":" | "(") {
                break;
            }
            continue;
        }
        let w = doc.low(k);
        let clause = matches!(
            w,
            "who"
                | "that"
                | "which"
                | "whose"
                | "whom"
                | "when"
                | "where"
                | "and"
                | "but"
                | "after"
        );
        if clause || (k == at + 1 && (w.ends_with("ing") || w.ends_with("ed"))) {
            break;
        }
        // (a noun in lower case: not an honorific before another's name, "was Lord Lee's aide")
        let g = match w {
            _ if t.cap => None,
            "woman" | "women" | "girl" | "lady" => Some(Gender::Female),
            "man" | "men" | "boy" => Some(Gender::Male),
            _ => LEX.gendered_titles.get(w).or(LEX.kin.get(w)).copied(),
        };
        if let Some(g) = g {
            return g;
        }
    }
    Gender::Unknown
}

/// The names a headline gives a stock ticker after, as Reuters writes a firm's ("DIAMOND
/// SHAMROCK <DIA> SELLS UNIT", "Davis Water <DWWS> buys firm"): each in lower case, without
/// full stops ("j.c penney" of "J.C. PENNEY <JCP>"), of at most four words back to the
/// headline's start or a mark.
fn ticker_names(headline: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = headline;
    while let Some(open) = rest.find('<') {
        let before = &rest[..open];
        let closed = rest[open..].find('>').is_some_and(|c| {
            let ticker = &rest[open + 1..open + c];
            !ticker.is_empty() && ticker.len() <= 12 && !ticker.contains(' ')
        });
        rest = &rest[open + 1..];
        if !closed {
            continue;
        }
        let words: Vec<String> = before
            .rsplit([',', ';', ':', '(', ')', '>', '"'])
            .next()
            .unwrap_or("")
            .split_whitespace()
            .map(|w| w.to_lowercase().replace('.', ""))
            .collect();
        if (1..=4).contains(&words.len()) {
            names.push(words.join(" "));
        }
    }
    names
}

impl People {
    /// Find the runs of `doc` and the people they name; `headline` is the article's, whose
    /// names given with a stock ticker are firms' ("DIAMOND SHAMROCK <DIA> SELLS UNIT").
    pub(crate) fn find(doc: &Doc, headline: &str) -> People {
        let mut people = People {
            run_of: vec![u32::MAX; doc.tokens.len()],
            // (room for the runs of most texts, to grow it rarely)
            runs: Vec::with_capacity(doc.tokens.len() / 8),
            ..Default::default()
        };
        people.find_runs(doc);
        people.link(doc, &ticker_names(headline));
        people.genders_from_titles();
        people.genders_from_pronouns(doc);
        people
    }

    /// The gender a person's titles give, over the lists' guess from the given name: "Anais
    /// Faraj, an analyst … Mr Faraj continued" is a man, though Anais is a woman's name most
    /// often. Only for a person named in full (a surname alone may stand for two: "President
    /// Reagan … Mrs Reagan"), and when every title of the person gives the same gender.
    fn genders_from_titles(&mut self) {
        let mut says = vec![(false, false); self.entities.len()];
        for run in &self.runs {
            let Some(e) = run.entity else { continue };
            match run.title_gender {
                Gender::Male => says[e].0 = true,
                Gender::Female => says[e].1 = true,
                Gender::Unknown => {}
            }
        }
        for (ent, said) in self.entities.iter_mut().zip(says) {
            if ent.key.len() < 2 {
                continue;
            }
            match said {
                (true, false) => ent.gender = Gender::Male,
                (false, true) => ent.gender = Gender::Female,
                _ => {}
            }
        }
    }

    /// The gender the article's own pronouns give a person whose title tells none: "Omar
    /// asked for compassion …, saying she did not think …" makes Ilhan Omar a woman, though
    /// the given name is a man's in Turkey, and tells the gender of a name the lists do not
    /// know. A sentence votes when a person's name opens it (not as a possessive) and a "he"
    /// or "she" ("himself", "herself") follows, outside quotes, before any other person is
    /// named, or the name is said to be a noun of one gender ("Omar is one of the first two
    /// Muslim women elected to Congress": see [`copula_gender`]); a person whom the
    /// sentences vote for one gender only, and whom no title gives one, has it.
    fn genders_from_pronouns(&mut self, doc: &Doc) {
        let mut votes = vec![(0u32, 0u32); self.entities.len()];
        // (and the weaker votes of "his" and "her", counted only for a person "he" or "she"
        // never votes for: "Swift got support, after accusing them of trying to stop her
        // performing")
        let mut weak = vec![(0u32, 0u32); self.entities.len()];
        let mut titled = vec![false; self.entities.len()];
        for run in &self.runs {
            let Some(e) = run.entity else { continue };
            titled[e] |= run.title_gender != Gender::Unknown;
            let sent = doc.tokens[run.start].sent;
            let opens = run.start == 0 || doc.tokens[run.start - 1].sent != sent;
            if !opens || doc.tokens[run.end - 1].poss || doc.tokens[run.start].in_quote {
                continue;
            }
            match copula_gender(doc, run.end) {
                Gender::Male => votes[e].0 += 1,
                Gender::Female => votes[e].1 += 1,
                Gender::Unknown => {}
            }
            let mut i = run.end;
            let mut possessive = Gender::Unknown;
            let strong = loop {
                let Some(t) = doc.tokens.get(i) else {
                    break false;
                };
                if t.sent != sent {
                    break false;
                }
                if let Some(other) = self.run_at(i) {
                    if other.entity.is_some_and(|o| o != e) && !doc.tokens[other.end - 1].poss {
                        break false;
                    }
                }
                if !t.in_quote && t.shape == Shape::Word {
                    match doc.low(i) {
                        "he" | "himself" => {
                            votes[e].0 += 1;
                            break true;
                        }
                        "she" | "herself" => {
                            votes[e].1 += 1;
                            break true;
                        }
                        "his" if possessive == Gender::Unknown => possessive = Gender::Male,
                        "her" | "hers" if possessive == Gender::Unknown => {
                            possessive = Gender::Female;
                        }
                        _ => {}
                    }
                }
                i += 1;
            };
            if !strong {
                match possessive {
                    Gender::Male => weak[e].0 += 1,
                    Gender::Female => weak[e].1 += 1,
                    Gender::Unknown => {}
                }
            }
        }
        for (e, ent) in self.entities.iter_mut().enumerate() {
            let cast = if votes[e] == (0, 0) {
                weak[e]
            } else {
                votes[e]
            };
            let voted = match cast {
                (0, 0) => continue,
                (_, 0) => Gender::Male,
                (0, _) => Gender::Female,
                _ => continue,
            };
            // (an English given name tells the gender better than a pronoun that may be
            // another's: "Bill Clinton said she was …")
            let open = ent.gender == Gender::Unknown
                || ent.key.len() > 1 && LEX.is_intl_only_name(&ent.key[0]);
            if open && !titled[e] {
                ent.gender = voted;
            }
        }
    }

    /// Completes a person whom the body names by surname alone with the given name that the
    /// headline puts before it: "Cecile Richards: ‘…’" over a body that says only "Richards"
    /// is about Cecile Richards, the article's fullest name for her. Only when one person of
    /// the article has that surname, and the word before it is a given name that the body
    /// never writes in lower case ("Will Sanders Quit?" names no Will).
    pub(crate) fn complete_from_headline(&mut self, doc: &Doc, headline: &str) {
        if !self
            .entities
            .iter()
            .any(|ent| ent.key.len() == 1 && ent.mentions > 0)
        {
            return;
        }
        let words: Vec<&str> = headline
            .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
            .map(|w| {
                w.strip_suffix("'s")
                    .or_else(|| w.strip_suffix("’s"))
                    .unwrap_or(w)
            })
            .collect();
        for pair in words.windows(2) {
            let (given, surname) = (pair[0], pair[1]);
            let title_case = |w: &str| {
                let mut cs = w.chars();
                cs.next().is_some_and(char::is_uppercase) && cs.any(char::is_lowercase)
            };
            if !title_case(given) || !title_case(surname) {
                continue;
            }
            let (g, s) = (given.to_lowercase(), surname.to_lowercase());
            let Some(gender) = LEX.listed_first_name(&g) else {
                continue;
            };
            let mut bearers = self
                .entities
                .iter()
                .enumerate()
                .filter(|(_, ent)| ent.key.last() == Some(&s));
            let (Some((e, ent)), None) = (bearers.next(), bearers.next()) else {
                continue;
            };
            if ent.key.len() != 1 || ent.mentions == 0 || doc.written_in_lower_case(&g) {
                continue;
            }
            let ent = &mut self.entities[e];
            let full = format!("{given} {}", ent.name);
            let old = std::mem::replace(&mut ent.name, full);
            ent.forms.insert(0, old);
            ent.key = vec![g, s];
            if ent.gender == Gender::Unknown {
                ent.gender = gender;
            }
        }
    }

    /// The runs that lie, in whole or in part, within tokens `start..end`.
    pub(crate) fn runs_within(&self, start: usize, end: usize) -> &[Run] {
        let from = self.runs.partition_point(|r| r.end <= start);
        let upto = self.runs.partition_point(|r| r.start < end);
        &self.runs[from..upto.max(from)]
    }

    /// The run that token `i` belongs to.
    pub(crate) fn run_at(&self, i: usize) -> Option<&Run> {
        self.runs.get(self.run_index_at(i)?)
    }

    /// The index in [`People::runs`] of the run that token `i` belongs to.
    fn run_index_at(&self, i: usize) -> Option<usize> {
        match self.run_of.get(i) {
            Some(&r) if (r as usize) < self.runs.len() => Some(r as usize),
            _ => None,
        }
    }

    /// The person most recently mentioned before token `pos` (outside quotes) whose gender
    /// fits a pronoun of gender `g`.
    pub(crate) fn antecedent(&self, doc: &Doc, pos: usize, g: Gender) -> Option<usize> {
        // Runs are in text order: start at `pos` and look back a bounded distance.
        let upto = self.runs.partition_point(|r| r.start < pos);
        for run in self.runs[..upto].iter().rev().take(200) {
            let Some(e) = run.entity else { continue };
            if doc.tokens[run.start].in_quote {
                continue;
            }
            let eg = self.entities[e].gender;
            if g == Gender::Unknown || eg == g || eg == Gender::Unknown {
                return Some(e);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::Doc;

    fn people(text: &str) -> Vec<(String, u32)> {
        let doc = Doc::new(text);
        let p = People::find(&doc, "");
        p.entities
            .iter()
            .filter(|e| e.mentions > 0)
            .map(|e| (e.name.clone(), e.mentions))
            .collect()
    }

    /// A headline, a body, and the people (name, mentions) they give.
    type HeadlineCase<'a> = (&'a str, &'a str, &'a [(&'a str, u32)]);

    /// A person the body names by surname alone takes the given name the headline puts before
    /// it; not a word the body writes in lower case, nor over a full name the body gives.
    /// "Omar is one of the first two Muslim women elected" tells the gender of a given name
    /// the lists do not know; a noun past a clause's word, a verb or an honorific does not.
    #[test]
    fn gender_of_the_noun_a_name_is_said_to_be() {
        let cases: &[(&str, Gender)] = &[
            (
                "Kivra Omar spoke. Omar is one of the first two Muslim women elected.",
                Gender::Female,
            ),
            (
                "Kivra Omar spoke. Omar was a congresswoman from Ohio.",
                Gender::Female,
            ),
            (
                "Kivra Omar spoke. Omar became the father of two.",
                Gender::Male,
            ),
            (
                "Kivra Omar spoke. Omar is a man of few words.",
                Gender::Male,
            ),
            (
                "Kivra Omar spoke. Omar is the lawyer who represented the women.",
                Gender::Unknown,
            ),
            (
                "Kivra Omar spoke. Omar is suing the woman.",
                Gender::Unknown,
            ),
            (
                "Kivra Omar spoke. Omar was Lady Hale's aide.",
                Gender::Unknown,
            ),
            (
                "Kivra Omar spoke. Omar said the women were brave.",
                Gender::Unknown,
            ),
            (
                "Kivra Omar spoke. Omar is, like the others, a doctor.",
                Gender::Unknown,
            ),
        ];
        for &(text, want) in cases {
            let doc = Doc::new(text);
            let people = People::find(&doc, "");
            let got = people
                .entities
                .iter()
                .find(|e| e.name == "Kivra Omar")
                .map(|e| e.gender);
            assert_eq!(got, Some(want), "{text:?}");
        }
    }

    /// A woman named with her married surname and, after "née", her maiden one is one
    /// person, named as the article names her most.
    #[test]
    fn maiden_names() {
        check(&[
            (
                "Ellen Fetter wrote the code. Ellen Fetter left. We reached Ellen Gille, née Fetter, at home.",
                &[("Ellen Fetter", 4)],
            ),
            (
                "Ellen Fetter wrote the code. We reached Ellen Gille, who is not related, at home.",
                &[("Ellen Fetter", 1), ("Ellen Gille", 1)],
            ),
        ]);
    }

    #[test]
    fn given_name_from_the_headline() {
        let cases: &[HeadlineCase] = &[
            (
                "Cecile Richards: ‘We Will Not Go Back’",
                "Ms Richards spoke in Dallas. Richards left.",
                &[("Cecile Richards", 2)],
            ),
            (
                "Will Richards Quit?",
                "Ms Richards spoke in Dallas. She will stay.",
                &[("Richards", 1)],
            ),
            (
                "Cecile Richards: ‘We Will Not Go Back’",
                "Ann Richards spoke in Dallas. Richards left.",
                &[("Ann Richards", 2)],
            ),
        ];
        check_with_headlines(cases);
    }

    /// A name the headline gives a stock ticker after is a firm's, in full or by its first
    /// words; without a ticker it is read as before.
    #[test]
    fn firms_given_a_ticker_in_the_headline() {
        let cases: &[HeadlineCase] = &[
            (
                "KESTREL SHAMROCK <KSH> SELLS UNIT",
                "Kestrel Shamrock said it would sell a unit. Ann Lee, its chairman, agreed.",
                &[("Ann Lee", 1)],
            ),
            (
                "J.C. KESTREL CO <JCK> SALES RISE",
                "J.C. Kestrel said sales rose.",
                &[],
            ),
            (
                "KESTREL SHAMROCK SELLS UNIT",
                "Kestrel Shamrock said it would sell a unit.",
                &[("Kestrel Shamrock", 1)],
            ),
        ];
        check_with_headlines(cases);
    }

    #[test]
    fn names_before_tickers() {
        let cases: &[(&str, &[&str])] = &[
            ("DIAMOND SHAMROCK <DIA> SELLS UNIT", &["diamond shamrock"]),
            ("J.C. PENNEY <JCP> SALES RISE", &["jc penney"]),
            (
                "ACME <ACM>, BETA CORP <BTA> TO MERGE",
                &["acme", "beta corp"],
            ),
            ("SHARES <IN> A RANGE", &["shares"]),
            ("NO TICKER HERE", &[]),
            ("BROKEN <TICKER", &[]),
            ("<ACM> LEADS", &[]),
        ];
        for (headline, want) in cases {
            assert_eq!(ticker_names(headline), *want, "{headline:?}");
        }
    }

    /// Runs each case's body through [`People::find`] and [`People::complete_from_headline`]
    /// with its headline, as extraction does.
    fn check_with_headlines(cases: &[HeadlineCase]) {
        for (headline, body, want) in cases {
            let doc = Doc::new(body);
            let mut p = People::find(&doc, headline);
            p.complete_from_headline(&doc, headline);
            let got: Vec<(String, u32)> = p
                .entities
                .iter()
                .filter(|e| e.mentions > 0)
                .map(|e| (e.name.clone(), e.mentions))
                .collect();
            let want: Vec<(String, u32)> = want.iter().map(|(n, m)| (n.to_string(), *m)).collect();
            assert_eq!(got, want, "{headline:?} {body:?}");
        }
    }

    #[test]
    fn words_glued_before_a_name_and_names_of_things() {
        let cases: &[(&str, &[(&str, u32)])] = &[
            // an inhabitant's noun made of a place's name describes the person
            (
                "By any measure, New Yorker Dick Morris is a winner. But Morris left.",
                &[("Dick Morris", 2)],
            ),
            ("Londoner Ann Okafor spoke.", &[("Ann Okafor", 1)]),
            // a nationality of any continent, one or several ("Kenyans")
            (
                "Radcliffe held off Kenyan Susan Chepkemei. Kenyans Evans Rutto and Ann Okafor ran.",
                &[("Susan Chepkemei", 1), ("Evans Rutto", 1), ("Ann Okafor", 1)],
            ),
            // a club's boss, a rugby prop
            (
                "Boss Graeme Souness was pleased. England boss Sven-Goran Eriksson watched Prop \
                 Adam Jones.",
                &[("Graeme Souness", 1), ("Sven-Goran Eriksson", 1), ("Adam Jones", 1)],
            ),
            // ranks written with hyphens, a council's and a party's offices
            (
                "Major-General Nikolai Sherbatov said so. Majority Whip John Cornyn and Alderman \
                 Jason C. Ervin did not.",
                &[("Nikolai Sherbatov", 1), ("John Cornyn", 1), ("Jason C. Ervin", 1)],
            ),
            (
                "Pole Robert Kubica finished third, ahead of Turk Ann Okafor.",
                &[("Robert Kubica", 1), ("Ann Okafor", 1)],
            ),
            // a role before a given name of Britain's and a surname ("Geoff", "Piers", "Owain")
            (
                "Farmer Geoff Brooks, of the hunt, spoke. Piers Freelove and Owain Bennallack left.",
                &[("Geoff Brooks", 1), ("Piers Freelove", 1), ("Owain Bennallack", 1)],
            ),
            // (a given name that is also a role's noun stays the name's)
            (
                "Ally Warnock clawed back three points.",
                &[("Ally Warnock", 1)],
            ),
            // given names of world leaders the census lists lack
            (
                "The summit was planned with Barack Obama in mind.",
                &[("Barack Obama", 1)],
            ),
            // a role's noun opening a sentence before one word
            ("Bookmakers Grantley says the odds are long.", &[]),
            ("Rival Pennock's shares were also lower.", &[]),
            // a participle opening a heading before a possessive
            (
                "4. Questioning Kozlarek's judgment\n\nCounsel Steve Castor asked about \
                 Alexander Kozlarek's judgment.",
                &[("Steve Castor", 1), ("Alexander Kozlarek", 2)],
            ),
            // a work's noun last names the work
            ("His final album was Redemption Song - a classic.", &[]),
            // a name of several words after a word or a number and "in", no given name first,
            // is a place's; not after trust in someone
            ("Turnout was 62% in Sheffield Hallam.", &[]),
            ("They had offices in Kentish Town.", &[]),
            (
                "I have confidence in Toshiyuki Shiga. Shiga will run it.",
                &[("Toshiyuki Shiga", 2)],
            ),
            // a month's abbreviation with no number beside it is a given name
            (
                "“It was rote,” said Mar Hicks, a historian. Hicks added more.",
                &[("Mar Hicks", 2)],
            ),
            ("Prices rose 5 Mar Hicks said.", &[]),
            // a surname two people have goes with the one the sentence before names, and is
            // never a person of its own
            (
                "Ellen Gille spoke. Sarah Gille studied at MIT. Gille recalls the work.",
                &[("Ellen Gille", 1), ("Sarah Gille", 2)],
            ),
        ];
        for (input, want) in cases {
            let got = people(input);
            let want: Vec<(String, u32)> = want.iter().map(|(n, c)| (n.to_string(), *c)).collect();
            assert_eq!(got, want, "{input:?}");
        }
    }

    #[test]
    fn names_and_canonical_forms() {
        let cases: &[(&str, &[(&str, u32)])] = &[
            (
                "Hillary Clinton spoke. Clinton left.",
                &[("Hillary Clinton", 2)],
            ),
            (
                "Former US President Donald Trump’s plan. Trump said no.",
                &[("Donald Trump", 2)],
            ),
            (
                "Hillary Clinton and Bill Clinton met. Clinton spoke.",
                &[("Hillary Clinton", 2), ("Bill Clinton", 1)],
            ),
            (
                "Hillary Rodham Clinton won. Hillary Clinton smiled.",
                &[("Hillary Rodham Clinton", 2)],
            ),
            (
                "Sen. Rita Delgado voted. Delgado said no.",
                &[("Rita Delgado", 2)],
            ),
            // a short form of the given name, the same surname: one person, by the fuller name
            (
                "Psychologist Dave Collins was appointed. “David Collins is a leader,” Ann Lee said.",
                &[("Dave Collins", 2), ("Ann Lee", 1)],
            ),
            (
                "“Pat Carlineo is passionate,” his lawyer said. Patrick W. Carlineo pleaded guilty.",
                &[("Patrick W. Carlineo", 2)],
            ),
            // ... not two given names that are no such pair
            (
                "Dan Regan spoke. Don Regan left.",
                &[("Dan Regan", 1), ("Don Regan", 1)],
            ),
            (
                "Ivanka Trump called. Ivanka waited.",
                &[("Ivanka Trump", 2)],
            ),
            ("Shares of Morgan Stanley fell in New York.", &[]),
            // a firm's branch: a place's name last
            (
                "Porsche Cars North America said it sold 1,815 cars. Nissan North America said sales rose.",
                &[],
            ),
            ("Jack London wrote it. Ann Lee Washington said so.", &[("Jack London", 1), ("Ann Lee Washington", 1)]),
            (
                "The Green Party and the White House met at Grace Road.",
                &[],
            ),
            (
                "Secretary of State John Kerry arrived.",
                &[("John Kerry", 1)],
            ),
            ("Mr. Okafor said he was pleased.", &[("Okafor", 1)]),
            (
                "Nasser Hussain hit 158. Hussain was out.",
                &[("Nasser Hussain", 2)],
            ),
            // results tables: a country in brackets
            (
                "2. Ludmila Engquist ( Sweden ) 12.74",
                &[("Ludmila Engquist", 1)],
            ),
            // initials are names, not the word "a"
            ("Caught by A. Dale for 69.", &[("A. Dale", 1)]),
            (
                "President George H.W. Bush held back aid. Bush said so.",
                &[("George H.W. Bush", 2)],
            ),
            ("J.R.R. Tolkien wrote it.", &[("J.R.R. Tolkien", 1)]),
            ("The U.N. met. The U.S. voted.", &[]),
            // codes and models are no names; nor a harbour or an outlet
            ("It ran on Page A1. Get a Dell G3 now.", &[]),
            ("The boats sat in Whangārei Harbour.", &[]),
            ("Rolling Stone reported it.", &[]),
            ("Yahoo Finance reported it.", &[]),
            (
                "U.S. Secretary of State John Kerry met D.C. Mayor Muriel Bowser.",
                &[("John Kerry", 1), ("Muriel Bowser", 1)],
            ),
            ("W.E.B. Du Bois wrote it.", &[("W.E.B. Du Bois", 1)]),
            (
                "They met at Bedminster, N.J. Roger Ailes came too.",
                &[("Roger Ailes", 1)],
            ),
            // (after a comma, only a state's initials are a place's)
            (
                "Last week, J.J. Goldberg wrote a column.",
                &[("J.J. Goldberg", 1)],
            ),
            ("It is bankrupt in A.C. Others will follow.", &[]),
            // a letter after a kind's noun labels it: no initial
            (
                "It rated the units Series A. Moody's actions affect them.",
                &[],
            ),
            (
                "He asked scholar A.E. Dick Howard.",
                &[("A.E. Dick Howard", 1)],
            ),
            // given names and surnames that are also common words
            ("Michael Green scored twice.", &[("Michael Green", 1)]),
            ("Jan Kroslak won in three sets.", &[("Jan Kroslak", 1)]),
            ("Evelyn Park said no.", &[("Evelyn Park", 1)]),
            ("The Francisco Chronicle says so.", &[]),
            ("Federal Savings and Loan Association said no.", &[]),
            ("Balmond Studio has joined the festival.", &[]),
            ("The new Lumo 11 Pro Max costs more.", &[]),
            (
                "On March 5 Ann Lee spoke. Formula 1 Lewis Hamilton won.",
                &[("Ann Lee", 1), ("Lewis Hamilton", 1)],
            ),
            (
                "Sri Lanka 237 A. Gurusinha 42, R. Mahanama 31",
                &[("A. Gurusinha", 1), ("R. Mahanama", 1)],
            ),
            ("The World Bureau of Metal Statistics said so.", &[]),
            ("The Institute for Fiscal Studies said so.", &[]),
            (
                "Stocks rose, the American Bureau of Metal Statistics said.",
                &[],
            ),
            (
                "The Federal Bureau of Inquiry Director Ann Wexley spoke.",
                &[("Ann Wexley", 1)],
            ),
            (
                "The Institute of Ann Lee said so. Ann Lee was glad.",
                &[("Ann Lee", 2)],
            ),
            ("They met at Grace Road.", &[]),
            ("The cottage on Gull Point will open.", &[]),
            // modifiers and days are not part of a name
            ("Bergamo-based Atalanta won.", &[]),
            ("Investors bought Hong Kong-listed shares.", &[]),
            (
                "Jose Miguel Insulza Monday said no.",
                &[("Jose Miguel Insulza", 1)],
            ),
            // capitalised and chained particles
            ("Al Unser Jr. led.", &[("Al Unser", 1)]),
            ("Edwin van der Sar saved it.", &[("Edwin van der Sar", 1)]),
            // a month's abbreviation as a given name, before a particle too
            ("Jan de Vries said no.", &[("Jan de Vries", 1)]),
            ("Jan van der Berg said no.", &[("Jan van der Berg", 1)]),
            // ... or between two words of a name
            ("Ard Jan Vetham said no.", &[("Ard Jan Vetham", 1)]),
            // a month or a day before a full name is none of it (a month that is a given name,
            // after a word of time); a month and a surname are a name
            ("In September Ann Lee said no.", &[("Ann Lee", 1)]),
            ("The board will elect in April John Johnstone as chief.", &[("John Johnstone", 1)]),
            ("January Jones said no.", &[("January Jones", 1)]),
            // given names of Persian and Ukrainian news (the census lacks them)
            (
                "Arash Sigarchi and Mojtaba Saminejad are in prison.",
                &[("Arash Sigarchi", 1), ("Mojtaba Saminejad", 1)],
            ),
            ("Andriy Shevchenko scored.", &[("Andriy Shevchenko", 1)]),
            // accents do not hide a given name
            ("Zoë Brandt agreed.", &[("Zoë Brandt", 1)]),
        ];
        check(cases);
    }

    fn check(cases: &[(&str, &[(&str, u32)])]) {
        for (input, want) in cases {
            let want: Vec<(String, u32)> = want.iter().map(|(n, c)| (n.to_string(), *c)).collect();
            assert_eq!(people(input), want, "{input:?}");
        }
    }

    /// A surname beside a verb of saying, in an article that names no one else, is a person's
    /// when "he" or "she" later speaks; "it" speaks for a firm.
    #[test]
    fn surname_alone_that_a_pronoun_takes_up() {
        check(&[
            (
                "\"We want more,\" Ammerman said. Prices rose. He said it was fine.",
                &[("Ammerman", 1)],
            ),
            ("Profits rose, Siemens said. \"We are pleased,\" it said.", &[]),
            (
                "Last week, rival Shell reported a profit. Lord Browne said the results were strong. \"Profits are up,\" he said.",
                &[("Browne", 1)],
            ),
        ]);
    }

    /// A name declined by an ending in a language that declines names is one person with its
    /// dictionary form, named so ("přestupu Declana Rice", "Declan Rice řekl"); English text
    /// keeps two names apart.
    #[test]
    fn declined_names() {
        check(&[
            (
                "Klub oznámil přestup Declana Rice. Declan Rice řekl, že je šťastný.",
                &[("Declan Rice", 2)],
            ),
            (
                "Trenér Davida Moyese chválil. David Moyes řekl, že tým hrál dobře.",
                &[("David Moyes", 2)],
            ),
            (
                "David Lee met Davida Lee in Prague. Both spoke.",
                &[("David Lee", 1), ("Davida Lee", 1)],
            ),
        ]);
    }

    /// Places and things named like people: a place after its kind and "of", a region before
    /// a full name, a nationality after a point of the compass, a thing "called" so, a firm's
    /// partners before its analyst; and the person these leave alone.
    #[test]
    fn places_and_things_named_like_people() {
        check(&[
            ("Ships left the port of Salina Cruz on Monday. Ann Lee waved.", &[("Ann Lee", 1)]),
            ("Costs to the city of Santa Maria rose.", &[]),
            ("The state of Ann Lee's health worried them.", &[("Ann Lee", 1)]),
            ("The bank expanded its West German Visa credit card operation.", &[]),
            ("East German Gerd Lee said it was over.", &[("Gerd Lee", 1)]),
            (
                "The director for Latin America and the Caribbean Rainer Steckhan said the loan was approved.",
                &[("Rainer Steckhan", 1)],
            ),
            ("Not one woman appeared on Fox News' The Kelly File.", &[]),
            ("The bank plans to expand its card operation, Ann Lee said.", &[("Ann Lee", 1)]),
            (
                "They found a missing enzyme, called Adenosine Deaminase, in the samples.",
                &[],
            ),
            ("They took a drug called Relenza Plus.", &[]),
            ("He met a meteorologist named Edward Lorenz.", &[("Edward Lorenz", 1)]),
            ("He met a boy called Ben Okafor.", &[("Ben Okafor", 1)]),
            ("The report named Ann Lee as the suspect.", &[("Ann Lee", 1)]),
            // (a firm of partners before its analyst)
            (
                "Rates fell, said Carroll McEntee and McGinley analyst Brian Singer.",
                &[("Brian Singer", 1)],
            ),
        ]);
    }

    /// Words glued to a name at the start of its sentence, and titles and offices glued to a
    /// name or eating it (issue 17, classes 2 and 3).
    #[test]
    fn glued_words_titles_and_offices() {
        check(&[
            ("Overstating Ms Okoro's role was easy.", &[("Okoro", 1)]),
            // a thing's name after the full name of a person introduced before, before a noun
            (
                "Joan Pryor wrote the code. In 2017 she got a Joan Pryor Lego minifigure.",
                &[("Joan Pryor", 2)],
            ),
            // ... not a surname of the lists, nor before a verb of saying
            (
                "Ann Lee spoke. Ann Lee Smith wrote too.",
                &[("Ann Lee", 1), ("Ann Lee Smith", 1)],
            ),
            (
                "Ann Lee spoke. Ann Lee Okonkwo told reporters so.",
                &[("Ann Lee", 1), ("Ann Lee Okonkwo", 1)],
            ),
            // every word an English word that is never a name, and no sign of a person: a
            // title's or a thing's name; a nickname the lists know stays a given name
            ("A Different Story will screen at the festival.", &[]),
            // ... with a number in Roman numerals; not a given name's
            (
                "Barley   n.a.   1.56       IV    2.55\n\nV    2.65    --\n\nReserves I, II and III have matured. Level IV reflects grain entered after Oct 6. Level V wheat/barley after 5/14/82. Level VI covers wheat.",
                &[],
            ),
            (
                "Louis XIV ruled. Henry VIII spoke.",
                &[("Louis XIV", 1), ("Henry VIII", 1)],
            ),
            // one name written with and without its accents is one person, named with them
            (
                "Jose Marti spoke. José Martí said it. Later Marti left.",
                &[("José Martí", 3)],
            ),
            ("Abu Hañifah wrote. Abu Hanifah said it.", &[("Abu Hañifah", 2)]),
            // a name alone in quotation marks is a work's when its last word is an English
            // word that is never a name, even after a given name; a surname's stays a person's
            ("He launched the game “Job Simulator” last year.", &[]),
            (
                "The band played. Fans chanted “Ann Lee,” and she waved.",
                &[("Ann Lee", 1)],
            ),
            // a noun of kin names the person after it in its paragraph only (a caption's last
            // word is no cue for the next paragraph's first)
            (
                "Kauri joined the group started by his father\n\nConcrete information on why whales strand is scarce.",
                &[],
            ),
            ("She came with her daughter Jill. The two spoke.", &[("Jill", 1)]),
            // a shorter form of a name given in full before is that person's, whatever its
            // words look like, unless it qualifies a noun
            (
                "Minister Herman De Croo spoke.\n\nDe Croo, in town for talks, left.",
                &[("Herman De Croo", 2)],
            ),
            // a name a recurrence qualifies is an event's
            ("Crowds came to the annual Toy Fair in New York.", &[]),
            ("Butch Otter signed the bill.", &[("Butch Otter", 1)]),
            // an English word that is never a name, opening its sentence before a listed name,
            // is none of it
            ("Ann Lee spoke. Advantage Lee, then.", &[("Ann Lee", 2)]),
            // what someone owns, of a year
            (
                "If you have an older dock from your 2012 or later Velvet NoteBook Pro, the $49 adapter will connect it.",
                &[],
            ),
            (
                "If you have an older dock from your 2012 Velvet NoteBook Pro, the $49 adapter will connect it.",
                &[],
            ),
            // a share of an asset or a firm
            (
                "Its portfolio will include 30 pct of Telfer and 100 pct of Ora Banda.",
                &[],
            ),
            // a firm a part of which is told of
            (
                "The research department of Drexel Burnham Lambert expects gains.",
                &[],
            ),
            // a hashtag before a name is none of it
            (
                "#Hawks Speedy Collins has been solid in run support.",
                &[("Speedy Collins", 1)],
            ),
            // a state's or a city's demonym, as a nation's, is no part of the name
            (
                "Former House speaker and Ohioan Ada Okoro headlined a reception.",
                &[("Ada Okoro", 1)],
            ),
            // a place's possessive after a full name opens the clause after it
            (
                "Deng Xiaoping told visiting U.S. Secretary of State George Shultz China's troubles were over.",
                &[("Deng Xiaoping", 1), ("George Shultz", 1)],
            ),
            // a preposition
            (
                "Ada Okoro spoke. Absent Okoro's plan, the board waited.",
                &[("Ada Okoro", 2)],
            ),
            // an office's word last is the office alone; a surname or an honorific last is a
            // name's
            (
                "Its Industry and Foreign Trade Secretary announced it.",
                &[],
            ),
            ("She holds the Frances Miller Chair at Yale.", &[]),
            // "head" before a name is its office, as "chief" is
            (
                "Fenwick National Bank head Wladyslaw Baka, in talks in Washington, made it clear.",
                &[("Wladyslaw Baka", 1)],
            ),
            (
                "John Major met Cambodian Prime Minister Hun Sen on Friday.",
                &[("John Major", 1), ("Hun Sen", 1)],
            ),
            // (the full stop a short title's form kept at a sentence's end is no part of the name)
            (
                "John Major met Cambodian Prime Minister Hun Sen.",
                &[("John Major", 1), ("Hun Sen", 1)],
            ),
            // the Chinese surname He before a word no list knows, and a comma or a verb of
            // saying; not the pronoun before a known name
            (
                "Talks went on. He Jianxiong, a former IMF director, said so. He Lifeng said no.",
                &[("He Jianxiong", 1), ("He Lifeng", 1)],
            ),
            (
                "Ann Lee met Bo Ray. He Ray said no.",
                &[("Ann Lee", 1), ("Bo Ray", 2)],
            ),
            // titles and honorifics of Malaysia, Nigeria, Ireland
            (
                "Datuk Seri Anwar Ibrahim met Tun Daim Zainuddin.",
                &[("Anwar Ibrahim", 1), ("Daim Zainuddin", 1)],
            ),
            (
                "Hon. Femi Gbajabiamila and Alhaji Musa Bello arrived.",
                &[("Femi Gbajabiamila", 1), ("Musa Bello", 1)],
            ),
            ("Tánaiste Simon Harris spoke.", &[("Simon Harris", 1)]),
            // a player's or a musician's role, a demonym's noun, opening the sentence
            ("Keeper Petr Cech saved twice.", &[("Petr Cech", 1)]),
            ("Guitarist Sam Reyes left.", &[("Sam Reyes", 1)]),
            (
                "Briton Tim Henman lost to Swede Joachim Johansson.",
                &[("Tim Henman", 1), ("Joachim Johansson", 1)],
            ),
            // a modifier of titles is a title of its own after "his" or "her", not after "its"
            (
                "His deputy Rigathi Gachagua was absent.",
                &[("Rigathi Gachagua", 1)],
            ),
            (
                "Armco said its former European Steel Mill Merchandising unit moved.",
                &[],
            ),
            // a role's noun that is a surname too, before a given name and more
            (
                "Lawyer Louise Christian, who acts for him, said no.",
                &[("Louise Christian", 1)],
            ),
            // (a surname that is a role's word stays the surname)
            ("Sen. Barbara Boxer spoke.", &[("Barbara Boxer", 1)]),
            ("In Halifax, rain fell.", &[]),
            ("Earlier Tony Blair said no.", &[("Tony Blair", 1)]),
            (
                "Alexander Vindman testified. Questioning Vindman, the lawmakers pressed on.",
                &[("Alexander Vindman", 2)],
            ),
            // a participle glued to a name at the start of its sentence, or inside a thing's
            (
                "Injured Rio Ferdinand missed the game.",
                &[("Rio Ferdinand", 1)],
            ),
            (
                "It pays 25 points over London Interbank Offered Rates.",
                &[],
            ),
            ("They sold the Improved Harrier to Oman.", &[]),
            ("Andy Quested said so.", &[("Andy Quested", 1)]),
            (
                "Ahmad Sayeed, Leo Melamed and Murshed Zaheen said so.",
                &[
                    ("Ahmad Sayeed", 1),
                    ("Leo Melamed", 1),
                    ("Murshed Zaheen", 1),
                ],
            ),
            ("Then on 10 January Cellnet launched.", &[]),
            (
                "He won, beating German Wolfram Mulle.",
                &[("Wolfram Mulle", 1)],
            ),
            (
                "Presidents George W Bush and Jacques Chirac met.",
                &[("George W Bush", 1), ("Jacques Chirac", 1)],
            ),
            (
                "Chancellor of the Exchequer Ada Brennan said yes.",
                &[("Ada Brennan", 1)],
            ),
            (
                "Crown-Indigenous Relations Minister Ada Brennan spoke.",
                &[("Ada Brennan", 1)],
            ),
            // the field of an office after "of", "for" or "to" (capitalised titles only)
            (
                "Minister of State for Home Affairs Karen Dasari said so.",
                &[("Karen Dasari", 1)],
            ),
            (
                "Under-Secretary of State for Economic Affairs Allen Wallis spoke.",
                &[("Allen Wallis", 1)],
            ),
            (
                "Leader of the Opposition Neil Walden spoke.",
                &[("Neil Walden", 1)],
            ),
            (
                "Chief Secretary to the Treasury Ann Brennan spoke.",
                &[("Ann Brennan", 1)],
            ),
            (
                "Chairman of Fenwick Sachs Lloyd Barrow spoke.",
                &[("Lloyd Barrow", 1)],
            ),
            (
                "Minister of State for Energy Alick Brennan-Smith said so.",
                &[("Alick Brennan-Smith", 1)],
            ),
            ("The Minister for Home Affairs said so.", &[]),
            // a body's word ends the field before a name no list has
            (
                "Minister of Foreign Affairs Louw Alberts said so.",
                &[("Louw Alberts", 1)],
            ),
            (
                "Director General of Mineral and Energy Affairs Louw Alberts said so.",
                &[("Louw Alberts", 1)],
            ),
            // (one word, if a verb of saying follows)
            ("Secretary of State Rice said so.", &[("Rice", 1)]),
            // (a field of two, the run opening with a body's word; not two people)
            (
                "Indonesian Minister of Mines and Energy Subroto told reporters so.",
                &[("Subroto", 1)],
            ),
            (
                "It is weak, the secretary general of the Organisation for Economic Cooperation and Development Jean Paye said.",
                &[("Jean Paye", 1)],
            ),
            (
                "Senator Ted Cruz of Texas and Senator Rand Paul of Kentucky spoke.",
                &[("Ted Cruz", 1), ("Rand Paul", 1)],
            ),
            ("He was CEO of Omni Consumer Products.", &[]),
            ("The Secretary of Homeland Security came.", &[]),
            // a lower-case title before "of": its field, then the name
            (
                "It came from the undersecretary of Economic Affairs Robert Ortner today.",
                &[("Robert Ortner", 1)],
            ),
            (
                "Roy Green, president of the Federal Home Loan Bank of Dallas, said so.",
                &[("Roy Green", 1)],
            ),
            (
                "Net exports will rise, Treasurer Paul Keating said.",
                &[("Paul Keating", 1)],
            ),
            // honorifics of other languages
            (
                "Shri Ravi Menon spoke. Ayatollah Ali Kazemi agreed.",
                &[("Ravi Menon", 1), ("Ali Kazemi", 1)],
            ),
            (
                "Nabi Adam dan Nabi Yunus pernah salah.",
                &[("Adam", 1), ("Yunus", 1)],
            ),
            // a role before a full name, not before one word
            (
                "Disney Chief Executive Bob Iger left. Writer Marcia Dunn came.",
                &[("Bob Iger", 1), ("Marcia Dunn", 1)],
            ),
            // a modifier of titles before a given name is the title
            (
                "It fell, said Radical Party Deputy Raul Baglini.",
                &[("Raul Baglini", 1)],
            ),
            // an agency's administrator, after the agency's name
            (
                "Federal Highway Agency Deputy Administrator Rita Olsen said it was fine.",
                &[("Rita Olsen", 1)],
            ),
            // an office that ends with "Executive", before a full name
            (
                "Administrative Executive Jon Marr said exports rose.",
                &[("Jon Marr", 1)],
            ),
            ("He signed Executive Orders on Monday.", &[]),
            ("He signed an Executive Order with Bo Ray.", &[("Bo Ray", 1)]),
            ("They met at the Mother Emanuel Church.", &[]),
            // an office is no person's name; an honorific makes any word one
            ("The General Election is near. The election is in May.", &[]),
            ("MPs amended the Criminal Justice Bill.", &[]),
            ("Higher Value Added Tax receipts offset the loss.", &[]),
            (
                "The talks begin at 10 A.M. Local time (1600 GMT), Ann Lee said.",
                &[("Ann Lee", 1)],
            ),
            ("The Duke of Norfolk came.", &[]),
            ("Indonesian president Suharto spoke.", &[("Suharto", 1)]),
            (
                "Mr Hill said no. Mrs May agreed.",
                &[("Hill", 1), ("May", 1)],
            ),
            (
                "It went to Ann Lee, senior vice president Boeing.",
                &[("Ann Lee", 1)],
            ),
            (
                "King Henry rode. Criminal Justice Bill passed.",
                &[("Henry", 1)],
            ),
        ]);
    }

    /// Firms named like people: by an analyst who works there, by "and Sons", by a suffix in
    /// capitals.
    #[test]
    fn firms_named_like_people() {
        check(&[
            // the partners' names a firm's name lists after its kind; not one person's firm,
            // nor a list with no firm before it
            (
                "He was at the firm of Paul, Weiss, Rifkind, Wharton and Garrison.",
                &[],
            ),
            ("He joined law firm Abel, Baird, Cole and Dunn in 1990.", &[]),
            ("Accountancy firm Ernst & Young urged him to act.", &[]),
            ("He joined the firm of John Abel in 1990.", &[("John Abel", 1)]),
            // a firm's trade in the plural before one name: the firm's, and its surname alone
            // too; not before a list of people, nor a person's name used of a thing
            (
                "Shares rose, a spokesman for brokers Henry Marsh said. Marsh handled the deal.",
                &[],
            ),
            (
                "Auditors said auditors Arthur Andersen had approved it. She said Andersen had given a green light.",
                &[],
            ),
            (
                "The bankers Ann Lee and Bo Ray met.",
                &[("Ann Lee", 1), ("Bo Ray", 1)],
            ),
            (
                "A Donald Trump nomination would hurt. Trump said no.",
                &[("Trump", 1)],
            ),
            // (a name that ends the text has no word after it to read)
            ("The deal was signed by Mr Abel", &[("Abel", 1)]),
            ("The winner was Garrison", &[]),
            (
                "He met Abel, Baird, Cole and Dunn.",
                &[("Abel", 1), ("Baird", 1), ("Cole", 1), ("Dunn", 1)],
            ),
            // a role after a name's possessive in apposition is a person's; not a role a firm
            // holds as often
            (
                "Liu Xiaoming, China's ambassador to Britain, met officials.",
                &[("Liu Xiaoming", 1)],
            ),
            ("Litigation came from Yukos, Yugansk's former owner.", &[]),
            // a name between a verb of saying and a role before the speaker's name is the
            // speaker's employer's
            (
                "Shares rose 2 pct, said Prudential Bache analyst Fred Leiner.",
                &[("Fred Leiner", 1)],
            ),
            (
                "Ed Lane, an analyst for Gale Hennessy, said so.",
                &[("Ed Lane", 1)],
            ),
            (
                "Ida Roe, oil economist with Tom Tarrant, said so.",
                &[("Ida Roe", 1)],
            ),
            (
                "A spokesman for Tom Tarrant said so.",
                &[("Tom Tarrant", 1)],
            ),
            (
                "Jo Kerr, an analyst for Tom Tarrant's campaign, said so.",
                &[("Jo Kerr", 1), ("Tom Tarrant", 1)],
            ),
            ("It bought Fenn Morrow and Sons Ltd for cash.", &[]),
            ("It will buy <R.T. Dunmore> for cash.", &[]),
            ("<Kessel Drake and Partners> said it sold.", &[]),
            ("Heinz <HNZ.N> rose. Ann Lee <said> so.", &[("Ann Lee", 1)]),
            ("Tai Wing (Holdings) Ltd said profits rose.", &[]),
            // a model after "the" and its number: a product
            (
                "New prices are 41,440 dlrs for the 911 Coupe, 43,590 dlrs for the 911 Targa, and 47,895 dlrs for the 911 Cabriolet.\n\nThe company also raised prices to 63,295 dlrs for the 911 Turbo Coupe, to 71,035 dlrs on the 911 Turbo Targa, and to 78,415 dlrs on the 911 Turbo Cabriolet.",
                &[],
            ),
            // (not after an age: "the 101-year-old Torao Toshitsune")
            (
                "And the 101-year-old Torao Toshitsune has eaten raw fish every day. Mr Toshitsune is one of Japan's centenarians.",
                &[("Torao Toshitsune", 2)],
            ),
            // a firm's ending in one word of the name: a bank's, a corporation's
            (
                "The letter came from committee chairman Citibank. Coastal Bancorp said so.",
                &[],
            ),
            // (a given name first: a person's whatever the end)
            ("Dana Milbank wrote it.", &[("Dana Milbank", 1)]),
            // a unit's letters between the firm's name and its suffix
            (
                "The bid by R.T. Dunmore LBO Inc was raised. A deal was struck with Dunmore.",
                &[],
            ),
            // (not a body's word that ends a list of names: "P. Kerr, UCD ML Group")
            (
                "Data by D. Lowe and P. Kerr, UCD ML Group. P. Kerr said so.",
                &[("D. Lowe", 1), ("P. Kerr", 2)],
            ),
            (
                "Dale Witter Reynolds Inc, the brokerage, said so. Dale Witter said so.",
                &[],
            ),
            (
                "Units went to Rosen Lyle and Ross Inc, the broker. Rosen Lyle said so.",
                &[],
            ),
            (
                "Marlow Hutchins Asset Management Inc said so. Marlow Hutchins said so.",
                &[],
            ),
            // (a firm's suffix inside the name: no person's)
            ("Warren Brothers International said it would lead the issue.", &[]),
            ("Turkish Sugar Factories said bids were due.", &[]),
            // a firm named after the town of the dateline
            (
                "BANGOR, Maine, March 3 - Bangor Hydro said it filed for a rate cut.",
                &[],
            ),
            (
                "BANGOR, Maine, March 3 - Ann Lee said it filed for a rate cut.",
                &[("Ann Lee", 1)],
            ),
            // the region of the dateline, after its place in capitals
            (
                "HALIFAX, Nova Scotia, March 3 - Ann Lee said it filed for a rate cut.",
                &[("Ann Lee", 1)],
            ),
            (
                "SAINT JOHN, Nova Scotia - Irving Oil said it filed for a rate cut.",
                &[],
            ),
            ("Verno Holding said it would sell.", &[]),
            ("Kessel Laboratories Limited said it had a loss.", &[]),
            ("Dale Kessel Limited Partnership said it would pay.", &[]),
            ("Japan's Okuma Vale LTD will build a plant.", &[]),
            // (a suffix of another country's firms in capitals: "AB", "AG", "NV", "SA")
            (
                "The group, which includes Anders Lindqvist Maskinhandel AB, the firm, and investor Erik Vik, will bid.",
                &[("Erik Vik", 1)],
            ),
            ("Shares of Hans Brenner AG rose.", &[]),
            // an office written with capitals, and its department's name, before "at"
            (
                "Ida Roe, Vice President for International Services at Dale Kessel, said so.",
                &[("Ida Roe", 1)],
            ),
            (
                "Ida Roe, Chief Economist at Dale Kessel, said so.",
                &[("Ida Roe", 1)],
            ),
            // a field's or an industry's word last: "Econometrics", "Graphics"
            ("Dale Econometrics said profits rose.", &[]),
            ("Shares of Harris Graphics fell.", &[]),
            // a unit of a firm; a bank that manages a bond issue
            ("It bought Dale Kessel, a unit of Fenn Chemical Co.", &[]),
            (
                "Dale Kessel of New York City, a division of Fenn Chemical Co, won.",
                &[],
            ),
            // a name that many own or make by ("owners of"); two people named with "and" may
            // own a thing together
            (
                "The ferry was run by Dale Kessel, owners of the Herald of Free Enterprise.",
                &[],
            ),
            (
                "Ann and Ivo Kessel, the owners of the inn, said it was full.",
                &[("Ivo Kessel", 1)],
            ),
            (
                "The notes were priced, lead manager Swiss Halbank said.",
                &[],
            ),
            (
                "Via sole manager Kessel, the firm sold notes. Kessel said so.",
                &[],
            ),
            // (over the title the role's noun makes before a full name)
            (
                "The notes were sold by sole manager Dale Kessel on Friday.",
                &[],
            ),
            // (a broker may be a person)
            (
                "Bombay broker Dinesh Walji said so.",
                &[("Dinesh Walji", 1)],
            ),
            // a firm's trade or goods last; a market's job after a firm's name
            ("Shares of Barry Citrus Products rose.", &[]),
            ("The lights were by Dale Kessel Design.", &[]),
            (
                "Rates will rise, said Tom Hale, a Dale Kessel analyst.",
                &[("Tom Hale", 1)],
            ),
            (
                "Rates will rise, said a Tony Blair aide.",
                &[("Tony Blair", 1)],
            ),
            // a body's word before "of" names the body, and so every mention of its name
            (
                "Loans came from Royal Bank of Canada. Royal Bank said so.",
                &[],
            ),
            (
                "Dale Whitaker of Wyoming spoke. Whitaker said so.",
                &[("Dale Whitaker", 2)],
            ),
        ]);
    }

    /// A place or a band named like a person: by the noun after the name, or its last word.
    #[test]
    fn places_and_bands_named_like_people() {
        check(&[
            // a rate, a hotel, a geological formation, a refinery
            ("The weekly Treasury Bill rate rose.", &[]),
            ("Fans of its Art Deco hotels came.", &[]),
            ("Oil was found in its Clinton Sandstone formation.", &[]),
            ("Work on the Salina Cruz refinery began.", &[]),
            // a plant, a station or a reactor, past the kind of plant; not a person who
            // visits plants
            (
                "The order for its Hope Creel nuclear plants cut revenue.",
                &[],
            ),
            ("The Dungeness power station will close.", &[]),
            ("Work at the Newton Aycliffe plant stopped.", &[]),
            ("Ann Lee visited plants in Ohio.", &[("Ann Lee", 1)]),
            ("She was taken to Lorne Abbott hospital on Monday.", &[]),
            ("Work at Kora Linda mine resumed.", &[]),
            ("They bought German Gaston Roux missiles.", &[]),
            ("Flights at Milo Brandt airport stopped.", &[]),
            ("It is near Tilbury Creek, they said.", &[]),
            ("The Dan Fowler Band played on.", &[]),
            // a plural of a role's, a body's or a kind's noun last names a group
            (
                "\"It is great,\" said Final Wars producer Taro Ito.",
                &[("Taro Ito", 1)],
            ),
            ("Davin Boies said so.", &[("Davin Boies", 1)]),
            (
                "Tavish Ondaru, Head of Research at Omni Securities, pointed out a risk.",
                &[("Tavish Ondaru", 1)],
            ),
            (
                "Tarun Ebbisham, Chairman of the Omni Board, spoke.",
                &[("Tarun Ebbisham", 1)],
            ),
            ("Try Quill Tomorrow, Lord of the Fens and more.", &[]),
            // the rest of a foreign body's or place's name after "des", "do", "del" (not a
            // person's after a given name)
            (
                "The state-owned Regie Nationale des Usines Renault said profits rose.",
                &[],
            ),
            ("The Parc des Sports Aguilera holds 12,667.", &[]),
            ("Carlo del Fava, a lock, scored.", &[("Carlo del Fava", 1)]),
            // a brand opens a product's name (but not a person's after it)
            ("Uber Money lets drivers cash out.", &[]),
            (
                "It was posted on Twitter Gary Lineker said.",
                &[("Gary Lineker", 1)],
            ),
            // a team's nickname last, though a given name opens the name
            (
                "Orlando Pirates beat Fenwick Falcons 2-1 as coach Jose Riveiro watched.",
                &[("Jose Riveiro", 1)],
            ),
        ]);
    }

    /// A particle inside a name follows a given name or an initial; in a text that uses it as
    /// a common word, after other words it joins the capitalised nouns of that language.
    #[test]
    fn particles_after_given_names() {
        check(&[
            (
                "Ziel ist die Planung der Versorgung. Sie liegt in der neuen Akte.",
                &[],
            ),
            (
                "Marcharon los Trabajadores del Campo. Es la sede del partido.",
                &[],
            ),
            ("Aravinda de Silva hit 40.", &[("Aravinda de Silva", 1)]),
            (
                "Bill de Blasio spoke. R de Marigny agreed.",
                &[("Bill de Blasio", 1), ("R de Marigny", 1)],
            ),
            ("Mamadou de Sousa said no.", &[("Mamadou de Sousa", 1)]),
        ]);
    }

    /// German capitalises every noun: there a name opens with a given name or has a sign.
    #[test]
    fn german_nouns_are_no_names() {
        let prose = "Das ist nicht neu und das ist gut. Der Arzt ist mit der Akte da und \
                     sieht sich das an. Der Plan ist nicht fertig und der Rest ist offen.";
        let clinics = format!(
            "{prose} An die Akte sind das UKHD und die Lungenklinik Mannheim angeschlossen. \
             Das Krankenhaus Salem in Mannheim hilft."
        );
        let merkel = format!("{prose} Angela Merkel kam.");
        check(&[
            (clinics.as_str(), &[]),
            (merkel.as_str(), &[("Angela Merkel", 1)]),
        ]);
    }

    /// Words a page's pop-ups and link labels glue to a name are no part of it; names that
    /// glue short pieces keep them.
    #[test]
    fn glued_page_text() {
        check(&[
            (
                "Omar Dunne wrote it. Ruth Wexler edited it. Ruth WexlerFlagShareLikeReplyOmar Dunne",
                &[("Omar Dunne", 2), ("Ruth Wexler", 2)],
            ),
            (
                "Film by Ada Brennan. Ada BrennanCinematography was fine.",
                &[("Ada Brennan", 2)],
            ),
            (
                "Jim VandeHei, Frank VanderSloot and KellyAnne Dorsey met Ray McDonald.",
                &[
                    ("Jim VandeHei", 1),
                    ("Frank VanderSloot", 1),
                    ("KellyAnne Dorsey", 1),
                    ("Ray McDonald", 1),
                ],
            ),
        ]);
    }

    /// Names of films, bands, firms, awards and parties: a sign at one mention counts for
    /// every mention of the name (issue 17, class 1).
    #[test]
    fn things_named_like_people() {
        check(&[
            // a kind of thing, then "called" or "named"; a ship, a mission
            ("NASA is building a mission called Europa Clipper.", &[]),
            // a plural's possessive before a body's word is inside the body's name; not after
            // a person's name
            ("The Kestrel Boys' School and the National Farmers' Union met.", &[]),
            (
                "He backs Vermont Sen. Bernie Sanders’ College for All Act.",
                &[("Bernie Sanders", 1)],
            ),
            // a market's job between a firm's name and a person's; a product "called"; a
            // paper's name
            (
                "Drexel Burnham Lambert analyst Jeff Edelman said the stock was cheap.",
                &[("Jeff Edelman", 1)],
            ),
            // (a club named as a person is, on the list of such names)
            ("Everton won 3-1 over Aston Villa on Saturday.", &[]),
            ("The board of Man Utd met on Monday.", &[]),
            ("He was nominated for a Golden Globe.", &[]),
            (
                "Growth slowed, said Ann Lee, economist at JP Morgan Chase.",
                &[("Ann Lee", 1)],
            ),
            // a modifier's ending ends no name
            ("It was a Janet Jackson-style stunt at the show.", &[]),
            ("The Mercedes Benz plant closed.", &[]),
            ("Sun Microsystems and Hewlett Packard sell servers.", &[]),
            ("She booked with Crystal Cruises.", &[]),
            ("He said Al Qaeda claimed the attack.", &[]),
            // a well-known fictional character
            ("The new James Bond film opens as Mary Poppins closes.", &[]),
            // a title that opens with a common word in "-ing" inside the sentence
            ("Her roles in Finding Neverland and Being Julia won praise.", &[]),
            ("He met Sterling Moss at the race.", &[("Sterling Moss", 1)]),
            ("The Conservatives and Lib Dems insisted on it.", &[]),
            ("Frankfurt-based Deutsche Boerse has offered more.", &[]),
            // a title that opens with a capitalised article inside the sentence
            ("She starred in A Very Long Engagement last year.", &[]),
            ("The pack: A Smith, G Jenkins.", &[("G Jenkins", 1)]),
            ("It launched software called Desktop Express.", &[]),
            ("It launched new software, called Desktop Express, on Monday.", &[]),
            ("The mayor, named Ann Lee, spoke.", &[("Ann Lee", 1)]),
            ("The Japanese daily Asahi Shimbun said the talks failed.", &[]),
            // a firm named like a person, told by its suffix, goes by its surname too
            ("Eli Lilly and Co said sales rose. Lilly said costs fell.", &[]),
            // a firm's name after the "of" that cuts its run, told by its suffix
            (
                "Shares of Temple Inland Inc rose. Later Temple Inland fell.",
                &[],
            ),
            // a firm's name in angle brackets, and its first two words
            (
                "<Miller Tabak Hirsch and Co> said it would buy the firm. A merger into Miller Tabak followed.",
                &[],
            ),
            // a trade mark's sign glued to the name, for every mention
            (
                "Don Victor® Honey is sold here. Don Victor is sweet, said Ann Lee.",
                &[("Ann Lee", 1)],
            ),
            ("Kestrel Jones™ shoes are sold here, said Ann Lee.", &[("Ann Lee", 1)]),
            // a body that speaks of "its" writing
            ("Comissaria Smith said in its weekly review that rains fell.", &[]),
            ("Ann Smith said in her weekly review that rains fell.", &[("Ann Smith", 1)]),
            // a facility, a financial instrument; not a person of that surname
            ("Tests ran at the Defense Department's Ada Validation Facility.", &[]),
            ("Investors bought Canada Savings Bonds and Treasury Bills.", &[]),
            ("Barry Bonds hit a home run.", &[("Barry Bonds", 1)]),
            // a verb's form after "of" qualifies the name after it, which is no speaker's
            ("The deficit is 1.5 pct of forecast Gross Domestic Product.", &[]),
            ("It hired a firm named Cambridge Analytica.", &[]),
            ("A man named Tom Okoro said so.", &[("Tom Okoro", 1)]),
            ("The German liner Wilhelm Gustloff sank.", &[]),
            ("It has 79 planes on the aircraft carrier Carl Vinson.", &[]),
            (
                "Talks were held with the Sant Egidio Community, an Italian Catholic organisation.",
                &[],
            ),
            // (modifiers that "and" joins before the kind)
            (
                "Ann Lee sold Nobel Industrier, an arms and chemicals group, to Ivo Hale.",
                &[("Ann Lee", 1), ("Ivo Hale", 1)],
            ),
            ("The film Vera Drake won. Vera Drake took the prize.", &[]),
            // kinds of firm in apposition, for every mention
            (
                "The group also owns T. Morland, a discount shoe chain. Sales at T. Morland rose.",
                &[],
            ),
            (
                "Ann Lee joined Hale Mutual, a Texas insurer, in May.",
                &[("Ann Lee", 1)],
            ),
            (
                "With the installation Starry Night, the artists Ann Lee and Bo Ray filled the hall.",
                &[("Ann Lee", 1), ("Bo Ray", 1)],
            ),
            (
                "Vera Drake star Imelda Staunton smiled. Vera Drake won.",
                &[("Imelda Staunton", 1)],
            ),
            (
                "Franz Ferdinand were the best band. Franz Ferdinand won again.",
                &[],
            ),
            (
                "Nevertheless Franz Ferdinand were the only UK band to win.",
                &[],
            ),
            ("Hewlett Packard (HP) said so. Hewlett Packard rose.", &[]),
            ("The Lib Dems have said so. Lib Dems say no.", &[]),
            (
                "He was in 1947's Nicholas Nickleby. Nicholas Nickleby was a hit.",
                &[],
            ),
            (
                "It was made by company Sierra Wireless. Sierra Wireless said so.",
                &[],
            ),
            ("Siemens AG rose. Siemens said so.", &[]),
            // (a firm's name keeps the words a person's would lose at its start)
            (
                "DALLAS, March 3 - Southwestern Bell Corp <SBC> said it will raise rates. Southwestern Bell said so.",
                &[],
            ),
            ("Sun Co's Sun Refining unit rose.", &[]),
            // (a given name of other languages' lists only, which the text writes in lower case,
            // opening a sentence: a word of the text's language, "zaman", Indonesian for "era")
            (
                "Ini terjadi pada zaman modern. Zaman Sahabat berbeda, kata Budi Santoso.",
                &[("Budi Santoso", 1)],
            ),
            (
                "Zaman Khan spoke. “We will go,” Zaman Khan said.",
                &[("Zaman Khan", 2)],
            ),
            // (a city of two words or more: "Belo Horizonte", "San Pedro Sula")
            ("The team flew to Belo Horizonte on Monday.", &[]),
            ("Migrants left San Pedro Sula for the border.", &[]),
            // (a firm's part after its name: "unit", "subsidiary", "division", "affiliate")
            (
                "Pacific Telesis Group's <PAC> Pacific Bell unit will buy the line.",
                &[],
            ),
            ("Fiat's Alfa Romeo subsidiary lost money.", &[]),
            (
                "The Golden Globe nomination came. Golden Globe voters met.",
                &[],
            ),
            ("Sales at the 16 John Wanamaker stores rose.", &[]),
            ("Siemens said it would sell.", &[]),
            // what someone owns or makes (but a person's name that qualifies a noun, or is the
            // object of "her")
            ("Ask your Echo Dot. Echo Dot sales rose.", &[]),
            ("Fiat sold its Alfa Romeo brand.", &[]),
            (
                "Bill Clinton spoke. They met their Clinton counterparts.",
                &[("Bill Clinton", 2)],
            ),
            (
                "He did his Tony Blair impression. Tony Blair laughed.",
                &[("Tony Blair", 2)],
            ),
            (
                "Tony Blair spoke. I told her Blair would win.",
                &[("Tony Blair", 2)],
            ),
            // a title alone in quotation marks, unless it opens with a given name
            (
                "It is like “Temple Run,” but longer. Temple Run fans wait.",
                &[],
            ),
            ("Try “Batman Arkham VR” ($20) today.", &[]),
            // (a given name first, when another title in marks follows)
            ("It has “Mary Poppins” and “Bambi.”", &[]),
            ("The man known as “John Doe” spoke.", &[("John Doe", 1)]),
            // a kind of thing opens the name
            (
                "Hurricane Sandy hit New York. Sandy flooded the subway.",
                &[],
            ),
            ("Charity Lee spoke.", &[("Charity Lee", 1)]),
            // a title of several names in quotation marks
            (
                "Bloggers marked the “Free Kaveh and Arash Day”. Arash Sigarchi is in prison.",
                &[("Arash Sigarchi", 1)],
            ),
            (
                "The paper said “Harry the Nazi.” Prince Harry apologised.",
                &[("Harry", 2)],
            ),
            (
                "He said: “That's Jeb Bush and Marco Rubio.”",
                &[("Jeb Bush", 1), ("Marco Rubio", 1)],
            ),
            // a kind of thing in apposition
            (
                "A spokesperson for Inherent Resolve, the U.S. military operation against IS, said so.",
                &[],
            ),
            (
                "He runs Lyle Meyer, a research firm. Lyle Meyer grew.",
                &[],
            ),
            (
                "Directed by Antoine Fuqua, the film was panned.",
                &[("Antoine Fuqua", 1)],
            ),
            (
                "Gianni Agnelli, the godfather of the group, spoke.",
                &[("Gianni Agnelli", 1)],
            ),
            (
                "Gene Sperling, a longtime policy maker who advises her, spoke.",
                &[("Gene Sperling", 1)],
            ),
            // a number's word opens the name
            ("He led last year's Million Man March to Washington.", &[]),
            ("She starred in Anne of a Thousand Days.", &[]),
            // a movement's name
            (
                "Wang, a veteran of the 1979 Democracy Wall movement, was jailed.",
                &[],
            ),
            (
                "Bernie Sanders spoke. The Bernie Sanders movement grew.",
                &[("Bernie Sanders", 2)],
            ),
            // a body's field after "on"
            ("The Commission on Presidential Debates said so.", &[]),
            // "major" in lower case is no title; "Major" before a body's word opens its name
            ("It is a summary of major Indonesian stories.", &[]),
            ("Major League Baseball standings were out.", &[]),
            ("Major Tom Smith spoke.", &[("Tom Smith", 1)]),
            // a month that ends a stretch of months
            ("From January to June Comelf exported more.", &[]),
            ("June Smith spoke.", &[("June Smith", 1)]),
            (
                "It ran in the journal Nature Medicine. Nature Medicine said so.",
                &[],
            ),
            // after "the", a name of several words that opens with no given name
            (
                "The Kindle Fire costs $50. Kindle Fire owners cheered.",
                &[],
            ),
            (
                "The Hillary Clinton campaign spent more. Hillary Clinton won.",
                &[("Hillary Clinton", 2)],
            ),
            // (straight marks: the one before the name closes a quote, the one after opens one)
            (
                "\"We lost,\" Obama \"opted for politics.\" Barack Obama left.",
                &[("Barack Obama", 2)],
            ),
            (
                "He called him \"Little Marco.\" Marco Rubio laughed.",
                &[("Marco Rubio", 2)],
            ),
            (
                "Asked who would win, he said: “Hillary Clinton.” Clinton smiled.",
                &[("Hillary Clinton", 2)],
            ),
            // a person's signs outweigh a thing's
            (
                "The band Mark Lee formed split. Mr Mark Lee, 45, spoke.",
                &[("Mark Lee", 2)],
            ),
            (
                "Donald Trump spoke. The Trump nomination is near.",
                &[("Donald Trump", 2)],
            ),
            ("Henke said he would go.", &[("Henke", 1)]),
            (
                "Duran, 45, fights tonight. Duran told Reuters.",
                &[("Duran", 2)],
            ),
            // products: a model's code after the name, a price before it
            (
                "It has an Ardel Core i7 chip. Ardel Core fans cheered.",
                &[],
            ),
            ("It has a Mira Quest i7 headset.", &[]),
            ("The $1,200 Norva Glide Max ships in May.", &[]),
            ("A £30 Kelda Bray kettle sold out.", &[]),
            ("Deposits rose to 17.18 billion N.Z. Dlrs in January.", &[]),
            ("It paid 40 mln Hong Kong Dlrs.", &[]),
            (
                "In 2004 Tony Blair won. Blair said so.",
                &[("Tony Blair", 2)],
            ),
            // a town before its state's abbreviation, not a person "of" one
            (
                "It has a plant in Maple Crossing, Ore., and one in Ohio.",
                &[],
            ),
            ("Ann Wexley of Dover, Del., voted.", &[("Ann Wexley", 1)]),
            // a firm by what follows its name: "and Co", a ticker, a dotted or plural suffix
            ("Shares went through Orme Vickery and Co.", &[]),
            (
                "It is underwritten by Orme Vickery, Harlan Upton and Co.",
                &[],
            ),
            (
                "Tom Orme, Harlan Upton and Co's chairman, quit.",
                &[("Tom Orme", 1)],
            ),
            ("Lead manager Tolland, Brisk & Co Inc said so.", &[]),
            (
                "Harlan Moss <HMS.N> chairman Ed Vance quit.",
                &[("Ed Vance", 1)],
            ),
            ("Kell Dawes (NYSE: KDW) rose.", &[]),
            ("It sold stakes to Harlow Associates L.P. on Monday.", &[]),
            ("Bids went to Sarto Brothers and Delmont Bros.", &[]),
            ("Tom Orme and Co-op staff met.", &[("Tom Orme", 1)]),
            // a Spanish article opens a place's name, not a surname of a person named in full
            ("They flew from La Quinta to El Mirador.", &[]),
            (
                "Tony La Ventura pitched. La Ventura said so.",
                &[("Tony La Ventura", 2)],
            ),
            ("El Hadi Benzema won the race.", &[("El Hadi Benzema", 1)]),
            // a character of a work, however described
            (
                "She reprises her role as Dora Quill, the mayor, in the sequel.",
                &[],
            ),
            ("It shows the famous Night Warden character model.", &[]),
            // a possessive determiner opens a work's title
            (
                "Her 1970 piece My Sky as Though It Were Blue was shown.",
                &[],
            ),
            ("The play My Lane Ross opened.", &[]),
            ("She was in My Fair Lady at the Globe.", &[]),
            // capitalised common words of the text, with no given name
            (
                "Canada Savings Bonds fell while savings and bonds rose.",
                &[],
            ),
            ("It cost 3,800 H.K. Dlrs, or 490 dlrs.", &[]),
            // bodies named the way other languages name them, after a person or not
            ("He studied at Universidad Carlos Rivera.", &[]),
            ("Banco Espirito Santo rose. Fundación Ana Ruiz gave.", &[]),
            ("The Instituto Lula gave the Copa Libertadores trophy.", &[]),
            ("Williams Cos said Williams Natural Gas rose.", &[]),
            ("Dynamo Kiev beat Borussia Dortmund.", &[]),
            // not signs: a clause's speaker, a number, a document
            ("They took the city of Arbil, a senior official said.", &[]),
            ("It has 15,000 sailors and Marines, 6,000 servicemen.", &[]),
            ("She wrote the Bill of Rights, a global petition.", &[]),
        ]);
    }

    /// Names the lists do not know: initials without dots, particles, regnal numerals, kin,
    /// names wrapped across the lines of a text laid out a sentence a line (issue 17, F6).
    #[test]
    fn names_recalled() {
        check(&[
            ("JP McManus bought it.", &[("JP McManus", 1)]),
            ("They played at TD Garden.", &[]),
            (
                "Police said Rami al-Saadani left.",
                &[("Rami al-Saadani", 1)],
            ),
            ("Henry VIII married six times.", &[("Henry VIII", 1)]),
            ("His daughter Jill came.", &[("Jill", 1)]),
            // a name between commas, after a description and before a verb of saying
            (
                "The head of the tribunal, Tavo Krenzik, said the case had failed.",
                &[("Tavo Krenzik", 1)],
            ),
            ("The tribunal, Tavo Krenzik and others met.", &[]),
            ("In Vorland, Tavo Krenzik, said one clerk.", &[]),
            // given names and surnames of India, Africa and Asia, with no cue
            (
                "Akhilesh Yadav and Mamata Banerjee were not invited.",
                &[("Akhilesh Yadav", 1), ("Mamata Banerjee", 1)],
            ),
            (
                "Later Thokozani Xaba arrived with Vijay Mallya.",
                &[("Thokozani Xaba", 1), ("Vijay Mallya", 1)],
            ),
            // a surname of one of those lists that names a place's building is none
            ("They toured the Taj Mahal.", &[]),
            (
                "Teams : Ian Healy , Damien\nFlemming , Jason Gillespie .",
                &[
                    ("Ian Healy", 1),
                    ("Damien Flemming", 1),
                    ("Jason Gillespie", 1),
                ],
            ),
        ]);
    }

    /// The names an article shows to be things', kept for the index's vote: only those another
    /// article could take for a person's.
    #[test]
    fn things_kept_for_the_index() {
        let cases: &[(&str, &[&str])] = &[
            ("The film Vera Drake won. They were glad.", &["Vera Drake"]),
            (
                "Analysts were wary. Franz Ferdinand were loud.",
                &["Franz Ferdinand"],
            ),
            ("Vera Drake smiled. She said so.", &[]),
        ];
        for (input, want) in cases {
            let doc = Doc::new(input);
            assert_eq!(People::find(&doc, "").things, *want, "{input:?}");
        }
    }

    /// Names on no list with a sign of a person's beside them: a role before or in brackets, a
    /// country in brackets, a list whose other items are people (issue 17, F6).
    #[test]
    fn names_by_their_place() {
        check(&[
            (
                "Vasily Kaptyukh ( Belarus ) won.",
                &[("Vasily Kaptyukh", 1)],
            ),
            ("Clearly Tony Blair won.", &[("Tony Blair", 1)]),
            // a word in "-ly" that is no English word is a given name, before a listed surname
            // or an appositive
            ("Romilly Smith won.", &[("Romilly Smith", 1)]),
            (
                "Sales fell. Romilly Humphries, S.A.Y. president, said so.",
                &[("Romilly Humphries", 1)],
            ),
            // a title misspelt inside a sentence
            (
                "The Senate heard Deputy CIA Dirctor Robert Gates, who faced opposition.",
                &[("Robert Gates", 1)],
            ),
            ("He met Justine Henin at the club.", &[("Justine Henin", 1)]),
            (
                "Born Jocelyn Stoker, she grew up in Devon.",
                &[("Jocelyn Stoker", 1)],
            ),
            ("It fell, said broker Shakil Rizvi.", &[("Shakil Rizvi", 1)]),
            (
                "Polish businessman Zygmunt Solorz met them.",
                &[("Zygmunt Solorz", 1)],
            ),
            // a post in a place
            (
                "China's ambassador to Britain Qiu Xiaming has said so.",
                &[("Qiu Xiaming", 1)],
            ),
            // a role a firm holds too, a title modifier
            ("US operator Cingular Wireless is adopting it.", &[]),
            ("The former Led Zeppelin singer came.", &[]),
            (
                "Sri Lanka - Arjuna Ranatunga ( captain ) , Sanath Jayasuriya , Romesh \
                 Kaluwitharana , Aravinda de Silva , Hashan Tillekeratne .",
                &[
                    ("Arjuna Ranatunga", 1),
                    ("Aravinda de Silva", 1),
                    ("Sanath Jayasuriya", 1),
                    ("Romesh Kaluwitharana", 1),
                    ("Hashan Tillekeratne", 1),
                ],
            ),
            (
                "Turkey - 4 - Hakan Unsal ( 14 - Sergen Yalcin , 57th ) , 2 - Recep Cetin , \
                 3 - Ogun Temizkanoglu .",
                &[
                    ("Hakan Unsal", 1),
                    ("Recep Cetin", 1),
                    ("Sergen Yalcin", 1),
                    ("Ogun Temizkanoglu", 1),
                ],
            ),
            // a score is no list; two unknown names are no list of people
            (
                "Deportivo Coruna 1 ( Corentine Martins , 22nd minute ) Real Madrid 1 ( \
                 Roberto Carlos 79th ) .",
                &[("Corentine Martins", 1), ("Roberto Carlos", 1)],
            ),
            (
                "Scorers : Haim Hajaj ( 47th ) , Nir Sivilia ( 57th ) .",
                &[],
            ),
            // a country the lists know in brackets, a common-word surname
            (
                "2. Venuste Niyongabo ( Burundi ) 3:51.01",
                &[("Venuste Niyongabo", 1)],
            ),
            (
                "2. Anthony Washington ( U.S. ) 68.44",
                &[("Anthony Washington", 1)],
            ),
            // a team's line-up of surnames; places and firms are no line-up
            (
                "The team is : Given , Breen , Staunton , Irwin , McAteer .",
                &[
                    ("Given", 1),
                    ("Breen", 1),
                    ("Staunton", 1),
                    ("Irwin", 1),
                    ("McAteer", 1),
                ],
            ),
            (
                "They went to Paris , Rome , Madrid , Berlin and Vienna .",
                &[],
            ),
            (
                "Rivals Google , Yahoo , Amazon , Microsoft and Apple fell .",
                &[],
            ),
            // a cricket scorecard
            (
                "M. Bevan c Vaas b Chandana 56",
                &[("M. Bevan", 1), ("Vaas", 1), ("Chandana", 1)],
            ),
        ]);
    }

    /// Two people with one surname, and spellings a letter off (issue 17, classes 7 and N7).
    #[test]
    fn one_surname_two_people() {
        check(&[
            (
                "Mark Waugh and S. Waugh batted. M. Waugh was out.",
                &[("Mark Waugh", 2), ("S. Waugh", 1)],
            ),
            (
                "Pranab Mukherjee said so. Mr Mukerjee said no.",
                &[("Pranab Mukherjee", 2)],
            ),
            (
                "Kenneth Clark spoke. Mr Clarke said no.",
                &[("Kenneth Clark", 1), ("Clarke", 1)],
            ),
            // (a surname alone refers back: one letter off a full name given only later, it
            // is another person)
            (
                "Mrs Reagan smiled. Donald Regan left.",
                &[("Donald Regan", 1), ("Reagan", 1)],
            ),
            (
                "Jarek Kujda said so. Mr Kudja said no. His sister Malgorzata Kujda came.",
                &[("Jarek Kujda", 2), ("Malgorzata Kujda", 1)],
            ),
            // the one the sentence before names, past the quote the surname attributes (a
            // straight mark after a full stop may stand as a sentence of its own)
            (
                "Erik Karlsson and his son Melker Karlsson scored.\n\nMelker Karlsson said the night was special. \"I dreamed of this,\" Karlsson said.",
                &[("Erik Karlsson", 1), ("Melker Karlsson", 3)],
            ),
            (
                "Erik Karlsson and his son Melker Karlsson scored.\n\nMelker Karlsson said the night was special. \"I dreamed of this,\" the younger Karlsson said.",
                &[("Erik Karlsson", 1), ("Melker Karlsson", 3)],
            ),
            // (not a possessive there: "Eric Trump's comments")
            (
                "Donald Trump spoke. Eric Trump talked on Monday.\n\nEric Trump's comments came after his father unveiled a nickname.\n\n“Will be such fun!” Trump tweeted.",
                &[("Donald Trump", 2), ("Eric Trump", 2)],
            ),
        ]);
    }

    /// Shapes seen on outlets no rule was written for (judged sample, seed 88): firms, funds,
    /// currencies and shows named like people, typos glued to a name, a roster's position
    /// letter, initials alone.
    #[test]
    fn names_on_unseen_outlets() {
        check(&[
            // an adverb opening a sentence before "a" and a role is no name; a name is
            (
                "Presumably, a potential buyer of the shares would seek relief.",
                &[],
            ),
            ("Connolly, a lawyer, said no.", &[("Connolly", 1)]),
            // a firm's name the article gives before a suffix ends a run that no word of the
            // lists of names opens: a place glued to the firm, not a person
            (
                "Sony (U.K.) Ltd said it would double capacity at its Bridgend, Wales, factory.\n\nThe expansion would make Bridgend Sony's biggest plant in Europe, a spokesman said.\n\nIt is part of a move by Sony Corp to build nearer its markets.",
                &[],
            ),
            (
                "Woods Inc said so. Tiger Woods played on Monday.",
                &[("Tiger Woods", 1)],
            ),
            // a nickname parts a given name (or initials) and a surname: one person, named by
            // both, whom the surname alone names later too
            (
                "Speaker Thomas \"Tip\" O'Neill said no. O'Neill left.",
                &[("Thomas O'Neill", 2)],
            ),
            (
                "Sales chief C.N. “Bud” Moore said so.",
                &[("C.N. Moore", 1)],
            ),
            // a rank that is also an adjective before a noun is the adjective; the noun may be
            // a role
            (
                "Quotas, the major device used to stabilize prices, were suspended.",
                &[],
            ),
            (
                "Connolly, the general manager, said no.",
                &[("Connolly", 1)],
            ),
            // a word that opens a clause is no name
            (
                "Nevertheless, the Egyptian government has spoken for years about it.",
                &[],
            ),
            // a name in apposition to a role between commas is a person's
            (
                "Kazakhstan's foreign minister, Erlan Idrissov, plays down concerns.",
                &[("Erlan Idrissov", 1)],
            ),
            (
                "It will pay its Dutch parent, Arcalex Holding, in cash.",
                &[],
            ),
            // what follows a title's possessive is the office's, no name
            (
                "Bill Conti attends the annual Governor's Ball. Prime Minister's Questions began.",
                &[("Bill Conti", 1)],
            ),
            // "miss" in lower case is the verb, no honorific
            (
                "Carlo Cudicini will miss Sunday's final.",
                &[("Carlo Cudicini", 1)],
            ),
            // a typo of a sentence's first word or of a title is no part of the name
            (
                "Ronald Reagan spoke. Athough Reagan's topic was not disclosed, he spoke.",
                &[("Ronald Reagan", 2)],
            ),
            (
                "Richard Nixon won. Preesident Nixon spoke.",
                &[("Richard Nixon", 2)],
            ),
            // (a name one letter off a word is still a name)
            ("Thought Ann Lee was right.", &[("Ann Lee", 1)]),
            ("Athough Ann Lee said so, Lee left.", &[("Ann Lee", 2)]),
            // a roster's position letter before a given name and a surname
            (
                "S Sheldrick Redwine 33 45% 1 tackle.\n\nS Morgan Burnett 35 47% 3 tackles.",
                &[("Sheldrick Redwine", 1), ("Morgan Burnett", 1)],
            ),
            ("M Bevan 56 not out.", &[("M Bevan", 1)]),
            // initials alone are no person's name
            ("Its broker, E D, sold two cargoes.", &[]),
            ("Ann Lee and J. R. said it.", &[("Ann Lee", 1)]),
            // one word left after a body's words is the rest of the body's name
            ("The Geneva Motor Show, the first car show, opens.", &[]),
            // a firm written with a comma before its partners and "and Co"
            (
                "It asked its adviser, Smith Barney, Harris Upham and Co Inc, to act.",
                &[],
            ),
            (
                "Ann Lee, Bob Hart and Co Inc's chairman, said so.",
                &[("Ann Lee", 1)],
            ),
            // currencies, laboratories and look-alike agencies
            ("Figures quoted in Philippine Pesos.", &[]),
            (
                "\"It is cold,\" said geologist Rosaly Lopes of NASA's Jet Propulsion \
                 Laboratory. The Jet Propulsion Laboratory said more.",
                &[("Rosaly Lopes", 1)],
            ),
            ("It is secured by Freddie Mac certificates.", &[]),
            (
                "Presiden Mahmoud Ahmadinejad berkata.",
                &[("Mahmoud Ahmadinejad", 1)],
            ),
            // a surname joined to its particle by a hyphen goes by the part after it too
            (
                "Sudan's president, Omar Hassan al-Bashir, is charged. Mr. Bashir denies it.",
                &[("Omar Hassan al-Bashir", 2)],
            ),
            // a firm's name before the surname of someone named in full
            (
                "\"It had,\" said Bob Bannon of Security Pacific National Bank. \"No,\" added \
                 Security Pacific's Bannon.",
                &[("Bob Bannon", 2)],
            ),
            (
                "Xi Jinping's Belt and Road plan grew. Xi Jinping spoke.",
                &[("Xi Jinping", 2)],
            ),
            // kin after a possessive names the given name alone, as the guidelines (and their
            // gold: "Fletcher's daughter Jill") have it
            (
                "Ronald Reagan spoke. It angered Reagan's wife Nancy, who said no.",
                &[("Ronald Reagan", 2), ("Nancy", 1)],
            ),
            // a title ending a heading titles no name after it; a team's position does
            (
                "Linebacker\n\nPos Player Plays % Stats\n\nThe goalie Devan Dubnyk struggled.",
                &[("Devan Dubnyk", 1)],
            ),
            // Indonesian prose: a sentence's first word before a given name is no name's
            (
                "Semua sahabat membaiat Abu Bakar sebagai Khalifah. Termasuk Ali. Saat Ali jadi \
                 khalifah, yang lain dan itu ini dengan untuk tidak dari yang dan itu ini dengan \
                 untuk tidak dari. Perang Jamal itu. Ali bin Abi Talib ra.",
                &[("Ali bin Abi Talib", 1)],
            ),
        ]);
    }
}
