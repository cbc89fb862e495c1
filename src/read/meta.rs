//! Article metadata as formats write it: the field names scrapers and datasets use, bylines,
//! outlet names from web hosts. Shared by the JSON, Markdown, HTML and WARC readers so that an
//! article gets the same fields whatever its format.

use serde_json::{Map, Value};

use super::site::{host_of, outlet_name};
use super::Found;
use crate::date;

/// Field names, most specific first (news-please, newspaper, NewsAPI, generic).
const HEADLINE: &[&str] = &["headline", "title", "title_page", "name"];
/// Field names of the main text.
pub(super) const BODY: &[&str] = &[
    "maintext",
    "articlebody",
    "body",
    "text",
    "content",
    "article",
    "full_text",
];
const OUTLET: &[&str] = &[
    "outlet",
    "publisher",
    "source",
    "site_name",
    "sitename",
    "source_name",
    "source_domain",
    "domain",
];
const AUTHORS: &[&str] = &["authors", "author", "byline", "creator", "creators"];
const PUBLISHED: &[&str] = &[
    "date_publish",
    "publish_date",
    "published",
    "published_at",
    "publishedat",
    "datepublished",
    "pubdate",
    "publication_date",
    "date",
];
const URL: &[&str] = &["url", "link", "canonical_url", "source_url", "permalink"];

fn get<'a>(obj: &'a Map<String, Value>, names: &[&str]) -> Option<&'a Value> {
    names.iter().find_map(|n| {
        obj.iter()
            .find(|(k, v)| k.eq_ignore_ascii_case(n) && !v.is_null())
            .map(|(_, v)| v)
    })
}

/// The text of a value: a string, a number, an object's `name`, an array's first text.
fn text_of(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        Value::Object(o) => return o.get("name").and_then(text_of),
        Value::Array(a) => return a.iter().find_map(text_of),
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}

/// What a record's fields (a JSON object, a front matter) say of its article.
pub(super) fn from_json(obj: &Map<String, Value>) -> Found {
    let url = get(obj, URL)
        .and_then(text_of)
        .filter(|u| u.contains("://"));
    let outlet = get(obj, OUTLET)
        .and_then(text_of)
        .map(|o| outlet_name(&o))
        .or_else(|| url.as_deref().and_then(host_of).map(|h| outlet_name(&h)));
    // (A record's own outlet is kept even when its URL is elsewhere: exports name the
    // publisher on purpose.)
    let authors = match get(obj, AUTHORS) {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(text_of)
            .flat_map(|a| split_authors(&a))
            .collect(),
        Some(v) => text_of(v).map(|a| split_authors(&a)).unwrap_or_default(),
        None => Vec::new(),
    };
    let published = get(obj, PUBLISHED).and_then(|v| match v {
        Value::Number(n) => n.as_i64().and_then(date::from_epoch),
        v => text_of(v).and_then(|s| date::parse(&s)),
    });
    Found {
        headline: get(obj, HEADLINE).and_then(text_of),
        text: get(obj, BODY).and_then(text_of),
        outlet,
        authors: dedup(authors),
        published,
        url,
        ..Found::default()
    }
}

fn dedup(names: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for n in names {
        if !out.iter().any(|o| o.eq_ignore_ascii_case(&n)) {
            out.push(n);
        }
    }
    out
}

/// The words that open a byline before its names.
const BYLINE_LEADS: [&str; 6] = ["by", "By", "BY", "Written by", "written by", "Words by"];

/// A byline without the words that open it ("By Ann Lee" → "Ann Lee"); `None` when none do.
pub(super) fn after_byline_lead(line: &str) -> Option<&str> {
    BYLINE_LEADS
        .iter()
        .find_map(|lead| line.strip_prefix(lead)?.strip_prefix(' '))
}

/// The last words of a role written after a name ("Ann Lee, AP Auto Writer"), in lower case.
const ROLES: &[&str] = &[
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "columnist",
    "contributor",
    "photographer",
];

/// Degrees and post-nominal letters written after a name ("Ann Lee, MA"), without their dots.
const DEGREES: &[&str] = &[
    "BA", "BSc", "DDS", "DPhil", "JD", "MA", "MBA", "MD", "MPH", "MS", "MSc", "PhD", "RN",
];

