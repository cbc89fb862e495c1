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
    Lexicon {
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
    }
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
