//! Running a command line: takes its checked config, does the work, hands results to the printers.
//! Returns whether anything was found, for the exit status (0 found, 1 nothing, 2 error).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use anyhow::{bail, Context, Result};

use crate::cli::{self, Cli, Config, Task};
use crate::extract_files::{self, Done};
use crate::index::Store;
use crate::ingest::{self, IngestOptions};
use crate::load;
use crate::output::{self, Mode};
use crate::problem::Reporter;
use crate::search::{Filters, Search};

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
        indicatif::ProgressStyle::with_template("{bar:30} files {pos}/{len}, {msg}, ETA {eta}")
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

/// What the streams a command writes to are connected to, for what it prints besides results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Console {
    /// Stderr is a terminal: a search that finds nothing says so there, in a line for people.
    pub hints: bool,
    /// Columns to wrap text at (the body `show` prints).
    pub width: usize,
}

impl Console {
    /// The console of this process: hints when stderr is a terminal; the terminal's width (up to
    /// 100 columns) when stdout is one, else 80.
    pub fn detect() -> Console {
        let width = if std::io::stdout().is_terminal() {
            terminal_size::terminal_size().map_or(80, |(w, _)| usize::from(w.0).clamp(20, 100))
        } else {
            80
        };
        Console {
            hints: std::io::stderr().is_terminal(),
            width,
        }
    }
}

/// Run `cli`, printing results to `out` and diagnostics to `err`.
pub fn run(
    cli: Cli,
    console: Console,
    out: &mut impl Write,
    err: &mut impl Write,
) -> Result<Outcome> {
    let Config { index, task } = cli.config();
    let outcome = run_task(&index, &task, console, out, err)?;
    if outcome == Outcome::Nothing && console.hints {
        if let Some(hint) = nothing_found(&task) {
            writeln!(err, "{hint}")?;
        }
    }
    Ok(outcome)
}

/// What a search that found nothing tells a person (`None` for the commands that are no search).
fn nothing_found(task: &Task) -> Option<String> {
    let filtered = |f: &Filters| {
        let mut given = Vec::new();
        for (set, flag) in [
            (f.since.is_some(), "--since"),
            (f.until.is_some(), "--until"),
            (f.outlet.is_some(), "--outlet"),
            (f.person.is_some(), "--person"),
        ] {
            if set {
                given.push(flag);
            }
        }
        if given.is_empty() {
            String::new()
        } else {
            format!(" with {}", given.join(" and "))
        }
    };
    Some(match task {
        Task::Query { query, filters, .. } => {
            format!("no articles match '{query}'{}", filtered(filters))
        }
        Task::Quotes {
            keywords,
            speaker,
            filters,
            ..
        } => {
            let mut said = String::from("no quotes");
            if filters.min_words > 0 {
                let words = output::count(filters.min_words.into(), "word");
                said.push_str(&format!(" of {words} or more"));
            }
            if let Some(name) = speaker {
                said.push_str(&format!(" by '{name}'"));
            }
            if keywords.trim() != "*" {
                said.push_str(&format!(" match '{keywords}'"));
            }
            said + &filtered(filters)
        }
        Task::Person { name, filters, .. } => {
            format!("no articles mention '{name}'{}", filtered(filters))
        }
        Task::People { query, filters, .. } => match query.trim() {
            "*" if filtered(filters).is_empty() => "no people in the index".to_string(),
            "*" => format!("no people in the articles{}", filtered(filters)),
            _ => format!(
                "no people in the articles that match '{query}'{}",
                filtered(filters)
            ),
        },
        Task::Outlets(_) => "no outlets in the index".to_string(),
        _ => return None,
    })
}

