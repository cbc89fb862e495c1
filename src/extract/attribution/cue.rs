//! The cue of an attribution: the verb of saying (one word or two: "said", "shot back") or
//! "according to" that attributes a quote, and where it stands: between the parts of a joined
//! quote, right after the quote, before it, later in the sentence, or a signature line.

use super::{Attributor, Speaker};
use crate::extract::lexicon::{Flags, LEX};
use crate::extract::text::Shape;

impl<'d, 'a> Attributor<'d, 'a> {
    pub(super) fn speech_verb_at(&self, i: usize) -> bool {
        let doc = self.doc;
        let t = &doc.tokens[i];
        // (All the forms below are words outside quotes: the rest is answered without reading
        // the text.)
        if t.shape != Shape::Word || t.in_quote {
            return false;
        }
        // (The flags say whether the word may begin a verb of two words: the others are not
        // read.)
        if t.lex.any(Flags::TWO_WORD_VERB) {
            let (w, next) = (doc.word(i), doc.tokens.get(i + 1).map(|_| doc.word(i + 1)));
            if LEX
                .two_word_verbs
                .iter()
                .any(|&(first, second)| w == first && next == Some(second))
            {
                return true;
            }
        }
        t.lex.any(Flags::SPEECH_VERB)
            && t.end - t.start <= 12
            && (doc.text.as_bytes()[t.start].is_ascii_lowercase()
                || i == 0
                || doc.tokens[i - 1].sent != t.sent)
    }

    /// "according to X" ending at or after token `from` within `[from, to)`.
    pub(super) fn according_to(&self, from: usize, to: usize) -> Option<Speaker> {
        for i in from..to.saturating_sub(1) {
            if self.is_word(i, "according")
                && self.is_word(i + 1, "to")
                && !self.doc.tokens[i].in_quote
            {
                return self.np_starting_at(i + 2).map(|(s, _)| s);
            }
        }
        None
    }

    /// Whether a speech verb stands right before token `open` (a comma or colon between
    /// allowed): "chanted “USA!”", "said, “No.”".
    pub(crate) fn verb_just_before(&self, open: usize) -> bool {
        let doc = self.doc;
        let mut i = open;
        for _ in 0..2 {
            let Some(p) = i.checked_sub(1) else {
                return false;
            };
            if doc.tokens[p].sent != doc.tokens[open].sent {
                return false;
            }
            if doc.is(p, ',') || doc.is(p, ':') {
                i = p;
                continue;
            }
            return self.is_verb(p);
        }
        false
    }

    /// The speaker of the first attribution in tokens `[from, to)`: "according to X", or a
    /// speech verb with its subject.
    pub(super) fn attribution_in(&self, from: usize, to: usize) -> Option<Speaker> {
        if let Some(speaker) = self.according_to(from, to) {
            return Some(speaker);
        }
        (from..to)
            .filter(|&v| self.is_verb(v))
            .find_map(|v| self.subject_of(v))
    }

    /// The person a paragraph opening with a dash names right after the paragraph that ends
    /// at token `close`: "- Hillary Clinton.", "—Sen. Ted Cruz, in a statement".
    pub(super) fn signature_after(&self, close: usize) -> Option<Speaker> {
        let doc = self.doc;
        let dash = close + 1;
        let t = doc.tokens.get(dash)?;
        if t.para == doc.tokens[close].para || !matches!(doc.first_char(dash), '-' | '—' | '–')
        {
            return None;
        }
        let mut k = dash + 1;
        while doc.tokens.get(k).is_some_and(|t| {
            t.para == doc.tokens[dash].para
                && t.shape == Shape::Word
                && self.people.run_at(k).is_none_or(|r| r.entity.is_none())
                && t.lex.any(Flags::TITLE)
        }) {
            k += 1;
        }
        let run = self.people.run_at(k)?;
        let e = run.entity?;
        (doc.tokens[k].para == doc.tokens[dash].para)
            .then_some(Speaker::Person(e, Some(run.name_end)))
    }
}
