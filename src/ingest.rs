//! Ingest: walk the given paths, read and extract every article file in parallel, and write
//! the articles to the index. Files whose size and modification time (or, failing those, whose
//! content) are unchanged since the last run are skipped; files gone from the folders can be
//! pruned; a bad file is reported and counted, never fatal to the run; an interrupted run keeps
//! what it committed.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, UNIX_EPOCH};

use anyhow::{Context, Result};
use rayon::prelude::*;
use serde::Serialize;
use tantivy::{IndexWriter, TantivyDocument, Term};
use walkdir::WalkDir;

use crate::index::{FileStamp, Store};
use crate::read::{self, ReadOptions, Unread};

/// What `ingest` was asked to do.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    pub paths: Vec<PathBuf>,
    pub read: ReadOptions,
    /// Start the index from scratch.
    pub rebuild: bool,
    /// Extraction threads (`None`: all cores).
    pub jobs: Option<usize>,
    /// Files larger than this are skipped as failures.
    pub max_file_size: u64,
    /// Commit after this many articles (and at least every minute), so that a long ingest
    /// keeps what it did if it is stopped.
    pub commit_every: usize,
    /// Remove the articles of files that are gone from the folders ingested.
    pub prune: bool,
    /// Set (by a Ctrl-C handler) to stop after the current batch, committing what is done.
    pub stop: Option<Arc<AtomicBool>>,
}

/// Default of [`IngestOptions::commit_every`]. A commit stops the pipeline while every indexing
/// thread writes out its segment, and each segment repeats the vocabulary (and is merged
/// later): at 10,000 articles, the commits and the final merge of a 44,500-article ingest took
/// 2.4 s of its 7.1 s. The minute between commits bounds what a crash loses.
pub const COMMIT_EVERY: usize = 100_000;
/// Longest time between two commits while articles are being written.
const COMMIT_INTERVAL: Duration = Duration::from_secs(60);
/// Files read and extracted together before their documents are written.
const BATCH: usize = 512;
/// Segments of about the same size that tantivy's merge policy lets build up before it merges
/// them (tantivy's default is 8). A merge runs on one thread beside the indexing: at 445,000
/// articles, merging at 8 took the ingest from 34.8 s to 41.2 s (one 338,000-article merge),
/// for 4 segments instead of 18 and queries 20 to 30% faster (9.4 against 12.3 ms), well
/// under the 30 ms they must keep to; the next ingests merge them as they add segments.
const MERGE_AT_SEGMENTS: usize = 12;
/// Memory of the index writer (shared by its threads): enough for few, large segments. At
/// 256 MB a 445,000-article ingest peaked at 579 MB of heap and took 48 s; at 192 MB, 501 MB
/// and 44 s (one segment per thread at 44,500 articles either way); at 128 MB, 455 MB and 47 s.
const WRITER_MEMORY: usize = 192_000_000;

/// How far an ingest has got, for a progress display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// The walk has found this many files to read so far (it runs ahead of the reading; the
    /// last report is the total).
    Found { files: usize },
    /// This many of those files are done, giving this many articles so far.
    Done { files: usize, articles: usize },
    /// The articles written so far are committed.
    Committed { articles: usize },
}

/// A file that could not be indexed, and why.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Failure {
    pub path: String,
    pub reason: String,
}

/// What an ingest run did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    /// Files found under the paths.
    pub files: usize,
    /// Articles written to the index (new or changed).
    pub indexed: usize,
    /// Quotes among them.
    pub quotes: usize,
    /// Files left as they were because they did not change.
    pub unchanged: usize,
    /// Files whose articles were removed because the files are gone (`--prune`).
    pub pruned: usize,
    /// The run was interrupted: what was committed before is kept, the rest is for the next run.
    pub interrupted: bool,
    /// Files that are not articles, by reason.
    pub skipped: BTreeMap<String, usize>,
    /// Files that are articles but could not be read.
    pub failed: Vec<Failure>,
    pub seconds: f64,
    pub articles_per_second: f64,
    /// Articles in the index after the run.
    pub total_articles: u64,
}

