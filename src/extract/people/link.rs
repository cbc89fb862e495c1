//! Which runs name people, and one person per name: a run of two to four words is a person's
//! name by the name lists, a title or the words around it ("said", ", a lawyer"); a shorter form
//! of a name ("Clinton", "Hillary") is linked to the fullest name the article introduced; a
//! single word is a person in its own right only with a title or beside a verb of saying.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::fold;

use super::runs::{
    given_before_nickname, has_modifier_suffix, is_initial_token, is_participle, is_particle,
    jan_inside_name, month_as_given_name, nickname_at, phrase_lists, roman_value, surname_he,
};
use super::{punct_is, word_bytes, word_is, Entity, People, Run};
use crate::extract::lexicon::{is_common_word, Flags, Gender, LEX};
use crate::extract::text::{Doc, Shape, Token};

/// The names of an article that its words say are things' or persons' (see
/// [`People::cue_names`]), each as a quick signature and a hash of its lower-case words
/// ([`name_key`]): a few a text, sorted, each once.
#[derive(Default)]
struct Cued {
    things: Vec<(u32, u64)>,
    persons: Vec<(u32, u64)>,
}

impl Cued {
    /// Whether the name of tokens `start..end` is a thing's.
    fn thing(&self, doc: &Doc, start: usize, end: usize) -> bool {
        has(&self.things, doc, start, end)
    }

    /// Whether the name of tokens `start..end` is a person's by some mention's sign.
    fn person(&self, doc: &Doc, start: usize, end: usize) -> bool {
        has(&self.persons, doc, start, end)
    }
}

/// Whether `text` is in a language that declines foreign names by adding endings to them
/// (Czech, Slovak, Polish, the languages of the former Yugoslavia): it has letters that only
/// their alphabets use. (English text, all ASCII, is settled by one pass of its bytes.)
pub(super) fn declines_names(text: &str) -> bool {
    !text.is_ascii()
        && text.contains([
            'ř', 'ě', 'ů', 'ł', 'ą', 'ę', 'ś', 'ż', 'ź', 'ć', 'č', 'š', 'ž', 'đ', 'Ř', 'Č', 'Š',
            'Ž', 'Ł',
        ])
}

/// The endings those languages add to a name of a man, or to a surname, in the cases other
/// than the nominative: "David" is "Davida", "Davidovi", "Davidem"; "Moyes" is "Moyese".
const CASE_ENDINGS: &[&str] = &[
    "a", "e", "u", "y", "em", "om", "ou", "ovi", "owi", "iem", "ie", "ego", "emu", "mu",
];

/// Whether `long` is `short` with a case ending added (see [`CASE_ENDINGS`]); a word of three
/// letters or more.
fn case_form(short: &str, long: &str) -> bool {
    short.len() >= 3
        && long
            .strip_prefix(short)
            .is_some_and(|ending| CASE_ENDINGS.contains(&ending))
}

/// Whether the names `key` and `words` (lower case, as many words each) are one name in two
/// cases: each word the same or one the other with a case ending added, at least one not the
/// same, and the given name of the shorter form on the lists. `Some(true)` when `key` is the
/// shorter form (the dictionary form, kept), `Some(false)` when `words` is.
fn declined_pair(key: &[String], words: &[&str]) -> Option<bool> {
    if key.len() != words.len() || key.is_empty() {
        return None;
    }
    let key_short = key
        .iter()
        .zip(words)
        .all(|(k, w)| k == w || case_form(k, w));
    let words_short = key
        .iter()
        .zip(words)
        .all(|(k, w)| k == w || case_form(w, k));
    let differ = key.iter().zip(words).any(|(k, w)| k != w);
    if !differ || key_short == words_short {
        return None;
    }
    let given = if key_short { key[0].as_str() } else { words[0] };
    LEX.first_name(given).is_some().then_some(key_short)
}

/// Whether a word of `words` has a character outside ASCII (see [`People::accented_keys`]).
fn outside_ascii(words: &[&str]) -> bool {
    !words.iter().all(|w| w.is_ascii())
}

/// Whether `keys`, sorted and without repeats, hold the name of tokens `start..end`: its
/// signature first, its hash only when a signature is the same (most look-ups end at the
/// signature). (The lists are short: read in order, up to the first signature not below the
/// name's.)
fn has(keys: &[(u32, u64)], doc: &Doc, start: usize, end: usize) -> bool {
    if keys.is_empty() {
        return false;
    }
    let sig = name_sig(doc, start, end);
    let Some(at) = keys.iter().position(|&(s, _)| s >= sig) else {
        return false;
    };
    keys[at].0 == sig && {
        let key = name_key(doc, start, end);
        keys[at..]
            .iter()
            .take_while(|k| k.0 == sig)
            .any(|&k| k == key)
    }
}

/// A quick signature of the name of tokens `start..end`: its number of words, its length
/// and its first letter, as written.
fn name_sig(doc: &Doc, start: usize, end: usize) -> u32 {
    let len = doc.tokens[end - 1].end - doc.tokens[start].start;
    let first = doc.text.as_bytes()[doc.tokens[start].start].to_ascii_lowercase();
    ((end - start) as u32) << 24 | (len.min(0xffff) as u32) << 8 | u32::from(first)
}

/// The signature and a hash of the lower-case words of the name of tokens `start..end`.
fn name_key(doc: &Doc, start: usize, end: usize) -> (u32, u64) {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    for t in start..end {
        doc.low(t).hash(&mut h);
    }
    (name_sig(doc, start, end), h.finish())
}

/// The people introduced so far, by the last and the first words of their names, in order of
/// introduction, so that linking stays linear in the length of the article.
struct Names<'d> {
    by_last: HashMap<&'d str, Ids>,
    by_first: HashMap<&'d str, Ids>,
}

impl<'d> Names<'d> {
    /// Room for the names of up to `n` runs, so that the maps seldom grow.
    fn with_capacity(n: usize) -> Self {
        Names {
            by_last: HashMap::with_capacity_and_hasher(n, Default::default()),
            by_first: HashMap::with_capacity_and_hasher(n, Default::default()),
        }
    }
}

/// Adds person `e` to those of the word `w` in `map`, last.
fn add<'d>(map: &mut HashMap<&'d str, Ids>, w: &'d str, e: usize) {
    match map.entry(w) {
        std::collections::hash_map::Entry::Occupied(mut ids) => ids.get_mut().push(e),
        std::collections::hash_map::Entry::Vacant(slot) => {
            slot.insert(Ids::One(e));
        }
    }
}

/// The people of one word of [`Names`], in order of introduction: most words are one
/// person's, kept with no list of their own.
enum Ids {
    One(usize),
    Many(Vec<usize>),
}

impl Ids {
    fn as_slice(&self) -> &[usize] {
        match self {
            Ids::One(e) => std::slice::from_ref(e),
            Ids::Many(ids) => ids,
        }
    }

    fn push(&mut self, e: usize) {
        match self {
            Ids::One(first) => *self = Ids::Many(vec![*first, e]),
            Ids::Many(ids) => ids.push(e),
        }
    }
}

impl People {
    /// Decide which runs name people, build the people, and link every mention to one;
    /// `firms` are the names the headline gives a stock ticker (see `ticker_names`).
    pub(super) fn link(&mut self, doc: &Doc, firms: &[String]) {
        let cued = self.cue_names(doc, firms);
        self.declined_names = declines_names(doc.text);
        let mut names = Names::with_capacity(self.runs.len());
        self.link_full_names(doc, &mut names, &cued);
        self.link_single_words(doc, &mut names, &cued);
        self.join_maiden_names(doc);
        self.count_mentions(doc);
        self.name_things(doc, &cued);
    }

    /// Keeps the names that the article's words say are things' (see [`People::things`]),
    /// those another article could take for a person's: two words or more, or one word of the
    /// lists of names ("Gartner"; not "They were", "Analysts have").
    fn name_things(&mut self, doc: &Doc, cued: &Cued) {
        if cued.things.is_empty() {
            return;
        }
        for run in &self.runs {
            let (a, b) = (run.name_start, run.name_end);
            // (the first word's flag before the look-up of the name among the things')
            if b <= a || run.blocked || doc.tokens[a].lex.any(Flags::FUNCTION_WORD) {
                continue;
            }
            let named = || b > a + 1 || doc.name_lex(a).any(Flags::FIRST_NAME | Flags::SURNAME);
            if !cued.thing(doc, a, b) || !named() {
                continue;
            }
            let name = name_text(doc, a, b);
            if !self.things.contains(&name) {
                self.things.push(name);
            }
        }
    }

