//! Running a command line: takes its checked config, does the work, hands results to the printers.
//! Returns whether anything was found, for the exit status (0 found, 1 nothing, 2 error).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use anyhow::{bail, Context, Result};

use crate::cli::{self, Cli, Config, Task};
use crate::index::Store;
use crate::ingest::{self, IngestOptions};
use crate::load;
use crate::output::{self, Mode};
use crate::problem::{Reporter, Unread};
use crate::read::{self, Format};
use crate::search::Search;
use crate::source::{self, Walked};

/// How a command ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Results were found (or the command did its work).
    Found,
    /// A search found nothing.
    Nothing,
    /// The work was done, but some inputs failed (already reported on stderr).
    Partial,
    /// Interrupted by the user (Ctrl-C); what was done is kept.
    Interrupted,
}

fn found(n: usize) -> Outcome {
    if n > 0 {
        Outcome::Found
    } else {
        Outcome::Nothing
    }
}

/// A progress bar on stderr when it is a terminal (none otherwise: the summary says it all).
fn progress_bar() -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::no_length();
    let style =
        indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} files, {msg}, ETA {eta}")
            .ok()?;
    bar.set_style(style.progress_chars("=> "));
    bar.set_message("0 articles");
    Some(bar)
}

fn show_progress(bar: &indicatif::ProgressBar, p: ingest::Progress) {
    match p {
        ingest::Progress::Found { files } => bar.set_length(files as u64),
        ingest::Progress::Done { files, articles } => {
            bar.set_position(files as u64);
            let rate = articles as f64 / bar.elapsed().as_secs_f64().max(1e-3);
            let done = output::count(articles as u64, "article");
            bar.set_message(format!("{done} ({rate:.0} articles/s)"));
        }
        ingest::Progress::Committed { .. } => {}
    }
}

/// Run `cli`, printing results to `out` and diagnostics to `err`.
pub fn run(cli: Cli, out: &mut impl Write, err: &mut impl Write) -> Result<Outcome> {
    let Config { index, task } = cli.config();
    let open = || Store::open(&index);
    match task {
        Task::Ingest { options, mode } => ingest(&index, options, mode, out, err),
        Task::Query {
            query,
            filters,
            print,
        } => {
            let hits = Search::new(&open()?)?.articles(&query, &filters, print.limit)?;
            output::articles(out, print.mode, &hits)?;
            Ok(found(hits.len()))
        }
        Task::Quotes {
            keywords,
            speaker,
            filters,
            print,
        } => {
            let store = open()?;
            let search = Search::new(&store)?;
            let hits = search.quotes(&keywords, speaker.as_deref(), &filters, print.limit)?;
            output::quotes(out, print.mode, &hits)?;
            Ok(found(hits.len()))
        }
        Task::Person { name, print } => {
            let hits = Search::new(&open()?)?.person(&name, print.limit)?;
            output::person(out, print.mode, &hits)?;
            Ok(found(hits.len()))
        }
        Task::People(print) => {
            let rows = Search::new(&open()?)?.people(print.limit)?;
            output::counts(out, print.mode, &rows)?;
            Ok(found(rows.len()))
        }
        Task::Outlets(print) => {
            let rows = Search::new(&open()?)?.outlets(print.limit)?;
            output::counts(out, print.mode, &rows)?;
            Ok(found(rows.len()))
        }
        Task::Show { path, id, mode } => {
            let shown = Search::new(&open()?)?.show(&id)?;
            if shown.is_empty() {
                bail!(
                    "'{}' is not in the index at {}",
                    path.display(),
                    index.display()
                );
            }
            output::shown(out, mode, &shown)?;
            Ok(Outcome::Found)
        }
        Task::Export { quotes } => {
            let articles = crate::export::export(&open()?, quotes, out)?;
            Ok(found(usize::try_from(articles).unwrap_or(usize::MAX)))
        }
        Task::Extract {
            paths,
            max_file_size,
            mode,
            quotes,
        } => extract(&paths, max_file_size, mode, quotes, out, err),
        Task::Serve { addr, cors } => {
            crate::serve::run(crate::serve::ServeOptions { index, addr, cors }, out)?;
            Ok(Outcome::Found)
        }
        Task::Completions(shell) => {
            cli::completions(shell, out);
            Ok(Outcome::Found)
        }
    }
}

