//! The tantivy index: its schema (one document per article and one per quote, so that a quote
//! is a search hit of its own), its tokenizers, and opening or creating it on disk.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use tantivy::schema::{
    DateOptions, DateTimePrecision, Facet, FacetOptions, Field, IndexRecordOption, NumericOptions,
    Schema, TextFieldIndexing, TextOptions, FAST, STORED, STRING,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, TantivyDocument};

use crate::article::{Person, Quote};
use crate::read::Record;
use crate::stem::NewsTokenizer;

/// Bumped whenever the schema or what is stored changes; an index of another version must be
/// rebuilt.
pub const SCHEMA_VERSION: u32 = 5;
const VERSION_FILE: &str = "newsdex-schema-version";

/// Tokenizer of prose fields: words, lower-cased, accents folded, English stems.
pub const PROSE: &str = "newsdex_prose";
/// Tokenizer of name fields: words, lower-cased, accents folded, no stemming.
pub const NAME: &str = "newsdex_name";

/// Value of the `kind` field of an article document.
pub const KIND_ARTICLE: &str = "article";
/// Value of the `kind` field of a quote document.
pub const KIND_QUOTE: &str = "quote";

/// The schema's field handles, kept from the builder.
#[derive(Clone, Copy, Debug)]
pub struct Fields {
    /// `article` or `quote`.
    pub kind: Field,
    /// Identity of the article (its file's absolute path, plus `#N` for the Nth record of a
    /// file of many); a quote carries its article's.
    pub id: Field,
    /// Absolute path of the file the article came from; a quote carries its article's.
    pub file: Field,
    /// Where the article is shown to come from: its file, plus `#N` for a record.
    pub path: Field,
    /// The article's web address, when known (exact, not tokenized).
    pub url: Field,
    pub headline: Field,
    pub body: Field,
    /// Quote text: every quote on an article document, the one quote on a quote document.
    pub quote: Field,
    /// Speakers: every speaker on an article document, the quote's on a quote document.
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
    /// Character offsets of a quote in its article's body.
    pub start: Field,
    pub end: Field,
    /// Size, modification time and content hash of the file an article came from (for
    /// incremental ingest).
    pub size: Field,
    pub mtime: Field,
    pub hash: Field,
    /// The headline of a quote's article, stored on the quote (not searched there).
    pub quote_headline: Field,
    /// A quote's speaker's canonical name, when the speaker is a person (stored only).
    pub quote_person: Field,
}

/// What identifies the version of a file: a re-run skips a file whose stamp is unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FileStamp {
    pub size: u64,
    /// Modification time, nanoseconds since the epoch.
    pub mtime: u64,
    /// xxh3 hash of the content.
    pub hash: u64,
}

/// What an article document stores besides its text fields.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct StoredMeta {
    pub people: Vec<Person>,
    pub quotes: Vec<Quote>,
    pub authors: Vec<String>,
}

/// [`StoredMeta`] as it is written: borrowed from the article (no copy), serialized the same.
#[derive(Serialize)]
struct StoredMetaRef<'a> {
    people: &'a [Person],
    quotes: &'a [Quote],
    authors: &'a [String],
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
pub fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let fields = Fields {
        kind: b.add_text_field("kind", STRING),
        id: b.add_text_field("id", STRING | STORED),
        file: b.add_text_field("file", STRING | FAST),
        path: b.add_text_field("path", STORED),
        url: b.add_text_field("url", STRING | STORED),
        headline: b.add_text_field("headline", text(PROSE, true, true)),
        body: b.add_text_field("body", text(PROSE, true, true)),
        quote: b.add_text_field("quote", text(PROSE, true, true)),
        speaker: b.add_text_field("speaker", text(NAME, true, true)),
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
        start: b.add_u64_field("start", STORED),
        end: b.add_u64_field("end", STORED),
        size: b.add_u64_field("size", NumericOptions::default().set_fast()),
        mtime: b.add_u64_field("mtime", NumericOptions::default().set_fast()),
        hash: b.add_u64_field("hash", NumericOptions::default().set_fast()),
        quote_headline: b.add_text_field("quote_headline", STORED),
        quote_person: b.add_text_field("quote_person", STORED),
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
    pub index: Index,
    pub fields: Fields,
    pub dir: PathBuf,
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
        let (_, fields) = schema();
        Ok(Store {
            index,
            fields,
            dir: dir.to_path_buf(),
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
        let index = Index::create_in_dir(dir, schema)
            .with_context(|| format!("creating an index in {}", dir.display()))?;
        std::fs::write(dir.join(VERSION_FILE), SCHEMA_VERSION.to_string())
            .with_context(|| format!("writing {}", dir.join(VERSION_FILE).display()))?;
        register_tokenizers(&index);
        Ok(Store {
            index,
            fields,
            dir: dir.to_path_buf(),
        })
    }

    /// The tantivy documents of one article: the article itself and one per quote. `id` is the
    /// article's identity, `file` the key of its file.
    pub fn documents(
        &self,
        id: &str,
        file: &str,
        record: &Record,
        stamp: FileStamp,
    ) -> Vec<TantivyDocument> {
        let f = &self.fields;
        let article = &record.article;
        let published = article.published.as_deref().and_then(crate::date::parse);
        // What an article and its quotes share: identity, source, date, outlet, authors.
        let common = |doc: &mut TantivyDocument, kind: &str| {
            doc.add_text(f.kind, kind);
            doc.add_text(f.id, id);
            doc.add_text(f.file, file);
            doc.add_text(f.path, id);
            if kind == KIND_ARTICLE {
                doc.add_text(f.headline, &article.headline);
            } else {
                // A quote is found by its own words: its article's headline is only shown.
                doc.add_text(f.quote_headline, &article.headline);
            }
            if let Some(u) = &record.url {
                doc.add_text(f.url, u);
            }
            if let Some(o) = &article.outlet {
                doc.add_text(f.outlet, o);
            }
            for a in &article.authors {
                doc.add_text(f.author, a);
            }
            if let (Some(p), Some(text)) = (published, &article.published) {
                doc.add_date(
                    f.published,
                    tantivy::DateTime::from_timestamp_secs(p.timestamp()),
                );
                doc.add_text(f.published_text, text);
            }
        };
        let mut doc = TantivyDocument::default();
        common(&mut doc, KIND_ARTICLE);
        doc.add_text(f.body, &article.body);
        for q in &article.quotes {
            doc.add_text(f.quote, &q.text);
            if let Some(s) = &q.speaker {
                doc.add_text(f.speaker, s);
            }
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
        if let Some(o) = &article.outlet {
            doc.add_facet(f.outlet_facet, Facet::from_path([o.as_str()]));
        }
        let meta = StoredMetaRef {
            people: &article.people,
            quotes: &article.quotes,
            authors: &article.authors,
        };
        doc.add_text(f.meta, serde_json::to_string(&meta).unwrap_or_default());
        doc.add_u64(f.size, stamp.size);
        doc.add_u64(f.mtime, stamp.mtime);
        doc.add_u64(f.hash, stamp.hash);

        let mut docs = vec![doc];
        for q in &article.quotes {
            let mut d = TantivyDocument::default();
            common(&mut d, KIND_QUOTE);
            d.add_text(f.quote, &q.text);
            if let Some(s) = &q.speaker {
                d.add_text(f.speaker, s);
            }
            if let Some(p) = &q.person {
                d.add_text(f.quote_person, p);
            }
            d.add_u64(f.start, q.start as u64);
            d.add_u64(f.end, q.end as u64);
            docs.push(d);
        }
        docs
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
pub fn default_dir() -> PathBuf {
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("newsdex")
        .join("index")
}
