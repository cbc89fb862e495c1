//! Which runs name people, and one person per name: a run of two to four words is a person's
//! name by the name lists, a title or the words around it ("said", ", a lawyer"); a shorter form
//! of a name ("Clinton", "Hillary") is linked to the fullest name the article introduced; a
//! single word is a person in its own right only with a title or beside a verb of saying.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::runs::{is_initial_token, is_particle, phrase_lists};
use super::{Entity, People, Run};
use crate::extract::lexicon::{Flags, Gender, LEX};
use crate::extract::text::{Doc, Shape, Token};

/// The people introduced so far, by the last and the first words of their names, in order of
/// introduction, so that linking stays linear in the length of the article.
#[derive(Default)]
struct Names<'d> {
    by_last: HashMap<&'d str, Vec<usize>>,
    by_first: HashMap<&'d str, Vec<usize>>,
}

impl People {
    /// Decide which runs name people, build the people, and link every mention to one.
    pub(super) fn link(&mut self, doc: &Doc) {
        let mut names = Names::default();
        self.link_full_names(doc, &mut names);
        self.link_single_words(doc, &mut names);
        self.count_mentions(doc);
    }

    /// Multi-word names, in text order: each introduces a person or joins one.
    fn link_full_names<'d>(&mut self, doc: &'d Doc, names: &mut Names<'d>) {
        // Words that stand alone as a capitalised name somewhere in the article (gathered
        // when first asked about: most articles never ask).
        let mut alone: Option<HashSet<&str>> = None;
        let mut buf = String::new();
        let mut words: Vec<&str> = Vec::new();
        for r in 0..self.runs.len() {
            let run = &self.runs[r];
            let core = (run.name_start..run.name_end)
                .filter(|&t| !is_particle(doc, t))
                .count();
            if run.blocked || !(2..=4).contains(&core) {
                continue;
            }
            words.clear();
            words.extend((run.name_start..run.name_end).map(|t| doc.low(t)));
            if !self.is_person_name(doc, run, &words, &mut alone, &mut buf) {
                continue;
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
    }

    /// The person introduced before whose name has the same last word as `words` and either
    /// holds all of `words` or is held by them (initials aside): "Hillary Clinton" and
    /// "Hillary Rodham Clinton".
    fn same_person(&self, words: &[&str], names: &Names) -> Option<usize> {
        let ids = names.by_last.get(words.last()?)?;
        ids.iter().copied().find(|&e| {
            let key = &self.entities[e].key;
            words
                .iter()
                .all(|w| key.iter().any(|k| k == w) || is_initial(w))
                || key
                    .iter()
                    .all(|w| words.contains(&w.as_str()) || is_initial(w))
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
        if words.len() <= self.entities[e].key.len() {
            return;
        }
        let run = &self.runs[r];
        names.by_first.entry(words[0]).or_default().push(e);
        self.entities[e].key = words.iter().map(|w| w.to_string()).collect();
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
        let e = self.entities.len();
        names
            .by_last
            .entry(words[words.len() - 1])
            .or_default()
            .push(e);
        names.by_first.entry(words[0]).or_default().push(e);
        self.entities.push(Entity {
            key: words.iter().map(|w| w.to_string()).collect(),
            name: name_text(doc, run.name_start, run.name_end),
            gender,
            first_tok: run.name_start,
            mentions: 0,
            forms: Vec::new(),
        });
        e
    }

    /// Single words: a surname or given name of a person introduced in full, or a person in
    /// their own right when a title or the context says so.
    fn link_single_words<'d>(&mut self, doc: &'d Doc, names: &mut Names<'d>) {
        for r in 0..self.runs.len() {
            let run = &self.runs[r];
            if run.blocked || run.entity.is_some() || run.name_end != run.name_start + 1 {
                continue;
            }
            self.runs[r].entity = self.single_word_person(doc, r, names);
        }
    }

    /// The person the one-word name of run `r` is: the person introduced in full with that
    /// surname (of the gender its title tells, if any) or given name; else a new person when
    /// a title or a verb of saying beside a surname says so. A common word ("Park") is a
    /// person only as the surname of one introduced in full.
    fn single_word_person<'d>(
        &mut self,
        doc: &'d Doc,
        r: usize,
        names: &mut Names<'d>,
    ) -> Option<usize> {
        let run = &self.runs[r];
        let w = doc.low(run.name_start);
        let lex = doc.tokens[run.name_start].lex;
        let common = lex.is_non_person_word() || lex.any(Flags::OUTLET);
        let surnamed: &[usize] = names.by_last.get(w).map_or(&[], Vec::as_slice);
        if common && !surnamed.iter().any(|&e| self.entities[e].key.len() > 1) {
            return None;
        }
        let wanted = run.title_gender;
        let fits = |e: &Entity| {
            wanted == Gender::Unknown || e.gender == wanted || e.gender == Gender::Unknown
        };
        let by_surname = surnamed
            .iter()
            .copied()
            .find(|&e| fits(&self.entities[e]))
            .or_else(|| surnamed.first().copied());
        let by_given = || {
            names.by_first.get(w).and_then(|ids| {
                ids.iter().copied().find(|&e| {
                    let key = &self.entities[e].key;
                    key.first().is_some_and(|k| k == w) && key.len() > 1
                })
            })
        };
        if let Some(e) = by_surname.or_else(by_given) {
            return Some(e);
        }
        let own_right = run.titled
            || (speech_adjacent(doc, run.name_start)
                && doc.name_lex(run.name_start).any(Flags::SURNAME));
        if !own_right {
            return None;
        }
        let e = self.entities.len();
        names.by_last.entry(w).or_default().push(e);
        self.entities.push(Entity {
            key: vec![w.to_string()],
            name: doc.word(run.name_start).to_string(),
            gender: run.title_gender,
            first_tok: run.name_start,
            mentions: 0,
            forms: Vec::new(),
        });
        Some(e)
    }

    /// Counts each person's mentions and the forms of their name (each form written into one
    /// buffer, kept only when new); a person whose fuller name appeared later keeps only the
    /// full form.
    fn count_mentions(&mut self, doc: &Doc) {
        let mut form = String::new();
        for run in &self.runs {
            if let Some(e) = run.entity {
                write_name_text(doc, run.name_start, run.name_end, &mut form);
                let ent = &mut self.entities[e];
                ent.mentions += 1;
                if form != ent.name && !ent.forms.contains(&form) {
                    ent.forms.push(form.clone());
                }
            }
        }
        for ent in &mut self.entities {
            let name = ent.name.clone();
            ent.forms.retain(|f| *f != name);
        }
    }

    /// Whether the multi-word `run` (its lower-case `words`) is a person's name: on no list of
    /// places and organisations, with no "of", its common words fitting a name, not after
    /// "the", and a given name, a surname, evidence around it, or a last word that stands
    /// alone as a name elsewhere (`alone`, gathered when first needed).
    fn is_person_name<'d>(
        &self,
        doc: &'d Doc,
        run: &Run,
        words: &[&str],
        alone: &mut Option<HashSet<&'d str>>,
        buf: &mut String,
    ) -> bool {
        let joined = phrase_lists(doc, run.name_start, run.name_end, buf);
        if joined.any(Flags::NON_PERSON_NAME | Flags::PLACE | Flags::OUTLET)
            || phrase_lists(doc, run.start, run.end, buf).any(Flags::NON_PERSON_NAME)
        {
            return false;
        }
        if words.contains(&"of") {
            return false;
        }
        let given = doc.name_lex(run.name_start).first_name().is_some();
        if !common_words_fit(doc, run, words, given) {
            return false;
        }
        // A name continues with a possessive or a lower-case word; a run right after
        // "the" is an organisation or a thing ("the Bradley Foundation").
        if run.start > 0 && doc.low(run.start - 1) == "the" && !run.titled {
            return false;
        }
        let last = words[words.len() - 1];
        given
            || doc.name_lex(run.name_end - 1).any(Flags::SURNAME)
            || evidence(doc, run, words.len())
            || alone
                .get_or_insert_with(|| {
                    self.runs
                        .iter()
                        .filter(|r| r.name_end == r.name_start + 1)
                        .map(|r| doc.low(r.name_start))
                        .collect()
                })
                .contains(last)
    }
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
        let common_surname = k == 1
            && two
            && given
            && doc.name_lex(run.name_start + k).any(Flags::SURNAME)
            && !wl.any(Flags::PLACE | Flags::NATIONALITY)
            && !LEX.venues.contains(w);
        let common_given =
            k == 0 && two && given && !wl.any(Flags::PLACE) && !last_lex.is_non_person_word();
        let park_said =
            k == 1 && two && given && wl.any(Flags::ORG_WORD) && evidence(doc, run, words.len());
        let strong = k >= 1
            && given
            && !(k == words.len() - 1 && wl.any(Flags::ORG_WORD))
            && (run.titled
                || speech_adjacent(doc, run.name_end - 1)
                || appositive_follows(doc, run.end));
        if !(common_surname || common_given || park_said || strong) {
            return false;
        }
    }
    true
}

