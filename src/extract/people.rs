//! Finding the people an article mentions and giving each one canonical name: capitalised runs
//! judged by name lists, titles and context, then every shorter form ("Clinton", "Hillary")
//! linked to the fullest name the article introduced.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::lexicon::{Flags, Gender, LEX};
use super::text::{Doc, Shape};

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
    /// Gender the title implies (Mr., Mrs.).
    pub(crate) title_gender: Gender,
    /// The whole run is a known place or organisation ("St. Louis", "Morgan Stanley").
    pub(crate) blocked: bool,
    /// The structure of the text says this is a person (an item of a list of people).
    pub(crate) forced: bool,
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
    /// For each token, the index of the run it belongs to (`u32::MAX` when none).
    run_of: Vec<u32>,
}

#[inline]
fn is_name_token(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    if t.shape != Shape::Word || !t.cap {
        return false;
    }
    let w = doc.word(i);
    // (A lower-case letter, as names have, settles it without counting.)
    if w.bytes().any(|b| b.is_ascii_lowercase()) {
        return true;
    }
    // ALL-CAPS words longer than an initial are acronyms or shouting headlines, not names.
    let (letters, upper) = if w.is_ascii() {
        w.bytes().fold((0, 0), |(l, u), b| {
            (
                l + usize::from(b.is_ascii_alphabetic()),
                u + usize::from(b.is_ascii_uppercase()),
            )
        })
    } else {
        (
            w.chars().filter(|c| c.is_alphabetic()).count(),
            w.chars().filter(|c| c.is_uppercase()).count(),
        )
    };
    letters == 1 || upper < letters || (w.len() <= 3 && w.ends_with('.'))
}

/// Whether a word as written is the name of a day or a month ("Monday", "January").
pub(crate) fn is_date_word(w: &str) -> bool {
    LEX.day_and_month_names.contains(w.trim_end_matches('.'))
}

/// An initial: one capital letter and a dot ("J.").
fn is_initial_token(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    w.len() == 2 && w.ends_with('.') && w.starts_with(|c: char| c.is_ascii_uppercase())
}

fn is_particle(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    t.shape == Shape::Word && !t.cap && LEX.name_particles.contains(doc.word(i))
}

/// The gender a lower-case title tells ("mrs", "spokesman"), if it tells one.
fn title_gender(lower: &str) -> Gender {
    LEX.gendered_titles
        .get(lower)
        .copied()
        .unwrap_or(Gender::Unknown)
}

/// The lower-case forms of tokens `start..end` joined by spaces, written into `buf`.
fn joined_low<'b>(doc: &Doc, start: usize, end: usize, buf: &'b mut String) -> &'b str {
    buf.clear();
    for t in start..end {
        if t > start {
            buf.push(' ');
        }
        buf.push_str(doc.low(t));
    }
    buf.as_str()
}

/// The word lists the lower-case words of tokens `start..end`, joined by spaces, are on (see
/// [`super::lexicon::Lexicon::word_lists`]); `buf` holds the phrase.
fn phrase_lists(doc: &Doc, start: usize, end: usize, buf: &mut String) -> Flags {
    // (One word's lists are its token's; a phrase whose first word begins none on the lists is
    // on none: most runs are no phrase of the lists.)
    if end == start + 1 {
        return doc.tokens[start].lex;
    }
    if end > start && !doc.tokens[start].lex.any(Flags::PHRASE_START) {
        return Flags::default();
    }
    LEX.word_lists(joined_low(doc, start, end, buf))
}

/// Whether a word is all capitals, two letters or more (an acronym: "US", "FBI").
fn is_acronym(w: &str) -> bool {
    w.chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
        && w.chars().filter(|c| c.is_alphabetic()).count() > 1
}

