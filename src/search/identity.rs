//! One person, one entry across the index. Each article names its people as fully as it can,
//! and articles differ: one says "George W Bush", another only "Mr Bush", a third "George
//! Bush"; and a name some articles take for a person's others show to be a band's or a film's.
//! From the people facet's counts (articles per name) and the votes of the things facet, the
//! shorter names are counted for the one full name they stand for when the index knows that
//! name well enough, and the names that the articles show to be things are left out. Worked out
//! at query time from counts alone, for the names of one surname at a time: `people` and
//! `person` see the same names and agree.

use std::collections::{HashMap, HashSet};

use crate::extract::short_form_pair;
use crate::fold::{lower_words, without_accents};

/// Articles a full name must have before a surname alone is counted for it.
const KNOWN: u64 = 5;

/// The share of the articles of a surname's full names that one of them must hold for the
/// shorter names to be counted for it ("Blair" for Tony Blair, not "Williams" for one of many).
const DOMINANT: f64 = 0.9;

/// A name of one surname: its lower-case words, the name as indexed, its articles.
type Named<'a> = (Vec<String>, &'a str, u64);

/// How a name's articles are counted across the index.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Identity {
    /// Shorter names counted for a fuller one: "Bush" -> "George W Bush".
    merged: HashMap<String, String>,
    /// Names the articles show to be things', left out.
    dropped: HashSet<String>,
}

impl Identity {
    /// The identity of the names of `people` (each with its number of articles), with
    /// `things(name)` the number of articles that show the name to be a thing's.
    pub(crate) fn of(people: &[(String, u64)], things: impl Fn(&str) -> u64) -> Identity {
        let mut id = Identity::default();
        for (name, n) in people {
            if is_thing(*n, things(name)) {
                id.dropped.insert(name.clone());
            }
        }
        // The names of each surname (last word, folded: lower case, no accents), fullest
        // first.
        let mut by_surname: HashMap<String, Vec<Named>> = HashMap::new();
        for (name, n) in people {
            if id.dropped.contains(name) {
                continue;
            }
            let words: Vec<String> = lower_words(&without_accents(name))
                .split(' ')
                .map(String::from)
                .collect();
            let Some(last) = words.last().cloned() else {
                continue;
            };
            by_surname
                .entry(last)
                .or_default()
                .push((words, name.as_str(), *n));
        }
        for names in by_surname.values_mut() {
            // (a name written with accents before the same without: "José Martí")
            names.sort_by(|a, b| {
                b.0.len()
                    .cmp(&a.0.len())
                    .then(b.2.cmp(&a.2))
                    .then(a.1.is_ascii().cmp(&b.1.is_ascii()))
                    .then(a.1.cmp(b.1))
            });
            id.merge_surname(names);
        }
        id
    }

    /// Counts the shorter names of one surname (`names`, fullest first, then by articles) for
    /// the full name that holds them and dominates the others that do, and a name whose given
    /// name is a short form or the full form of a better-known one's for that one.
    fn merge_surname(&mut self, names: &[Named]) {
        for (i, (short, short_name, _)) in names.iter().enumerate() {
            // The same name but for its accents, case or stops ("Jose Marti" and "José
            // Martí", "George W. Bush" and "George W Bush"): one person, under the form more
            // articles write.
            if let Some(j) =
                (0..i).find(|&j| names[j].0 == *short && !self.merged.contains_key(names[j].1))
            {
                self.merged
                    .insert(short_name.to_string(), names[j].1.to_string());
                continue;
            }
            // The fuller names that hold every word of this one, and the names as full whose
            // given name this one shortens or writes out ("Steve Gerrard", "Steven Gerrard"):
            // of those, the one with more articles comes first.
            let holders: Vec<usize> = (0..i)
                .filter(|&j| {
                    (names[j].0.len() > short.len() && holds(&names[j].0, short))
                        || given_name_varies(&names[j].0, short)
                })
                .collect();
            // (names already counted for another are not holders of their own)
            let heads: Vec<usize> = holders
                .into_iter()
                .filter(|&j| !self.merged.contains_key(names[j].1))
                .collect();
            let total: u64 = heads.iter().map(|&j| self.articles(names, j)).sum();
            let Some(&best) = heads.iter().max_by_key(|&&j| self.articles(names, j)) else {
                continue;
            };
            let n = self.articles(names, best);
            if n >= KNOWN && n as f64 >= DOMINANT * total as f64 {
                self.merged
                    .insert(short_name.to_string(), names[best].1.to_string());
            }
        }
    }

    /// The articles of the `j`th of `names` and of the names counted for it so far.
    fn articles(&self, names: &[Named], j: usize) -> u64 {
        let head = names[j].1;
        names[j].2
            + names
                .iter()
                .filter(|(_, n, _)| self.merged.get(*n).is_some_and(|h| h == head))
                .map(|(_, _, c)| c)
                .sum::<u64>()
    }

    /// The name `name` is counted under: the full name it stands for, itself, or none when
    /// the articles show it to be a thing's.
    pub(crate) fn canonical<'a>(&'a self, name: &'a str) -> Option<&'a str> {
        if self.dropped.contains(name) {
            return None;
        }
        Some(self.merged.get(name).map_or(name, String::as_str))
    }

    /// The names counted for `canonical` other than itself.
    pub(crate) fn aliases<'a>(&'a self, canonical: &'a str) -> impl Iterator<Item = &'a str> {
        self.merged
            .iter()
            .filter(move |(_, head)| *head == canonical)
            .map(|(short, _)| short.as_str())
    }

