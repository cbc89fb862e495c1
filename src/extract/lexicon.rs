//! Word lists the extraction rules consult. Each list is a data file under `data/`, one entry a
//! line under a header that says what the list is for and where it came from (see
//! `data/README.md`); the files are built into the binary and loaded once, on first use. The
//! lists sit below every rule: this module depends on no other part of extraction, and adding a
//! word to a list is a one-line change to its file.

use crate::ascii::Key;
use crate::fold::without_accents;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// A person's likely gender, as far as a first name or a title tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
    Unknown,
}

/// The entries of a data file: its lines, trimmed, but for blank lines and `#` comments. (The
/// files hold no space but ASCII's: a line is trimmed of those alone, a byte at a time.)
fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    let mut rest = data;
    std::iter::from_fn(move || {
        while !rest.is_empty() {
            let (line, next) = match memchr::memchr(b'\n', rest.as_bytes()) {
                Some(i) => (&rest[..i], &rest[i + 1..]),
                None => (rest, ""),
            };
            rest = next;
            let line = line.trim_ascii();
            if !line.is_empty() && !line.starts_with('#') {
                return Some(line);
            }
        }
        None
    })
}

/// A list of words (or phrases), asked whether it holds one as written.
pub(crate) struct Words {
    /// The entries, as the files list them.
    all: Vec<&'static str>,
    /// The entries of at most [`Key::MAX`] bytes (nearly all), packed: the rules ask the lists
    /// about words hundreds of thousands of times a corpus, and a key is hashed and compared
    /// as two integers, where a string is hashed a byte at a time and compared by `memcmp`.
    short: HashSet<Key>,
    /// The longer entries.
    long: HashSet<&'static str>,
}

impl Words {
    fn load(data: &'static str) -> Words {
        Words::load_all(&[data])
    }

    /// One list of the entries of several files.
    fn load_all(data: &[&'static str]) -> Words {
        // Sized at once, not grown by doubling: the lists are loaded at every start.
        let all: Vec<&'static str> = data.iter().flat_map(|d| lines(d)).collect();
        let mut short = HashSet::with_capacity_and_hasher(all.len(), Default::default());
        let mut long = HashSet::default();
        for &w in &all {
            match Key::of(w) {
                Some(key) => short.insert(key),
                None => long.insert(w),
            };
        }
        Words { all, short, long }
    }

    /// Whether the list holds `w` (compared as written: the lists are in lower case but for
    /// the few that say otherwise).
    #[inline]
    pub(crate) fn contains(&self, w: &str) -> bool {
        match Key::of(w) {
            Some(key) => self.short.contains(&key),
            None => self.long.contains(w),
        }
    }

    /// Whether the list holds the string packed in `key` (see [`Words::contains`]).
    #[inline]
    pub(crate) fn contains_key(&self, key: Key) -> bool {
        self.short.contains(&key)
    }

    /// The entries, in the files' order (an entry listed twice comes twice).
    pub(crate) fn iter(&self) -> impl Iterator<Item = &&'static str> {
        self.all.iter()
    }
}

/// How many lines the files `data` have at most: room for their entries.
fn line_count(data: &[&str]) -> usize {
    data.iter()
        .map(|d| d.bytes().filter(|&b| b == b'\n').count() + 1)
        .sum()
}

/// The entries of a list of `word<TAB>tag` lines, each word with the gender its tag gives (`m`,
/// `f`, anything else unknown), added to `into`.
fn gendered(data: &'static str, into: &mut HashMap<&'static str, Gender>) {
    into.reserve(line_count(&[data]));
    into.extend(gender_entries(data));
}

