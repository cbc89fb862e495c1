//! What a search page shows beside its hits: facet counts that follow the search (its articles'
//! people, speakers and outlets, and hits per month), the people named most often with a
//! person, the index's statistics, and one article by its identity.
//!
//! The facets of an article or person search count articles; those of a quote search count
//! the matching quotes (a speaker's quotes, the quotes of an outlet's articles, of the articles
//! that mention someone, of a month), so that each count is the total its filter gives.

use std::collections::BTreeMap;

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::{AllQuery, EnableScoring, Query};
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED};

use super::names::{CountNames, CountNamesSegment, NameCounts};
use super::{Filters, NameCount, Page, Search, Shown, Window};

/// How many names each facet lists.
pub(crate) const FACET_TOP: usize = 10;
/// Names as written read for the people facet's [`FACET_TOP`], before the names counted for
/// others and those of things are taken out.
const PEOPLE_READ: usize = 4 * FACET_TOP;

/// Months are filled in between the first and the last dated hit, unless they span more than
/// this (a date far off would make a list of thousands of empty months).
const MAX_FILLED_MONTHS: i64 = 1200;

/// The facets of a search: the people its hits mention, the people they quote, their outlets
/// (the most frequent of each), and the hits per month, each counted in `counted`.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct Facets {
    /// What the counts count.
    pub counted: Counted,
    /// People the matching articles mention.
    pub people: Vec<FacetCount>,
    /// People the matching articles (or quotes) quote.
    pub speakers: Vec<FacetCount>,
    /// Outlets of the matching articles.
    pub outlets: Vec<FacetCount>,
    /// Hits per month of publication, oldest first, every month between the first and the
    /// last included.
    pub months: Vec<Month>,
    /// Hits without a date.
    pub undated: u64,
}

/// What facets count.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Counted {
    /// Matching articles (of an article or person search).
    #[default]
    Articles,
    /// Matching quotes (of a quote search).
    Quotes,
}

/// A name of a facet and its count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct FacetCount {
    pub name: String,
    pub count: u64,
}

impl From<NameCount> for FacetCount {
    fn from(c: NameCount) -> FacetCount {
        FacetCount {
            name: c.name,
            count: c.articles,
        }
    }
}

/// The count of one month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Month {
    /// `YYYY-MM`.
    pub month: String,
    pub count: u64,
}

/// What the index holds.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Stats {
    pub articles: u64,
    pub quotes: u64,
    /// Distinct people (canonical names).
    pub people: u64,
    /// Distinct people quoted.
    pub speakers: u64,
    pub outlets: u64,
    /// Day of the oldest and of the newest dated article (`YYYY-MM-DD`).
    pub first_published: Option<String>,
    pub last_published: Option<String>,
    /// Articles without a date.
    pub undated: u64,
    /// Size of the index's files, in bytes.
    pub size_bytes: u64,
    pub segments: usize,
}

/// Per-article tallies that no facet field gives: months, dates and quotes.
#[derive(Debug, Clone, Default)]
struct Tally {
    /// Articles per month, keyed by `year * 12 + month0`.
    months: BTreeMap<i64, u64>,
    undated: u64,
    /// Oldest and newest publication instant (seconds).
    first: Option<i64>,
    last: Option<i64>,
    quotes: u64,
}

impl Tally {
    fn merge(&mut self, other: Tally) {
        for (m, n) in other.months {
            *self.months.entry(m).or_default() += n;
        }
        self.undated += other.undated;
        self.first = min_some(self.first, other.first);
        self.last = max_some(self.last, other.last);
        self.quotes += other.quotes;
    }

