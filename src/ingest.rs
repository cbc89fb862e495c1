//! Ingest: walk the given paths, read and extract every article file in parallel, and write
//! the articles to the index. Files whose size and modification time (or, failing those, whose
//! content) are unchanged since the last run are skipped; files gone from the folders can be
//! pruned; a bad file is reported and counted, never fatal to the run; an interrupted run keeps
//! what it committed.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use tantivy::indexer::UserOperation;
use tantivy::{IndexWriter, TantivyDocument};
use xxhash_rust::xxh3::xxh3_64;

use crate::index::Store;
use crate::load::{self, Loaded};
use crate::problem::{Fault, Problem, Reporter, Skip, Tally, Unread};
use crate::read::{self, Format};
use crate::record;
use crate::source::{self, FileStamp, Selection, SourceFile, Walked};

/// What `ingest` was asked to do.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    pub paths: Vec<PathBuf>,
    /// Which files of the folders are read.
    pub selection: Selection,
    /// Outlet to give every article that names none itself.
    pub outlet: Option<String>,
    /// Start the index from scratch.
    pub rebuild: bool,
    /// Extraction threads (`None`: all cores).
    pub jobs: Option<usize>,
    /// Files larger than this are skipped as failures.
    pub max_file_size: u64,
    /// Commit after this many articles (and at least every minute), so that a long ingest
    /// keeps what it did if it is stopped.
    pub commit_every: usize,
    /// Remove the articles of files that are gone from the folders ingested, or that their walk
    /// now leaves out.
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
/// Bytes of files read and extracted together, at most (but for one file larger): a batch's
/// files are all read before any is extracted, and three batches are in memory at once.
const BATCH_BYTES: u64 = 64 << 20;
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

/// What an ingest run did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    /// Files found under the paths.
    pub files: usize,
    /// Files among them of a format newsdex reads.
    #[serde(skip)]
    pub article_files: usize,
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
    /// Files skipped and failures.
    #[serde(flatten)]
    pub problems: Tally,
    pub seconds: f64,
    pub articles_per_second: f64,
    /// Articles in the index after the run.
    pub total_articles: u64,
}

/// A file of the walk to read.
struct Candidate {
    file: SourceFile,
    format: Format,
    /// The content hash the index has for this file, if it has the file as it would be
    /// indexed now (`None` also when it was given another outlet).
    known_hash: Option<u64>,
    /// The outlet of its articles that name none: the one given to this run, else the one
    /// given when the file was indexed.
    outlet: Option<String>,
}

/// What the index has of the files it holds, when the run starts.
struct Known {
    stamps: HashMap<String, FileStamp>,
    /// The outlets files were given (`--outlet`).
    outlets: HashMap<String, String>,
}

/// The document of one article, ready for the writer.
struct Prepared {
    quotes: usize,
    doc: TantivyDocument,
}

/// What reading one file gave.
enum FileResult {
    Articles(Vec<Prepared>, Vec<Problem>),
    /// A file of newsdex records: its articles are read, as they are, by the writer
    /// ([`Sink::write_records`]), a chunk at a time, whatever the file's size.
    Records,
    /// The content is what the index has, though the file's time changed.
    Unchanged,
    Unread(Unread),
}

/// A batch of what the walk found, in the order found.
#[derive(Default)]
struct Batch {
    /// Files to read.
    candidates: Vec<Candidate>,
    /// Paths that could not be walked or looked at.
    failed: Vec<(PathBuf, Fault)>,
    /// Files that are not articles.
    skipped: Vec<(PathBuf, Skip)>,
    /// Files left alone because their size and time are what the index has.
    unchanged: usize,
}

/// What the whole walk found.
struct WalkTotals {
    /// Files under the paths.
    files: usize,
    /// Keys of the files found.
    seen: HashSet<String>,
}

