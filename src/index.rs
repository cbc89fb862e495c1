//! The tantivy index: its schema (one document per article; a quote's words are the body's, found
//! through the spans of body positions each quote covers, see [`crate::spans`]), its tokenizers,
//! and opening or creating it on disk.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use tantivy::schema::Value;
use tantivy::schema::{
    DateOptions, DateTimePrecision, Facet, FacetOptions, Field, IndexRecordOption, NumericOptions,
    Schema, TextFieldIndexing, TextOptions, FAST, STORED, STRING,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, TantivyDocument, Term};

use crate::article::{Article, Person, Quote};
use crate::source::FileStamp;
use crate::stem::NewsTokenizer;

/// Bumped whenever the schema or what is stored changes; an index of another version must be
/// rebuilt.
pub(crate) const SCHEMA_VERSION: u32 = 6;
const VERSION_FILE: &str = "newsdex-schema-version";

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
    /// spans of quotes ([`crate::quote_query`]); the field lets the query parser read them.
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
    /// `/Outlet` facet of the article.
    pub outlet_facet: Field,
    /// JSON of the people and quotes of an article ([`StoredMeta`]).
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
}

/// What an article document stores besides its text fields.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct StoredMeta {
    pub people: Vec<Person>,
    pub quotes: Vec<Quote>,
    pub authors: Vec<String>,
}

/// [`StoredMeta`] as it is written: borrowed from the article (no copy).
#[derive(Serialize)]
struct StoredMetaRef<'a> {
    people: &'a [Person],
    quotes: Vec<StoredQuote<&'a str>>,
    authors: &'a [String],
}

/// A quote as stored: without its text when the text is the body's own stretch from `start` to
/// `end`, as most are (the body is stored anyway).
#[derive(Serialize, Deserialize)]
struct StoredQuote<S> {
    #[serde(skip_serializing_if = "Option::is_none", default)]
    text: Option<S>,
    speaker: Option<S>,
    person: Option<S>,
    start: usize,
    end: usize,
}

/// What the stored meta holds, as written.
#[derive(Deserialize)]
struct StoredMetaOwned {
    people: Vec<Person>,
    quotes: Vec<StoredQuote<String>>,
    authors: Vec<String>,
}

impl StoredMeta {
    /// The meta stored on an article's document (empty when there is none), quote texts
    /// restored from the stored body.
    pub(crate) fn of(doc: &TantivyDocument, f: &IndexFields) -> StoredMeta {
        let text = |field| doc.get_first(field).and_then(|v| v.as_str());
        let Some(meta) = text(f.meta).and_then(|m| serde_json::from_str::<StoredMetaOwned>(m).ok())
        else {
            return StoredMeta::default();
        };
        let body = text(f.body).unwrap_or_default();
        StoredMeta {
            people: meta.people,
            quotes: meta
                .quotes
                .into_iter()
                .map(|q| Quote {
                    text: q.text.unwrap_or_else(|| {
                        crate::spans::stretch(body, q.start, q.end)
                            .unwrap_or_default()
                            .to_string()
                    }),
                    speaker: q.speaker,
                    person: q.person,
                    start: q.start,
                    end: q.end,
                })
                .collect(),
            authors: meta.authors,
        }
    }
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
pub(crate) fn schema() -> (Schema, IndexFields) {
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
        outlet_facet: b.add_facet_field("outlets", FacetOptions::default()),
        meta: b.add_text_field("meta", STORED),
        spans: b.add_u64_field("spans", NumericOptions::default().set_fast()),
        speaker_words: b.add_u64_field("speaker_words", NumericOptions::default().set_fast()),
        size: b.add_u64_field("size", NumericOptions::default().set_fast()),
        mtime: b.add_u64_field("mtime", NumericOptions::default().set_fast()),
        hash: b.add_u64_field("hash", NumericOptions::default().set_fast()),
    };
    (b.build(), fields)
}

fn register_tokenizers(index: &Index) {
    // Words, at most 40 bytes, lower-cased, accents folded (and stemmed for prose), as tantivy's
    // filters make them, in one pass with a cache (crate::stem).
    index
        .tokenizers()
        .register(PROSE, TextAnalyzer::from(NewsTokenizer::prose()));
    index
        .tokenizers()
        .register(NAME, TextAnalyzer::from(NewsTokenizer::name()));
}

