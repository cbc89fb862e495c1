//! Answering queries: ranked article search, quote search, people and outlets. Every answer is
//! a list of plain hit records that the printers in [`crate::output`] show.

use anyhow::{anyhow, Context, Result};
use serde::Serialize;
use std::ops::Bound;
use std::sync::Arc;

use chrono::NaiveDate;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    BooleanQuery, ConstScoreQuery, EnableScoring, ExistsQuery, Occur, Query, QueryParser,
    RangeQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DocAddress, DocSet, Searcher, TantivyDocument, Term};

use crate::index::{IndexFields, Store, StoredMeta, PROSE};
use passage::{Passage, Passages};

mod by_date;
mod copies;
mod facets;
mod identity;
mod memo;
mod names;
mod passage;
mod person;
mod prefix;
mod quote_query;
mod quotes;
mod syntax;

pub(crate) use facets::{Facets, Names, Stats};
pub(crate) use memo::GenerationMemo;
pub(crate) use names::NameIds;

/// The article a hit comes from, as every hit shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Origin {
    pub path: String,
    pub headline: String,
    pub outlet: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    /// How many other articles that match are copies of this one (the same body), shown once.
    pub copies: u64,
}

/// Orders hits of the same date by article path, then by position in the article, and numbers
/// them again: a date-sorted list must not depend on how the index split its segments.
fn settle_date_ties<T>(
    hits: &mut [T],
    key: impl Fn(&T) -> (&Origin, u64),
    mut set_rank: impl FnMut(&mut T, usize),
) {
    for group in hits.chunk_by_mut(|a, b| key(a).0.published == key(b).0.published) {
        group.sort_by(|a, b| {
            let (oa, sa) = key(a);
            let (ob, sb) = key(b);
            (oa.path.as_str(), sa).cmp(&(ob.path.as_str(), sb))
        });
    }
    for (i, h) in hits.iter_mut().enumerate() {
        set_rank(h, i + 1);
    }
}

impl Origin {
    /// The origin stored on an article's document.
    fn of(doc: &TantivyDocument, f: &IndexFields) -> Origin {
        Origin {
            path: first_str(doc, f.id).unwrap_or_default(),
            headline: first_str(doc, f.headline).unwrap_or_default(),
            outlet: first_str(doc, f.outlet),
            authors: all_str(doc, f.author),
            published: first_str(doc, f.published_text),
            url: first_str(doc, f.url),
            copies: 0,
        }
    }
}

/// An article that matched a query.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleHit {
    pub rank: usize,
    pub score: f32,
    #[serde(flatten)]
    pub article: Origin,
    /// A passage of the body (or of a quote) around the matched words.
    pub snippet: String,
    /// Byte ranges of the matched words in `snippet`.
    pub highlights: Vec<(usize, usize)>,
}

/// A quote that matched a search.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteHit {
    pub rank: usize,
    pub score: f32,
    pub text: String,
    /// Who said it, as the article introduces them (see [`crate::article::Quote::speaker`]).
    pub speaker: Option<String>,
    /// The speaker's canonical name when the speaker is a person of the article.
    pub person: Option<String>,
    #[serde(flatten)]
    pub article: Origin,
    /// Character offsets of the quote in the article's body.
    pub start: u64,
    pub end: u64,
}

/// An article that mentions a person.
#[derive(Debug, Clone, Serialize)]
pub struct PersonHit {
    pub rank: usize,
    /// The person's canonical name in this article.
    pub person: String,
    pub mentions: u32,
    pub quotes: u32,
    #[serde(flatten)]
    pub article: Origin,
}

/// A name and the number of articles it appears in.
#[derive(Debug, Clone, Serialize)]
pub struct NameCount {
    pub name: String,
    pub articles: u64,
}

/// Everything stored about one article.
#[derive(Debug, Clone, Serialize)]
pub struct Shown {
    pub path: String,
    pub id: String,
    pub headline: String,
    pub outlet: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub people: Vec<crate::article::Person>,
    pub quotes: Vec<crate::article::Quote>,
    pub body: String,
}

/// One page of hits, and how many there are in all.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Page<T> {
    /// Number of hits of the whole search (not only of this page); when the window did not
    /// ask for it, it may be only the hits up to the end of this page.
    pub total: usize,
    pub hits: Vec<T>,
}

impl<T> Page<T> {
    fn empty() -> Page<T> {
        Page {
            total: 0,
            hits: Vec::new(),
        }
    }
}

/// Which hits of a search to answer: at most `limit` from the `offset`-th on (counting from
/// 0), and whether to count them all (slower than finding the best ones).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Window {
    pub offset: usize,
    pub limit: usize,
    pub count: bool,
}

impl Window {
    /// The first `limit` hits, not counted (the command line's lists).
    pub(crate) fn first(limit: usize) -> Window {
        Window {
            offset: 0,
            limit,
            count: false,
        }
    }

    /// A page of hits, and the number of all of them.
    pub(crate) fn page(offset: usize, limit: usize) -> Window {
        Window {
            offset,
            limit,
            count: true,
        }
    }

    /// Whether nothing is asked: no hit and no count.
    fn is_empty(self) -> bool {
        self.limit == 0 && !self.count
    }

    /// The hits from the first to the end of this window.
    fn through_end(self) -> Window {
        Window {
            offset: 0,
            limit: self.offset.saturating_add(self.limit),
            count: self.count,
        }
    }
}