/// Run an ingest: problems go to `reporter` as they happen, and `progress` is told how far the
/// run got after every batch of files.
pub fn ingest(
    store: &Store,
    opts: &IngestOptions,
    reporter: &mut Reporter,
    progress: &mut dyn FnMut(Progress),
) -> Result<Summary> {
    let started = Instant::now();
    let writer = open_writer(store)?;
    let known = if opts.rebuild {
        writer.delete_all_documents()?;
        store.forget_words()?;
        Known {
            stamps: HashMap::new(),
            outlets: HashMap::new(),
        }
    } else {
        Known {
            stamps: store.file_stamps()?,
            outlets: store.given_outlets()?,
        }
    };
    store.record_words();
    let mut sink = Sink {
        store,
        writer,
        known: &known,
        reporter,
        summary: Summary::default(),
        since_commit: 0,
        last_commit: Instant::now(),
        written: Written::default(),
    };
    let walked = run_stages(&mut sink, opts, progress)?;
    let Sink {
        mut writer,
        mut summary,
        reporter,
        written,
        ..
    } = sink;
    summary.files = walked.files;
    summary.article_files = walked.seen.len();
    if opts.prune && !summary.interrupted {
        let seen = |key: &str| walked.seen.contains(key) || written.written_from_records(key);
        summary.pruned = prune(store, &mut writer, &opts.paths, &known.stamps, &seen);
    }
    writer.commit().context("committing the index")?;
    store.keep_words()?;
    writer
        .wait_merging_threads()
        .context("merging the index segments")?;

    summary.problems = reporter.tally().clone();
    summary.total_articles = store.index.reader()?.searcher().num_docs();
    summary.seconds = started.elapsed().as_secs_f64();
    summary.articles_per_second = if summary.seconds > 0.0 {
        summary.indexed as f64 / summary.seconds
    } else {
        0.0
    };
    Ok(summary)
}

