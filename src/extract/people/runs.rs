//! Runs of capitalised words, and the name inside each: titles, nationalities, places and other
//! prefixes stripped ("US President Donald Trump"), a name cut at "of" ("Dale Whitaker of
//! Wyoming") and before its suffix ("Jr."); a run that is a known place or organisation
//! blocked.

use super::link::one_letter_off;
use super::{is_possessive_determiner, punct_is, word_bytes, word_is, Cues, People, Run};
use crate::extract::lexicon::{is_common_word, Flags, Gender, LEX};
use crate::extract::text::{is_acronym, is_initials, Doc, Shape};

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
            let (end, joined) = run_end(doc, i);
            let mut run = Run::read(doc, i, end, joined, &mut buf);
            // (a function word alone, "The", "But", "We", is a fifth of all runs and no name:
            // the words around it are not read for signs of one)
            if !(end == i + 1 && doc.tokens[i].lex.any(Flags::FUNCTION_WORD)) {
                run.cues = Cues::of(doc, &run);
            }
            let idx = self.runs.len() as u32;
            for t in i..end {
                self.run_of[t] = idx;
            }
            self.runs.push(run);
            i = end;
        }
    }
}

/// Whether the word at `start` is a brand that opens a product's name ("Nintendo Switch",
/// "Dolby Atmos") and no given name or surname of the lists ("Porsche", "Dell" are both), and
/// no given name follows it (a platform glued to a person's name: "píše na Twitter Gary
/// Lineker").
fn brand_opens(doc: &Doc, start: usize) -> bool {
    LEX.brands.contains(doc.low(start))
        && !doc.name_lex(start).any(Flags::FIRST_NAME | Flags::SURNAME)
        && doc.name_lex(start + 1).first_name().is_none()
}

/// One past the last token of the run that starts with the name token `start`: name words of
/// its sentence, up to a possessive or a day ("Insulza Monday"), with up to two particles or
/// "of" between them; and whether such words join two of its words (else every word of the
/// run is a name word, none of them "of", which is in lower case).
#[inline]
fn run_end(doc: &Doc, start: usize) -> (usize, bool) {
    let mut joined = false;
    let n = doc.tokens.len();
    let mut sent = doc.tokens[start].sent;
    let mut end = start + 1;
    if end < n && doc.tokens[end].sent != sent && wraps_to_next_line(doc, start) {
        sent = doc.tokens[end].sent;
    }
    while end < n && doc.tokens[end].sent == sent && !doc.tokens[end - 1].poss {
        if is_name_token(doc, end) || is_particle_name(doc, end) {
            // (a date's word ends the run, but "Jan" between two words of a name, a given
            // name as often: "Ard Jan Vetham")
            if is_date_word(doc.word(end)) && !jan_inside_name(doc, end) {
                break;
            }
            end += 1;
            continue;
        }
        if body_after_plural_possessive(doc, end) {
            end += 2;
            continue;
        }
        let mut k = end;
        while k < n && k - end < 2 && (is_particle(doc, k) || (k == end && word_is(doc, k, "of"))) {
            k += 1;
        }
        if k > end && k < n && is_name_token(doc, k) && doc.tokens[k].sent == sent {
            end = k + 1;
            joined = true;
        } else {
            break;
        }
    }
    (end, joined)
}

/// Whether token `i` is the apostrophe of a plural's possessive glued to the word before it,
/// and a body's word follows it, capitalised: "the British Bankers' Association", "the
/// National Farmers' Union" are one name, a body's (see [`Run::read`]); not after a person's
/// name ("Bernie Sanders’ College for All Act").
fn body_after_plural_possessive(doc: &Doc, i: usize) -> bool {
    doc.plural_possessive_mark(i)
        // (not a person's name: "Bernie Sanders’ College for All Act")
        && !doc.name_lex(i - 1).any(Flags::SURNAME)
        && !(i >= 2 && doc.name_lex(i - 2).first_name().is_some())
        && doc.tokens.get(i + 1).is_some_and(|t| {
            t.sent == doc.tokens[i].sent && t.cap && t.lex.any(Flags::ORG_WORD)
        })
        && !doc.glued(i)
        && is_name_token(doc, i + 1)
}

/// Whether the one-word run at `start`, a given name that ends a line of a text laid out a
/// sentence a line, goes on with the surname that opens the next line and ends there ("Michael
/// Bevan , Damien\nFlemming ,", "beat Svetlana\nSamokhvalova ( Russia )").
fn wraps_to_next_line(doc: &Doc, start: usize) -> bool {
    let next = start + 1;
    doc.line_paragraphs
        && doc.name_lex(start).first_name().is_some()
        && is_name_token(doc, next)
        && !doc.tokens[next].lex.is_non_person_word()
        && doc
            .tokens
            .get(next + 1)
            .is_none_or(|t| t.shape == Shape::Punct || t.para != doc.tokens[next].para)
}

