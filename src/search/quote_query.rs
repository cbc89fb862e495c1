//! Searching inside quotes. A quote's words are indexed once, as words of the body, and each
//! article keeps the spans of body positions its quotes cover ([`crate::spans`]); so "words said
//! in one quote" is answered from the body's postings and positions, restricted to a quote's
//! span. [`QuoteQuery`] is that search as a tantivy query (an article matches when one of its
//! quotes does, scored by its best quote), and [`QuoteScorer::quotes`] gives the quotes that
//! matched in an article, each with its own score, for per-quote hits.

use std::fmt;

use anyhow::{anyhow, Result};
use tantivy::columnar::Column;
use tantivy::postings::{Postings, SegmentPostings};
use tantivy::query::{
    AllQuery, BooleanQuery, EmptyQuery, EnableScoring, Explanation, Occur, PhrasePrefixQuery,
    PhraseQuery, Query, Scorer, TermQuery, TermSetQuery, Weight,
};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, DocSet, Score, SegmentReader, Term, TERMINATED};

use crate::index::IndexFields;
use crate::spans::WordSpan;

/// Words in an average quote, the length BM25 compares a quote's with (the quotes newsdex finds
/// average 21.6 words in the BBC corpus and 23.0 in PolNeAR).
const AVG_QUOTE_WORDS: f32 = 22.0;
const K1: f32 = 1.2;
const B: f32 = 0.75;

/// What a quote must hold to match, over the words of one quote.
#[derive(Debug, Clone)]
pub(crate) enum Expr {
    /// Every quote.
    All,
    /// No quote.
    Nothing,
    /// A word (the index of its body term).
    Word(usize),
    /// Words next to each other, in order (indexes of their body terms).
    Phrase(Vec<usize>),
    /// Said by someone whose name (or canonical name) has all these words (as the name
    /// tokenizer makes them).
    Speaker(Vec<String>),
    /// Any quote of an article that matches this article-level query (an index into
    /// [`QuoteQuery`]'s article queries): filters and fields other than quotes.
    Article(usize),
    Bool {
        must: Vec<Expr>,
        should: Vec<Expr>,
        must_not: Vec<Expr>,
    },
}

/// A search for quotes: `expr` over the words of each quote.
pub(crate) struct QuoteQuery {
    expr: Expr,
    /// Fewest words a quote must have to match.
    min_words: u32,
    /// Body terms the expression's words and phrases refer to.
    terms: Vec<Term>,
    /// Article-level queries the expression refers to.
    articles: Vec<Box<dyn Query>>,
    fields: IndexFields,
}

impl Clone for QuoteQuery {
    fn clone(&self) -> Self {
        QuoteQuery {
            expr: self.expr.clone(),
            min_words: self.min_words,
            terms: self.terms.clone(),
            articles: self.articles.iter().map(|q| q.box_clone()).collect(),
            fields: self.fields,
        }
    }
}

impl fmt::Debug for QuoteQuery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("QuoteQuery")
            .field("expr", &self.expr)
            .field("terms", &self.terms)
            .field("articles", &self.articles)
            .finish()
    }
}

/// Builds a [`QuoteQuery`] from queries the query parser made.
pub(crate) struct Builder {
    fields: IndexFields,
    terms: Vec<Term>,
    articles: Vec<Box<dyn Query>>,
}

/// Whether `q` asks anything of the `quote` field.
pub(crate) fn asks_quotes(q: &dyn Query, fields: &IndexFields) -> bool {
    if let Some(b) = q.downcast_ref::<BooleanQuery>() {
        return b
            .clauses()
            .iter()
            .any(|(_, sub)| asks_quotes(sub.as_ref(), fields));
    }
    if let Some(p) = q.downcast_ref::<PhrasePrefixQuery>() {
        return p.field() == fields.quote;
    }
    let mut found = false;
    q.query_terms(&mut |t, _| found |= t.field() == fields.quote);
    found
}

/// Whether `q` asks only about quotes: something of the `quote` field, and nothing of another.
fn only_quotes(q: &dyn Query, fields: &IndexFields) -> bool {
    let mut only = asks_quotes(q, fields);
    q.query_terms(&mut |t, _| only &= t.field() == fields.quote);
    only
}