/// A byline with its lines as pieces ("Kelli Miller\n  WebMD Health News" is two), unless a
/// line leaves its piece open: a lead alone ("By\nJane Doe"), or a line ending in "and", "&",
/// a comma or a colon.
fn join_lines(byline: &str) -> String {
    let mut s = String::new();
    for line in byline.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if !s.is_empty() {
            let open = s.ends_with([',', '&', ':'])
                || s.ends_with(" and")
                || BYLINE_LEADS.contains(&s.as_str());
            s.push_str(if open { " " } else { ", " });
        }
        s.push_str(line);
    }
    s.replace('\t', " ")
}

/// Whether a piece of a byline is a role ("AP Auto Writer") or a degree ("MA", "Ph.D."), not
/// a name.
fn is_role_or_degree(piece: &str) -> bool {
    let last = piece.rsplit(' ').next().unwrap_or(piece);
    is_role_word(last) || DEGREES.contains(&piece.replace('.', "").as_str())
}

/// Whether a word, in any case, is the last word of a writer's role ("Writer", "editor").
pub(super) fn is_role_word(w: &str) -> bool {
    ROLES.iter().any(|r| w.eq_ignore_ascii_case(r))
}

/// A piece of a byline without the degree that opens it, when its line break was lost ("MA
/// WebMD Health News" of "Ann Lee, MA<br>WebMD Health News").
fn without_degree(piece: &str) -> &str {
    let piece = piece.trim();
    match piece.split_once(' ') {
        Some((first, rest)) if is_role_or_degree(first) => rest,
        _ => piece,
    }
}

/// Split a byline into names: "By Jane Doe and John Roe" → ["Jane Doe", "John Roe"]. Pieces
/// that are not names (links, dates, e-mail addresses, long phrases) are dropped.
pub(super) fn split_authors(byline: &str) -> Vec<String> {
    let mut s = join_lines(byline);
    if let Some(rest) = after_byline_lead(&s) {
        s = rest.to_string();
    }
    // A label before the names: "By: Jane Doe", "Текст: Венера Ерофеева", "Reporting by:
    // Jane Doe" (one word, or two that end in lower case; not a name: "Jane Doe: Reporter").
    if let Some((label, rest)) = s.split_once(": ") {
        let words: Vec<&str> = label.split(' ').collect();
        let labelled = match words.as_slice() {
            [_] => true,
            [_, last] => is_lower_word(last),
            _ => false,
        };
        if labelled && !rest.trim().is_empty() {
            s = rest.to_string();
        }
    }
    // A role after a colon: "Jane Doe: Reporter".
    if let Some((name, role)) = s.split_once(": ") {
        if is_role_or_degree(role.trim()) {
            s = name.to_string();
        }
    }
    let s = s
        .replace(" and ", ",")
        .replace(" & ", ",")
        .replace(';', ",");
    let pieces: Vec<String> = s
        .split([',', '|'])
        .map(|p| super::one_line(without_degree(p)))
        .collect();
    // "The Russian and Syrian defense ministries": a phrase, not a list of names.
    if pieces.iter().any(|p| is_phrase(p)) {
        return Vec::new();
    }
    let names: Vec<String> = pieces
        .into_iter()
        .filter(|p| !p.split(' ').all(is_lower_word) && !is_role_or_degree(p))
        .filter(|p| {
            !p.is_empty()
                && p.chars().count() <= 60
                && p.split(' ').count() <= 6
                && !p.contains("://")
                && !p.contains('@')
                && !p.chars().any(|c| c.is_ascii_digit())
                && p.chars().next().is_some_and(char::is_alphabetic)
        })
        .collect();
    dedup(without_filing_place(names))
}

/// A byline's names without a single word after a full name, which is where the story was filed
/// or the outlet that carries it, not a second writer: "By Ann Lee, Lagos", "Ann Lee, Reuter".
fn without_filing_place(names: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(names.len());
    for name in names {
        let single = !name.contains(' ');
        if single && out.last().is_some_and(|prev| prev.contains(' ')) {
            continue;
        }
        out.push(name);
    }
    out
}

/// How a wire's credits for the writing of a story open: "(Reporting by Ann Lee; Editing by
/// Tom Roe)".
const WRITING_CREDITS: &[&str] = &[
    "(Reporting by",
    "(Additional reporting by",
    "(Editing by",
    "(Writing by",
    "(Compiled by",
];