impl Run {
    /// The run of tokens `start..end` and the name inside it (`joined`: particles or "of" join
    /// some of its words, see [`run_end`]; `buf` is room for its words).
    fn read(doc: &Doc, start: usize, end: usize, joined: bool, buf: &mut String) -> Run {
        let mut run = Run {
            start,
            end,
            name_start: start,
            name_end: end,
            entity: None,
            titled: false,
            honorific: false,
            title_at: None,
            cues: Cues::default(),
            title_gender: Gender::Unknown,
            // (a plural's possessive inside, before a body's word, is a body's name: see
            // `body_after_plural_possessive`)
            blocked: (start..end).any(|t| doc.tokens[t].shape == Shape::Punct)
                || phrase_lists(doc, start, end, buf)
                    .any(Flags::NON_PERSON_NAME | Flags::PLACE | Flags::OUTLET)
                || owned_title(doc, start, end)
                || (end > start + 1 && LEX.leading_org_words.contains(doc.low(start)))
                || (end > start + 1 && brand_opens(doc, start)),
        };
        // A lower-case title just before the run ("former president Donald Trump"), in its
        // sentence (not a heading's last word: "Linebacker\n\nPos Player Plays"). (The title's
        // flag first: most words before a run are none, and need no lower-case forms read.)
        if start > 0
            && doc.tokens[start - 1].shape == Shape::Word
            && doc.tokens[start - 1].lex.any(Flags::TITLE)
            && doc.tokens[start - 1].sent == doc.tokens[start].sent
        {
            let prev = doc.low(start - 1);
            // (a modifier of titles is a title itself after "his" or "her": "his deputy Ann Lee";
            // not after "its", a firm's: "its former European Steel Mill Merchandising unit")
            let owned = start > 1 && matches!(doc.low(start - 2), "his" | "her");
            // (not "miss" in lower case, the verb: "will miss Sunday's final", nor "major",
            // the adjective: "major Indonesian newspapers"; nor a title's possessive, whose
            // office owns what follows: "Prime Minister's Questions", "Editor's Note")
            if (owned || !LEX.title_modifiers.contains(prev))
                && prev != "miss"
                && prev != "major"
                && !doc.tokens[start - 1].poss
            {
                run.titled = true;
                run.note_title(doc, start - 1);
            }
        }
        run.strip_prefixes(doc);
        run.after_title_inside(doc);
        // "The Geneva Motor Show": one word left after a body's word, on no list of names, is
        // the rest of the body's name (not "Motor City Madman Ted Nugent", "Labour's Abbott"),
        // and so after a title that opens the run ("Major League Baseball").
        let k = run.name_start;
        if run.name_end == k + 1
            && k > start
            && (!run.titled || (run.title_at == Some(start) && k == start + 2))
            && doc.tokens[k - 1].lex.any(Flags::ORG_WORD)
            && !doc.tokens[k - 1].lex.any(Flags::TITLE)
            && !doc.name_lex(k).any(Flags::FIRST_NAME | Flags::SURNAME)
        {
            run.name_start = run.name_end;
        }
        // "the American Bureau of Metal Statistics": after a body's word and "of" comes the
        // body's field, not a person's name (unless a given name opens it).
        let k = run.name_start;
        if k >= start + 2
            && !run.titled
            && doc.low(k - 1) == "of"
            && doc.tokens[k - 2].cap
            && doc.tokens[k - 2].lex.any(Flags::ORG_WORD)
            && !doc.tokens[k - 2].lex.any(Flags::TITLE)
            && doc.name_lex(k).first_name().is_none()
        {
            run.name_start = run.name_end;
        }
        // "Dale Whitaker of Wyoming": the name stops at "of" (only a word that joins two
        // others may be one).
        if joined {
            if let Some(k) = (run.name_start..run.name_end).find(|&k| word_is(doc, k, "of")) {
                run.name_end = k;
            }
        }
        while run.name_end > run.name_start
            && is_name_suffix_at(doc, run.name_end - 1)
            && !is_regnal(doc, run.name_start, run.name_end)
        {
            run.name_end -= 1;
        }
        // "told George Shultz China's troubles were over": a place's possessive that ends a
        // full name, and is no surname, opens the clause after it.
        if run.name_end >= run.name_start + 3 {
            let last = run.name_end - 1;
            if doc.tokens[last].poss
                && doc.tokens[last].lex.any(Flags::PLACE)
                && !doc.name_lex(last).any(Flags::SURNAME)
                && doc.name_lex(run.name_start).first_name().is_some()
            {
                run.name_end = last;
            }
        }
        run
    }

    /// Notes the title at token `k`: the gender it tells, if it tells one, as the run's, and
    /// whether it is an honorific.
    fn note_title(&mut self, doc: &Doc, k: usize) {
        let lower = doc.low(k);
        let g = title_gender(lower);
        if g != Gender::Unknown {
            self.title_gender = g;
        }
        self.title_at = Some(k);
        self.honorific |= doc.tokens[k].lex.any(Flags::HONORIFIC);
    }

    /// Moves the name's start past its prefixes: titles ("Sen."), roles before a full name
    /// ("Writer Marcia Dunn"), a verb opening the sentence
    /// ("Stated Stone:"), modifiers ("Bergamo-based"), a word glued to the name at the start
    /// of its sentence ("Earlier Tony Blair", see [`glued_to_name`]), the place or body of an
    /// office ("Duke of Norfolk", "Secretary of State John Kerry"), and organisation, place and
    /// nationality words ("US President") before a word that may begin a name.
    fn strip_prefixes(&mut self, doc: &Doc) {
        // An office before the run ends with "of", "for" or "to": the run opens with the
        // office's body or field (see [`office_precedes`]); when no given name ends the field,
        // the run is read as if no office stood before it.
        let from = self.name_start;
        if office_precedes(doc, self.start) && self.strip(doc, true) {
            return;
        }
        // After a lower-case title and "of", the field ends only at a given name that a
        // surname follows; else the run is read as if no office stood before it.
        if lower_title_of_precedes(doc, self.start) {
            let before = self.clone();
            self.name_start = from;
            // (nor is a body's word last: "president of the Federal Home Loan Bank")
            if self.strip(doc, true)
                && self.name_start < self.name_end
                && !doc.tokens[self.name_end - 1].lex.is_non_person_word()
            {
                return;
            }
            *self = before;
        }
        self.name_start = from;
        self.strip(doc, false);
    }

