//! Copies of one story (the same article twice in a folder, in two formats, under two names)
//! are shown once in results, with the number of the other copies: articles whose bodies have
//! the same words share a hash, kept in a fast field when they are indexed, and a list of hits
//! keeps the first hit of each hash. A counted page by relevance reads the matches once
//! ([`Stories`]: the best hit of each hash and its number of copies).

use std::collections::HashMap;
use std::hash::Hash;

use anyhow::Result;
use rustc_hash::FxHashMap;
use tantivy::collector::{Collector, Count, SegmentCollector, TopDocs};
use tantivy::columnar::Column;
use tantivy::query::{AllQuery, BooleanQuery, ConstScoreQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocAddress, DocId, Score, SegmentReader, TantivyDocument, Term};

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

/// The value at `addr` of a column read per segment (see [`Search::u64_columns`]).
fn value_at(columns: &[Option<Column<u64>>], addr: DocAddress) -> Option<u64> {
    columns
        .get(addr.segment_ord as usize)?
        .as_ref()?
        .first(addr.doc_id)
}

impl Search<'_> {
    /// The column of the u64 `field` (a body or file hash) of each segment (`None` where it
    /// cannot be read), to look hits up without opening a column for each (see [`value_at`]).
    fn u64_columns(&self, field: Field) -> Vec<Option<Column<u64>>> {
        let name = self.store.name(field);
        self.searcher
            .segment_readers()
            .iter()
            .map(|reader| reader.fast_fields().u64(name).ok())
            .collect()
    }

    /// The `window` of the hits of `q` in the order `sort` asks, the copies of one story taken
    /// as one (its best hit), each with the number of the other copies that match `q`; with
    /// `all_copies`, every hit, each with 0. By relevance, or when the window counts, the total
    /// is the number of stories that match (else what the search read counted, copies
    /// included).
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
        if sort == Sort::Relevance {
            // Every match is read, to count the stories and to rank hits of equal score by
            // their text, not by where the ingest wrote them: the best of each story is kept on
            // the way.
            let f = self.fields();
            let (field, file) = (self.store.name(f.body_hash), self.store.name(f.hash));
            let stories = self.searcher.search(q, &BestOfStories { field, file })?;
            return self.identical_first(q, stories.page(window));
        }
        let columns = self.u64_columns(self.fields().body_hash);
        let body_hash = |addr: DocAddress| value_at(&columns, addr);
        let docs = usize::try_from(self.searcher.num_docs()).unwrap_or(usize::MAX);
        let wanted = window.offset.saturating_add(window.limit);
        let mut asked = wanted.max(1);
        let (total, distinct) = loop {
            let page = self.top(q, sort, Window::first(asked))?;
            let exhausted = page.hits.len() < asked || asked >= docs;
            let distinct = first_of_copies(page.hits, |(_, addr)| body_hash(*addr));
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
            let copies = match (body_hash(addr), &stories) {
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
        self.identical_first(q, Page { total, hits })
    }

    /// `page` with each hit that has copies shown by [`Self::first_identical`].
    fn identical_first(
        &self,
        q: &dyn Query,
        mut page: Page<(f32, DocAddress, u64)>,
    ) -> Result<Page<(f32, DocAddress, u64)>> {
        for (score, addr, copies) in &mut page.hits {
            if *copies > 0 {
                *addr = self.first_identical(q, Some(*score), *addr)?;
            }
        }
        Ok(page)
    }

    /// The copy that stands for the files identical to that of the hit at `addr` (one file
    /// hash, so one text) among the matches of `q` of the hit's score (when `score` is given):
    /// the first by identity (path, then record). Which of them the ingest wrote first depends
    /// on its threads, and would otherwise decide the path shown from one index to the next.
    fn first_identical(
        &self,
        q: &dyn Query,
        score: Option<f32>,
        addr: DocAddress,
    ) -> Result<DocAddress> {
        let f = self.fields();
        let files = self.u64_columns(f.hash);
        let body = self
            .searcher
            .segment_readers()
            .get(addr.segment_ord as usize)
            .and_then(|reader| reader.fast_fields().u64(self.store.name(f.body_hash)).ok())
            .and_then(|column| column.first(addr.doc_id));
        let (Some(body), Some(file)) = (body, value_at(&files, addr)) else {
            return Ok(addr);
        };
        // (the articles with the hash, deleted ones included, bound the copies that match)
        let term = Term::from_field_u64(f.body_hash, body);
        let with_hash = usize::try_from(self.searcher.doc_freq(&term)?).unwrap_or(usize::MAX);
        if with_hash < 2 {
            return Ok(addr);
        }
        let scores = self.searcher.search(
            &self.copies_of(q, body),
            &TopDocs::with_limit(with_hash).order_by_score(),
        )?;
        let mut best: Option<(String, DocAddress)> = None;
        for (s, a) in scores {
            if score.is_some_and(|score| s != score) || value_at(&files, a) != Some(file) {
                continue;
            }
            let doc: TantivyDocument = self.searcher.doc(a)?;
            let id = super::first_str(&doc, f.id).unwrap_or_default();
            if best.as_ref().is_none_or(|(b, _)| id < *b) {
                best = Some((id, a));
            }
        }
        Ok(best.map_or(addr, |(_, a)| a))
    }

    /// [`Self::first_identical`] of the article at `addr`, whatever matched in it (a quote:
    /// identical files hold the same quotes).
    pub(super) fn first_identical_article(&self, addr: DocAddress) -> Result<DocAddress> {
        self.first_identical(&AllQuery, None, addr)
    }

    /// How many stories the articles matching `q` tell: copies of one body count once.
    pub(super) fn count_stories(&self, q: &dyn Query) -> Result<u64> {
        let field = self.store.name(self.fields().body_hash);
        let (counts, unhashed) = self.searcher.search(q, &CountStories { field })?;
        Ok((counts.len() + unhashed) as u64)
    }

    /// Whether more than one article has the body hash `hash`.
    fn may_have_copies(&self, hash: u64) -> bool {
        let term = Term::from_field_u64(self.fields().body_hash, hash);
        self.searcher.doc_freq(&term).unwrap_or(0) > 1
    }

    /// How many articles with the body hash `hash` match `q`.
    pub(super) fn matching_copies(&self, q: &dyn Query, hash: u64) -> Result<u64> {
        Ok(self.searcher.search(&self.copies_of(q, hash), &Count)? as u64)
    }

    /// The articles with the body hash `hash` that match `q`, each scored as `q` scores it.
    fn copies_of(&self, q: &dyn Query, hash: u64) -> BooleanQuery {
        let term = Term::from_field_u64(self.fields().body_hash, hash);
        let hashed = TermQuery::new(term, IndexRecordOption::Basic);
        BooleanQuery::new(vec![
            (Occur::Must, q.box_clone()),
            (
                Occur::Must,
                Box::new(ConstScoreQuery::new(Box::new(hashed), 0.0)),
            ),
        ])
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

/// A hit: its score, its file's hash (of the file's bytes, fixed by its text) and its address.
#[derive(Debug, Clone, Copy)]
struct Hit {
    score: f32,
    file: Option<u64>,
    addr: DocAddress,
}

/// The order of hits by relevance: the higher score first, then the file's hash, which the
/// text fixes, then the address, which follows the order a parallel ingest happened to write
/// in (and orders records of one file).
fn by_relevance(a: &Hit, b: &Hit) -> std::cmp::Ordering {
    (b.score.total_cmp(&a.score))
        .then(a.file.cmp(&b.file))
        .then(a.addr.cmp(&b.addr))
}

/// The stories among the matches of a search: of each body hash, the best hit (by
/// [`by_relevance`]) and the number of matches; each match without a hash is a story of its
/// own.
#[derive(Debug, Default)]
pub(super) struct Stories {
    by_hash: FxHashMap<u64, (Hit, u32)>,
    alone: Vec<Hit>,
}

impl Stories {
    /// Counts the match `hit`, of the body hash `hash`.
    fn add(&mut self, hash: Option<u64>, hit: Hit) {
        match hash {
            Some(hash) => self.fold(hash, hit, 1),
            None => self.alone.push(hit),
        }
    }

    /// Adds the stories of `other` (another segment's) to these.
    fn merge(&mut self, other: Stories) {
        for (hash, (hit, n)) in other.by_hash {
            self.fold(hash, hit, n);
        }
        self.alone.extend(other.alone);
    }

    /// Counts `n` matches of the body hash `hash`, the best of them `hit`.
    fn fold(&mut self, hash: u64, hit: Hit, n: u32) {
        self.by_hash
            .entry(hash)
            .and_modify(|(best, m)| {
                *m += n;
                if by_relevance(&hit, best).is_lt() {
                    *best = hit;
                }
            })
            .or_insert((hit, n));
    }

    /// The `window` of the stories, best first (equal scores in the order of their body
    /// hashes, which their text fixes), each with its number of other copies; the total is
    /// the number of stories.
    pub(super) fn page(self, window: Window) -> Page<(f32, DocAddress, u64)> {
        let total = self.by_hash.len() + self.alone.len();
        let wanted = window.offset.saturating_add(window.limit);
        let mut all: Vec<(Hit, Option<u64>, u64)> = self
            .by_hash
            .into_iter()
            .map(|(hash, (hit, n))| (hit, Some(hash), u64::from(n.saturating_sub(1))))
            .chain(self.alone.into_iter().map(|hit| (hit, None, 0)))
            .collect();
        let order = |(a, a_hash, _): &(Hit, Option<u64>, u64),
                     (b, b_hash, _): &(Hit, Option<u64>, u64)| {
            (b.score.total_cmp(&a.score))
                .then(a_hash.cmp(b_hash))
                .then(by_relevance(a, b))
        };
        if all.len() > wanted {
            if wanted > 0 {
                all.select_nth_unstable_by(wanted - 1, order);
            }
            all.truncate(wanted);
        }
        all.sort_by(order);
        let hits = all
            .into_iter()
            .skip(window.offset)
            .map(|(hit, _, copies)| (hit.score, hit.addr, copies))
            .collect();
        Page { total, hits }
    }
}

/// Collects the [`Stories`] of the matches, by the body hashes of the field named `field`
/// (their files' hashes, for ties, from the field named `file`).
struct BestOfStories<'a> {
    field: &'a str,
    file: &'a str,
}

struct BestOfStoriesSegment {
    segment: u32,
    hashes: Column<u64>,
    files: Column<u64>,
    stories: Stories,
}

impl Collector for BestOfStories<'_> {
    type Fruit = Stories;
    type Child = BestOfStoriesSegment;

    fn for_segment(
        &self,
        segment: u32,
        reader: &SegmentReader,
    ) -> tantivy::Result<BestOfStoriesSegment> {
        Ok(BestOfStoriesSegment {
            segment,
            hashes: reader.fast_fields().u64(self.field)?,
            files: reader.fast_fields().u64(self.file)?,
            stories: Stories::default(),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Stories>) -> tantivy::Result<Stories> {
        let mut all = Stories::default();
        for stories in fruits {
            all.merge(stories);
        }
        Ok(all)
    }
}

impl SegmentCollector for BestOfStoriesSegment {
    type Fruit = Stories;

    fn collect(&mut self, doc: DocId, score: Score) {
        let hit = Hit {
            score,
            file: self.files.first(doc),
            addr: DocAddress::new(self.segment, doc),
        };
        self.stories.add(self.hashes.first(doc), hit);
    }

    fn harvest(self) -> Stories {
        self.stories
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::Origin;

    /// A match as the tests give it: its body hash, score, file hash, segment and document.
    type Match = (Option<u64>, f32, Option<u64>, u32, u32);

    /// The stories of `matches`, split into segments at `split` (merged), as a page of
    /// `window`: its total, and each hit's score, segment, document and copies.
    fn stories_page(
        matches: &[Match],
        split: usize,
        window: Window,
    ) -> (usize, Vec<(f32, u32, u32, u64)>) {
        let mut parts = [Stories::default(), Stories::default()];
        for (i, &(hash, score, file, segment, doc)) in matches.iter().enumerate() {
            let addr = DocAddress::new(segment, doc);
            parts[usize::from(i >= split)].add(hash, Hit { score, file, addr });
        }
        let [mut all, other] = parts;
        all.merge(other);
        let page = all.page(window);
        let hits = page.hits.into_iter();
        let hits = hits.map(|(s, a, n)| (s, a.segment_ord, a.doc_id, n));
        (page.total, hits.collect())
    }

    /// Of each story the best hit stays, its other copies counted; a match without a hash is
    /// a story of its own; the window is cut from the stories. Equal scores go by what the
    /// text fixes (body hash, then file hash) before the address the ingest gave.
    #[test]
    fn stories_keep_their_best_hit_and_count_their_copies() {
        type Want = (usize, Vec<(f32, u32, u32, u64)>);
        let ferry: &[Match] = &[
            (Some(1), 1.0, None, 0, 4),
            (Some(1), 3.0, None, 0, 9),
            (Some(2), 2.0, None, 0, 1),
            (None, 2.5, None, 0, 2),
            (Some(1), 2.0, None, 1, 0),
            (None, 0.5, None, 1, 3),
        ];
        // equal scores and files: the first address stands for the story, in any segment;
        // stories of one score go by body hash, not by where the ingest wrote them
        let ties: &[Match] = &[
            (Some(7), 1.0, None, 1, 5),
            (Some(7), 1.0, None, 0, 8),
            (Some(7), 1.0, None, 1, 2),
            (Some(8), 1.0, None, 0, 3),
        ];
        // copies of equal score: the lowest file hash stands for the story, wherever it is
        let files: &[Match] = &[
            (Some(7), 1.0, Some(30), 0, 1),
            (Some(7), 1.0, Some(20), 1, 9),
            (Some(7), 1.0, Some(40), 0, 2),
            (None, 1.0, Some(5), 1, 4),
            (None, 1.0, Some(3), 1, 5),
        ];
        // (the same whatever the segments)
        let every_ferry = (
            4,
            vec![
                (3.0, 0, 9, 2),
                (2.5, 0, 2, 0),
                (2.0, 0, 1, 0),
                (0.5, 1, 3, 0),
            ],
        );
        let cases: &[(&[Match], usize, Window, Want)] = &[
            (ferry, 6, Window::page(0, 10), every_ferry.clone()),
            (ferry, 4, Window::page(0, 10), every_ferry),
            (
                ferry,
                0,
                Window::page(1, 2),
                (4, vec![(2.5, 0, 2, 0), (2.0, 0, 1, 0)]),
            ),
            (ferry, 3, Window::page(0, 0), (4, vec![])),
            (ferry, 3, Window::page(9, 5), (4, vec![])),
            (
                ties,
                2,
                Window::page(0, 10),
                (2, vec![(1.0, 0, 8, 2), (1.0, 0, 3, 0)]),
            ),
            (ties, 1, Window::page(0, 1), (2, vec![(1.0, 0, 8, 2)])),
            (
                files,
                2,
                Window::page(0, 10),
                (3, vec![(1.0, 1, 5, 0), (1.0, 1, 4, 0), (1.0, 1, 9, 2)]),
            ),
            (&[], 0, Window::page(0, 10), (0, vec![])),
        ];
        for (matches, split, window, want) in cases {
            let got = stories_page(matches, *split, *window);
            assert_eq!(got, *want, "{matches:?} split at {split}, {window:?}");
        }
    }

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
            (false, Window::first(1), (2, vec![("/a", 1)])),
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
