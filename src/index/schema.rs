//! The index's schema: one document per article, its fields (kept as the [`Field`] handles the
//! builder returns, the one place that names them) and the tokenizers of its text fields.

use tantivy::schema::{
    DateOptions, DateTimePrecision, FacetOptions, Field, IndexRecordOption, NumericOptions, Schema,
    TextFieldIndexing, TextOptions, FAST, STORED, STRING,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::Index;

use std::sync::Arc;

use crate::stem::{NewsTokenizer, Unstemmed};

/// Tokenizer of prose fields: words, lower-cased, accents folded, English stems.
pub(crate) const PROSE: &str = "newsdex_prose";
/// Tokenizer of name fields: words, lower-cased, accents folded, no stemming.
pub(crate) const NAME: &str = "newsdex_name";

/// The schema's field handles, kept from the builder.
#[derive(Clone, Copy, Debug)]
pub(crate) struct IndexFields {
    /// Identity of the article, and where it is shown to come from: its file's absolute path,
    /// plus `#N` for the Nth record of a file of many.
    pub id: Field,
    /// Absolute path of the file the article came from.
    pub file: Field,
    /// The article's web address, when known (exact, not tokenized).
    pub url: Field,
    pub headline: Field,
    pub body: Field,
    /// Never given a value: `quote:` words in a query are searched in the body, within the
    /// spans of quotes (`search::quote_query`); the field lets the query parser read them.
    pub quote: Field,
    /// The speakers of the article's quotes.
    pub speaker: Field,
    /// Names and name forms of the article's people, once per mention.
    pub person: Field,
    pub outlet: Field,
    pub author: Field,
    /// Publication instant (UTC, seconds), indexed and fast, for ranges and sorting.
    pub published: Field,
    /// Publication date as shown (`2024-03-05` or `2024-03-05T09:30:00Z`).
    pub published_text: Field,
    /// `/Name` facets of the article's people.
    pub people_facet: Field,
    /// `/Name` facets of the names shaped like a person's that the article shows to be things'
    /// ([`crate::article::Article::things`]): the votes against those names as people.
    pub things_facet: Field,
    /// `/Outlet` facet of the article.
    pub outlet_facet: Field,
    /// `/Name` facets of the people the article quotes (its quotes' `person`).
    pub speakers_facet: Field,
    /// For each quote in order, the place of its person among the article's `speakers_facet`
    /// names in their (byte) order, from 1; 0 when the quote has none. A segment keeps a
    /// document's facets in that order, so a quote's person is found without reading the
    /// document.
    pub quote_speaker: Field,
    /// The number of the article's quotes that quote search can find (those with a span in
    /// the body; fast).
    pub quote_count: Field,
    /// JSON of the people and quotes of an article ([`super::StoredMeta`]).
    pub meta: Field,
    /// The spans of body positions the article's quotes cover ([`crate::spans::WordSpan`], packed).
    pub spans: Field,
    /// The words of each quote's speaker ([`crate::spans::speaker_key`]).
    pub speaker_words: Field,
    /// Size, modification time and content hash of the file an article came from (for
    /// incremental ingest).
    pub size: Field,
    pub mtime: Field,
    pub hash: Field,
    /// The outlet given (`ingest --outlet`) for the articles of the file that name none: a run
    /// with another indexes the file again.
    pub given_outlet: Field,
    /// A hash of the body's words (lower case, without punctuation): articles that share it are
    /// copies of one story, shown once in results (see [`crate::index::body_hash`]).
    pub body_hash: Field,
}

fn text(tokenizer: &str, stored: bool, positions: bool) -> TextOptions {
    let rec = if positions {
        IndexRecordOption::WithFreqsAndPositions
    } else {
        IndexRecordOption::WithFreqs
    };
    let opts = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(rec),
    );
    if stored {
        opts.set_stored()
    } else {
        opts
    }
}

/// Build the schema and keep its field handles.
pub(super) fn schema() -> (Schema, IndexFields) {
    let mut b = Schema::builder();
    let fields = IndexFields {
        // Stored, not indexed: `show FILE#N` finds the article among FILE's.
        id: b.add_text_field("id", STORED),
        file: b.add_text_field("file", STRING | FAST),
        url: b.add_text_field("url", STRING | STORED),
        headline: b.add_text_field("headline", text(PROSE, true, true)),
        body: b.add_text_field("body", text(PROSE, true, true)),
        quote: b.add_text_field("quote", text(PROSE, false, true)),
        speaker: b.add_text_field("speaker", text(NAME, false, true)),
        // No field norms: a person's score grows with their mentions alone, so the articles
        // that mention them most rank first whatever else the article names.
        person: b.add_text_field(
            "person",
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(NAME)
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions)
                    .set_fieldnorms(false),
            ),
        ),
        outlet: b.add_text_field("outlet", text(NAME, true, true)),
        author: b.add_text_field("author", text(NAME, true, true)),
        published: b.add_date_field(
            "published",
            DateOptions::default()
                .set_indexed()
                .set_fast()
                .set_precision(DateTimePrecision::Seconds),
        ),
        published_text: b.add_text_field("published_text", STORED),
        people_facet: b.add_facet_field("people", FacetOptions::default()),
        things_facet: b.add_facet_field("things", FacetOptions::default()),
        outlet_facet: b.add_facet_field("outlets", FacetOptions::default()),
        speakers_facet: b.add_facet_field("speakers", FacetOptions::default()),
        quote_speaker: b.add_u64_field("quote_speaker", NumericOptions::default().set_fast()),
        quote_count: b.add_u64_field("quotes", NumericOptions::default().set_fast()),
        meta: b.add_text_field("meta", STORED),
        spans: b.add_u64_field("spans", NumericOptions::default().set_fast()),
        speaker_words: b.add_u64_field("speaker_words", NumericOptions::default().set_fast()),
        size: b.add_u64_field("size", NumericOptions::default().set_fast()),
        mtime: b.add_u64_field("mtime", NumericOptions::default().set_fast()),
        hash: b.add_u64_field("hash", NumericOptions::default().set_fast()),
        given_outlet: b.add_text_field("given_outlet", FAST),
        body_hash: b.add_u64_field(
            "body_hash",
            NumericOptions::default().set_fast().set_indexed(),
        ),
    };
    (b.build(), fields)
}

/// Register the index's tokenizers; the prose tokenizer notes its words whose stem is not the
/// word in what this returns, when told to record.
pub(super) fn register_tokenizers(index: &Index) -> Arc<Unstemmed> {
    // Words, at most 40 bytes, lower-cased, accents folded (and stemmed for prose), as tantivy's
    // filters make them, in one pass with a cache (crate::stem).
    let unstemmed = Arc::new(Unstemmed::default());
    index.tokenizers().register(
        PROSE,
        TextAnalyzer::from(NewsTokenizer::prose_noting(Arc::clone(&unstemmed))),
    );
    index
        .tokenizers()
        .register(NAME, TextAnalyzer::from(NewsTokenizer::name()));
    unstemmed
}