    /// The `people` (names with their articles) as the index counts them: each under its
    /// canonical name, things left out, the most articles first (then by name).
    pub(crate) fn count(&self, people: &[(String, u64)]) -> Vec<(String, u64)> {
        let mut counts: HashMap<&str, u64> = HashMap::new();
        for (name, n) in people {
            if let Some(c) = self.canonical(name) {
                *counts.entry(c).or_default() += n;
            }
        }
        let mut out: Vec<(String, u64)> = counts
            .into_iter()
            .map(|(name, n)| (name.to_string(), n))
            .collect();
        out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        out
    }
}

/// Whether a name of `people` articles, `things` of which show it to be a thing's, is a
/// thing's: at least two such articles and one for every six that take it for a person (most
/// articles name a band or a film with no sign of what it is).
fn is_thing(people: u64, things: u64) -> bool {
    things >= 2 && things * 6 >= people
}

/// Whether the name of lower-case words `big` holds every word of `small`, an initial of
/// `small` standing for a word of `big` that begins with it ("George W Bush" holds "George
/// Bush" and "G Bush", not "Kate Bush").
fn holds(big: &[String], small: &[String]) -> bool {
    small.iter().all(|w| {
        big.contains(w) || (w.chars().count() == 1 && big.iter().any(|b| b.starts_with(w.as_str())))
    })
}

/// Whether the names of lower-case words `big` and `small` differ in their given names, one a
/// short form of the other, `big` holding the words after `small`'s ("steven gerrard" and
/// "steve gerrard", "patrick j leahy" and "pat leahy", "bernie ebbers" and "bernard ebbers").
fn given_name_varies(big: &[String], small: &[String]) -> bool {
    match (big.split_first(), small.split_first()) {
        (Some((a, big_rest)), Some((b, small_rest))) => {
            !small_rest.is_empty()
                && big.len() >= small.len()
                && short_form_pair(a, b)
                && holds(big_rest, small_rest)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(rows: &[(&str, u64)]) -> Vec<(String, u64)> {
        rows.iter().map(|(n, c)| (n.to_string(), *c)).collect()
    }

    #[test]
    fn shorter_names_are_counted_for_the_full_name_the_index_knows() {
        type Rows<'a> = &'a [(&'a str, u64)];
        let cases: &[(Rows, Rows)] = &[
            // one Bush well known: "Bush" and "George Bush" are his
            (
                &[
                    ("George W Bush", 25),
                    ("Bush", 16),
                    ("George Bush", 4),
                    ("Kate Bush", 2),
                ],
                &[("George W Bush", 45), ("Kate Bush", 2)],
            ),
            // many Williamses: "Williams" stays apart
            (
                &[
                    ("Robbie Williams", 15),
                    ("Serena Williams", 12),
                    ("Williams", 6),
                ],
                &[
                    ("Robbie Williams", 15),
                    ("Serena Williams", 12),
                    ("Williams", 6),
                ],
            ),
            // a full name known from too few articles
            (&[("Ann Lee", 3), ("Lee", 4)], &[("Lee", 4), ("Ann Lee", 3)]),
            // a given name and its short form, one of them well known: that one
            (
                &[("Steven Gerrard", 15), ("Steve Gerrard", 1), ("Gerrard", 5)],
                &[("Steven Gerrard", 21)],
            ),
            (
                &[("Bernie Ebbers", 9), ("Bernard Ebbers", 2)],
                &[("Bernie Ebbers", 11)],
            ),
            // ... neither well known: they stay apart
            (
                &[("James Morrison", 1), ("Jim Morrison", 1)],
                &[("James Morrison", 1), ("Jim Morrison", 1)],
            ),
            // two given names never merge
            (
                &[("Mark Waugh", 9), ("Steve Waugh", 8)],
                &[("Mark Waugh", 9), ("Steve Waugh", 8)],
            ),
            // one name but for its accents or stops, however few its articles: the form more
            // articles write, the accented one when as many do
            (
                &[("Jose Marti", 1), ("José Martí", 1), ("Marti", 1)],
                &[("José Martí", 2), ("Marti", 1)],
            ),
            (
                &[("George W. Bush", 3), ("George W Bush", 1)],
                &[("George W. Bush", 4)],
            ),
            (
                &[("Zoe Brandt", 2), ("Zoë Brandt", 1)],
                &[("Zoe Brandt", 3)],
            ),
        ];
        for (input, want) in cases {
            let p = people(input);
            let id = Identity::of(&p, |_| 0);
            assert_eq!(id.count(&p), people(want), "{input:?}");
        }
    }

    #[test]
    fn names_the_articles_show_to_be_things_are_left_out() {
        let p = people(&[
            ("Franz Ferdinand", 16),
            ("Tony Blair", 150),
            ("Vera Drake", 8),
        ]);
        let things = |n: &str| match n {
            "Franz Ferdinand" => 5,
            "Tony Blair" => 1,
            "Vera Drake" => 1,
            _ => 0,
        };
        let id = Identity::of(&p, things);
        assert_eq!(
            id.count(&p),
            people(&[("Tony Blair", 150), ("Vera Drake", 8)])
        );
        assert_eq!(id.canonical("Franz Ferdinand"), None);
    }

    #[test]
    fn aliases_of_a_canonical_name() {
        let p = people(&[("Tony Blair", 150), ("Blair", 12), ("Ian Blair", 3)]);
        let id = Identity::of(&p, |_| 0);
        assert_eq!(id.canonical("Blair"), Some("Tony Blair"));
        assert_eq!(id.aliases("Tony Blair").collect::<Vec<_>>(), vec!["Blair"]);
        assert_eq!(id.aliases("Ian Blair").count(), 0);
    }
}