/// An open index and its fields.
pub struct Store {
    pub(crate) index: Index,
    pub(crate) fields: IndexFields,
    pub(crate) dir: PathBuf,
    schema: Schema,
}

impl Store {
    /// Open the index at `dir`, which must exist.
    pub fn open(dir: &Path) -> Result<Store> {
        if !dir.join("meta.json").exists() {
            bail!(
                "no index at {}: run `newsdex ingest DIR` first",
                dir.display()
            );
        }
        check_version(dir)?;
        let index = Index::open_in_dir(dir)
            .with_context(|| format!("opening the index at {}", dir.display()))?;
        register_tokenizers(&index);
        let (schema, fields) = schema();
        Ok(Store {
            index,
            fields,
            dir: dir.to_path_buf(),
            schema,
        })
    }

    /// Open the index at `dir` to be rebuilt: as it is when its schema is this version's (the
    /// ingest then empties it), else made anew, its old files removed.
    pub fn create_afresh(dir: &Path) -> Result<Store> {
        if !dir.join("meta.json").exists() || stored_version(dir) == SCHEMA_VERSION {
            return Store::open_or_create(dir);
        }
        if !dir.join(VERSION_FILE).exists() {
            bail!(
                "{} holds a search index that newsdex did not make; it is left alone",
                dir.display()
            );
        }
        std::fs::remove_dir_all(dir)
            .with_context(|| format!("removing the old index at {}", dir.display()))?;
        Store::open_or_create(dir)
    }

    /// Open the index at `dir`, creating it (and its folders) when there is none.
    pub fn open_or_create(dir: &Path) -> Result<Store> {
        if dir.join("meta.json").exists() {
            return Store::open(dir);
        }
        std::fs::create_dir_all(dir)
            .with_context(|| format!("creating the index folder {}", dir.display()))?;
        let (schema, fields) = schema();
        let index = Index::create_in_dir(dir, schema.clone())
            .with_context(|| format!("creating an index in {}", dir.display()))?;
        std::fs::write(dir.join(VERSION_FILE), SCHEMA_VERSION.to_string())
            .with_context(|| format!("writing {}", dir.join(VERSION_FILE).display()))?;
        register_tokenizers(&index);
        Ok(Store {
            index,
            fields,
            dir: dir.to_path_buf(),
            schema,
        })
    }