/// Whether a short paragraph credits the writing of the story rather than telling it: a
/// wire's credits in brackets, or without them when they name an editor ("Reporting by Ann
/// Lee; Editing by Tom Roe"), or a line of names that contributed ("Tom Roe and Ann Lee
/// contributed reporting from Hong Kong.").
pub(super) fn credits_the_writing(p: &str) -> bool {
    if WRITING_CREDITS.iter().any(|s| p.starts_with(s)) {
        return true;
    }
    if p.starts_with("Reporting by ") && (p.contains("Editing by") || p.contains("editing by")) {
        return true;
    }
    let Some(at) = p
        .find(" contributed reporting")
        .or_else(|| p.find(" contributed to this report"))
    else {
        return false;
    };
    // (who contributed: names and their joins only)
    let names = &p[..at];
    names
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .all(|w| w.starts_with(char::is_uppercase) || w == "and" || w == "&")
        && names.split_whitespace().count() <= 12
}

/// Longest credit line (in bytes: some 60 words) at the end of a text.
const END_CREDIT_BYTES: usize = 480;

/// A body without the credits for its writing that may end it, as wire copy keeps them: its
/// last lines when they credit the writing ([`credits_the_writing`]: "(Reporting by Ann Lee;
/// Editing by Tom Roe)", "Tom Roe contributed reporting."), and such a credit in brackets
/// closing its last paragraph ("… in the region. (Reporting by Ann Lee)").
pub(crate) fn without_end_credits(body: &str) -> &str {
    let mut body = body.trim_end();
    loop {
        let start = body.rfind('\n').map_or(0, |i| i + 1);
        let last = &body[start..];
        let lead = last.len() - last.trim_start().len();
        let line = last.trim_start();
        if line.len() > END_CREDIT_BYTES {
            return body;
        }
        // (a text that is all credits is left as it is)
        if start > 0 && credits_the_writing(line) {
            body = body[..start].trim_end();
            continue;
        }
        if line.ends_with(')') {
            if let Some(at) = WRITING_CREDITS.iter().filter_map(|c| line.rfind(c)).max() {
                if at > 0 && line[at..].find(')') == Some(line.len() - at - 1) {
                    return body[..start + lead + at].trim_end();
                }
            }
        }
        return body;
    }
}

/// What a plain text's first lines say of it before its first paragraph.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct FrontLines<'a> {
    /// The names of a byline ("By Ada Brennan, Coast Wire").
    pub authors: Vec<String>,
    /// When it was posted ("Updated 3:45 PM GMT, 5 March 2024", "5 March 2024").
    pub published: Option<date::Published>,
    /// The text from its first paragraph on.
    pub body: &'a str,
}

/// Most lines a plain text's byline and time of posting take before its first paragraph.
const FRONT_LINES: usize = 3;

/// Read the byline and the time of posting that may stand on their own lines at the top of a
/// plain text's body (below its headline), as scraped articles keep them. A line counts as a
/// byline when it opens with "By" and its other words are a name's ("By Ada Brennan, Coast
/// Wire", not "By Monday, the water had gone down."); as a time when it is a date or a stamp
/// ([`date::is_stamp_line`]). The first other line starts the body.
pub(crate) fn front_lines(body: &str) -> FrontLines<'_> {
    let mut front = FrontLines {
        authors: Vec::new(),
        published: None,
        body,
    };
    for _ in 0..FRONT_LINES {
        let rest = front.body.trim_start();
        let (line, tail) = rest.split_once('\n').unwrap_or((rest, ""));
        let line = line.trim();
        if front.authors.is_empty() && is_byline_line(line) {
            front.authors = split_authors(line);
        } else if let Some((byline, stamp)) = front
            .authors
            .is_empty()
            .then(|| byline_with_stamp(line))
            .flatten()
        {
            // "Written by Ann Lee | New Delhi | Updated: July 4, 2024 10:21 IST"
            front.authors = split_authors(byline);
            front.published = front.published.or(stamp);
        } else if front.authors.is_empty() && is_desk_line(line) {
            // "HT Correspondent", "Express News Service"
            front.authors = vec![line.to_string()];
        } else {
            // (a date alone is read whole; a stamp's date is found among its words)
            let parsed = date::parse(line);
            if parsed.is_none() && !date::is_stamp_line(line) {
                break;
            }
            front.published = front.published.or(parsed).or_else(|| date::dateline(line));
        }
        front.body = tail;
    }
    front.body = front.body.trim_start();
    front
}