/// Whether the user's query asks quotes for a phrase with slop (`"tax cuts"~2`): a `quote:`
/// phrase, or any phrase when quotes are the default field. The parsed [`PhraseQuery`] does not
/// tell its slop, and a quote's phrase is matched exactly, so such a query is refused rather
/// than answered as if it had none.
pub(crate) fn asks_quote_slop(query: &str, quote_field: &str, quotes_by_default: bool) -> bool {
    use tantivy::query_grammar::{UserInputAst, UserInputLeaf};
    fn any(ast: &UserInputAst, leaf: &dyn Fn(&UserInputLeaf) -> bool) -> bool {
        match ast {
            UserInputAst::Clause(clauses) => clauses.iter().any(|(_, a)| any(a, leaf)),
            UserInputAst::Boost(a, _) => any(a, leaf),
            UserInputAst::Leaf(l) => leaf(l),
        }
    }
    let sloppy = |leaf: &UserInputLeaf| match leaf {
        UserInputLeaf::Literal(l) => {
            let field = l.field_name.as_deref();
            l.slop > 0 && field.map_or(quotes_by_default, |f| f == quote_field)
        }
        _ => false,
    };
    tantivy::query_grammar::parse_query(query).is_ok_and(|ast| any(&ast, &sloppy))
}

/// Why a phrase with slop is refused in quotes.
pub(crate) const SLOP: &str = "a phrase in quotes is matched exactly: drop its ~N";

const UNSUPPORTED: &str =
    "quote: takes words, prefixes (econ*), \"phrases\", AND, OR and NOT (no fuzzy, range or boost)";

impl Builder {
    pub(crate) fn new(fields: IndexFields) -> Self {
        Builder {
            fields,
            terms: Vec::new(),
            articles: Vec::new(),
        }
    }

    fn term(&mut self, t: &Term) -> usize {
        // The quote field is tokenized as the body is: the same word is the same term.
        let value = t.value();
        let body = Term::from_field_text(self.fields.body, value.as_str().unwrap_or(""));
        if let Some(i) = self.terms.iter().position(|x| *x == body) {
            return i;
        }
        self.terms.push(body);
        self.terms.len() - 1
    }

    /// An article-level query as a leaf of the expression.
    pub(crate) fn article(&mut self, q: Box<dyn Query>) -> Expr {
        self.articles.push(q);
        Expr::Article(self.articles.len() - 1)
    }

    /// The expression of a parsed query whose `quote:` words are quote words; `speaker:` words
    /// ask who said the quote when `speakers_per_quote`, and any other field is asked of the
    /// quote's article.
    pub(crate) fn expr(&mut self, q: &dyn Query, speakers_per_quote: bool) -> Result<Expr> {
        let f = self.fields;
        if let Some(b) = q.downcast_ref::<BooleanQuery>() {
            let (mut must, mut should, mut must_not) = (Vec::new(), Vec::new(), Vec::new());
            for (occur, sub) in b.clauses() {
                let e = self.expr(sub.as_ref(), speakers_per_quote)?;
                match occur {
                    Occur::Must => must.push(e),
                    Occur::Should => should.push(e),
                    Occur::MustNot => must_not.push(e),
                }
            }
            if b.get_minimum_number_should_match() > 1 {
                return Err(anyhow!(UNSUPPORTED));
            }
            return Ok(Expr::Bool {
                must,
                should,
                must_not,
            });
        }
        if q.downcast_ref::<AllQuery>().is_some() {
            return Ok(Expr::All);
        }
        if q.downcast_ref::<EmptyQuery>().is_some() {
            return Ok(Expr::Nothing);
        }
        let leaf_terms: Vec<Term> = {
            let mut v = Vec::new();
            q.query_terms(&mut |t, _| v.push(t.clone()));
            v
        };
        let field = leaf_terms.first().map(Term::field);
        let words = || -> Vec<String> {
            leaf_terms
                .iter()
                .filter_map(|t| t.value().as_str().map(str::to_string))
                .collect()
        };
        if field == Some(f.quote) {
            if let Some(t) = q.downcast_ref::<TermQuery>() {
                return Ok(Expr::Word(self.term(t.term())));
            }
            if let Some(p) = q.downcast_ref::<PhraseQuery>() {
                let ids = p.phrase_terms().iter().map(|t| self.term(t)).collect();
                return Ok(Expr::Phrase(ids));
            }
            // The words a prefix stands for (`econ*`, see super::prefix): any of them.
            if q.downcast_ref::<TermSetQuery>().is_some() {
                return Ok(Expr::Bool {
                    must: Vec::new(),
                    should: leaf_terms
                        .iter()
                        .map(|t| Expr::Word(self.term(t)))
                        .collect(),
                    must_not: Vec::new(),
                });
            }
            return Err(anyhow!(UNSUPPORTED));
        }
        if speakers_per_quote
            && field == Some(f.speaker)
            && (q.downcast_ref::<TermQuery>().is_some()
                || q.downcast_ref::<PhraseQuery>().is_some())
        {
            return Ok(Expr::Speaker(words()));
        }
        if asks_quotes(q, &f) {
            return Err(anyhow!(UNSUPPORTED));
        }
        Ok(self.article(q.box_clone()))
    }

