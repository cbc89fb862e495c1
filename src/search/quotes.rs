//! Quote search (`quotes`): each hit is one quote, with its speaker and article. The query is a
//! [`QuoteQuery`] over the words of each quote; every quote that matches is collected, and the
//! best (or newest) are kept.

use std::cmp::Reverse;
use std::collections::hash_map::Entry;
use std::collections::HashSet;

use anyhow::{anyhow, Result};
use rustc_hash::FxHashMap;
use tantivy::columnar::StrColumn;
use tantivy::query::EnableScoring;
use tantivy::tokenizer::TokenStream;
use tantivy::{DocAddress, DocSet, TantivyDocument, TERMINATED};

use super::by_date::file_names;
use super::quote_query::{self, Builder, Expr, QuoteQuery};
use super::{settle_date_ties, Filters, Origin, Page, QuoteHit, Search, Sort, Window};
use crate::index::{StoredMeta, PROSE};

/// A quote that matched: its article, its number in the article, and how it ranks.
#[derive(Debug, Clone)]
pub(super) struct Matched {
    score: f32,
    /// Its article's date (seconds), for sorting by date.
    newest: i64,
    /// Its article's file, for sorting by date (a date's quotes are ordered by it): its ordinal
    /// in the segment's file names (in their order), and the name once the quote may rank.
    file_ord: u64,
    file: String,
    /// Its number of words.
    words: u32,
    /// Its article's body hash (copies of a story share it), and how many copies of the quote
    /// in other copies of the story matched too.
    hash: Option<u64>,
    copies: u64,
    /// Its file's hash (of the file's bytes), which orders copies of equal rank.
    file_hash: Option<u64>,
    addr: DocAddress,
    quote: usize,
}

/// An order of matched quotes, the first first.
type Order<'a> = dyn Fn(&Matched, &Matched) -> std::cmp::Ordering + 'a;