    /// Every month from the first to the last counted, with its count (0 for none).
    fn month_list(&self) -> Vec<Month> {
        let (Some((&first, _)), Some((&last, _))) =
            (self.months.first_key_value(), self.months.last_key_value())
        else {
            return Vec::new();
        };
        let name = |m: i64| format!("{:04}-{:02}", m.div_euclid(12), m.rem_euclid(12) + 1);
        if last - first > MAX_FILLED_MONTHS {
            return self
                .months
                .iter()
                .map(|(&m, &n)| Month {
                    month: name(m),
                    count: n,
                })
                .collect();
        }
        (first..=last)
            .map(|m| Month {
                month: name(m),
                count: self.months.get(&m).copied().unwrap_or(0),
            })
            .collect()
    }
}

fn min_some(a: Option<i64>, b: Option<i64>) -> Option<i64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn max_some(a: Option<i64>, b: Option<i64>) -> Option<i64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

/// The month key (`year * 12 + month0`) of an instant in seconds.
fn month_of(secs: i64) -> Option<i64> {
    let d = chrono::DateTime::from_timestamp(secs, 0)?;
    Some(i64::from(d.year()) * 12 + i64::from(d.month0()))
}

/// The day (`YYYY-MM-DD`) of an instant in seconds.
fn day_of(secs: i64) -> Option<String> {
    let d: NaiveDate = chrono::DateTime::from_timestamp(secs, 0)?.date_naive();
    Some(d.format("%Y-%m-%d").to_string())
}

/// Collects a [`Tally`] of the matching articles from their fast fields (of these names).
struct TallyCollector<'a> {
    published: &'a str,
    quotes: &'a str,
}

struct TallySegment {
    published: Column<tantivy::DateTime>,
    quotes: Column<u64>,
    tally: Tally,
}

impl Collector for TallyCollector<'_> {
    type Fruit = Tally;
    type Child = TallySegment;

    fn for_segment(&self, _: u32, reader: &SegmentReader) -> tantivy::Result<TallySegment> {
        Ok(TallySegment {
            published: reader.fast_fields().date(self.published)?,
            quotes: reader.fast_fields().u64(self.quotes)?,
            tally: Tally::default(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Tally>) -> tantivy::Result<Tally> {
        let mut all = Tally::default();
        for t in fruits {
            all.merge(t);
        }
        Ok(all)
    }
}

impl TallySegment {
    /// Tallies `doc`, its month counted `weight` times.
    fn add(&mut self, doc: DocId, weight: u64) {
        let t = &mut self.tally;
        t.quotes += self.quotes.first(doc).unwrap_or(0);
        match self.published.first(doc).map(|d| d.into_timestamp_secs()) {
            Some(secs) => {
                t.first = min_some(t.first, Some(secs));
                t.last = max_some(t.last, Some(secs));
                match month_of(secs) {
                    Some(m) => *t.months.entry(m).or_default() += weight,
                    None => t.undated += weight,
                }
            }
            None => t.undated += weight,
        }
    }
}

impl SegmentCollector for TallySegment {
    type Fruit = Tally;

    fn collect(&mut self, doc: DocId, _: Score) {
        self.add(doc, 1);
    }

    fn harvest(self) -> Tally {
        self.tally
    }
}

/// The collectors of [`Search::counters`].
type Counters<'a> = (
    CountNames<'a>,
    CountNames<'a>,
    CountNames<'a>,
    TallyCollector<'a>,
);

/// Counts the matching quotes of one segment: for each matching article, its quotes for its
/// people, outlet and month, and each quote for its speaker.
struct QuoteCounter {
    people: CountNamesSegment,
    speakers: CountNamesSegment,
    outlets: CountNamesSegment,
    tally: TallySegment,
    /// Each quote's place among its article's speakers (see `IndexFields::quote_speaker`).
    quote_speaker: Column<u64>,
}

impl QuoteCounter {
    fn new(search: &Search, segment: u32, reader: &SegmentReader) -> Result<QuoteCounter> {
        let (people, speakers, outlets, tally) = search.counters();
        let name = search.store.name(search.fields().quote_speaker);
        Ok(QuoteCounter {
            people: people.for_segment(segment, reader)?,
            speakers: speakers.for_segment(segment, reader)?,
            outlets: outlets.for_segment(segment, reader)?,
            tally: tally.for_segment(segment, reader)?,
            quote_speaker: reader.fast_fields().u64(name)?,
        })
    }

    /// Counts the `quotes` of `doc` that match (their numbers in the article).
    fn add(&mut self, doc: DocId, quotes: &[(usize, Score, u32)]) {
        let n = u32::try_from(quotes.len()).unwrap_or(u32::MAX);
        self.people.add(doc, n);
        self.outlets.add(doc, n);
        self.tally.add(doc, u64::from(n));
        let places: Vec<u64> = self.quote_speaker.values_for_doc(doc).collect();
        let speakers = quotes
            .iter()
            .filter_map(|&(quote, _, _)| places.get(quote))
            .filter_map(|&place| (place as usize).checked_sub(1));
        self.speakers.add_nth(doc, speakers);
    }

    fn harvest(self) -> <Counters<'static> as Collector>::Fruit {
        (
            self.people.harvest(),
            self.speakers.harvest(),
            self.outlets.harvest(),
            self.tally.harvest(),
        )
    }
}