/// A list of `word<TAB>tag` lines, each word with its gender (see [`gendered`]).
fn gender_list(data: &'static str) -> HashMap<&'static str, Gender> {
    let mut out = HashMap::default();
    gendered(data, &mut out);
    out
}

/// The entries of a list of `word<TAB>tag` lines, each word with its gender (see [`gendered`]).
fn gender_entries(data: &'static str) -> impl Iterator<Item = (&'static str, Gender)> {
    lines(data).map(|l| {
        let (name, tag) = match memchr::memchr(b'\t', l.as_bytes()) {
            Some(i) => (&l[..i], &l[i + 1..]),
            None => (l, ""),
        };
        let g = match tag.split('\t').next() {
            Some("m") => Gender::Male,
            Some("f") => Gender::Female,
            _ => Gender::Unknown,
        };
        (name, g)
    })
}

/// All the lists, built on first use (see [`LEX`]). Each field's file is named after it.
pub(crate) struct Lexicon {
    // The words that make a capitalised run a name or not (each also a bit of [`Flags`],
    // looked up once per token). Given names and surnames are in [`Lexicon::names`] only.
    pub(crate) titles: Words,
    /// Verbs of saying.
    pub(crate) speech_verbs: Words,
    pub(crate) org_words: Words,
    /// Plural nicknames of sports teams (`team_names.txt`), on [`Lexicon::org_words`] too.
    pub(crate) team_names: Words,
    pub(crate) places: Words,
    pub(crate) nationalities: Words,
    pub(crate) non_names: Words,
    pub(crate) non_person_names: Words,
    pub(crate) role_nouns: Words,
    /// Nouns of a writing one author issues ("statement", "letter"): what it says is theirs.
    pub(crate) authored_nouns: Words,
    /// Nouns of "the …" that stand for someone other than the person who spoke last ("the
    /// spokesman", "the crowd").
    pub(crate) not_the_one_before: Words,
    /// Closed-class words and sentence adverbs, never part of a name.
    pub(crate) function_words: Words,
    /// Titles that stand only before a person's name ("mr", "lady").
    pub(crate) honorifics: Words,
    /// Nouns of a kind of thing before a name that is no person's ("film", "band").
    pub(crate) non_person_kinds: Words,
    /// Nouns after a name that make it a thing's ("nomination").
    pub(crate) non_person_heads: Words,
    /// Roles a work, band or team has ("director", "star"), after its name.
    pub(crate) work_roles: Words,
    /// Words that end a firm's or club's name ("plc", "fc").
    pub(crate) corporate_suffixes: Words,
    /// Titles that stand before a given name alone ("king", "pope").
    pub(crate) royal_titles: Words,
    /// Outlet names, lower-cased, mapped to the form to print.
    pub(crate) outlets: HashMap<String, &'static str>,
    /// Outlets printed by another name (`outlet_aliases.txt`): the printed form of an outlet
    /// to the name to print instead.
    pub(crate) outlet_aliases: HashMap<&'static str, &'static str>,
    /// Verbs of saying of two words, as (first word, second word).
    pub(crate) two_word_verbs: Vec<(&'static str, &'static str)>,

    // The words of tokens and sentences.
    /// Abbreviations that keep their dot, lower case without it.
    pub(crate) abbreviations: Words,

    // The words of names (see `people`).
    /// Particles inside a name ("de", "van").
    pub(crate) name_particles: Words,
    /// Words of the titles list that modify a title ("former").
    pub(crate) title_modifiers: Words,
    /// Suffixes after a name ("jr").
    pub(crate) name_suffixes: Words,
    /// Titles that tell a gender ("mrs", "spokesman").
    pub(crate) gendered_titles: HashMap<&'static str, Gender>,
    /// Endings of a modifier before a name ("-based").
    pub(crate) modifier_suffixes: Words,
    /// Words of places that are never the surname of a two-word name.
    pub(crate) venues: Words,
    /// The abbreviations of states and provinces written after a town ("n.j.", "calif.").
    pub(crate) state_abbreviations: Words,
    /// Words that open an organisation's or a place's name in other languages ("banco").
    pub(crate) leading_org_words: Words,
    /// Brands that open products' names (`brands.txt`).
    pub(crate) brands: Words,
    /// Days and months, capitalised (matched as written).
    pub(crate) day_and_month_names: Words,

    // The words of quotes (see `quotes`).
    /// Words before a quoted phrase that make it the name of a work.
    pub(crate) work_cues: Words,
    /// Words before a quoted phrase that make it a scare quote.
    pub(crate) scare_cues: Words,
    /// Small words a title of a work leaves in lower case.
    pub(crate) title_case_small_words: Words,
    /// Words that name a book.
    pub(crate) book_words: Words,
    /// Forms of "write".
    pub(crate) writing_verbs: Words,

    // The words of attributions (see `attribution`).
    /// Pronouns that stand for a speaker, with their gender.
    pub(crate) pronouns: HashMap<&'static str, Gender>,
    /// Nouns of family relations, with their gender.
    pub(crate) kin: HashMap<&'static str, Gender>,
    /// Short forms of given names with the full names they stand for: `diminutives.txt`.
    pub(crate) diminutives: HashSet<(&'static str, &'static str)>,
    /// Determiners that open a described speaker.
    pub(crate) determiners: Words,
    /// Adverbs and auxiliaries between a speaker and the verb.
    pub(crate) between_speaker_and_verb: Words,
    /// Words that never end a speaker's phrase before a verb.
    pub(crate) not_speaker_heads: Words,
    /// Words a described speaker does not reach back over.
    pub(crate) speaker_phrase_stops: Words,
    /// Nouns that refer back to an organisation that spoke.
    pub(crate) organisation_heads: Words,
    /// Roles a firm holds as often as a person: no sign of a person before a name.
    pub(crate) shared_roles: Words,
    /// Words that do not belong to a role between two names.
    pub(crate) role_name_stops: Words,
    /// Verbs of saying whose object is the listener.
    pub(crate) listener_verbs: Words,
    /// Words after which a speaker's name is the listener.
    pub(crate) listener_prepositions: Words,
    /// Words that may follow the speaker of an inverted attribution.
    pub(crate) after_inverted_speaker: Words,
    /// Words that open a clause, not an attribution, right after a quote.
    pub(crate) not_after_quote: Words,
    /// Words after a name's comma that open no description.
    pub(crate) not_descriptions: Words,
    /// Party labels that describe a person after a comma.
    pub(crate) party_labels: Words,
    /// Words that may open a sentence before its subject ("But", "However").
    pub(crate) clause_openers: Words,
    /// Lower-case words that end the description before a name opening a sentence.
    pub(crate) subject_stops: Words,
    /// Verbs by which a lead introduces the person whose account an article is.
    pub(crate) account_verbs: Words,
    /// Articles and possessive determiners, after which a verb of saying is a noun.
    pub(crate) noun_markers: Words,
    /// Verbs of saying whose object before a quote is who was asked.
    pub(crate) asking_verbs: Words,

    // The words of outlets (see `outlet`).
    /// Words of a sign-off naming the outlet's desk.
    pub(crate) sign_off_words: Words,

    /// Every word of the flagged lists other than names, with the lists it is on: one look-up
    /// answers them all (see [`Lexicon::word_lists`]). A small table that stays in the cache.
    words: FlagTable,
    /// The given names and surnames, with their flags (see [`Lexicon::name_lists`]): a table
    /// twenty times larger, asked only about the words of names.
    names: FlagTable,
}

/// The flags of a set of strings, found by [`Key`] for the short ones (nearly all).
#[derive(Default)]
struct FlagTable {
    short: HashMap<Key, Flags>,
    /// The strings too long for a key.
    long: HashMap<String, Flags>,
}

impl FlagTable {
    /// An empty table with room for `n` strings.
    fn with_capacity(n: usize) -> FlagTable {
        FlagTable {
            short: HashMap::with_capacity_and_hasher(n, Default::default()),
            long: HashMap::default(),
        }
    }

    /// Sets the flags of `s` to `f` of its flags so far (none when it was not in the table).
    fn update(&mut self, s: &str, f: impl FnOnce(Flags) -> Flags) {
        let flags = match Key::of(s) {
            Some(key) => self.short.entry(key).or_default(),
            None => self.long.entry(s.to_string()).or_default(),
        };
        *flags = f(*flags);
    }

    /// The flags of `s`, none when it is not in the table.
    #[inline]
    fn get(&self, s: &str) -> Flags {
        match Key::of(s) {
            Some(key) => return self.by_key(key),
            None => self.long.get(s),
        }
        .copied()
        .unwrap_or_default()
    }

    /// The flags of the string of `key`.
    #[inline]
    fn by_key(&self, key: Key) -> Flags {
        self.short.get(&key).copied().unwrap_or_default()
    }
}

impl<S: AsRef<str>> FromIterator<(S, Flags)> for FlagTable {
    fn from_iter<I: IntoIterator<Item = (S, Flags)>>(entries: I) -> Self {
        let entries = entries.into_iter();
        let mut table = FlagTable::default();
        table.short.reserve(entries.size_hint().0);
        for (s, f) in entries {
            let s = s.as_ref();
            match Key::of(s) {
                Some(key) => *table.short.entry(key).or_default() |= f,
                None => *table.long.entry(s.to_string()).or_default() |= f,
            }
        }
        table
    }
}

/// The lists a lower-case word is on, as bits. A token's flags are looked up once (see
/// [`super::text::Token::lex`], [`super::text::Doc::name_lex`]) and every later question
/// about the word is a bit test.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Flags(u32);

impl Flags {
    pub(crate) const SPEECH_VERB: Flags = Flags(1);
    pub(crate) const TITLE: Flags = Flags(1 << 1);
    pub(crate) const ORG_WORD: Flags = Flags(1 << 2);
    pub(crate) const PLACE: Flags = Flags(1 << 3);
    pub(crate) const NATIONALITY: Flags = Flags(1 << 4);
    pub(crate) const NON_NAME: Flags = Flags(1 << 5);
    pub(crate) const NON_PERSON_NAME: Flags = Flags(1 << 6);
    pub(crate) const ROLE_NOUN: Flags = Flags(1 << 7);
    pub(crate) const SURNAME: Flags = Flags(1 << 8);
    pub(crate) const OUTLET: Flags = Flags(1 << 9);
    /// A given name, of unknown gender unless one of the next two bits is set too.
    pub(crate) const FIRST_NAME: Flags = Flags(1 << 10);
    pub(crate) const MALE: Flags = Flags(1 << 11);
    pub(crate) const FEMALE: Flags = Flags(1 << 12);
    /// The first word of a phrase of several words on one of the lists ("new" of "new york"):
    /// a phrase whose first word lacks it is on none, without a look-up.
    pub(crate) const PHRASE_START: Flags = Flags(1 << 13);
    /// One of the first words of the speech verbs of two words ("shot" of "shot back"), in
    /// any case: not a list, a hint for the attribution rules (see
    /// [`Lexicon::two_word_verbs`]).
    pub(crate) const TWO_WORD_VERB: Flags = Flags(1 << 14);
    /// A closed-class word or sentence adverb ([`Lexicon::function_words`]).
    pub(crate) const FUNCTION_WORD: Flags = Flags(1 << 15);
    /// A noun of a kind of thing before its name ([`Lexicon::non_person_kinds`]: "film").
    pub(crate) const THING_KIND: Flags = Flags(1 << 16);
    /// A noun after a thing's name ([`Lexicon::non_person_heads`]: "nomination").
    pub(crate) const THING_HEAD: Flags = Flags(1 << 17);
    /// A role of a work or team ([`Lexicon::work_roles`]: "director").
    pub(crate) const WORK_ROLE: Flags = Flags(1 << 18);
    /// A noun of kin ([`Lexicon::kin`]: "daughter").
    pub(crate) const KIN: Flags = Flags(1 << 19);
    /// An honorific ([`Lexicon::honorifics`]: "mr").
    pub(crate) const HONORIFIC: Flags = Flags(1 << 20);
    /// The end of a firm's name ([`Lexicon::corporate_suffixes`]: "plc").
    pub(crate) const CORPORATE: Flags = Flags(1 << 21);
    /// A given name that only `intl_first_names.txt` holds (of the names' table only), whose
    /// gender is the one most of the locales give: an article's pronouns may tell another (see
    /// `People::genders_from_pronouns`).
    pub(crate) const INTL_ONLY: Flags = Flags(1 << 22);
    /// The words of [`Lexicon::is_role_noun`].
    pub(crate) const ROLE: Flags = Flags(Self::ROLE_NOUN.0 | Self::TITLE.0 | Self::ORG_WORD.0);
    /// The words that make a capitalised name a non-person: organisation, place, nationality
    /// and other non-name words.
    pub(crate) const NON_PERSON: Flags =
        Flags(Self::ORG_WORD.0 | Self::PLACE.0 | Self::NATIONALITY.0 | Self::NON_NAME.0);

    /// Whether the word is on any of the lists of `f`.
    pub(crate) fn any(self, f: Flags) -> bool {
        self.0 & f.0 != 0
    }

    /// The gender of the given name, if the word is one (see [`Lexicon::first_name`]).
    pub(crate) fn first_name(self) -> Option<Gender> {
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
    pub(crate) fn is_role_noun(self) -> bool {
        self.any(Flags::ROLE)
    }

    /// Whether the word makes a capitalised name a non-person (see [`Flags::NON_PERSON`]).
    pub(crate) fn is_non_person_word(self) -> bool {
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
pub(crate) static LEX: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

/// The contents of `data/<name>`, built into the binary.
macro_rules! data {
    ($name:literal) => {
        include_str!(concat!("data/", $name))
    };
}

/// English words that are never a name: `common_words.txt`, one a line, sorted after its
/// header of comments.
const COMMON_WORDS: &str = data!("common_words.txt");

/// Whether the lower-case `word` is an English word that is never a name: written in lower
/// case only by the SCOWL word list and no given name of the lists ("different", "story",
/// "dead"; not "rose", "chase", "chip").
pub(crate) fn is_common_word(word: &str) -> bool {
    /// The words of the file past its header of comments, found once.
    static BODY: LazyLock<&'static str> = LazyLock::new(|| {
        let mut body = COMMON_WORDS;
        while body.starts_with('#') {
            body = body.split_once('\n').map_or("", |(_, rest)| rest);
        }
        body
    });
    sorted_lines_contain(&BODY, word)
}

/// Whether `word` is a line of `text`, whose lines are sorted: a binary search of the text as
/// it is built into the binary, at no cost of loading (a list of its 62,000 lines, or a set of
/// them, took a tenth or a fifth of extracting one short article to build).
fn sorted_lines_contain(text: &str, word: &str) -> bool {
    let (bytes, word) = (text.as_bytes(), word.as_bytes());
    // (`lo` is a line's start; `hi` is the end of the text or a line's start)
    let (mut lo, mut hi) = (0, bytes.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        // (a line is a few bytes: a plain loop finds its ends sooner than a vector search,
        // whose setup costs more than the scan)
        let start = bytes[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |i| lo + i + 1);
        let end = bytes[start..hi]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(hi, |i| start + i);
        match bytes[start..end].cmp(word) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut lex = Lexicon {
            titles: Words::load(data!("titles.txt")),
            speech_verbs: Words::load(data!("speech_verbs.txt")),
            org_words: Words::load_all(&[data!("org_words.txt"), data!("team_names.txt")]),
            team_names: Words::load(data!("team_names.txt")),
            places: Words::load_all(&[data!("places.txt"), data!("world_cities.txt")]),
            nationalities: Words::load(data!("nationalities.txt")),
            non_names: Words::load(data!("non_names.txt")),
            non_person_names: Words::load_all(&[
                data!("non_person_names.txt"),
                data!("fictional_names.txt"),
            ]),
            role_nouns: Words::load(data!("role_nouns.txt")),
            authored_nouns: Words::load(data!("authored_nouns.txt")),
            not_the_one_before: Words::load(data!("not_the_one_before.txt")),
            function_words: Words::load(data!("function_words.txt")),
            honorifics: Words::load(data!("honorifics.txt")),
            non_person_kinds: Words::load(data!("non_person_kinds.txt")),
            non_person_heads: Words::load(data!("non_person_heads.txt")),
            work_roles: Words::load(data!("work_roles.txt")),
            corporate_suffixes: Words::load(data!("corporate_suffixes.txt")),
            royal_titles: Words::load(data!("royal_titles.txt")),
            outlets: lines(data!("outlets.txt"))
                .map(|o| (o.to_lowercase(), o))
                .collect(),
            outlet_aliases: lines(data!("outlet_aliases.txt"))
                .filter_map(|l| l.split_once('\t'))
                .collect(),
            two_word_verbs: lines(data!("two_word_verbs.txt"))
                .filter_map(|l| l.split_once(' '))
                .collect(),
            abbreviations: Words::load(data!("abbreviations.txt")),
            name_particles: Words::load(data!("name_particles.txt")),
            title_modifiers: Words::load(data!("title_modifiers.txt")),
            name_suffixes: Words::load(data!("name_suffixes.txt")),
            gendered_titles: gender_list(data!("gendered_titles.txt")),
            modifier_suffixes: Words::load(data!("modifier_suffixes.txt")),
            venues: Words::load(data!("venues.txt")),
            state_abbreviations: Words::load(data!("state_abbreviations.txt")),
            leading_org_words: Words::load(data!("leading_org_words.txt")),
            brands: Words::load(data!("brands.txt")),
            day_and_month_names: Words::load(data!("day_and_month_names.txt")),
            work_cues: Words::load(data!("work_cues.txt")),
            scare_cues: Words::load(data!("scare_cues.txt")),
            title_case_small_words: Words::load(data!("title_case_small_words.txt")),
            book_words: Words::load(data!("book_words.txt")),
            writing_verbs: Words::load(data!("writing_verbs.txt")),
            pronouns: gender_list(data!("pronouns.txt")),
            kin: gender_list(data!("kin.txt")),
            diminutives: lines(data!("diminutives.txt"))
                .filter_map(|l| l.split_once('\t'))
                .collect(),
            determiners: Words::load(data!("determiners.txt")),
            between_speaker_and_verb: Words::load(data!("between_speaker_and_verb.txt")),
            not_speaker_heads: Words::load(data!("not_speaker_heads.txt")),
            speaker_phrase_stops: Words::load(data!("speaker_phrase_stops.txt")),
            organisation_heads: Words::load(data!("organisation_heads.txt")),
            shared_roles: Words::load(data!("shared_roles.txt")),
            role_name_stops: Words::load(data!("role_name_stops.txt")),
            listener_verbs: Words::load(data!("listener_verbs.txt")),
            listener_prepositions: Words::load(data!("listener_prepositions.txt")),
            after_inverted_speaker: Words::load(data!("after_inverted_speaker.txt")),
            not_after_quote: Words::load(data!("not_after_quote.txt")),
            not_descriptions: Words::load(data!("not_descriptions.txt")),
            party_labels: Words::load(data!("party_labels.txt")),
            clause_openers: Words::load(data!("clause_openers.txt")),
            subject_stops: Words::load(data!("subject_stops.txt")),
            account_verbs: Words::load(data!("account_verbs.txt")),
            noun_markers: Words::load(data!("noun_markers.txt")),
            asking_verbs: Words::load(data!("asking_verbs.txt")),
            sign_off_words: Words::load(data!("sign_off_words.txt")),
            words: FlagTable::default(),
            names: name_flags(),
        };
        lex.words = lex.word_flags();
        lex
    }

    /// The table of the flags of every word of the lists other than names.
    fn word_flags(&self) -> FlagTable {
        let mut words: HashMap<String, Flags> =
            HashMap::with_capacity_and_hasher(4096, Default::default());
        for (list, flag) in [
            (&self.titles, Flags::TITLE),
            (&self.speech_verbs, Flags::SPEECH_VERB),
            (&self.org_words, Flags::ORG_WORD),
            (&self.places, Flags::PLACE),
            (&self.nationalities, Flags::NATIONALITY),
            (&self.non_names, Flags::NON_NAME),
            (&self.non_person_names, Flags::NON_PERSON_NAME),
            (&self.role_nouns, Flags::ROLE_NOUN),
            (&self.function_words, Flags::FUNCTION_WORD),
            (&self.non_person_kinds, Flags::THING_KIND),
            (&self.non_person_heads, Flags::THING_HEAD),
            (&self.work_roles, Flags::WORK_ROLE),
            (&self.honorifics, Flags::HONORIFIC),
            (&self.corporate_suffixes, Flags::CORPORATE),
        ] {
            for w in list.iter() {
                *words.entry(w.to_string()).or_default() |= flag;
            }
        }
        for w in self.kin.keys() {
            *words.entry(w.to_string()).or_default() |= Flags::KIN;
        }
        for w in self.outlets.keys() {
            *words.entry(w.clone()).or_default() |= Flags::OUTLET;
        }
        let phrase_starts: Vec<String> = words
            .keys()
            .filter_map(|w| w.split_once(' ').map(|(first, _)| first.to_string()))
            .collect();
        for first in phrase_starts {
            *words.entry(first).or_default() |= Flags::PHRASE_START;
        }
        for (first, _) in &self.two_word_verbs {
            *words.entry(first.to_string()).or_default() |= Flags::TWO_WORD_VERB;
        }
        words.into_iter().collect()
    }
}

/// The table of the flags of given names and surnames, built straight from the files (the
/// largest lists, read at every start): the surnames of `surnames.txt` and
/// `intl_surnames.txt`; the given names with their gender, of `first_names.txt` (the
/// census's), `extra_first_names.txt` and `unisex_first_names.txt`, where a later line gives a
/// name its gender, and of `intl_first_names.txt`, which adds the names the others lack (a
/// name twice in it keeps its first gender) as [`Flags::INTL_ONLY`].
fn name_flags() -> FlagTable {
    const GENDERS: Flags = Flags(Flags::MALE.0 | Flags::FEMALE.0);
    let (surnames, intl) = (
        [data!("surnames.txt"), data!("intl_surnames.txt")],
        data!("intl_first_names.txt"),
    );
    let given = [
        data!("first_names.txt"),
        data!("extra_first_names.txt"),
        data!("unisex_first_names.txt"),
    ];
    let mut names = FlagTable::with_capacity(line_count(&surnames) + line_count(&given));
    for name in surnames.iter().flat_map(|d| lines(d)) {
        names.update(name, |f| f | Flags::SURNAME);
    }
    for (name, g) in given.iter().flat_map(|d| gender_entries(d)) {
        names.update(name, |f| Flags(f.0 & !GENDERS.0).with_gender(g));
    }
    for (name, g) in gender_entries(intl) {
        names.update(name, |f| {
            if f.any(Flags::FIRST_NAME) {
                f
            } else {
                f.with_gender(g) | Flags::INTL_ONLY
            }
        });
    }
    names
}

/// Whether tokens `t` and `t + 1` are a verb of saying of two words ([`Lexicon::two_word_verbs`]:
/// "shot back", "went on") that ends there: not before "to" ("went on to win", "put it to
/// him"), and, for one that ends in "on", only before a mark ("she went on: “…”", "“…,” he
/// went on."; not "the Senate went on recess"). (The first word's flags are read first: most
/// words begin none.)
pub(crate) fn two_word_verb_at(doc: &crate::extract::text::Doc, t: usize) -> bool {
    use crate::extract::text::Shape;
    if !doc.tokens[t].lex.any(Flags::TWO_WORD_VERB) || t + 1 >= doc.tokens.len() {
        return false;
    }
    let (first, second) = (doc.word(t), doc.word(t + 1));
    // (a mark after it, or the text's end, ends it)
    let ends = doc.tokens.get(t + 2).is_none_or(|after| {
        after.shape != Shape::Word || (doc.word(t + 2) != "to" && second != "on")
    });
    ends && (LEX.two_word_verbs.iter()).any(|&(f, s)| first == f && second == s)
}

/// `word` in lower case, without a trailing dot: the word itself when it is lower-case ASCII
/// already, else its lower-cased copy in `buf` (reused to avoid an allocation per look-up).
/// Use the returned value: `buf` is left untouched when no copy is needed.
pub(crate) fn lower<'b>(word: &'b str, buf: &'b mut String) -> &'b str {
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

impl Lexicon {
    /// The lists other than names (given names, surnames) that a lower-cased word or phrase
    /// is on.
    pub(crate) fn word_lists(&self, lower: &str) -> Flags {
        self.words.get(lower)
    }

    /// The lists other than names that an ASCII word is on once lower-cased (see
    /// [`Lexicon::word_lists`]), its lower-case form packed (see [`Key::bytes`]), and whether
    /// it was in lower case already: without a copy of it in lower case, and without a pass
    /// over its bytes to tell. `None` when the word is not ASCII or is longer than [`Key::MAX`]
    /// bytes.
    #[inline]
    pub(crate) fn ascii_word_lists(&self, word: &str) -> Option<(Flags, Key, bool)> {
        let (lower, was_lower) = Key::of(word)?.ascii_lower()?;
        Some((self.words.by_key(lower), lower, was_lower))
    }

    /// The lists other than names that the lower-case ASCII word packed in `lower` is on (see
    /// [`Lexicon::word_lists`]).
    #[inline]
    pub(crate) fn packed_word_lists(&self, lower: Key) -> Flags {
        self.words.by_key(lower)
    }

    /// Whether a lower-cased word is a given name (with its gender) and a surname. A given
    /// name is found with its accents ignored, as [`Lexicon::first_name`] finds it.
    pub(crate) fn name_lists(&self, lower: &str) -> Flags {
        let f = self.names.get(lower);
        if f.any(Flags::FIRST_NAME) || lower.is_ascii() {
            return f;
        }
        match self.first_name(lower) {
            Some(g) => f.with_gender(g),
            None => f,
        }
    }

    /// Gender of a given name, if it is one (accents ignored: "josé" is "jose").
    /// Whether two lower-case given names are one name, either a short form of the other
    /// ("pat" and "patrick", "charles" and "chuck").
    pub(crate) fn short_form_pair(&self, a: &str, b: &str) -> bool {
        self.diminutives.contains(&(a, b)) || self.diminutives.contains(&(b, a))
    }

    pub(crate) fn first_name(&self, lower: &str) -> Option<Gender> {
        if let Some(g) = self.listed_first_name(lower) {
            return Some(g);
        }
        if lower.is_ascii() {
            return None;
        }
        self.listed_first_name(&without_accents(lower))
    }

    /// Gender of a given name of the lists, written as the lists write it (accents kept).
    pub(crate) fn listed_first_name(&self, lower: &str) -> Option<Gender> {
        self.names.get(lower).first_name()
    }

    /// Whether a lower-cased given name is one only `intl_first_names.txt` holds (see
    /// [`Flags::INTL_ONLY`]).
    pub(crate) fn is_intl_only_name(&self, lower: &str) -> bool {
        self.names.get(lower).any(Flags::INTL_ONLY)
    }

    /// Whether a lower-cased noun can head a description of a speaker ("the senator", "the
    /// campaign", "one customer").
    pub(crate) fn is_role_noun(&self, lower: &str) -> bool {
        self.role_nouns.contains(lower)
            || self.titles.contains(lower)
            || self.org_words.contains(lower)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Lexicon {
        /// All the lists a lower-cased word is on.
        fn flags(&self, lower: &str) -> Flags {
            self.word_lists(lower) | self.name_lists(lower)
        }

        /// Whether a lower-cased word makes a capitalised name a non-person (organisation, place,
        /// event, function word, nationality).
        fn is_non_person_word(&self, lower: &str) -> bool {
            self.org_words.contains(lower)
                || self.places.contains(lower)
                || self.nationalities.contains(lower)
                || self.non_names.contains(lower)
        }
    }

    /// Every data file opens with its header and is loaded; the lists said to be in lower case
    /// are.
    #[test]
    fn data_files_have_headers_and_are_loaded() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/extract/data");
        let source = include_str!("lexicon.rs");
        let as_printed = [
            "outlets.txt",
            "outlet_aliases.txt",
            "day_and_month_names.txt",
        ];
        let mut files = 0;
        for entry in std::fs::read_dir(&dir).expect("data dir") {
            let path = entry.expect("data file").path();
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            if !name.ends_with(".txt") {
                continue;
            }
            files += 1;
            let text = std::fs::read_to_string(&path).expect("readable");
            assert!(text.starts_with("# "), "{name} has no header");
            let loaded = format!("data!(\"{name}\")");
            assert!(source.contains(&loaded), "{name} is not loaded");
            if !as_printed.contains(&name) {
                for l in text.lines().filter(|l| !l.starts_with('#')) {
                    assert_eq!(l, l.to_lowercase(), "{name}");
                }
            }
        }
        assert!(files > 40, "{files} data files");
    }

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

    /// No line of a list starts or ends with a space outside ASCII (see [`lines`], which trims
    /// ASCII's alone).
    #[test]
    fn lists_have_no_other_spaces_at_line_ends() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/extract/data");
        let mut read = 0;
        for entry in std::fs::read_dir(&dir).expect("the lists' folder") {
            let path = entry.expect("a list").path();
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("a list in UTF-8");
            for line in text.split('\n') {
                assert_eq!(
                    line.trim(),
                    line.trim_ascii(),
                    "{}: {line:?}",
                    path.display()
                );
            }
            read += 1;
        }
        assert!(read > 40, "{read} lists read");
    }

    /// A binary search of sorted lines finds every line and nothing else: not a prefix or an
    /// extension of a line, nor a word between two.
    #[test]
    fn sorted_lines_searched() {
        let text = "ant\nbee\nbeetle\ncat\ndog\n";
        let cases = [
            ("ant", true),
            ("bee", true),
            ("beetle", true),
            ("cat", true),
            ("dog", true),
            ("be", false),
            ("bees", false),
            ("aardvark", false),
            ("zebra", false),
            ("", false),
            ("ca", false),
        ];
        for (word, want) in cases {
            assert_eq!(sorted_lines_contain(text, word), want, "{word:?}");
            // (a text without its last line break reads alike)
            assert_eq!(
                sorted_lines_contain(text.trim_end(), word),
                want,
                "{word:?}"
            );
        }
        assert!(!sorted_lines_contain("", "ant"));
    }

    /// The common words are sorted and lower-case (they are found by a binary search of the
    /// text), and hold no name.
    #[test]
    fn common_words_are_sorted_and_no_names() {
        let lines: Vec<&str> = COMMON_WORDS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .collect();
        assert!(lines.windows(2).all(|w| w[0] < w[1]));
        assert!(lines
            .iter()
            .all(|w| !w.is_empty() && w.to_lowercase() == *w));
        // (the first and the last word are found too)
        assert!(is_common_word(lines[0]) && is_common_word(lines[lines.len() - 1]));
        let cases = [
            ("different", true),
            ("story", true),
            ("dead", true),
            ("rose", false),
            ("chase", false),
            ("butch", false),
            ("the", true),
            ("kushner", false),
        ];
        for (word, want) in cases {
            assert_eq!(is_common_word(word), want, "{word:?}");
        }
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
            assert_eq!(
                f.any(Flags::SURNAME),
                lines(data!("surnames.txt"))
                    .chain(lines(data!("intl_surnames.txt")))
                    .any(|s| s == w),
                "{w:?}"
            );
            assert_eq!(f.any(Flags::PLACE), LEX.places.contains(w), "{w:?}");
            assert_eq!(f.any(Flags::OUTLET), LEX.outlets.contains_key(w), "{w:?}");
            assert_eq!(
                f.any(Flags::NON_PERSON_NAME),
                LEX.non_person_names.contains(w),
                "{w:?}"
            );
        }
    }

    /// An ASCII word's lists, found from its packed lower-case form, are those of its
    /// lower-cased copy.
    #[test]
    fn ascii_words_lowered_packed() {
        for w in [
            "said",
            "Said",
            "SENATOR",
            "New",
            "AZaz@[`{",
            "McDonald's",
            "x",
            "",
            "o'malley",
            "Zoë",
            "abcdefghijklmnop",
        ] {
            let want = (w.is_ascii() && w.len() <= Key::MAX).then(|| {
                let low = w.to_ascii_lowercase();
                (LEX.word_lists(&low), low == w)
            });
            let got = LEX.ascii_word_lists(w).map(|(lex, lower, was_lower)| {
                assert_eq!(&lower.bytes()[..w.len()], w.to_ascii_lowercase().as_bytes());
                (lex, was_lower)
            });
            assert_eq!(got, want, "{w:?}");
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
