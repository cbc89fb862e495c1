//! Article metadata as formats write it: the field names scrapers and datasets use, bylines,
//! outlet names from web hosts. Shared by the JSON, Markdown, HTML and WARC readers so that an
//! article gets the same fields whatever its format.

use serde_json::{Map, Value};

use crate::date;

/// Metadata and text found in one record (a JSON object, a front matter, a page).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fields {
    pub headline: Option<String>,
    pub body: Option<String>,
    pub outlet: Option<String>,
    pub authors: Vec<String>,
    /// Normalised publication date (`2024-03-05` or `2024-03-05T09:30:00Z`).
    pub published: Option<String>,
    pub url: Option<String>,
}

/// Field names, most specific first (news-please, newspaper, NewsAPI, generic).
const HEADLINE: &[&str] = &["headline", "title", "title_page", "name"];
/// Field names of the main text.
pub const BODY: &[&str] = &[
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

/// Map a record's fields to article fields.
pub fn from_json(obj: &Map<String, Value>) -> Fields {
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
    Fields {
        headline: get(obj, HEADLINE).and_then(text_of),
        body: get(obj, BODY).and_then(text_of),
        outlet,
        authors: dedup(authors),
        published: published.map(|p| p.to_string()),
        url,
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

/// Split a byline into names: "By Jane Doe and John Roe" → ["Jane Doe", "John Roe"]. Pieces
/// that are not names (links, dates, e-mail addresses, long phrases) are dropped.
pub fn split_authors(byline: &str) -> Vec<String> {
    let mut s = byline.trim().replace(['\n', '\t'], " ");
    for lead in [
        "by ",
        "By ",
        "BY ",
        "Written by ",
        "written by ",
        "Words by ",
    ] {
        if let Some(rest) = s.strip_prefix(lead) {
            s = rest.to_string();
        }
    }
    let s = s
        .replace(" and ", ",")
        .replace(" & ", ",")
        .replace(';', ",");
    let names: Vec<String> = s
        .split([',', '|'])
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
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
    dedup(names)
}

/// The host of a URL, without `www.`; `None` when it is not an absolute http(s) URL.
pub fn host_of(url: &str) -> Option<String> {
    let rest = url.trim().split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host
        .rsplit('@')
        .next()?
        .split(':')
        .next()?
        .to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (host.contains('.') && !host.is_empty()).then_some(host)
}

/// Known news hosts and their names (`host<TAB>name`).
const HOSTS: &str = include_str!("hosts.tsv");

/// The outlet a name or host stands for: a known web host ("www.bbc.co.uk", "bbc.co.uk") is
/// mapped to its outlet's name ("BBC News"), an unknown host is kept without `www.`, and any
/// other name is kept as it is.
pub fn outlet_name(name: &str) -> String {
    let name = name.trim();
    let looks_like_host = !name.contains(' ') && name.contains('.');
    if !looks_like_host {
        return name.to_string();
    }
    let host = host_of(name).unwrap_or_else(|| {
        let h = name.to_ascii_lowercase();
        h.strip_prefix("www.").unwrap_or(&h).to_string()
    });
    for line in HOSTS.lines() {
        let Some((h, outlet)) = line.split_once('\t') else {
            continue;
        };
        if host == h || host.ends_with(&format!(".{h}")) {
            return outlet.to_string();
        }
    }
    host
}

/// Lower-case letters and digits of a name, accents folded ("Libération.fr" → "liberationfr"),
/// "&" read as "and".
fn compact(name: &str) -> String {
    const FOLD: [(&str, char); 7] = [
        ("áàâäãåāă", 'a'),
        ("éèêëěēę", 'e'),
        ("íìîïī", 'i'),
        ("óòôöõøō", 'o'),
        ("úùûüůū", 'u'),
        ("çčć", 'c'),
        ("ñňń", 'n'),
    ];
    let mut out = String::with_capacity(name.len());
    for c in name
        .replace('&', "and")
        .chars()
        .flat_map(char::to_lowercase)
    {
        let c = FOLD
            .iter()
            .find(|(from, _)| from.contains(c))
            .map_or(c, |&(_, to)| to);
        let c = match c {
            'š' => 's',
            'ř' => 'r',
            'ž' => 'z',
            'ý' => 'y',
            'ß' => 's',
            c => c,
        };
        if c.is_alphanumeric() {
            out.push(c);
        }
    }
    out
}

/// Whether the compact host part `label` reads as the compact `name`.
fn reads_as(name: &str, label: &str) -> bool {
    if name.is_empty() || label.len() < 2 {
        return false;
    }
    if name.contains(label) || label.contains(name) {
        return true;
    }
    // The host's letters in order in the name, from its first letter ("nytimes" in
    // "newyorktimes").
    let mut name_chars = name.chars();
    name.chars().next() == label.chars().next() && label.chars().all(|c| name_chars.any(|n| n == c))
}

/// Whether a site name can be the name of the site at `url` (an address or a bare host): "The
/// New York Times" of nytimes.com, "Wall Street Journal" of wsj.com, "Mac & i" of
/// heise.de/mac-and-i/, but not "Blogger" of linknaija.com nor "Associated Press" of
/// ctpost.com (a platform or a syndicator, not the publisher).
pub fn site_agrees(name: &str, url: &str) -> bool {
    let lower = name.to_lowercase();
    let name = compact(lower.strip_prefix("the ").unwrap_or(&lower));
    let host = host_of(url).unwrap_or_else(|| url.to_ascii_lowercase());
    let mut labels: Vec<&str> = host.split('.').collect();
    labels.pop();
    let generic = |l: &str| {
        l.starts_with("www")
            || matches!(
                l,
                "co" | "com" | "org" | "net" | "gov" | "ac" | "edu" | "ne" | "or"
            )
    };
    if labels
        .iter()
        .filter(|l| !generic(l))
        .any(|l| reads_as(&name, &compact(l)))
    {
        return true;
    }
    // A site within a site: its name is a folder of the address.
    let path = url.split_once("://").map_or("", |(_, rest)| rest);
    path.split('/')
        .skip(1)
        .any(|segment| !segment.is_empty() && compact(segment) == name)
}

/// A site name without the tagline or sections after it: "Autoracing | F1 | Indy" →
/// "Autoracing", "Remember 80/90 - Memorabilia" → "Remember 80/90".
pub fn clean_site_name(name: &str) -> String {
    let mut name = name.trim();
    for sep in [" | ", " - ", " – ", " — ", " : "] {
        if let Some((head, _)) = name.split_once(sep) {
            if !head.trim().is_empty() {
                name = head.trim();
            }
        }
    }
    name.to_string()
}

/// The outlet of a page or record from the name it gives itself and its address: the name
/// when it fits the address (or there is no address), else the outlet of the address's host.
pub fn outlet_of(name: Option<&str>, url: Option<&str>) -> Option<String> {
    let name = name.map(clean_site_name).filter(|n| !n.is_empty());
    let host = url.and_then(|u| host_of(u).or_else(|| Some(u.to_ascii_lowercase())));
    match (name, host) {
        (Some(n), Some(h)) if !site_agrees(&n, url.unwrap_or(&h)) => Some(outlet_name(&h)),
        (Some(n), _) => Some(outlet_name(&n)),
        (None, Some(h)) => Some(outlet_name(&h)),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(json: &str) -> Fields {
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
                Fields {
                    headline: Some("T".into()),
                    body: Some("B".into()),
                    outlet: Some("BBC News".into()),
                    authors: vec!["Ann Lee".into()],
                    published: Some("2024-03-05T10:00:00Z".into()),
                    url: Some("https://www.bbc.co.uk/news/1".into()),
                },
            ),
            (
                r#"{"title":"T","text":"B","authors":"Ann Lee and Bo Kim","publish_date":"2024-03-05"}"#,
                Fields {
                    headline: Some("T".into()),
                    body: Some("B".into()),
                    authors: vec!["Ann Lee".into(), "Bo Kim".into()],
                    published: Some("2024-03-05".into()),
                    ..Fields::default()
                },
            ),
            (
                r#"{"headline":"T","content":"B","source":{"id":null,"name":"Daily Ledger"},"author":{"name":"Ann Lee"},"publishedAt":"2024-03-05T10:00:00Z"}"#,
                Fields {
                    headline: Some("T".into()),
                    body: Some("B".into()),
                    outlet: Some("Daily Ledger".into()),
                    authors: vec!["Ann Lee".into()],
                    published: Some("2024-03-05T10:00:00Z".into()),
                    ..Fields::default()
                },
            ),
            (
                r#"{"Headline":"T","Body":"B","url":"https://news.example.org/a","date":1709634600}"#,
                Fields {
                    headline: Some("T".into()),
                    body: Some("B".into()),
                    outlet: Some("news.example.org".into()),
                    published: Some("2024-03-05T10:30:00Z".into()),
                    url: Some("https://news.example.org/a".into()),
                    ..Fields::default()
                },
            ),
            (
                r#"{"title":"T","text":"","date":"someday"}"#,
                Fields {
                    headline: Some("T".into()),
                    ..Fields::default()
                },
            ),
        ];
        for (input, want) in cases {
            assert_eq!(fields(input), want, "{input:?}");
        }
    }

    #[test]
    fn bylines() {
        let cases: [(&str, &[&str]); 6] = [
            ("By Jane Doe", &["Jane Doe"]),
            ("By Jane Doe and John Roe", &["Jane Doe", "John Roe"]),
            (
                "Jane Doe, John Roe & Ann Lee",
                &["Jane Doe", "John Roe", "Ann Lee"],
            ),
            ("https://example.com/staff/jane", &[]),
            ("Jane Doe | jane@example.com", &["Jane Doe"]),
            ("Jane Doe, jane doe", &["Jane Doe"]),
        ];
        for (input, want) in cases {
            assert_eq!(split_authors(input), want, "{input:?}");
        }
    }

    #[test]
    fn outlets_from_hosts() {
        let cases = [
            ("www.bbc.co.uk", "BBC News"),
            ("https://www.theguardian.com/world/x", "The Guardian"),
            ("edition.cnn.com", "CNN"),
            ("news.example.org", "news.example.org"),
            ("The Daily Ledger", "The Daily Ledger"),
        ];
        for (input, want) in cases {
            assert_eq!(outlet_name(input), want, "{input:?}");
        }
    }

    #[test]
    fn site_names_against_hosts() {
        let cases = [
            ("The New York Times", "nytimes.com", true),
            ("Wall Street Journal", "wsj.com", true),
            ("BBC News", "bbc.co.uk", true),
            ("Autoracing", "autoracing.com.br", true),
            ("NBC 5 Dallas-Fort Worth", "nbcdfw.com", true),
            ("Blogger", "linknaija.com", false),
            ("Associated Press", "ctpost.com", false),
            ("DH News Service", "deccanherald.com", false),
            ("Aktuálně.cz", "https://sport.aktualne.cz/fotbal/", true),
            (
                "Folha de S.Paulo",
                "https://www1.folha.uol.com.br/esporte/",
                true,
            ),
            ("Mac & i", "http://www.heise.de/mac-and-i/meldung/1", true),
            ("Libération.fr", "liberation.fr", true),
        ];
        for (name, host, want) in cases {
            assert_eq!(site_agrees(name, host), want, "{name:?} {host:?}");
        }
        let outlets = [
            (
                Some("Blogger"),
                Some("linknaija.com"),
                Some("linknaija.com"),
            ),
            (
                Some("Autoracing | F1 | Indy"),
                Some("autoracing.com.br"),
                Some("Autoracing"),
            ),
            (Some("Firth Herald"), None, Some("Firth Herald")),
            (None, Some("bbc.co.uk"), Some("BBC News")),
            (
                Some("Associated Press"),
                Some("nytimes.com"),
                Some("The New York Times"),
            ),
            (None, None, None),
        ];
        for (name, host, want) in outlets {
            assert_eq!(outlet_of(name, host).as_deref(), want, "{name:?} {host:?}");
        }
    }

    #[test]
    fn hosts_of_urls() {
        let cases = [
            ("https://www.example.com/a?b", Some("example.com")),
            (
                "http://user@news.example.org:8080/",
                Some("news.example.org"),
            ),
            ("example.com/a", None),
            ("https://localhost/", None),
        ];
        for (input, want) in cases {
            assert_eq!(host_of(input).as_deref(), want, "{input:?}");
        }
    }
}