fn run_task(
    index: &Path,
    task: &Task,
    console: Console,
    out: &mut impl Write,
    err: &mut impl Write,
) -> Result<Outcome> {
    let open = || Store::open(index);
    match task.clone() {
        Task::Ingest { options, mode } => ingest(index, options, mode, out, err),
        Task::Query {
            query,
            filters,
            print,
        } => search(index, &filters, err, |s| {
            let hits = s.articles(&query, &filters, print.limit)?;
            output::articles(out, print.mode, &hits)?;
            Ok((hits.len(), s.undated_articles(&query, &filters)?))
        }),
        Task::Quotes {
            keywords,
            speaker,
            filters,
            print,
        } => search(index, &filters, err, |s| {
            let speaker = speaker.as_deref();
            let hits = s.quotes(&keywords, speaker, &filters, print.limit)?;
            output::quotes(out, print.mode, &hits)?;
            let undated = s.undated_quote_articles(&keywords, speaker, &filters)?;
            Ok((hits.len(), undated))
        }),
        Task::Person {
            name,
            filters,
            print,
        } => search(index, &filters, err, |s| {
            let hits = s.person(&name, &filters, print.limit)?;
            output::person(out, print.mode, &hits)?;
            Ok((hits.len(), s.undated_person_articles(&name, &filters)?))
        }),
        Task::People {
            query,
            filters,
            print,
        } => search(index, &filters, err, |s| {
            let rows = s.people(&query, &filters, print.limit)?;
            output::counts(out, print.mode, &rows)?;
            Ok((rows.len(), s.undated_articles(&query, &filters)?))
        }),
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
            output::shown(out, mode, &shown, console.width)?;
            Ok(Outcome::Found)
        }
        Task::Export { quotes } => {
            let articles = crate::export::export(&open()?, quotes, out)?;
            Ok(found(usize::try_from(articles).unwrap_or(usize::MAX)))
        }
        Task::Extract {
            paths,
            max_file_size,
            selection,
            jobs,
            mode,
            quotes,
        } => {
            let files = extract_files::Files {
                paths: &paths,
                selection: &selection,
                max_file_size,
                jobs,
            };
            extract(&files, mode, quotes, out, err)
        }
        Task::Serve { addr, cors } => {
            crate::serve::run(
                crate::serve::ServeOptions {
                    index: index.to_path_buf(),
                    addr,
                    cors,
                },
                out,
            )?;
            Ok(Outcome::Found)
        }
        Task::Completions(shell) => {
            cli::completions(shell, out)?;
            Ok(Outcome::Found)
        }
    }
}

/// Runs a search of the index at `index` with `filters`: `run` finds and prints the results and
/// says how many it printed and how many articles without a date the dates of `filters` left
/// out, which stderr is told.
fn search(
    index: &Path,
    filters: &Filters,
    err: &mut impl Write,
    run: impl FnOnce(&Search) -> Result<(usize, u64)>,
) -> Result<Outcome> {
    let store = Store::open(index)?;
    let (printed, undated) = run(&Search::new(&store)?)?;
    tell_undated(err, undated, filters)?;
    Ok(found(printed))
}

/// Say on stderr how many articles without a date the dates of `filters` left out (none: say
/// nothing).
fn tell_undated(err: &mut impl Write, undated: u64, filters: &Filters) -> Result<()> {
    if undated == 0 {
        return Ok(());
    }
    let flags = match (filters.since.is_some(), filters.until.is_some()) {
        (true, true) => "--since and --until",
        (true, false) => "--since",
        _ => "--until",
    };
    let n = output::count(undated, "article");
    writeln!(err, "newsdex: {flags} left out {n} without a date")?;
    Ok(())
}

/// The line that says no article file was found in `paths`, and which files are read.
fn no_article_files(paths: &[PathBuf]) -> String {
    let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    format!(
        "newsdex: no article files found in {}: newsdex reads .txt, .html, .json, .jsonl, .md, .warc and .sgm files (also gzipped) that are not hidden (--hidden) or ignored (--no-ignore, --exclude)",
        shown.join(", ")
    )
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
    let nothing = summary.article_files == 0 && summary.problems.failed.is_empty();
    if nothing {
        writeln!(err, "{}", no_article_files(&opts.paths))?;
    }
    Ok(if summary.interrupted {
        writeln!(err, "newsdex: interrupted: what was indexed is committed; run the same command again to finish")?;
        Outcome::Interrupted
    } else if nothing {
        Outcome::Nothing
    } else if summary.problems.failed.is_empty() {
        Outcome::Found
    } else {
        Outcome::Partial
    })
}

