//! Copies of one story (the same article twice in a folder, in two formats, under two names)
//! are shown once in results, with the number of the other copies: articles whose bodies have
//! the same words share a hash, kept in a fast field when they are indexed, and a list of hits
//! keeps the first hit of each hash.

use std::collections::HashMap;
use std::hash::Hash;

use anyhow::Result;
use tantivy::collector::{Collector, Count, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, DocId, Score, SegmentReader, Term};

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
    /// `all_copies`, every hit, each with 0. The total, when the window counts, is the number
    /// of stories that match (else what the search read counted, copies included).
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
            let page = self.top(q, sort, Window::first(asked))?;
            let exhausted = page.hits.len() < asked || asked >= docs;
            let distinct = first_of_copies(page.hits, |(_, addr)| self.body_hash(*addr));
            if distinct.len() >= wanted || exhausted {
                break (page.total, distinct);
            }
            asked = asked.saturating_mul(4).min(docs);
        };
        // A counted window reads every match once: the stories' number, and each story's
        // copies from it (else each hit's copies are counted by a search of their own).
        let stories = if window.count {
            let field = self.store.name(self.fields().body_hash);
            Some(self.searcher.search(q, &CountStories { field })?)
        } else {
            None
        };
        let mut hits = Vec::with_capacity(window.limit.min(distinct.len()));
        for ((score, addr), seen) in distinct.into_iter().skip(window.offset).take(window.limit) {
            // Copies beyond the hits read are counted too.
            let copies = match (self.body_hash(addr), &stories) {
                (Some(hash), Some((counts, _))) => {
                    u64::from(counts.get(&hash).copied().unwrap_or(1).saturating_sub(1))
                }
                (Some(hash), None) if seen > 0 || self.may_have_copies(hash) => {
                    self.matching_copies(q, hash)?.saturating_sub(1)
                }
                _ => 0,
            };
            hits.push((score, addr, copies));
        }
        let total = match stories {
            Some((counts, unhashed)) => counts.len() + unhashed,
            None => total,
        };
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

/// Counts the matching articles of each body hash, and those without one.
struct CountStories<'a> {
    field: &'a str,
}

struct CountStoriesSegment {
    hashes: Column<u64>,
    seen: (HashMap<u64, u32>, usize),
}

impl Collector for CountStories<'_> {
    type Fruit = (HashMap<u64, u32>, usize);
    type Child = CountStoriesSegment;

    fn for_segment(&self, _: u32, reader: &SegmentReader) -> tantivy::Result<CountStoriesSegment> {
        Ok(CountStoriesSegment {
            hashes: reader.fast_fields().u64(self.field)?,
            seen: (HashMap::new(), 0),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Self::Fruit>) -> tantivy::Result<Self::Fruit> {
        let mut all: Self::Fruit = (HashMap::new(), 0);
        for (counts, unhashed) in fruits {
            for (hash, n) in counts {
                *all.0.entry(hash).or_insert(0) += n;
            }
            all.1 += unhashed;
        }
        Ok(all)
    }
}

impl SegmentCollector for CountStoriesSegment {
    type Fruit = (HashMap<u64, u32>, usize);

    fn collect(&mut self, doc: DocId, _: Score) {
        match self.hashes.first(doc) {
            Some(hash) => *self.seen.0.entry(hash).or_insert(0) += 1,
            None => self.seen.1 += 1,
        }
    }

    fn harvest(self) -> Self::Fruit {
        self.seen
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::Origin;

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

    /// A page's total and its hits' paths with their copies, in path order.
    fn rows<'a>(
        total: usize,
        hits: impl Iterator<Item = &'a Origin>,
    ) -> (usize, Vec<(&'a str, u64)>) {
        let mut got: Vec<(&str, u64)> = hits.map(|o| (o.path.as_str(), o.copies)).collect();
        got.sort();
        (total, got)
    }

    /// Copies of a story are one hit and one in a page's total (all of them with `all_copies`),
    /// in article and person searches, a window at a time.
    #[test]
    fn copies_are_one_hit_and_one_in_the_total() {
        let said: &[(&str, u32, &[&str])] = &[("Ann Lee", 1, &["We sail"])];
        let (_dir, store) = crate::search::tests::store(&[
            ("/a", "/a", "Ferry sails", "", "2024-03-05", said),
            ("/b", "/b", "Ferry sails", "", "2024-03-06", said),
            ("/c", "/c", "Ferry sinks", "", "2024-03-07", said),
        ]);
        let search = Search::new(&store).expect("search");
        let cases = [
            (false, Window::page(0, 10), (2, vec![("/a", 1), ("/c", 0)])),
            (false, Window::page(1, 10), (2, vec![("/c", 0)])),
            (false, Window::first(1), (1, vec![("/a", 1)])),
            (
                true,
                Window::page(0, 10),
                (3, vec![("/a", 0), ("/b", 0), ("/c", 0)]),
            ),
        ];
        for (all_copies, window, want) in cases {
            let filters = crate::search::Filters {
                all_copies,
                ..Default::default()
            };
            let articles = search.articles_page("*", &filters, window).expect("page");
            let person = search.person_page("lee", &filters, window).expect("page");
            let got = [
                rows(articles.total, articles.hits.iter().map(|h| &h.article)),
                rows(person.total, person.hits.iter().map(|h| &h.article)),
            ];
            assert_eq!(got, [want.clone(), want], "{all_copies} {window:?}");
        }
    }
}
