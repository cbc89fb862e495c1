//! Facets lately counted, kept by what they are of: coming back to a search (its next page from
//! another client, the landing view everyone opens) does not count them again. A commit makes a
//! new generation of the index's searcher, so facets of an older one are never served; the
//! cache holds a few dozen entries, the oldest used dropped first.

use std::collections::VecDeque;
use std::sync::{Mutex, PoisonError};

use crate::search::{Facets, Filters, Sort};

/// How many facets are kept.
const ENTRIES: usize = 64;

/// What facets are of: the searcher's generation, the kind of search and what it was asked
/// (its words or name, and its filters; their order of hits does not change facets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetKey {
    generation: u64,
    kind: &'static str,
    asked: String,
    filters: String,
}

impl FacetKey {
    pub fn new(generation: u64, kind: &'static str, asked: &str, filters: &Filters) -> FacetKey {
        let unsorted = Filters {
            sort: Sort::Relevance,
            ..filters.clone()
        };
        FacetKey {
            generation,
            kind,
            asked: asked.to_string(),
            filters: format!("{unsorted:?}"),
        }
    }
}

/// The facets lately counted, the most lately used first.
#[derive(Default)]
pub struct FacetCache {
    entries: Mutex<VecDeque<(FacetKey, Facets)>>,
}

impl FacetCache {
    /// The facets of `key`: kept ones, or those `count` counts (then kept).
    pub fn get_or(
        &self,
        key: FacetKey,
        count: impl FnOnce() -> anyhow::Result<Facets>,
    ) -> anyhow::Result<Facets> {
        if let Some(found) = self.take(&key) {
            self.keep(key, found.clone());
            return Ok(found);
        }
        let facets = count()?;
        self.keep(key, facets.clone());
        Ok(facets)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, VecDeque<(FacetKey, Facets)>> {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Takes the facets of `key` out, if kept.
    fn take(&self, key: &FacetKey) -> Option<Facets> {
        let mut entries = self.lock();
        let at = entries.iter().position(|(k, _)| k == key)?;
        entries.remove(at).map(|(_, f)| f)
    }

    /// Keeps `facets` first, dropping the least lately used beyond the cache's size.
    fn keep(&self, key: FacetKey, facets: Facets) {
        let mut entries = self.lock();
        entries.retain(|(k, _)| *k != key);
        entries.push_front((key, facets));
        entries.truncate(ENTRIES);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Facets are counted once per generation, search and filters (whatever their sort), and
    /// the least lately used go first.
    #[test]
    fn facets_are_counted_once_per_generation_and_search() {
        let cache = FacetCache::default();
        let counted = std::cell::Cell::new(0);
        let get = |generation: u64, asked: &str, sort: Sort| {
            let filters = Filters {
                sort,
                ..Filters::default()
            };
            let key = FacetKey::new(generation, "search", asked, &filters);
            cache
                .get_or(key, || {
                    counted.set(counted.get() + 1);
                    Ok(Facets::default())
                })
                .expect("facets");
            counted.get()
        };
        let cases = [
            (1, "tax", Sort::Relevance, 1),
            (1, "tax", Sort::Date, 1),
            (1, "ferry", Sort::Relevance, 2),
            (2, "tax", Sort::Relevance, 3),
            (1, "tax", Sort::Relevance, 3),
        ];
        for (generation, asked, sort, want) in cases {
            assert_eq!(
                get(generation, asked, sort),
                want,
                "{generation} {asked} {sort:?}"
            );
        }
        for n in 0..ENTRIES {
            get(3, &n.to_string(), Sort::Relevance);
        }
        assert_eq!(cache.lock().len(), ENTRIES);
        let before = counted.get();
        assert_eq!(get(1, "tax", Sort::Relevance), before + 1, "dropped");
    }
}