    /// The names that some mention in the article says are a thing's and none says are a
    /// person's (see [`super::evidence`]): every mention of them is no person. The names
    /// before a firm's suffix count too ("Siemens AG"). And the names some mention says are a
    /// person's ("Duran, 45,", "Mr Hill"). A firm of three partners goes by the first two too
    /// ("Dean Witter Reynolds Inc"), and a thing named like a person by its surname. And the
    /// names of `firms`, or the first words of one, two at least ("McDonnell Douglas" of
    /// "MCDONNELL DOUGLAS CORP <MD>").
    fn cue_names(&self, doc: &Doc, firms: &[String]) -> Cued {
        let suffixed = |r: &Run| {
            r.name_end > r.name_start + 1 && doc.tokens[r.name_end - 1].lex.any(Flags::CORPORATE)
        };
        let mut cued = Cued::default();
        for run in &self.runs {
            if run.name_end <= run.name_start {
                continue;
            }
            let (a, b) = (run.name_start, run.name_end);
            let ticker_firm = || {
                let name: Vec<String> = (a..b).map(|t| doc.low(t).replace('.', "")).collect();
                let name = name.join(" ");
                firms.iter().any(|f| {
                    *f == name
                        || (b >= a + 2 && f.strip_prefix(&name).is_some_and(|r| r.starts_with(' ')))
                })
            };
            if run.cues.person {
                cued.persons
                    .push(name_key(doc, run.name_start, run.name_end));
            } else if run.cues.thing || (!firms.is_empty() && ticker_firm()) {
                cued.things
                    .push(name_key(doc, run.name_start, run.name_end));
                // (a firm named like a person, told by its trade before it or its suffix
                // after it, goes by its surname too: "auditors Arthur Andersen had approved ….
                // She said Andersen had given", "Eli Lilly and Co said …. Lilly said"; not a
                // person's name used of a thing: "a Donald Trump nomination")
                if run.name_end == run.name_start + 2
                    && run.start == run.name_start
                    && ((run.start > 0 && super::evidence::is_firm_word(doc, run.start - 1))
                        || (run.end == run.name_end && super::evidence::firm_follows(doc, run.end)))
                    && doc.name_lex(run.name_start).first_name().is_some()
                {
                    cued.things
                        .push(name_key(doc, run.name_end - 1, run.name_end));
                }
            }
            // (a firm's name in Reuters' angle brackets goes by its first two words too: "<Miller
            // Tabak Hirsch and Co> said …. a merger into Miller Tabak")
            if run.name_end >= run.name_start + 3
                && run.start == run.name_start
                && super::evidence::in_firm_marks(doc, run)
            {
                cued.things
                    .push(name_key(doc, run.name_start, run.name_start + 2));
            }
            // (a firm's suffix inside a name of three words or more: "Salomon Brothers
            // International", "Lehman Brothers Holdings")
            let inner_suffix = run.name_end >= run.name_start + 3
                && (run.name_start + 1..run.name_end - 1)
                    .any(|t| doc.tokens[t].lex.any(Flags::CORPORATE));
            if inner_suffix && !run.cues.person {
                cued.things
                    .push(name_key(doc, run.name_start, run.name_end));
            }
            // (a firm's name after the "of" that cuts a run: "Shares of Temple Inland Inc rose
            // …. Temple Inland jumped")
            let after_of = run.name_end + 1;
            if run.end > after_of + 1
                && word_is(doc, run.name_end, "of")
                && doc.tokens[run.end - 1].lex.any(Flags::CORPORATE)
            {
                cued.things.push(name_key(doc, after_of, run.end - 1));
            }
            if suffixed(run) {
                cued.things
                    .push(name_key(doc, run.name_start, run.name_end - 1));
                // (with the words the name lost at its start, which a firm's name keeps:
                // "Southwestern Bell Corp" is "Southwestern Bell" too)
                if run.start < run.name_start
                    && (run.start..run.name_start).all(|t| {
                        doc.tokens[t].shape == Shape::Word
                            && doc.tokens[t].cap
                            && !doc.tokens[t].lex.any(Flags::TITLE)
                    })
                {
                    cued.things.push(name_key(doc, run.start, run.name_end - 1));
                }
                // (a firm of partners, or of a name and its trade, goes by the first two: "Dean
                // Witter Reynolds Inc" is "Dean Witter", "Mitchell Hutchins Asset Management
                // Inc" is "Mitchell Hutchins")
                if run.name_end - run.name_start >= 4 {
                    cued.things
                        .push(name_key(doc, run.name_start, run.name_start + 2));
                }
            }
        }
        // (sorted and each once, for the binary searches of [`has`]: a name cued at many
        // mentions is one key)
        for keys in [&mut cued.things, &mut cued.persons] {
            keys.sort_unstable();
            keys.dedup();
        }
        if !cued.things.is_empty() {
            let persons = &cued.persons;
            cued.things.retain(|k| persons.binary_search(k).is_err());
        }
        cued
    }