/// A byline and the time of posting on one line, between bars, with its place between them:
/// "Written by Ann Lee | New Delhi | Updated: July 4, 2024 10:21 IST" gives the byline "Written
/// by Ann Lee" and the date of its first stamp (`None` when there is none, or the stamp gives
/// none).
fn byline_with_stamp(line: &str) -> Option<(&str, Option<date::Published>)> {
    if !line.contains('|') {
        return None;
    }
    let mut parts = line.split('|').map(str::trim);
    let byline = parts.next()?;
    if !is_byline_line(byline) {
        return None;
    }
    // (each part read once: its date whole, else among the words of a stamp)
    let mut stamp = None;
    for part in parts {
        let place = (1..=3).contains(&part.split_whitespace().count())
            && part
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase));
        let parsed = date::parse(part);
        if parsed.is_some() || date::is_stamp_line(part) {
            if stamp.is_none() {
                stamp = Some(parsed.or_else(|| date::dateline(part)));
            }
        } else if !place {
            return None;
        }
    }
    Some((byline, stamp.flatten()))
}

/// The last words of a desk's byline: a paper's staff or service rather than a person.
const DESKS: &[&str] = &[
    "correspondent",
    "bureau",
    "desk",
    "news service",
    "staff reporter",
];

/// Whether a line is a desk's byline alone, with no "By": "HT Correspondent", "Express News
/// Service", "Our Staff Reporter": four words or fewer, capitalised, the last a desk's.
fn is_desk_line(line: &str) -> bool {
    // (the line's words counted first: most first lines are a paragraph)
    let few = line.split_whitespace().take(5).count();
    (2..=4).contains(&few)
        && line
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        && DESKS.iter().any(|d| {
            line.len() >= d.len()
                && line.is_char_boundary(line.len() - d.len())
                && line[line.len() - d.len()..].eq_ignore_ascii_case(d)
        })
}

/// Whether a line is a byline alone: "By" and a name or names, with a desk or an agency.
pub(super) fn is_byline_line(line: &str) -> bool {
    const JOINING: &[&str] = &[
        "and", "&", "for", "of", "the", "de", "van", "von", "da", "di",
    ];
    let Some(rest) = after_byline_lead(line) else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 10
        && !rest.ends_with(['.', '!', '?'])
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || JOINING.contains(w) || *w == "|")
        && !split_authors(line).is_empty()
}

/// Whether a byline's piece is part of a sentence rather than a name, a desk or an agency: it
/// begins with a capital and goes on with lower-case words that join no name ("Syrian defense
/// ministries"; not "NJ Advance Media for NJ.com", "Ludwig van Beethoven").
fn is_phrase(piece: &str) -> bool {
    const JOINING: &[&str] = &[
        "for", "of", "at", "in", "on", "the", "de", "del", "della", "der", "den", "van", "von",
        "da", "di", "du", "la", "le", "el", "al", "bin", "ibn", "y", "e", "st.",
    ];
    let mut words = piece.split(' ');
    words
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.any(|w| {
            // (a word in brackets too: "Name (required)", a form's label)
            let w = w.trim_start_matches('(').trim_end_matches(')');
            is_lower_word(w) && !JOINING.contains(&w)
        })
}