/// The index writer of an ingest, or why it cannot be had.
fn open_writer(store: &Store) -> Result<IndexWriter> {
    let writer: IndexWriter = store.index.writer(WRITER_MEMORY).map_err(|e| match e {
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
    Ok(writer)
}

/// Three stages run at once: the walk (on a thread of its own) hands the files to read, in
/// batches, to the extraction stage (another thread, which reads and extracts each batch in
/// parallel), which hands the documents to this thread, which writes them in order and
/// commits every so often. The walk is quick and runs ahead, so that the total is soon known.
fn run_stages(
    sink: &mut Sink,
    opts: &IngestOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<WalkTotals> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.jobs.unwrap_or(0))
        .build()
        .context("starting extraction threads")?;
    let found = AtomicUsize::new(0);
    let (store, known) = (sink.store, sink.known);
    std::thread::scope(|scope| -> Result<WalkTotals> {
        let (walk_tx, walk_rx) = std::sync::mpsc::channel::<Batch>();
        let (tx, rx) = std::sync::mpsc::sync_channel::<(Batch, Vec<FileResult>)>(2);
        let (found, pool) = (&found, &pool);
        let walker = scope.spawn(move || walk_in_batches(opts, known, found, &walk_tx));
        scope.spawn(move || read_batches(store, opts, pool, walk_rx, &tx));
        let mut done = 0;
        for (batch, results) in rx.iter() {
            progress(Progress::Found {
                files: found.load(Ordering::Relaxed),
            });
            done += batch.candidates.len();
            sink.write(batch, results, opts, pool)?;
            if sink.commit_due(opts.commit_every) {
                sink.commit()?;
                progress(Progress::Committed {
                    articles: sink.summary.indexed,
                });
            }
            progress(Progress::Done {
                files: done,
                articles: sink.summary.indexed,
            });
            // Ctrl-C: stop here; what is written is committed by the caller.
            if sink.summary.interrupted
                || opts.stop.as_ref().is_some_and(|s| s.load(Ordering::SeqCst))
            {
                sink.summary.interrupted = true;
                break;
            }
        }
        // Dropping the receiver stops the other stages if this one stopped early.
        drop(rx);
        walker
            .join()
            .map_err(|_| anyhow::anyhow!("the walk of the folders failed"))
    })
}

/// Walk the paths of `opts` in a stable order, sending batches of [`BATCH`] files (at most
/// [`BATCH_BYTES`]) to read to `tx` and counting them in `found`.
fn walk_in_batches(
    opts: &IngestOptions,
    known: &Known,
    found: &AtomicUsize,
    tx: &Sender<Batch>,
) -> WalkTotals {
    let mut seen = HashSet::new();
    let mut batch = Batch::default();
    let mut bytes = 0;
    let files = source::walk(&opts.paths, &opts.selection, &mut |walked| {
        if batch.candidates.len() >= BATCH || bytes >= BATCH_BYTES {
            found.fetch_add(batch.candidates.len(), Ordering::Relaxed);
            bytes = 0;
            if tx.send(std::mem::take(&mut batch)).is_err() {
                return false; // the run stopped
            }
        }
        match walked {
            Walked::Failed(path, fault) => batch.failed.push((path, fault)),
            Walked::File(file) => match read::format_of(&file.path) {
                None => batch.skipped.push((file.path, Skip::NotArticleFormat)),
                Some(format) => {
                    seen.insert(file.key.clone());
                    let given = known.outlets.get(&file.key);
                    // An outlet given to this run that is not the one the file was given
                    // changes what is stored: the file is indexed again.
                    let same = opts.outlet.is_none() || opts.outlet.as_ref() == given;
                    let indexed = known.stamps.get(&file.key).filter(|_| same);
                    if indexed.is_some_and(|k| file.stamp.unchanged_since(k)) {
                        batch.unchanged += 1;
                    } else {
                        bytes += file.stamp.size.min(opts.max_file_size);
                        batch.candidates.push(Candidate {
                            known_hash: indexed.map(|k| k.hash),
                            format,
                            outlet: opts.outlet.clone().or_else(|| given.cloned()),
                            file,
                        });
                    }
                }
            },
        }
        true
    });
    found.fetch_add(batch.candidates.len(), Ordering::Relaxed);
    let _ = tx.send(batch);
    WalkTotals { files, seen }
}

/// Read and extract the files of each batch in parallel, handing the results to `tx`.
fn read_batches(
    store: &Store,
    opts: &IngestOptions,
    pool: &rayon::ThreadPool,
    batches: Receiver<Batch>,
    tx: &std::sync::mpsc::SyncSender<(Batch, Vec<FileResult>)>,
) {
    for batch in batches {
        // Each stage for the whole batch before the next, as `extract` does (see
        // `extract_files`): the code of one stage stays in the processor's caches.
        let results = pool.install(|| {
            let read: Vec<_> = (batch.candidates.par_iter())
                .map(|c| read_candidate(c, opts))
                .collect();
            let prepared: Vec<_> = (read.into_par_iter().zip(&batch.candidates))
                .map(|(read, c)| read.and_then(|read| prepare_candidate(c, read)))
                .collect();
            (load::extract_prepared(prepared).into_par_iter())
                .zip(&batch.candidates)
                .map(|(loaded, c)| loaded.map_or_else(|r| r, |l| documents(store, c, l)))
                .collect()
        });
        if tx.send((batch, results)).is_err() {
            break; // the writer stopped
        }
    }
}

/// A file's bytes and their stamp.
struct ReadFile {
    bytes: Vec<u8>,
    stamp: FileStamp,
}

/// Reads the file of `c`; `Err` is a file done with: a records file (read by the writer), one
/// that could not be read, or one whose content the index has.
fn read_candidate(c: &Candidate, opts: &IngestOptions) -> Result<ReadFile, FileResult> {
    if matches!(c.format, Format::Json | Format::JsonLines) && record::is_records_file(&c.file.path)
    {
        return Err(FileResult::Records);
    }
    let bytes = source::read_within(&c.file, opts.max_file_size)
        .map_err(|fault| FileResult::Unread(Unread::Failed(fault)))?;
    // Touched but not changed: nothing to do.
    let stamp = c.file.stamp.with_content(&bytes);
    if c.known_hash == Some(stamp.hash) {
        return Err(FileResult::Unchanged);
    }
    Ok(ReadFile { bytes, stamp })
}

/// What a file read holds about its articles, and its stamp.
fn prepare_candidate(
    c: &Candidate,
    read: ReadFile,
) -> Result<(FileStamp, load::Unextracted), FileResult> {
    load::prepare(
        Path::new(&c.file.key),
        c.format,
        &read.bytes,
        c.outlet.as_deref(),
    )
    .map(|prepared| (read.stamp, prepared))
    .map_err(FileResult::Unread)
}

/// The documents of a file's articles.
fn documents(store: &Store, c: &Candidate, (stamp, loaded): (FileStamp, Loaded)) -> FileResult {
    let key = &c.file.key;
    FileResult::Articles(
        loaded
            .records
            .iter()
            .map(|r| Prepared {
                quotes: r.article.quotes.len(),
                doc: store.document(
                    &source::record_id(key, r.position),
                    key,
                    r.url.as_deref(),
                    &r.article,
                    stamp,
                    c.outlet.as_deref(),
                ),
            })
            .collect(),
        loaded.problems,
    )
}

/// The writing end of an ingest: the index writer and what the run has done so far.
struct Sink<'a, 'r> {
    store: &'a Store,
    writer: IndexWriter,
    /// What the index had when the run started.
    known: &'a Known,
    reporter: &'a mut Reporter<'r>,
    summary: Summary,
    /// Articles written since the last commit, and when that was.
    since_commit: usize,
    last_commit: Instant,
    /// What the run wrote of each source.
    written: Written,
}

/// Lines of a records file read and made documents together.
const RECORDS_CHUNK: usize = 2048;

/// Which input wrote a source's articles in this run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WrittenBy {
    File,
    Records,
}