/// Which names a facet page lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Names {
    People,
    Speakers,
    Outlets,
}

impl Search<'_> {
    /// A collector of the number of matching articles of each of `names`.
    fn count_names(&self, names: Names) -> CountNames<'_> {
        let f = self.fields();
        let field = match names {
            Names::People => f.people_facet,
            Names::Speakers => f.speakers_facet,
            Names::Outlets => f.outlet_facet,
        };
        CountNames {
            ids: &self.names,
            field,
            name: self.store.name(field),
        }
    }

    /// The collectors of the number of matching articles of every name of people, speakers and
    /// outlets, and of the [`Tally`] of the articles.
    fn counters(&self) -> Counters<'_> {
        (
            self.count_names(Names::People),
            self.count_names(Names::Speakers),
            self.count_names(Names::Outlets),
            self.tally(),
        )
    }

    /// What [`Search::counters`] count of the articles matching `q`.
    fn count_all(&self, q: &dyn Query) -> Result<<Counters<'_> as Collector>::Fruit> {
        self.forget_merged_segments();
        Ok(self.searcher.search(q, &self.counters())?)
    }

    /// Lets the name ids forget the segments this searcher does not have.
    fn forget_merged_segments(&self) {
        let live: Vec<_> = self
            .searcher
            .segment_readers()
            .iter()
            .map(|s| s.segment_id())
            .collect();
        self.names.keep_segments(&live);
    }

    /// A collector of the [`Tally`] of the matching articles.
    fn tally(&self) -> TallyCollector<'_> {
        let f = self.fields();
        TallyCollector {
            published: self.store.name(f.published),
            quotes: self.store.name(f.quote_count),
        }
    }

    /// The facets of the articles matching `query` with `filters`.
    pub(crate) fn article_facets(&self, query: &str, filters: &Filters) -> Result<Facets> {
        let (_, q) = self.article_query(query, filters)?;
        self.facets_of(&q, None)
    }

    /// The facets of the quotes that match `keywords` (said by `speaker`, else by
    /// `filters.speaker`) with `filters`, counting quotes: each speaker's, and those of the
    /// articles of each outlet, person mentioned and month.
    pub(crate) fn quote_facets(
        &self,
        keywords: &str,
        speaker: Option<&str>,
        filters: &Filters,
    ) -> Result<Facets> {
        let query = self.quote_query(keywords, speaker, filters)?;
        let weight = query.quote_weight(EnableScoring::disabled_from_searcher(&self.searcher))?;
        self.forget_merged_segments();
        let mut fruits = Vec::new();
        for (ord, reader) in self.searcher.segment_readers().iter().enumerate() {
            let mut scorer = weight.quote_scorer(reader, 1.0)?;
            let mut counter = QuoteCounter::new(self, ord as u32, reader)?;
            let alive = reader.alive_bitset();
            let mut doc = scorer.doc();
            while doc != TERMINATED {
                if alive.is_none_or(|a| a.is_alive(doc)) {
                    counter.add(doc, scorer.quotes());
                }
                doc = scorer.advance();
            }
            fruits.push(counter.harvest());
        }
        let (people, speakers, outlets, tally) = self.counters().merge_fruits(fruits)?;
        let mut facets = self.facets(people, speakers, outlets, tally, None)?;
        facets.counted = Counted::Quotes;
        Ok(facets)
    }

    /// The facets of the articles mentioning the person `name` with `filters`: `people` are the
    /// people named most often with them, without `canonical`, their canonical name (see
    /// [`Search::canonical_name`]).
    pub(crate) fn person_facets(
        &self,
        name: &str,
        canonical: &str,
        filters: &Filters,
    ) -> Result<Facets> {
        let q = self.person_query(name, filters)?;
        self.facets_of(&q, Some(canonical))
    }

    /// The canonical name of the person `name` in the articles that mention them most (with
    /// `filters`), if any does.
    pub(crate) fn canonical_name(&self, name: &str, filters: &Filters) -> Result<Option<String>> {
        let page = self.person_page(name, filters, Window::first(1))?;
        Ok(page.hits.into_iter().next().map(|h| h.person))
    }

    /// The people, speakers or outlets (`names`) of the articles matching `query` (every
    /// article when `None`) with `filters`, most articles first: the `window` of them.
    pub(crate) fn names_page(
        &self,
        names: Names,
        query: Option<&str>,
        filters: &Filters,
        window: Window,
    ) -> Result<Page<NameCount>> {
        self.forget_merged_segments();
        let counts = match query {
            Some(query) => {
                let (_, q) = self.article_query(query, filters)?;
                self.searcher.search(&q, &self.count_names(names))?
            }
            None => self.searcher.search(&AllQuery, &self.count_names(names))?,
        };
        if names != Names::People {
            return Ok(counts.ranked(&self.names, None, window));
        }
        // People, each once under the name the index counts them by.
        let people = self.everyone()?.count(&counts.every(&self.names));
        Ok(Page {
            total: people.len(),
            hits: people
                .into_iter()
                .skip(window.offset)
                .take(window.limit)
                .map(|(name, articles)| NameCount { name, articles })
                .collect(),
        })
    }

    /// The facets of the articles matching `q`; `skip` is left out of the people.
    fn facets_of(&self, q: &dyn Query, skip: Option<&str>) -> Result<Facets> {
        let (people, speakers, outlets, tally) = self.count_all(q)?;
        self.facets(people, speakers, outlets, tally, skip)
    }

    /// The facets of these counts: the top names of each (`skip` left out of the people).
    fn facets(
        &self,
        people: NameCounts,
        speakers: NameCounts,
        outlets: NameCounts,
        tally: Tally,
        skip: Option<&str>,
    ) -> Result<Facets> {
        let top = |counts: NameCounts, skip, n| {
            let page = counts.ranked(&self.names, skip, Window::first(n));
            page.hits.into_iter().map(FacetCount::from)
        };
        // The people, each once under the name the index counts them by, from the top names
        // as written (a name counted for a fuller one outside them adds nothing).
        let written: Vec<(String, u64)> = top(people, skip, PEOPLE_READ)
            .map(|c| (c.name, c.count))
            .collect();
        let people = self
            .everyone()?
            .count(&written)
            .into_iter()
            .filter(|(name, _)| Some(name.as_str()) != skip)
            .take(FACET_TOP)
            .map(|(name, count)| FacetCount { name, count })
            .collect();
        Ok(Facets {
            counted: Counted::Articles,
            people,
            speakers: top(speakers, None, FACET_TOP).collect(),
            outlets: top(outlets, None, FACET_TOP).collect(),
            months: tally.month_list(),
            undated: tally.undated,
        })
    }

    /// What the index holds.
    pub(crate) fn stats(&self) -> Result<Stats> {
        let (people, speakers, outlets, tally) = self.count_all(&AllQuery)?;
        let size_bytes = std::fs::read_dir(&self.store.dir)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok()?.metadata().ok())
                    .filter(|m| m.is_file())
                    .map(|m| m.len())
                    .sum()
            })
            .unwrap_or(0);
        Ok(Stats {
            articles: self.searcher.num_docs(),
            quotes: tally.quotes,
            // (each person once, as the index counts them)
            people: self.everyone()?.count(&people.every(&self.names)).len() as u64,
            speakers: speakers.distinct(),
            outlets: outlets.distinct(),
            first_published: tally.first.and_then(day_of),
            last_published: tally.last.and_then(day_of),
            undated: tally.undated,
            size_bytes,
            segments: self.searcher.segment_readers().len(),
        })
    }

    /// Everything stored about the article whose identity is `id` (as hits give it in
    /// `path` before it is shown), if the index has it.
    pub(crate) fn article(&self, id: &str) -> Result<Option<Shown>> {
        Ok(self.show(id)?.into_iter().find(|a| a.id == id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_filled_between_the_first_and_the_last() {
        type Case<'a> = (&'a [(i64, u64)], &'a [(&'a str, u64)]);
        let cases: &[Case] = &[
            (&[], &[]),
            (&[(2024 * 12, 2)], &[("2024-01", 2)]),
            (
                &[(2023 * 12 + 11, 1), (2024 * 12 + 2, 3)],
                &[
                    ("2023-12", 1),
                    ("2024-01", 0),
                    ("2024-02", 0),
                    ("2024-03", 3),
                ],
            ),
            // Too far apart to fill: only the months counted.
            (
                &[(1900 * 12, 1), (2024 * 12, 1)],
                &[("1900-01", 1), ("2024-01", 1)],
            ),
        ];
        for (input, want) in cases {
            let tally = Tally {
                months: input.iter().copied().collect(),
                ..Tally::default()
            };
            let got: Vec<(String, u64)> = tally
                .month_list()
                .into_iter()
                .map(|m| (m.month, m.count))
                .collect();
            let want: Vec<(String, u64)> = want.iter().map(|(m, n)| (m.to_string(), *n)).collect();
            assert_eq!(got, want, "{input:?}");
        }
    }

    #[test]
    fn instants_fall_in_their_utc_month_and_day() {
        let cases = [
            (0, Some(1970 * 12), Some("1970-01-01")),
            (1_709_251_199, Some(2024 * 12 + 1), Some("2024-02-29")),
            (1_709_251_200, Some(2024 * 12 + 2), Some("2024-03-01")),
            (-1, Some(1969 * 12 + 11), Some("1969-12-31")),
        ];
        for (secs, month, day) in cases {
            assert_eq!(
                (month_of(secs), day_of(secs).as_deref()),
                (month, day),
                "{secs:?}"
            );
        }
    }

    /// `(name, articles)` of each count.
    fn rows(counts: &[NameCount]) -> Vec<(&str, u64)> {
        counts
            .iter()
            .map(|c| (c.name.as_str(), c.articles))
            .collect()
    }

    /// `(name, count)` of each facet count.
    fn facet_rows(counts: &[FacetCount]) -> Vec<(&str, u64)> {
        counts.iter().map(|c| (c.name.as_str(), c.count)).collect()
    }

    /// Facets count what the search finds: the articles of an article search and of a person
    /// (without them among the people), the quotes of a quote search (each quote for its
    /// speaker, for its article's outlet, people and month).
    #[test]
    fn facets_follow_the_search() {
        let (_dir, store) = crate::search::tests::news();
        let search = Search::new(&store).expect("search");
        let all = Filters::default();
        type Want<'a> = (Counted, [&'a [(&'a str, u64)]; 3], u64);
        let cases: [(&str, Facets, Want); 5] = [
            (
                "ferry",
                search.article_facets("ferry", &all).expect("facets"),
                (
                    Counted::Articles,
                    [
                        &[("Ann Lee", 2), ("Bo Kim", 1)],
                        &[("Ann Lee", 2), ("Bo Kim", 1)],
                        &[("Coast Wire", 1), ("coastwire.example", 1)],
                    ],
                    0,
                ),
            ),
            (
                "quotes of wall",
                search.quote_facets("wall", None, &all).expect("facets"),
                (
                    Counted::Quotes,
                    [
                        &[("Bo Kim", 1)],
                        &[("Bo Kim", 1)],
                        &[("The Firth Herald", 1)],
                    ],
                    1,
                ),
            ),
            (
                "quotes of yet (Ann Lee's, after Bo Kim's in the article)",
                search.quote_facets("yet", None, &all).expect("facets"),
                (
                    Counted::Quotes,
                    [
                        &[("Ann Lee", 1), ("Bo Kim", 1)],
                        &[("Ann Lee", 1)],
                        &[("coastwire.example", 1)],
                    ],
                    0,
                ),
            ),
            (
                "quotes said by kim",
                search.quote_facets("*", Some("kim"), &all).expect("facets"),
                (
                    Counted::Quotes,
                    [
                        &[("Bo Kim", 3), ("Ann Lee", 2)],
                        &[("Bo Kim", 3)],
                        &[("coastwire.example", 2), ("The Firth Herald", 1)],
                    ],
                    1,
                ),
            ),
            (
                "person kim",
                search.person_facets("kim", "Bo Kim", &all).expect("facets"),
                (
                    Counted::Articles,
                    [
                        &[("Ann Lee", 1)],
                        &[("Bo Kim", 2), ("Ann Lee", 1)],
                        &[("The Firth Herald", 1), ("coastwire.example", 1)],
                    ],
                    1,
                ),
            ),
        ];
        for (what, facets, want) in cases {
            let got = (
                facets.counted,
                [
                    facet_rows(&facets.people),
                    facet_rows(&facets.speakers),
                    facet_rows(&facets.outlets),
                ],
                facets.undated,
            );
            let want = (want.0, want.1.map(<[_]>::to_vec), want.2);
            assert_eq!(got, want, "{what}");
        }
        let months = search.article_facets("*", &all).expect("facets").months;
        let march = Month {
            month: "2024-03".into(),
            count: 2,
        };
        assert_eq!(months, [march]);
    }

    #[test]
    fn the_names_of_a_search_a_window_at_a_time() {
        let (_dir, store) = crate::search::tests::news();
        let search = Search::new(&store).expect("search");
        let all = Filters::default();
        let cases = [
            (
                Names::People,
                Some("ferry"),
                Window::page(1, 5),
                2,
                vec![("Bo Kim", 1)],
            ),
            (
                Names::Speakers,
                None,
                Window::page(0, 1),
                2,
                vec![("Ann Lee", 2)],
            ),
            (
                Names::Outlets,
                Some("harbour"),
                Window::page(0, 5),
                1,
                vec![("The Firth Herald", 1)],
            ),
        ];
        for (names, query, window, total, want) in cases {
            let page = search
                .names_page(names, query, &all, window)
                .expect("names");
            assert_eq!(
                (page.total, rows(&page.hits)),
                (total, want),
                "{names:?} {query:?}"
            );
        }
    }

    #[test]
    fn stats_and_an_article_by_its_identity() {
        let (_dir, store) = crate::search::tests::news();
        let search = Search::new(&store).expect("search");
        let stats = search.stats().expect("stats");
        let got = (
            stats.articles,
            stats.quotes,
            stats.people,
            stats.speakers,
            stats.outlets,
            stats.first_published.as_deref(),
            stats.last_published.as_deref(),
            stats.undated,
        );
        assert_eq!(
            got,
            (3, 5, 2, 2, 3, Some("2024-03-05"), Some("2024-03-07"), 1)
        );
        let cases = [
            ("/f#2", Some("Ferry strike ends")),
            ("/f", None),
            ("/x", None),
        ];
        for (id, want) in cases {
            let found = search.article(id).expect("article");
            assert_eq!(found.map(|a| a.headline).as_deref(), want, "{id:?}");
        }
    }
}
