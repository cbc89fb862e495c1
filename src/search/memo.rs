//! What the searches of one generation of the index share, worked out once: the votes of the
//! things facet, the identity of every name and of the names of each surname lately asked
//! (see [`super::identity`]), which person and people searches need, each a pass over many
//! articles; and every quote of the index in the order of a quote search with no words (the
//! page everyone opens first), a pass over all quotes. A commit makes a new generation, and
//! everything of the older one is dropped.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, PoisonError};

use anyhow::Result;
use rustc_hash::FxHashMap;

use super::identity::Identity;
use super::quotes::Matched;

/// How many surnames are kept.
const SURNAMES: usize = 256;

/// The articles of each name that show it to be a thing's.
pub(crate) type Things = FxHashMap<String, u64>;

/// The names of one surname (the people of the articles that name anyone by it), as the index
/// counts them.
#[derive(Debug, Default)]
pub(crate) struct Surname {
    /// Each name with its number of articles.
    pub people: Vec<(String, u64)>,
    /// The words of each of `people`, as the name tokenizer reads them.
    pub words: Vec<Vec<String>>,
    /// How the names are counted.
    pub identity: Identity,
}

impl Surname {
    /// The name the index counts the name of words `wanted` under, when it is one of the
    /// surname's (`None` too when the articles show it to be a thing's).
    pub(crate) fn canonical_of(&self, wanted: &[String]) -> Option<String> {
        let at = self.words.iter().position(|w| w == wanted)?;
        let (name, _) = self.people.get(at)?;
        self.identity.canonical(name).map(str::to_string)
    }
}

/// What is kept of one generation.
#[derive(Default)]
struct Generation {
    id: u64,
    things: Option<Arc<Things>>,
    /// The surnames lately asked, the most lately first.
    surnames: VecDeque<(String, Arc<Surname>)>,
    /// Every quote, one of each story, in the order of a search with no words.
    every_quote: Option<Arc<Vec<Matched>>>,
    /// How the index counts every name of its people.
    everyone: Option<Arc<Identity>>,
}

/// What is worked out once of the current generation, shared by searches (a server keeps one
/// for all its searches; a command, one for its own).
#[derive(Default)]
pub(crate) struct GenerationMemo {
    kept: Mutex<Generation>,
}