/// How hits are ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Best match first.
    #[default]
    Relevance,
    /// Newest first; articles without a date last.
    Date,
}

/// Filters that combine with any query.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filters {
    /// Published on or after this day.
    pub since: Option<NaiveDate>,
    /// Published on or before this day.
    pub until: Option<NaiveDate>,
    /// Published by this outlet (any form of its name: "guardian" finds "The Guardian").
    pub outlet: Option<String>,
    /// Mentioning this person.
    pub person: Option<String>,
    /// Quoting this speaker (any words of how the article introduces them); a quote search
    /// keeps this speaker's quotes.
    pub speaker: Option<String>,
    /// Quote searches: only quotes of at least this many words.
    pub min_words: u32,
    /// Every copy of a story (articles with the same body) as a hit of its own, not the first
    /// with the number of the others.
    pub all_copies: bool,
    pub sort: Sort,
}

fn all_str(doc: &TantivyDocument, f: Field) -> Vec<String> {
    doc.get_all(f)
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect()
}

/// The instant a day starts (UTC), as a tantivy date.
fn day_start(day: NaiveDate) -> tantivy::DateTime {
    crate::index::index_time(day.and_time(chrono::NaiveTime::MIN).and_utc().timestamp())
}

/// A searcher over one index.
pub struct Search<'s> {
    store: &'s Store,
    searcher: Searcher,
    /// The ids of the names of facet fields, for counting them.
    names: Arc<NameIds>,
    /// What the searches of this generation share, worked out once.
    memo: Arc<GenerationMemo>,
}

fn first_str(doc: &TantivyDocument, f: Field) -> Option<String> {
    doc.get_first(f)
        .and_then(|v| v.as_str())
        .map(str::to_string)
}

impl<'s> Search<'s> {
    /// A searcher over the committed state of `store`.
    pub fn new(store: &'s Store) -> Result<Self> {
        let reader = store.index.reader().context("reading the index")?;
        let (names, memo) = (Arc::default(), Arc::default());
        Ok(Search::with_searcher(store, reader.searcher(), names, memo))
    }

    /// A searcher over `searcher`'s state of `store`, with the ids of names `names` and what is
    /// worked out once a generation `memo` (a server keeps one reader, one `NameIds` and one
    /// `GenerationMemo` for all its searches).
    pub(crate) fn with_searcher(
        store: &'s Store,
        searcher: Searcher,
        names: Arc<NameIds>,
        memo: Arc<GenerationMemo>,
    ) -> Self {
        Search {
            store,
            searcher,
            names,
            memo,
        }
    }

    /// The generation of the index this searcher reads (a commit makes a new one).
    pub(crate) fn generation(&self) -> u64 {
        self.searcher.generation().generation_id()
    }

    fn fields(&self) -> &IndexFields {
        &self.store.fields
    }

    /// Parse a user query against the given default fields.
    fn parse(
        &self,
        query: &str,
        defaults: Vec<Field>,
        boost_headline: bool,
    ) -> Result<Box<dyn Query>> {
        let mut parser = QueryParser::for_index(&self.store.index, defaults.clone());
        parser.set_conjunction_by_default();
        let boosts = if boost_headline {
            vec![(self.fields().headline, 2.0)]
        } else {
            Vec::new()
        };
        for &(field, boost) in &boosts {
            parser.set_field_boost(field, boost);
        }
        let q = query.trim();
        if q.is_empty() {
            return Err(anyhow!(
                "empty query: give words to search for, or '*' for everything"
            ));
        }
        let invalid = |why: String| anyhow!("invalid query {query:?}: {why}");
        let escaped = syntax::escape_apostrophes(q);
        let ast = tantivy::query_grammar::parse_query(&escaped).map_err(|_| {
            invalid(syntax::diagnose(q).unwrap_or_else(|| "it cannot be read as a query".into()))
        })?;
        if prefix::has_prefixes(&ast).map_err(|e| invalid(e.to_string()))? {
            let how = prefix::Prefixed {
                parser: &parser,
                defaults: &defaults,
                boosts: &boosts,
            };
            return self
                .with_prefixes(&how, ast)
                .map_err(|e| invalid(e.to_string()));
        }
        match parser.parse_query(&escaped) {
            // "-tax" alone: everything but the excluded words.
            Err(tantivy::query::QueryParserError::AllButQueryForbidden) => parser
                .parse_query(&format!("* {escaped}"))
                .map_err(|e| invalid(self.describe(&e))),
            other => other.map_err(|e| invalid(self.describe(&e))),
        }
    }

    /// A query parser's error, in words for people.
    fn describe(&self, e: &tantivy::query::QueryParserError) -> String {
        use tantivy::query::QueryParserError as E;
        let f = self.fields();
        match e {
            E::FieldDoesNotExist(field) => {
                let searched = [
                    f.headline, f.body, f.quote, f.speaker, f.person, f.outlet, f.author, f.url,
                ];
                let names: Vec<&str> = searched.iter().map(|&s| self.store.name(s)).collect();
                format!("unknown field '{field}' (fields: {})", names.join(", "))
            }
            E::SyntaxError(s) => format!("syntax error near {s:?}"),
            other => other.to_string(),
        }
    }

