//! Word lists the extraction rules consult, loaded once from the data files beside this module
//! (see `data/README.md` for where each list comes from).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// A person's likely gender, as far as a first name or a title tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn set(data: &'static str) -> HashSet<&'static str> {
    lines(data).collect()
}

fn gendered(data: &'static str, into: &mut HashMap<&'static str, Gender>) {
    for l in lines(data) {
        let mut parts = l.split('\t');
        let name = parts.next().unwrap_or_default();
        let g = match parts.next() {
            Some("m") => Gender::Male,
            Some("f") => Gender::Female,
            _ => Gender::Unknown,
        };
        into.insert(name, g);
    }
}

/// All the lists, built on first use.
pub struct Lexicon {
    pub first_names: HashMap<&'static str, Gender>,
    pub surnames: HashSet<&'static str>,
    pub titles: HashSet<&'static str>,
    pub speech_verbs: HashSet<&'static str>,
    pub org_words: HashSet<&'static str>,
    pub places: HashSet<&'static str>,
    pub nationalities: HashSet<&'static str>,
    pub non_names: HashSet<&'static str>,
    pub non_person_names: HashSet<&'static str>,
    pub role_nouns: HashSet<&'static str>,
    /// Outlet names, lower-cased, mapped to the form to print.
    pub outlets: HashMap<String, &'static str>,
    /// Every word of the lists other than names, with the lists it is on: one look-up answers
    /// them all (see [`Lexicon::word_lists`]). A small table that stays in the cache.
    words: HashMap<String, Flags>,
    /// The given names and surnames, with their flags (see [`Lexicon::name_lists`]): a table
    /// twenty times larger, asked only about the words of names.
    names: HashMap<&'static str, Flags>,
}

/// The lists a lower-case word is on, as bits. A token's flags are looked up once (see
/// [`super::text::Token::lex`], [`super::text::Doc::name_lex`]) and every later question
/// about the word is a bit test.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flags(u16);

impl Flags {
    pub const SPEECH_VERB: Flags = Flags(1);
    pub const TITLE: Flags = Flags(1 << 1);
    pub const ORG_WORD: Flags = Flags(1 << 2);
    pub const PLACE: Flags = Flags(1 << 3);
    pub const NATIONALITY: Flags = Flags(1 << 4);
    pub const NON_NAME: Flags = Flags(1 << 5);
    pub const NON_PERSON_NAME: Flags = Flags(1 << 6);
    pub const ROLE_NOUN: Flags = Flags(1 << 7);
    pub const SURNAME: Flags = Flags(1 << 8);
    pub const OUTLET: Flags = Flags(1 << 9);
    /// A given name, of unknown gender unless one of the next two bits is set too.
    pub const FIRST_NAME: Flags = Flags(1 << 10);
    pub const MALE: Flags = Flags(1 << 11);
    pub const FEMALE: Flags = Flags(1 << 12);
    /// The first word of a phrase of several words on one of the lists ("new" of "new york"):
    /// a phrase whose first word lacks it is on none, without a look-up.
    pub const PHRASE_START: Flags = Flags(1 << 13);
    /// One of the first words of the speech verbs of two words ("shot" of "shot back"), in
    /// any case: not a list, a hint for the attribution rules (see
    /// [`super::quotes::TWO_WORD_VERBS`]).
    pub const TWO_WORD_VERB: Flags = Flags(1 << 14);
    /// The words of [`Lexicon::is_role_noun`].
    pub const ROLE: Flags = Flags(Self::ROLE_NOUN.0 | Self::TITLE.0 | Self::ORG_WORD.0);
    /// The words of [`Lexicon::is_non_person_word`].
    pub const NON_PERSON: Flags =
        Flags(Self::ORG_WORD.0 | Self::PLACE.0 | Self::NATIONALITY.0 | Self::NON_NAME.0);

    /// Whether the word is on any of the lists of `f`.
    pub fn any(self, f: Flags) -> bool {
        self.0 & f.0 != 0
    }

    /// The gender of the given name, if the word is one (see [`Lexicon::first_name`]).
    pub fn first_name(self) -> Option<Gender> {
        if !self.any(Flags::FIRST_NAME) {
            None
        } else if self.any(Flags::MALE) {
            Some(Gender::Male)
        } else if self.any(Flags::FEMALE) {
            Some(Gender::Female)
        } else {
            Some(Gender::Unknown)
        }
    }

    /// Whether the word can head a description of a speaker (see [`Lexicon::is_role_noun`]).
    pub fn is_role_noun(self) -> bool {
        self.any(Flags::ROLE)
    }