    /// [`Run::strip_prefixes`], the run's first words read as an office's field when `domain`
    /// is set; whether that field ended (at a given name, or with the run).
    fn strip(&mut self, doc: &Doc, domain: bool) -> bool {
        // A title followed by "of": what follows names its place or body, up to a given name
        // that a surname follows.
        let mut office = false;
        // (where the field began, and whether a given name ended it)
        let (mut field, mut found) = (None, false);
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
                self.note_title(doc, k);
                office |= k + 1 < self.name_end && doc.low(k + 1) == "of";
            } else if role_before_name(doc, k, self.name_end) {
                // "Writer Marcia Dunn": a role before a full name.
                self.titled = true;
            } else if office {
                if l != "of" && self.name_after_field_at(doc, k) {
                    break;
                }
            } else if domain {
                // "Minister for Home Affairs Ann Lee", "Leader of the Opposition Keir Starmer":
                // the field of the office, up to a given name that a surname follows.
                if self.name_after_field_at(doc, k) {
                    found = true;
                    break;
                }
                field.get_or_insert(k);
            } else if k + 1 == self.name_end && self.end == self.name_end {
                // The run's last word, the only one left (as in most runs): the tests below
                // but the first two need a word after it, and the last holds, so an initial or
                // any word but a modifier ("Bergamo-based") begins the name.
                if !has_modifier_suffix(l)
                    || is_initial_token(doc, k)
                    || is_dotless_initials(doc, k)
                {
                    break;
                }
            } else if is_initial_token(doc, k) || is_dotless_initials(doc, k) {
                break;
            } else if has_modifier_suffix(l) {
                // "Bergamo-based Atalanta": a modifier, not a name.
            } else if k == self.start && roster_position(doc, k, self.end) {
                // "S Sheldrick Redwine 33 45%": a position's letter on a roster's line.
            } else if k == self.start && surname_he(doc, k, self.name_end - k) {
                // "He Jianxiong, the former director": the surname.
                break;
            } else if k == self.start && k > 0 && doc.is(k - 1, '#') && doc.glued(k - 1) {
                // "#Browns Greedy Williams": a hashtag, no word of a name.
            } else if k == self.start && glued_to_name(doc, k, self.name_end - k) {
                // "In Halifax", "Overstating Ms Okoro", "10 January Cellnet".
            } else if demonym_before_name(doc, k, self.start, self.name_end) {
                // "New Yorker Dick Morris", "Londoner Ann Lee".
            } else if k == self.start && month_as_given_name(doc, k, self.name_end) {
                // "said Mar Hicks": a month's abbreviation with no number beside it.
                break;
            } else if self.name_begins_at(doc, k) {
                break;
            }
            self.name_start += 1;
        }
        match field {
            Some(_) if found => {
                // (the office is the name's title)
                self.titled = true;
                true
            }
            // A field alone after the office, of a word or two, is no name: "the Minister for
            // Home Affairs said".
            Some(f) if self.end - f <= 2 => {
                self.name_start = self.name_end;
                true
            }
            _ => !domain,
        }
    }

    /// Whether the name opens at token `k`, after an office's field: a given name that more of
    /// the name follows, or a word the field ends before (see
    /// [`Run::field_ended_before`]); never a particle.
    fn name_after_field_at(&self, doc: &Doc, k: usize) -> bool {
        !is_particle(doc, k)
            && ((k + 1 < self.name_end && doc.name_lex(k).first_name().is_some())
                || self.field_ended_before(doc, k))
    }

    /// Whether an office's field ends before token `k` though no given name of the lists opens
    /// the name: a body's word ends the field, and the words from `k` to the end of the name
    /// are none of a body's, two or more ("Minister of Foreign Affairs Louw Alberts"), or one
    /// that a verb of saying follows ("Minister of Mines and Energy Subroto told").
    fn field_ended_before(&self, doc: &Doc, k: usize) -> bool {
        let spoke = || self.end == self.name_end && self.verb_of_saying_follows(doc);
        k > 0
            && (k + 1 < self.name_end || (k + 1 == self.name_end && spoke()))
            && doc.tokens[k - 1].lex.any(Flags::ORG_WORD)
            && (k..self.name_end).all(|i| !doc.tokens[i].lex.is_non_person_word())
    }

    /// Whether a verb of saying, in lower case, follows the run ("Subroto told").
    pub(super) fn verb_of_saying_follows(&self, doc: &Doc) -> bool {
        doc.tokens
            .get(self.end)
            .is_some_and(|t| !t.cap && t.lex.any(Flags::SPEECH_VERB))
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
                || (lex.any(Flags::FUNCTION_WORD) && doc.low(k) == "of")
                || is_particle(doc, k))
            || (!lex.any(Flags::PLACE | Flags::FUNCTION_WORD)
                && {
                    let next = doc.tokens[k + 1].lex;
                    !next.is_non_person_word() && !next.any(Flags::TITLE)
                }
                // "German Wolfram Mulle": a nationality before a full name is none of it; nor
                // is one after a point of the compass ("West German Visa").
                && !(lex.any(Flags::NATIONALITY)
                    && ((k + 2 < self.name_end && doc.name_lex(k + 1).first_name().is_some())
                        || (k > 0 && matches!(doc.low(k - 1), "west" | "east" | "north" | "south"))))
                && doc.name_lex(k).first_name().is_some())
    }

    /// A title inside the run ("Health Secretary Fiona Grant"): the name is what follows it.
    fn after_title_inside(&mut self, doc: &Doc) {
        let title = (self.name_start..self.name_end.saturating_sub(1))
            .rev()
            .find(|&k| {
                // (a modifier of titles is one before a given name: "Radical Party Deputy Raul
                // Baglini", not "Deputy" of "Deputy Prime Minister" nor "Star" of "Lone Star
                // Industries")
                let given_next = || doc.name_lex(k + 1).first_name().is_some();
                (doc.tokens[k].lex.any(Flags::TITLE)
                    && (!LEX.title_modifiers.contains(doc.low(k)) || given_next()))
                    // (an office's last word that is no title alone, before a full name:
                    // "Administrative Executive Robin Taylor", not "Executive Order")
                    || (doc.low(k) == "executive" && k + 2 < self.name_end && given_next())
            });
        if let Some(k) = title {
            self.titled = true;
            self.note_title(doc, k);
            self.name_start = k + 1;
            // "Disney Chief Executive Bob Iger"
            if role_before_name(doc, k + 1, self.name_end) {
                self.name_start += 1;
            }
        }
    }
}

/// Whether token `i` may be a word of a name: a capitalised word, not an acronym.
#[inline]
fn is_name_token(doc: &Doc, i: usize) -> bool {
    // (the token's kind and capital here, in the caller: most tokens after a run's words are
    // no capitalised word, and need no call)
    let t = &doc.tokens[i];
    t.shape == Shape::Word && t.cap && is_name_word(doc, i)
}

/// Whether the capitalised word at token `i` may be a word of a name: not an acronym, a code
/// or words glued together (see [`is_name_token`]). (Kept out of line, so that the test of
/// the token's kind before it is inlined in its callers; and short, the words it does not
/// settle by their bytes' classes left to [`is_name_word_by_case`].)
#[inline(never)]
fn is_name_word(doc: &Doc, i: usize) -> bool {
    // (A lower-case letter, as names have, settles it without counting; a digit says a code
    // or a model, "Page A1", "Dell G3", never a name. Words are glued only where a capital
    // follows a lower-case letter: a word with no capital after its first lower-case letter is
    // no glued words, see [`glued_words`]. The bytes' classes are read from a table, see
    // [`ByteClass`]: `after` gets the upper-case bit of a byte after a lower-case one.)
    let (mut seen, mut after) = (0u8, 0u8);
    for &b in word_bytes(doc, i) {
        let class = ByteClass::OF[usize::from(b)];
        after |= (seen << 1) & class;
        seen |= class;
    }
    if seen & ByteClass::DIGIT != 0 {
        return false;
    }
    if seen & ByteClass::LOWER != 0 && after & ByteClass::UPPER == 0 {
        return true;
    }
    is_name_word_by_case(doc, i, seen & ByteClass::LOWER != 0)
}