    /// Query clauses for `filters` (that do not change scores). Quotes are filtered by their
    /// article's date, outlet and people.
    fn filter_clauses(&self, filters: &Filters) -> Result<Vec<(Occur, Box<dyn Query>)>> {
        let f = *self.fields();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let zero = |q: Box<dyn Query>| -> Box<dyn Query> { Box::new(ConstScoreQuery::new(q, 0.0)) };
        if filters.since.is_some() || filters.until.is_some() {
            let lower = filters.since.map_or(Bound::Unbounded, |d| {
                Bound::Included(Term::from_field_date_for_search(f.published, day_start(d)))
            });
            let upper = match filters.until {
                Some(d) => {
                    let next = d
                        .succ_opt()
                        .ok_or_else(|| anyhow!("--until {d} is out of range"))?;
                    Bound::Excluded(Term::from_field_date_for_search(
                        f.published,
                        day_start(next),
                    ))
                }
                None => Bound::Unbounded,
            };
            clauses.push((Occur::Must, zero(Box::new(RangeQuery::new(lower, upper)))));
        }
        if let Some(outlet) = &filters.outlet {
            clauses.push((Occur::Must, zero(self.name_query(f.outlet, outlet, 0)?)));
        }
        if let Some(person) = &filters.person {
            clauses.push((Occur::Must, zero(self.name_query(f.person, person, 1)?)));
        }
        if let Some(speaker) = &filters.speaker {
            clauses.push((Occur::Must, zero(self.name_query(f.speaker, speaker, 0)?)));
        }
        Ok(clauses)
    }

    /// The `window` of the hits of `q` in the order `sort` asks, with their scores.
    fn top(&self, q: &dyn Query, sort: Sort, window: Window) -> Result<Page<(f32, DocAddress)>> {
        // tantivy reserves room for every hit asked for: no more than there are documents.
        let docs = usize::try_from(self.searcher.num_docs()).unwrap_or(usize::MAX);
        let offset = window.offset.min(docs);
        let limit = window.limit.min(docs - offset).max(1);
        let mut page = match sort {
            Sort::Relevance => self.top_by_score(q, offset, limit, window.count)?,
            Sort::Date => self.top_by_date(q, offset, limit)?,
        };
        if window.limit == 0 {
            page.hits.clear();
        }
        Ok(page)
    }

    /// The best `limit` hits of `q` after the `offset` best; all counted when `count` is asked.
    fn top_by_score(
        &self,
        q: &dyn Query,
        offset: usize,
        limit: usize,
        count: bool,
    ) -> Result<Page<(f32, DocAddress)>> {
        let top = TopDocs::with_limit(limit)
            .and_offset(offset)
            .order_by_score();
        let (total, hits) = if count {
            self.searcher.search(q, &(Count, top))?
        } else {
            let hits = self.searcher.search(q, &top)?;
            (offset + hits.len(), hits)
        };
        Ok(Page { total, hits })
    }

    /// The newest `limit` hits of `q` after the `offset` newest (in an order pages can split,
    /// see [`by_date`]), all counted; only their scores are computed.
    fn top_by_date(
        &self,
        q: &dyn Query,
        offset: usize,
        limit: usize,
    ) -> Result<Page<(f32, DocAddress)>> {
        let f = self.fields();
        let collector = by_date::ByDate {
            keep: offset.saturating_add(limit),
            published: self.store.name(f.published),
            file: self.store.name(f.file),
        };
        let (total, keys) = self.searcher.search(q, &collector)?;
        let addrs = by_date::page(keys, offset, limit);
        let hits = self.scores_of(q, &addrs)?.into_iter().zip(addrs).collect();
        Ok(Page { total, hits })
    }

    /// The score `q` gives each of the documents `addrs` (0 for one it does not match).
    fn scores_of(&self, q: &dyn Query, addrs: &[DocAddress]) -> Result<Vec<f32>> {
        let weight = q.weight(EnableScoring::enabled_from_searcher(&self.searcher))?;
        let mut order: Vec<usize> = (0..addrs.len()).collect();
        order.sort_by_key(|&i| addrs[i]);
        let mut scores = vec![0.0; addrs.len()];
        // One scorer per segment, taken to each document in turn.
        let mut scorer: Option<(u32, Box<dyn tantivy::query::Scorer>)> = None;
        for i in order {
            let DocAddress {
                segment_ord,
                doc_id,
            } = addrs[i];
            if scorer.as_ref().is_none_or(|(s, _)| *s != segment_ord) {
                let reader = self.searcher.segment_reader(segment_ord);
                scorer = Some((segment_ord, weight.scorer(reader, 1.0)?));
            }
            if let Some((_, s)) = scorer.as_mut() {
                if s.doc() <= doc_id && s.seek(doc_id) == doc_id {
                    scores[i] = s.score();
                }
            }
        }
        Ok(scores)
    }

    /// Articles matching `query`, best first.
    pub fn articles(
        &self,
        query: &str,
        filters: &Filters,
        limit: usize,
    ) -> Result<Vec<ArticleHit>> {
        Ok(self
            .articles_page(query, filters, Window::first(limit))?
            .hits)
    }

    /// The `window` of the articles matching `query` with `filters`.
    pub(crate) fn articles_page(
        &self,
        query: &str,
        filters: &Filters,
        window: Window,
    ) -> Result<Page<ArticleHit>> {
        let (searched, q) = self.article_query(query, filters)?;
        if window.is_empty() {
            return Ok(Page::empty());
        }
        let page = self.top_distinct(&q, filters.sort, window, filters.all_copies)?;
        let mut hits = self.article_hits(&*searched, page.hits, window.offset)?;
        if filters.sort == Sort::Date {
            let offset = window.offset;
            settle_date_ties(&mut hits, |h| (&h.article, 0), |h, r| h.rank = offset + r);
        }
        Ok(Page {
            total: page.total,
            hits,
        })
    }