    /// `q` with every part that asks only about quotes (the largest such parts: "one quote holds
    /// both" for `quote:(tax cuts)`) replaced by a [`QuoteQuery`].
    pub(crate) fn rewrite(fields: IndexFields, q: &dyn Query) -> Result<Box<dyn Query>> {
        if !asks_quotes(q, &fields) {
            return Ok(q.box_clone());
        }
        if only_quotes(q, &fields) {
            let mut b = Builder::new(fields);
            let expr = b.expr(q, false)?;
            return Ok(Box::new(b.build(expr)));
        }
        if let Some(bq) = q.downcast_ref::<BooleanQuery>() {
            // The required clauses that ask only about quotes are asked of one quote together
            // (`quote:tax quote:cuts headline:budget`: a quote with both words).
            let mut together = Builder::new(fields);
            let mut must = Vec::new();
            let mut clauses = Vec::new();
            for (occur, sub) in bq.clauses() {
                if *occur == Occur::Must && only_quotes(sub.as_ref(), &fields) {
                    must.push(together.expr(sub.as_ref(), false)?);
                } else {
                    clauses.push((*occur, Builder::rewrite(fields, sub.as_ref())?));
                }
            }
            if !must.is_empty() {
                let expr = Expr::Bool {
                    must,
                    should: Vec::new(),
                    must_not: Vec::new(),
                };
                clauses.push((Occur::Must, Box::new(together.build(expr))));
            }
            let mut out = BooleanQuery::new(clauses);
            out.set_minimum_number_should_match(bq.get_minimum_number_should_match());
            return Ok(Box::new(out));
        }
        Err(anyhow!(UNSUPPORTED))
    }

    /// The query of `expr`.
    pub(crate) fn build(self, expr: Expr) -> QuoteQuery {
        QuoteQuery {
            expr,
            min_words: 0,
            terms: self.terms,
            articles: self.articles,
            fields: self.fields,
        }
    }
}

impl QuoteQuery {
    /// A query that finds every article that can hold a matching quote (a superset): the
    /// expression's words and phrases as body words and phrases, its speakers as speaker
    /// words, without its exclusions.
    fn candidates(&self, e: &Expr) -> Box<dyn Query> {
        let f = self.fields;
        match e {
            Expr::All => Box::new(AllQuery),
            Expr::Nothing => Box::new(EmptyQuery),
            Expr::Word(i) => Box::new(TermQuery::new(
                self.terms[*i].clone(),
                IndexRecordOption::Basic,
            )),
            Expr::Phrase(ids) if ids.len() > 1 => Box::new(PhraseQuery::new(
                ids.iter().map(|&i| self.terms[i].clone()).collect(),
            )),
            Expr::Phrase(ids) => match ids.first() {
                Some(&i) => Box::new(TermQuery::new(
                    self.terms[i].clone(),
                    IndexRecordOption::Basic,
                )),
                None => Box::new(EmptyQuery),
            },
            Expr::Speaker(words) => Box::new(BooleanQuery::new(
                words
                    .iter()
                    .map(|w| {
                        let q: Box<dyn Query> = Box::new(TermQuery::new(
                            Term::from_field_text(f.speaker, w),
                            IndexRecordOption::Basic,
                        ));
                        (Occur::Must, q)
                    })
                    .collect(),
            )),
            Expr::Article(i) => self.articles[*i].box_clone(),
            Expr::Bool { must, should, .. } => {
                let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
                for m in must {
                    clauses.push((Occur::Must, self.candidates(m)));
                }
                if must.is_empty() {
                    for s in should {
                        clauses.push((Occur::Should, self.candidates(s)));
                    }
                }
                if clauses.is_empty() {
                    // Only exclusions: any article may hold a quote without them.
                    return Box::new(AllQuery);
                }
                Box::new(BooleanQuery::new(clauses))
            }
        }
    }