/// `ingest`: index the files, with a progress bar on a terminal.
fn ingest(
    index_dir: &Path,
    mut opts: IngestOptions,
    mode: Mode,
    out: &mut impl Write,
    err: &mut impl Write,
) -> Result<Outcome> {
    let store = if opts.rebuild {
        Store::create_afresh(index_dir)?
    } else {
        Store::open_or_create(index_dir)?
    };
    // Ctrl-C stops after the current batch and commits what is done.
    let stop = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&stop);
    ctrlc::set_handler(move || flag.store(true, Ordering::SeqCst))
        .context("installing the Ctrl-C handler")?;
    opts.stop = Some(stop);
    let bar = progress_bar();
    let mut tell = |line: &str| {
        match &bar {
            Some(bar) => bar.suspend(|| writeln!(err, "{line}")),
            None => writeln!(err, "{line}"),
        }
        .ok();
    };
    let mut reporter = Reporter::new(&mut tell, false);
    let result = ingest::ingest(&store, &opts, &mut reporter, &mut |p| {
        if let Some(bar) = &bar {
            show_progress(bar, p);
        }
    });
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let summary = result?;
    output::summary(out, mode, &summary)?;
    Ok(if summary.interrupted {
        writeln!(err, "newsdex: interrupted: what was indexed is committed; run the same command again to finish")?;
        Outcome::Interrupted
    } else if summary.problems.failed.is_empty() {
        Outcome::Found
    } else {
        Outcome::Partial
    })
}

/// `extract`: the articles of files (a folder's article files, in the order `ingest` reads
/// them; a file given itself, whatever its name), read as `ingest` reads them.
fn extract(
    paths: &[PathBuf],
    max_file_size: u64,
    mode: Mode,
    quotes: bool,
    out: &mut impl Write,
    err: &mut impl Write,
) -> Result<Outcome> {
    let mut tell = |line: &str| {
        writeln!(err, "{line}").ok();
    };
    let mut reporter = Reporter::new(&mut tell, true);
    let mut articles = 0;
    let mut printed = Ok(());
    source::walk(paths, &mut |walked| {
        let file = match walked {
            Walked::Failed(path, fault) => {
                reporter.fail(&path, None, fault);
                return true;
            }
            Walked::File(file) => file,
        };
        let format = match read::format_of(&file.path) {
            Some(format) => format,
            None if file.given => Format::Text,
            None => return true,
        };
        let loaded = source::read_within(&file, max_file_size)
            .map_err(Unread::Failed)
            .and_then(|bytes| {
                let stamp = file.stamp.with_content(&bytes);
                load::articles(format, &bytes, None).map(|loaded| (stamp, loaded))
            });
        match loaded {
            Ok((stamp, loaded)) => {
                let shown = file.path.display().to_string();
                for r in &loaded.records {
                    let origin = crate::record::Origin {
                        source: &file.key,
                        record: r.position,
                        path: &shown,
                        stamp: Some(stamp),
                    };
                    printed = output::extracted(out, mode, &origin, quotes, r);
                    if printed.is_err() {
                        return false;
                    }
                    articles += 1;
                }
                for p in loaded.problems {
                    reporter.fail(&file.path, p.line, p.fault);
                }
            }
            Err(unread) => reporter.unread(&file.path, unread),
        }
        true
    });
    printed?;
    Ok(if !reporter.tally().failed.is_empty() {
        Outcome::Partial
    } else {
        found(articles)
    })
}