/// Whether the text around `run` (a name of `n_words` words) says it names a person: a title,
/// a verb of saying beside it, an appositive, a country in brackets, or an initial first.
fn evidence(doc: &Doc, run: &Run, n_words: usize) -> bool {
    run.titled
        || speech_adjacent(doc, run.name_end - 1)
        || appositive_follows(doc, run.end)
        || place_in_brackets(doc, run.end)
        || (n_words == 2 && is_initial_token(doc, run.name_start))
}

/// Whether a word of a name is an initial: one character.
fn is_initial(w: &str) -> bool {
    w.chars().count() == 1
}

/// The words of a name as written, possessive dropped, joined by single spaces.
fn name_text(doc: &Doc, start: usize, end: usize) -> String {
    let mut s = String::new();
    write_name_text(doc, start, end, &mut s);
    s
}

/// [`name_text`] written into `s`, which is cleared first.
fn write_name_text(doc: &Doc, start: usize, end: usize, s: &mut String) {
    s.clear();
    for t in start..end {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(doc.word(t));
    }
}

/// Whether a country or place in brackets follows the run ending before `end`: "Ludmila
/// Engquist ( Sweden )", as results tables name athletes.
fn place_in_brackets(doc: &Doc, end: usize) -> bool {
    if !doc.is(end, '(') {
        return false;
    }
    for k in end + 2..(end + 5).min(doc.tokens.len()) {
        if doc.is(k, ')') {
            let mut buf = String::new();
            return phrase_lists(doc, end + 1, k, &mut buf).any(Flags::PLACE | Flags::NATIONALITY);
        }
    }
    false
}

/// Whether the name whose run ends before token `end` is followed by an appositive that
/// describes a person: "X, a lawyer ...", "X, 45, ...", "X, who ...".
fn appositive_follows(doc: &Doc, end: usize) -> bool {
    if !doc.is(end, ',') {
        return false;
    }
    let Some(t) = doc.tokens.get(end + 1) else {
        return false;
    };
    if t.shape == Shape::Number {
        return doc.is(end + 2, ',');
    }
    let w = doc.low(end + 1);
    t.shape == Shape::Word
        && (matches!(w, "a" | "an" | "who" | "whose" | "the")
            || (!t.cap && t.lex.any(Flags::ROLE_NOUN | Flags::TITLE)))
}

/// Whether the name ending at token `i` stands next to a speech verb ("Smith said", "said
/// Smith").
fn speech_adjacent(doc: &Doc, i: usize) -> bool {
    let verb = |t: &Token| t.shape == Shape::Word && t.lex.any(Flags::SPEECH_VERB);
    i.checked_sub(1).is_some_and(|p| verb(&doc.tokens[p]))
        || doc.tokens.get(i + 1).is_some_and(verb)
}
