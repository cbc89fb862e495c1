//! Export: an index written back out as newsdex records ([`crate::record`]), articles or quotes,
//! one document at a time in the index's order, so that its memory stays the same whatever
//! the index's size. `ingest` of the article records gives an index with the same contents.

use std::io::Write;

use anyhow::{Context, Result};
use tantivy::schema::Value;
use tantivy::TantivyDocument;

use crate::article::Article;
use crate::index::{Store, StoredMeta};
use crate::record::{self, Origin};
use crate::source::{self, FileStamp};

/// Blocks of the document store kept decompressed while a segment is read in order.
const STORE_CACHE_BLOCKS: usize = 4;

/// Write every article of the index to `out` as article records, or, with `quotes`, every quote
/// as a quote record; how many articles there were.
pub(crate) fn export(store: &Store, quotes: bool, out: &mut impl Write) -> Result<u64> {
    let reader = store.index.reader().context("reading the index")?;
    let searcher = reader.searcher();
    let f = &store.fields;
    let mut articles = 0;
    for segment in searcher.segment_readers() {
        let fast = segment.fast_fields();
        let files = fast.str(store.name(f.file))?;
        let (size, mtime, hash) = (
            fast.u64(store.name(f.size))?,
            fast.u64(store.name(f.mtime))?,
            fast.u64(store.name(f.hash))?,
        );
        let docs = segment
            .get_store_reader(STORE_CACHE_BLOCKS)
            .context("reading the index's documents")?;
        let alive = segment.alive_bitset();
        let ids = (0..segment.max_doc()).filter(|&d| alive.is_none_or(|a| a.is_alive(d)));
        // The key of the last document's file: a file's articles lie together.
        let mut key = (u64::MAX, String::new());
        for (doc_id, doc) in ids.zip(docs.iter::<TantivyDocument>(alive)) {
            let doc = doc.context("reading a document of the index")?;
            if let Some(ord) = files.as_ref().and_then(|c| c.term_ords(doc_id).next()) {
                if ord != key.0 {
                    key.1.clear();
                    if let Some(c) = &files {
                        c.ord_to_str(ord, &mut key.1)?;
                    }
                    key.0 = ord;
                }
            }
            let text = |field| doc.get_first(field).and_then(|v| v.as_str());
            let id = text(f.id).unwrap_or_default();
            let source = if key.1.is_empty() { id } else { &key.1 };
            let stamp = FileStamp {
                size: size.first(doc_id).unwrap_or(0),
                mtime: mtime.first(doc_id).unwrap_or(0),
                hash: hash.first(doc_id).unwrap_or(0),
            };
            let meta = StoredMeta::of(&doc, f);
            let article = Article {
                headline: text(f.headline).unwrap_or_default().to_string(),
                body: text(f.body).unwrap_or_default().to_string(),
                outlet: text(f.outlet).map(str::to_string),
                authors: meta.authors,
                published: text(f.published_text).and_then(crate::date::parse),
                people: meta.people,
                quotes: meta.quotes,
                things: meta.things,
            };
            let origin = Origin {
                source,
                record: record_of(id, source),
                path: source,
                // Articles added without a file have no stamp.
                stamp: (stamp.hash != 0 || stamp.size != 0).then_some(stamp),
            };
            let url = text(f.url);
            if quotes {
                record::write_quotes(out, &origin, url, &article)?;
            } else {
                record::write_article(out, &origin, url, &article)?;
            }
            articles += 1;
        }
    }
    out.flush()?;
    Ok(articles)
}

/// The record number of the article `id` of the file `key` (`KEY#N`), if it has one.
fn record_of(id: &str, key: &str) -> Option<usize> {
    match id.strip_prefix(key).filter(|_| !key.is_empty()) {
        Some(rest) => rest.strip_prefix('#').and_then(|n| n.parse().ok()),
        None => source::file_of_record(id).and_then(|file| id[file.len() + 1..].parse().ok()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_numbers_from_identities() {
        let cases = [
            ("/a/feed.jsonl#3", "/a/feed.jsonl", Some(3)),
            ("/a/one.txt", "/a/one.txt", None),
            ("/a/#x.jsonl#12", "/a/#x.jsonl", Some(12)),
            ("hdfs://nn/a.warc.gz#7", "hdfs://nn/a.warc.gz", Some(7)),
            ("/a/x.json#2", "", Some(2)),
        ];
        for (id, key, want) in cases {
            assert_eq!(record_of(id, key), want, "{id:?}");
        }
    }
}
