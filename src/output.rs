//! Printing results: one printer per kind of answer, human or JSON Lines, each writing to any
//! `Write`. Stdout carries results; diagnostics go to stderr from the caller.

use std::io::{self, Write};
use std::path::Path;

use anstyle::{AnsiColor, Style};
use serde::Serialize;

use crate::ingest::Summary;
use crate::load::Record;
use crate::search::{ArticleHit, NameCount, Origin, PersonHit, QuoteHit, Shown};

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();
const MATCH: Style = Style::new()
    .bold()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)));
const NAME: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Green)));
const PATH: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Magenta)));

/// Human text or JSON Lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Human,
    Json,
}

/// A path as the user would type it: relative to the current folder when it lies below it.
pub(crate) fn display_path(path: &str) -> String {
    let p = Path::new(path);
    match std::env::current_dir() {
        Ok(cwd) => p.strip_prefix(&cwd).unwrap_or(p).display().to_string(),
        Err(_) => path.to_string(),
    }
}

/// One hit as a JSON line, its path shown as the user would type it.
fn json_with_path<T: Serialize + Clone>(
    out: &mut impl Write,
    hit: &T,
    path: impl FnOnce(&mut T) -> &mut String,
) -> io::Result<()> {
    let mut hit = hit.clone();
    let p = path(&mut hit);
    *p = display_path(p);
    json_line(out, &hit)
}

fn json_line<T: Serialize>(out: &mut impl Write, value: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    out.write_all(b"\n")
}

/// Where a hit comes from: "Outlet · date · by Authors · path", then its URL when known.
fn source_line(o: &Origin) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(outlet) = &o.outlet {
        parts.push(outlet.clone());
    }
    if let Some(p) = &o.published {
        parts.push(p.clone());
    }
    if !o.authors.is_empty() {
        parts.push(format!("by {}", o.authors.join(", ")));
    }
    let path = display_path(&o.path);
    parts.push(format!("{PATH}{path}{PATH:#}"));
    if let Some(u) = &o.url {
        parts.push(u.clone());
    }
    parts.join(" · ")
}

/// Article hits of `query`.
pub(crate) fn articles(out: &mut impl Write, mode: Mode, hits: &[ArticleHit]) -> io::Result<()> {
    for h in hits {
        if mode == Mode::Json {
            json_with_path(out, h, |x| &mut x.article.path)?;
            continue;
        }
        writeln!(
            out,
            "{}. {BOLD}{}{BOLD:#} {DIM}({:.2}){DIM:#}",
            h.rank, h.article.headline, h.score
        )?;
        writeln!(out, "   {}", source_line(&h.article))?;
        let mut line = String::new();
        let mut at = 0;
        for &(s, e) in &h.highlights {
            if s < at || e > h.snippet.len() {
                continue;
            }
            line.push_str(&h.snippet[at..s]);
            line.push_str(&format!("{MATCH}{}{MATCH:#}", &h.snippet[s..e]));
            at = e;
        }
        line.push_str(&h.snippet[at..]);
        writeln!(out, "   {line}")?;
    }
    Ok(())
}

/// Quote hits of `quotes`.
pub(crate) fn quotes(out: &mut impl Write, mode: Mode, hits: &[QuoteHit]) -> io::Result<()> {
    for h in hits {
        if mode == Mode::Json {
            json_with_path(out, h, |x| &mut x.article.path)?;
            continue;
        }
        writeln!(out, "{}. “{BOLD}{}{BOLD:#}”", h.rank, h.text)?;
        let speaker = h.speaker.as_deref().unwrap_or("(speaker unknown)");
        writeln!(
            out,
            "   — {NAME}{speaker}{NAME:#}, in “{}”",
            h.article.headline
        )?;
        writeln!(out, "   {}", source_line(&h.article))?;
    }
    Ok(())
}

/// Article hits of `person`.
pub(crate) fn person(out: &mut impl Write, mode: Mode, hits: &[PersonHit]) -> io::Result<()> {
    for h in hits {
        if mode == Mode::Json {
            json_with_path(out, h, |x| &mut x.article.path)?;
            continue;
        }
        writeln!(out, "{}. {BOLD}{}{BOLD:#}", h.rank, h.article.headline)?;
        writeln!(
            out,
            "   {NAME}{}{NAME:#}: {}, {}",
            h.person,
            count(h.mentions.into(), "mention"),
            count(h.quotes.into(), "quote")
        )?;
        writeln!(out, "   {}", source_line(&h.article))?;
    }
    Ok(())
}

/// Name counts of `people` and `outlets`.
pub(crate) fn counts(out: &mut impl Write, mode: Mode, rows: &[NameCount]) -> io::Result<()> {
    let width = rows
        .iter()
        .map(|r| r.articles.to_string().len())
        .max()
        .unwrap_or(1);
    for r in rows {
        if mode == Mode::Json {
            json_line(out, r)?;
        } else {
            writeln!(out, "{:>width$}  {}", r.articles, r.name)?;
        }
    }
    Ok(())
}