    /// Multi-word names, in text order: each introduces a person or joins one.
    fn link_full_names<'d>(&mut self, doc: &'d Doc, names: &mut Names<'d>, cued: &Cued) {
        let mut facts = TextFacts::default();
        let mut buf = String::new();
        let mut words: Vec<&str> = Vec::new();
        // Runs shaped like a person's name with no sign of one: people when listed with people.
        let mut shaped: Vec<usize> = Vec::new();
        for r in 0..self.runs.len() {
            let run = &self.runs[r];
            // (a name of one word has fewer than two words but its particles: the words are
            // not read)
            if run.blocked || run.name_end < run.name_start + 2 {
                continue;
            }
            let core = (run.name_start..run.name_end)
                .filter(|&t| !is_particle(doc, t))
                .count();
            if !(2..=4).contains(&core) {
                continue;
            }
            words.clear();
            words.extend((run.name_start..run.name_end).map(|t| doc.low(t)));
            if cued.thing(doc, run.name_start, run.name_end) {
                continue;
            }
            let cued_person = cued.person(doc, run.name_start, run.name_end);
            // "would make Bridgend Sony's biggest plant": a firm's name the article gives
            // before a suffix elsewhere ("Sony Corp") ends the run, and no word of the lists of
            // names opens it: a place glued to the firm's name, not a person ("Tiger Woods"
            // stays one beside a firm named "Woods").
            if words.len() == 2
                && !cued_person
                && !run.titled
                && cued.thing(doc, run.name_end - 1, run.name_end)
                && !doc
                    .name_lex(run.name_start)
                    .any(Flags::FIRST_NAME | Flags::SURNAME)
                && !is_initial_token(doc, run.name_start)
            {
                continue;
            }
            // "La Paz", "El Centro", "Los Alamos": a Spanish article opens a place's or a firm's
            // name, a person's only with a sign of one or as a surname of one introduced in full
            // ("La Russa" of Tony La Russa); "El" opens Arabic given names of three words or
            // more too ("El Hassane Lahssini").
            if (matches!(words[0], "la" | "los" | "las") || (words[0] == "el" && words.len() == 2))
                && !cued_person
                && !run.titled
                && self.same_person(&words, names).is_none()
            {
                continue;
            }
            // "Koordination der Versorgung", "Casa de Campo": a particle inside a name follows a
            // given name or an initial ("Bill de Blasio", "R de Marigny", "Javier Perez de
            // Cuellar"); after other words it joins the common nouns of another language.
            if particle_without_given_name(doc, run)
                && !cued_person
                && !run.titled
                && !evidence(doc, run, words.len())
                && self.same_person(&words, names).is_none()
            {
                continue;
            }
            // "a Margaret Hamilton Lego minifigure": a last word on no list of names, after
            // the full name of a person the article introduced and before a noun, names a
            // thing the person's name qualifies; the mention is that person's
            if words.len() == 3 && !run.titled && !cued_person && thing_after_name(doc, run) {
                if let Some(e) = self.same_person(&words[..2], names) {
                    self.runs[r].name_end -= 1;
                    self.runs[r].entity = Some(e);
                    continue;
                }
            }
            // (a shorter form of a person's name the article gave in full before is theirs,
            // whatever its words look like, where no word in lower case follows it that it
            // might qualify: "De Croo, in town for talks," of Herman De Croo; not "the Van
            // Dyke shooting", left to the tests below)
            let ends_phrase = doc
                .tokens
                .get(run.end)
                .is_none_or(|t| t.shape != Shape::Word || t.cap);
            if let Some(e) = ends_phrase
                .then(|| self.same_person(&words, names))
                .flatten()
                .filter(|&e| self.entities[e].key.len() > words.len())
            {
                self.runs[r].entity = Some(e);
                continue;
            }
            match self.name_verdict(doc, run, &words, cued_person, &mut facts, &mut buf) {
                Verdict::Person => {}
                Verdict::Shaped => {
                    shaped.push(r);
                    continue;
                }
                Verdict::No => continue,
            }
            let e = match self.same_person(&words, names) {
                Some(e) => {
                    self.fuller_name(doc, r, e, &words, names);
                    e
                }
                None => self.introduce(doc, r, &words, names),
            };
            self.runs[r].entity = Some(e);
        }
        if !shaped.is_empty() {
            self.link_listed(doc, names, &shaped);
        }
    }

    /// The runs of `shaped` (names shaped like a person's, with no sign of one) that are items
    /// of a list whose items are people: a team's line-up, "Tony Blair, Ann Lee and Jo Kuti".
    /// A list is a chain of runs joined by commas, "and", brackets, numbers and dashes
    /// ("Ranatunga ( captain ) , Sanath Jayasuriya ,", "4 - Hakan Unsal ( 14 - Sergen Yalcin ,
    /// 57th ) , 2 - Recep Cetin"); it is a list of people when two or more of its multi-word
    /// items are people and at most one in three of them is neither a person nor so shaped.
    fn link_listed<'d>(&mut self, doc: &'d Doc, names: &mut Names<'d>, shaped: &[usize]) {
        let mut from = 0;
        for &r in shaped {
            if r < from {
                continue;
            }
            let mut first = r;
            while first > 0 && list_gap(doc, self.runs[first - 1].end, self.runs[first].start) {
                first -= 1;
            }
            let mut last = r;
            while last + 1 < self.runs.len()
                && list_gap(doc, self.runs[last].end, self.runs[last + 1].start)
            {
                last += 1;
            }
            from = last + 1;
            // (one-word items, a surname or a team, count neither way)
            let (mut persons, mut items, mut others) = (0, Vec::new(), 0);
            for i in first..=last {
                let run = &self.runs[i];
                if run.name_end <= run.name_start + 1 || run.blocked {
                    continue;
                }
                if run.entity.is_some() {
                    persons += 1;
                } else if shaped.binary_search(&i).is_ok() {
                    items.push(i);
                } else {
                    others += 1;
                }
            }
            if persons < 2 || others * 3 > persons + items.len() {
                continue;
            }
            for s in items {
                let words: Vec<&'d str> = (self.runs[s].name_start..self.runs[s].name_end)
                    .map(|t| doc.low(t))
                    .collect();
                let e = match self.same_person(&words, names) {
                    Some(e) => e,
                    None => self.introduce(doc, s, &words, names),
                };
                self.runs[s].entity = Some(e);
            }
        }
    }

    /// The person introduced before whose name has the same last word as `words` and either
    /// holds all of `words` or is held by them (initials aside): "Hillary Clinton" and
    /// "Hillary Rodham Clinton".
    fn same_person(&self, words: &[&str], names: &Names) -> Option<usize> {
        let same = names.by_last.get(words.last()?).and_then(|ids| {
            ids.as_slice().iter().copied().find(|&e| {
                let key = &self.entities[e].key;
                holds(key, words) || holds(words, key) || short_form_of(key, words)
            })
        });
        same.or_else(|| self.same_but_accents(words))
            .or_else(|| self.same_but_case(words))
    }

    /// The person introduced before whose name is `words` declined, or who was named in a
    /// declined form of `words`: "Declana Rice" and "Declan Rice", "Davida Moyese" and "David
    /// Moyes" (see [`case_form`]). Asked only of a text in a language that declines names.
    fn same_but_case(&self, words: &[&str]) -> Option<usize> {
        if !self.declined_names || words.len() < 2 {
            return None;
        }
        self.entities
            .iter()
            .position(|entity| declined_pair(&entity.key, words).is_some())
    }

    /// The person introduced before whose name is `words` but for its accents: "Abu Hañifah"
    /// and "Abu Hanifah", "José Martí" and "Jose Marti". (Compared only where one of the two
    /// has a letter outside ASCII.)
    fn same_but_accents(&self, words: &[&str]) -> Option<usize> {
        let accented = outside_ascii(words);
        // (with no letter outside ASCII on either side, no name is compared: a text of many
        // names read every one of them at each new name)
        if !accented && !self.accented_keys {
            return None;
        }
        self.entities.iter().position(|entity| {
            let key = &entity.key;
            key.len() == words.len()
                && (accented || key.iter().any(|k| !k.is_ascii()))
                && key
                    .iter()
                    .zip(words)
                    .all(|(k, w)| k == w || fold::without_accents(k) == fold::without_accents(w))
        })
    }

    /// Person `e` takes the name of run `r` (its lower-case `words`) when it is fuller.
    fn fuller_name<'d>(
        &mut self,
        doc: &Doc,
        r: usize,
        e: usize,
        words: &[&'d str],
        names: &mut Names<'d>,
    ) {
        // (or as long, and written with its accents where it was not: "José Martí")
        let key = &self.entities[e].key;
        let accents_added = words.len() == key.len()
            && key.iter().all(|k| k.is_ascii())
            && !words.iter().all(|w| w.is_ascii());
        // (a surname written both ways finds the person either way: "Martí", "Marti")
        if let (Some(&last), Some(key_last)) = (words.last(), key.last()) {
            if last != key_last {
                add(&mut names.by_last, last, e);
            }
        }
        // (or the name in the case of its dictionary form, where the person was first named
        // in another: "Declan Rice" after "přestupu Declana Rice")
        let nominative = self.declined_names && declined_pair(key, words) == Some(false);
        if words.len() < key.len() || (words.len() == key.len() && !accents_added && !nominative) {
            return;
        }
        let run = &self.runs[r];
        add(&mut names.by_first, words[0], e);
        self.entities[e].key = words.iter().map(|w| w.to_string()).collect();
        self.accented_keys |= outside_ascii(words);
        self.entities[e].name = name_text(doc, run.name_start, run.name_end);
    }

    /// A new person named by run `r` (its lower-case `words`), of the gender its title or
    /// given name tells.
    fn introduce<'d>(
        &mut self,
        doc: &Doc,
        r: usize,
        words: &[&'d str],
        names: &mut Names<'d>,
    ) -> usize {
        let run = &self.runs[r];
        let gender = match doc.name_lex(run.name_start).first_name() {
            Some(g) if run.title_gender == Gender::Unknown => g,
            _ => run.title_gender,
        };
        let name = name_text(doc, run.name_start, run.name_end);
        let e = self.new_person(words, name, gender, run.name_start, names);
        // "Omar Hassan al-Bashir" is "Mr. Bashir" too: a surname joined to its particle by a
        // hyphen goes by the part after it.
        let last = words[words.len() - 1];
        if let Some((p, rest)) = last.split_once('-') {
            if !rest.is_empty() && LEX.name_particles.contains(p) {
                add(&mut names.by_last, rest, e);
            }
        }
        e
    }

    /// A new person of the lower-case words `words` (given name first, surname last), written
    /// `name`, first named at token `first_tok`: kept under their surname and their given
    /// name in `names`.
    fn new_person<'d>(
        &mut self,
        words: &[&'d str],
        name: String,
        gender: Gender,
        first_tok: usize,
        names: &mut Names<'d>,
    ) -> usize {
        let e = self.entities.len();
        add(&mut names.by_last, words[words.len() - 1], e);
        add(&mut names.by_first, words[0], e);
        self.accented_keys |= outside_ascii(words);
        self.entities.push(Entity {
            key: words.iter().map(|w| w.to_string()).collect(),
            name,
            gender,
            first_tok,
            mentions: 0,
            forms: Vec::new(),
        });
        e
    }

    /// Single words: a surname or given name of a person introduced in full, or a person in
    /// their own right when a title or the context says so at any of its mentions.
    fn link_single_words<'d>(&mut self, doc: &'d Doc, names: &mut Names<'d>, cued: &Cued) {
        let single =
            |run: &Run| !run.blocked && run.entity.is_none() && run.name_end == run.name_start + 1;
        // The words that some mention makes a person in their own right (few: looked through).
        let mut own: Vec<&str> = Vec::new();
        for run in self.runs.iter().filter(|r| single(r)) {
            let k = run.name_start;
            if own_right(doc, run, || cued.person(doc, k, k + 1), &self.runs) {
                own.push(doc.low(k));
            }
        }
        // (an article that names no one else, in full or by one word: a surname beside a verb
        // of saying is a person's when a later "he said" or "she added" can be no one else's)
        if self.entities.is_empty() && own.is_empty() {
            for run in self.runs.iter().filter(|r| single(r)) {
                let k = run.name_start;
                if speech_adjacent(doc, k)
                    && doc.name_lex(k).any(Flags::SURNAME)
                    && !doc.tokens[k].lex.is_non_person_word()
                    && personal_pronoun_speaks_after(doc, run.end)
                {
                    own.push(doc.low(k));
                }
            }
        }
        self.listed_surnames(doc, &mut own);
        for r in 0..self.runs.len() {
            let run = &self.runs[r];
            if !single(run) {
                continue;
            }
            let k = run.name_start;
            let w = doc.low(k);
            // (a given name and a surname a nickname parts are one person: Thomas "Tip"
            // O'Neill; the given name waits for its surname)
            if run.name_end == run.end && nickname_at(doc, run.end).is_some() {
                continue;
            }
            if let Some(g) = (run.start == k)
                .then(|| given_before_nickname(doc, k))
                .flatten()
            {
                if let Some(e) = self.nicknamed(doc, g, r, names) {
                    self.runs[r].entity = Some(e);
                    continue;
                }
            }
            // (a thing's name, unless the surname of a person introduced in full)
            if cued.thing(doc, k, k + 1)
                && !names.by_last.get(w).is_some_and(|ids| {
                    ids.as_slice()
                        .iter()
                        .any(|&e| self.entities[e].key.len() > 1)
                })
            {
                continue;
            }
            self.runs[r].entity = self.single_word_person(doc, r, names, &own);
        }
    }

    /// The person of a given name (token `g`, a one-word run) and the surname of run `r` that a
    /// nickname parts (Thomas "Tip" O'Neill): the one introduced with both names before, else a
    /// new one, named by both ("Thomas O'Neill"). The given name's run is theirs too.
    fn nicknamed<'d>(
        &mut self,
        doc: &'d Doc,
        g: usize,
        r: usize,
        names: &mut Names<'d>,
    ) -> Option<usize> {
        let k = self.runs[r].name_start;
        let (given, last) = (doc.low(g), doc.low(k));
        let given_run = self.run_index_at(g)?;
        let found = names.by_last.get(last).and_then(|ids| {
            ids.as_slice()
                .iter()
                .copied()
                .find(|&e| self.entities[e].key.first().is_some_and(|f| f == given))
        });
        let e = match found {
            Some(e) => e,
            None => {
                let name = format!("{} {}", doc.word(g), name_word(doc, k, k + 1));
                let gender = doc.name_lex(g).first_name().unwrap_or(Gender::Unknown);
                self.new_person(&[given, last], name, gender, g, names)
            }
        };
        self.runs[given_run].entity = Some(e);
        Some(e)
    }

    /// Adds to `own` the one-word names listed as a team's line-up is: four or more items
    /// ("Given , Breen , Staunton , Irwin , McAteer"), each one capitalised word or a person,
    /// none on a list of places, organisations or common words, and at least half of the
    /// one-word items surnames of the lists.
    fn listed_surnames<'d>(&self, doc: &'d Doc, own: &mut Vec<&'d str>) {
        let single = |r: &Run| r.name_start == r.start && r.name_end == r.start + 1;
        let mut first = 0;
        while first < self.runs.len() {
            // (most runs are followed by no comma: no list starts there)
            let run = &self.runs[first];
            if !(punct_is(doc, run.end, b',') || punct_is(doc, run.end, b';')) {
                first += 1;
                continue;
            }
            let mut last = first;
            while last + 1 < self.runs.len()
                && list_gap(doc, self.runs[last].end, self.runs[last + 1].start)
            {
                last += 1;
            }
            let list = &self.runs[first..=last];
            first = last + 1;
            if list.len() < 4 {
                continue;
            }
            let (mut singles, mut surnames, mut fit) = (0, 0, true);
            for r in list {
                if r.entity.is_some() && !single(r) {
                    continue;
                }
                let lex = doc.tokens[r.name_start].lex;
                if !single(r) || r.blocked || lex.is_non_person_word() || lex.any(Flags::OUTLET) {
                    fit = false;
                    break;
                }
                singles += 1;
                surnames += usize::from(doc.name_lex(r.name_start).any(Flags::SURNAME));
            }
            if fit && singles > 0 && surnames * 2 >= singles {
                own.extend(list.iter().filter(|r| single(r)).map(|r| doc.low(r.start)));
            }
        }
    }

    /// The person the one-word name of run `r` is: the person introduced in full with that
    /// surname (the one the context points to when several have it, see [`People::of_surname`])
    /// or given name, or whose surname it spells with a letter off ("Mr Mukerjee" for Pranab
    /// Mukherjee); else a new person when the word is one in its own right at any of its
    /// mentions (one of `own`, see [`own_right`]; looked up only then). A common word ("Park")
    /// is a person only as the surname of one introduced in full, or after an honorific.
    fn single_word_person<'d>(
        &mut self,
        doc: &'d Doc,
        r: usize,
        names: &mut Names<'d>,
        own: &[&str],
    ) -> Option<usize> {
        let run = &self.runs[r];
        let k = run.name_start;
        let w = doc.low(k);
        let lex = doc.tokens[k].lex;
        let common = lex.is_non_person_word() || lex.any(Flags::OUTLET) || firm_ending(doc, k, w);
        let surnamed: &[usize] = names.by_last.get(w).map_or(&[], Ids::as_slice);
        let honorific = run.honorific && !lex.any(Flags::FUNCTION_WORD);
        if common && !honorific && !surnamed.iter().any(|&e| self.entities[e].key.len() > 1) {
            return None;
        }
        if !surnamed.is_empty() {
            return self.of_surname(doc, r, surnamed);
        }
        let by_given = names.by_first.get(w).and_then(|ids| {
            ids.as_slice().iter().copied().find(|&e| {
                let key = &self.entities[e].key;
                key.first().is_some_and(|k| k == w) && key.len() > 1
            })
        });
        if let Some(e) = by_given {
            return Some(e);
        }
        if honorific || speech_adjacent(doc, k) {
            if let Some(e) = self.spelled_alike(w, k) {
                return Some(e);
            }
        }
        if !own.contains(&w) {
            return None;
        }
        let e = self.entities.len();
        add(&mut names.by_last, w, e);
        self.accented_keys |= outside_ascii(&[w]);
        self.entities.push(Entity {
            key: vec![w.to_string()],
            name: doc.word(k).to_string(),
            gender: run.title_gender,
            first_tok: k,
            mentions: 0,
            forms: Vec::new(),
        });
        Some(e)
    }

    /// The person a surname alone (run `r`) names among those introduced with it
    /// (`surnamed`): the one its title's gender fits; of several, the one named in the
    /// sentence before or in this one when only one of them is, else the first introduced.
    fn of_surname(&self, doc: &Doc, r: usize, surnamed: &[usize]) -> Option<usize> {
        let run = &self.runs[r];
        let wanted = run.title_gender;
        let fits = |e: &usize| {
            let g = self.entities[*e].gender;
            wanted == Gender::Unknown || g == wanted || g == Gender::Unknown
        };
        let mut fitting = surnamed.iter().copied().filter(fits);
        let Some(first) = fitting.next() else {
            return surnamed.first().copied();
        };
        if fitting.next().is_none() {
            return Some(first);
        }
        // Several: the one the sentence or the one before names (and no other); after a
        // quote that the name attributes (“…,” Karlsson said; “…,” the younger Karlsson
        // said), the sentence before the one the quote opens in.
        let sent = doc.tokens[run.start].sent;
        let closing = (run.start.saturating_sub(3)..run.start).rev().find(|&b| {
            doc.tokens[b].shape == Shape::Punct
                && matches!(doc.first_char(b), '”' | '"')
                && (b + 1..run.start)
                    .all(|k| doc.tokens[k].shape == Shape::Word && !doc.tokens[k].cap)
        });
        // (its opening mark, the one before in the paragraph, which a straight one after a
        // full stop may leave a sentence of its own)
        let opened = closing.map_or(run.start, |b| {
            let para = doc.tokens[b].para;
            (0..b)
                .rev()
                .take_while(|&q| doc.tokens[q].para == para)
                .find(|&q| {
                    doc.tokens[q].shape == Shape::Punct && matches!(doc.first_char(q), '“' | '"')
                })
                .unwrap_or(b)
        });
        let floor = doc.tokens[opened].sent.min(sent).saturating_sub(1);
        let mut named = None;
        for prev in self.runs[..r].iter().rev() {
            let prev_sent = doc.tokens[prev.start].sent;
            if prev_sent < floor {
                break;
            }
            // (before the quote, not a possessive: "Eric Trump's comments came after his
            // father unveiled a nickname. “…” Trump tweeted")
            if prev_sent + 1 < sent && doc.tokens[prev.end - 1].poss {
                continue;
            }
            let Some(e) = prev.entity else { continue };
            if !surnamed.contains(&e) || !fits(&e) {
                continue;
            }
            match named {
                None => named = Some(e),
                Some(n) if n != e => return Some(first),
                Some(_) => {}
            }
        }
        named.or(Some(first))
    }

    /// The one person introduced in full whose surname spells the lower-case word `w` with one
    /// letter changed, added, dropped or two swapped ("mukerjee", "bryne"), when the word is
    /// long enough to tell and the difference is not a last letter ("clark", "clarke"), and
    /// named in full before token `at`, where the word is (a surname alone refers back).
    fn spelled_alike(&self, w: &str, at: usize) -> Option<usize> {
        if w.chars().count() < 5 {
            return None;
        }
        let mut found = None;
        for (e, ent) in self.entities.iter().enumerate() {
            let Some(last) = ent.key.last() else { continue };
            if ent.key.len() < 2 || ent.first_tok > at || !one_letter_off(w, last) {
                continue;
            }
            if found.is_some() {
                return None;
            }
            found = Some(e);
        }
        found
    }

    /// "Ellen Gille, née Fetter": a person named with a surname and, after "née", another
    /// that the article gives her with the same given name ("Ellen Fetter") is one person,
    /// named as the article names her most often.
    fn join_maiden_names(&mut self, doc: &Doc) {
        for r in 0..self.runs.len() {
            let run = &self.runs[r];
            let Some(e) = run.entity else { continue };
            let k = run.end;
            if !(doc.is(k, ',') && (doc.is_low(k + 1, "née") || doc.is_low(k + 1, "nee"))) {
                continue;
            }
            let Some(maiden) = doc
                .tokens
                .get(k + 2)
                .filter(|t| t.cap && t.shape == Shape::Word)
                .map(|_| doc.low(k + 2))
            else {
                continue;
            };
            let key = &self.entities[e].key;
            let Some(o) = (0..self.entities.len()).find(|&o| {
                let other = &self.entities[o].key;
                o != e
                    && other.len() >= 2
                    && other.first() == key.first()
                    && other.last().is_some_and(|w| w == maiden)
            }) else {
                continue;
            };
            let count = |x: usize| self.runs.iter().filter(|r| r.entity == Some(x)).count();
            let (keep, gone) = if count(o) > count(e) { (o, e) } else { (e, o) };
            for run in &mut self.runs {
                if run.entity == Some(gone) {
                    run.entity = Some(keep);
                }
            }
        }
    }

    /// Counts each person's mentions and the forms of their name (each form written into one
    /// buffer, kept only when new); a person whose fuller name appeared later keeps only the
    /// full form.
    fn count_mentions(&mut self, doc: &Doc) {
        for run in &self.runs {
            if let Some(e) = run.entity {
                // (a given name before a nickname is one mention with the surname after it)
                if run.name_end == run.end && nickname_at(doc, run.end).is_some() {
                    continue;
                }
                let ent = &mut self.entities[e];
                ent.mentions += 1;
                // (most mentions write the name or a form already kept: compared with them where
                // the words lie, and written out only when new)
                let (a, b) = (run.name_start, run.name_end);
                if !is_name_text(doc, a, b, &ent.name)
                    && !ent.forms.iter().any(|f| is_name_text(doc, a, b, f))
                {
                    ent.forms.push(name_text(doc, a, b));
                }
            }
        }
        for ent in &mut self.entities {
            let Entity { name, forms, .. } = ent;
            forms.retain(|f| f != name);
        }
    }

    /// Whether the multi-word `run` (its lower-case `words`) is a person's name: on no list of
    /// places and organisations, with no "of", its common words fitting a name, not after
    /// "the", and a given name, a surname, evidence around it, or a last word that stands
    /// alone as a name elsewhere (`facts`, gathered when first needed).
    fn name_verdict<'d>(
        &self,
        doc: &'d Doc,
        run: &Run,
        words: &[&str],
        cued_person: bool,
        facts: &mut TextFacts<'d>,
        buf: &mut String,
    ) -> Verdict {
        let joined = phrase_lists(doc, run.name_start, run.name_end, buf);
        if joined.any(Flags::NON_PERSON_NAME | Flags::PLACE | Flags::OUTLET)
            || phrase_lists(doc, run.start, run.end, buf).any(Flags::NON_PERSON_NAME)
        {
            return Verdict::No;
        }
        let last_lex = doc.tokens[run.name_end - 1].lex;
        // ("Hong Kong-listed firms": a modifier ends no name)
        if words.contains(&"of")
            || last_lex.any(Flags::CORPORATE)
            || (firm_ending(doc, run.name_end - 1, words[words.len() - 1])
                && doc.name_lex(run.name_start).first_name().is_none())
            || has_modifier_suffix(words[words.len() - 1])
        {
            return Verdict::No;
        }
        // "Industry and Foreign Trade Secretary announced": an office's word last, and no
        // surname of the lists ("John Major", "Carole King" are names) nor an honorific, whose
        // short forms end names too ("Hun Sen"), is the office alone.
        if last_lex.any(Flags::TITLE)
            && !last_lex.any(Flags::HONORIFIC)
            && !doc.name_lex(run.name_end - 1).any(Flags::SURNAME)
        {
            return Verdict::No;
        }
        // Initials alone are no person's name: a name has a word of two letters or more ("E D
        // and F Man", a firm; "J. R.").
        if (run.name_start..run.name_end).all(|t| is_one_char(doc, t) || is_initial_token(doc, t)) {
            return Verdict::No;
        }
        // "on Gull Point", "at Grace Road": a venue's word last names a place unless the
        // words around say a person is meant ("Evelyn Park said").
        if LEX.venues.contains(words[words.len() - 1])
            && !cued_person
            && !evidence(doc, run, words.len())
        {
            return Verdict::No;
        }
        // (a month's abbreviation read as a given name is one: "Mar Hicks")
        let given = doc.name_lex(run.name_start).first_name().is_some()
            || month_as_given_name(doc, run.name_start, run.name_end);
        if !common_words_fit(doc, run, words, given) {
            return Verdict::No;
        }
        // A name continues with a possessive or a lower-case word; a run right after
        // "the" is an organisation or a thing ("the Bradley Foundation").
        // (a nationality, a place before a given name, or the end of an office stripped before
        // the name leaves it a person's: "the German Wolfram Mulle", "director for the
        // Caribbean Rainer Steckhan", "of the Exchequer Ada Brennan")
        let described = run.start < run.name_start
            && (doc.tokens[run.start].lex.any(Flags::NATIONALITY)
                || (given && doc.tokens[run.start].lex.any(Flags::PLACE))
                || (run.start >= 2 && doc.low(run.start - 2) == "of"));
        if run.start > 0 && doc.low(run.start - 1) == "the" && !run.titled && !described {
            return Verdict::No;
        }
        // "the annual Toy Fair", "its yearly Rose Parade": a name a recurrence qualifies is an
        // event's
        if run.start >= 2
            && matches!(
                doc.low(run.start - 1),
                "annual" | "yearly" | "biennial" | "biannual" | "quadrennial"
            )
            && doc.tokens[run.start - 1].shape == Shape::Word
            && !doc.tokens[run.start - 1].cap
        {
            return Verdict::No;
        }
        if !given && !cued_person && !evidence_around(doc, run) && common_phrase(doc, run, words) {
            return Verdict::No;
        }
        // "A Different Story", "Dead Man", "Social Security": every word an English word that
        // is never a name, and no sign of a person, is a title's, a group's or a thing's name
        // (and so is such a word with a number in Roman numerals: "Level V", "Phase III")
        let numbered = match words {
            [head @ .., last] if !head.is_empty() && roman_value(last).is_some() => head,
            _ => words,
        };
        if !given
            && !cued_person
            && !evidence(doc, run, words.len())
            && numbered.iter().all(|w| is_common_word(w))
        {
            return Verdict::No;
        }
        // Names of groups, works, firms and things, told by their words when nothing marks a
        // person (no given name first, no cue, no title):
        // - "Auto Workers", "Scissor Sisters", "Gun Owners": a plural of a role's, a body's or
        //   a kind's noun last (not "David Boies", "Barry Bonds": a given name first, or a
        //   surname of the lists);
        // - "Redemption Song", "Harbour Film": a kind of work's or thing's noun last;
        // - "Interbank Offered Rates", "Value Added Tax": a past participle inside (a
        //   participle-shaped word on the lists of names, "Quested", is a surname).
        // A firm's branch: a place's name last that is no surname of the lists, after a
        // word that is no given name or two words more ("Nissan North America", "Porsche Cars
        // North America", "Sony Music Japan"; not "Jack London", "Ann Lee Washington")
        let last = run.name_end - 1;
        if (!given || words.len() >= 3)
            && !cued_person
            && !run.titled
            && doc.tokens[last].lex.any(Flags::PLACE)
            && !doc.name_lex(last).any(Flags::SURNAME)
        {
            return Verdict::No;
        }
        if !given && !cued_person && !run.titled {
            let group = !doc.name_lex(last).any(Flags::SURNAME)
                && plural_of_common_noun(words[words.len() - 1], buf);
            let thing = doc.tokens[last].lex.any(Flags::THING_KIND);
            let participle = || {
                (run.name_start..run.name_end).any(|t| {
                    is_participle(doc.low(t))
                        && !doc.name_lex(t).any(Flags::SURNAME | Flags::FIRST_NAME)
                })
            };
            if group || thing || participle() {
                return Verdict::No;
            }
        }
        // German capitalises every noun, and Indonesian sentences open with words no list has:
        // there a name opens with a given name or has a sign.
        if !given
            && !cued_person
            && !evidence(doc, run, words.len())
            && *facts.foreign.get_or_insert_with(|| {
                !english_opening(doc) && (german_prose(doc) || malay_prose(doc))
            })
        {
            return Verdict::No;
        }
        let last = words[words.len() - 1];
        let signed = given
            || cued_person
            || doc.name_lex(run.name_end - 1).any(Flags::SURNAME)
            || evidence(doc, run, words.len())
            || facts
                .alone
                .get_or_insert_with(|| {
                    // (room for every run's word at once: the set is not grown)
                    let mut alone =
                        HashSet::with_capacity_and_hasher(self.runs.len(), Default::default());
                    alone.extend(
                        self.runs
                            .iter()
                            .filter(|r| r.name_end == r.name_start + 1)
                            .map(|r| doc.low(r.name_start)),
                    );
                    alone
                })
                .contains(last);
        if signed {
            Verdict::Person
        } else {
            Verdict::Shaped
        }
    }
}

