//! The plain-tantivy baseline of `benches/compare.sh`: index the title (first line) and body of
//! every `.txt` file under a folder, with tantivy's default tokenizer and one commit, and no
//! extraction. newsdex's ingest is measured against it on the same text and machine.
//!
//! Usage: `cargo run --release --example baseline -- CORPUS_DIR INDEX_DIR`

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use tantivy::schema::{Schema, STORED, TEXT};
use tantivy::{doc, Index};
use walkdir::WalkDir;

fn main() -> Result<()> {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [corpus, index_dir] = args.as_slice() else {
        bail!("usage: baseline CORPUS_DIR INDEX_DIR");
    };
    let started = Instant::now();
    if index_dir.exists() {
        std::fs::remove_dir_all(index_dir)
            .with_context(|| format!("removing {}", index_dir.display()))?;
    }
    std::fs::create_dir_all(index_dir)
        .with_context(|| format!("creating {}", index_dir.display()))?;

    let mut builder = Schema::builder();
    let title = builder.add_text_field("title", TEXT | STORED);
    let body = builder.add_text_field("body", TEXT | STORED);
    let index = Index::create_in_dir(index_dir, builder.build())
        .with_context(|| format!("creating an index in {}", index_dir.display()))?;
    let mut writer = index.writer(256_000_000).context("opening the writer")?;

    let (mut docs, mut bytes) = (0u64, 0u64);
    for entry in WalkDir::new(corpus).sort_by_file_name() {
        let entry = entry.with_context(|| format!("walking {}", corpus.display()))?;
        let path = entry.path();
        if !entry.file_type().is_file() || path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let raw = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
        bytes += raw.len() as u64;
        let text = String::from_utf8_lossy(&raw);
        let text = text.trim_start();
        let (t, b) = text.split_once('\n').unwrap_or((text, ""));
        writer.add_document(doc!(title => t, body => b))?;
        docs += 1;
    }
    writer.commit().context("committing")?;
    writer.wait_merging_threads().context("merging")?;
    let secs = started.elapsed().as_secs_f64();
    println!(
        "indexed {docs} documents ({:.1} MB) in {secs:.2}s ({:.1} MB/s)",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs
    );
    Ok(())
}