impl GenerationMemo {
    /// What is kept of `generation`, after dropping what is kept of another.
    fn of(&self, generation: u64) -> std::sync::MutexGuard<'_, Generation> {
        let mut kept = self.kept.lock().unwrap_or_else(PoisonError::into_inner);
        if kept.id != generation {
            *kept = Generation {
                id: generation,
                ..Generation::default()
            };
        }
        kept
    }

    /// The things votes of `generation`: kept ones, or those `count` counts (then kept).
    pub(crate) fn things(
        &self,
        generation: u64,
        count: impl FnOnce() -> Result<Things>,
    ) -> Result<Arc<Things>> {
        self.kept(generation, |g| &mut g.things, count)
    }

    /// Every quote of `generation` (one of each story) in the order of a search with no words:
    /// kept ones, or those `list` lists (then kept).
    pub(super) fn every_quote(
        &self,
        generation: u64,
        list: impl FnOnce() -> Result<Vec<Matched>>,
    ) -> Result<Arc<Vec<Matched>>> {
        self.kept(generation, |g| &mut g.every_quote, list)
    }

    /// How `generation` counts every name of its people: kept, or worked out by `make` (then
    /// kept).
    pub(super) fn everyone(
        &self,
        generation: u64,
        make: impl FnOnce() -> Result<Identity>,
    ) -> Result<Arc<Identity>> {
        self.kept(generation, |g| &mut g.everyone, make)
    }

    /// What `slot` of `generation` keeps, or what `make` makes (then kept there).
    fn kept<T>(
        &self,
        generation: u64,
        slot: impl Fn(&mut Generation) -> &mut Option<Arc<T>>,
        make: impl FnOnce() -> Result<T>,
    ) -> Result<Arc<T>> {
        if let Some(kept) = slot(&mut self.of(generation)) {
            return Ok(Arc::clone(kept));
        }
        // (made without the lock: another search may make it meanwhile, to no harm)
        let made = Arc::new(make()?);
        *slot(&mut self.of(generation)) = Some(Arc::clone(&made));
        Ok(made)
    }

    /// The names of `surname` in `generation`: kept ones, or those `make` works out (then
    /// kept, the least lately asked surname dropped beyond [`SURNAMES`]).
    pub(crate) fn surname(
        &self,
        generation: u64,
        surname: &str,
        make: impl FnOnce() -> Result<Surname>,
    ) -> Result<Arc<Surname>> {
        {
            let mut kept = self.of(generation);
            if let Some(at) = kept.surnames.iter().position(|(s, _)| s == surname) {
                let found = kept.surnames.remove(at).map(|(_, n)| n).unwrap_or_default();
                kept.surnames
                    .push_front((surname.to_string(), Arc::clone(&found)));
                return Ok(found);
            }
        }
        let made = Arc::new(make()?);
        let mut kept = self.of(generation);
        kept.surnames.retain(|(s, _)| s != surname);
        kept.surnames
            .push_front((surname.to_string(), Arc::clone(&made)));
        kept.surnames.truncate(SURNAMES);
        Ok(made)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    /// Surnames are worked out once per generation, the least lately asked dropped first;
    /// the things votes and every quote once per generation.
    #[test]
    fn surnames_and_things_are_worked_out_once_per_generation() {
        let memo = GenerationMemo::default();
        let made = Cell::new(0);
        let get = |generation: u64, surname: &str| {
            memo.surname(generation, surname, || {
                made.set(made.get() + 1);
                Ok(Surname::default())
            })
            .expect("surname");
            made.get()
        };
        let cases = [
            (1, "blair", 1),
            (1, "blair", 1),
            (1, "brown", 2),
            (1, "blair", 2),
            (2, "blair", 3),
            (1, "blair", 4),
        ];
        for (generation, surname, want) in cases {
            assert_eq!(get(generation, surname), want, "{generation} {surname}");
        }
        for n in 0..SURNAMES {
            get(1, &n.to_string());
        }
        let before = made.get();
        assert_eq!(get(1, "blair"), before + 1, "dropped");
        assert_eq!(get(1, &(SURNAMES - 1).to_string()), before + 1, "kept");

        let counted = Cell::new(0);
        let things = |generation: u64| {
            memo.things(generation, || {
                counted.set(counted.get() + 1);
                Ok(Things::default())
            })
            .expect("things");
            counted.get()
        };
        let listed = Cell::new(0);
        let every_quote = |generation: u64| {
            memo.every_quote(generation, || {
                listed.set(listed.get() + 1);
                Ok(Vec::new())
            })
            .expect("every quote");
            listed.get()
        };
        // (things, every quote): each worked out once a generation
        let cases = [(5, (1, 1)), (5, (1, 1)), (6, (2, 2)), (5, (3, 3))];
        for (generation, want) in cases {
            let got = (things(generation), every_quote(generation));
            assert_eq!(got, want, "{generation}");
        }
    }

    #[test]
    fn the_canonical_name_of_a_surname_s_name() {
        let people = vec![("Tony Blair".to_string(), 150), ("Blair".to_string(), 12)];
        let words = vec![
            vec!["tony".to_string(), "blair".to_string()],
            vec!["blair".to_string()],
        ];
        let identity = Identity::of(&people, |_| 0);
        let surname = Surname {
            people,
            words,
            identity,
        };
        let cases: &[(&[&str], Option<&str>)] = &[
            (&["blair"], Some("Tony Blair")),
            (&["tony", "blair"], Some("Tony Blair")),
            (&["cherie", "blair"], None),
        ];
        for (wanted, want) in cases {
            let wanted: Vec<String> = wanted.iter().map(|w| w.to_string()).collect();
            let got = surname.canonical_of(&wanted);
            assert_eq!(got.as_deref(), *want, "{wanted:?}");
        }
    }
}