    /// Write articles to the index, each under its identity, and commit them: for articles made
    /// without files (the articles of files are written by [`crate::ingest()`]).
    pub fn add_articles<'a>(
        &self,
        articles: impl IntoIterator<Item = (&'a str, &'a Article)>,
    ) -> Result<()> {
        let mut writer: tantivy::IndexWriter = self
            .index
            .writer_with_num_threads(1, 20_000_000)
            .context("opening the index for writing")?;
        for (id, article) in articles {
            writer.add_document(self.document(id, id, None, article, FileStamp::default()))?;
        }
        writer.commit().context("committing the index")?;
        Ok(())
    }

    /// The name of a field, for the parts of tantivy that take names (fast fields, facets).
    pub(crate) fn name(&self, field: Field) -> &str {
        self.schema.get_field_name(field)
    }

    /// The term that finds every article of the file whose key is `key`.
    pub(crate) fn file_term(&self, key: &str) -> Term {
        Term::from_field_text(self.fields.file, key)
    }

    /// The stamp of every file in the index, from fast fields.
    pub(crate) fn file_stamps(&self) -> Result<HashMap<String, FileStamp>> {
        let reader = self.index.reader().context("reading the index")?;
        let searcher = reader.searcher();
        let f = &self.fields;
        let mut out = HashMap::new();
        for seg in searcher.segment_readers() {
            let ff = seg.fast_fields();
            let Some(files) = ff.str(self.name(f.file))? else {
                continue;
            };
            // The segment's file names in one pass over its dictionary (looking each up by its
            // ordinal would decompress a block per document).
            let mut names: Vec<String> = Vec::with_capacity(files.num_terms());
            let mut stream = files.dictionary().stream()?;
            while stream.advance() {
                names.push(String::from_utf8_lossy(stream.key()).into_owned());
            }
            let size = ff.u64(self.name(f.size))?;
            let mtime = ff.u64(self.name(f.mtime))?;
            let hash = ff.u64(self.name(f.hash))?;
            let alive = seg.alive_bitset();
            for doc in 0..seg.max_doc() {
                if alive.is_some_and(|a| a.is_deleted(doc)) {
                    continue;
                }
                let (Some(size), Some(mtime)) = (size.first(doc), mtime.first(doc)) else {
                    continue;
                };
                let hash = hash.first(doc).unwrap_or(0);
                if let Some(name) = files
                    .term_ords(doc)
                    .next()
                    .and_then(|ord| names.get(ord as usize))
                {
                    out.insert(name.clone(), FileStamp { size, mtime, hash });
                }
            }
        }
        Ok(out)
    }

    /// The tantivy document of one article. `id` is the article's identity, `file` the key of
    /// its file (whose stamp is `stamp`), `url` its web address.
    pub(crate) fn document(
        &self,
        id: &str,
        file: &str,
        url: Option<&str>,
        article: &Article,
        stamp: FileStamp,
    ) -> TantivyDocument {
        let f = &self.fields;
        let mut doc = TantivyDocument::default();
        doc.add_text(f.id, id);
        doc.add_text(f.file, file);
        doc.add_text(f.headline, &article.headline);
        if let Some(u) = url {
            doc.add_text(f.url, u);
        }
        if let Some(o) = &article.outlet {
            doc.add_text(f.outlet, o);
            doc.add_facet(f.outlet_facet, Facet::from_path([o.as_str()]));
        }
        for a in &article.authors {
            doc.add_text(f.author, a);
        }
        if let Some(p) = &article.published {
            doc.add_date(
                f.published,
                tantivy::DateTime::from_timestamp_secs(p.timestamp()),
            );
            doc.add_text(f.published_text, p.to_string());
        }
        doc.add_text(f.body, &article.body);
        let found = crate::spans::quote_spans(&article.body, &article.quotes);
        for span in &found.spans {
            doc.add_u64(f.spans, span.pack());
        }
        for q in &article.quotes {
            if let Some(s) = &q.speaker {
                doc.add_text(f.speaker, s);
            }
        }
        for key in crate::spans::speaker_keys(&article.quotes) {
            doc.add_u64(f.speaker_words, key);
        }
        for p in &article.people {
            for _ in 0..p.mentions.max(1) {
                doc.add_text(f.person, &p.name);
            }
            for form in &p.forms {
                doc.add_text(f.person, form);
            }
            doc.add_facet(f.people_facet, Facet::from_path([p.name.as_str()]));
        }
        let meta = StoredMetaRef {
            people: &article.people,
            quotes: article
                .quotes
                .iter()
                .enumerate()
                .map(|(i, q)| StoredQuote {
                    text: (!found.verbatim.get(i).copied().unwrap_or(false))
                        .then_some(q.text.as_str()),
                    speaker: q.speaker.as_deref(),
                    person: q.person.as_deref(),
                    start: q.start,
                    end: q.end,
                })
                .collect(),
            authors: &article.authors,
        };
        doc.add_text(f.meta, serde_json::to_string(&meta).unwrap_or_default());
        doc.add_u64(f.size, stamp.size);
        doc.add_u64(f.mtime, stamp.mtime);
        doc.add_u64(f.hash, stamp.hash);
        doc
    }
}

/// The schema version an index was written with (0 when unknown).
fn stored_version(dir: &Path) -> u32 {
    let found = std::fs::read_to_string(dir.join(VERSION_FILE)).unwrap_or_default();
    found.trim().parse().unwrap_or(0)
}

fn check_version(dir: &Path) -> Result<()> {
    let found = stored_version(dir);
    if found != SCHEMA_VERSION {
        bail!(
            "the index at {} was made by another version of newsdex (schema {found}, this one reads {SCHEMA_VERSION}): run `newsdex ingest --rebuild DIR...` to rebuild it",
            dir.display()
        );
    }
    Ok(())
}

/// The default index folder: `$NEWSDEX_INDEX` is read by the CLI; this is the fallback under
/// the user's data directory.
pub(crate) fn default_dir() -> PathBuf {
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("newsdex")
        .join("index")
}