/// Whether the name of `run` has a lower-case particle after its first word ("de", "der",
/// "von") with no given name nor initial before it, and the text uses that particle as a
/// common word too, before a lower-case word ("in der neuen Akte", "la sede del partido"): the
/// text is in that language, and its capitalised nouns are no names ("Koordination der
/// Versorgung"). (A name in English text keeps it: "Aravinda de Silva".)
fn particle_without_given_name(doc: &Doc, run: &Run) -> bool {
    let (a, b) = (run.name_start, run.name_end);
    let Some(p) = (a + 1..b).find(|&t| is_particle(doc, t) && !doc.tokens[t].cap) else {
        return false;
    };
    let named = |t: usize| {
        doc.word(t).chars().count() == 1
            || is_initial_token(doc, t)
            || doc.name_lex(t).first_name().is_some()
    };
    if (a..p).any(named) {
        return false;
    }
    let particle = doc.low(p);
    doc.tokens.windows(2).enumerate().any(|(k, w)| {
        w[1].shape == Shape::Word
            && !w[1].cap
            && w[0].shape == Shape::Word
            && doc.low(k) == particle
    })
}

/// Whether the lower-case word `w` is the plural of a noun of a role, a body or a kind of
/// thing ("workers", "sisters", "societies"; `buf` is room for the singular).
fn plural_of_common_noun(w: &str, buf: &mut String) -> bool {
    let common = |one: &str| {
        LEX.word_lists(one)
            .any(Flags::ROLE_NOUN | Flags::ORG_WORD | Flags::THING_KIND)
            || LEX.organisation_heads.contains(one)
    };
    if let Some(stem) = w.strip_suffix("ies") {
        buf.clear();
        buf.push_str(stem);
        buf.push('y');
        return common(buf);
    }
    w.strip_suffix('s')
        .is_some_and(|one| one.len() > 2 && common(one))
        || w.strip_suffix("es")
            .is_some_and(|one| one.len() > 2 && common(one))
}

