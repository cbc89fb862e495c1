//! Counting the names of a facet field (people, speakers, outlets) over the articles a search
//! matches, at the price of integers: each segment's facet ordinals are mapped once (a segment
//! never changes) to ids in one table of names, a count is an array of integers summed over the
//! segments, and only the names that make the list are read.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError, RwLock};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::fastfield::FacetReader;
use tantivy::index::SegmentId;
use tantivy::schema::{Facet, Field};
use tantivy::{DocId, Score, SegmentReader};

use super::{NameCount, Page, Window};

/// The ids of the names of facet fields, kept from one search to the next (a server keeps one
/// for all its searches). Mapping a segment costs one pass over its names; counting costs an
/// array lookup per name of each matching article.
#[derive(Default)]
pub(crate) struct NameIds {
    /// For each facet field and segment: the id of each of the segment's facet ordinals.
    segments: Mutex<SegmentIds>,
    /// Every name seen, by id.
    table: RwLock<Table>,
}

/// For each facet field and segment: the id of each of the segment's facet ordinals.
type SegmentIds = HashMap<(Field, SegmentId), Arc<[u32]>>;

/// Names and their ids.
#[derive(Default)]
struct Table {
    names: Vec<Arc<str>>,
    ids: HashMap<Arc<str>, u32>,
}

impl Table {
    /// The id of `name`, given one if it has none.
    fn id(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.ids.get(name) {
            return id;
        }
        let id = u32::try_from(self.names.len()).unwrap_or(u32::MAX);
        let name: Arc<str> = name.into();
        self.names.push(Arc::clone(&name));
        self.ids.insert(name, id);
        id
    }
}

/// The name a facet of one level holds (`/Ann Lee` is "Ann Lee").
fn facet_name(encoded: &[u8]) -> String {
    let facet = Facet::from_encoded(encoded.to_vec()).unwrap_or_else(|_| Facet::root());
    facet
        .to_path()
        .last()
        .map_or_else(String::new, |s| s.to_string())
}

impl NameIds {
    /// The id of each facet ordinal of `field` (named `name`) in `segment`, mapped on first use.
    fn of_segment(
        &self,
        field: Field,
        name: &str,
        segment: &SegmentReader,
    ) -> tantivy::Result<(FacetReader, Arc<[u32]>)> {
        let reader = segment.facet_reader(name)?;
        let key = (field, segment.segment_id());
        let known = self.lock_segments().get(&key).cloned();
        if let Some(ids) = known {
            return Ok((reader, ids));
        }
        let mut ids = Vec::with_capacity(reader.num_facets());
        let mut stream = reader.facet_dict().stream()?;
        {
            let mut table = self.table.write().unwrap_or_else(PoisonError::into_inner);
            while stream.advance() {
                ids.push(table.id(&facet_name(stream.key())));
            }
        }
        let ids: Arc<[u32]> = ids.into();
        self.lock_segments().insert(key, Arc::clone(&ids));
        Ok((reader, ids))
    }

    fn lock_segments(&self) -> std::sync::MutexGuard<'_, SegmentIds> {
        self.segments.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Forgets the segments that are not in `live` (merged into others since they were
    /// mapped), so that the map does not grow with every merge. Their names stay.
    pub(crate) fn keep_segments(&self, live: &[SegmentId]) {
        let mut segments = self.lock_segments();
        if segments.keys().any(|(_, s)| !live.contains(s)) {
            segments.retain(|(_, s), _| live.contains(s));
        }
    }

    /// The id of `name`, if it has one.
    fn id_of(&self, name: &str) -> Option<u32> {
        let table = self.table.read().unwrap_or_else(PoisonError::into_inner);
        table.ids.get(name).copied()
    }

    /// The name of `id`.
    fn name(&self, id: u32) -> Arc<str> {
        let table = self.table.read().unwrap_or_else(PoisonError::into_inner);
        table
            .names
            .get(id as usize)
            .cloned()
            .unwrap_or_else(|| "".into())
    }
}

/// The number of matching articles of each name id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct NameCounts(Vec<u32>);

impl NameCounts {
    /// Adds `weight` to the name of the facet ordinal `ord`, whose id is in `ids`.
    fn bump(&mut self, ids: &[u32], ord: u64, weight: u32) {
        let id = ids.get(ord as usize).copied().unwrap_or(u32::MAX);
        if let Some(n) = self.0.get_mut(id as usize) {
            *n += weight;
        }
    }