/// [`is_name_word`] of a word with no digit that is all capitals, or has a capital after a
/// lower-case letter (`lower`): few words.
#[inline(never)]
fn is_name_word_by_case(doc: &Doc, i: usize, lower: bool) -> bool {
    let t = &doc.tokens[i];
    let w = doc.word(i);
    if lower {
        return !glued_words(w);
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
    if letters == 1 && labelled_letter(doc, i) {
        return false;
    }
    letters == 1
        || upper < letters
        || (w.len() <= 3 && w.ends_with('.'))
        || (is_initials(w) && !t.lex.any(Flags::PLACE) && !place_initials(doc, i))
        || is_dotless_initials(doc, i)
        || (is_roman(w)
            && i > 0
            && doc.tokens[i - 1].cap
            && doc.name_lex(i - 1).first_name().is_some())
}

/// Whether the one letter at token `i` names a kind or a part after the noun before it, not a
/// person's initial: "units Series A. Moody's actions", "Class B shares", "Plan B", "Group C".
fn labelled_letter(doc: &Doc, i: usize) -> bool {
    const LABELS: [&str; 16] = [
        "series",
        "class",
        "tranche",
        "type",
        "grade",
        "tier",
        "phase",
        "plan",
        "category",
        "group",
        "section",
        "appendix",
        "exhibit",
        "schedule",
        "vitamin",
        "hepatitis",
    ];
    i > 0 && doc.tokens[i - 1].shape == Shape::Word && LABELS.contains(&doc.low(i - 1))
}

/// The class of a byte for [`is_name_word`]: an ASCII lower-case letter, an ASCII upper-case
/// letter (the lower-case bit shifted by one), an ASCII digit, or none (the bytes of other
/// characters too).
struct ByteClass;

impl ByteClass {
    const LOWER: u8 = 1;
    const UPPER: u8 = Self::LOWER << 1;
    const DIGIT: u8 = 4;
    /// Each byte's class.
    const OF: [u8; 256] = {
        let mut of = [0u8; 256];
        let mut b = 0;
        while b < 256 {
            let byte = b as u8;
            of[b] = if byte.is_ascii_lowercase() {
                Self::LOWER
            } else if byte.is_ascii_uppercase() {
                Self::UPPER
            } else if byte.is_ascii_digit() {
                Self::DIGIT
            } else {
                0
            };
            b += 1;
        }
        of
    };
}

/// Whether the word `w` is words glued together, as a page's pop-ups and link labels leave
/// them beside a name ("StraussCinematography", "FoleyFlagShareLikeReplySara"): a capital
/// after a lower-case letter, between a word of five letters or more and one of six or more,
/// or twice between words of four or more. Names glue shorter pieces ("McDonald", "VandeHei",
/// "VanderSloot", "KellyAnne", "DeLaRosa").
fn glued_words(w: &str) -> bool {
    let (mut seg, mut prev_lower) = (0usize, false);
    // (the letters of the piece before the last lower-to-upper change, if one was seen)
    let mut before: Option<usize> = None;
    let mut weak = 0;
    let mut judge = |left: usize, right: usize| -> bool {
        if left >= 5 && right >= 6 {
            return true;
        }
        if left >= 4 && right >= 4 {
            weak += 1;
        }
        weak >= 2
    };
    for b in w.bytes() {
        if b.is_ascii_uppercase() && prev_lower {
            if let Some(left) = before {
                if judge(left, seg) {
                    return true;
                }
            }
            before = Some(seg);
            seg = 0;
        }
        if b.is_ascii_alphabetic() {
            seg += 1;
        } else {
            if let Some(left) = before.take() {
                if judge(left, seg) {
                    return true;
                }
            }
            seg = 0;
        }
        prev_lower = b.is_ascii_lowercase();
    }
    before.is_some_and(|left| judge(left, seg))
}

/// Whether token `i` is a person's initials written without dots before a surname ("JP
/// McManus"): two or three capitals on none of the word lists (not "US", "BBC", "MP"),
/// followed by a capitalised surname that is no given name.
pub(super) fn is_dotless_initials(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    // (the token's kind, length and lists first, its text only then: most words are longer)
    if t.shape != Shape::Word || !(2..=3).contains(&(t.end - t.start)) || t.lex != Flags::default()
    {
        return false;
    }
    let w = doc.word(i);
    if !w.bytes().all(|b| b.is_ascii_uppercase()) || is_roman(w) {
        return false;
    }
    let Some(next) = doc.tokens.get(i + 1) else {
        return false;
    };
    next.shape == Shape::Word
        && next.cap
        && next.sent == t.sent
        && doc.word(i + 1).bytes().any(|b| b.is_ascii_lowercase())
        && !next.lex.is_non_person_word()
        && !LEX.venues.contains(doc.low(i + 1))
        && {
            let names = doc.name_lex(i + 1);
            names.any(Flags::SURNAME) && names.first_name().is_none()
        }
}

/// Whether a word is a Roman numeral of a monarch or pope, in capitals, from 2 to 16 ("II",
/// "VIII", "XVI").
fn is_roman(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_uppercase())
        && roman_value(w).is_some_and(|v| (2..=16).contains(&v))
}

/// The number a word writes in Roman numerals, in either case, from 1 to 39 ("v", "XIV",
/// "xxxix"); `None` for any other word.
pub(super) fn roman_value(w: &str) -> Option<usize> {
    const UNITS: [&str; 10] = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
    let b = w.as_bytes();
    let tens = b
        .iter()
        .take_while(|c| c.eq_ignore_ascii_case(&b'x'))
        .count();
    let units = UNITS
        .iter()
        .position(|u| b[tens..].eq_ignore_ascii_case(u.as_bytes()))?;
    let value = 10 * tens + units;
    (tens <= 3 && value > 0).then_some(value)
}

/// Whether the lower-case word `l` is a name's suffix ("jr", "iii"; see
/// [`crate::extract::lexicon::Lexicon::name_suffixes`]).
#[inline]
fn is_name_suffix(l: &str) -> bool {
    // (a word longer than every suffix is none of them: most names are, and skip the look-up)
    l.len() <= *LONGEST_SUFFIX && LEX.name_suffixes.contains(l)
}

/// The length of the longest suffix of a name ([`is_name_suffix`]).
static LONGEST_SUFFIX: std::sync::LazyLock<usize> =
    std::sync::LazyLock::new(|| LEX.name_suffixes.iter().map(|s| s.len()).max().unwrap_or(0));

/// Whether the word at token `k` is a name's suffix ([`is_name_suffix`] of its lower-case
/// form). An ASCII word's lower-case form is as long as the word, but for a trailing dot: one
/// longer than every suffix, as most names are, is none, its lower-case form not read.
#[inline]
fn is_name_suffix_at(doc: &Doc, k: usize) -> bool {
    let word = word_bytes(doc, k);
    let bare = word.strip_suffix(b".").unwrap_or(word);
    (bare.len() <= *LONGEST_SUFFIX || !bare.is_ascii()) && is_name_suffix(doc.low(k))
}

/// Whether the name of tokens `start..end` is a given name and a regnal numeral ("Henry
/// VIII", "Leopold III"), which keeps the numeral as part of the name.
fn is_regnal(doc: &Doc, start: usize, end: usize) -> bool {
    end == start + 2 && is_roman(doc.word(end - 1)) && doc.name_lex(start).first_name().is_some()
}

