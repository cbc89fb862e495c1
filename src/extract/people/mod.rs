//! The people an article mentions, each with one canonical name: the runs of capitalised words
//! and the name inside each ([`runs`]: titles and other prefixes stripped), then which runs
//! name people, every shorter form ("Clinton", "Hillary") linked to the fullest name the
//! article introduced ([`link`]).

mod link;
mod runs;

pub(crate) use runs::is_date_word;

use super::lexicon::Gender;
use super::text::Doc;

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

impl People {
    /// Find the runs of `doc` and the people they name.
    pub(crate) fn find(doc: &Doc) -> People {
        let mut people = People {
            run_of: vec![u32::MAX; doc.tokens.len()],
            // (room for the runs of most texts, to grow it rarely)
            runs: Vec::with_capacity(doc.tokens.len() / 8),
            ..Default::default()
        };
        people.find_runs(doc);
        people.link(doc);
        people
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

#[cfg(test)]
#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::Doc;

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
