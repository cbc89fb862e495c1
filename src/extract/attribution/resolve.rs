//! From a speaker's phrase to whom it refers to: a pronoun to the person last mentioned, "her
//! husband" to the last man who spoke, "the mayor" to the person the article introduced with
//! that title or description, "the ministry" to the organisation named before.

use super::{Attributor, Speaker};
use crate::extract::lexicon::{Flags, Gender, LEX};
use crate::extract::text::Shape;

impl<'d, 'a> Attributor<'d, 'a> {
    /// The person a pronoun of gender `g` at token `at` refers back to.
    pub(super) fn antecedent_of(&self, at: usize, g: Gender) -> Option<Speaker> {
        self.people
            .antecedent(self.doc, at, g)
            .map(|e| Speaker::Person(e, None))
    }

    /// The person that "his wife", "her husband" ending at token `end` is: the last person of
    /// gender `g` who spoke before it (of the last 50 who spoke).
    pub(super) fn kin_speaker(&self, end: usize, g: Gender) -> Option<Speaker> {
        let upto = self.events.partition_point(|(pos, _)| *pos < end);
        self.events[..upto]
            .iter()
            .rev()
            .take(50)
            .filter_map(|(_, sp)| match sp {
                Speaker::Person(e, _) => Some(*e),
                Speaker::Named(_) => None,
            })
            .find(|e| self.people.entities[*e].gender == g)
            .map(|e| Speaker::Person(e, None))
    }

    /// Who "the `head`" (tokens `start..=end`) refers back to: the person the article
    /// introduced with that title or description ("the mayor"), else the organisation named
    /// before ("the ministry", "the company").
    pub(super) fn referent_of_the(&self, start: usize, end: usize, head: &str) -> Option<Speaker> {
        let upto = self.descriptions.partition_point(|(_, _, at)| *at < end);
        let described = self.descriptions[..upto]
            .iter()
            .rev()
            .take(200)
            .find(|(h, _, _)| *h == head);
        match described {
            Some(&(_, e, _)) => Some(Speaker::Person(e, None)),
            None => self.organisation_before(start, head).map(Speaker::Named),
        }
    }

    /// The descriptions of the people of the article, as (head noun, person, token of the
    /// mention): from titles ("Mayor Annika Solberg") and appositives ("Tomas Lindqvist, the
    /// harbour master,").
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

    /// The organisation that "the `head`" at token `at` refers back to: the latest capitalised
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

#[cfg(test)]
mod tests {
    use crate::extract::testing::{check, Cases};

    /// Who a pronoun, a family relation, "the mayor" or "the ministry" refers to.
    #[test]
    fn referents() {
        let cases: Cases = &[
            // pronoun with two people of different genders
            // "the mayor": the person introduced with that title, or that description
            (
                "Mayor Annika Solberg opened the bridge. “It is a great day,” the mayor said.",
                &[("It is a great day,", Some("Annika Solberg"), Some("Annika Solberg"))],
            ),
            (
                "Rita Delgado, the senator, voted. “It is done,” the senator said.",
                &[("It is done,", Some("Rita Delgado"), Some("Rita Delgado"))],
            ),
            // "his wife": the last woman who spoke, if one did
            (
                "Greta Holm said the shop would close. Then Carl Holm said it was late. “We are proud,” his wife said.",
                &[("We are proud,", Some("Greta Holm"), Some("Greta Holm"))],
            ),
            (
                "Carl Holm said the shop would close. “We are proud,” his wife said.",
                &[("We are proud,", None, None)],
            ),
            // "the ministry": the organisation named before, or the one that spoke
            (
                "The Ministry of Health published figures. “Cases are falling,” the ministry said.",
                &[("Cases are falling,", Some("The Ministry of Health"), None)],
            ),
            (
                "Shares fell. Later, Acme Corp said sales rose. “We are pleased,” the company said.",
                &[("We are pleased,", Some("Acme Corp"), None)],
            ),
            (
                "John Wells met Mary Hale. “It went well,” she said.",
                &[("It went well,", Some("Mary Hale"), Some("Mary Hale"))],
            ),
        ];
        check(cases);
    }
}
