//! Running a parsed command line: validates it, does the work, hands results to the printers.
//! Returns whether anything was found, for the exit status (0 found, 1 nothing, 2 error).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use anyhow::{Context, Result};
use clap::CommandFactory;

use crate::cli::{Cli, Command};
use crate::index::{default_dir, Store};
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

fn mode(json: bool) -> Mode {
    if json {
        Mode::Json
    } else {
        Mode::Human
    }
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
    let index_dir: PathBuf = cli.index.clone().unwrap_or_else(default_dir);
    match cli.command {
        Command::Ingest {
            paths,
            outlet,
            rebuild,
            prune,
            jobs,
            max_file_size,
            commit_every,
            json,
        } => {
            let opts = IngestOptions {
                paths,
                outlet,
                rebuild,
                jobs,
                max_file_size,
                commit_every,
                prune,
                stop: None,
            };
            ingest(&index_dir, opts, mode(json), out, err)
        }
        Command::Query {
            query,
            filter,
            output: o,
        } => {
            let store = Store::open(&index_dir)?;
            let hits = Search::new(&store)?.articles(&query, &filter.filters(), o.limit)?;
            output::articles(out, mode(o.json), &hits)?;
            Ok(found(hits.len()))
        }
        Command::Quotes {
            keywords,
            speaker,
            filter,
            output: o,
        } => {
            let store = Store::open(&index_dir)?;
            let hits = Search::new(&store)?.quotes(
                &keywords.join(" "),
                speaker.as_deref(),
                &filter.filters(),
                o.limit,
            )?;
            output::quotes(out, mode(o.json), &hits)?;
            Ok(found(hits.len()))
        }
        Command::Person { name, output: o } => {
            let store = Store::open(&index_dir)?;
            let hits = Search::new(&store)?.person(&name.join(" "), o.limit)?;
            output::person(out, mode(o.json), &hits)?;
            Ok(found(hits.len()))
        }
        Command::People { output: o } => {
            let store = Store::open(&index_dir)?;
            let rows = Search::new(&store)?.people(o.limit)?;
            output::counts(out, mode(o.json), &rows)?;
            Ok(found(rows.len()))
        }
        Command::Outlets { output: o } => {
            let store = Store::open(&index_dir)?;
            let rows = Search::new(&store)?.outlets(o.limit)?;
            output::counts(out, mode(o.json), &rows)?;
            Ok(found(rows.len()))
        }
        Command::Show { path, json } => {
            let store = Store::open(&index_dir)?;
            let shown = Search::new(&store)?.show(&source::id_of_argument(&path))?;
            if shown.is_empty() {
                anyhow::bail!(
                    "'{}' is not in the index at {}",
                    path.display(),
                    index_dir.display()
                );
            }
            output::shown(out, mode(json), &shown)?;
            Ok(Outcome::Found)
        }
        Command::Extract {
            files,
            max_file_size,
            json,
        } => extract(&files, max_file_size, mode(json), out, err),
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "newsdex", out);
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
            .and_then(|bytes| load::articles(format, &bytes, None));
        match loaded {
            Ok(loaded) => {
                let shown = file.path.display().to_string();
                for r in &loaded.records {
                    printed = output::extracted(out, mode, &shown, r);
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