/// Whether the text's first two hundred words hold an English "the" in lower case: English
/// prose, asked nothing more about its language (a look at a few words costs less than a
/// search of the whole text).
fn english_opening(doc: &Doc) -> bool {
    doc.tokens
        .iter()
        .take(200)
        .enumerate()
        .any(|(k, t)| t.shape == Shape::Word && !t.cap && doc.low(k) == "the")
}

/// Whether the text is German prose: German's commonest small words ("und", "der", "das",
/// "nicht", "ist", "mit", "sich"), in lower case, are one word in twenty or more (and ten or
/// more).
fn german_prose(doc: &Doc) -> bool {
    // (German prose writes "und" all the time: a text without it is read no further, and
    // one search of its bytes costs less than a look at each of its words)
    prose_of(
        doc,
        " und ",
        &["und", "der", "das", "nicht", "ist", "mit", "sich"],
    )
}

/// Whether the text is Indonesian or Malay prose: their commonest small words ("yang", "dan",
/// "itu", "ini", "dengan", "untuk", "tidak", "dari") are one word in twenty or more (and ten
/// or more). Its sentences open with words no list here has ("Termasuk Ali", "Zaman
/// Sahabat").
fn malay_prose(doc: &Doc) -> bool {
    // (a text without "yang", the relative word of every other sentence, is read no further)
    prose_of(
        doc,
        " yang ",
        &[
            "yang", "dan", "itu", "ini", "dengan", "untuk", "tidak", "dari",
        ],
    )
}