impl Search<'_> {
    /// Quotes matching `keywords` (and said by `speaker`, when given), best first.
    pub fn quotes(
        &self,
        keywords: &str,
        speaker: Option<&str>,
        filters: &Filters,
        limit: usize,
    ) -> Result<Vec<QuoteHit>> {
        let window = Window::first(limit);
        Ok(self.quotes_page(keywords, speaker, filters, window)?.hits)
    }

    /// The `window` of the quotes matching `keywords`, said by `speaker` (else by
    /// `filters.speaker`), in articles that pass the other filters.
    pub(crate) fn quotes_page(
        &self,
        keywords: &str,
        speaker: Option<&str>,
        filters: &Filters,
        window: Window,
    ) -> Result<Page<QuoteHit>> {
        let query = self.quote_query(keywords, speaker, filters)?;
        if window.is_empty() {
            return Ok(Page::empty());
        }
        // Every quote, as the first page everyone opens shows them, is listed once a generation.
        let every_quote = matches!(keywords.trim(), "" | "*")
            && speaker.is_none()
            && *filters == Filters::default();
        let (total, matched) = if every_quote {
            let every = self.memo.every_quote(self.generation(), || {
                let all = Window::page(0, usize::MAX);
                Ok(self.matching_quotes(&query, Sort::Relevance, all, false)?.1)
            })?;
            let end = window.offset.saturating_add(window.limit).min(every.len());
            let page = every.get(window.offset.min(end)..end).unwrap_or_default();
            (every.len(), page.to_vec())
        } else {
            self.matching_quotes(&query, filters.sort, window, filters.all_copies)?
        };
        let mut hits = Vec::with_capacity(matched.len());
        let f = self.fields();
        for (rank, mut m) in matched.into_iter().enumerate() {
            // (of identical files, the first by path is shown)
            if m.copies > 0 && !filters.all_copies {
                m.addr = self.first_identical_article(m.addr)?;
            }
            let doc: TantivyDocument = self.searcher.doc(m.addr)?;
            let Some(q) = StoredMeta::of(&doc, f).quotes.into_iter().nth(m.quote) else {
                continue;
            };
            hits.push(QuoteHit {
                rank: window.offset + rank + 1,
                score: m.score,
                text: q.text,
                speaker: q.speaker,
                person: q.person,
                article: Origin {
                    copies: m.copies,
                    ..Origin::of(&doc, f)
                },
                start: q.start as u64,
                end: q.end as u64,
            });
        }
        if filters.sort == Sort::Date {
            let offset = window.offset;
            settle_date_ties(
                &mut hits,
                |h| (&h.article, h.start),
                |h, r| h.rank = offset + r,
            );
        }
        Ok(Page { total, hits })
    }

    /// The byte ranges of the words of `keywords` in each of `texts` (the texts of quotes that
    /// match them), to mark them: every word the index reads as one of them (another form of
    /// the word, another case or accent).
    pub(crate) fn quote_highlights<'t>(
        &self,
        keywords: &str,
        texts: impl IntoIterator<Item = &'t str>,
    ) -> Result<Vec<Vec<(usize, usize)>>> {
        let query = self.quote_query(keywords, None, &Filters::default())?;
        let words: HashSet<String> = query.words().into_iter().collect();
        let mut analyzer = self.analyzer(PROSE)?;
        let mut out = Vec::new();
        for text in texts {
            if words.is_empty() {
                // (no word to mark: the text need not be read)
                out.push(Vec::new());
                continue;
            }
            let mut marks = Vec::new();
            let mut stream = analyzer.token_stream(text);
            while stream.advance() {
                let token = stream.token();
                if words.contains(token.text.as_str()) {
                    marks.push((token.offset_from, token.offset_to));
                }
            }
            out.push(marks);
        }
        Ok(out)
    }

    /// The query of a quote search: its words within one quote, its speaker, and its filters
    /// asked of the quote's article.
    pub(super) fn quote_query(
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
        if let Some(name) = speaker.or(filters.speaker.as_deref()) {
            must.push(Expr::Speaker(self.name_words(name)?));
        }
        // The speaker is asked of each quote, not of the article.
        let article_filters = Filters {
            speaker: None,
            ..filters.clone()
        };
        for (_, q) in self.filter_clauses(&article_filters)? {
            must.push(builder.article(q));
        }
        if must.is_empty() {
            must.push(Expr::All);
        }
        Ok(builder
            .build(Expr::Bool {
                must,
                should: Vec::new(),
                must_not: Vec::new(),
            })
            .at_least(filters.min_words))
    }

    /// The number of quotes that match `query` (when the window counts them; else those found),
    /// and the best (or newest) of them in `window`, in order. With no words to rank them by (a
    /// speaker's quotes, every quote), the longest come first, then the newest: a scare quote of
    /// one word says less than a sentence.
    fn matching_quotes(
        &self,
        query: &QuoteQuery,
        sort: Sort,
        window: Window,
        all_copies: bool,
    ) -> Result<(usize, Vec<Matched>)> {
        let wanted = window.offset.saturating_add(window.limit);
        let by_length = sort == Sort::Relevance && query.scores_nothing();
        // Copies of a story are told apart among all the matching quotes: no segment's list is
        // cut short for them.
        let keep = if all_copies { wanted } else { usize::MAX };
        let order = |a: &Matched, b: &Matched| ranked(sort, by_length, a, b);
        // By relevance the copies of a quote are told apart as they are found (the order needs
        // no file names), so that a search holds one quote of each story, not every copy's.
        let by_order: &Order<'_> = &order;
        let distinct = (!all_copies && sort == Sort::Relevance).then_some(by_order);
        let (mut total, found) =
            self.every_matching_quote(query, sort, by_length, keep, distinct, !all_copies)?;
        let mut found = if all_copies {
            found
        } else if distinct.is_some() {
            total = found.len();
            found
        } else {
            let distinct = best_of_copies(found, &order);
            total = distinct.len();
            distinct
        };
        if found.len() > wanted {
            if wanted > 0 {
                found.select_nth_unstable_by(wanted - 1, order);
            }
            found.truncate(wanted);
        }
        found.sort_by(order);
        found.drain(..window.offset.min(found.len()));
        Ok((total, found))
    }

    /// The number of quotes that match `query`, and the quotes of them that may be among the
    /// first `wanted` in the order `sort` asks: all of them by relevance (with their dates when
    /// ranked `by_length`); by date, each segment's newest `wanted`, their files named. With a
    /// `distinct` order, the copies of a quote (the same quote of articles with one body hash)
    /// are kept as the first of them in that order, counting the others; by date, with
    /// `fold_dated`, the copies of a quote in one segment are kept as the newest of them (the
    /// segment's order of files is theirs), counting the others, before their files are named.
    fn every_matching_quote(
        &self,
        query: &QuoteQuery,
        sort: Sort,
        by_length: bool,
        wanted: usize,
        distinct: Option<&Order<'_>>,
        fold_dated: bool,
    ) -> Result<(usize, Vec<Matched>)> {
        let weight = query.quote_weight(EnableScoring::enabled_from_searcher(&self.searcher))?;
        let f = self.fields();
        // Quotes counted but not kept.
        let mut passed = 0;
        let mut found = Vec::new();
        let mut first_copy: FxHashMap<(u64, usize), usize> = FxHashMap::default();
        for (ord, reader) in self.searcher.segment_readers().iter().enumerate() {
            let mut scorer = weight.quote_scorer(reader, 1.0)?;
            let dated = || reader.fast_fields().date(self.store.name(f.published));
            let (dates, files) = match sort {
                Sort::Date => (
                    Some(dated()?),
                    reader.fast_fields().str(self.store.name(f.file))?,
                ),
                Sort::Relevance if by_length => (Some(dated()?), None),
                Sort::Relevance => (None, None),
            };
            let hashes = reader
                .fast_fields()
                .u64(self.store.name(self.fields().body_hash))?;
            let file_hashes = reader.fast_fields().u64(self.store.name(f.hash))?;
            let alive = reader.alive_bitset();
            let mut segment: Vec<Matched> = Vec::new();
            let mut doc = scorer.doc();
            while doc != TERMINATED {
                if alive.is_none_or(|a| a.is_alive(doc)) {
                    let newest = dates
                        .as_ref()
                        .and_then(|d| d.first(doc))
                        .map_or(i64::MIN, |d| d.into_timestamp_secs());
                    let file_ord = files
                        .as_ref()
                        .and_then(|c| c.term_ords(doc).next())
                        .unwrap_or(0);
                    let hash = hashes.first(doc);
                    let file_hash = file_hashes.first(doc);
                    let addr = DocAddress::new(ord as u32, doc);
                    let quotes = scorer
                        .quotes()
                        .iter()
                        .map(|&(quote, score, words)| Matched {
                            score,
                            newest,
                            words,
                            file_ord,
                            file: String::new(),
                            hash,
                            copies: 0,
                            file_hash,
                            addr,
                            quote,
                        });
                    // (copies told apart as they come: no list of every match is made)
                    match distinct {
                        Some(order) => {
                            for m in quotes {
                                fold_copy(&mut found, &mut first_copy, m, order);
                            }
                        }
                        None => segment.extend(quotes),
                    }
                }
                doc = scorer.advance();
            }
            if distinct.is_some() {
                continue;
            }
            passed += segment.len();
            if sort == Sort::Date {
                if fold_dated {
                    segment = best_of_copies(segment, &newest_in_segment);
                }
                keep_newest(&mut segment, wanted, files.as_ref())?;
            }
            passed -= segment.len();
            found.append(&mut segment);
        }
        Ok((passed + found.len(), found))
    }
}