    fn add(&mut self, other: &NameCounts) {
        if other.0.len() > self.0.len() {
            self.0.resize(other.0.len(), 0);
        }
        for (n, m) in self.0.iter_mut().zip(&other.0) {
            *n += m;
        }
    }

    /// Every name with any article, with its number of articles, in the order of the names
    /// (as a facet lists them).
    pub(crate) fn every(&self, ids: &NameIds) -> Vec<(String, u64)> {
        let mut all: Vec<(String, u64)> = (0..)
            .zip(&self.0)
            .filter(|&(_, &n)| n > 0)
            .map(|(id, &n)| (ids.name(id).to_string(), u64::from(n)))
            .collect();
        all.sort_unstable();
        all
    }

    /// How many names have any article.
    pub(crate) fn distinct(&self) -> u64 {
        self.0.iter().filter(|&&n| n > 0).count() as u64
    }

    /// The `window` of the names, most articles first (ties by name), `skip` left out; the
    /// page's total is the number of names with any article.
    pub(crate) fn ranked(
        &self,
        ids: &NameIds,
        skip: Option<&str>,
        window: Window,
    ) -> Page<NameCount> {
        let skip = skip.and_then(|name| ids.id_of(name));
        let mut counted: Vec<(u32, u32)> = (0..)
            .zip(&self.0)
            .filter(|&(id, &n)| n > 0 && Some(id) != skip)
            .map(|(id, &n)| (n, id))
            .collect();
        let total = counted.len();
        let wanted = window.offset.saturating_add(window.limit);
        if wanted == 0 {
            return Page {
                total,
                hits: Vec::new(),
            };
        }
        // Only the names that can make the list are named: those with at least the count of
        // the last one (ties are ordered by name).
        if counted.len() > wanted {
            counted.select_nth_unstable_by(wanted - 1, |a, b| b.0.cmp(&a.0));
            let least = counted[wanted - 1].0;
            counted.retain(|&(n, _)| n >= least);
        }
        let mut named: Vec<(u32, Arc<str>)> =
            counted.iter().map(|&(n, id)| (n, ids.name(id))).collect();
        named.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        let hits = named
            .into_iter()
            .skip(window.offset)
            .take(window.limit)
            .map(|(n, name)| NameCount {
                name: name.to_string(),
                articles: u64::from(n),
            })
            .collect();
        Page { total, hits }
    }
}

/// Counts the matching articles of each name of one facet field.
pub(crate) struct CountNames<'a> {
    pub ids: &'a NameIds,
    pub field: Field,
    /// The field's name.
    pub name: &'a str,
}

pub(crate) struct CountNamesSegment {
    reader: FacetReader,
    ids: Arc<[u32]>,
    counts: NameCounts,
}