/// Whether the text holds `gate` and the lower-case `small` words of a language are one word
/// in twenty of it or more (and ten or more).
fn prose_of(doc: &Doc, gate: &str, small_words: &[&str]) -> bool {
    if !doc.text.contains(gate) {
        return false;
    }
    let (mut words, mut small) = (0usize, 0usize);
    for (k, t) in doc.tokens.iter().enumerate() {
        if t.shape != Shape::Word {
            continue;
        }
        words += 1;
        if !t.cap && small_words.contains(&doc.low(k)) {
            small += 1;
        }
    }
    small >= 10 && small * 20 >= words
}

/// What the text as a whole says, gathered when first asked about (most articles never ask).
#[derive(Default)]
struct TextFacts<'d> {
    /// Words that stand alone as a capitalised name somewhere in the article.
    alone: Option<HashSet<&'d str>>,
    /// Whether the text is German or Indonesian/Malay prose (see [`german_prose`],
    /// [`malay_prose`]).
    foreign: Option<bool>,
}

/// What the words of a multi-word run and around it say of it as a person's name.
enum Verdict {
    /// A person's name.
    Person,
    /// Shaped like a person's name (no list or sign against it), with no sign for it either: a
    /// person's when listed with people.
    Shaped,
    /// No person's name.
    No,
}

/// Whether the tokens `a..b` between two runs join them as items of one list: commas,
/// semicolons, "and", brackets, numbers and dashes, and lower-case words inside brackets
/// ("( captain ) ,", "( 14 -", ", 57th ) , 2 -"); at least one of them a separator, none the
/// end of a sentence; a number right after the first run only when a comma follows it (a
/// bowler's figures "Saqlain Mushtaq 10-0-59-1 ,", not a score "Deportivo Coruna 1 (
/// Corentine Martins").
fn list_gap(doc: &Doc, a: usize, b: usize) -> bool {
    if b <= a || b - a > 8 {
        return false;
    }
    let t = &doc.tokens[a];
    let opens = match t.shape {
        Shape::Punct => true,
        Shape::Number => punct_is(doc, a + 1, b',') || punct_is(doc, a + 1, b';'),
        Shape::Word => matches!(doc.low(a), "and" | "or"),
    };
    if !opens {
        return false;
    }
    let bracket = (a..b).any(|k| punct_is(doc, k, b'(') || punct_is(doc, k, b')'));
    let mut sep = bracket;
    for k in a..b {
        let t = &doc.tokens[k];
        let fits = match t.shape {
            Shape::Punct => {
                let c = doc.first_char(k);
                sep |= matches!(c, ',' | ';');
                matches!(c, ',' | ';' | '(' | ')' | '-' | '–')
            }
            Shape::Number => true,
            Shape::Word if !t.cap => {
                let and = matches!(doc.low(k), "and" | "or");
                sep |= and;
                and || bracket
            }
            _ => false,
        };
        if !fits {
            return false;
        }
    }
    sep
}

/// Whether the common words of a name (organisation, place, ... words) fit a person's name:
/// a given name and a surname that are also common words ("Michael Green", "Stuart Law", "Jan
/// Kroslak", "Evelyn Park said"), or a given name with a title, a speech verb or an appositive
/// beside it ("said Representative Steve Israel", "Kathleen Hall Jamieson, a professor"; but not
/// an organisation word last: "Georgia Power said"). `given`: the first word is a given name.
fn common_words_fit(doc: &Doc, run: &Run, words: &[&str], given: bool) -> bool {
    // The lists of the k-th word.
    let lex = |k: usize| doc.tokens[run.name_start + k].lex;
    let last_lex = lex(words.len() - 1);
    let two = words.len() == 2;
    for (k, w) in words.iter().enumerate() {
        let wl = lex(k);
        if !wl.is_non_person_word() || is_initial_token(doc, run.name_start + k) {
            continue;
        }
        if k == 1 && two && given && doc.word(run.name_start + 1) == "I" {
            // "Pedro I": a regnal numeral.
            continue;
        }
        if k == 0 && month_as_given_name(doc, run.name_start, run.name_end) {
            // "Jan de Vries": a month's abbreviation as a given name.
            continue;
        }
        if k > 0 && k + 1 < words.len() && jan_inside_name(doc, run.name_start + k) {
            // "Ard Jan Vetham": a given name between two words of the name.
            continue;
        }
        let common_surname = k == 1
            && two
            && given
            && doc.name_lex(run.name_start + k).any(Flags::SURNAME)
            && !wl.any(Flags::PLACE | Flags::NATIONALITY)
            && !LEX.venues.contains(w);
        let common_given =
            k == 0 && two && given && !wl.any(Flags::PLACE) && !last_lex.is_non_person_word();
        // (an organisation word that is also a surname: "Evelyn Park said", not "the San
        // Francisco Chronicle says" nor "Savings and Loan Association said")
        let park_said = k == 1
            && two
            && given
            && wl.any(Flags::ORG_WORD)
            && doc.name_lex(run.name_start + k).any(Flags::SURNAME)
            && evidence(doc, run, words.len());
        let strong = k >= 1
            && given
            && !(k == words.len() - 1 && wl.any(Flags::ORG_WORD))
            && (run.titled
                || run.cues.person
                || name_speech_adjacent(doc, run)
                || appositive_follows(doc, run.end)
                || place_in_brackets(doc, run.end));
        // ("He Jianxiong": see [`surname_he`])
        let he = k == 0 && two && surname_he(doc, run.name_start, 2);
        if !(common_surname || common_given || park_said || strong || he) {
            return false;
        }
    }
    true
}

/// Whether the capitalised words of `run` (its lower-case `words`), which open with no given
/// name, are common words of the text: the last one is written in lower case elsewhere and is
/// no surname of the lists ("H.K. Dlrs" beside "dlrs"), or every one is ("Savings Bonds" beside
/// "savings" and "bonds").
fn common_phrase(doc: &Doc, run: &Run, words: &[&str]) -> bool {
    let (last, rest) = words.split_last().map_or(("", &[][..]), |(l, r)| (*l, r));
    // (each answer is a pass over the text: the last word is asked once, and first)
    doc.written_in_lower_case(last)
        && (!doc.name_lex(run.name_end - 1).any(Flags::SURNAME)
            || rest.iter().all(|w| doc.written_in_lower_case(w)))
}