/// What a run wrote, by hash of each source's key (and of each identity added from records).
#[derive(Default)]
struct Written {
    by: FxHashMap<u64, WrittenBy>,
    /// Identities of the articles added from records.
    ids: FxHashSet<u64>,
    /// Sources whose records were left out, their content being what the index has.
    unchanged: FxHashSet<u64>,
}

impl Written {
    /// Whether the articles of the source `key` must be deleted before `by` writes some: the
    /// index had them when the run started (`known`) and the run wrote none yet, or another
    /// input wrote them in this run (a file read twice replaces itself; the records of a
    /// source, which may come in several files, are added to each other).
    fn must_delete(&mut self, key: &str, known: bool, by: WrittenBy) -> bool {
        match self.by.insert(xxh3_64(key.as_bytes()), by) {
            None => known,
            Some(before) => before != by || by == WrittenBy::File,
        }
    }

    /// Whether a source was written from records in this run (so that it is not pruned).
    fn written_from_records(&self, key: &str) -> bool {
        self.by.get(&xxh3_64(key.as_bytes())) == Some(&WrittenBy::Records)
    }
}

/// What a line of a records file gives the writer.
enum RecordDoc {
    /// The document of an article, under its source's key.
    Article {
        key: String,
        id: String,
        doc: Prepared,
    },
    /// An article of a source whose content is what the index has (by its stamp).
    Unchanged(String),
    /// A record of another kind (a quote record).
    Other,
}