impl Collector for CountNames<'_> {
    type Fruit = NameCounts;
    type Child = CountNamesSegment;

    fn for_segment(&self, _: u32, segment: &SegmentReader) -> tantivy::Result<CountNamesSegment> {
        let (reader, ids) = self.ids.of_segment(self.field, self.name, segment)?;
        let size = ids.iter().max().map_or(0, |&m| m as usize + 1);
        Ok(CountNamesSegment {
            reader,
            ids,
            counts: NameCounts(vec![0; size]),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<NameCounts>) -> tantivy::Result<NameCounts> {
        let mut all = NameCounts::default();
        for counts in &fruits {
            all.add(counts);
        }
        Ok(all)
    }
}

impl CountNamesSegment {
    /// Counts `weight` for each name of `doc`.
    pub(crate) fn add(&mut self, doc: DocId, weight: u32) {
        for ord in self.reader.facet_ords(doc) {
            self.counts.bump(&self.ids, ord, weight);
        }
    }

    /// Counts one for the `n`th name of `doc` (in the order of the names, from 0) for each
    /// `n` of `nths`.
    pub(crate) fn add_nth(&mut self, doc: DocId, nths: impl Iterator<Item = usize>) {
        let ords: Vec<u64> = self.reader.facet_ords(doc).collect();
        for n in nths {
            if let Some(&ord) = ords.get(n) {
                self.counts.bump(&self.ids, ord, 1);
            }
        }
    }
}

impl SegmentCollector for CountNamesSegment {
    type Fruit = NameCounts;

    fn collect(&mut self, doc: DocId, _: Score) {
        self.add(doc, 1);
    }

    fn harvest(self) -> NameCounts {
        self.counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Person};
    use crate::search::{Filters, Names, Search};

    /// Names ranked from counts by id: most first, ties by name, one left out, a window of them.
    #[test]
    fn names_are_ranked_by_count_then_name() {
        let ids = NameIds::default();
        {
            let mut table = ids.table.write().expect("table");
            for name in ["Cy", "Ann", "Bo", "Dee"] {
                table.id(name);
            }
        }
        // Cy 2, Ann 1, Bo 2, Dee 0.
        let counts = NameCounts(vec![2, 1, 2, 0]);
        type Want<'a> = (usize, &'a [(&'a str, u64)]);
        let cases: [(Option<&str>, Window, Want); 6] = [
            (
                None,
                Window::page(0, 10),
                (3, &[("Bo", 2), ("Cy", 2), ("Ann", 1)]),
            ),
            (None, Window::page(0, 1), (3, &[("Bo", 2)])),
            (None, Window::page(1, 1), (3, &[("Cy", 2)])),
            (None, Window::page(3, 5), (3, &[])),
            (
                Some("Bo"),
                Window::page(0, 2),
                (2, &[("Cy", 2), ("Ann", 1)]),
            ),
            (Some("Nobody"), Window::page(0, 0), (3, &[])),
        ];
        for (skip, window, (total, want)) in cases {
            let page = counts.ranked(&ids, skip, window);
            let got: Vec<(&str, u64)> = page
                .hits
                .iter()
                .map(|c| (c.name.as_str(), c.articles))
                .collect();
            assert_eq!(
                (page.total, got),
                (total, want.to_vec()),
                "{skip:?} {window:?}"
            );
        }
        assert_eq!(counts.distinct(), 3);
    }

    /// A name counts the articles of every segment, whatever its ordinal in each; segments
    /// merged away are forgotten.
    #[test]
    fn names_are_counted_across_segments() {
        let (_dir, store) = crate::search::tests::news();
        let later = Article {
            headline: "Later".into(),
            people: ["Bo Kim", "Al Ames"]
                .map(|name| Person {
                    name: name.into(),
                    mentions: 1,
                    ..Person::default()
                })
                .to_vec(),
            ..Article::default()
        };
        store.add_articles([("/h", &later)]).expect("add");
        let search = Search::new(&store).expect("search");
        assert_eq!(search.searcher.segment_readers().len(), 2);
        let page = search
            .names_page(Names::People, None, &Filters::default(), Window::page(0, 5))
            .expect("names");
        let got: Vec<(&str, u64)> = page
            .hits
            .iter()
            .map(|c| (c.name.as_str(), c.articles))
            .collect();
        assert_eq!(got, [("Bo Kim", 3), ("Ann Lee", 2), ("Al Ames", 1)]);
        let people = search.fields().people_facet;
        let mapped = (search.names.lock_segments().keys())
            .filter(|(field, _)| *field == people)
            .count();
        assert_eq!(mapped, 2);
        search.names.keep_segments(&[]);
        assert_eq!(search.names.lock_segments().len(), 0);
    }
}