/// Everything stored about an article (`show`).
pub(crate) fn shown(out: &mut impl Write, mode: Mode, articles: &[Shown]) -> io::Result<()> {
    for a in articles {
        if mode == Mode::Json {
            json_with_path(out, a, |x| &mut x.path)?;
            continue;
        }
        writeln!(out, "{BOLD}{}{BOLD:#}", a.headline)?;
        writeln!(out, "path:      {PATH}{}{PATH:#}", display_path(&a.id))?;
        writeln!(out, "outlet:    {}", a.outlet.as_deref().unwrap_or("-"))?;
        if !a.authors.is_empty() {
            writeln!(out, "authors:   {}", a.authors.join(", "))?;
        }
        writeln!(out, "published: {}", a.published.as_deref().unwrap_or("-"))?;
        if let Some(u) = &a.url {
            writeln!(out, "url:       {u}")?;
        }
        writeln!(out, "people:")?;
        people_and_quotes(out, &a.people, &a.quotes)?;
    }
    Ok(())
}

/// The people and quotes of one article, as `show` and `extract` print them.
fn people_and_quotes(
    out: &mut impl Write,
    people: &[crate::article::Person],
    quotes: &[crate::article::Quote],
) -> io::Result<()> {
    for p in people {
        let forms = if p.forms.is_empty() {
            String::new()
        } else {
            format!(" (also {})", p.forms.join(", "))
        };
        writeln!(
            out,
            "  {NAME}{}{NAME:#}: {}, {}{forms}",
            p.name,
            count(p.mentions.into(), "mention"),
            count(p.quotes.into(), "quote")
        )?;
    }
    writeln!(out, "quotes:")?;
    for q in quotes {
        writeln!(
            out,
            "  “{}” — {}",
            q.text,
            q.speaker.as_deref().unwrap_or("(speaker unknown)")
        )?;
    }
    Ok(())
}

/// The JSON shape of `extract --json`.
#[derive(Serialize)]
struct Extracted<'a> {
    path: &'a str,
    record: Option<usize>,
    url: &'a Option<String>,
    headline: &'a str,
    body: &'a str,
    outlet: &'a Option<String>,
    authors: &'a [String],
    published: &'a Option<crate::date::Published>,
    people: Vec<&'a str>,
    mentions: &'a [crate::article::Person],
    quotes: &'a [crate::article::Quote],
}

/// One extracted article (`extract`).
pub(crate) fn extracted(
    out: &mut impl Write,
    mode: Mode,
    path: &str,
    r: &Record,
) -> io::Result<()> {
    let a = &r.article;
    if mode == Mode::Json {
        return json_line(
            out,
            &Extracted {
                path,
                record: r.position,
                url: &r.url,
                headline: &a.headline,
                body: &a.body,
                outlet: &a.outlet,
                authors: &a.authors,
                published: &a.published,
                people: a.people_names().collect(),
                mentions: &a.people,
                quotes: &a.quotes,
            },
        );
    }
    match r.position {
        Some(n) => writeln!(out, "{PATH}{path}#{n}{PATH:#}")?,
        None => writeln!(out, "{PATH}{path}{PATH:#}")?,
    }
    writeln!(out, "headline:  {BOLD}{}{BOLD:#}", a.headline)?;
    writeln!(out, "outlet:    {}", a.outlet.as_deref().unwrap_or("-"))?;
    if !a.authors.is_empty() {
        writeln!(out, "authors:   {}", a.authors.join(", "))?;
    }
    if let Some(p) = &a.published {
        writeln!(out, "published: {p}")?;
    }
    if let Some(u) = &r.url {
        writeln!(out, "url:       {u}")?;
    }
    writeln!(out, "people:")?;
    people_and_quotes(out, &a.people, &a.quotes)
}

/// The ingest summary.
pub(crate) fn summary(out: &mut impl Write, mode: Mode, s: &Summary) -> io::Result<()> {
    if mode == Mode::Json {
        return json_line(out, s);
    }
    let skipped: usize = s.problems.skipped.values().sum();
    let reasons: Vec<String> = s
        .problems
        .skipped
        .iter()
        .map(|(r, n)| format!("{n} {r}"))
        .collect();
    writeln!(
        out,
        "indexed {} ({}) from {} in {:.2}s ({:.0} articles/s)",
        count(s.indexed as u64, "article"),
        count(s.quotes as u64, "quote"),
        count(s.files as u64, "file"),
        s.seconds,
        s.articles_per_second
    )?;
    writeln!(
        out,
        "unchanged {}, skipped {}{}, failed {}",
        s.unchanged,
        skipped,
        if reasons.is_empty() {
            String::new()
        } else {
            format!(" ({})", reasons.join(", "))
        },
        s.problems.failed.len()
    )?;
    match s.pruned {
        0 => {}
        1 => writeln!(out, "pruned 1 file that is gone")?,
        n => writeln!(out, "pruned {n} files that are gone")?,
    }
    writeln!(out, "{} in the index", count(s.total_articles, "article"))
}

/// `n` things, in words: "1 article", "2 articles" (every noun newsdex counts takes an "s").
pub(crate) fn count(n: u64, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        n => format!("{n} {noun}s"),
    }
}