/// `extract`: the articles of files (a folder's article files, in the order `ingest` reads
/// them; a file given itself, whatever its name), read as `ingest` reads them, on `jobs`
/// threads, printed in that order.
fn extract(
    files: &extract_files::Files,
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
    let render = move |buf: &mut Vec<u8>, origin: &crate::record::Origin, r: &load::Record| {
        output::extracted(buf, mode, origin, quotes, r)
    };
    let article_files = extract_files::extract(files, &render, &mut |done| {
        match done {
            Done::Failed(path, fault) => reporter.fail(&path, None, fault),
            Done::Unread(path, unread) => reporter.unread(&path, unread),
            Done::Read {
                rendered,
                articles: n,
                path,
                problems,
            } => {
                printed = rendered.and_then(|bytes| out.write_all(&bytes));
                if printed.is_err() {
                    return false;
                }
                articles += n;
                for p in problems {
                    reporter.fail(&path, p.line, p.fault);
                }
            }
        }
        true
    })?;
    printed?;
    Ok(if !reporter.tally().failed.is_empty() {
        Outcome::Partial
    } else if article_files == 0 {
        writeln!(err, "{}", no_article_files(files.paths))?;
        Outcome::Nothing
    } else {
        found(articles)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    /// What `newsdex ARGS` prints (stdout, stderr) and how it ends, on a console of `hints`.
    fn newsdex(args: &[&str], hints: bool) -> (String, String, Outcome) {
        let cli = Cli::parse_from(std::iter::once("newsdex").chain(args.iter().copied()));
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let console = Console { hints, width: 80 };
        let outcome = run(cli, console, &mut out, &mut err).expect("runs");
        let text = |b: Vec<u8>| String::from_utf8(b).expect("utf-8");
        (text(out), text(err), outcome)
    }

    /// A search that finds nothing prints nothing on stdout; on a terminal, stderr says what
    /// found nothing.
    #[test]
    fn nothing_found_is_told_on_a_terminal() {
        let dir = tempfile::TempDir::new().expect("temp dir");
        let index = dir.path().join("index");
        let index = index.to_str().expect("utf-8");
        let fixture = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures/okafor-siblings-bakery-feud.txt"
        );
        let (_, err, outcome) = newsdex(&["--index", index, "ingest", fixture], false);
        assert_eq!((err.as_str(), outcome), ("", Outcome::Found));
        let cases: [(&[&str], &str); 10] = [
            (&["query", "war"], "no articles match 'war'\n"),
            (
                &["query", "war", "--since", "2024-01-01", "--outlet", "BBC"],
                "no articles match 'war' with --since and --outlet\n",
            ),
            (&["quotes", "war"], "no quotes match 'war'\n"),
            (&["quotes", "--speaker", "Blair"], "no quotes by 'Blair'\n"),
            (
                &[
                    "quotes",
                    "bread",
                    "--speaker",
                    "Maria Okafor",
                    "--min-words",
                    "40",
                ],
                "no quotes of 40 words or more by 'Maria Okafor' match 'bread'\n",
            ),
            (&["person", "Blair"], "no articles mention 'Blair'\n"),
            (
                &["person", "Okafor", "--outlet", "BBC"],
                "no articles mention 'Okafor' with --outlet\n",
            ),
            (
                &["people", "war"],
                "no people in the articles that match 'war'\n",
            ),
            (
                &["people", "--outlet", "BBC"],
                "no people in the articles with --outlet\n",
            ),
            (&["outlets"], "no outlets in the index\n"),
        ];
        for (args, want) in cases {
            let mut full = vec!["--index", index];
            full.extend_from_slice(args);
            assert_eq!(
                newsdex(&full, true),
                (String::new(), want.to_string(), Outcome::Nothing),
                "{args:?}"
            );
            // Not on a terminal: nothing at all.
            assert_eq!(
                newsdex(&full, false),
                (String::new(), String::new(), Outcome::Nothing),
                "{args:?}"
            );
        }
    }
}
