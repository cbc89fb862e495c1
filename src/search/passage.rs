//! The passage shown with an article hit and its matched words: tantivy's snippet selection
//! (the same fragments, scores and ties as `SnippetGenerator`), with the text's words read by a
//! tokenizer kept per thread. `SnippetGenerator` clones its tokenizer for every text, and a
//! clone of newsdex's starts with an empty cache of terms: every word of every hit's body was
//! stemmed again (a third of a search's time on a busy server).

use std::cell::RefCell;
use std::collections::BTreeMap;

use anyhow::{anyhow, Result};
use tantivy::query::Query;
use tantivy::schema::{Field, Value};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Searcher, TantivyDocument};

/// The words of a query in one field, each with its weight (rarer words weigh more).
pub(crate) struct Passages {
    field: Field,
    terms: BTreeMap<String, f32>,
    max_chars: usize,
}

/// A passage's text and the byte ranges of its matched words in it.
pub(crate) type Passage = (String, Vec<(usize, usize)>);

/// A passage: where it is in the text, its weight, and the byte ranges of its matched words.
struct Fragment {
    score: f32,
    start: usize,
    stop: usize,
    highlighted: Vec<(usize, usize)>,
}

thread_local! {
    /// The tokenizer of passages on this thread (its cache of terms kept from text to text).
    static TOKENIZER: RefCell<Option<TextAnalyzer>> = const { RefCell::new(None) };
}

impl Passages {
    /// The words of `query` in `field` that the index holds, weighed as tantivy weighs them
    /// (`1 / (1 + document frequency)`); passages of at most `max_chars` characters.
    pub(crate) fn new(
        searcher: &Searcher,
        query: &dyn Query,
        field: Field,
        max_chars: usize,
    ) -> Result<Passages> {
        let mut words = std::collections::BTreeSet::new();
        query.query_terms(&mut |term, _| {
            if term.field() == field {
                words.insert(term.clone());
            }
        });
        let mut terms = BTreeMap::new();
        for term in words {
            let Some(text) = term.value().as_str().map(str::to_string) else {
                continue;
            };
            let df = searcher.doc_freq(&term)?;
            if df > 0 {
                terms.insert(text, 1.0 / (1.0 + df as f32));
            }
        }
        Ok(Passages {
            field,
            terms,
            max_chars,
        })
    }

    /// The best passage of `doc`'s field (its values joined by spaces, trimmed) and the byte
    /// ranges of its matched words in it; `None` when no word matches. `tokenizer` makes the
    /// thread's tokenizer the first time.
    pub(crate) fn best(
        &self,
        doc: &TantivyDocument,
        tokenizer: impl FnOnce() -> Result<TextAnalyzer>,
    ) -> Result<Option<Passage>> {
        if self.terms.is_empty() {
            return Ok(None);
        }
        let mut text = String::new();
        for v in doc.get_all(self.field) {
            if let Some(s) = v.as_str() {
                text.push(' ');
                text.push_str(s);
            }
        }
        let text = text.trim();
        let fragments = TOKENIZER.with(|cell| -> Result<Vec<Fragment>> {
            let mut slot = cell.borrow_mut();
            if slot.is_none() {
                *slot = Some(tokenizer()?);
            }
            let analyzer = slot.as_mut().ok_or_else(|| anyhow!("no tokenizer"))?;
            Ok(self.fragments(analyzer, text))
        })?;
        Ok(best(&fragments).map(|f| {
            let highlighted = f
                .highlighted
                .iter()
                .map(|&(a, b)| (a - f.start, b - f.start))
                .collect();
            (text[f.start..f.stop].to_string(), highlighted)
        }))
    }

