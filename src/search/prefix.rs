//! Prefix words (`econ*`) over stemmed text. tantivy's parser reads `econ*` as the word "econ",
//! whose stem no article has; here a query's words are looked at before the parser builds the
//! query, and a word that ends with `*` becomes the set of the field's terms that a word
//! starting with it, as written, can have: the terms that start with it, and the stems of the
//! index's words that start with it but whose stem does not ("economy*" finds "economi"; see
//! [`crate::index::Words`]). A shorter prefix has every term of a longer one, so it never finds
//! less. The same look finds what the parser would take silently for something else: a `~N` on
//! a single word, a `*` inside one.

use std::collections::BTreeSet;

use anyhow::{anyhow, Result};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, EmptyQuery, Occur, Query, QueryParser, TermSetQuery,
};
use tantivy::query_grammar::{Delimiter, UserInputAst, UserInputLeaf, UserInputLiteral};
use tantivy::schema::Field;
use tantivy::tokenizer::{TextAnalyzer, TokenStream};
use tantivy::Term;

use super::Search;
use crate::index::{Words, NAME, PROSE};
use crate::stem::{unstemmed, NewsTokenizer};

/// The word of a literal that asks for the words starting with it (`econ*`, `"econ"*`), or
/// `None`.
fn prefix_of(l: &UserInputLiteral) -> Option<&str> {
    match l.delimiter {
        Delimiter::None if l.phrase.len() > 1 && l.phrase.ends_with('*') => {
            Some(&l.phrase[..l.phrase.len() - 1])
        }
        _ if l.prefix && !l.phrase.trim().contains(char::is_whitespace) => Some(l.phrase.trim()),
        _ => None,
    }
}

/// Every literal of a query, in order.
fn literals(
    ast: &UserInputAst,
    each: &mut dyn FnMut(&UserInputLiteral) -> Result<()>,
) -> Result<()> {
    match ast {
        UserInputAst::Clause(clauses) => clauses.iter().try_for_each(|(_, a)| literals(a, each)),
        UserInputAst::Boost(a, _) => literals(a, each),
        UserInputAst::Leaf(leaf) => match &**leaf {
            UserInputLeaf::Literal(l) => each(l),
            _ => Ok(()),
        },
    }
}

/// Whether a query has prefix words; or what the parser would misread in it: a `~N` on a single
/// word (only a phrase has a slop), a `*` inside a word.
pub(super) fn has_prefixes(ast: &UserInputAst) -> Result<bool> {
    let mut found = false;
    literals(ast, &mut |l| {
        let word = l.phrase.as_str();
        // (The parser keeps a word's `~2` in the word: "ferry~2" would be "ferry 2".)
        let tilde = word.rsplit_once('~').is_some_and(|(w, n)| {
            !w.is_empty() && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
        });
        if l.delimiter == Delimiter::None && (l.slop > 0 || tilde) {
            let slop = if l.slop > 0 {
                format!("~{}", l.slop)
            } else {
                String::new()
            };
            return Err(anyhow!(
                "'{word}{slop}': ~N is the slop of a phrase (\"prime minister\"~2); a single word takes none (fuzzy words are not supported)"
            ));
        }
        if let Some(prefix) = prefix_of(l) {
            if prefix.contains('*') || prefix.is_empty() {
                return Err(anyhow!(
                    "'{word}': * stands at the end of a word (econ*), once"
                ));
            }
            found = true;
        } else if l.delimiter == Delimiter::None && word.contains('*') && word != "*" {
            return Err(anyhow!(
                "'{word}': * stands only at the end of a word (econ*): no wildcards inside words"
            ));
        }
        Ok(())
    })?;
    Ok(found)
}

/// How the query of a query that has prefix words is built.
pub(super) struct Prefixed<'p> {
    pub parser: &'p QueryParser,
    /// Fields searched when the query names none.
    pub defaults: &'p [Field],
    /// Boosts of some fields (the headline's).
    pub boosts: &'p [(Field, f32)],
}