/// The order of matched quotes `sort` asks (`by_length`: the longest first, then the newest),
/// the first first. Ties go by the body hash and the file's hash, which the text fixes, before
/// the address, which follows the order a parallel ingest happened to write in.
fn ranked(sort: Sort, by_length: bool, a: &Matched, b: &Matched) -> std::cmp::Ordering {
    match sort {
        Sort::Relevance if by_length => b.words.cmp(&a.words).then(b.newest.cmp(&a.newest)),
        Sort::Relevance => b.score.total_cmp(&a.score),
        Sort::Date => b.newest.cmp(&a.newest).then_with(|| a.file.cmp(&b.file)),
    }
    .then(a.hash.cmp(&b.hash))
    .then(a.file_hash.cmp(&b.file_hash))
    .then(a.addr.cmp(&b.addr))
    .then(a.quote.cmp(&b.quote))
}

/// Keeps the `wanted` newest of a segment's quotes (by date, then file, document and place),
/// and names their files from the segment's column of file names.
fn keep_newest(
    found: &mut Vec<Matched>,
    wanted: usize,
    files: Option<&StrColumn>,
) -> std::io::Result<()> {
    if found.len() > wanted {
        if wanted > 0 {
            found.select_nth_unstable_by(wanted - 1, newest_in_segment);
        }
        found.truncate(wanted);
    }
    let ords: Vec<u64> = found.iter().map(|m| m.file_ord).collect();
    let names = file_names(files, &ords)?;
    for m in found.iter_mut() {
        m.file = names.get(&m.file_ord).cloned().unwrap_or_default();
    }
    Ok(())
}