    /// The weight, with its concrete type (for [`QuoteWeight::quote_scorer`]).
    pub(crate) fn quote_weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<QuoteWeight> {
        let schema = scoring.schema();
        let candidates = self
            .candidates(&self.expr)
            .weight(EnableScoring::disabled_from_schema(schema))?;
        let articles = self
            .articles
            .iter()
            .map(|q| q.weight(EnableScoring::disabled_from_schema(schema)))
            .collect::<tantivy::Result<Vec<_>>>()?;
        let idf = match scoring.searcher() {
            Some(searcher) => {
                let n = searcher.num_docs() as f32;
                self.terms
                    .iter()
                    .map(|t| {
                        let df = searcher.doc_freq(t).unwrap_or(0) as f32;
                        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
                    })
                    .collect::<Vec<f32>>()
            }
            None => vec![1.0; self.terms.len()],
        };
        Ok(QuoteWeight {
            expr: self.expr.clone(),
            min_words: self.min_words,
            terms: self.terms.clone(),
            idf,
            candidates,
            articles,
            fields: self.fields,
            speakers: self.expr.any_leaf(true, &|e| matches!(e, Expr::Speaker(_))),
        })
    }

    /// The words the query asks of quotes, as the index reads them (stemmed, folded).
    pub(crate) fn words(&self) -> Vec<String> {
        self.terms
            .iter()
            .filter_map(|t| t.value().as_str().map(str::to_string))
            .collect()
    }

    /// The query with only the quotes of at least `words` words matching.
    pub(crate) fn at_least(self, words: u32) -> QuoteQuery {
        QuoteQuery {
            min_words: words,
            ..self
        }
    }

    /// Whether every quote that matches scores 0 (the query asks no words of quotes, only who
    /// said them or what their article holds): hits then come in the order of the index.
    pub(crate) fn scores_nothing(&self) -> bool {
        // (excluded words add nothing to a score)
        !self
            .expr
            .any_leaf(false, &|e| matches!(e, Expr::Word(_) | Expr::Phrase(_)))
    }
}

impl Expr {
    /// Whether a leaf of the expression (one under an exclusion too, when `excluded`) is one
    /// that `leaf` picks.
    fn any_leaf(&self, excluded: bool, leaf: &dyn Fn(&Expr) -> bool) -> bool {
        match self {
            Expr::Bool {
                must,
                should,
                must_not,
            } => {
                let not = if excluded { must_not.as_slice() } else { &[] };
                must.iter()
                    .chain(should)
                    .chain(not)
                    .any(|e| e.any_leaf(excluded, leaf))
            }
            _ => leaf(self),
        }
    }
}

impl Query for QuoteQuery {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(self.quote_weight(scoring)?))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for t in &self.terms {
            visitor(t, true);
        }
    }
}

/// [`QuoteQuery`]'s weight.
pub(crate) struct QuoteWeight {
    expr: Expr,
    min_words: u32,
    terms: Vec<Term>,
    idf: Vec<f32>,
    candidates: Box<dyn Weight>,
    articles: Vec<Box<dyn Weight>>,
    fields: IndexFields,
    speakers: bool,
}