impl People {
    /// Find the runs of `doc` and the people they name.
    pub(crate) fn find(doc: &Doc) -> People {
        let mut people = People {
            run_of: vec![u32::MAX; doc.tokens.len()],
            // (room for the runs of most texts, to grow it rarely)
            runs: Vec::with_capacity(doc.tokens.len() / 8),
            ..Default::default()
        };
        let mut buf = String::new();
        let n = doc.tokens.len();
        let mut i = 0;
        // (Only capitalised words start a run: the others are skipped by their bits.)
        while let Some(c) = doc.next_cap_word(i) {
            i = c;
            if !is_name_token(doc, i) {
                i += 1;
                continue;
            }
            let start = i;
            let mut end = i + 1;
            while end < n
                && doc.tokens[end].sent == doc.tokens[start].sent
                && !doc.tokens[end - 1].poss
            {
                if is_name_token(doc, end) {
                    // "Insulza Monday": a day or month ends the name.
                    if is_date_word(doc.word(end)) {
                        break;
                    }
                    end += 1;
                    continue;
                }
                // Particles, possibly chained ("van der Sar"), or "of", before a name word.
                let mut k = end;
                while k < n
                    && k - end < 2
                    && (is_particle(doc, k) || (k == end && doc.word(k) == "of"))
                {
                    k += 1;
                }
                if k > end
                    && k < n
                    && is_name_token(doc, k)
                    && doc.tokens[k].sent == doc.tokens[start].sent
                {
                    end = k + 1;
                } else {
                    break;
                }
            }
            people.add_run(doc, start, end, &mut buf);
            i = end;
        }
        people.link(doc);
        people
    }

    fn add_run(&mut self, doc: &Doc, start: usize, end: usize, buf: &mut String) {
        let mut run = Run {
            start,
            end,
            name_start: start,
            name_end: end,
            entity: None,
            titled: false,
            title_gender: Gender::Unknown,
            blocked: false,
            forced: false,
        };
        let whole = phrase_lists(doc, start, end, buf);
        run.blocked = whole.any(Flags::NON_PERSON_NAME | Flags::PLACE | Flags::OUTLET);
        // A lower-case title just before the run ("former president Donald Trump").
        if start > 0 && doc.tokens[start - 1].shape == Shape::Word {
            let prev = doc.low(start - 1);
            if doc.tokens[start - 1].lex.any(Flags::TITLE) && !LEX.title_modifiers.contains(prev) {
                run.titled = true;
                run.title_gender = title_gender(prev);
            }
        }
        // Strip prefixes: titles, nationalities, places, organisations ("US President").
        while run.name_start < run.name_end {
            let w = doc.word(run.name_start);
            let l = doc.low(run.name_start);
            let lex = doc.tokens[run.name_start].lex;
            let sentence_verb = run.name_start == start
                && (start == 0 || doc.tokens[start - 1].sent != doc.tokens[start].sent)
                && lex.any(Flags::SPEECH_VERB);
            if sentence_verb {
                // "Stated Stone:", "Said Smith:" open a sentence with the verb.
            } else if lex.any(Flags::TITLE) {
                run.titled |= !LEX.title_modifiers.contains(l);
                let g = title_gender(l);
                if g != Gender::Unknown {
                    run.title_gender = g;
                }
            } else if is_initial_token(doc, run.name_start) {
                break;
            } else if LEX
                .modifier_suffixes
                .iter()
                .any(|suffix| l.ends_with(suffix))
            {
                // "Bergamo-based Atalanta": a modifier, not a name.
            } else if run.name_start + 1 == run.name_end
                // (a word that is no organisation, place, ... word settles it before the
                // look-up of given names)
                || !(lex.is_non_person_word()
                    || is_acronym(w)
                    || l == "of"
                    || is_particle(doc, run.name_start))
                || (!lex.any(Flags::PLACE)
                    && {
                        let next = doc.tokens[run.name_start + 1].lex;
                        !next.is_non_person_word() && !next.any(Flags::TITLE)
                    }
                    && doc.name_lex(run.name_start).first_name().is_some())
            {
                break;
            }
            run.name_start += 1;
        }
        // A title inside the run ("Health Secretary Fiona Grant"): the name is what follows it.
        if let Some(k) = (run.name_start..run.name_end.saturating_sub(1))
            .rev()
            .find(|&k| {
                doc.tokens[k].lex.any(Flags::TITLE) && !LEX.title_modifiers.contains(doc.low(k))
            })
        {
            run.titled = true;
            let g = title_gender(doc.low(k));
            if g != Gender::Unknown {
                run.title_gender = g;
            }
            run.name_start = k + 1;
        }
        // "Dale Whitaker of Wyoming": the name stops at "of".
        if let Some(k) = (run.name_start..run.name_end).find(|&k| doc.word(k) == "of") {
            run.name_end = k;
        }
        while run.name_end > run.name_start && LEX.name_suffixes.contains(doc.low(run.name_end - 1))
        {
            run.name_end -= 1;
        }
        let idx = self.runs.len() as u32;
        for t in start..end {
            self.run_of[t] = idx;
        }
        self.runs.push(run);
    }