/// The order of one segment's quotes by date: newest first, then by file (the order of the
/// segment's file names), document and place.
fn newest_in_segment(a: &Matched, b: &Matched) -> std::cmp::Ordering {
    let key = |m: &Matched| (Reverse(m.newest), m.file_ord, m.addr, m.quote);
    key(a).cmp(&key(b))
}

/// The quotes of `found` less those of copies of a story: of each quote that copies hold, the
/// first in `order`, counting the others.
fn best_of_copies(found: Vec<Matched>, order: &Order<'_>) -> Vec<Matched> {
    let (mut out, mut first) = (Vec::with_capacity(found.len()), FxHashMap::default());
    for m in found {
        fold_copy(&mut out, &mut first, m, order);
    }
    out
}

/// Adds `m` to `found`, unless `found` holds a copy of it (the same quote of an article with
/// the same body hash, at the place `first` gives): then the first of the two in `order` stays
/// there, counting the other (and the copies counted with it) as copies.
fn fold_copy(
    found: &mut Vec<Matched>,
    first: &mut FxHashMap<(u64, usize), usize>,
    m: Matched,
    order: &Order<'_>,
) {
    let Some(hash) = m.hash else {
        found.push(m);
        return;
    };
    match first.entry((hash, m.quote)) {
        Entry::Occupied(at) => {
            let kept = &mut found[*at.get()];
            let copies = kept.copies + m.copies + 1;
            if order(&m, kept).is_lt() {
                *kept = m;
            }
            kept.copies = copies;
        }
        Entry::Vacant(at) => {
            at.insert(found.len());
            found.push(m);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A matched quote: its body hash, quote number, date, segment's file ordinal, document
    /// and copies already counted.
    fn matched(hash: Option<u64>, quote: usize, newest: i64, file_ord: u64, doc: u32) -> Matched {
        Matched {
            score: 0.0,
            newest,
            file_ord,
            file: String::new(),
            words: 3,
            hash,
            copies: 0,
            file_hash: None,
            addr: DocAddress::new(0, doc),
            quote,
        }
    }

    /// Quotes of equal rank come in the order of their articles' body hashes, wherever the
    /// ingest wrote them; then by address and place.
    #[test]
    fn ties_go_by_body_hash_before_address() {
        // (score, words, date, hash, doc, quote) of each quote, in a found order
        type Row = (f32, u32, i64, Option<u64>, u32, usize);
        let cases: &[(Sort, bool, &[Row], &[u32])] = &[
            (
                Sort::Relevance,
                false,
                &[
                    (1.0, 3, 0, Some(9), 1, 0),
                    (1.0, 3, 0, Some(4), 2, 0),
                    (2.0, 1, 0, Some(9), 3, 0),
                ],
                &[3, 2, 1],
            ),
            // the same quotes, written in another order by the ingest
            (
                Sort::Relevance,
                false,
                &[
                    (1.0, 3, 0, Some(9), 2, 0),
                    (1.0, 3, 0, Some(4), 1, 0),
                    (2.0, 1, 0, Some(9), 3, 0),
                ],
                &[3, 1, 2],
            ),
            // by length, then date, then hash
            (
                Sort::Relevance,
                true,
                &[
                    (0.0, 3, 5, Some(9), 1, 0),
                    (0.0, 3, 5, Some(4), 2, 0),
                    (0.0, 3, 6, Some(9), 3, 0),
                    (0.0, 7, 1, None, 4, 0),
                ],
                &[4, 3, 2, 1],
            ),
            // no hash: the address decides
            (
                Sort::Relevance,
                false,
                &[
                    (1.0, 3, 0, None, 7, 0),
                    (1.0, 3, 0, None, 5, 1),
                    (1.0, 3, 0, None, 5, 0),
                ],
                &[5, 5, 7],
            ),
        ];
        for (sort, by_length, rows, want) in cases {
            let mut found: Vec<Matched> = rows
                .iter()
                .map(|&(score, words, newest, hash, doc, quote)| Matched {
                    score,
                    words,
                    ..matched(hash, quote, newest, 0, doc)
                })
                .collect();
            found.sort_by(|a, b| ranked(*sort, *by_length, a, b));
            let got: Vec<u32> = found.iter().map(|m| m.addr.doc_id).collect();
            assert_eq!(got, *want, "{sort:?} by length {by_length}: {rows:?}");
        }
        // copies (one body hash) of equal rank: by their files' hashes, then address
        let copy = |file_hash, doc| Matched {
            file_hash,
            ..matched(Some(1), 0, 0, 0, doc)
        };
        let mut copies = [copy(Some(9), 1), copy(Some(2), 3), copy(Some(2), 2)];
        copies.sort_by(|a, b| ranked(Sort::Relevance, false, a, b));
        let got: Vec<u32> = copies.iter().map(|m| m.addr.doc_id).collect();
        assert_eq!(got, [2, 3, 1]);
    }

    /// Copies of a quote (one hash, one quote number) fold into the first in the order, the
    /// others counted, those a fold counted before included; quotes of no hash stay apart.
    #[test]
    fn copies_of_a_quote_fold_into_the_first_counting_the_others() {
        // (hash, quote, date, file, doc, copies counted before)
        type Row = (Option<u64>, usize, i64, u64, u32, u64);
        // (document, quote, copies) of each quote kept
        type Kept = (u32, usize, u64);
        let cases: &[(&[Row], &[Kept])] = &[
            // the newest copy stays, then the first file
            (
                &[
                    (Some(1), 0, 10, 5, 1, 0),
                    (Some(1), 0, 20, 7, 2, 0),
                    (Some(1), 0, 20, 6, 3, 0),
                ],
                &[(3, 0, 2)],
            ),
            // another quote of the story, and a story of no hash, are apart
            (
                &[
                    (Some(1), 0, 10, 5, 1, 0),
                    (Some(1), 1, 10, 5, 1, 0),
                    (None, 0, 10, 5, 4, 0),
                    (None, 0, 10, 5, 5, 0),
                ],
                &[(1, 0, 0), (1, 1, 0), (4, 0, 0), (5, 0, 0)],
            ),
            // folds of two segments: their copies add up
            (
                &[(Some(9), 2, 10, 5, 1, 3), (Some(9), 2, 30, 1, 8, 4)],
                &[(8, 2, 8)],
            ),
        ];
        for (rows, want) in cases {
            let found: Vec<Matched> = rows
                .iter()
                .map(|&(hash, quote, newest, file_ord, doc, copies)| Matched {
                    copies,
                    ..matched(hash, quote, newest, file_ord, doc)
                })
                .collect();
            let got: Vec<(u32, usize, u64)> = best_of_copies(found, &newest_in_segment)
                .iter()
                .map(|m| (m.addr.doc_id, m.quote, m.copies))
                .collect();
            assert_eq!(got, *want, "{rows:?}");
        }
    }
}