    /// Whether the word makes a capitalised name a non-person (see
    /// [`Lexicon::is_non_person_word`]).
    pub fn is_non_person_word(self) -> bool {
        self.any(Flags::NON_PERSON)
    }

    fn with_gender(self, g: Gender) -> Flags {
        Flags(
            self.0
                | Flags::FIRST_NAME.0
                | match g {
                    Gender::Male => Flags::MALE.0,
                    Gender::Female => Flags::FEMALE.0,
                    Gender::Unknown => 0,
                },
        )
    }
}

impl std::ops::BitOr for Flags {
    type Output = Flags;
    fn bitor(self, other: Flags) -> Flags {
        Flags(self.0 | other.0)
    }
}

impl std::ops::BitOrAssign for Flags {
    fn bitor_assign(&mut self, other: Flags) {
        self.0 |= other.0;
    }
}

/// The lists, loaded once per process.
pub static LEX: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut first_names = HashMap::default();
    gendered(include_str!("data/first_names.txt"), &mut first_names);
    gendered(include_str!("data/extra_first_names.txt"), &mut first_names);
    let mut intl = HashMap::default();
    gendered(include_str!("data/intl_first_names.txt"), &mut intl);
    for (name, g) in intl {
        first_names.entry(name).or_insert(g);
    }
    let mut lex = Lexicon {
        first_names,
        surnames: set(include_str!("data/surnames.txt")),
        titles: set(include_str!("data/titles.txt")),
        speech_verbs: set(include_str!("data/speech_verbs.txt")),
        org_words: set(include_str!("data/org_words.txt")),
        places: set(include_str!("data/places.txt")),
        nationalities: set(include_str!("data/nationalities.txt")),
        non_names: set(include_str!("data/non_names.txt")),
        non_person_names: set(include_str!("data/non_person_names.txt")),
        role_nouns: set(include_str!("data/role_nouns.txt")),
        outlets: lines(include_str!("data/outlets.txt"))
            .map(|o| (o.to_lowercase(), o))
            .collect(),
        words: HashMap::default(),
        names: HashMap::default(),
    };
    let mut words: HashMap<String, Flags> = HashMap::default();
    for (list, flag) in [
        (&lex.titles, Flags::TITLE),
        (&lex.speech_verbs, Flags::SPEECH_VERB),
        (&lex.org_words, Flags::ORG_WORD),
        (&lex.places, Flags::PLACE),
        (&lex.nationalities, Flags::NATIONALITY),
        (&lex.non_names, Flags::NON_NAME),
        (&lex.non_person_names, Flags::NON_PERSON_NAME),
        (&lex.role_nouns, Flags::ROLE_NOUN),
    ] {
        for w in list {
            *words.entry(w.to_string()).or_default() |= flag;
        }
    }
    for w in lex.outlets.keys() {
        *words.entry(w.clone()).or_default() |= Flags::OUTLET;
    }
    let mut names: HashMap<&'static str, Flags> = HashMap::default();
    for name in &lex.surnames {
        *names.entry(name).or_default() |= Flags::SURNAME;
    }
    for (name, g) in &lex.first_names {
        let f = names.entry(name).or_default();
        *f = f.with_gender(*g);
    }
    let phrase_starts: Vec<String> = words
        .keys()
        .filter_map(|w| w.split_once(' ').map(|(first, _)| first.to_string()))
        .collect();
    for first in phrase_starts {
        *words.entry(first).or_default() |= Flags::PHRASE_START;
    }
    for (first, _) in super::quotes::TWO_WORD_VERBS {
        *words.entry(first.to_string()).or_default() |= Flags::TWO_WORD_VERB;
    }
    lex.words = words;
    lex.names = names;
    lex
});

/// `word` in lower case, without a trailing dot: the word itself when it is lower-case ASCII
/// already, else its lower-cased copy in `buf` (reused to avoid an allocation per look-up).
/// Use the returned value: `buf` is left untouched when no copy is needed.
pub fn lower<'b>(word: &'b str, buf: &'b mut String) -> &'b str {
    let word = word.strip_suffix('.').unwrap_or(word);
    // Most words are lower-case ASCII already: no copy.
    if word
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'\'')
    {
        return word;
    }
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
        return buf.as_str();
    }
    for c in word.chars() {
        if c == '’' {
            buf.push('\'');
        } else {
            buf.extend(c.to_lowercase());
        }
    }
    buf.as_str()
}