    /// Decide which runs name people, build the people, and link every mention to one.
    fn link(&mut self, doc: &Doc) {
        // Words that stand alone as a capitalised name somewhere in the article (gathered
        // when first asked about: most articles never ask).
        let mut alone: Option<HashSet<&str>> = None;
        // People by the last and first words of their names, in order of introduction, so
        // that linking stays linear in the length of the article.
        let mut by_last: HashMap<&str, Vec<usize>> = HashMap::default();
        let mut by_first: HashMap<&str, Vec<usize>> = HashMap::default();
        let mut buf = String::new();
        let mut words: Vec<&str> = Vec::new();
        // Multi-word names first, in text order: each introduces a person or joins one.
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
            if !self.is_person_name(doc, r, &words, &mut alone, &mut buf) {
                continue;
            }
            let Some(&last) = words.last() else {
                continue;
            };
            let found = by_last.get(last).and_then(|ids| {
                ids.iter().copied().find(|&e| {
                    let key = &self.entities[e].key;
                    words
                        .iter()
                        .all(|w| key.iter().any(|k| k == w) || is_initial(w))
                        || key
                            .iter()
                            .all(|w| words.contains(&w.as_str()) || is_initial(w))
                })
            });
            let e = match found {
                Some(e) => {
                    if words.len() > self.entities[e].key.len() {
                        by_first.entry(words[0]).or_default().push(e);
                        self.entities[e].key = words.iter().map(|w| w.to_string()).collect();
                        self.entities[e].name = name_text(doc, run.name_start, run.name_end);
                    }
                    e
                }
                None => {
                    let gender = match doc.name_lex(run.name_start).first_name() {
                        Some(g) if run.title_gender == Gender::Unknown => g,
                        _ => run.title_gender,
                    };
                    let e = self.entities.len();
                    by_last.entry(last).or_default().push(e);
                    by_first.entry(words[0]).or_default().push(e);
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
            };
            self.runs[r].entity = Some(e);
        }
        // Single words: a surname or given name of a person introduced in full, or a person
        // in their own right when a title or the context says so.
        for r in 0..self.runs.len() {
            let run = &self.runs[r];
            if run.blocked || run.entity.is_some() || run.name_end != run.name_start + 1 {
                continue;
            }
            let w = doc.low(run.name_start);
            let lex = doc.tokens[run.name_start].lex;
            // A common word ("Park") is a person only as the surname of one introduced in full.
            let common = lex.is_non_person_word() || lex.any(Flags::OUTLET);
            let surnamed: &[usize] = by_last.get(w).map_or(&[], Vec::as_slice);
            if common && !surnamed.iter().any(|&e| self.entities[e].key.len() > 1) {
                continue;
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
                by_first.get(w).and_then(|ids| {
                    ids.iter().copied().find(|&e| {
                        let key = &self.entities[e].key;
                        key.first().is_some_and(|k| k == w) && key.len() > 1
                    })
                })
            };
            let e = match by_surname.or_else(by_given) {
                Some(e) => Some(e),
                None if run.titled
                    || (speech_adjacent(doc, run.name_start)
                        && doc.name_lex(run.name_start).any(Flags::SURNAME)) =>
                {
                    let word = doc.word(run.name_start).to_string();
                    by_last.entry(w).or_default().push(self.entities.len());
                    self.entities.push(Entity {
                        key: vec![w.to_string()],
                        name: word,
                        gender: run.title_gender,
                        first_tok: run.name_start,
                        mentions: 0,
                        forms: Vec::new(),
                    });
                    Some(self.entities.len() - 1)
                }
                None => None,
            };
            self.runs[r].entity = e;
        }
        // Count mentions and forms (each form written into one buffer, kept only when new).
        let mut form = String::new();
        for r in 0..self.runs.len() {
            if let Some(e) = self.runs[r].entity {
                let run = &self.runs[r];
                write_name_text(doc, run.name_start, run.name_end, &mut form);
                let ent = &mut self.entities[e];
                ent.mentions += 1;
                if form != ent.name && !ent.forms.contains(&form) {
                    ent.forms.push(form.clone());
                }
            }
        }
        // A person whose fuller name appeared later keeps only the full form.
        for ent in &mut self.entities {
            let name = ent.name.clone();
            ent.forms.retain(|f| *f != name);
        }
    }

