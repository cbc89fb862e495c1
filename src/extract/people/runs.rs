//! Runs of capitalised words, and the name inside each: titles, nationalities, places and other
//! prefixes stripped ("US President Donald Trump"), a name cut at "of" ("Dale Whitaker of
//! Wyoming") and before its suffix ("Jr."); a run that is a known place or organisation
//! blocked.

use super::{People, Run};
use crate::extract::lexicon::{Flags, Gender, LEX};
use crate::extract::text::{Doc, Shape};

impl People {
    /// Reads every run of capitalised words of `doc` (with particles or "of" between its words:
    /// "van der Sar", "Bank of England") and the name inside it.
    pub(super) fn find_runs(&mut self, doc: &Doc) {
        let mut buf = String::new();
        let mut i = 0;
        // (Only capitalised words start a run: the others are skipped by their bits.)
        while let Some(c) = doc.next_cap_word(i) {
            i = c;
            if !is_name_token(doc, i) {
                i += 1;
                continue;
            }
            let end = run_end(doc, i);
            let run = Run::read(doc, i, end, &mut buf);
            let idx = self.runs.len() as u32;
            for t in i..end {
                self.run_of[t] = idx;
            }
            self.runs.push(run);
            i = end;
        }
    }
}

/// One past the last token of the run that starts with the name token `start`: name words of
/// its sentence, up to a possessive or a day ("Insulza Monday"), with up to two particles or
/// "of" between them.
fn run_end(doc: &Doc, start: usize) -> usize {
    let n = doc.tokens.len();
    let sent = doc.tokens[start].sent;
    let mut end = start + 1;
    while end < n && doc.tokens[end].sent == sent && !doc.tokens[end - 1].poss {
        if is_name_token(doc, end) {
            if is_date_word(doc.word(end)) {
                break;
            }
            end += 1;
            continue;
        }
        let mut k = end;
        while k < n && k - end < 2 && (is_particle(doc, k) || (k == end && doc.word(k) == "of")) {
            k += 1;
        }
        if k > end && k < n && is_name_token(doc, k) && doc.tokens[k].sent == sent {
            end = k + 1;
        } else {
            break;
        }
    }
    end
}

impl Run {
    /// The run of tokens `start..end` and the name inside it (`buf` is room for its words).
    fn read(doc: &Doc, start: usize, end: usize, buf: &mut String) -> Run {
        let mut run = Run {
            start,
            end,
            name_start: start,
            name_end: end,
            entity: None,
            titled: false,
            title_gender: Gender::Unknown,
            blocked: phrase_lists(doc, start, end, buf)
                .any(Flags::NON_PERSON_NAME | Flags::PLACE | Flags::OUTLET),
        };
        // A lower-case title just before the run ("former president Donald Trump").
        if start > 0 && doc.tokens[start - 1].shape == Shape::Word {
            let prev = doc.low(start - 1);
            if doc.tokens[start - 1].lex.any(Flags::TITLE) && !LEX.title_modifiers.contains(prev) {
                run.titled = true;
                run.note_title(prev);
            }
        }
        run.strip_prefixes(doc);
        run.after_title_inside(doc);
        // "Dale Whitaker of Wyoming": the name stops at "of".
        if let Some(k) = (run.name_start..run.name_end).find(|&k| doc.word(k) == "of") {
            run.name_end = k;
        }
        while run.name_end > run.name_start && LEX.name_suffixes.contains(doc.low(run.name_end - 1))
        {
            run.name_end -= 1;
        }
        run
    }

    /// The gender the title `lower` tells, if it tells one, as the run's.
    fn note_title(&mut self, lower: &str) {
        let g = title_gender(lower);
        if g != Gender::Unknown {
            self.title_gender = g;
        }
    }

    /// Moves the name's start past its prefixes: titles ("Sen."), a verb opening the sentence
    /// ("Stated Stone:"), modifiers ("Bergamo-based"), and organisation, place and nationality
    /// words ("US President") before a word that may begin a name.
    fn strip_prefixes(&mut self, doc: &Doc) {
        while self.name_start < self.name_end {
            let k = self.name_start;
            let l = doc.low(k);
            let lex = doc.tokens[k].lex;
            let sentence_verb = k == self.start
                && (k == 0 || doc.tokens[k - 1].sent != doc.tokens[k].sent)
                && lex.any(Flags::SPEECH_VERB);
            if sentence_verb {
                // "Stated Stone:", "Said Smith:" open a sentence with the verb.
            } else if lex.any(Flags::TITLE) {
                self.titled |= !LEX.title_modifiers.contains(l);
                self.note_title(l);
            } else if is_initial_token(doc, k) {
                break;
            } else if LEX
                .modifier_suffixes
                .iter()
                .any(|suffix| l.ends_with(suffix))
            {
                // "Bergamo-based Atalanta": a modifier, not a name.
            } else if self.name_begins_at(doc, k) {
                break;
            }
            self.name_start += 1;
        }
    }

    /// Whether the name begins at token `k`, no prefix: the last word of the run, a word that
    /// is no organisation, place, ... word, or a given name followed by no such word.
    fn name_begins_at(&self, doc: &Doc, k: usize) -> bool {
        let lex = doc.tokens[k].lex;
        // (a word that is no organisation, place, ... word settles it before the look-up of
        // given names)
        k + 1 == self.name_end
            || !(lex.is_non_person_word()
                || is_acronym(doc.word(k))
                || doc.low(k) == "of"
                || is_particle(doc, k))
            || (!lex.any(Flags::PLACE)
                && {
                    let next = doc.tokens[k + 1].lex;
                    !next.is_non_person_word() && !next.any(Flags::TITLE)
                }
                && doc.name_lex(k).first_name().is_some())
    }

    /// A title inside the run ("Health Secretary Fiona Grant"): the name is what follows it.
    fn after_title_inside(&mut self, doc: &Doc) {
        let title = (self.name_start..self.name_end.saturating_sub(1))
            .rev()
            .find(|&k| {
                doc.tokens[k].lex.any(Flags::TITLE) && !LEX.title_modifiers.contains(doc.low(k))
            });
        if let Some(k) = title {
            self.titled = true;
            self.note_title(doc.low(k));
            self.name_start = k + 1;
        }
    }
}

#[inline]
/// Whether token `i` may be a word of a name: a capitalised word, not an acronym.
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
pub(super) fn is_initial_token(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    w.len() == 2 && w.ends_with('.') && w.starts_with(|c: char| c.is_ascii_uppercase())
}

/// Whether token `i` is a lower-case particle of a name ("van", "de").
pub(super) fn is_particle(doc: &Doc, i: usize) -> bool {
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
/// [`crate::extract::lexicon::Lexicon::word_lists`]); `buf` holds the phrase.
pub(super) fn phrase_lists(doc: &Doc, start: usize, end: usize, buf: &mut String) -> Flags {
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