impl QuoteWeight {
    /// The scorer of one segment, with its concrete type.
    pub(crate) fn quote_scorer(
        &self,
        reader: &SegmentReader,
        boost: Score,
    ) -> tantivy::Result<QuoteScorer> {
        let body = reader.inverted_index(self.fields.body)?;
        let postings = self
            .terms
            .iter()
            .map(|t| body.read_postings(t, IndexRecordOption::WithFreqsAndPositions))
            .collect::<std::io::Result<Vec<_>>>()?;
        let articles = self
            .articles
            .iter()
            .map(|w| w.scorer(reader, 1.0))
            .collect::<tantivy::Result<Vec<_>>>()?;
        let name = |field| reader.schema().get_field_name(field);
        let speaker_words = if self.speakers {
            Some(reader.fast_fields().u64(name(self.fields.speaker_words))?)
        } else {
            None
        };
        let mut scorer = QuoteScorer {
            candidates: self.candidates.scorer(reader, 1.0)?,
            spans: reader.fast_fields().u64(name(self.fields.spans))?,
            eval: Eval {
                expr: self.expr.clone(),
                idf: self.idf.clone(),
                positions: vec![Vec::new(); self.terms.len()],
                in_article: vec![false; self.articles.len()],
                speaker_keys: Vec::new(),
            },
            postings,
            articles,
            speaker_words,
            boost,
            matched: Vec::new(),
            min_words: self.min_words,
            spans_buf: Vec::new(),
            ranges_buf: Vec::new(),
            doc: TERMINATED,
        };
        scorer.settle(scorer.candidates.doc());
        Ok(scorer)
    }
}

impl Weight for QuoteWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(Box::new(self.quote_scorer(reader, boost)?))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.quote_scorer(reader, 1.0)?;
        if scorer.seek(doc) != doc {
            return Err(tantivy::TantivyError::InvalidArgument(format!(
                "document {doc} has no matching quote"
            )));
        }
        Ok(Explanation::new(
            "best quote (BM25 over its words)",
            scorer.score(),
        ))
    }
}

/// The articles of a segment that hold a matching quote, and those quotes.
pub(crate) struct QuoteScorer {
    candidates: Box<dyn Scorer>,
    spans: Column<u64>,
    eval: Eval,
    postings: Vec<Option<SegmentPostings>>,
    articles: Vec<Box<dyn Scorer>>,
    /// The words of each quote's speaker, when the expression asks who said a quote.
    speaker_words: Option<Column<u64>>,
    boost: Score,
    /// The quotes of the current article that match: their numbers, scores and numbers of
    /// words.
    matched: Vec<(usize, Score, u32)>,
    /// Fewest words of a quote that matches.
    min_words: u32,
    /// The current article's spans, and one quote's, kept from one article to the next.
    spans_buf: Vec<WordSpan>,
    ranges_buf: Vec<(u32, u32)>,
    doc: DocId,
}

impl QuoteScorer {
    /// The quotes of the current article that match (their numbers in the article), with their
    /// scores and their numbers of words.
    pub(crate) fn quotes(&self) -> &[(usize, Score, u32)] {
        &self.matched
    }

    /// From candidate `doc` on, stop at the first article with a matching quote.
    fn settle(&mut self, mut doc: DocId) -> DocId {
        while doc != TERMINATED {
            if self.evaluate(doc) {
                self.doc = doc;
                return doc;
            }
            doc = self.candidates.advance();
        }
        self.doc = TERMINATED;
        TERMINATED
    }

    /// Find the quotes of `doc` that match; whether there are any.
    fn evaluate(&mut self, doc: DocId) -> bool {
        self.matched.clear();
        // In the order written, which fast fields keep: by quote, then by position.
        let mut spans = std::mem::take(&mut self.spans_buf);
        spans.clear();
        spans.extend(self.spans.values_for_doc(doc).map(WordSpan::unpack));
        if spans.is_empty() {
            self.spans_buf = spans;
            return false;
        }
        for (i, p) in self.postings.iter_mut().enumerate() {
            let positions = &mut self.eval.positions[i];
            positions.clear();
            if let Some(p) = p {
                if p.doc() < doc {
                    p.seek(doc);
                }
                if p.doc() == doc {
                    p.positions(positions);
                }
            }
        }
        for (i, s) in self.articles.iter_mut().enumerate() {
            if s.doc() < doc {
                s.seek(doc);
            }
            self.eval.in_article[i] = s.doc() == doc;
        }
        self.eval.speaker_keys.clear();
        if let Some(words) = &self.speaker_words {
            // (sorted when written)
            self.eval.speaker_keys.extend(words.values_for_doc(doc));
        }
        let ranges = &mut self.ranges_buf;
        for group in spans.chunk_by(|a, b| a.quote == b.quote) {
            ranges.clear();
            ranges.extend(group.iter().map(|s| (s.start, s.end)));
            let quote = group[0].quote;
            let words: u32 = ranges.iter().map(|r| r.1 - r.0).sum();
            if words < self.min_words {
                continue;
            }
            if let Some(score) = self.eval.quote(quote, ranges) {
                self.matched.push((quote, score * self.boost, words));
            }
        }
        self.spans_buf = spans;
        !self.matched.is_empty()
    }
}