    /// Whether the multi-word run `r` (its lower-case `words`) is a person's name.
    fn is_person_name<'d>(
        &self,
        doc: &'d Doc,
        r: usize,
        words: &[&str],
        alone: &mut Option<HashSet<&'d str>>,
        buf: &mut String,
    ) -> bool {
        let run = &self.runs[r];
        let joined = phrase_lists(doc, run.name_start, run.name_end, buf);
        if joined.any(Flags::NON_PERSON_NAME | Flags::PLACE | Flags::OUTLET)
            || phrase_lists(doc, run.start, run.end, buf).any(Flags::NON_PERSON_NAME)
        {
            return false;
        }
        if words.contains(&"of") {
            return false;
        }
        // The lists of the k-th word.
        let lex = |k: usize| doc.tokens[run.name_start + k].lex;
        let names = |k: usize| doc.name_lex(run.name_start + k);
        let last = words[words.len() - 1];
        let last_lex = lex(words.len() - 1);
        let evidence = || {
            run.titled
                || run.forced
                || speech_adjacent(doc, run.name_end - 1)
                || appositive_follows(doc, run.end)
                || place_in_brackets(doc, run.end)
                || (words.len() == 2 && is_initial_token(doc, run.name_start))
        };
        let given = names(0).first_name().is_some();
        for (k, w) in words.iter().enumerate() {
            let wl = lex(k);
            if !wl.is_non_person_word() || is_initial_token(doc, run.name_start + k) {
                continue;
            }
            // A given name and a surname that are also common words: "Michael Green",
            // "Stuart Law", "Jan Kroslak", "Evelyn Park said".
            let two = words.len() == 2;
            let common_surname = k == 1
                && two
                && given
                && names(k).any(Flags::SURNAME)
                && !wl.any(Flags::PLACE | Flags::NATIONALITY)
                && !LEX.venues.contains(w);
            let common_given =
                k == 0 && two && given && !wl.any(Flags::PLACE) && !last_lex.is_non_person_word();
            let park_said = k == 1 && two && given && wl.any(Flags::ORG_WORD) && evidence();
            // A given name with a title, a speech verb or an appositive beside it: "said
            // Representative Steve Israel", "Kathleen Hall Jamieson, a professor" (but not an
            // organisation word last: "Georgia Power said").
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
        // A name continues with a possessive or a lower-case word; a run right after
        // "the" is an organisation or a thing ("the Bradley Foundation").
        if run.start > 0 && doc.low(run.start - 1) == "the" && !run.titled {
            return false;
        }
        given
            || names(words.len() - 1).any(Flags::SURNAME)
            || evidence()
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

    /// The run that token `i` belongs to.
    pub(crate) fn run_at(&self, i: usize) -> Option<&Run> {
        match self.run_of.get(i) {
            Some(&r) if r != u32::MAX => self.runs.get(r as usize),
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
    let verb = |t: &super::text::Token| t.shape == Shape::Word && t.lex.any(Flags::SPEECH_VERB);
    i.checked_sub(1).is_some_and(|p| verb(&doc.tokens[p]))
        || doc.tokens.get(i + 1).is_some_and(verb)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(text: &str) -> Vec<(String, u32)> {
        let doc = Doc::new(text);
        let p = People::find(&doc);
        p.entities
            .iter()
            .filter(|e| e.mentions > 0)
            .map(|e| (e.name.clone(), e.mentions))
            .collect()
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
            (
                "Ivanka Trump called. Ivanka waited.",
                &[("Ivanka Trump", 2)],
            ),
            ("Shares of Morgan Stanley fell in New York.", &[]),
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
            // given names and surnames that are also common words
            ("Michael Green scored twice.", &[("Michael Green", 1)]),
            ("Jan Kroslak won in three sets.", &[("Jan Kroslak", 1)]),
            ("Evelyn Park said no.", &[("Evelyn Park", 1)]),
            ("They met at Grace Road.", &[]),
            // modifiers and days are not part of a name
            ("Bergamo-based Atalanta won.", &[]),
            (
                "Jose Miguel Insulza Monday said no.",
                &[("Jose Miguel Insulza", 1)],
            ),
            // capitalised and chained particles
            ("Al Unser Jr. led.", &[("Al Unser", 1)]),
            ("Edwin van der Sar saved it.", &[("Edwin van der Sar", 1)]),
            // accents do not hide a given name
            ("Zoë Brandt agreed.", &[("Zoë Brandt", 1)]),
        ];
        for (input, want) in cases {
            let want: Vec<(String, u32)> = want.iter().map(|(n, c)| (n.to_string(), *c)).collect();
            assert_eq!(people(input), want, "{input:?}");
        }
    }
}
