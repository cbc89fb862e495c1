//! Running a parsed command line: validates it, does the work, hands results to the printers.
//! Returns whether anything was found, for the exit status (0 found, 1 nothing, 2 error).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use anyhow::{Context, Result};
use clap::CommandFactory;

use crate::cli::{Cli, Command};
use crate::index::{default_dir, Store};
use crate::ingest::{self, IngestOptions};
use crate::output::{self, Mode};
use crate::read::{self, ReadOptions, Unread};
use crate::search::Search;

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

/// The index key of a path given to `show`: its file's key, with a `#N` record suffix kept.
fn show_key(path: &std::path::Path) -> String {
    let text = path.to_string_lossy();
    if !path.exists() {
        if let Some((file, n)) = text.rsplit_once('#') {
            if n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty() {
                return format!("{}#{n}", ingest::file_key(std::path::Path::new(file)));
            }
        }
    }
    ingest::file_key(path)
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
            let store = if rebuild {
                Store::create_afresh(&index_dir)?
            } else {
                Store::open_or_create(&index_dir)?
            };
            // Ctrl-C stops after the current batch and commits what is done.
            let stop = Arc::new(AtomicBool::new(false));
            let flag = Arc::clone(&stop);
            ctrlc::set_handler(move || flag.store(true, Ordering::SeqCst))
                .context("installing the Ctrl-C handler")?;
            let opts = IngestOptions {
                paths,
                read: ReadOptions { outlet },
                rebuild,
                jobs,
                max_file_size,
                commit_every,
                prune,
                stop: Some(stop),
            };
            let bar = progress_bar();
            let result = ingest::ingest_with_progress(
                &store,
                &opts,
                &mut |f| {
                    let line = format!("newsdex: {}: {}", f.path, f.reason);
                    match &bar {
                        Some(bar) => bar.suspend(|| writeln!(err, "{line}")),
                        None => writeln!(err, "{line}"),
                    }
                    .ok();
                },
                &mut |p| {
                    if let Some(bar) = &bar {
                        show_progress(bar, p);
                    }
                },
            );
            if let Some(bar) = &bar {
                bar.finish_and_clear();
            }
            let summary = result?;
            output::summary(out, mode(json), &summary)?;
            Ok(if summary.interrupted {
                writeln!(err, "newsdex: interrupted: what was indexed is committed; run the same command again to finish")?;
                Outcome::Interrupted
            } else if summary.failed.is_empty() {
                Outcome::Found
            } else {
                Outcome::Partial
            })
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
            let key = show_key(&path);
            let shown = Search::new(&store)?.show(&key)?;
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
        Command::Extract { files, json } => {
            let mut outcome = Outcome::Nothing;
            let opts = ReadOptions::default();
            let mut expanded = Vec::new();
            for path in files {
                if !path.is_dir() {
                    expanded.push(path);
                    continue;
                }
                // A folder: its article files, in the order `ingest` reads them.
                for file in ingest::files_under(&path) {
                    match file {
                        Ok(file) if read::format_of(&file).is_some() => expanded.push(file),
                        Ok(_) => {}
                        Err((at, reason)) => {
                            writeln!(err, "newsdex: {}: {reason}", at.display())?;
                            outcome = Outcome::Partial;
                        }
                    }
                }
            }
            for file in expanded {
                let shown = file.display().to_string();
                let result = std::fs::read(&file)
                    .with_context(|| format!("reading {shown}"))
                    .map(|bytes| {
                        let format = read::format_of(&file).unwrap_or(read::Format::Text);
                        read::parse(format, &bytes, &opts)
                    });
                match result {
                    Ok(Ok(parsed)) => {
                        for r in &parsed.records {
                            output::extracted(out, mode(json), &shown, r)?;
                        }
                        for p in &parsed.problems {
                            match p.line {
                                Some(line) => {
                                    writeln!(err, "newsdex: {shown}:{line}: {}", p.reason)?
                                }
                                None => writeln!(err, "newsdex: {shown}: {}", p.reason)?,
                            }
                        }
                        if !parsed.problems.is_empty() {
                            outcome = Outcome::Partial;
                        } else if outcome == Outcome::Nothing && !parsed.records.is_empty() {
                            outcome = Outcome::Found;
                        }
                    }
                    Ok(Err(Unread::Skipped(reason))) => {
                        writeln!(err, "newsdex: {shown}: skipped: {reason}")?
                    }
                    Ok(Err(Unread::Failed(reason))) => {
                        writeln!(err, "newsdex: {shown}: {reason}")?;
                        outcome = Outcome::Partial;
                    }
                    Err(e) => {
                        writeln!(err, "newsdex: {e:#}")?;
                        outcome = Outcome::Partial;
                    }
                }
            }
            Ok(outcome)
        }
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "newsdex", out);
            Ok(Outcome::Found)
        }
    }
}