/// Whether token `i` is a lower-case particle joined to a surname by a hyphen ("al-Saadani",
/// "el-Baradei"), which continues a name.
#[inline]
fn is_particle_name(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    if t.shape != Shape::Word || t.cap {
        return false;
    }
    // (the particle before the first hyphen starts with the word's first byte, and is no
    // longer than the longest particle that does, see [`PARTICLES_BY_FIRST`]: a word whose
    // first bytes hold no hyphen has none, and is not sliced)
    let bytes = word_bytes(doc, i);
    let Some(&first) = bytes.first() else {
        return false;
    };
    let Some(dash) = bytes
        .iter()
        .take(PARTICLES_BY_FIRST[usize::from(first)] + 1)
        .position(|&b| b == b'-')
    else {
        return false;
    };
    let w = doc.word(i);
    let (p, rest) = (&w[..dash], &w[dash + 1..]);
    LEX.name_particles.contains(p) && rest.starts_with(|c: char| c.is_uppercase())
}

/// Whether "He" at token `k`, opening a sentence before one capitalised word that no list
/// knows and then a comma or a verb of saying, is the Chinese surname ("He Jianxiong, the
/// former executive director, said"): English writes no other word capitalised after "He".
#[inline]
pub(super) fn surname_he(doc: &Doc, k: usize, left: usize) -> bool {
    let after = k + 2;
    left == 2
        && word_is(doc, k, "He")
        && doc.tokens[k + 1].lex == Flags::default()
        && doc.name_lex(k + 1) == Flags::default()
        && doc
            .tokens
            .get(after)
            .is_some_and(|t| punct_is(doc, after, b',') || t.lex.any(Flags::SPEECH_VERB))
}

/// Whether the word at token `k`, the first of a run of `left` words or more, is glued to the
/// name after it rather than part of it: a closed-class word or sentence adverb, a verb or
/// adverb, or a word the text writes in lower case elsewhere, opening a sentence ("In Halifax",
/// "Earlier Tony Blair", "Overstating Ms Okoro"); a month after a day ("10 January Cellnet"),
/// or before a full name ("In January Ann Lee");
/// a title in the plural ("Presidents George W Bush and ..."); or the last word of an office
/// after "of the" ("Chancellor of the Exchequer Ada Brennan").
fn glued_to_name(doc: &Doc, k: usize, left: usize) -> bool {
    if left < 2 {
        return false;
    }
    let lex = doc.tokens[k].lex;
    let prev = k.checked_sub(1).map(|p| &doc.tokens[p]);
    if prev.is_some_and(|p| p.shape == Shape::Number) && is_date_word(doc.word(k)) {
        return true;
    }
    // "In January Ann Lee said": a month or a day before a full name (not "January Jones"),
    // after a word of time when it may be a given name itself (not "with June Carter Cash")
    if left >= 3 && is_date_word(doc.word(k)) && doc.name_lex(k + 1).first_name().is_some() {
        let time_word = k > 0
            && matches!(
                doc.low(k - 1),
                "in" | "on" | "last" | "next" | "this" | "since" | "during" | "until" | "by"
            );
        if time_word || doc.name_lex(k).first_name().is_none() {
            return true;
        }
    }
    // "from January to June Comelf": a month that ends a stretch of months.
    if k >= 2
        && is_date_word(doc.word(k))
        && matches!(doc.low(k - 1), "to" | "and" | "through" | "until" | "till")
        && is_date_word(doc.word(k - 2))
    {
        return true;
    }
    let l = doc.low(k);
    if l.len() > 4 && l.ends_with('s') && LEX.titles.contains(&l[..l.len() - 1]) {
        return true;
    }
    let opens = opens_clause(doc, k);
    // "under Preesident Nixon", "CIA Dirctor Robert Gates": a title misspelt inside a
    // sentence, a word on no list, before what the lists show to be a name.
    if !opens
        && lex == Flags::default()
        && listed_name_follows(doc, k + 1)
        && !doc.name_lex(k).any(Flags::FIRST_NAME | Flags::SURNAME)
        && misspelt(l, true)
    {
        return true;
    }
    // ("of" and "the" are function words: the words' lists settle most before they are read)
    let function_word = |i: usize| doc.tokens[i].lex.any(Flags::FUNCTION_WORD);
    let after_of = prev.is_some_and(|p| p.lex.any(Flags::FUNCTION_WORD)) && {
        let p = doc.low(k - 1);
        p == "of" || (k >= 2 && p == "the" && function_word(k - 2) && doc.low(k - 2) == "of")
    };
    if !(opens || (after_of && left >= 3)) {
        return false;
    }
    if opens && lex.any(Flags::FUNCTION_WORD) {
        return true;
    }
    // "Lawyer Louise Christian, who …": a role's noun opening a sentence before a given name
    // and more is none of the name, though the lists hold it as a surname too.
    if opens && left >= 3 && lex.any(Flags::ROLE_NOUN) && doc.name_lex(k + 1).first_name().is_some()
    {
        return true;
    }
    // "Born Jocelyn Stoker, she grew up …": "Born" opening its sentence before a given name is
    // the verb, though the lists hold it as a surname too (Max Born).
    if opens && l == "born" && doc.name_lex(k + 1).first_name().is_some() {
        return true;
    }
    if lex.is_non_person_word() {
        return false;
    }
    let names = doc.name_lex(k);
    if names.any(Flags::FIRST_NAME | Flags::SURNAME) {
        // (but a given name that only other languages' lists hold, on no list of surnames,
        // which the text writes in lower case too, is a common word of the text's language
        // opening its sentence: "Zaman Sahabat …" beside "zaman", Indonesian for "era")
        return opens
            && names.any(Flags::INTL_ONLY)
            && !names.any(Flags::SURNAME)
            && doc.written_in_lower_case(l);
    }
    // "Athough Reagan's topic", "Preesident Nixon": a typo of a closed-class word or a title,
    // opening its sentence before what the lists show to be a name.
    if opens && listed_name_follows(doc, k + 1) && misspelt(l, false) {
        return true;
    }
    // "Bookmakers Ladbrokes says", "Rival Lowe's was": a role's noun opening a sentence before
    // one word that is no given name is no part of it.
    if opens && left == 2 && lex.any(Flags::ROLE_NOUN) && doc.name_lex(k + 1).first_name().is_none()
    {
        return true;
    }
    // "of the Exchequer Ada Brennan", "Prop Martin Castrogiovanni", "Engineer Ann Williams": a
    // role or a word on no list before a full name is the end of an office or a role.
    if left >= 3
        && (lex == Flags::default() || lex.any(Flags::ROLE_NOUN))
        && doc.name_lex(k + 1).first_name().is_some()
    {
        return true;
    }
    // "Teenager Sania Mirza", "Praising Celtic's": an English word that is never a name,
    // opening its sentence before what the lists show to be a name
    if opens && listed_name_follows(doc, k + 1) && is_common_word(l) {
        return true;
    }
    // (a word shaped like a verb is glued only before what the lists show to be a name,
    // "Vowing Tony Blair", not "Vasily Kaptyukh"; so is one shaped like a verb or an adverb
    // before one word that a comma or a possessive ends, a participle's object: "Questioning
    // Vindman, the lawmakers", "4. Questioning Vindman's judgment". An adverb is a common
    // word, as above before a listed name: a word in "-ly" that is none is a given name,
    // "Romilly Humphries, S.A.Y. president".)
    let verb_shaped = (l.len() >= 6 && l.ends_with("ing")) || is_participle(l);
    let shaped = verb_shaped || (l.len() >= 5 && l.ends_with("ly") && is_common_word(l));
    let object = left == 2 && (punct_is(doc, k + 2, b',') || doc.tokens[k + 1].poss);
    opens
        && ((verb_shaped && listed_name_follows(doc, k + 1))
            || (shaped && object)
            || doc.written_in_lower_case(l))
}