impl Search<'_> {
    /// The query of `ast`, which has prefix words: its clauses as the parser would join them
    /// (words required unless joined by OR), its other leaves as the parser makes them.
    pub(super) fn with_prefixes(
        &self,
        how: &Prefixed,
        ast: UserInputAst,
    ) -> Result<Box<dyn Query>> {
        let mut q = self.convert(how, ast)?;
        // Nothing but exclusions: everything but them (as "* -tax").
        if let Some(b) = q.downcast_ref::<BooleanQuery>() {
            if b.clauses().iter().all(|(o, _)| *o == Occur::MustNot) {
                let mut clauses: Vec<(Occur, Box<dyn Query>)> = b
                    .clauses()
                    .iter()
                    .map(|(o, c)| (*o, c.box_clone()))
                    .collect();
                clauses.push((Occur::Must, Box::new(AllQuery)));
                q = Box::new(BooleanQuery::new(clauses));
            }
        }
        Ok(q)
    }

    fn convert(&self, how: &Prefixed, ast: UserInputAst) -> Result<Box<dyn Query>> {
        match ast {
            UserInputAst::Clause(clauses) => {
                let mut subs: Vec<(Occur, Box<dyn Query>)> = Vec::with_capacity(clauses.len());
                for (occur, sub) in clauses {
                    subs.push((occur.unwrap_or(Occur::Must), self.convert(how, sub)?));
                }
                if subs.len() == 1 && subs[0].0 != Occur::MustNot {
                    return Ok(subs.remove(0).1);
                }
                Ok(Box::new(BooleanQuery::new(subs)))
            }
            UserInputAst::Boost(sub, boost) => Ok(Box::new(BoostQuery::new(
                self.convert(how, *sub)?,
                boost.0 as f32,
            ))),
            UserInputAst::Leaf(leaf) => match &*leaf {
                UserInputLeaf::Literal(l) if prefix_of(l).is_some() => self.prefix_query(how, l),
                _ => how
                    .parser
                    .build_query_from_user_input_ast(UserInputAst::Leaf(leaf))
                    .map_err(|e| anyhow!(self.describe(&e))),
            },
        }
    }

    /// The query of a prefix word: in its field, or in every default field.
    fn prefix_query(&self, how: &Prefixed, l: &UserInputLiteral) -> Result<Box<dyn Query>> {
        let word = prefix_of(l).unwrap_or_default();
        let fields = match &l.field_name {
            Some(name) => {
                let field =
                    self.store.index.schema().get_field(name).map_err(|_| {
                        anyhow!(self.describe(
                            &tantivy::query::QueryParserError::FieldDoesNotExist(name.clone())
                        ))
                    })?;
                vec![field]
            }
            None => how.defaults.to_vec(),
        };
        let mut per_field: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for field in fields {
            let terms = self.prefix_terms(field, word)?;
            let q: Box<dyn Query> = if terms.is_empty() {
                Box::new(EmptyQuery)
            } else {
                Box::new(TermSetQuery::new(terms))
            };
            let q = match how.boosts.iter().find(|(f, _)| *f == field) {
                Some(&(_, boost)) => Box::new(BoostQuery::new(q, boost)),
                None => q,
            };
            per_field.push((Occur::Should, q));
        }
        Ok(match per_field.len() {
            1 => per_field.remove(0).1,
            _ => Box::new(BooleanQuery::new(per_field)),
        })
    }

    /// The terms of `field` that a word starting with `word` can have.
    pub(super) fn prefix_terms(&self, field: Field, word: &str) -> Result<Vec<Term>> {
        let f = *self.fields();
        let entry = self.store.index.schema().get_field_entry(field).clone();
        let tokenizer = match entry.field_type() {
            tantivy::schema::FieldType::Str(options) => options
                .get_indexing_options()
                .map(|o| o.tokenizer().to_string()),
            _ => None,
        };
        let Some(tokenizer) = tokenizer else {
            return Err(anyhow!(
                "'{word}*': the field '{}' takes no prefix",
                entry.name()
            ));
        };
        let (prose, name) = (tokenizer == PROSE, tokenizer == NAME);
        let start = if prose || name {
            if word.contains(|c: char| !c.is_alphanumeric()) {
                return Err(anyhow!(
                    "'{word}*': a prefix is the start of one word (letters and digits)"
                ));
            }
            unstemmed(word)
        } else {
            word.to_string()
        };
        // A quote's words are the body's.
        let dictionary = if field == f.quote { f.body } else { field };
        let mut found: BTreeSet<String> = BTreeSet::new();
        for segment in self.searcher.segment_readers() {
            let index = segment.inverted_index(dictionary)?;
            let mut stream = index.terms().range().ge(start.as_bytes()).into_stream()?;
            while stream.advance() {
                if !stream.key().starts_with(start.as_bytes()) {
                    break;
                }
                found.insert(String::from_utf8_lossy(stream.key()).into_owned());
            }
        }
        if prose {
            // The stems of the words that start with it but whose stem does not.
            let words = Words::of(&self.store.dir);
            let mut stemmer = TextAnalyzer::from(NewsTokenizer::prose());
            for w in words.starting_with(&start) {
                let mut stream = stemmer.token_stream(w);
                if !stream.advance() || found.contains(&stream.token().text) {
                    continue;
                }
                let stem = stream.token().text.clone();
                let term = Term::from_field_text(dictionary, &stem);
                if self.searcher.segment_readers().iter().any(|s| {
                    s.inverted_index(dictionary)
                        .ok()
                        .and_then(|i| i.get_term_info(&term).ok().flatten())
                        .is_some()
                }) {
                    found.insert(stem);
                }
            }
        }
        Ok(found
            .iter()
            .map(|t| Term::from_field_text(field, t))
            .collect())
    }
}