/// Whether a word is a lower-case word of prose (a word of a sentence, not of a name; not
/// markup or an address such as "src=x").
fn is_lower_word(w: &str) -> bool {
    w.starts_with(char::is_lowercase)
        && w.chars()
            .all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(json: &str) -> Found {
        match serde_json::from_str(json) {
            Ok(Value::Object(o)) => from_json(&o),
            _ => panic!("not an object: {json}"),
        }
    }

    #[test]
    fn scraper_field_names() {
        let cases = [
            (
                r#"{"title":"T","maintext":"B","authors":["Ann Lee"],"date_publish":"2024-03-05 10:00:00","source_domain":"www.bbc.co.uk","url":"https://www.bbc.co.uk/news/1"}"#,
                Found {
                    headline: Some("T".into()),
                    text: Some("B".into()),
                    outlet: Some("BBC News".into()),
                    authors: vec!["Ann Lee".into()],
                    published: date::parse("2024-03-05T10:00:00Z"),
                    url: Some("https://www.bbc.co.uk/news/1".into()),
                    ..Found::default()
                },
            ),
            (
                r#"{"title":"T","text":"B","authors":"Ann Lee and Bo Kim","publish_date":"2024-03-05"}"#,
                Found {
                    headline: Some("T".into()),
                    text: Some("B".into()),
                    authors: vec!["Ann Lee".into(), "Bo Kim".into()],
                    published: date::parse("2024-03-05"),
                    ..Found::default()
                },
            ),
            (
                r#"{"headline":"T","content":"B","source":{"id":null,"name":"Daily Ledger"},"author":{"name":"Ann Lee"},"publishedAt":"2024-03-05T10:00:00Z"}"#,
                Found {
                    headline: Some("T".into()),
                    text: Some("B".into()),
                    outlet: Some("Daily Ledger".into()),
                    authors: vec!["Ann Lee".into()],
                    published: date::parse("2024-03-05T10:00:00Z"),
                    ..Found::default()
                },
            ),
            (
                r#"{"Headline":"T","Body":"B","url":"https://news.example.org/a","date":1709634600}"#,
                Found {
                    headline: Some("T".into()),
                    text: Some("B".into()),
                    outlet: Some("news.example.org".into()),
                    published: date::parse("2024-03-05T10:30:00Z"),
                    url: Some("https://news.example.org/a".into()),
                    ..Found::default()
                },
            ),
            (
                r#"{"title":"T","text":"","date":"someday"}"#,
                Found {
                    headline: Some("T".into()),
                    ..Found::default()
                },
            ),
        ];
        for (input, want) in cases {
            assert_eq!(fields(input), want, "{input:?}");
        }
    }

    #[test]
    fn credits_for_the_writing_at_the_end_of_a_text() {
        let cases = [
            (
                "The wall fell.\n\n(Reporting by Ann Lee; Editing by Tom Roe.)",
                "The wall fell.",
            ),
            (
                "The wall fell.\n\nAnn Lee contributed reporting.\n(Editing by Tom Roe)\n",
                "The wall fell.",
            ),
            (
                "The wall fell. (Reporting by Ann Lee in Leith; Editing by Tom Roe)",
                "The wall fell.",
            ),
            (
                "The wall fell.\n\nIt fell (Reporting by Ann Lee) and rose (again)",
                "The wall fell.\n\nIt fell (Reporting by Ann Lee) and rose (again)",
            ),
            ("(Reporting by Ann Lee)", "(Reporting by Ann Lee)"),
            (
                "The wall fell.\n\nReporting by the Herald found it was old.",
                "The wall fell.\n\nReporting by the Herald found it was old.",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(without_end_credits(input), want, "{input:?}");
        }
    }

    #[test]
    fn bylines_and_times_atop_a_plain_text() {
        let body = |text| {
            let f = front_lines(text);
            (f.authors, f.published.map(|p| p.to_string()), f.body.trim())
        };
        // (input, (authors, published, body))
        type Want<'a> = (Vec<&'a str>, Option<&'a str>, &'a str);
        let cases: [(&str, Want); 9] = [
            // a byline, a place and a stamp between bars; a desk's byline
            (
                "Written by Ann Lee | New Delhi | Updated: July 4, 2024\n\nThe wall fell.",
                (vec!["Ann Lee"], Some("2024-07-04"), "The wall fell."),
            ),
            (
                "HT Correspondent\nJul 04, 2024\n\nThe wall fell.",
                (
                    vec!["HT Correspondent"],
                    Some("2024-07-04"),
                    "The wall fell.",
                ),
            ),
            (
                "Express News Service\n\nThe wall fell.",
                (vec!["Express News Service"], None, "The wall fell."),
            ),
            (
                "By Ada Brennan, Coast Wire\n\nUpdated 3:45 PM GMT, 5 March 2024\n\nThe wall fell.",
                (
                    vec!["Ada Brennan", "Coast Wire"],
                    Some("2024-03-05"),
                    "The wall fell.",
                ),
            ),
            (
                "5 March 2024\nBy Ada Brennan and Tom Erskine\nThe wall fell.",
                (
                    vec!["Ada Brennan", "Tom Erskine"],
                    Some("2024-03-05"),
                    "The wall fell.",
                ),
            ),
            (
                "By Monday, the water had gone down.\n\nThe wall fell.",
                (
                    vec![],
                    None,
                    "By Monday, the water had gone down.\n\nThe wall fell.",
                ),
            ),
            (
                "By the end of March the wall had fallen\n\nIt fell.",
                (
                    vec![],
                    None,
                    "By the end of March the wall had fallen\n\nIt fell.",
                ),
            ),
            (
                "The wall fell.\n\nBy Ada Brennan",
                (vec![], None, "The wall fell.\n\nBy Ada Brennan"),
            ),
            (
                "4:14 p.m.\n\nThe wall fell.",
                (vec![], None, "4:14 p.m.\n\nThe wall fell."),
            ),
        ];
        for (input, (authors, published, rest)) in cases {
            let want: (Vec<String>, Option<String>, &str) = (
                authors.into_iter().map(String::from).collect(),
                published.map(String::from),
                rest,
            );
            assert_eq!(body(input), want, "{input:?}");
        }
    }

    #[test]
    fn bylines() {
        let cases: [(&str, &[&str]); 30] = [
            ("By Jane Doe", &["Jane Doe"]),
            // a label before the names
            ("By: Jane Doe", &["Jane Doe"]),
            ("Текст: Венера Ерофеева", &["Венера Ерофеева"]),
            ("Reporting by: Jane Doe", &["Jane Doe"]),
            ("Jane Doe: Reporter", &["Jane Doe"]),
            ("Jane Doe | Updated: 5 March", &["Jane Doe"]),
            ("By Jane Doe and John Roe", &["Jane Doe", "John Roe"]),
            (
                "Jane Doe, John Roe & Ann Lee",
                &["Jane Doe", "John Roe", "Ann Lee"],
            ),
            ("https://example.com/staff/jane", &[]),
            ("Jane Doe | jane@example.com", &["Jane Doe"]),
            ("Jane Doe, jane doe", &["Jane Doe"]),
            // sentence fragments are no bylines; a role after the name is dropped
            ("The Russian and Syrian defense ministries", &[]),
            ("Jane Doe, staff writer", &["Jane Doe"]),
            (
                "NJ Advance Media for NJ.com",
                &["NJ Advance Media for NJ.com"],
            ),
            ("Ludwig van Beethoven", &["Ludwig van Beethoven"]),
            // a byline's lines are its pieces, unless a line leaves one open
            (
                "By Kelli  Miller\n   WebMD Health News",
                &["Kelli Miller", "WebMD Health News"],
            ),
            ("By\n  Jane Doe", &["Jane Doe"]),
            ("Jane Doe and\nJohn Roe", &["Jane Doe", "John Roe"]),
            // roles and degrees after a name are no names
            ("TOM KRISHER, AP Auto Writer", &["TOM KRISHER"]),
            (
                "By Jane Doe, MA\n WebMD Health News",
                &["Jane Doe", "WebMD Health News"],
            ),
            ("Jane Doe, Ph.D.", &["Jane Doe"]),
            (
                "By Jane Doe, MA WebMD Health News",
                &["Jane Doe", "WebMD Health News"],
            ),
            ("Jane Doe, Health Editor", &["Jane Doe"]),
            // a single word after a full name is a place or an outlet; names stand alone
            ("By Ann Lee, Lagos", &["Ann Lee"]),
            ("Ann Lee, Reuter", &["Ann Lee"]),
            ("By Ann Lee, Tom Roe, Lagos", &["Ann Lee", "Tom Roe"]),
            ("Madonna, Ann Lee", &["Madonna", "Ann Lee"]),
            // a form's label is no byline
            ("Nama (wajib)", &[]),
            (
                "Bruno (Henrique Zecchin) Rodrigues",
                &["Bruno (Henrique Zecchin) Rodrigues"],
            ),
            // markup is shown as written, not read as words
            ("Tamsin Greer <b class=x>", &["Tamsin Greer <b class=x>"]),
        ];
        for (input, want) in cases {
            assert_eq!(split_authors(input), want, "{input:?}");
        }
    }
}
