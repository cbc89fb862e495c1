//! The tantivy index: its schema (one document per article; a quote's words are the body's, found
//! through the spans of body positions each quote covers, see [`crate::spans`]), its tokenizers,
//! and opening or creating it on disk.

mod document;
mod schema;
mod unstemmed;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use tantivy::schema::{Field, Schema};
use tantivy::{Index, Term};

use crate::article::Article;
use crate::source::FileStamp;
use crate::stem::Unstemmed;
pub(crate) use document::StoredMeta;
use schema::{register_tokenizers, schema};
pub(crate) use schema::{IndexFields, NAME, PROSE};
pub(crate) use unstemmed::Words;

/// Bumped whenever the schema or what is stored changes; an index of another version must be
/// rebuilt.
pub(crate) const SCHEMA_VERSION: u32 = 11;
const VERSION_FILE: &str = "newsdex-schema-version";

/// An open index and its fields.
pub struct Store {
    pub(crate) index: Index,
    pub(crate) fields: IndexFields,
    pub(crate) dir: PathBuf,
    schema: Schema,
    /// What the prose tokenizer notes while an ingest writes (see [`Store::record_words`]).
    unstemmed: Arc<Unstemmed>,
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
        let unstemmed = register_tokenizers(&index);
        let (schema, fields) = schema();
        Ok(Store {
            index,
            fields,
            dir: dir.to_path_buf(),
            schema,
            unstemmed,
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
        let unstemmed = register_tokenizers(&index);
        Ok(Store {
            index,
            fields,
            dir: dir.to_path_buf(),
            schema,
            unstemmed,
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
        self.record_words();
        for (id, article) in articles {
            let doc = self.document(id, id, None, article, FileStamp::default(), None);
            writer.add_document(doc)?;
        }
        writer.commit().context("committing the index")?;
        self.keep_words()
    }

    /// From now on, note the words written whose stem is not the word (an ingest does, before
    /// it writes).
    pub(crate) fn record_words(&self) {
        self.unstemmed.record();
    }

    /// Keep the words noted since the last time with the index (after a commit).
    pub(crate) fn keep_words(&self) -> Result<()> {
        unstemmed::add(&self.dir, &self.unstemmed.take())
    }

    /// Forget the words kept with the index (it is being rebuilt).
    pub(crate) fn forget_words(&self) -> Result<()> {
        unstemmed::clear(&self.dir)
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
            let names = terms(&files)?;
            let size = ff.u64(self.name(f.size))?;
            let mtime = ff.u64(self.name(f.mtime))?;
            let hash = ff.u64(self.name(f.hash))?;
            for doc in seg.doc_ids_alive() {
                let (Some(size), Some(mtime)) = (size.first(doc), mtime.first(doc)) else {
                    continue;
                };
                let hash = hash.first(doc).unwrap_or(0);
                if let Some(name) = term_of(&files, &names, doc) {
                    out.insert(name.clone(), FileStamp { size, mtime, hash });
                }
            }
        }
        Ok(out)
    }
}

impl Store {
    /// The files of the index that were given an outlet (`ingest --outlet`), with that outlet.
    pub(crate) fn given_outlets(&self) -> Result<HashMap<String, String>> {
        let reader = self.index.reader().context("reading the index")?;
        let searcher = reader.searcher();
        let f = &self.fields;
        let mut out = HashMap::new();
        for seg in searcher.segment_readers() {
            let ff = seg.fast_fields();
            let (Some(files), Some(given)) = (
                ff.str(self.name(f.file))?,
                ff.str(self.name(f.given_outlet))?,
            ) else {
                continue;
            };
            if given.num_terms() == 0 {
                continue;
            }
            let (names, outlets) = (terms(&files)?, terms(&given)?);
            for doc in seg.doc_ids_alive() {
                let (Some(file), Some(outlet)) =
                    (term_of(&files, &names, doc), term_of(&given, &outlets, doc))
                else {
                    continue;
                };
                out.insert(file.clone(), outlet.clone());
            }
        }
        Ok(out)
    }
}

/// A segment's terms of a string column, by ordinal, in one pass over its dictionary (looking
/// each up by its ordinal would decompress a block per document).
fn terms(column: &tantivy::columnar::StrColumn) -> std::io::Result<Vec<String>> {
    let mut names = Vec::with_capacity(column.num_terms());
    let mut stream = column.dictionary().stream()?;
    while stream.advance() {
        names.push(String::from_utf8_lossy(stream.key()).into_owned());
    }
    Ok(names)
}

/// The first term of document `doc` in a segment's string `column`, whose terms are `terms`
/// (see [`terms`]).
fn term_of<'t>(
    column: &tantivy::columnar::StrColumn,
    terms: &'t [String],
    doc: tantivy::DocId,
) -> Option<&'t String> {
    let ord = column.term_ords(doc).next()?;
    terms.get(ord as usize)
}