    /// tantivy's `search_fragments`: the text cut into passages of at most `max_chars`, those
    /// with a matched word kept.
    fn fragments(&self, analyzer: &mut TextAnalyzer, text: &str) -> Vec<Fragment> {
        let new = |start| Fragment {
            score: 0.0,
            start,
            stop: start,
            highlighted: Vec::new(),
        };
        let mut stream = analyzer.token_stream(text);
        let mut fragment = new(0);
        let mut out = Vec::new();
        while let Some(token) = stream.next() {
            if token.offset_to - fragment.start > self.max_chars {
                if fragment.score > 0.0 {
                    out.push(fragment);
                }
                fragment = new(token.offset_from);
            }
            fragment.stop = token.offset_to;
            let weight = if token.text.chars().any(char::is_uppercase) {
                self.terms.get(&token.text.to_lowercase())
            } else {
                self.terms.get(&token.text)
            };
            if let Some(&w) = weight {
                fragment.score += w;
                fragment
                    .highlighted
                    .push((token.offset_from, token.offset_to));
            }
        }
        if fragment.score > 0.0 {
            out.push(fragment);
        }
        out
    }
}

/// tantivy's choice among passages: the highest score, the earliest of equal ones.
fn best(fragments: &[Fragment]) -> Option<&Fragment> {
    fragments
        .iter()
        .max_by(|l, r| match l.score.partial_cmp(&r.score) {
            Some(std::cmp::Ordering::Equal) | None => (r.start, r.stop).cmp(&(l.start, l.stop)),
            Some(o) => o,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::{Store, PROSE};
    use tantivy::query::QueryParser;
    use tantivy::snippet::SnippetGenerator;
    use tantivy::TantivyDocument;

    /// The same passages and marks as tantivy's `SnippetGenerator`, for texts short and long
    /// (several passages), words in any case and form, and none matched.
    #[test]
    fn passages_are_tantivys_snippets() {
        let filler = "The board met on Tuesday and talked about the budget for the year. ";
        let texts = [
            "Ferry fares rise".to_string(),
            format!(
                "{}Ferries will run again, the Ferry company said.",
                filler.repeat(4)
            ),
            format!(
                "FERRY {}ferry fares {}Fares! fares.",
                filler.repeat(3),
                filler.repeat(2)
            ),
            format!(
                "{}The harbour wall fell; the Harbour Wall café closed.",
                filler.repeat(5)
            ),
            "Nothing to see here.".to_string(),
            format!("  {}  ", "strike rise ".repeat(40)),
        ];
        let dir = tempfile::TempDir::new().expect("temp dir");
        let store = Store::open_or_create(dir.path()).expect("index");
        let f = store.fields;
        let mut writer: tantivy::IndexWriter = store.index.writer(15_000_000).expect("writer");
        for t in &texts {
            let mut doc = TantivyDocument::default();
            doc.add_text(f.headline, "A headline");
            doc.add_text(f.body, t);
            writer.add_document(doc).expect("add");
        }
        writer.commit().expect("commit");
        let searcher = store.index.reader().expect("reader").searcher();
        let parser = QueryParser::for_index(&store.index, vec![f.body]);
        let analyzer = || {
            store
                .index
                .tokenizers()
                .get(PROSE)
                .ok_or_else(|| anyhow!("no tokenizer"))
        };
        for q in [
            "ferry",
            "ferries fares",
            "\"harbour wall\"",
            "rise OR strike",
            "cafe",
            "zebra",
        ] {
            let query = parser.parse_query(q).expect("query");
            let ours = Passages::new(&searcher, &*query, f.body, 200).expect("passages");
            let mut theirs = SnippetGenerator::create(&searcher, &*query, f.body).expect("gen");
            theirs.set_max_num_chars(200);
            for addr in searcher
                .segment_readers()
                .iter()
                .enumerate()
                .flat_map(|(s, r)| {
                    (0..r.max_doc()).map(move |d| tantivy::DocAddress::new(s as u32, d))
                })
            {
                let doc: TantivyDocument = searcher.doc(addr).expect("doc");
                let s = theirs.snippet_from_doc(&doc);
                let want = (!s.highlighted().is_empty()).then(|| {
                    let marks = s.highlighted().iter().map(|r| (r.start, r.end)).collect();
                    (s.fragment().to_string(), marks)
                });
                let got = ours.best(&doc, analyzer).expect("best");
                assert_eq!(got, want, "{q:?} in {addr:?}");
            }
        }
    }
}
