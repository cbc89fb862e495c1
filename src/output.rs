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
    match o.copies {
        0 => {}
        1 => parts.push("1 other copy".to_string()),
        n => parts.push(format!("{n} other copies")),
    }
    parts.join(" · ")
}

/// A hit that names the path of its article.
pub(crate) trait WithPath: Serialize + Clone {
    fn path(&mut self) -> &mut String;
}

impl WithPath for ArticleHit {
    fn path(&mut self) -> &mut String {
        &mut self.article.path
    }
}

impl WithPath for QuoteHit {
    fn path(&mut self) -> &mut String {
        &mut self.article.path
    }
}

impl WithPath for PersonHit {
    fn path(&mut self) -> &mut String {
        &mut self.article.path
    }
}

impl WithPath for Shown {
    fn path(&mut self) -> &mut String {
        &mut self.path
    }
}

/// Print each hit: as a JSON line (its path shown as the user would type it), or in words, as
/// `human` writes it.
fn each<T: WithPath, W: Write>(
    out: &mut W,
    mode: Mode,
    hits: &[T],
    human: fn(&mut W, &T) -> io::Result<()>,
) -> io::Result<()> {
    for h in hits {
        match mode {
            Mode::Json => json_with_path(out, h, T::path)?,
            Mode::Human => human(out, h)?,
        }
    }
    Ok(())
}

/// Article hits of `query`.
pub(crate) fn articles(out: &mut impl Write, mode: Mode, hits: &[ArticleHit]) -> io::Result<()> {
    each(out, mode, hits, article_hit)
}

fn article_hit(out: &mut impl Write, h: &ArticleHit) -> io::Result<()> {
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
    writeln!(out, "   {line}")
}

/// Quote hits of `quotes`.
pub(crate) fn quotes(out: &mut impl Write, mode: Mode, hits: &[QuoteHit]) -> io::Result<()> {
    each(out, mode, hits, quote_hit)
}

fn quote_hit(out: &mut impl Write, h: &QuoteHit) -> io::Result<()> {
    writeln!(out, "{}. “{BOLD}{}{BOLD:#}”", h.rank, h.text)?;
    let speaker = h.speaker.as_deref().unwrap_or("(speaker unknown)");
    writeln!(
        out,
        "   — {NAME}{speaker}{NAME:#}, in “{}”",
        h.article.headline
    )?;
    writeln!(out, "   {}", source_line(&h.article))
}

/// Article hits of `person`.
pub(crate) fn person(out: &mut impl Write, mode: Mode, hits: &[PersonHit]) -> io::Result<()> {
    each(out, mode, hits, person_hit)
}