/// The index's time for `secs` seconds since the Unix epoch. tantivy counts nanoseconds in 64
/// bits (from 1677 to 2262); a time beyond is held at the nearest end, not wrapped around (a
/// filter `--since 0001-01-01` or an article dated in the year 3000 overflowed).
pub(crate) fn index_time(secs: i64) -> tantivy::DateTime {
    match secs.checked_mul(1_000_000_000) {
        Some(nanos) => tantivy::DateTime::from_timestamp_nanos(nanos),
        None if secs < 0 => tantivy::DateTime::MIN,
        None => tantivy::DateTime::MAX,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_beyond_the_index_are_held_at_its_ends() {
        let day = |d: &str| {
            chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .expect("date")
                .and_time(chrono::NaiveTime::MIN)
                .and_utc()
                .timestamp()
        };
        let cases = [
            (
                day("2024-03-05"),
                tantivy::DateTime::from_timestamp_secs(1_709_596_800),
            ),
            (0, tantivy::DateTime::from_timestamp_secs(0)),
            (
                day("1677-09-22"),
                tantivy::DateTime::from_timestamp_secs(day("1677-09-22")),
            ),
            (day("0001-01-01"), tantivy::DateTime::MIN),
            (day("1600-01-01"), tantivy::DateTime::MIN),
            (day("2263-01-01"), tantivy::DateTime::MAX),
            (day("9999-12-31"), tantivy::DateTime::MAX),
            (i64::MIN, tantivy::DateTime::MIN),
            (i64::MAX, tantivy::DateTime::MAX),
        ];
        for (secs, want) in cases {
            assert_eq!(index_time(secs), want, "{secs}");
        }
    }

    fn error(result: Result<Store>) -> String {
        match result {
            Ok(_) => "opened".to_string(),
            Err(e) => e.to_string(),
        }
    }

    /// An index of another schema version asks for a rebuild, which makes it anew; a search
    /// index newsdex did not make is left alone.
    #[test]
    fn indexes_of_other_versions_and_makers() {
        let dir = tempfile::TempDir::new().expect("temp dir");
        let path = dir.path().join("index");
        let d = path.display();
        assert_eq!(
            error(Store::open(&path)),
            format!("no index at {d}: run `newsdex ingest DIR` first")
        );
        Store::open_or_create(&path).expect("created");
        assert_eq!(error(Store::open(&path)), "opened");
        std::fs::write(path.join(VERSION_FILE), "1").expect("write");
        assert_eq!(
            error(Store::open(&path)),
            format!("the index at {d} was made by another version of newsdex (schema 1, this one reads {SCHEMA_VERSION}): run `newsdex ingest --rebuild DIR...` to rebuild it")
        );
        Store::create_afresh(&path).expect("rebuilt");
        assert_eq!(stored_version(&path), SCHEMA_VERSION);
        std::fs::remove_file(path.join(VERSION_FILE)).expect("remove");
        assert_eq!(
            error(Store::create_afresh(&path)),
            format!("{d} holds a search index that newsdex did not make; it is left alone")
        );
    }

    /// The stamps written with a file's articles are read back, once per file.
    #[test]
    fn file_stamps_are_read_back() {
        let dir = tempfile::TempDir::new().expect("temp dir");
        let store = Store::open_or_create(dir.path()).expect("index");
        let stamp = |n| FileStamp {
            size: n,
            mtime: 10 * n,
            hash: 100 * n,
        };
        let article = Article::default();
        let mut writer: tantivy::IndexWriter = store
            .index
            .writer_with_num_threads(1, 20_000_000)
            .expect("writer");
        for (id, file, n) in [("/a#1", "/a", 1), ("/a#2", "/a", 1), ("/b", "/b", 2)] {
            let doc = store.document(id, file, None, &article, stamp(n), None);
            writer.add_document(doc).expect("add");
        }
        writer.commit().expect("commit");
        let want: HashMap<String, FileStamp> =
            [("/a".to_string(), stamp(1)), ("/b".to_string(), stamp(2))].into();
        assert_eq!(store.file_stamps().expect("stamps"), want);
    }
}
