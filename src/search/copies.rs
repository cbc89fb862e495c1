//! Copies of one story (the same article twice in a folder, in two formats, under two names)
//! are shown once in results, with the number of the other copies: articles whose bodies have
//! the same words share a hash, kept in a fast field when they are indexed, and a list of hits
//! keeps the first hit of each hash.

use std::collections::HashMap;
use std::hash::Hash;

use anyhow::Result;
use tantivy::collector::Count;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, Term};

use super::{Page, Search, Sort, Window};

/// The first of each group of copies among `items` (in their order), with the number of the
/// others; an item without a key is a story of its own.
pub(super) fn first_of_copies<T, K: Hash + Eq>(
    items: Vec<T>,
    key: impl Fn(&T) -> Option<K>,
) -> Vec<(T, u64)> {
    let mut at: HashMap<K, usize> = HashMap::new();
    let mut out: Vec<(T, u64)> = Vec::with_capacity(items.len());
    for item in items {
        match key(&item) {
            Some(k) => match at.get(&k) {
                Some(&i) => out[i].1 += 1,
                None => {
                    at.insert(k, out.len());
                    out.push((item, 0));
                }
            },
            None => out.push((item, 0)),
        }
    }
    out
}

impl Search<'_> {
    /// The body hash of the article at `addr` (`None` for a body without words).
    pub(super) fn body_hash(&self, addr: DocAddress) -> Option<u64> {
        let reader = self.searcher.segment_reader(addr.segment_ord);
        let column = reader
            .fast_fields()
            .u64(self.store.name(self.fields().body_hash))
            .ok()?;
        column.first(addr.doc_id)
    }

    /// The `window` of the hits of `q` in the order `sort` asks, the copies of one story taken
    /// as one (its best hit), each with the number of the other copies that match `q`; with
    /// `all_copies`, every hit, each with 0. The total counts every matching article, copies
    /// included (counting stories would read every hit).
    pub(super) fn top_distinct(
        &self,
        q: &dyn Query,
        sort: Sort,
        window: Window,
        all_copies: bool,
    ) -> Result<Page<(f32, DocAddress, u64)>> {
        if all_copies {
            let page = self.top(q, sort, window)?;
            let hits = page.hits.into_iter().map(|(s, a)| (s, a, 0)).collect();
            return Ok(Page {
                total: page.total,
                hits,
            });
        }
        let docs = usize::try_from(self.searcher.num_docs()).unwrap_or(usize::MAX);
        let wanted = window.offset.saturating_add(window.limit);
        let mut asked = wanted.max(1);
        let (total, distinct) = loop {
            let page = self.top(
                q,
                sort,
                Window {
                    offset: 0,
                    limit: asked,
                    ..window
                },
            )?;
            let exhausted = page.hits.len() < asked || asked >= docs;
            let distinct = first_of_copies(page.hits, |(_, addr)| self.body_hash(*addr));
            if distinct.len() >= wanted || exhausted {
                break (page.total, distinct);
            }
            asked = asked.saturating_mul(4).min(docs);
        };
        let mut hits = Vec::with_capacity(window.limit.min(distinct.len()));
        for ((score, addr), seen) in distinct.into_iter().skip(window.offset).take(window.limit) {
            // Copies beyond the hits read are counted too.
            let copies = match self.body_hash(addr) {
                Some(hash) if seen > 0 || self.may_have_copies(hash) => {
                    self.matching_copies(q, hash)?.saturating_sub(1)
                }
                _ => 0,
            };
            hits.push((score, addr, copies));
        }
        Ok(Page { total, hits })
    }

    /// Whether more than one article has the body hash `hash`.
    fn may_have_copies(&self, hash: u64) -> bool {
        let term = Term::from_field_u64(self.fields().body_hash, hash);
        self.searcher.doc_freq(&term).unwrap_or(0) > 1
    }

    /// How many articles with the body hash `hash` match `q`.
    pub(super) fn matching_copies(&self, q: &dyn Query, hash: u64) -> Result<u64> {
        let term = Term::from_field_u64(self.fields().body_hash, hash);
        let same = BooleanQuery::new(vec![
            (Occur::Must, q.box_clone()),
            (
                Occur::Must,
                Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
            ),
        ]);
        Ok(self.searcher.search(&same, &Count)? as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_of_each_story_with_its_other_copies() {
        let items = vec![
            ("a", Some(1)),
            ("b", Some(2)),
            ("c", Some(1)),
            ("d", None),
            ("e", None),
            ("f", Some(1)),
        ];
        let got: Vec<(&str, u64)> = first_of_copies(items, |i| i.1)
            .into_iter()
            .map(|(i, n)| (i.0, n))
            .collect();
        assert_eq!(got, [("a", 2), ("b", 0), ("d", 0), ("e", 0)]);
    }
}