struct Candidate {
    path: PathBuf,
    key: String,
    stamp: FileStamp,
    /// The content hash the index has for this file, if it has the file.
    known_hash: Option<u64>,
}

/// The document of one article, ready for the writer.
struct Prepared {
    quotes: usize,
    doc: TantivyDocument,
}

enum Outcome {
    Articles(Vec<Prepared>, Vec<read::Problem>),
    /// The content is what the index has, though the file's time changed.
    Unchanged,
    Skipped(String),
    Failed(String),
}

/// Milliseconds-precision modification time as nanoseconds since the epoch (0 if unknown).
fn mtime_of(meta: &std::fs::Metadata) -> u64 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as u64)
}

/// The key under which a file's articles are stored: its absolute path.
pub fn file_key(path: &Path) -> String {
    let abs = std::fs::canonicalize(path)
        .unwrap_or_else(|_| std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()));
    abs.to_string_lossy().into_owned()
}

/// The stamp of every file in the index, from fast fields.
fn indexed_files(store: &Store) -> Result<HashMap<String, FileStamp>> {
    let reader = store.index.reader().context("reading the index")?;
    let searcher = reader.searcher();
    let mut out = HashMap::new();
    for seg in searcher.segment_readers() {
        let ff = seg.fast_fields();
        let Some(files) = ff.str("file")? else {
            continue;
        };
        // The segment's file names in one pass over its dictionary (looking each up by its
        // ordinal would decompress a block per document).
        let mut names: Vec<String> = Vec::with_capacity(files.num_terms());
        let mut stream = files.dictionary().stream()?;
        while stream.advance() {
            names.push(String::from_utf8_lossy(stream.key()).into_owned());
        }
        let size = ff.u64("size")?;
        let mtime = ff.u64("mtime")?;
        let hash = ff.u64("hash")?;
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

/// Run an ingest. Each failure is passed to `report` as it happens.
pub fn ingest(
    store: &Store,
    opts: &IngestOptions,
    report: &mut dyn FnMut(&Failure),
) -> Result<Summary> {
    ingest_with_progress(store, opts, report, &mut |_| {})
}

/// Run an ingest, telling `progress` how far it got after every batch of files.
pub fn ingest_with_progress(
    store: &Store,
    opts: &IngestOptions,
    report: &mut dyn FnMut(&Failure),
    progress: &mut dyn FnMut(Progress),
) -> Result<Summary> {
    let started = Instant::now();
    let mut summary = Summary::default();
    let mut writer: IndexWriter = store.index.writer(WRITER_MEMORY).map_err(|e| match e {
        tantivy::TantivyError::LockFailure(..) => anyhow::anyhow!(
            "the index at {} is being written by another newsdex process",
            store.dir.display()
        ),
        e => anyhow::Error::new(e).context(format!(
            "opening the index at {} for writing",
            store.dir.display()
        )),
    })?;
    let mut merge_policy = tantivy::merge_policy::LogMergePolicy::default();
    merge_policy.set_min_num_segments(MERGE_AT_SEGMENTS);
    writer.set_merge_policy(Box::new(merge_policy));
    let known = if opts.rebuild {
        writer.delete_all_documents()?;
        HashMap::new()
    } else {
        indexed_files(store)?
    };

    let mut fail = |summary: &mut Summary, path: &Path, reason: String| {
        let f = Failure {
            path: path.display().to_string(),
            reason,
        };
        report(&f);
        summary.failed.push(f);
    };

    // Three stages run at once: the walk (on a thread of its own) hands the files to read, in
    // batches, to the extraction stage (another thread, which reads and extracts each batch in
    // parallel), which hands the documents to this thread, which writes them in order and
    // commits every so often. The walk is quick and runs ahead, so that the total is soon known.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.jobs.unwrap_or(0))
        .build()
        .context("starting extraction threads")?;
    let found = AtomicUsize::new(0);
    let (mut since_commit, mut last_commit) = (0usize, Instant::now());
    let walked = std::thread::scope(|scope| -> Result<Walked> {
        let (walk_tx, walk_rx) = std::sync::mpsc::channel::<Walk>();
        let (tx, rx) = std::sync::mpsc::sync_channel::<(Walk, Vec<Outcome>)>(2);
        let (known, found, pool) = (&known, &found, &pool);
        let walker = scope.spawn(move || walk(&opts.paths, known, found, &walk_tx));
        scope.spawn(move || {
            for batch in walk_rx {
                let outcomes = pool.install(|| {
                    batch
                        .candidates
                        .par_iter()
                        .map(|c| process(store, c, opts))
                        .collect()
                });
                if tx.send((batch, outcomes)).is_err() {
                    break; // the writer stopped
                }
            }
        });
        let mut done = 0;
        for (batch, outcomes) in rx.iter() {
            for (path, reason) in batch.failed {
                fail(&mut summary, &path, reason);
            }
            for reason in batch.skipped {
                *summary.skipped.entry(reason).or_default() += 1;
            }
            summary.unchanged += batch.unchanged;
            progress(Progress::Found {
                files: found.load(Ordering::Relaxed),
            });
            for (c, outcome) in batch.candidates.iter().zip(outcomes) {
                match outcome {
                    Outcome::Articles(articles, problems) => {
                        for p in problems {
                            let at = match p.line {
                                Some(line) => PathBuf::from(format!("{}:{line}", c.path.display())),
                                None => c.path.clone(),
                            };
                            fail(&mut summary, &at, p.reason);
                        }
                        // A file new to the index has nothing to replace.
                        if known.contains_key(&c.key) {
                            writer.delete_term(Term::from_field_text(store.fields.file, &c.key));
                        }
                        for a in articles {
                            summary.indexed += 1;
                            summary.quotes += a.quotes;
                            since_commit += 1;
                            writer.add_document(a.doc)?;
                        }
                    }
                    Outcome::Unchanged => summary.unchanged += 1,
                    Outcome::Skipped(reason) => *summary.skipped.entry(reason).or_default() += 1,
                    Outcome::Failed(reason) => fail(&mut summary, &c.path, reason),
                }
            }
            done += batch.candidates.len();
            if since_commit >= opts.commit_every.max(1)
                || (since_commit > 0 && last_commit.elapsed() >= COMMIT_INTERVAL)
            {
                writer.commit().context("committing the index")?;
                progress(Progress::Committed {
                    articles: summary.indexed,
                });
                (since_commit, last_commit) = (0, Instant::now());
            }
            progress(Progress::Done {
                files: done,
                articles: summary.indexed,
            });
            // Ctrl-C: stop here; what is written is committed below.
            if opts.stop.as_ref().is_some_and(|s| s.load(Ordering::SeqCst)) {
                summary.interrupted = true;
                break;
            }
        }
        // Dropping the receiver stops the other stages if this one stopped early.
        drop(rx);
        walker
            .join()
            .map_err(|_| anyhow::anyhow!("the walk of the folders failed"))
    })?;
    summary.files = walked.files;

    // Files of the index that were under the folders walked but are gone from them.
    if opts.prune && !summary.interrupted {
        let roots: Vec<String> = opts
            .paths
            .iter()
            .filter(|p| p.exists())
            .map(|p| file_key(p))
            .collect();
        let under = |key: &str| {
            roots.iter().any(|r| {
                key == r
                    || key
                        .strip_prefix(r.as_str())
                        .is_some_and(|rest| rest.starts_with(std::path::MAIN_SEPARATOR))
            })
        };
        let mut gone: Vec<&String> = known
            .keys()
            .filter(|k| under(k) && !walked.seen.contains(*k))
            .collect();
        gone.sort();
        for key in gone {
            writer.delete_term(Term::from_field_text(store.fields.file, key));
            summary.pruned += 1;
        }
    }
    writer.commit().context("committing the index")?;
    writer
        .wait_merging_threads()
        .context("merging the index segments")?;

    let reader = store.index.reader()?;
    let searcher = reader.searcher();
    summary.total_articles = searcher.num_docs();
    summary.seconds = started.elapsed().as_secs_f64();
    summary.articles_per_second = if summary.seconds > 0.0 {
        summary.indexed as f64 / summary.seconds
    } else {
        0.0
    };
    Ok(summary)
}

/// A batch of what the walk found, in the order found.
#[derive(Default)]
struct Walk {
    /// Files to read.
    candidates: Vec<Candidate>,
    /// Paths that could not be walked or looked at, and why.
    failed: Vec<(PathBuf, String)>,
    /// Files that are not articles, by reason.
    skipped: Vec<String>,
    /// Files left alone because their size and time are what the index has.
    unchanged: usize,
}

/// What the whole walk found.
struct Walked {
    /// Files under the paths.
    files: usize,
    /// Keys of the files found.
    seen: HashSet<String>,
}

/// The files under `root` (itself, when it is a file), in a stable order (by name), following
/// symbolic links; or a path that could not be walked, and why, in words for people.
pub fn files_under(root: &Path) -> impl Iterator<Item = Result<PathBuf, (PathBuf, String)>> + '_ {
    WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_map(move |entry| match entry {
            Ok(e) if e.file_type().is_file() => Some(Ok(e.into_path())),
            Ok(_) => None,
            Err(e) => {
                let path = e
                    .path()
                    .map_or_else(|| root.to_path_buf(), Path::to_path_buf);
                let reason = if e.loop_ancestor().is_some() {
                    "symbolic link loop".to_string()
                } else if let Some(io) = e.io_error() {
                    if io.kind() == std::io::ErrorKind::NotFound {
                        "broken symbolic link".to_string()
                    } else {
                        io.to_string()
                    }
                } else {
                    e.to_string()
                };
                Some(Err((path, reason)))
            }
        })
}

/// Walk `paths` in a stable order, sending batches of [`BATCH`] files to read to `tx` and
/// counting them in `found`.
fn walk(
    paths: &[PathBuf],
    known: &HashMap<String, FileStamp>,
    found: &AtomicUsize,
    tx: &std::sync::mpsc::Sender<Walk>,
) -> Walked {
    let mut walked = Walked {
        files: 0,
        seen: HashSet::new(),
    };
    let mut batch = Walk::default();
    for root in paths {
        if std::fs::symlink_metadata(root).is_err() {
            batch
                .failed
                .push((root.clone(), "no such file or directory".into()));
            continue;
        }
        // Keys are the canonical root joined with the path below it: one canonicalisation per
        // root, not per file.
        let canonical_root = PathBuf::from(file_key(root));
        for file in files_under(root) {
            if batch.candidates.len() >= BATCH {
                found.fetch_add(batch.candidates.len(), Ordering::Relaxed);
                if tx.send(std::mem::take(&mut batch)).is_err() {
                    return walked; // the run stopped
                }
            }
            walked.files += 1;
            let path = match file {
                Ok(path) => path,
                Err(failed) => {
                    batch.failed.push(failed);
                    continue;
                }
            };
            if read::format_of(&path).is_none() {
                batch.skipped.push("not an article format".into());
                continue;
            }
            let meta = match std::fs::metadata(&path) {
                Ok(m) => m,
                Err(e) => {
                    batch.failed.push((path, e.to_string()));
                    continue;
                }
            };
            let key = match path.strip_prefix(root) {
                Ok(rel) if rel.as_os_str().is_empty() => {
                    canonical_root.to_string_lossy().into_owned()
                }
                Ok(rel) => canonical_root.join(rel).to_string_lossy().into_owned(),
                Err(_) => file_key(&path),
            };
            walked.seen.insert(key.clone());
            let (size, mtime) = (meta.len(), mtime_of(&meta));
            let known_stamp = known.get(&key);
            if known_stamp.is_some_and(|k| k.size == size && k.mtime == mtime) {
                batch.unchanged += 1;
                continue;
            }
            batch.candidates.push(Candidate {
                path,
                key,
                stamp: FileStamp {
                    size,
                    mtime,
                    hash: 0,
                },
                known_hash: known_stamp.map(|k| k.hash),
            });
        }
    }
    found.fetch_add(batch.candidates.len(), Ordering::Relaxed);
    let _ = tx.send(batch);
    walked
}

/// The bytes of a file whose size the walk saw, up to one byte past `limit`: one `open` and
/// reads into a buffer of that size (`std::fs::read` would ask the system for the size again).
fn read_file(path: &Path, size: u64, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let cap = usize::try_from(size.min(limit).saturating_add(1)).unwrap_or(usize::MAX);
    let mut bytes = Vec::with_capacity(cap);
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn process(store: &Store, c: &Candidate, opts: &IngestOptions) -> Outcome {
    if c.stamp.size > opts.max_file_size {
        return Outcome::Failed(format!(
            "file is larger than the limit of {} bytes (--max-file-size)",
            opts.max_file_size
        ));
    }
    let bytes = match read_file(&c.path, c.stamp.size, opts.max_file_size) {
        Ok(b) => b,
        Err(e) => return Outcome::Failed(e.to_string()),
    };
    if bytes.len() as u64 > opts.max_file_size {
        return Outcome::Failed(format!(
            "file is larger than the limit of {} bytes (--max-file-size)",
            opts.max_file_size
        ));
    }
    // Touched but not changed: nothing to do.
    let hash = xxhash_rust::xxh3::xxh3_64(&bytes);
    if c.known_hash == Some(hash) {
        return Outcome::Unchanged;
    }
    let stamp = FileStamp {
        hash,
        size: bytes.len() as u64,
        ..c.stamp
    };
    let Some(format) = read::format_of(&c.path) else {
        return Outcome::Skipped("not an article format".into());
    };
    match read::parse(format, &bytes, &opts.read) {
        Ok(parsed) => Outcome::Articles(
            parsed
                .records
                .into_iter()
                .map(|r| {
                    let id = match r.position {
                        Some(n) => format!("{}#{n}", c.key),
                        None => c.key.clone(),
                    };
                    Prepared {
                        quotes: r.article.quotes.len(),
                        doc: store.document(&id, &c.key, &r, stamp),
                    }
                })
                .collect(),
            parsed.problems,
        ),
        Err(Unread::Skipped(r)) => Outcome::Skipped(r),
        Err(Unread::Failed(r)) => Outcome::Failed(r),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_articles(dir: &Path, n: usize, version: &str) {
        for i in 0..n {
            let text = format!("Ferry timetable {i} changes\n\nThe {version} timetable {i}.\n");
            std::fs::write(dir.join(format!("a{i:05}.txt")), text).expect("writing an article");
        }
    }

    fn run(store: &Store, dir: &Path, prune: bool, stop: bool) -> Summary {
        let opts = IngestOptions {
            paths: vec![dir.to_path_buf()],
            read: ReadOptions::default(),
            rebuild: false,
            jobs: Some(2),
            max_file_size: 1 << 20,
            commit_every: COMMIT_EVERY,
            prune,
            stop: Some(Arc::new(AtomicBool::new(stop))),
        };
        ingest(store, &opts, &mut |f| panic!("unexpected failure {f:?}")).expect("ingest")
    }

    /// A run stopped (Ctrl-C) after its first batch commits that batch, leaves the rest as it
    /// was, and prunes nothing, as its walk may not have seen every file; the next run finishes.
    #[test]
    fn a_stopped_run_keeps_its_first_batch_and_prunes_nothing() {
        let work = tempfile::TempDir::new().expect("temp dir");
        let dir = work.path().join("articles");
        std::fs::create_dir(&dir).expect("articles dir");
        let n = 2 * BATCH + 1;
        write_articles(&dir, n, "old");
        let store = Store::open_or_create(&work.path().join("index")).expect("index");
        let first = run(&store, &dir, false, false);
        assert_eq!((first.indexed, first.total_articles), (n, n as u64));

        write_articles(&dir, n, "revised");
        std::fs::remove_file(dir.join("a00000.txt")).expect("removing an article");
        let stopped = run(&store, &dir, true, true);
        assert!(stopped.interrupted);
        assert_eq!(
            (stopped.indexed, stopped.pruned, stopped.total_articles),
            (BATCH, 0, n as u64)
        );

        let finished = run(&store, &dir, true, false);
        assert!(!finished.interrupted);
        assert_eq!(
            (finished.indexed, finished.unchanged, finished.pruned),
            (n - 1 - BATCH, BATCH, 1)
        );
        assert_eq!(finished.total_articles, (n - 1) as u64);
    }
}