    /// The query `query` asks of articles (as searched, for snippets), and that query with
    /// `filters`.
    fn article_query(
        &self,
        query: &str,
        filters: &Filters,
    ) -> Result<(Box<dyn Query>, BooleanQuery)> {
        let f = *self.fields();
        // A quote's words are the body's: the body is searched, and `quote:` words within quotes.
        if quote_query::asks_quote_slop(query, self.store.name(f.quote), false) {
            return Err(anyhow!("invalid query {query:?}: {}", quote_query::SLOP));
        }
        let user = self.parse(query, vec![f.headline, f.body, f.person, f.outlet], true)?;
        let searched = quote_query::Builder::rewrite(f, &*user)
            .map_err(|e| anyhow!("invalid query {query:?}: {e}"))?;
        let mut clauses = vec![(Occur::Must, searched.box_clone())];
        clauses.extend(self.filter_clauses(filters)?);
        Ok((searched, BooleanQuery::new(clauses)))
    }

    /// The hits of the articles at `top` (each with its number of other copies), ranked from
    /// `offset + 1` on, with passages that show the words of `searched`.
    fn article_hits(
        &self,
        searched: &dyn Query,
        top: Vec<(f32, DocAddress, u64)>,
        offset: usize,
    ) -> Result<Vec<ArticleHit>> {
        let f = *self.fields();
        // (`quote:` words are body terms of the searched query: snippets highlight them there.)
        let passages: Vec<Passages> = [f.body, f.headline]
            .iter()
            .filter_map(|&field| Passages::new(&self.searcher, searched, field, 200).ok())
            .collect();
        let mut hits = Vec::with_capacity(top.len());
        for (rank, (score, addr, copies)) in top.into_iter().enumerate() {
            let doc: TantivyDocument = self.searcher.doc(addr)?;
            let (snippet, highlights) = self.snippet(&passages, &doc)?;
            hits.push(ArticleHit {
                rank: offset + rank + 1,
                score,
                article: Origin {
                    copies,
                    ..Origin::of(&doc, &f)
                },
                snippet,
                highlights,
            });
        }
        Ok(hits)
    }

    /// The passage of an article to show with a hit, and the byte ranges of the matched words
    /// in it: the first field with a match (of `passages`), else the lead of the body.
    fn snippet(&self, passages: &[Passages], doc: &TantivyDocument) -> Result<Passage> {
        for p in passages {
            if let Some((text, highlights)) = p.best(doc, || self.analyzer(PROSE))? {
                return Ok((text.replace('\n', " "), highlights));
            }
        }
        let body = first_str(doc, self.fields().body).unwrap_or_default();
        Ok((lead(&body, 200).replace('\n', " "), Vec::new()))
    }

    /// How many articles without a date would match `q` (made with `filters` but for their
    /// dates), copies of a story once unless `filters` list every copy; 0 when `filters` ask no
    /// date, as then none is left out.
    fn undated(
        &self,
        filters: &Filters,
        q: impl Fn(&Filters) -> Result<Box<dyn Query>>,
    ) -> Result<u64> {
        if filters.since.is_none() && filters.until.is_none() {
            return Ok(0);
        }
        let all_dates = Filters {
            since: None,
            until: None,
            ..filters.clone()
        };
        let published = self.store.name(self.fields().published).to_string();
        let undated = BooleanQuery::new(vec![
            (Occur::Must, q(&all_dates)?),
            (Occur::MustNot, Box::new(ExistsQuery::new(published, false))),
        ]);
        // Counted as the hits are: copies of a story once, unless every copy is listed.
        if filters.all_copies {
            Ok(self.searcher.search(&undated, &Count)? as u64)
        } else {
            self.count_stories(&undated)
        }
    }

    /// How many articles that match `query` the dates of `filters` leave out because they have
    /// no date.
    pub fn undated_articles(&self, query: &str, filters: &Filters) -> Result<u64> {
        self.undated(filters, |f| Ok(Box::new(self.article_query(query, f)?.1)))
    }

    /// How many articles that hold a quote matching `keywords` (said by `speaker`) the dates of
    /// `filters` leave out because they have no date.
    pub fn undated_quote_articles(
        &self,
        keywords: &str,
        speaker: Option<&str>,
        filters: &Filters,
    ) -> Result<u64> {
        self.undated(filters, |f| {
            Ok(Box::new(self.quote_query(keywords, speaker, f)?))
        })
    }

    /// The outlets, by their number of articles.
    pub fn outlets(&self, limit: usize) -> Result<Vec<NameCount>> {
        let all = Filters::default();
        Ok(self
            .names_page(Names::Outlets, None, &all, Window::first(limit))?
            .hits)
    }

    /// Everything stored about the articles of the file whose key is `file`, or about the one
    /// article whose identity is `file` (`FILE#N`).
    pub fn show(&self, file: &str) -> Result<Vec<Shown>> {
        let mut out = self.shown(file)?;
        if out.is_empty() {
            // `FILE#N`: the Nth article of FILE (identities are stored, not indexed).
            if let Some(key) = crate::source::file_of_record(file) {
                out = self.shown(key)?;
                out.retain(|a| a.id == file);
            }
        }
        out.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(out)
    }

