//! `extract`'s work on files: the article files of the paths, read and extracted on all cores,
//! and handed back in the order of the walk (the order `ingest` reads them), each with its
//! articles already rendered, so that the output is the same whatever the number of threads.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{sync_channel, SyncSender};

use anyhow::{Context, Result};
use rayon::prelude::*;

use crate::load::{self, Loaded, Record, Unextracted};
use crate::problem::{Fault, Problem, Unread};
use crate::read::{self, Format};
use crate::record::Origin;
use crate::source::{self, FileStamp, Selection, SourceFile, Walked};

/// Files read and extracted together: enough to keep every thread busy, few enough that the
/// first results print soon and a batch's output stays small.
const BATCH: usize = 256;
/// Bytes of files read and extracted together, at most (but for one file larger): three
/// batches are in memory at once, with their articles and output, however large the files.
const BATCH_BYTES: u64 = 64 << 20;

/// What to read, and how.
pub(crate) struct Files<'a> {
    pub paths: &'a [PathBuf],
    pub selection: &'a Selection,
    /// Larger files are not read.
    pub max_file_size: u64,
    /// Threads (`None`: all cores).
    pub jobs: Option<usize>,
}

/// Writes one article's output: the printer, run on the extraction threads.
pub(crate) type Render = dyn Fn(&mut Vec<u8>, &Origin, &Record) -> io::Result<()> + Sync;

/// What became of one path of the walk.
pub(crate) enum Done {
    /// A path that could not be walked or looked at.
    Failed(PathBuf, Fault),
    /// An article file read: its articles' output, how many there were, and its records that
    /// could not be read.
    Read {
        rendered: io::Result<Vec<u8>>,
        articles: usize,
        path: PathBuf,
        problems: Vec<Problem>,
    },
    /// An article file that could not be read.
    Unread(PathBuf, Unread),
}

/// One path met by the walk, in its order.
enum Step {
    Failed(PathBuf, Fault),
    File(SourceFile, Format),
}

/// Reads and extracts the article files of `files`, handing what became of each path to `each`
/// in walk order until it returns false. Returns how many article files the walk found.
pub(crate) fn extract(
    files: &Files,
    render: &Render,
    each: &mut dyn FnMut(Done) -> bool,
) -> Result<usize> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(files.jobs.unwrap_or(0))
        .build()
        .context("starting extraction threads")?;
    // Three stages at once: the walk, the extraction of a batch on the pool, and the printing
    // (by `each`, on this thread) of the batch before.
    std::thread::scope(|scope| {
        // Two batches wait at most at each step: the walk stays a little ahead.
        let (walk_tx, walk_rx) = sync_channel::<Vec<Step>>(2);
        let (tx, rx) = sync_channel::<Vec<Done>>(2);
        let walker = scope.spawn(move || walk_in_batches(files, &walk_tx));
        let pool = &pool;
        scope.spawn(move || {
            for batch in walk_rx {
                let done = pool.install(|| {
                    // Each stage for the whole batch before the next: a thread that read,
                    // extracted and rendered one file after another kept swapping the code of
                    // the three out of the processor's caches (8% to 14% more CPU time, 2026-12-07).
                    let read: Vec<_> = (batch.into_par_iter())
                        .map(|step| read_file(step, files))
                        .collect();
                    let prepared: Vec<_> = (read.into_par_iter())
                        .map(|read| read.and_then(prepare_file))
                        .collect();
                    (load::extract_prepared(prepared).into_par_iter())
                        .map(|loaded| loaded.map_or_else(|done| done, |l| render_file(l, render)))
                        .collect()
                });
                if tx.send(done).is_err() {
                    break; // the printing stopped
                }
            }
        });
        'batches: for done in rx.iter() {
            for d in done {
                if !each(d) {
                    break 'batches;
                }
            }
        }
        // Dropping the receiver stops the other stages if the printing stopped early.
        drop(rx);
        walker
            .join()
            .map_err(|_| anyhow::anyhow!("the walk of the folders failed"))
    })
}

/// Walks `files.paths`, sending the article files and the failures it meets to `tx` in
/// batches of [`BATCH`]. Returns how many article files it found.
fn walk_in_batches(files: &Files, tx: &SyncSender<Vec<Step>>) -> usize {
    let mut article_files = 0;
    let mut batch = Vec::with_capacity(BATCH);
    let mut bytes = 0;
    source::walk(files.paths, files.selection, &mut |walked| {
        let step = match walked {
            Walked::Failed(path, fault) => Step::Failed(path, fault),
            Walked::File(file) => match read::format_of(&file.path) {
                Some(format) => Step::File(file, format),
                // A file given by name is read as text, whatever its name.
                None if file.given => Step::File(file, Format::Text),
                None => return true,
            },
        };
        if let Step::File(file, _) = &step {
            article_files += 1;
            bytes += file.stamp.size.min(files.max_file_size);
        }
        batch.push(step);
        if batch.len() < BATCH && bytes < BATCH_BYTES {
            return true;
        }
        bytes = 0;
        // (false: the printing stopped)
        tx.send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH)))
            .is_ok()
    });
    if !batch.is_empty() {
        let _ = tx.send(batch);
    }
    article_files
}

/// A file's bytes, read.
struct ReadFile {
    file: SourceFile,
    format: Format,
    bytes: Vec<u8>,
}

/// A file read, with the stamp of its content.
type Stamped = (SourceFile, FileStamp);

/// Reads the file of `step`; `Err` is what became of a path that is done with.
fn read_file(step: Step, files: &Files) -> Result<ReadFile, Done> {
    let (file, format) = match step {
        Step::Failed(path, fault) => return Err(Done::Failed(path, fault)),
        Step::File(file, format) => (file, format),
    };
    match source::read_within(&file, files.max_file_size) {
        Ok(bytes) => Ok(ReadFile {
            file,
            format,
            bytes,
        }),
        Err(fault) => Err(Done::Unread(file.path, Unread::Failed(fault))),
    }
}

/// What a file read holds about its articles.
fn prepare_file(read: ReadFile) -> Result<(Stamped, Unextracted), Done> {
    let ReadFile {
        file,
        format,
        bytes,
    } = read;
    let stamp = file.stamp.with_content(&bytes);
    match load::prepare(Path::new(&file.key), format, &bytes, None) {
        Ok(prepared) => Ok(((file, stamp), prepared)),
        Err(unread) => Err(Done::Unread(file.path, unread)),
    }
}

/// A file's articles rendered by `render`.
fn render_file(((file, stamp), loaded): (Stamped, Loaded), render: &Render) -> Done {
    let shown = file.path.display().to_string();
    let mut out = Vec::new();
    let rendered = loaded
        .records
        .iter()
        .try_for_each(|r| {
            let origin = Origin {
                source: &file.key,
                record: r.position,
                path: &shown,
                stamp: Some(stamp),
            };
            render(&mut out, &origin, r)
        })
        .map(|()| out);
    Done::Read {
        rendered,
        articles: loaded.records.len(),
        path: file.path,
        problems: loaded.problems,
    }
}