/// Whether the text around `run` (a name of `n_words` words) says it names a person: a title,
/// a verb of saying beside it, an appositive, a country in brackets, or an initial first.
fn evidence(doc: &Doc, run: &Run, n_words: usize) -> bool {
    evidence_around(doc, run) || (n_words == 2 && is_initial_token(doc, run.name_start))
}

/// Whether the text around `run` says it names a person: a title, a verb of saying beside it,
/// an appositive or a country in brackets.
fn evidence_around(doc: &Doc, run: &Run) -> bool {
    run.titled
        || run.cues.person
        || name_speech_adjacent(doc, run)
        || appositive_follows(doc, run.end)
        || place_in_brackets(doc, run.end)
}

/// Whether token `t` is one character (a character is four bytes at most: a longer word is
/// settled without decoding it).
fn is_one_char(doc: &Doc, t: usize) -> bool {
    word_bytes(doc, t).len() <= 4 && doc.word(t).chars().count() == 1
}

/// Whether a word of a name is an initial: one character.
fn is_initial(w: &str) -> bool {
    w.chars().count() == 1
}

/// Whether the last word of `run` names a thing rather than ends a person's name: on no list
/// of names, not an initial, and followed by a noun (a lower-case word that is no function
/// word, verb of saying or past form): "Lego" of "a Margaret Hamilton Lego minifigure".
fn thing_after_name(doc: &Doc, run: &Run) -> bool {
    let last = run.name_end - 1;
    run.end == run.name_end
        && !doc.tokens[last].poss
        && !doc.name_lex(last).any(Flags::FIRST_NAME | Flags::SURNAME)
        && !is_initial_token(doc, last)
        && doc.tokens.get(run.end).is_some_and(|t| {
            t.shape == Shape::Word
                && !t.cap
                && !t.lex.any(Flags::FUNCTION_WORD | Flags::SPEECH_VERB)
                && !doc.low(run.end).ends_with("ed")
        })
}

/// Whether the name of lower-case words `big` holds every word of `small`: each word is one
/// of its words, or an initial of one of its words but the last ("m" of "mark waugh", not of
/// "steve waugh").
/// (Either side may be a person's key of owned words: the words are compared as `&str`.)
fn holds<B: AsRef<str>, S: AsRef<str>>(big: &[B], small: &[S]) -> bool {
    let (Some((_, given)), true) = (big.split_last(), !big.is_empty()) else {
        return false;
    };
    small.iter().map(AsRef::as_ref).all(|w| {
        big.iter().any(|b| b.as_ref() == w)
            || (is_initial(w)
                && given
                    .iter()
                    .any(|g| g.as_ref().chars().next() == w.chars().next()))
    })
}

/// Whether the lower-case word `w` ends as firms' names do and no name of the lists does:
/// "citibank", "genossenschaftsbank", "bancorp", "rentcorp", "omnicom", "viacom". (A name
/// that a given name opens is a person's whatever its end: "Dana Milbank".)
fn firm_ending(doc: &Doc, t: usize, w: &str) -> bool {
    const ENDINGS: [&str; 4] = ["bank", "bancorp", "corp", "com"];
    w.len() > 5
        && ENDINGS.iter().any(|e| w.ends_with(e))
        && !doc.name_lex(t).any(Flags::SURNAME | Flags::FIRST_NAME)
}

/// Whether two names of lower-case words are one person's, one of them with a short form of the
/// other's given name: "pat carlineo" and "patrick w. carlineo" (the words after the given
/// names as [`holds`] has them).
fn short_form_of<A: AsRef<str>, B: AsRef<str>>(a: &[A], b: &[B]) -> bool {
    let (Some((ga, ra)), Some((gb, rb))) = (a.split_first(), b.split_first()) else {
        return false;
    };
    !ra.is_empty()
        && !rb.is_empty()
        && LEX.short_form_pair(ga.as_ref(), gb.as_ref())
        && (holds(ra, rb) || holds(rb, ra))
}

/// Whether two words differ by one letter changed, added or dropped, or two letters swapped,
/// with the same first letter and not at the last letter alone ("mukerjee" and "mukherjee",
/// "bryne" and "byrne"; not "clark" and "clarke").
pub(super) fn one_letter_off(a: &str, b: &str) -> bool {
    // (ASCII words, as most are, are compared by their bytes, their characters one to one;
    // others by their characters, decoded into lists)
    if a.is_ascii() && b.is_ascii() {
        return letter_off(a.as_bytes(), b.as_bytes());
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    letter_off(&a, &b)
}

/// [`one_letter_off`] of two words as lists of characters.
fn letter_off<C: PartialEq>(a: &[C], b: &[C]) -> bool {
    if a == b || a.first() != b.first() || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let common = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[common..], &b[common..]);
    let same_tail = |x: &[C], y: &[C]| x == y;
    let off = match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Equal => {
            same_tail(&ra[1..], &rb[1..])
                || (ra.len() >= 2
                    && ra[0] == rb[1]
                    && ra[1] == rb[0]
                    && same_tail(&ra[2..], &rb[2..]))
        }
        std::cmp::Ordering::Less => same_tail(ra, &rb[1..]),
        std::cmp::Ordering::Greater => same_tail(&ra[1..], rb),
    };
    // (a difference in the last letter alone names another family: Clark, Clarke)
    off && common + 1 < a.len().max(b.len())
}

/// Whether the one-word name of `run` is a person's in its own right: after an honorific ("Mr
/// Hill"), an office ("President Putin", not "the General Election"), kin ("his daughter
/// Jill"), with a sign elsewhere in the article (`cued_person`: "Duran, 45,"), or beside a verb
/// of saying when a pronoun after it or the name written in full in one of the article's
/// `runs` says a person is meant ("Henke said he", "Sanders said" beside "the Bernie Sanders
/// campaign"; not "Siemens said it").
fn own_right(doc: &Doc, run: &Run, cued_person: impl Fn() -> bool, runs: &[Run]) -> bool {
    let k = run.name_start;
    let lex = doc.tokens[k].lex;
    if run.honorific && !lex.any(Flags::FUNCTION_WORD) {
        return true;
    }
    // (nor a word that opens a clause: "Nevertheless, the government has spoken")
    if lex.is_non_person_word() || lex.any(Flags::OUTLET) || LEX.clause_openers.contains(doc.low(k))
    {
        return false;
    }
    // (an office's field before the name ends its title: "Minister of Mines and Energy
    // Subroto told", a verb of saying after the one word)
    let field_office =
        || run.title_at.is_none() && run.end == k + 1 && run.verb_of_saying_follows(doc);
    (run.titled && (holds_office(doc, run) || field_office()))
        || (k == run.start && super::evidence::kin_before(doc, k))
        || (speech_adjacent(doc, k)
            && doc.name_lex(k).any(Flags::SURNAME)
            && (pronoun_follows(doc, run.end) || written_in_full(doc, doc.low(k), runs)))
        || cued_person()
}

/// Whether some run of the article writes a name in full, person or not, whose surname is the
/// lower-case word `w` ("the Bernie Sanders campaign").
fn written_in_full(doc: &Doc, w: &str, runs: &[Run]) -> bool {
    runs.iter().any(|r| {
        r.name_end > r.name_start + 1
            && doc.low(r.name_end - 1) == w
            && doc.name_lex(r.name_start).first_name().is_some()
    })
}

/// Whether the single-word name of `run`, after its title, names the holder of an office: a
/// given name after a royal title only ("King Henry"), or a word the text never writes in
/// lower case (not "the Criminal Justice Bill" of an article about the bill): a surname
/// ("President Bush") or another word after a capitalised title ("President Putin", not "the
/// General Election"); never before "of" ("the Duke of ..."), nor after a
/// title that describes the person named before it ("Dinesh Keskar, senior vice president
/// Boeing").
fn holds_office(doc: &Doc, run: &Run) -> bool {
    let Some(t) = run.title_at else {
        return false;
    };
    let k = run.name_start;
    if doc
        .tokens
        .get(run.end)
        .is_some_and(|_| doc.low(run.end) == "of")
    {
        return false;
    }
    let title = doc.low(t);
    let names = doc.name_lex(k);
    if names.first_name().is_some() && !names.any(Flags::SURNAME) {
        return LEX.royal_titles.contains(title);
    }
    // A title after a word on no list is a thing's ("the Criminal Justice Bill"), unlike one
    // after a place, party or title ("US President Clinton", "former President Clinton").
    if t > run.start && {
        let b = &doc.tokens[t - 1];
        b.cap && b.shape == Shape::Word && b.lex == Flags::default()
    } {
        return false;
    }
    if doc.written_in_lower_case(doc.low(k)) {
        // ("the Criminal Justice Bill" of an article about the bill)
        return false;
    }
    if names.any(Flags::SURNAME) {
        return true;
    }
    if doc.tokens[t].cap {
        return !(t > 0 && doc.low(t - 1) == "the");
    }
    // A lower-case title: not one in apposition to the name before it.
    let mut p = t;
    while p > 0 && {
        let tp = &doc.tokens[p - 1];
        tp.shape == Shape::Word && !tp.cap && tp.lex.any(Flags::TITLE)
    } {
        p -= 1;
    }
    !(p >= 2
        && punct_is(doc, p - 1, b',')
        && doc.tokens[p - 2].cap
        && doc.tokens[p - 2].shape == Shape::Word)
}