/// `word` without accents ("Álvarez" → "Alvarez").
pub fn fold_accents(word: &str) -> String {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    word.nfd().filter(|c| !is_combining_mark(*c)).collect()
}

impl Lexicon {
    /// The lists other than names (given names, surnames) that a lower-cased word or phrase
    /// is on.
    pub fn word_lists(&self, lower: &str) -> Flags {
        self.words.get(lower).copied().unwrap_or_default()
    }

    /// Whether a lower-cased word is a given name (with its gender) and a surname. A given
    /// name is found with its accents ignored, as [`Lexicon::first_name`] finds it.
    pub fn name_lists(&self, lower: &str) -> Flags {
        let f = self.names.get(lower).copied().unwrap_or_default();
        if f.any(Flags::FIRST_NAME) || lower.is_ascii() {
            return f;
        }
        match self.first_name(lower) {
            Some(g) => f.with_gender(g),
            None => f,
        }
    }

    /// All the lists a lower-cased word is on.
    pub fn flags(&self, lower: &str) -> Flags {
        self.word_lists(lower) | self.name_lists(lower)
    }

    /// Gender of a given name, if it is one (accents ignored: "josé" is "jose").
    pub fn first_name(&self, lower: &str) -> Option<Gender> {
        if let Some(g) = self.first_names.get(lower) {
            return Some(*g);
        }
        if lower.is_ascii() {
            return None;
        }
        self.first_names.get(fold_accents(lower).as_str()).copied()
    }

    /// Whether a lower-cased noun can head a description of a speaker ("the senator", "the
    /// campaign", "one customer").
    pub fn is_role_noun(&self, lower: &str) -> bool {
        self.role_nouns.contains(lower)
            || self.titles.contains(lower)
            || self.org_words.contains(lower)
    }

    /// Whether a lower-cased word makes a capitalised name a non-person (organisation, place,
    /// event, function word, nationality).
    pub fn is_non_person_word(&self, lower: &str) -> bool {
        self.org_words.contains(lower)
            || self.places.contains(lower)
            || self.nationalities.contains(lower)
            || self.non_names.contains(lower)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_and_answer() {
        let cases = [
            ("hillary", Some(Gender::Female)),
            ("jared", Some(Gender::Male)),
            ("vladimir", Some(Gender::Male)),
            ("the", None),
        ];
        for (name, want) in cases {
            assert_eq!(LEX.first_name(name), want, "{name:?}");
        }
        assert!(LEX.titles.contains("senator"));
        assert!(LEX.speech_verbs.contains("said"));
        assert!(LEX.places.contains("new york"));
        assert!(LEX.is_non_person_word("committee"));
        assert!(!LEX.is_non_person_word("kushner"));
        assert_eq!(LEX.outlets.get("reuters"), Some(&"Reuters"));
    }

    /// The flags answer as the lists do.
    #[test]
    fn flags_agree_with_lists() {
        for w in [
            "said",
            "senator",
            "committee",
            "new york",
            "kushner",
            "hillary",
            "jared",
            "josé",
            "zoë",
            "the",
            "reuters",
            "park",
            "green",
            "british",
            "spokesman",
            "ministry",
        ] {
            let f = LEX.flags(w);
            assert_eq!(f.first_name(), LEX.first_name(w), "{w:?}");
            assert_eq!(f.is_role_noun(), LEX.is_role_noun(w), "{w:?}");
            assert_eq!(f.is_non_person_word(), LEX.is_non_person_word(w), "{w:?}");
            assert_eq!(
                f.any(Flags::SPEECH_VERB),
                LEX.speech_verbs.contains(w),
                "{w:?}"
            );
            assert_eq!(f.any(Flags::TITLE), LEX.titles.contains(w), "{w:?}");
            assert_eq!(f.any(Flags::SURNAME), LEX.surnames.contains(w), "{w:?}");
            assert_eq!(f.any(Flags::PLACE), LEX.places.contains(w), "{w:?}");
            assert_eq!(f.any(Flags::OUTLET), LEX.outlets.contains_key(w), "{w:?}");
            assert_eq!(
                f.any(Flags::NON_PERSON_NAME),
                LEX.non_person_names.contains(w),
                "{w:?}"
            );
        }
    }

    #[test]
    fn lower_folds_case_dot_and_apostrophe() {
        let mut buf = String::new();
        for (input, want) in [
            ("Sen.", "sen"),
            ("O’Malley", "o'malley"),
            ("ÉLYSÉE", "élysée"),
        ] {
            assert_eq!(lower(input, &mut buf), want, "{input:?}");
        }
    }
}