/// The document of one line of a records file (with `outlet` for an article that names none),
/// or why it cannot be indexed.
fn record_doc(
    store: &Store,
    known: &Known,
    line: &str,
    outlet: Option<&str>,
) -> Result<RecordDoc, String> {
    let mut a = match record::read(line)? {
        record::Read::Article(a) => a,
        record::Read::Other => return Ok(RecordDoc::Other),
    };
    let stamp = a.stamp.unwrap_or_default();
    // As for files: an outlet given that is not the one the source was given changes it.
    let given = known.outlets.get(&a.source).map(String::as_str);
    let same = outlet.is_none() || outlet == given;
    // The same content, by size and hash, whatever its time.
    if same
        && stamp.hash != 0
        && known
            .stamps
            .get(&a.source)
            .is_some_and(|k| k.size == stamp.size && k.hash == stamp.hash)
    {
        return Ok(RecordDoc::Unchanged(a.source));
    }
    let outlet = outlet.or(given);
    if a.article.outlet.is_none() {
        a.article.outlet = outlet.map(str::to_string);
    }
    let id = a.id();
    let doc = store.document(&id, &a.source, a.url.as_deref(), &a.article, stamp, outlet);
    Ok(RecordDoc::Article {
        key: a.source,
        id,
        doc: Prepared {
            quotes: a.article.quotes.len(),
            doc,
        },
    })
}

impl Sink<'_, '_> {
    /// Write a batch's articles, in the order found, and report its problems.
    fn write(
        &mut self,
        batch: Batch,
        results: Vec<FileResult>,
        opts: &IngestOptions,
        pool: &rayon::ThreadPool,
    ) -> Result<()> {
        for (path, fault) in batch.failed {
            self.reporter.fail(&path, None, fault);
        }
        for (path, skip) in batch.skipped {
            self.reporter.skip(&path, skip);
        }
        self.summary.unchanged += batch.unchanged;
        // The batch's deletions and documents go to the writer as one group (see [`Sink::run`]).
        let mut ops = Vec::with_capacity(batch.candidates.len());
        for (c, result) in batch.candidates.iter().zip(results) {
            match result {
                FileResult::Articles(docs, problems) => {
                    for p in problems {
                        self.reporter.fail(&c.file.path, p.line, p.fault);
                    }
                    // A file new to the index has nothing to replace.
                    let known = self.known.stamps.contains_key(&c.file.key);
                    if self
                        .written
                        .must_delete(&c.file.key, known, WrittenBy::File)
                    {
                        ops.push(UserOperation::Delete(self.store.file_term(&c.file.key)));
                    }
                    for d in docs {
                        self.summary.indexed += 1;
                        self.summary.quotes += d.quotes;
                        self.since_commit += 1;
                        ops.push(UserOperation::Add(d.doc));
                    }
                }
                FileResult::Records => {
                    // (what came before the records file first, in the order found)
                    self.run(std::mem::take(&mut ops))?;
                    self.write_records(&c.file.path, opts, pool)?;
                }
                FileResult::Unchanged => self.summary.unchanged += 1,
                FileResult::Unread(unread) => self.reporter.unread(&c.file.path, unread),
            }
            if self.summary.interrupted {
                break;
            }
        }
        self.run(ops)
    }

    /// Hand a group of deletions and documents to the index writer, in order, as one message
    /// to its threads: a message per document woke an indexing thread per document, and made
    /// the threads take turns at every one.
    fn run(&mut self, ops: Vec<UserOperation>) -> Result<()> {
        self.writer
            .run(ops)
            .context("handing the documents to the index writer")?;
        Ok(())
    }