/// Whether the lower-case word `l`, on no list, is a closed-class word or a title (a title
/// only, when `titles_only`) of six letters or more with one letter changed, added, dropped or
/// two swapped ("athough", "preesident", "dirctor"). (Asked only of a run's word before a
/// listed name; shorter words are left alone, as names one letter off them are many: "Thane",
/// "Vince".)
fn misspelt(l: &str, titles_only: bool) -> bool {
    /// The closed-class words and titles of six letters or more, by their first letter (a
    /// typo keeps it: the few that share it are spelt out), each with whether it is a title.
    static BY_FIRST: std::sync::LazyLock<[Vec<(&'static str, bool)>; 26]> =
        std::sync::LazyLock::new(|| {
            let mut by: [Vec<(&'static str, bool)>; 26] = Default::default();
            let words = LEX.function_words.iter().map(|&w| (w, false));
            for (w, title) in words.chain(LEX.titles.iter().map(|&w| (w, true))) {
                if let Some(b @ b'a'..=b'z') = w.bytes().next().filter(|_| w.len() >= 6) {
                    by[usize::from(b - b'a')].push((w, title));
                }
            }
            by
        });
    let Some(b @ b'a'..=b'z') = l.bytes().next() else {
        return false;
    };
    l.len() >= 6
        && BY_FIRST[usize::from(b - b'a')].iter().any(|&(w, title)| {
            (title || !titles_only) && w.len().abs_diff(l.len()) <= 1 && one_letter_off(l, w)
        })
}

/// Whether the lower-case word `l` ends with the suffix of a modifier ("bergamo-based",
/// "state-owned"; see [`crate::extract::lexicon::Lexicon::modifier_suffixes`]).
pub(super) fn has_modifier_suffix(l: &str) -> bool {
    /// The suffixes, and the last bytes they end with.
    static SUFFIXES: std::sync::LazyLock<(Vec<&'static str>, [bool; 256])> =
        std::sync::LazyLock::new(|| {
            let all: Vec<&'static str> = LEX.modifier_suffixes.iter().copied().collect();
            let mut last = [false; 256];
            for s in &all {
                match s.as_bytes().last() {
                    Some(&b) => last[usize::from(b)] = true,
                    // (an empty suffix ends every word)
                    None => last = [true; 256],
                }
            }
            (all, last)
        });
    let (all, last) = &*SUFFIXES;
    // (a word ends with a suffix only if it ends with the suffix's last byte: most words end
    // with no such byte, and are settled by it)
    l.as_bytes().last().is_none_or(|&b| last[usize::from(b)])
        && all.iter().any(|suffix| l.ends_with(suffix))
}

/// Whether the word at token `k`, opening a run that ends before `end`, is a position's letter
/// on a roster's line ("S Sheldrick Redwine 33 45%", "C Ann Lee 60 100%"): one capital with
/// no dot opening its paragraph, before two name words or more and a number right after them
/// (a scorecard's "J Smith 45" keeps its initial: one word follows it).
fn roster_position(doc: &Doc, k: usize, end: usize) -> bool {
    end >= k + 3
        && word_bytes(doc, k).len() == 1
        && (k == 0 || doc.tokens[k - 1].para != doc.tokens[k].para)
        && doc
            .tokens
            .get(end)
            .is_some_and(|t| t.shape == Shape::Number)
}

/// Whether the word at token `k`, after the run's first word `start` or that word itself, is
/// an inhabitant's noun made of a place's name ("Londoner", "Yorker" after "New") before a given
/// name that a surname follows before `end`: it describes the person and is no part of the name.
fn demonym_before_name(doc: &Doc, k: usize, start: usize, end: usize) -> bool {
    if k + 3 > end {
        return false;
    }
    // (the word's ending first, the look-up of the given name after it only then)
    let l = doc.low(k);
    let Some(place) = l.strip_suffix("ers").or_else(|| l.strip_suffix("er")) else {
        return false;
    };
    if place.len() < 3 || doc.name_lex(k + 1).first_name().is_none() {
        return false;
    }
    if LEX.places.contains(place) {
        return true;
    }
    // (a place of two words: "New Yorker", "New Zealander")
    k > start && {
        let before = doc.low(k - 1);
        let mut two = String::with_capacity(before.len() + 1 + place.len());
        two.push_str(before);
        two.push(' ');
        two.push_str(place);
        LEX.places.contains(&two)
    }
}

/// Whether token `k`, inside a run of capitalised words, is "Jan" as a given name between two
/// words of a name ("Ard Jan Vetham"), not a date's: a capitalised word that is no date's nor a
/// number's follows it.
pub(super) fn jan_inside_name(doc: &Doc, k: usize) -> bool {
    doc.word(k) == "Jan"
        && doc.tokens.get(k + 1).is_some_and(|t| {
            t.shape == Shape::Word
                && t.cap
                && t.sent == doc.tokens[k].sent
                && !is_date_word(doc.word(k + 1))
        })
}

/// Whether the word at token `k` is a month's abbreviation used as a given name ("Mar Hicks",
/// "Dec Donnelly"): no number stands beside it, as one does beside a date ("Mar 5", "5 Mar"),
/// and one listed surname follows it, the last word of the run ending before `end`; or a
/// particle and the rest of a surname follow it, as no date's word is followed ("Jan de Vries",
/// "Jan van der Berg").
#[inline]
pub(super) fn month_as_given_name(doc: &Doc, k: usize, end: usize) -> bool {
    let number = |i: usize| doc.tokens.get(i).is_some_and(|t| t.shape == Shape::Number);
    let surname = || {
        (k + 2 == end
            && doc.name_lex(k + 1).any(Flags::SURNAME)
            && doc.name_lex(k + 1).first_name().is_none())
            || (k + 3 <= end && is_particle(doc, k + 1))
    };
    matches!(
        doc.word(k),
        "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep" | "Oct" | "Nov" | "Dec"
    ) && !k.checked_sub(1).is_some_and(number)
        && !number(k + 2)
        && surname()
}

/// Whether the lower-case word `l` is shaped like a past participle ("injured", "offered",
/// "consolidated"): six letters or more ending in "ed" after a consonant. Names so shaped end
/// in "eed", "hed", "med" or "yed" ("Sayeed", "Murshed", "Melamed", "Sayed"), or are on the
/// lists (the callers ask).
pub(super) fn is_participle(l: &str) -> bool {
    l.len() >= 6
        && l.strip_suffix("ed").is_some_and(|stem| {
            stem.bytes()
                .last()
                .is_some_and(|b| b.is_ascii_lowercase() && !b"aeiouhmy".contains(&b))
        })
}

/// Whether the word at token `k` begins what the word lists show to be a name or a title: a
/// title, a given name or a listed surname.
fn listed_name_follows(doc: &Doc, k: usize) -> bool {
    doc.tokens.get(k).is_some_and(|t| t.lex.any(Flags::TITLE))
        || doc.name_lex(k).any(Flags::FIRST_NAME | Flags::SURNAME)
}

/// Whether token `k` opens a sentence or a clause set off by a mark: the text's first, a
/// sentence's first, or after an opening quotation mark, bracket or dash.
pub(super) fn opens_clause(doc: &Doc, k: usize) -> bool {
    k == 0
        || doc.tokens[k - 1].sent != doc.tokens[k].sent
        || (doc.tokens[k - 1].shape == Shape::Punct
            && matches!(
                doc.first_char(k - 1),
                '“' | '"' | '‘' | '(' | '[' | '—' | '–' | '-' | ':'
            ))
}

/// Whether the run starting at token `start` follows an office written as a title and "of",
/// "for" (and maybe "the") or "to the": "Under-Secretary of State for Economic Affairs Allen
/// Wallis", "Leader of the Opposition Keir Starmer", "Chief Secretary to the Treasury Ann Lee".
/// (A lower-case title before "for" names an employer, "a spokesman for Acme Corp", not an
/// office; before "of", see [`lower_title_of_precedes`].)
#[inline]
fn office_precedes(doc: &Doc, start: usize) -> bool {
    let word = |i: usize| doc.tokens[i].shape == Shape::Word;
    let Some(mut b) = start.checked_sub(1) else {
        return false;
    };
    // (back over the first part of a field of two, when a body's word opens the run:
    // "Minister of Mines and Energy Subroto"; not "Senator Ann Lee of Texas and Senator Bo Ray")
    if word(b) && word_is(doc, b, "and") && doc.tokens[start].lex.any(Flags::ORG_WORD) {
        let mut k = b;
        while k > 0 && b - k < 3 && word(k - 1) && doc.tokens[k - 1].cap {
            k -= 1;
        }
        if k < b
            && k > 0
            && word(k - 1)
            && (word_is(doc, k - 1, "of") || word_is(doc, k - 1, "for"))
        {
            b = k - 1;
        }
    }
    let the = word(b) && word_is(doc, b, "the");
    if the {
        let Some(p) = b.checked_sub(1) else {
            return false;
        };
        b = p;
    }
    // ("Chief of Staff to Hu Jintao" names the person served, not an office's field)
    if !word(b)
        || !(word_is(doc, b, "of") || word_is(doc, b, "for") || (the && word_is(doc, b, "to")))
    {
        return false;
    }
    let sent = doc.tokens[start].sent;
    for j in (b.saturating_sub(4)..b).rev() {
        let t = &doc.tokens[j];
        if !word(j) || t.sent != sent {
            return false;
        }
        if t.cap && t.lex.any(Flags::TITLE) && !LEX.title_modifiers.contains(doc.low(j)) {
            return true;
        }
        if !(t.cap || word_is(doc, j, "of") || word_is(doc, j, "and")) {
            return false;
        }
    }
    false
}

/// Whether the run starting at token `start` follows a lower-case title and "of" (and maybe
/// "the"): "undersecretary of Economic Affairs Robert Ortner". (Before "for" such a title names
/// an employer, "a spokesman for Acme Corp".)
#[inline]
fn lower_title_of_precedes(doc: &Doc, start: usize) -> bool {
    let mut b = start;
    if b > 0 && word_is(doc, b - 1, "the") {
        b -= 1;
    }
    b >= 2
        && word_is(doc, b - 1, "of")
        && doc.tokens[b - 2].shape == Shape::Word
        && !doc.tokens[b - 2].cap
        && doc.tokens[b - 2].lex.any(Flags::TITLE)
        && !LEX.title_modifiers.contains(doc.low(b - 2))
}

/// Whether the run of tokens `start..end` opens with a possessive determiner: a work's title
/// or a thing's name ("My Beautiful Laundrette", "My Fair Lady", "His Dark Materials"), never
/// a person's.
#[inline]
fn owned_title(doc: &Doc, start: usize, end: usize) -> bool {
    // (each is a function word: the word's lists settle most words before it is read)
    end > start + 1
        && doc.tokens[start].lex.any(Flags::FUNCTION_WORD)
        && is_possessive_determiner(doc.low(start))
}

/// Whether a word as written is the name of a day or a month ("Monday", "January").
pub(crate) fn is_date_word(w: &str) -> bool {
    /// The lengths of the shortest and the longest day or month, and the bytes they start
    /// with: a word of another length, or that starts with another byte, is none of them,
    /// without the look-up.
    static SHAPES: std::sync::LazyLock<(usize, usize, [bool; 256])> =
        std::sync::LazyLock::new(|| {
            let (mut short, mut long, mut first) = (usize::MAX, 0, [false; 256]);
            for w in LEX.day_and_month_names.iter() {
                short = short.min(w.len());
                long = long.max(w.len());
                if let Some(&b) = w.as_bytes().first() {
                    first[usize::from(b)] = true;
                }
            }
            (short, long, first)
        });
    let w = w.trim_end_matches('.');
    let (short, long, first) = &*SHAPES;
    (*short..=*long).contains(&w.len())
        && w.as_bytes().first().is_none_or(|&b| first[usize::from(b)])
        && LEX.day_and_month_names.contains(w)
}

/// The token after a nickname that opens at token `open` inside a name: an opening mark, one
/// or two capitalised words, a closing mark, then a capitalised word, in one sentence
/// (Thomas "Tip" O'Neill: at the mark after "Thomas", the token of "O'Neill").
#[inline]
pub(crate) fn nickname_at(doc: &Doc, open: usize) -> Option<usize> {
    // (most tokens after a run are no punctuation: settled by the shape, without a call)
    if doc.tokens.get(open)?.shape != Shape::Punct {
        return None;
    }
    nickname_after_mark(doc, open)
}

/// [`nickname_at`] of a punctuation token.
#[inline(never)]
fn nickname_after_mark(doc: &Doc, open: usize) -> Option<usize> {
    let sent = doc.tokens.get(open)?.sent;
    let mark = |i: usize, opening: bool| {
        doc.tokens.get(i).is_some_and(|t| {
            t.shape == Shape::Punct
                && t.sent == sent
                && if opening {
                    matches!(doc.first_char(i), '"' | '“' | '‘')
                } else {
                    matches!(doc.first_char(i), '"' | '”' | '’')
                }
        })
    };
    let word = |i: usize| {
        doc.tokens
            .get(i)
            .is_some_and(|t| t.shape == Shape::Word && t.cap && t.sent == sent)
    };
    if !(mark(open, true) && word(open + 1)) {
        return None;
    }
    let close = if mark(open + 2, false) {
        open + 2
    } else if word(open + 2) && mark(open + 3, false) {
        open + 3
    } else {
        return None;
    };
    word(close + 1).then_some(close + 1)
}

/// The given name (or initials) before a nickname that ends right before the surname at token
/// `k` (see [`nickname_at`]).
pub(crate) fn given_before_nickname(doc: &Doc, k: usize) -> Option<usize> {
    // (a closing mark stands right before the surname: most words have none)
    if doc.tokens[k.checked_sub(1)?].shape != Shape::Punct {
        return None;
    }
    let open = (k.checked_sub(4)?..=k - 3)
        .rev()
        .find(|&o| nickname_at(doc, o) == Some(k))?;
    let g = open.checked_sub(1)?;
    let given = doc.tokens[g].shape == Shape::Word
        && doc.tokens[g].cap
        && (doc.name_lex(g).first_name().is_some() || is_initial_token(doc, g));
    given.then_some(g)
}

/// An initial, or initials: each one capital letter and a dot ("J.", "H.W.", "J.R.R.").
#[inline]
pub(super) fn is_initial_token(doc: &Doc, i: usize) -> bool {
    // (initials end with a dot: most words do not, and are not sliced)
    word_bytes(doc, i).last() == Some(&b'.') && is_initials(doc.word(i))
}

/// Whether the initials at token `i` are a place's or an organisation's, not a person's: before
/// a title ("U.S. Sen. Ann Lee", "U.N. Secretary-General"), a state's after a comma
/// ("Bedminster, N.J."; not "Last week, J.J. Goldberg") or after a preposition of place ("in
/// A.C.").
fn place_initials(doc: &Doc, i: usize) -> bool {
    let titled = doc
        .tokens
        .get(i + 1)
        .is_some_and(|t| t.lex.any(Flags::TITLE));
    let placed = i.checked_sub(1).is_some_and(|b| {
        (punct_is(doc, b, b',')
            && LEX
                .state_abbreviations
                .contains(&format!("{}.", doc.low(i))))
            || matches!(doc.low(b), "in" | "at" | "from" | "near")
    });
    titled || placed
}

/// Whether token `k` is a role written as a title before a full name that ends before `end`
/// ("Writer Marcia Dunn", "Executive Bob Iger"): a role noun that is no given name nor a
/// place's word, a given name after it and a word more that ends no place's or firm's name
/// (not "Executive Orders", "Court Philippe Chatrier", "Mother Emanuel Church").
/// (The run's length and the word's lists here, in the caller: they settle most words; the
/// look-ups out of line.)
#[inline]
fn role_before_name(doc: &Doc, k: usize, end: usize) -> bool {
    k + 2 < end && doc.tokens[k].lex.any(Flags::ROLE_NOUN) && role_before_listed_name(doc, k, end)
}

/// [`role_before_name`] of a role noun with two words or more after it.
#[inline(never)]
fn role_before_listed_name(doc: &Doc, k: usize, end: usize) -> bool {
    !LEX.venues.contains(doc.low(k))
        && !LEX.venues.contains(doc.low(end - 1))
        && !doc.tokens[end - 1].lex.is_non_person_word()
        && doc.name_lex(k).first_name().is_none()
        && doc.name_lex(k + 1).first_name().is_some()
}

/// Whether token `i` is a lower-case particle of a name ("van", "de").
#[inline]
pub(super) fn is_particle(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    // (a word longer than every particle that starts with its first byte is none of them,
    // without the look-up: most words, "said", "and", "has")
    t.shape == Shape::Word
        && !t.cap
        && word_bytes(doc, i)
            .first()
            .is_some_and(|&b| t.end - t.start <= PARTICLES_BY_FIRST[usize::from(b)])
        && LEX.name_particles.contains(doc.word(i))
}

/// For each byte, the length in bytes of the longest particle of a name ([`is_particle`]) that
/// starts with it (0 when none does).
static PARTICLES_BY_FIRST: std::sync::LazyLock<[usize; 256]> = std::sync::LazyLock::new(|| {
    let mut longest = [0; 256];
    for p in LEX.name_particles.iter() {
        if let Some(&b) = p.as_bytes().first() {
            let l = &mut longest[usize::from(b)];
            *l = (*l).max(p.len());
        }
    }
    longest
});

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
#[inline]
pub(super) fn phrase_lists(doc: &Doc, start: usize, end: usize, buf: &mut String) -> Flags {
    // (One word's lists are its token's; a phrase whose first word begins none on the lists is
    // on none: most runs are no phrase of the lists.)
    if end == start + 1 {
        return doc.tokens[start].lex;
    }
    if end > start && !doc.tokens[start].lex.any(Flags::PHRASE_START) {
        return Flags::default();
    }
    joined_lists(doc, start, end, buf)
}

/// [`phrase_lists`] of a phrase that may be on them, looked up (out of line: the tests before
/// settle most runs in the caller).
#[inline(never)]
fn joined_lists(doc: &Doc, start: usize, end: usize, buf: &mut String) -> Flags {
    LEX.word_lists(joined_low(doc, start, end, buf))
}

#[cfg(test)]
mod tests {
    use super::{is_roman, roman_value};

    /// Roman numerals from 1 to 39 in either case; a monarch's only in capitals from II to XVI.
    #[test]
    fn roman_numerals() {
        let cases: &[(&str, Option<usize>, bool)] = &[
            ("i", Some(1), false),
            ("I", Some(1), false),
            ("II", Some(2), true),
            ("iv", Some(4), false),
            ("Viii", Some(8), false),
            ("VIII", Some(8), true),
            ("X", Some(10), true),
            ("XIV", Some(14), true),
            ("XVI", Some(16), true),
            ("XVII", Some(17), false),
            ("xxxix", Some(39), false),
            ("XL", None, false),
            ("XXXX", None, false),
            ("IIII", None, false),
            ("", None, false),
            ("Vi", Some(6), false),
            ("Level", None, false),
        ];
        for &(w, value, monarch) in cases {
            assert_eq!((roman_value(w), is_roman(w)), (value, monarch), "{w:?}");
        }
    }
}