impl DocSet for QuoteScorer {
    fn advance(&mut self) -> DocId {
        if self.doc == TERMINATED {
            return TERMINATED;
        }
        let next = self.candidates.advance();
        self.settle(next)
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        let next = self.candidates.seek(target);
        self.settle(next)
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.candidates.size_hint()
    }
}

impl Scorer for QuoteScorer {
    fn score(&mut self) -> Score {
        self.matched.iter().map(|m| m.1).fold(0.0, f32::max)
    }
}

/// The expression evaluated over the quotes of one article.
struct Eval {
    expr: Expr,
    idf: Vec<f32>,
    /// Positions in the body of each term, in the current article.
    positions: Vec<Vec<u32>>,
    /// Whether the current article matches each article-level query.
    in_article: Vec<bool>,
    /// The [`crate::spans::speaker_key`]s of the current article (when the expression asks
    /// who said a quote), sorted.
    speaker_keys: Vec<u64>,
}

impl Eval {
    /// The score of quote number `quote`, which covers the positions `ranges`, or `None` when
    /// it does not match.
    fn quote(&self, quote: usize, ranges: &[(u32, u32)]) -> Option<Score> {
        let words: u32 = ranges.iter().map(|r| r.1 - r.0).sum();
        let norm = K1 * (1.0 - B + B * words as f32 / AVG_QUOTE_WORDS);
        let bm25 = |idf: f32, tf: u32| {
            let tf = tf as f32;
            idf * tf * (K1 + 1.0) / (tf + norm)
        };
        self.eval(&self.expr, quote, ranges, &bm25)
    }

    fn eval(
        &self,
        e: &Expr,
        quote: usize,
        ranges: &[(u32, u32)],
        bm25: &dyn Fn(f32, u32) -> f32,
    ) -> Option<Score> {
        let within = |p: u32| ranges.iter().any(|&(s, e)| s <= p && p < e);
        match e {
            Expr::All => Some(0.0),
            Expr::Nothing => None,
            Expr::Word(i) => {
                let tf = self.positions[*i].iter().filter(|&&p| within(p)).count() as u32;
                (tf > 0).then(|| bm25(self.idf[*i], tf))
            }
            Expr::Phrase(ids) => {
                let (first, rest) = ids.split_first()?;
                let tf = self.positions[*first]
                    .iter()
                    .filter(|&&p| {
                        let last = p + rest.len() as u32;
                        ranges.iter().any(|&(s, e)| s <= p && last < e)
                            && rest.iter().enumerate().all(|(k, &t)| {
                                self.positions[t].binary_search(&(p + 1 + k as u32)).is_ok()
                            })
                    })
                    .count() as u32;
                let idf: f32 = ids.iter().map(|&i| self.idf[i]).sum();
                (tf > 0).then(|| bm25(idf, tf))
            }
            Expr::Speaker(words) => {
                let said = |w: &String| {
                    let key = crate::spans::speaker_key(quote, w);
                    self.speaker_keys.binary_search(&key).is_ok()
                };
                words.iter().all(said).then_some(0.0)
            }
            Expr::Article(i) => self.in_article[*i].then_some(0.0),
            Expr::Bool {
                must,
                should,
                must_not,
            } => {
                let mut score = 0.0;
                for m in must {
                    score += self.eval(m, quote, ranges, bm25)?;
                }
                if must_not
                    .iter()
                    .any(|m| self.eval(m, quote, ranges, bm25).is_some())
                {
                    return None;
                }
                let mut any = false;
                for s in should {
                    if let Some(v) = self.eval(s, quote, ranges, bm25) {
                        score += v;
                        any = true;
                    }
                }
                (any || !must.is_empty() || should.is_empty()).then_some(score)
            }
        }
    }
}