    /// Index the article records of a records file as they are (no extraction), a chunk of
    /// lines at a time, read and made documents in parallel. An article is written under its
    /// own source and record: the records of a source replace the articles the index had of it
    /// (once in a run: a source's records may lie in several files), unless their stamp says the
    /// source's content is what the index has; a second record of one article is not added.
    fn write_records(
        &mut self,
        path: &Path,
        opts: &IngestOptions,
        pool: &rayon::ThreadPool,
    ) -> Result<()> {
        let mut lines = match record::Lines::open(path) {
            Ok(lines) => lines,
            Err(e) => {
                self.reporter.fail(path, None, e.into());
                return Ok(());
            }
        };
        let (store, known) = (self.store, self.known);
        let outlet = opts.outlet.as_deref();
        loop {
            let chunk = match lines.next_lines(RECORDS_CHUNK) {
                Ok(chunk) if chunk.is_empty() => break,
                Ok(chunk) => chunk,
                Err(e) => {
                    self.reporter.fail(path, None, e.into());
                    break;
                }
            };
            let read: Vec<(usize, Result<RecordDoc, String>)> = pool.install(|| {
                chunk
                    .par_iter()
                    .map(|(n, line)| (*n, record_doc(store, known, line, outlet)))
                    .collect()
            });
            let mut ops = Vec::with_capacity(read.len());
            for (line, result) in read {
                match result {
                    Ok(RecordDoc::Article { key, id, doc }) => {
                        if !self.written.ids.insert(xxh3_64(id.as_bytes())) {
                            let twice = format!("a second record of {id}: the first one is kept");
                            self.reporter.fail(path, Some(line), Fault::Record(twice));
                            continue;
                        }
                        let known = known.stamps.contains_key(&key);
                        if self.written.must_delete(&key, known, WrittenBy::Records) {
                            ops.push(UserOperation::Delete(store.file_term(&key)));
                        }
                        self.summary.indexed += 1;
                        self.summary.quotes += doc.quotes;
                        self.since_commit += 1;
                        ops.push(UserOperation::Add(doc.doc));
                    }
                    Ok(RecordDoc::Unchanged(key)) => {
                        if self.written.unchanged.insert(xxh3_64(key.as_bytes())) {
                            self.summary.unchanged += 1;
                        }
                    }
                    Ok(RecordDoc::Other) => {}
                    Err(why) => self.reporter.fail(path, Some(line), Fault::Record(why)),
                }
            }
            self.run(ops)?;
            if self.commit_due(opts.commit_every) {
                self.commit()?;
            }
            if opts.stop.as_ref().is_some_and(|s| s.load(Ordering::SeqCst)) {
                self.summary.interrupted = true;
                break;
            }
        }
        Ok(())
    }

    /// Whether `every` articles were written since the last commit, or some a while ago.
    fn commit_due(&self, every: usize) -> bool {
        self.since_commit >= every.max(1)
            || (self.since_commit > 0 && self.last_commit.elapsed() >= COMMIT_INTERVAL)
    }

    fn commit(&mut self) -> Result<()> {
        self.writer.commit().context("committing the index")?;
        self.store.keep_words()?;
        (self.since_commit, self.last_commit) = (0, Instant::now());
        Ok(())
    }
}

/// Remove the articles of the files of the index that were under the folders walked (`paths`)
/// but are gone from them (not `seen`, nor written from records); how many files that was.
fn prune(
    store: &Store,
    writer: &mut IndexWriter,
    paths: &[PathBuf],
    known: &HashMap<String, FileStamp>,
    seen: &dyn Fn(&str) -> bool,
) -> usize {
    let roots: Vec<String> = paths
        .iter()
        .filter(|p| p.exists())
        .map(|p| source::file_key(p))
        .collect();
    let mut gone: Vec<&String> = known
        .keys()
        .filter(|k| roots.iter().any(|r| source::is_under(k, r)) && !seen(k))
        .collect();
    gone.sort();
    for key in &gone {
        writer.delete_term(store.file_term(key));
    }
    gone.len()
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
            selection: Selection::default(),
            outlet: None,
            rebuild: false,
            jobs: Some(2),
            max_file_size: 1 << 20,
            commit_every: COMMIT_EVERY,
            prune,
            stop: Some(Arc::new(AtomicBool::new(stop))),
        };
        let mut tell = |line: &str| panic!("unexpected problem: {line}");
        let mut reporter = Reporter::new(&mut tell, true);
        ingest(store, &opts, &mut reporter, &mut |_| {}).expect("ingest")
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