fn person_hit(out: &mut impl Write, h: &PersonHit) -> io::Result<()> {
    writeln!(out, "{}. {BOLD}{}{BOLD:#}", h.rank, h.article.headline)?;
    let counts = mentions_and_quotes(h.mentions, h.quotes);
    writeln!(out, "   {NAME}{}{NAME:#}: {counts}", h.person)?;
    writeln!(out, "   {}", source_line(&h.article))
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

/// Everything stored about an article (`show`), its body wrapped at `width` columns.
pub(crate) fn shown(
    out: &mut impl Write,
    mode: Mode,
    articles: &[Shown],
    width: usize,
) -> io::Result<()> {
    for (i, a) in articles.iter().enumerate() {
        match mode {
            Mode::Json => json_with_path(out, a, <Shown as WithPath>::path)?,
            Mode::Human => {
                if i > 0 {
                    writeln!(out)?;
                }
                shown_article(out, a, width)?;
            }
        }
    }
    Ok(())
}

fn shown_article(out: &mut impl Write, a: &Shown, width: usize) -> io::Result<()> {
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
    people_and_quotes(out, &a.people, &a.quotes)?;
    for paragraph in a.body.lines().filter(|l| !l.trim().is_empty()) {
        writeln!(out)?;
        for line in wrap(paragraph, width) {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// The lines of `text` wrapped at `width` characters, at spaces (a word longer than the width
/// is a line of its own).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut len = 0;
    for word in text.split_whitespace() {
        let n = word.chars().count();
        if len > 0 && len + 1 + n > width {
            lines.push(std::mem::take(&mut line));
            len = 0;
        }
        if len > 0 {
            line.push(' ');
            len += 1;
        }
        line.push_str(word);
        len += n;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The people and quotes of one article, as `show` and `extract` print them (no heading for
/// none).
fn people_and_quotes(
    out: &mut impl Write,
    people: &[crate::article::Person],
    quotes: &[crate::article::Quote],
) -> io::Result<()> {
    if !people.is_empty() {
        writeln!(out, "people:")?;
    }
    for p in people {
        let forms = if p.forms.is_empty() {
            String::new()
        } else {
            format!(" (also {})", p.forms.join(", "))
        };
        let counts = mentions_and_quotes(p.mentions, p.quotes);
        writeln!(out, "  {NAME}{}{NAME:#}: {counts}{forms}", p.name)?;
    }
    if !quotes.is_empty() {
        writeln!(out, "quotes:")?;
    }
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

/// One extracted article (`extract`): its record (and with `quotes`, its quote records after it)
/// in JSON mode ([`crate::record`]).
pub(crate) fn extracted(
    out: &mut impl Write,
    mode: Mode,
    origin: &crate::record::Origin,
    quotes: bool,
    r: &Record,
) -> io::Result<()> {
    let a = &r.article;
    let path = origin.path;
    if mode == Mode::Json {
        crate::record::write_article(out, origin, r.url.as_deref(), a)?;
        if quotes {
            crate::record::write_quotes(out, origin, r.url.as_deref(), a)?;
        }
        return Ok(());
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
        1 => writeln!(out, "pruned 1 file that is gone or no longer read")?,
        n => writeln!(out, "pruned {n} files that are gone or no longer read")?,
    }
    writeln!(out, "{} in the index", count(s.total_articles, "article"))
}

/// A person's mentions and quotes in an article: "3 mentions, 1 quote".
fn mentions_and_quotes(mentions: u32, quotes: u32) -> String {
    format!(
        "{}, {}",
        count(mentions.into(), "mention"),
        count(quotes.into(), "quote")
    )
}

/// `n` things, in words: "1 article", "2 articles" (every noun newsdex counts takes an "s").
pub(crate) fn count(n: u64, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        n => format!("{n} {noun}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Person, Quote};
    use crate::problem::{Fault, Reporter, Skip};

    /// What a printer writes, without its colours.
    fn printed(print: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> String {
        let mut out = Vec::new();
        print(&mut out).expect("printed");
        let text = String::from_utf8(out).expect("utf-8");
        anstream::adapter::strip_str(&text).to_string()
    }

    fn origin() -> Origin {
        Origin {
            path: "/news/ferry.txt".into(),
            headline: "Ferry fares rise".into(),
            outlet: Some("The Firth Herald".into()),
            authors: vec!["Ann Lee".into(), "Bo Kim".into()],
            published: Some("2024-03-05".into()),
            url: Some("https://firth.example/fares".into()),
            copies: 0,
        }
    }

    #[test]
    fn text_is_wrapped_at_spaces() {
        let cases = [
            ("one two three", 7, vec!["one two", "three"]),
            ("one two three", 13, vec!["one two three"]),
            ("  spaced   out  ", 20, vec!["spaced out"]),
            ("a unbreakableword b", 5, vec!["a", "unbreakableword", "b"]),
            ("“Ça va,” dit-elle", 8, vec!["“Ça va,”", "dit-elle"]),
            ("", 10, vec![]),
        ];
        for (text, width, want) in cases {
            assert_eq!(wrap(text, width), want, "{text:?} {width}");
        }
    }

    #[test]
    fn counts_in_words() {
        let cases = [(0, "0 quotes"), (1, "1 quote"), (2, "2 quotes")];
        for (n, want) in cases {
            assert_eq!(count(n, "quote"), want, "{n}");
        }
    }

    #[test]
    fn article_hits() {
        let hit = |highlights| ArticleHit {
            rank: 1,
            score: 2.5,
            article: origin(),
            snippet: "Fares rise by ten per cent".into(),
            highlights,
        };
        let source = "The Firth Herald · 2024-03-05 · by Ann Lee, Bo Kim · /news/ferry.txt · https://firth.example/fares";
        let cases = [
            (
                vec![(0, 5)],
                format!("1. Ferry fares rise (2.50)\n   {source}\n   Fares rise by ten per cent\n"),
            ),
            // A highlight out of the snippet is left out.
            (
                vec![(6, 99)],
                format!("1. Ferry fares rise (2.50)\n   {source}\n   Fares rise by ten per cent\n"),
            ),
        ];
        for (highlights, want) in cases {
            let hits = [hit(highlights.clone())];
            assert_eq!(
                printed(|o| articles(o, Mode::Human, &hits)),
                want,
                "{highlights:?}"
            );
        }
        let json = printed(|o| articles(o, Mode::Json, &[hit(vec![(0, 5)])]));
        assert_eq!(
            json,
            "{\"rank\":1,\"score\":2.5,\"path\":\"/news/ferry.txt\",\"headline\":\"Ferry fares rise\",\"outlet\":\"The Firth Herald\",\"authors\":[\"Ann Lee\",\"Bo Kim\"],\"published\":\"2024-03-05\",\"url\":\"https://firth.example/fares\",\"copies\":0,\"snippet\":\"Fares rise by ten per cent\",\"highlights\":[[0,5]]}\n"
        );
    }

    #[test]
    fn quote_and_person_hits() {
        let quote = |speaker: Option<&str>| QuoteHit {
            rank: 2,
            score: 1.0,
            text: "We will lower fares".into(),
            speaker: speaker.map(str::to_string),
            person: None,
            article: Origin {
                url: None,
                authors: Vec::new(),
                ..origin()
            },
            start: 0,
            end: 19,
        };
        let cases = [
            (Some("Ann Lee, the minister"), "Ann Lee, the minister"),
            (None, "(speaker unknown)"),
        ];
        // Copies of the story are counted on its source line.
        for (copies, shown) in [(1, " · 1 other copy"), (3, " · 3 other copies")] {
            let hit = QuoteHit {
                article: Origin {
                    copies,
                    url: None,
                    ..origin()
                },
                ..quote(None)
            };
            let text = printed(|o| quotes(o, Mode::Human, &[hit]));
            let want = format!(
                "   The Firth Herald · 2024-03-05 · by Ann Lee, Bo Kim · /news/ferry.txt{shown}"
            );
            assert_eq!(text.lines().nth(2), Some(want.as_str()));
        }
        for (speaker, shown) in cases {
            let want = format!(
                "2. “We will lower fares”\n   — {shown}, in “Ferry fares rise”\n   The Firth Herald · 2024-03-05 · /news/ferry.txt\n"
            );
            assert_eq!(printed(|o| quotes(o, Mode::Human, &[quote(speaker)])), want);
        }
        let person_hit = |mentions, quotes| PersonHit {
            rank: 1,
            person: "Ann Lee".into(),
            mentions,
            quotes,
            article: origin(),
        };
        let cases = [
            (1, 1, "Ann Lee: 1 mention, 1 quote"),
            (3, 0, "Ann Lee: 3 mentions, 0 quotes"),
        ];
        for (mentions, q, want) in cases {
            let text = printed(|o| person(o, Mode::Human, &[person_hit(mentions, q)]));
            assert_eq!(text.lines().nth(1), Some(format!("   {want}").as_str()));
        }
    }

    #[test]
    fn name_counts_are_aligned() {
        let rows = [
            NameCount {
                name: "Coast Wire".into(),
                articles: 12,
            },
            NameCount {
                name: "Reuters".into(),
                articles: 3,
            },
        ];
        assert_eq!(
            printed(|o| counts(o, Mode::Human, &rows)),
            "12  Coast Wire\n 3  Reuters\n"
        );
        assert_eq!(
            printed(|o| counts(o, Mode::Json, &rows[1..])),
            "{\"name\":\"Reuters\",\"articles\":3}\n"
        );
    }

    #[test]
    fn shown_and_extracted_articles() {
        let people = vec![Person {
            name: "Ann Lee".into(),
            mentions: 2,
            quotes: 1,
            forms: vec!["Lee".into()],
        }];
        let quotes = vec![Quote {
            text: "Fares rise".into(),
            speaker: Some("Ann Lee".into()),
            person: Some("Ann Lee".into()),
            start: 1,
            end: 11,
        }];
        let shown_article = Shown {
            path: "/news/ferry.txt".into(),
            id: "/news/ferry.txt".into(),
            headline: "Ferry fares rise".into(),
            outlet: None,
            authors: Vec::new(),
            published: None,
            url: None,
            people: people.clone(),
            quotes: quotes.clone(),
            body: "“Fares rise,” said Ann Lee.".into(),
        };
        assert_eq!(
            printed(|o| shown(o, Mode::Human, std::slice::from_ref(&shown_article), 80)),
            "Ferry fares rise\npath:      /news/ferry.txt\noutlet:    -\npublished: -\npeople:\n  Ann Lee: 2 mentions, 1 quote (also Lee)\nquotes:\n  “Fares rise” — Ann Lee\n\n“Fares rise,” said Ann Lee.\n"
        );
        // No heading over no people or quotes; the body's paragraphs wrapped, apart.
        let bare = Shown {
            people: Vec::new(),
            quotes: Vec::new(),
            body: "Fares rise by ten per cent.\n\nThe ferry sails.\n".into(),
            ..shown_article
        };
        assert_eq!(
            printed(|o| shown(o, Mode::Human, &[bare.clone(), bare], 14)),
            "Ferry fares rise\npath:      /news/ferry.txt\noutlet:    -\npublished: -\n\nFares rise by\nten per cent.\n\nThe ferry\nsails.\n\nFerry fares rise\npath:      /news/ferry.txt\noutlet:    -\npublished: -\n\nFares rise by\nten per cent.\n\nThe ferry\nsails.\n"
        );
        let record = Record {
            position: Some(2),
            url: None,
            article: crate::article::Article {
                headline: "Ferry fares rise".into(),
                published: crate::date::parse("2024-03-05"),
                people,
                quotes,
                ..Default::default()
            },
        };
        let origin = crate::record::Origin {
            source: "/news/feed.jsonl",
            record: Some(2),
            path: "feed.jsonl",
            stamp: None,
        };
        assert_eq!(
            printed(|o| extracted(o, Mode::Human, &origin, false, &record)),
            "feed.jsonl#2\nheadline:  Ferry fares rise\noutlet:    -\npublished: 2024-03-05\npeople:\n  Ann Lee: 2 mentions, 1 quote (also Lee)\nquotes:\n  “Fares rise” — Ann Lee\n"
        );
        let json = printed(|o| extracted(o, Mode::Json, &origin, false, &record));
        assert!(
            json.starts_with("{\"newsdex\":1,\"kind\":\"article\",\"id\":\"/news/feed.jsonl#2\",\"source\":\"/news/feed.jsonl\",\"record\":2,\"path\":\"feed.jsonl\",\"stamp\":null,\"url\":null,\"headline\":\"Ferry fares rise\",\"body\":\"\",\"outlet\":null,\"authors\":[],\"published\":\"2024-03-05\",\"people\":[\"Ann Lee\"],"),
            "{json}"
        );
        assert_eq!(json.lines().count(), 1, "{json}");
        let with_quotes = printed(|o| extracted(o, Mode::Json, &origin, true, &record));
        assert_eq!(with_quotes.lines().count(), 2, "{with_quotes}");
    }

    #[test]
    fn ingest_summaries() {
        let mut tell = |_: &str| {};
        let mut reporter = Reporter::new(&mut tell, false);
        reporter.skip(Path::new("a.png"), Skip::NotArticleFormat);
        reporter.fail(Path::new("b.json"), None, Fault::NotObject);
        let summary = |indexed, files, pruned| Summary {
            files,
            indexed,
            quotes: indexed,
            pruned,
            total_articles: indexed as u64,
            seconds: 0.5,
            articles_per_second: 2.0,
            problems: reporter.tally().clone(),
            ..Summary::default()
        };
        let cases = [
            (
                summary(1, 1, 1),
                "indexed 1 article (1 quote) from 1 file in 0.50s (2 articles/s)\nunchanged 0, skipped 1 (1 not an article format), failed 1\npruned 1 file that is gone or no longer read\n1 article in the index\n",
            ),
            (
                summary(2, 3, 0),
                "indexed 2 articles (2 quotes) from 3 files in 0.50s (2 articles/s)\nunchanged 0, skipped 1 (1 not an article format), failed 1\n2 articles in the index\n",
            ),
        ];
        for (s, want) in cases {
            assert_eq!(printed(|o| summary_fn(o, &s)), want);
        }
        let json = printed(|o| super::summary(o, Mode::Json, &summary(1, 1, 0)));
        assert_eq!(
            json,
            "{\"files\":1,\"indexed\":1,\"quotes\":1,\"unchanged\":0,\"pruned\":0,\"interrupted\":false,\"skipped\":{\"not an article format\":1},\"failed\":[{\"path\":\"b.json\",\"reason\":\"record is not a JSON object\"}],\"seconds\":0.5,\"articles_per_second\":2.0,\"total_articles\":1}\n"
        );
    }

    fn summary_fn(out: &mut Vec<u8>, s: &Summary) -> io::Result<()> {
        super::summary(out, Mode::Human, s)
    }
}
