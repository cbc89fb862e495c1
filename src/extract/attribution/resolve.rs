//! From a speaker's phrase to a person of the article: "the mayor" to the person the article
//! introduced with that title or description, "the ministry" to the organisation named before.

use super::{Attributor, Speaker};
use crate::extract::lexicon::{Flags, LEX};
use crate::extract::text::Shape;

impl<'d, 'a> Attributor<'d, 'a> {
    pub(super) fn find_descriptions(&self) -> Vec<(&'d str, usize, usize)> {
        let doc = self.doc;
        let mut out = Vec::new();
        for run in &self.people.runs {
            let Some(e) = run.entity else { continue };
            // Titles in or just before the run.
            let from = run.start.saturating_sub(1);
            for t in from..run.name_start {
                if doc.tokens[t].shape == Shape::Word && doc.tokens[t].lex.any(Flags::TITLE) {
                    out.push((self.low(t), e, run.start));
                }
            }
            // An appositive: ", the harbour master," / ", a lawyer representing ...,".
            let mut k = run.end;
            if !doc.is(k, ',') {
                continue;
            }
            k += 1;
            if !doc.tokens.get(k).is_some_and(|t| t.shape == Shape::Word)
                || !LEX.determiners.contains(self.low(k))
            {
                continue;
            }
            let mut head = None;
            for j in k + 1..(k + 10).min(doc.tokens.len()) {
                let t = &doc.tokens[j];
                if t.shape != Shape::Word || t.sent != doc.tokens[run.start].sent {
                    break;
                }
                if t.lex.is_role_noun() && !t.cap {
                    head = Some(self.low(j));
                }
            }
            if let Some(h) = head {
                out.push((h, e, run.start));
            }
        }
        out
    }

    /// The organisation that "the <head>" at token `at` refers back to: the latest capitalised
    /// run containing the head word ("the Ministry of Health" for "the ministry"), else the
    /// latest organisation that spoke, within the last three paragraphs.
    pub(super) fn organisation_before(&self, at: usize, head: &str) -> Option<String> {
        let doc = self.doc;
        let para = doc.tokens[at].para;
        let near = |t: usize| doc.tokens[t].para + 3 >= para;
        let text_of = |start: usize, end: usize| {
            let mut s = start;
            if s > 0 && self.is_word(s - 1, "the") {
                s -= 1;
            }
            doc.text[doc.tokens[s].start..doc.tokens[end - 1].end].to_string()
        };
        let runs = &self.people.runs;
        let upto = runs.partition_point(|r| r.end <= at);
        for run in runs[..upto]
            .iter()
            .rev()
            .take_while(|r| near(r.start))
            .take(500)
        {
            if run.entity.is_none()
                && !run.blocked
                && (run.start..run.end).any(|t| self.low(t) == head)
                && run.end - run.start > 1
            {
                return Some(text_of(run.start, run.end));
            }
        }
        if !LEX.organisation_heads.contains(head) {
            return None;
        }
        let upto = self.events.partition_point(|(pos, _)| *pos < at);
        self.events[..upto]
            .iter()
            .rev()
            .take_while(|(pos, _)| near(*pos))
            .take(200)
            .find_map(|(_, sp)| match sp {
                Speaker::Named(n) if n.chars().next().is_some_and(char::is_uppercase) => {
                    Some(n.clone())
                }
                _ => None,
            })
    }
}
