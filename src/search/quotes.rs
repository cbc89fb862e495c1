//! Quote search (`quotes`): each hit is one quote, with its speaker and article. The query is a
//! [`QuoteQuery`] over the words of each quote; every quote that matches is collected, and the
//! best (or newest) are kept.

use anyhow::{anyhow, Result};
use tantivy::query::EnableScoring;
use tantivy::{DocAddress, DocSet, TantivyDocument, TERMINATED};

use super::quote_query::{self, Builder, Expr, QuoteQuery};
use super::{settle_date_ties, Filters, Origin, QuoteHit, Search, Sort};
use crate::index::StoredMeta;

/// A quote that matched: its article, its number in the article, and how it ranks.
struct Matched {
    score: f32,
    /// Its article's date (seconds), for sorting by date.
    newest: i64,
    addr: DocAddress,
    quote: usize,
}

impl Search<'_> {
    /// Quotes matching `keywords` (and said by `speaker`, when given), best first.
    pub fn quotes(
        &self,
        keywords: &str,
        speaker: Option<&str>,
        filters: &Filters,
        limit: usize,
    ) -> Result<Vec<QuoteHit>> {
        let query = self.quote_query(keywords, speaker, filters)?;
        if limit == 0 {
            return Ok(Vec::new());
        }
        let matched = self.matching_quotes(&query, filters.sort, limit)?;
        let mut hits = Vec::with_capacity(matched.len());
        let f = self.fields();
        for (rank, m) in matched.into_iter().enumerate() {
            let doc: TantivyDocument = self.searcher.doc(m.addr)?;
            let Some(q) = StoredMeta::of(&doc, f).quotes.into_iter().nth(m.quote) else {
                continue;
            };
            hits.push(QuoteHit {
                rank: rank + 1,
                score: m.score,
                text: q.text,
                speaker: q.speaker,
                person: q.person,
                article: Origin::of(&doc, f),
                start: q.start as u64,
                end: q.end as u64,
            });
        }
        if filters.sort == Sort::Date {
            settle_date_ties(&mut hits, |h| (&h.article, h.start), |h, r| h.rank = r);
        }
        Ok(hits)
    }

    /// The query of a quote search: its words within one quote, its speaker, and its filters
    /// asked of the quote's article.
    fn quote_query(
        &self,
        keywords: &str,
        speaker: Option<&str>,
        filters: &Filters,
    ) -> Result<QuoteQuery> {
        let f = *self.fields();
        let mut builder = Builder::new(f);
        let mut must = Vec::new();
        if !keywords.trim().is_empty() && keywords.trim() != "*" {
            if quote_query::asks_quote_slop(keywords, self.store.name(f.quote), true) {
                return Err(anyhow!("invalid query {keywords:?}: {}", quote_query::SLOP));
            }
            let parsed = self.parse(keywords, vec![f.quote], false)?;
            must.push(
                builder
                    .expr(&*parsed, true)
                    .map_err(|e| anyhow!("invalid query {keywords:?}: {e}"))?,
            );
        }
        if let Some(name) = speaker {
            must.push(Expr::Speaker(self.name_words(name)?));
        }
        for (_, q) in self.filter_clauses(filters)? {
            must.push(builder.article(q));
        }
        if must.is_empty() {
            must.push(Expr::All);
        }
        Ok(builder.build(Expr::Bool {
            must,
            should: Vec::new(),
            must_not: Vec::new(),
        }))
    }

    /// The best (or newest) `limit` quotes that match `query`, in order.
    fn matching_quotes(
        &self,
        query: &QuoteQuery,
        sort: Sort,
        limit: usize,
    ) -> Result<Vec<Matched>> {
        let weight = query.quote_weight(EnableScoring::enabled_from_searcher(&self.searcher))?;
        let published = self.store.name(self.fields().published);
        let mut found: Vec<Matched> = Vec::new();
        // With no words to rank by, the first `limit` quotes in the index's order are the best.
        let enough = sort == Sort::Relevance && query.scores_nothing();
        'segments: for (ord, reader) in self.searcher.segment_readers().iter().enumerate() {
            let mut scorer = weight.quote_scorer(reader, 1.0)?;
            let dates = match sort {
                Sort::Date => Some(reader.fast_fields().date(published)?),
                Sort::Relevance => None,
            };
            let alive = reader.alive_bitset();
            let mut doc = scorer.doc();
            while doc != TERMINATED {
                if alive.is_none_or(|a| a.is_alive(doc)) {
                    let newest = dates
                        .as_ref()
                        .and_then(|d| d.first(doc))
                        .map_or(i64::MIN, |d| d.into_timestamp_secs());
                    for &(quote, score) in scorer.quotes() {
                        found.push(Matched {
                            score,
                            newest,
                            addr: DocAddress::new(ord as u32, doc),
                            quote,
                        });
                    }
                    if enough && found.len() >= limit {
                        break 'segments;
                    }
                }
                doc = scorer.advance();
            }
        }
        let order = |a: &Matched, b: &Matched| {
            match sort {
                Sort::Relevance => b.score.total_cmp(&a.score),
                Sort::Date => b.newest.cmp(&a.newest),
            }
            .then(a.addr.cmp(&b.addr))
            .then(a.quote.cmp(&b.quote))
        };
        if found.len() > limit {
            found.select_nth_unstable_by(limit - 1, order);
            found.truncate(limit);
        }
        found.sort_by(order);
        Ok(found)
    }
}
