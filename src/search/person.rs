//! People: the articles that mention a person (under any form of their name, and under the
//! shorter names the index counts for them), their quotes, and the people most often named in
//! the articles of a search, each counted once as the index knows them (see [`super::identity`]).

use std::sync::Arc;

use anyhow::{anyhow, Result};
use tantivy::query::{AllQuery, BooleanQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{Facet, Field, IndexRecordOption};
use tantivy::tokenizer::{TextAnalyzer, TokenStream};
use tantivy::{DocAddress, TantivyDocument, Term};

use super::identity::Identity;
use super::memo::Surname;
use super::{
    names, settle_date_ties, Filters, NameCount, Names, Origin, Page, PersonHit, Search, Sort,
    Window,
};
use crate::index::{StoredMeta, NAME};

impl Search<'_> {
    /// The index's tokenizer `name` ([`NAME`] or [`crate::index::PROSE`]).
    pub(super) fn analyzer(&self, name: &str) -> Result<TextAnalyzer> {
        let tokenizers = self.store.index.tokenizers();
        tokenizers
            .get(name)
            .ok_or_else(|| anyhow!("the index has no tokenizer {name:?}"))
    }

    /// The words of a name as the name tokenizer sees them (lower case, accents folded).
    pub(super) fn name_tokens(&self, name: &str) -> Result<Vec<String>> {
        let mut analyzer = self.analyzer(NAME)?;
        let mut stream = analyzer.token_stream(name);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        Ok(out)
    }

    /// The words of a name the user gave, which must have some.
    pub(super) fn name_words(&self, name: &str) -> Result<Vec<String>> {
        let words = self.name_tokens(name)?;
        if words.is_empty() {
            return Err(anyhow!(
                "no name given: give a name such as \"Hillary Clinton\" or \"Clinton\""
            ));
        }
        Ok(words)
    }

    /// A query for a name in a name field: its words in order, allowing `slop` words between
    /// ("Hillary Clinton" finds "Hillary Rodham Clinton").
    pub(super) fn name_query(&self, field: Field, name: &str, slop: u32) -> Result<Box<dyn Query>> {
        let terms: Vec<Term> = self
            .name_words(name)?
            .iter()
            .map(|w| Term::from_field_text(field, w))
            .collect();
        match terms.len() {
            1 => Ok(Box::new(TermQuery::new(
                terms[0].clone(),
                IndexRecordOption::WithFreqs,
            ))),
            _ => {
                let mut q = PhraseQuery::new(terms);
                q.set_slop(slop);
                Ok(Box::new(q))
            }
        }
    }

    /// Articles mentioning the person `name` and passing `filters`, the most-mentioning first
    /// (newest first when `filters` sort by date).
    pub fn person(&self, name: &str, filters: &Filters, limit: usize) -> Result<Vec<PersonHit>> {
        Ok(self.person_page(name, filters, Window::first(limit))?.hits)
    }

    /// The `window` of the articles mentioning the person `name` and passing `filters`, the
    /// most-mentioning first (newest first when `filters` sort by date).
    pub(crate) fn person_page(
        &self,
        name: &str,
        filters: &Filters,
        window: Window,
    ) -> Result<Page<PersonHit>> {
        let q = self.person_query(name, filters)?;
        if window.is_empty() {
            return Ok(Page::empty());
        }
        if filters.sort == Sort::Date {
            let page = self.top_distinct(&q, Sort::Date, window, filters.all_copies)?;
            let mut hits: Vec<PersonHit> = (self.person_hits(name, page.hits)?)
                .into_iter()
                .map(|(_, h)| h)
                .collect();
            let offset = window.offset;
            settle_date_ties(&mut hits, |h| (&h.article, 0), |h, r| h.rank = offset + r);
            return Ok(Page {
                total: page.total,
                hits,
            });
        }
        // The best by score up to the window's end, ordered by mentions, then the window.
        let top = self.top_distinct(
            &q,
            Sort::Relevance,
            window.through_end(),
            filters.all_copies,
        )?;
        let mut hits = self.person_hits(name, top.hits)?;
        // Ties by path: the order must not depend on how the index split its segments.
        hits.sort_by(|a, b| {
            (b.1.mentions.cmp(&a.1.mentions))
                .then(b.0.total_cmp(&a.0))
                .then_with(|| a.1.article.path.cmp(&b.1.article.path))
        });
        let hits = hits
            .into_iter()
            .enumerate()
            .skip(window.offset)
            .map(|(i, (_, mut h))| {
                h.rank = i + 1;
                h
            })
            .collect();
        Ok(Page {
            total: top.total,
            hits,
        })
    }

    /// The query for the articles mentioning `name`, or a shorter name the index counts for
    /// theirs (see [`identity`]), that pass `filters`.
    pub(super) fn person_query(&self, name: &str, filters: &Filters) -> Result<BooleanQuery> {
        let f = *self.fields();
        let mut named = self.name_query(f.person, name, 1)?;
        let (surname, asked) = self.identity_of(name)?;
        if let Some(canonical) = &asked {
            let mut any: Vec<(Occur, Box<dyn Query>)> = (surname.identity)
                .aliases(canonical)
                .map(|a| {
                    let term = Term::from_facet(f.people_facet, &Facet::from_path([a]));
                    let q: Box<dyn Query> =
                        Box::new(TermQuery::new(term, IndexRecordOption::Basic));
                    (Occur::Should, q)
                })
                .collect();
            if !any.is_empty() {
                any.push((Occur::Should, named));
                named = Box::new(BooleanQuery::new(any));
            }
        }
        let mut clauses = vec![(Occur::Must, named)];
        clauses.extend(self.filter_clauses(filters)?);
        Ok(BooleanQuery::new(clauses))
    }

    /// How the index counts the names of the surname of `name` (its last word), from the
    /// people of the articles that name anyone by it (worked out once a generation), and the
    /// name it counts `name` under when `name` is one of its people.
    pub(super) fn identity_of(&self, name: &str) -> Result<(Arc<Surname>, Option<String>)> {
        let f = *self.fields();
        let wanted = self.name_tokens(name)?;
        let Some(last) = wanted.last() else {
            return Ok((Arc::default(), None));
        };
        let surname = self.memo.surname(self.generation(), last, || {
            let q = TermQuery::new(
                Term::from_field_text(f.person, last),
                IndexRecordOption::Basic,
            );
            let people = self.all_facet_counts(f.people_facet, &q)?;
            let identity = self.identity(&people)?;
            let words = people.iter().map(|(n, _)| self.name_tokens(n));
            let words = words.collect::<Result<_>>()?;
            Ok(Surname {
                people,
                words,
                identity,
            })
        })?;
        let asked = surname.canonical_of(&wanted);
        Ok((surname, asked))
    }

    /// The identity of the names of `people` (each with its articles), with the votes of the
    /// things facet against them (counted once a generation).
    pub(super) fn identity(&self, people: &[(String, u64)]) -> Result<Identity> {
        let things = self.memo.things(self.generation(), || {
            let all = self.all_facet_counts(self.fields().things_facet, &AllQuery)?;
            Ok(all.into_iter().collect())
        })?;
        Ok(Identity::of(people, |n| {
            things.get(n).copied().unwrap_or(0)
        }))
    }

    /// Every name of the facet `field` among the articles matching `q`, with its articles
    /// (counted by name ids, see [`names`]: a segment's names are read once, in order).
    pub(super) fn all_facet_counts(
        &self,
        field: Field,
        q: &dyn Query,
    ) -> Result<Vec<(String, u64)>> {
        let counts = self.searcher.search(
            q,
            &names::CountNames {
                ids: &self.names,
                field,
                name: self.store.name(field),
            },
        )?;
        Ok(counts.every(&self.names))
    }

    /// How many articles that mention `name` the dates of `filters` leave out because they
    /// have no date.
    pub fn undated_person_articles(&self, name: &str, filters: &Filters) -> Result<u64> {
        self.undated(filters, |f| Ok(Box::new(self.person_query(name, f)?)))
    }

    /// The hits of the articles at `top` (each with its number of other copies) for the person
    /// `name`, with their scores (not ranked).
    pub(super) fn person_hits(
        &self,
        name: &str,
        top: Vec<(f32, DocAddress, u64)>,
    ) -> Result<Vec<(f32, PersonHit)>> {
        let f = *self.fields();
        let wanted = self.name_tokens(name)?;
        let (surname, asked) = self.identity_of(name)?;
        let id = &surname.identity;
        let mut hits = Vec::with_capacity(top.len());
        for (score, addr, copies) in top {
            let doc: TantivyDocument = self.searcher.doc(addr)?;
            let meta = StoredMeta::of(&doc, &f);
            // The article's person whose name or forms hold the asked words, else the one the
            // index counts under the asked name.
            let person = meta
                .people
                .iter()
                .find(|p| {
                    std::iter::once(&p.name).chain(p.forms.iter()).any(|form| {
                        let toks = self.name_tokens(form).unwrap_or_default();
                        wanted.iter().all(|w| toks.contains(w))
                    })
                })
                .or_else(|| {
                    let asked = asked.as_deref()?;
                    meta.people
                        .iter()
                        .find(|p| id.canonical(&p.name) == Some(asked))
                });
            let (person, mentions, quotes) = match person {
                Some(p) => match id.canonical(&p.name) {
                    Some(c) => (c.to_string(), p.mentions, p.quotes),
                    // (a thing's name, which some article took for a person's)
                    None => continue,
                },
                None => (name.to_string(), 0, 0),
            };
            hits.push((
                score,
                PersonHit {
                    rank: 0,
                    person,
                    mentions,
                    quotes,
                    article: Origin {
                        copies,
                        ..Origin::of(&doc, &f)
                    },
                },
            ));
        }
        Ok(hits)
    }

    /// The people most often mentioned in the articles that match `query` (`*`: every article)
    /// and pass `filters`, by their number of those articles: a facet that follows the query.
    /// Each person is counted once, under the name the index counts them by, and the names the
    /// index shows to be things' are left out (see [`identity`]).
    pub fn people(&self, query: &str, filters: &Filters, limit: usize) -> Result<Vec<NameCount>> {
        let window = Window::first(limit);
        Ok(self
            .names_page(Names::People, Some(query), filters, window)?
            .hits)
    }

    /// How the index counts every name of its people (see [`identity`]), worked out once a
    /// generation.
    pub(super) fn everyone(&self) -> Result<Arc<Identity>> {
        self.memo.everyone(self.generation(), || {
            let people = self.all_facet_counts(self.fields().people_facet, &AllQuery)?;
            self.identity(&people)
        })
    }
}