/// Whether a personal pronoun ("he", "her") follows token `from` in its sentence or opens the
/// next, before any "it" or "they": a name beside a verb of saying that the text then calls
/// "he" is a person's ("Henke said he"), one it calls "it" a firm's ("Siemens said it").
fn pronoun_follows(doc: &Doc, from: usize) -> bool {
    let Some(first) = doc.tokens.get(from) else {
        return false;
    };
    let sent = first.sent;
    for k in from..(from + 16).min(doc.tokens.len()) {
        let t = &doc.tokens[k];
        if t.sent > sent + 1 || (t.sent == sent + 1 && doc.tokens[k - 1].sent == sent + 1) {
            // (only the first word of the next sentence)
            break;
        }
        if t.shape != Shape::Word {
            continue;
        }
        match doc.low(k) {
            "he" | "she" | "his" | "her" | "him" => return true,
            "it" | "its" | "they" | "their" => return false,
            _ => {}
        }
    }
    false
}

/// Whether "he" or "she" is the subject of a verb of saying after token `from`, outside
/// quotes ("he said", "she added", "said he"), before any "it" or "they" is ("it said"): the
/// text speaks of a person, not a firm.
fn personal_pronoun_speaks_after(doc: &Doc, from: usize) -> bool {
    let verb = |i: usize| doc.tokens.get(i).is_some_and(speech_verb);
    for k in from..doc.tokens.len() {
        let t = &doc.tokens[k];
        if t.shape != Shape::Word || t.in_quote || t.end - t.start > 4 {
            continue;
        }
        let speaks = verb(k + 1) || (k > 0 && verb(k - 1));
        match doc.low(k) {
            "he" | "she" if speaks => return true,
            "it" | "they" if speaks => return false,
            _ => {}
        }
    }
    false
}

/// The words of a name as written, possessive dropped, joined by single spaces.
fn name_text(doc: &Doc, start: usize, end: usize) -> String {
    let mut s = String::new();
    write_name_text(doc, start, end, &mut s);
    s
}

/// [`name_text`] written into `s`, which is cleared first. A sentence's full stop that a word
/// like an abbreviation kept ("Prime Minister Hun Sen.") is no part of the name; an initial's
/// is ("Charles G.").
fn write_name_text(doc: &Doc, start: usize, end: usize, s: &mut String) {
    s.clear();
    // (room for the words and the spaces between them at once, not grown word by word)
    let words: usize = (start..end)
        .map(|t| doc.tokens[t].end - doc.tokens[t].start)
        .sum();
    s.reserve(words + (end - start));
    for t in start..end {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(name_word(doc, t, end));
    }
}

/// Word `t` of a name that ends before token `end`, as [`write_name_text`] writes it.
fn name_word<'a>(doc: &Doc<'a>, t: usize, end: usize) -> &'a str {
    let w = doc.word(t);
    let stop = t + 1 == end
        && w.strip_suffix('.')
            .is_some_and(|b| b.chars().count() >= 3 && !b.contains('.'));
    if stop {
        &w[..w.len() - 1]
    } else {
        w
    }
}

/// Whether `s` is the [`name_text`] of tokens `start..end`: its words compared where they lie,
/// with no copy (a space before each word but when nothing was written before it).
fn is_name_text(doc: &Doc, start: usize, end: usize, s: &str) -> bool {
    let (mut rest, mut written) = (s, false);
    for t in start..end {
        if written {
            let Some(r) = rest.strip_prefix(' ') else {
                return false;
            };
            rest = r;
        }
        let w = name_word(doc, t, end);
        let Some(r) = rest.strip_prefix(w) else {
            return false;
        };
        rest = r;
        written |= !w.is_empty();
    }
    rest.is_empty()
}

/// Whether a country or place in brackets follows the run ending before `end`: "Ludmila
/// Engquist ( Sweden )", as results tables name athletes.
fn place_in_brackets(doc: &Doc, end: usize) -> bool {
    if !punct_is(doc, end, b'(') {
        return false;
    }
    for k in end + 2..(end + 5).min(doc.tokens.len()) {
        if punct_is(doc, k, b')') {
            let mut buf = String::new();
            return phrase_lists(doc, end + 1, k, &mut buf).any(Flags::PLACE | Flags::NATIONALITY);
        }
    }
    false
}

/// Whether the name whose run ends before token `end` is followed by an appositive that
/// describes a person: "X, a lawyer ...", "X, 45, ...", "X, who ...".
fn appositive_follows(doc: &Doc, end: usize) -> bool {
    if !punct_is(doc, end, b',') {
        return false;
    }
    let Some(t) = doc.tokens.get(end + 1) else {
        return false;
    };
    if t.shape == Shape::Number {
        return punct_is(doc, end + 2, b',');
    }
    let w = doc.low(end + 1);
    let role = t.lex.any(Flags::ROLE_NOUN | Flags::TITLE);
    // (a capitalised role is one with its field after it, "Ann Lee, Head of Research at",
    // "Ann Lee, Chairman of the Board,"; not a rank of nobility, "Halo, Lord of the Rings")
    let office =
        t.cap && (role || w == "head") && !t.lex.any(Flags::HONORIFIC) && doc.low(end + 2) == "of";
    t.shape == Shape::Word
        && (matches!(w, "a" | "an" | "who" | "whose" | "the") || (role && !t.cap) || office)
}

/// Whether the name of `run` stands next to a speech verb ("John Smith said", "said John
/// Smith").
fn name_speech_adjacent(doc: &Doc, run: &Run) -> bool {
    // (not a name that a role and the speaker's name follow: it is their employer's, "said
    // Prudential Bache analyst Fred Leiner")
    let employer = || {
        doc.tokens
            .get(run.end)
            .is_some_and(|t| t.shape == Shape::Word && !t.cap && !t.poss && t.lex.is_role_noun())
            && doc
                .tokens
                .get(run.end + 1)
                .is_some_and(|t| t.shape == Shape::Word && t.cap)
    };
    speech_adjacent(doc, run.name_end - 1)
        || (run.name_start == run.start && speech_adjacent(doc, run.name_start) && !employer())
        || appositive_speaker(doc, run)
}

/// Whether the name of `run` stands between commas after a description and before a verb of
/// saying: "the president of the coffee institute, Jorio Dauster, said".
fn appositive_speaker(doc: &Doc, run: &Run) -> bool {
    let end = run.name_end;
    run.name_start == run.start
        && run.start > 1
        && punct_is(doc, run.start - 1, b',')
        && doc.tokens[run.start - 2].shape == Shape::Word
        && !doc.tokens[run.start - 2].cap
        && punct_is(doc, end, b',')
        && doc
            .tokens
            .get(end + 1)
            .is_some_and(|t| !t.cap && speech_verb(t))
}

/// Whether the name ending at token `i` stands next to a speech verb ("Smith said", "said
/// Smith"; a capitalised word after the name is a word of it, not a verb: "Gull Point").
fn speech_adjacent(doc: &Doc, i: usize) -> bool {
    // (a verb's form after "of" is a participle that qualifies a noun: "1.5 pct of forecast
    // Gross Domestic Product"; after an article, a noun of speech that the name may still
    // follow as its speaker's: "a remark Trump made")
    let qualifies = |p: usize| p.checked_sub(1).is_some_and(|q| doc.is_low(q, "of"));
    i.checked_sub(1)
        .is_some_and(|p| speech_verb(&doc.tokens[p]) && !qualifies(p))
        || doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| !t.cap && speech_verb(t))
}

/// Whether a token is a word of the verbs of saying.
fn speech_verb(t: &Token) -> bool {
    t.shape == Shape::Word && t.lex.any(Flags::SPEECH_VERB)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A name compared where its words lie is the name as written out, and no other text.
    #[test]
    fn name_text_compared_in_place() {
        let doc =
            Doc::new("Prime Minister Hun Sen. Charles G. met J.R.R. Tolkien and Ann Lee's aide.");
        let p = People::find(&doc, "");
        assert!(!p.runs.is_empty());
        for run in &p.runs {
            let (a, b) = (run.name_start, run.name_end);
            let text = name_text(&doc, a, b);
            assert!(is_name_text(&doc, a, b, &text), "{text:?}");
            assert!(!is_name_text(&doc, a, b, &format!("{text} ")), "{text:?}");
            assert!(!is_name_text(&doc, a, b, &format!("{text}.")), "{text:?}");
            if let Some(shorter) = text.get(..text.len().saturating_sub(1)) {
                assert!(
                    !is_name_text(&doc, a, b, shorter) || text.is_empty(),
                    "{text:?}"
                );
            }
        }
    }
}