    /// Everything stored about the articles of the file whose key is `file`.
    fn shown(&self, file: &str) -> Result<Vec<Shown>> {
        let f = *self.fields();
        let q = TermQuery::new(
            Term::from_field_text(f.file, file),
            IndexRecordOption::Basic,
        );
        let top = self.top(&q, Sort::Relevance, Window::first(usize::MAX))?;
        let mut addrs: Vec<DocAddress> = top.hits.into_iter().map(|(_, a)| a).collect();
        addrs.sort();
        let mut out = Vec::new();
        for addr in addrs {
            let doc: TantivyDocument = self.searcher.doc(addr)?;
            let meta = StoredMeta::of(&doc, &f);
            let id = first_str(&doc, f.id).unwrap_or_default();
            out.push(Shown {
                path: id.clone(),
                id,
                headline: first_str(&doc, f.headline).unwrap_or_default(),
                outlet: first_str(&doc, f.outlet),
                authors: meta.authors,
                published: first_str(&doc, f.published_text),
                url: first_str(&doc, f.url),
                people: meta.people,
                quotes: meta.quotes,
                body: first_str(&doc, f.body).unwrap_or_default(),
            });
        }
        Ok(out)
    }
}

/// The first `max` characters of `text`, cut at a word boundary.
fn lead(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    match cut.rfind(' ') {
        Some(i) => format!("{}…", &cut[..i]),
        None => cut,
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::article::{Article, Person, Quote};
    use crate::source::FileStamp;

    /// An article: `(id, file, headline, outlet, published, people with their mentions and
    /// what they say)`.
    type Row<'a> = (
        &'a str,
        &'a str,
        &'a str,
        &'a str,
        &'a str,
        &'a [(&'a str, u32, &'a [&'a str])],
    );

    /// The body of an article headed `headline` whose people say their quotes, each quote
    /// written “text” said Name.
    fn body_with_quotes(headline: &str, people: &[(&str, u32, &[&str])]) -> (String, Vec<Quote>) {
        let mut body = format!("{headline}. The rest of the story.");
        let mut quotes = Vec::new();
        for &(name, _, said) in people {
            for text in said {
                body.push_str(" “");
                let start = body.chars().count();
                body.push_str(text);
                quotes.push(Quote {
                    text: text.to_string(),
                    speaker: Some(name.into()),
                    person: Some(name.into()),
                    start,
                    end: body.chars().count(),
                });
                body.push_str(&format!("” said {name}."));
            }
        }
        (body, quotes)
    }

    /// An index of articles.
    pub(in crate::search) fn store(articles: &[Row]) -> (tempfile::TempDir, Store) {
        let dir = tempfile::TempDir::new().expect("temp dir");
        let store = Store::open_or_create(dir.path()).expect("index");
        let mut writer: tantivy::IndexWriter = store
            .index
            .writer_with_num_threads(1, 20_000_000)
            .expect("writer");
        for &(id, file, headline, outlet, published, people) in articles {
            let (body, quotes) = body_with_quotes(headline, people);
            let article = Article {
                headline: headline.into(),
                body,
                outlet: Some(outlet.into()).filter(|o: &String| !o.is_empty()),
                published: crate::date::parse(published),
                people: people
                    .iter()
                    .map(|&(name, mentions, said)| Person {
                        name: name.into(),
                        mentions,
                        quotes: said.len() as u32,
                        ..Person::default()
                    })
                    .collect(),
                quotes,
                ..Article::default()
            };
            let doc = store.document(id, file, None, &article, FileStamp::default(), None);
            writer.add_document(doc).expect("add");
        }
        writer.commit().expect("commit");
        (dir, store)
    }

    /// Three articles: two of one file in March 2024, one undated; two people who say five
    /// quotes.
    pub(in crate::search) fn news() -> (tempfile::TempDir, Store) {
        store(&[
            (
                "/f#1",
                "/f",
                "Ferry fares rise",
                "Coast Wire",
                "2024-03-05",
                &[("Ann Lee", 3, &["Fares must rise"])],
            ),
            (
                "/f#2",
                "/f",
                "Ferry strike ends",
                "coastwire.example",
                "2024-03-07T10:00:00Z",
                // (Bo Kim speaks first, Ann Lee's name comes first.)
                &[
                    ("Bo Kim", 2, &["The strike is over", "We won"]),
                    ("Ann Lee", 1, &["Not yet"]),
                ],
            ),
            (
                "/g",
                "/g",
                "Harbour wall falls",
                "The Firth Herald",
                "",
                &[("Bo Kim", 5, &["The wall fell"])],
            ),
        ])
    }

    #[test]
    fn leads_are_cut_at_a_word() {
        let cases = [
            ("short", 10, "short"),
            ("one two three", 8, "one two…"),
            ("abcdefghij", 5, "abcde"),
        ];
        for (text, max, want) in cases {
            assert_eq!(lead(text, max), want, "{text:?}");
        }
    }

    /// Hits of the same date are ordered by path, then position, and numbered again.
    #[test]
    fn date_ties_are_settled_by_path() {
        let hit = |path: &str, date: &str, at: u64| {
            let origin = Origin {
                path: path.into(),
                headline: String::new(),
                outlet: None,
                authors: Vec::new(),
                published: Some(date.into()),
                url: None,
                copies: 0,
            };
            (origin, at, 0)
        };
        let mut hits = vec![
            hit("/b", "2024-03-07", 0),
            hit("/c", "2024-03-05", 9),
            hit("/a", "2024-03-05", 5),
            hit("/c", "2024-03-05", 1),
        ];
        settle_date_ties(&mut hits, |h| (&h.0, h.1), |h, r| h.2 = r);
        let got: Vec<(&str, u64, usize)> =
            hits.iter().map(|h| (h.0.path.as_str(), h.1, h.2)).collect();
        assert_eq!(
            got,
            [("/b", 0, 1), ("/a", 5, 2), ("/c", 1, 3), ("/c", 9, 4)]
        );
    }

    #[test]
    fn names_are_counted_by_article() {
        let (_dir, store) = news();
        let search = Search::new(&store).expect("search");
        let rows = |r: Vec<NameCount>| -> Vec<(String, u64)> {
            r.into_iter().map(|c| (c.name, c.articles)).collect()
        };
        let s = |n: &str| n.to_string();
        assert_eq!(
            rows(search.people("*", &Filters::default(), 10).expect("people")),
            [(s("Ann Lee"), 2), (s("Bo Kim"), 2)]
        );
        assert_eq!(
            rows(search.outlets(1).expect("outlets")),
            [(s("Coast Wire"), 1)]
        );
        assert_eq!(rows(search.outlets(0).expect("outlets")), []);
    }

    #[test]
    fn filters_and_sorting() {
        let (_dir, store) = news();
        let search = Search::new(&store).expect("search");
        let day = |d: &str| crate::date::parse_day(d).ok();
        let cases = [
            (Filters::default(), vec!["/f#1", "/f#2", "/g"]),
            (
                Filters {
                    since: day("2024-03-06"),
                    ..Filters::default()
                },
                vec!["/f#2"],
            ),
            (
                Filters {
                    until: day("2024-03-07"),
                    sort: Sort::Date,
                    ..Filters::default()
                },
                vec!["/f#2", "/f#1"],
            ),
            (
                Filters {
                    outlet: Some("firth herald".into()),
                    ..Filters::default()
                },
                vec!["/g"],
            ),
            (
                Filters {
                    person: Some("kim".into()),
                    sort: Sort::Date,
                    ..Filters::default()
                },
                vec!["/f#2", "/g"],
            ),
        ];
        for (filters, want) in cases {
            let hits = search.articles("*", &filters, 10).expect("hits");
            let mut got: Vec<&str> = hits.iter().map(|h| h.article.path.as_str()).collect();
            if filters.sort == Sort::Relevance {
                got.sort();
            }
            assert_eq!(got, want, "{filters:?}");
        }
    }

    /// The people of the articles that match a query and pass the filters.
    #[test]
    fn people_follow_the_query_and_the_filters() {
        let (_dir, store) = news();
        let search = Search::new(&store).expect("search");
        let day = |d: &str| crate::date::parse_day(d).ok();
        type Case<'a> = (&'a str, Filters, &'a [(&'a str, u64)]);
        let cases: [Case; 6] = [
            ("*", Filters::default(), &[("Ann Lee", 2), ("Bo Kim", 2)]),
            (
                "ferry",
                Filters::default(),
                &[("Ann Lee", 2), ("Bo Kim", 1)],
            ),
            ("harbour", Filters::default(), &[("Bo Kim", 1)]),
            (
                "*",
                Filters {
                    since: day("2024-03-06"),
                    ..Filters::default()
                },
                &[("Ann Lee", 1), ("Bo Kim", 1)],
            ),
            (
                "*",
                Filters {
                    outlet: Some("firth herald".into()),
                    ..Filters::default()
                },
                &[("Bo Kim", 1)],
            ),
            (
                "ferry",
                Filters {
                    person: Some("kim".into()),
                    ..Filters::default()
                },
                &[("Ann Lee", 1), ("Bo Kim", 1)],
            ),
        ];
        for (query, filters, want) in cases {
            let rows = search.people(query, &filters, 10).expect("people");
            let got: Vec<(&str, u64)> =
                rows.iter().map(|c| (c.name.as_str(), c.articles)).collect();
            assert_eq!(got, want, "{query:?} {filters:?}");
        }
    }

    #[test]
    fn people_are_found_by_any_name_form_most_mentioned_first() {
        let (_dir, store) = news();
        let search = Search::new(&store).expect("search");
        let day = |d: &str| crate::date::parse_day(d).ok();
        type Case<'a> = (&'a str, Filters, &'a [(&'a str, &'a str, u32)]);
        let cases: [Case; 5] = [
            (
                "KIM",
                Filters::default(),
                &[("/g", "Bo Kim", 5), ("/f#2", "Bo Kim", 2)],
            ),
            (
                "kim",
                Filters {
                    since: day("2024-03-01"),
                    ..Filters::default()
                },
                &[("/f#2", "Bo Kim", 2)],
            ),
            (
                "kim",
                Filters {
                    outlet: Some("firth herald".into()),
                    ..Filters::default()
                },
                &[("/g", "Bo Kim", 5)],
            ),
            (
                "ann lee",
                Filters {
                    sort: Sort::Date,
                    ..Filters::default()
                },
                &[("/f#2", "Ann Lee", 1), ("/f#1", "Ann Lee", 3)],
            ),
            (
                "lee",
                Filters {
                    person: Some("bo kim".into()),
                    ..Filters::default()
                },
                &[("/f#2", "Ann Lee", 1)],
            ),
        ];
        for (name, filters, want) in cases {
            let hits = search.person(name, &filters, 10).expect("hits");
            let got: Vec<(&str, &str, u32)> = hits
                .iter()
                .map(|h| (h.article.path.as_str(), h.person.as_str(), h.mentions))
                .collect();
            assert_eq!(got, want, "{name:?} {filters:?}");
        }
        let err = search
            .person(" ,", &Filters::default(), 10)
            .map(|_| ())
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("no name given"), "{err}");
    }

    #[test]
    fn show_a_file_or_one_of_its_records() {
        let (_dir, store) = news();
        let search = Search::new(&store).expect("search");
        let ids = |key: &str| -> Vec<String> {
            search
                .show(key)
                .expect("show")
                .into_iter()
                .map(|s| s.id)
                .collect()
        };
        assert_eq!(ids("/f"), ["/f#1", "/f#2"]);
        assert_eq!(ids("/f#2"), ["/f#2"]);
        assert_eq!(ids("/f#3"), Vec::<String>::new());
        assert_eq!(ids("/g"), ["/g"]);
    }

    #[test]
    fn bad_queries_are_told_in_words() {
        let (_dir, store) = news();
        let search = Search::new(&store).expect("search");
        let cases = [
            ("  ", "empty query: give words to search for, or '*' for everything"),
            (
                "colour:red",
                "invalid query \"colour:red\": unknown field 'colour' (fields: headline, body, quote, speaker, person, outlet, author, url)",
            ),
            (
                "colour:red*",
                "invalid query \"colour:red*\": unknown field 'colour' (fields: headline, body, quote, speaker, person, outlet, author, url)",
            ),
            (
                "\"ferry fares",
                "invalid query \"\\\"ferry fares\": the quotation mark at column 1 is never closed",
            ),
            (
                "ferry headline:",
                "invalid query \"ferry headline:\": the field 'headline:' at column 7 has no value: give a word or \"a phrase\" after it",
            ),
            (
                "ferry AND",
                "invalid query \"ferry AND\": AND at column 7 has nothing after it",
            ),
            (
                "ferry~2",
                "invalid query \"ferry~2\": 'ferry~2': ~N is the slop of a phrase (\"prime minister\"~2); a single word takes none (fuzzy words are not supported)",
            ),
            (
                "fe*ry",
                "invalid query \"fe*ry\": 'fe*ry': * stands only at the end of a word (econ*): no wildcards inside words",
            ),
            (
                "fer-ry*",
                "invalid query \"fer-ry*\": 'fer-ry*': a prefix is the start of one word (letters and digits)",
            ),
        ];
        for (query, want) in cases {
            let err = search.articles(query, &Filters::default(), 10).map(|_| ());
            assert_eq!(err.unwrap_err().to_string(), want, "{query:?}");
        }
        // The same in quotes.
        let err = search
            .quotes("ferry~2", None, &Filters::default(), 10)
            .map(|_| ());
        assert!(err
            .unwrap_err()
            .to_string()
            .contains("~N is the slop of a phrase"));
    }

    /// A prefix finds every word that starts with it as written, whatever the word's stem, in
    /// articles and in quotes; a shorter prefix never finds less.
    #[test]
    fn prefixes_find_every_word_that_starts_with_them() {
        let dir = tempfile::TempDir::new().expect("temp dir");
        let store = Store::open_or_create(dir.path()).expect("index");
        let article = |body: &str| {
            let quote_end = body.find('”').unwrap_or(0);
            Article {
                headline: "News".into(),
                body: body.into(),
                quotes: vec![crate::article::Quote {
                    text: body[3..quote_end].into(),
                    speaker: Some("Ann Lee".into()),
                    person: None,
                    start: 1,
                    end: body[..quote_end].chars().count(),
                }],
                ..Article::default()
            }
        };
        let articles = [
            ("/economy", article("“The economy grows,” she said.")),
            ("/economies", article("“Economies grow,” she said.")),
            ("/economic", article("“Economic news is good,” she said.")),
            ("/economist", article("“Ask an economist,” she said.")),
            ("/ecology", article("“Ecology matters,” she said.")),
            ("/blair", article("“Blair spoke,” she said.")),
        ];
        store
            .add_articles(articles.iter().map(|(id, a)| (*id, a)))
            .expect("indexed");
        let search = Search::new(&store).expect("search");
        let found = |query: &str| -> (Vec<String>, Vec<String>) {
            let mut docs: Vec<String> = search
                .articles(query, &Filters::default(), 100)
                .expect("articles")
                .into_iter()
                .map(|h| h.article.path)
                .collect();
            let mut quotes: Vec<String> = search
                .quotes(query, None, &Filters::default(), 100)
                .expect("quotes")
                .into_iter()
                .map(|h| h.article.path)
                .collect();
            docs.sort();
            quotes.sort();
            (docs, quotes)
        };
        let cases: [(&str, &[&str]); 10] = [
            (
                "ec*",
                &[
                    "/ecology",
                    "/economic",
                    "/economies",
                    "/economist",
                    "/economy",
                ],
            ),
            (
                "econ*",
                &["/economic", "/economies", "/economist", "/economy"],
            ),
            (
                "econom*",
                &["/economic", "/economies", "/economist", "/economy"],
            ),
            // "economy" and "economies" share their stem, "economi".
            (
                "economi*",
                &["/economic", "/economies", "/economist", "/economy"],
            ),
            ("economy*", &["/economies", "/economy"]),
            ("economic*", &["/economic"]),
            ("economies*", &["/economies", "/economy"]),
            ("blai*", &["/blair"]),
            ("BLAIR*", &["/blair"]),
            (
                "econ* -economist*",
                &["/economic", "/economies", "/economy"],
            ),
        ];
        for (query, want) in cases {
            let want: Vec<String> = want.iter().map(|w| w.to_string()).collect();
            assert_eq!(found(query), (want.clone(), want), "{query:?}");
        }
        assert_eq!(found("zz*"), (Vec::new(), Vec::new()));
    }

    /// A window of hits: ranked from its offset on, with the number of all hits when counted
    /// (else of the hits up to its end).
    #[test]
    fn windows_of_hits_and_their_totals() {
        let (_dir, store) = news();
        let search = Search::new(&store).expect("search");
        let by_date = Filters {
            sort: Sort::Date,
            ..Filters::default()
        };
        let cases = [
            (Window::page(0, 2), (3, vec![(1, "/f#2"), (2, "/f#1")])),
            (Window::page(2, 2), (3, vec![(3, "/g")])),
            (Window::page(7, 2), (3, vec![])),
            (Window::page(1, 0), (3, vec![])),
            // (Date order counts every hit anyway.)
            (Window::first(2), (3, vec![(1, "/f#2"), (2, "/f#1")])),
            (Window::first(0), (0, vec![])),
        ];
        for (window, want) in cases {
            let page = search.articles_page("*", &by_date, window).expect("page");
            let got: Vec<(usize, &str)> = page
                .hits
                .iter()
                .map(|h| (h.rank, h.article.path.as_str()))
                .collect();
            assert_eq!((page.total, got), want, "articles {window:?}");
        }
        let cases = [
            (Window::page(0, 1), (2, vec![(1, "/g")])),
            (Window::page(1, 5), (2, vec![(2, "/f#2")])),
        ];
        for (window, want) in cases {
            let page = search
                .person_page("kim", &Filters::default(), window)
                .expect("page");
            let got: Vec<(usize, &str)> = page
                .hits
                .iter()
                .map(|h| (h.rank, h.article.path.as_str()))
                .collect();
            assert_eq!((page.total, got), want, "person {window:?}");
        }
        let cases = [
            (Window::page(1, 2), (5, vec![(2, "We won"), (3, "Not yet")])),
            (
                Window::page(3, 9),
                (5, vec![(4, "Fares must rise"), (5, "The wall fell")]),
            ),
        ];
        for (window, want) in cases {
            let page = search
                .quotes_page("*", None, &by_date, window)
                .expect("page");
            let got: Vec<(usize, &str)> = page
                .hits
                .iter()
                .map(|h| (h.rank, h.text.as_str()))
                .collect();
            assert_eq!((page.total, got), want, "quotes {window:?}");
        }
    }

    /// The speaker filter keeps the articles that quote them, and of a quote search the
    /// quotes they say.
    #[test]
    fn the_speaker_filter() {
        let (_dir, store) = news();
        let search = Search::new(&store).expect("search");
        let cases = [
            (
                "kim",
                vec!["/f#2", "/g"],
                vec!["The strike is over", "The wall fell", "We won"],
            ),
            (
                "ann lee",
                vec!["/f#1", "/f#2"],
                vec!["Fares must rise", "Not yet"],
            ),
            ("nobody", vec![], vec![]),
        ];
        for (speaker, articles, quotes) in cases {
            let filters = Filters {
                speaker: Some(speaker.into()),
                ..Filters::default()
            };
            let hits = search.articles("*", &filters, 10).expect("hits");
            let mut got: Vec<&str> = hits.iter().map(|h| h.article.path.as_str()).collect();
            got.sort();
            let said = search.quotes("*", None, &filters, 10).expect("quotes");
            let mut texts: Vec<&str> = said.iter().map(|q| q.text.as_str()).collect();
            texts.sort();
            assert_eq!((got, texts), (articles, quotes), "{speaker:?}");
        }
    }

    /// The words of a quote search are marked in a quote's text in any form the index reads
    /// as them.
    #[test]
    fn the_searched_words_of_a_quote() {
        let (_dir, store) = news();
        let search = Search::new(&store).expect("search");
        let cases = [
            ("danger", "a clear and present danger", vec!["danger"]),
            (
                "Tax CUTS",
                "Tax cuts, then taxing cuts",
                vec!["Tax", "cuts", "taxing", "cuts"],
            ),
            ("\"wall fell\" -rain", "The wall fell", vec!["wall", "fell"]),
            ("*", "The wall fell", vec![]),
        ];
        for (keywords, text, want) in cases {
            let marks = search.quote_highlights(keywords, [text]).expect("marks");
            let got: Vec<&str> = marks[0].iter().map(|&(a, b)| &text[a..b]).collect();
            assert_eq!(got, want, "{keywords:?}");
        }
    }

    /// A hit in date order has the score it has in relevance order.
    #[test]
    fn hits_by_date_keep_their_scores() {
        let (_dir, store) = news();
        let search = Search::new(&store).expect("search");
        let scores = |sort: Sort| -> Vec<(String, u32)> {
            let filters = Filters {
                sort,
                ..Filters::default()
            };
            let hits = search
                .articles("ferry OR wall", &filters, 10)
                .expect("hits");
            let mut got: Vec<(String, u32)> = hits
                .into_iter()
                .map(|h| (h.article.path, h.score.to_bits()))
                .collect();
            got.sort();
            got
        };
        let by_relevance = scores(Sort::Relevance);
        assert_eq!(by_relevance.len(), 3);
        assert!(by_relevance.iter().all(|(_, s)| f32::from_bits(*s) > 0.0));
        assert_eq!(scores(Sort::Date), by_relevance);
    }
}
