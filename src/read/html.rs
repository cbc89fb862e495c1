//! Saved web pages: the main text without navigation, ads, comments and related-article boxes
//! (by dom_smoothie, a port of Mozilla's Readability, chosen over two trafilatura ports for its
//! body F1 and speed on the article-extraction benchmark), and the page's metadata: headline,
//! outlet, authors, publication date and URL.

use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};
use serde_json::Value;

use super::meta::{self, split_authors};
use super::site::{host_of, outlet_name, outlet_of};
use super::Found;
use crate::date;

/// What a page says about itself, read before the main-text extraction changes the document.
#[derive(Debug, Default)]
struct PageMeta {
    /// The page's JSON-LD article object, mapped like any record.
    json_ld: Found,
    canonical: Option<String>,
    /// The authors its meta tags name: a name each, where a byline in the text may run on
    /// into a role or a desk ("Ann Lee BuzzFeed News Reporter").
    meta_authors: Vec<String>,
    /// The authors the elements of its text mark as such (`rel=author`, `itemprop=author`).
    element_authors: Vec<String>,
    published: Option<String>,
}

fn meta_content(doc: &Document, selectors: &[&str]) -> Option<String> {
    selectors.iter().find_map(|sel| {
        doc.select(sel)
            .iter()
            .filter_map(|m| m.attr("content"))
            .map(|c| c.trim().to_string())
            .find(|c| !c.is_empty())
    })
}

/// Whether a JSON-LD object describes an article (`NewsArticle`, `BlogPosting`, ...).
fn is_article(obj: &serde_json::Map<String, Value>) -> bool {
    let kind = |t: &Value| {
        t.as_str()
            .is_some_and(|t| t.contains("Article") || t.contains("BlogPosting") || t == "Report")
    };
    match obj.get("@type") {
        Some(Value::Array(types)) => types.iter().any(kind),
        Some(t) => kind(t),
        None => false,
    }
}

/// The fields of the first article object in the page's JSON-LD blocks (at the top, in an
/// array or in an `@graph`).
fn json_ld(doc: &Document) -> Found {
    for script in doc.select("script[type='application/ld+json']").iter() {
        let text = script.text();
        let Ok(value) = serde_json::from_str::<Value>(text.trim()) else {
            continue;
        };
        let mut stack = vec![&value];
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(items) => stack.extend(items.iter().rev()),
                Value::Object(obj) if is_article(obj) => {
                    let mut fields = meta::from_json(obj);
                    fields.text = None;
                    return fields;
                }
                Value::Object(obj) => {
                    if let Some(graph) = obj.get("@graph") {
                        stack.push(graph);
                    }
                }
                _ => {}
            }
        }
    }
    Found::default()
}

/// Meta tags that name a page's authors, most trusted first.
const AUTHOR_META: &[&str] = &[
    "meta[name=author]",
    "meta[property=author]",
    "meta[name='parsely-author']",
    "meta[name='sailthru.author']",
    "meta[name='dc.creator']",
    "meta[name='byl']",
];
/// Elements of a page's text that name its authors, most trusted first.
const AUTHOR_ELEMENTS: &[&str] = &[
    "[itemprop=author] [itemprop=name]",
    "[rel=author]",
    "[itemprop=author]",
    ".byline__name",
    ".byline .author",
];
/// Meta tags that give a page's publication date, most trusted first.
const DATE_META: &[&str] = &[
    "meta[property='article:published_time']",
    "meta[name='article:published_time']",
    "meta[itemprop=datePublished]",
    "meta[name=pubdate]",
    "meta[name=publishdate]",
    "meta[name='publish-date']",
    "meta[name='parsely-pub-date']",
    "meta[name='sailthru.date']",
    "meta[name='dc.date']",
    "meta[name='DC.date.issued']",
    "meta[name=date]",
];

/// The authors a page names in its meta tags.
fn meta_authors(doc: &Document) -> Vec<String> {
    meta_content(doc, AUTHOR_META)
        .map(|a| split_authors(&a))
        .unwrap_or_default()
}

/// The authors the elements of a page's text mark as such.
fn element_authors(doc: &Document) -> Vec<String> {
    AUTHOR_ELEMENTS
        .iter()
        .map(|sel| -> Vec<String> {
            doc.select(sel)
                .iter()
                .flat_map(|n| split_authors(&n.text()))
                .collect()
        })
        .find(|names| !names.is_empty())
        .unwrap_or_default()
}

fn page_meta(doc: &Document) -> PageMeta {
    let canonical = doc
        .select("link[rel=canonical]")
        .attr("href")
        .map(|h| h.trim().to_string())
        .or_else(|| meta_content(doc, &["meta[property='og:url']", "meta[name='og:url']"]))
        .filter(|u| u.starts_with("http"));
    let published = meta_content(doc, DATE_META).or_else(|| {
        doc.select("time[datetime]")
            .iter()
            .find_map(|t| t.attr("datetime").map(|d| d.to_string()))
    });
    PageMeta {
        json_ld: json_ld(doc),
        canonical,
        meta_authors: meta_authors(doc),
        element_authors: element_authors(doc),
        published,
    }
}

/// A page's title without a site suffix or prefix: "Storm hits coast - BBC News" → "Storm hits
/// coast" when the site is "BBC News" (or when the part cut off is short).
pub(super) fn strip_site(title: &str, site: Option<&str>) -> String {
    let title = title.trim();
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let tail_is_site = site.is_some_and(|s| {
                let (t, s) = (tail.to_lowercase(), s.to_lowercase());
                t == s || t.contains(&s) || s.contains(&t)
            });
            if tail_is_site && head.split_whitespace().count() >= 3 {
                return head.trim().to_string();
            }
        }
        if let Some((head, tail)) = title.split_once(sep) {
            let head_is_site = site.is_some_and(|s| head.eq_ignore_ascii_case(s));
            if head_is_site && tail.split_whitespace().count() >= 3 {
                return tail.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// The soft hyphen, an invisible place where a word may break.
const SOFT_HYPHEN: char = '\u{ad}';

/// Paragraphs of extracted text, one per line with a blank line between, spaces folded, soft
/// hyphens dropped.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let mut line = super::one_line(line);
        // Soft hyphens, which pages put inside long words for line breaks that readers never
        // see ("Vladi\u{ad}mir"), would split the word.
        if line.contains(SOFT_HYPHEN) {
            line.retain(|c| c != SOFT_HYPHEN);
        }
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&line);
    }
    out
}

/// The host most of a page's absolute links point to (its own site, as a last resort for
/// the outlet of a page that names neither itself nor its address).
fn most_linked_host(html: &str) -> Option<String> {
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for part in html.split("href=").skip(1) {
        let link = part.trim_start_matches(['"', '\'']);
        let end = link.find(['"', '\'', ' ', '>']).unwrap_or(link.len());
        if let Some(h) = host_of(&link[..end]) {
            *counts.entry(h).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n >= 3)
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
        .map(|(h, _)| h)
}

/// Fewest words of a page without a main-text block for its whole text to count as an article.
const MIN_WORDS: usize = 30;

/// Paragraphs that are a site's furniture when they are the whole paragraph, in lower case.
const FURNITURE: &[&str] = &[
    "advert",
    "advertisement",
    "caption",
    "close",
    "comments",
    "home",
    "more",
    "more:",
    "news",
    "related news",
    "share",
    "share this article",
    "subscribe",
];

/// How paragraphs of a site's furniture start (calls to subscribe, to follow, to read more, to
/// get an app), in lower case.
const FURNITURE_STARTS: &[&str] = &[
    "also on ",
    "breaking news emails",
    "click here",
    "continue reading",
    "don't miss",
    "email the author",
    "filed under",
    "follow us",
    "get breaking news alerts",
    "get the latest updates",
    "have a tip?",
    "image copyright",
    "join our ",
    "let our news meet your inbox",
    "like this story?",
    "listen to ",
    "more great ",
    "popular this week",
    "post comment",
    "read more:",
    "read more on ",
    "reading time",
    "recent articles",
    "related:",
    "related articles",
    "related post",
    "related stories",
    "see more:",
    "sharing is caring",
    "sign up",
    "subscribe to ",
    "tell us what you think",
    "this post may contain affiliate",
    "this slideshow requires javascript",
    "view author archive",
    "want more stories like this?",
    "you may also like",
];

/// Longest paragraph (in words) that can be furniture.
const FURNITURE_WORDS: usize = 25;

/// Whether a paragraph of a page's text is the site's furniture, not the article's: a call to
/// subscribe, follow or read more ("CLICK HERE TO GET THE FOX NEWS APP"), a menu word, or a
/// line in capitals that links to another story.
fn is_furniture(p: &str) -> bool {
    let words = p.split_whitespace().count();
    if words <= CAPTION_WORDS && is_caption(p) {
        return true;
    }
    if words <= CREDIT_WORDS && is_credit(p) {
        return true;
    }
    if words > FURNITURE_WORDS {
        return false;
    }
    if links_another_story(p) {
        return true;
    }
    let lower = p.to_lowercase().replace('’', "'");
    if FURNITURE.contains(&lower.as_str()) || FURNITURE_STARTS.iter().any(|s| lower.starts_with(s))
    {
        return true;
    }
    if is_role_label(p) || is_escaped_markup(p) {
        return true;
    }
    // A headline of another story, in capitals (as Fox News links them).
    let letters = p.chars().filter(|c| c.is_alphabetic());
    let capitals = letters.clone().all(char::is_uppercase);
    let lettered = p
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    capitals && lettered >= 4 && letters.count() >= 12
}

/// Whether a paragraph is a writer's role alone, as a byline's second line ("Opinion
/// Columnist", "Staff Writer").
fn is_role_label(p: &str) -> bool {
    let words: Vec<&str> = p.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && words.last().is_some_and(|w| meta::is_role_word(w))
}

/// Whether a paragraph is markup its page escaped into its text ("&lt;span data-mce-type=…").
fn is_escaped_markup(p: &str) -> bool {
    // (escaped once, "&lt;", or twice, "&amp;lt;")
    p.contains("lt;") && p.contains("gt;") && (p.contains("&lt;") || p.contains("&amp;lt;"))
}

/// Longest paragraph (in words) that can be a credit or a copyright line.
const CREDIT_WORDS: usize = 40;

/// How a line that credits a photo or a page's owner starts ("Photo: Damian Dovarganes, AP";
/// a line with "©" anywhere is one too).
const CREDIT_STARTS: &[&str] = &[
    "(c) ",
    "Photo:",
    "Photos:",
    "Image:",
    "Images:",
    "Picture:",
    "Pictures:",
    "Pictured:",
    "Photograph:",
    "SOURCE:",
];

/// Whether a short paragraph credits a photo or the page's owner: it opens with a credit
/// ("Photo: X, AP", "© X"), it holds a copyright ("The contents of this site are ©2019 X",
/// "Copyright 2019 X. All rights reserved."), or it counts a gallery's photos ("Image 1 of 23").
fn is_credit(p: &str) -> bool {
    if CREDIT_STARTS.iter().any(|s| p.starts_with(s))
        || p.contains('©')
        || meta::credits_the_writing(p)
    {
        return true;
    }
    if p.contains("All rights reserved")
        || p.strip_prefix("Copyright ")
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit() || c == '('))
    {
        return true;
    }
    // "Image 1 of 23", "Image 1 of / 23".
    let words: Vec<&str> = p.split_whitespace().filter(|w| *w != "/").collect();
    matches!(words.as_slice(), [kind, n, "of", m]
        if ["Image", "Photo", "Picture", "Slide"].contains(kind)
            && n.bytes().all(|b| b.is_ascii_digit())
            && m.bytes().all(|b| b.is_ascii_digit()))
}

/// Agencies and services whose credit ends a photo's caption after a bar or a slash ("…
/// speaks at the Capitol.J. Scott Applewhite / AP file", "Alex Wong | Getty Images"), in lower
/// case.
const PHOTO_AGENCIES: &[&str] = &[
    "afp",
    "afp via getty images",
    "alamy",
    "ap",
    "ap file",
    "ap images",
    "ap photo",
    "associated press",
    "bloomberg",
    "epa",
    "epa-efe",
    "getty",
    "getty images",
    "pa",
    "pa media",
    "pa wire",
    "reuters",
    "shutterstock",
];

/// Whether a caption ends with a photo agency's credit after a bar or a slash.
fn ends_with_a_photo_credit(p: &str) -> bool {
    let p = p.trim_end_matches(['.', ' ']);
    let Some(at) = [" | ", " / "].iter().filter_map(|sep| p.rfind(sep)).max() else {
        return false;
    };
    PHOTO_AGENCIES.contains(&p[at + 3..].trim().to_lowercase().as_str())
}

/// Whether a paragraph is a photo's credit alone, a name and its outlet or agency joined by a
/// slash: "Jason Cipriani/ZDNet", "NASA/JPL-Caltech".
fn is_slashed_credit(p: &str) -> bool {
    let Some((who, whose)) = p.split_once('/') else {
        return false;
    };
    let capitalised = |s: &str| s.starts_with(char::is_uppercase) && !s.ends_with(' ');
    p.split_whitespace().count() <= 5
        && !whose.contains('/')
        && capitalised(who)
        && capitalised(whose)
        && !p.ends_with(['.', '!', '?', ':'])
}

/// Whether a short paragraph is a link to another story, tagged in brackets at its end as
/// sites tag their links ("China furious at Macron for Hong Kong protest jibe [INSIGHT]",
/// "… on game amid China turmoil [VIDEO]"). A tag alone ("[CNET]") may credit a quote.
fn links_another_story(p: &str) -> bool {
    let p = p.trim_end_matches(['|', ' ']);
    let Some(open) = p.strip_suffix(']').and_then(|r| r.rfind('[')) else {
        return false;
    };
    let tag = &p[open + 1..p.len() - 1];
    tag.len() >= 3
        && tag.bytes().all(|b| b.is_ascii_uppercase() || b == b' ')
        && p[..open].split_whitespace().count() >= 3
}

/// Words that credit a photo in the brackets that end its caption.
const PHOTO_WORDS: &[&str] = &[
    "image", "images", "photo", "photos", "picture", "pic", "credit",
];

/// Whether the text in the brackets that end a caption credits its photo: "Image: GETTY",
/// "Image credit: NASA", "AP Photo/Alan Diaz, File", "Photo by Ada Brennan".
fn credits_a_photo(bracketed: &str) -> bool {
    let words: Vec<&str> = bracketed.split_whitespace().take(3).collect();
    words.iter().enumerate().any(|(i, w)| {
        let (word, mark) = match w.find([':', '/']) {
            Some(at) => (&w[..at], true),
            None => (*w, words.get(i + 1) == Some(&"by")),
        };
        mark && PHOTO_WORDS.contains(&word.to_ascii_lowercase().as_str())
    })
}

/// Longest paragraph (in words) that can be a photo's caption.
const CAPTION_WORDS: usize = 80;

/// Whether a paragraph is a photo's caption, told by its credit: "Credit" glued to the name the
/// page's own element gave ("... rock salt.CreditHiroko Masuike/The New York Times",
/// "Credit...Doug Mills/The New York Times"), followed by a name and its agency ("Credit Ashraf
/// Shazly/Agence France-Presse"; not "Credit Suisse said"), or a short credit line alone; or
/// by an agency's credit at its end ([`ends_with_a_photo_credit`]), or a credit alone
/// ([`is_slashed_credit`]).
fn is_caption(p: &str) -> bool {
    if ends_with_a_photo_credit(p) || is_slashed_credit(p) {
        return true;
    }
    // "Protesters have worn masks (Image: GETTY )", "… in Hialeah, Fla. (AP Photo/Alan Diaz,
    // File)", "(Image credit: NASA)".
    if p.ends_with(')') && p.rfind('(').is_some_and(|at| credits_a_photo(&p[at + 1..])) {
        return true;
    }
    // A credit line alone: "Credit Harry Campbell", "Photo Credit".
    let line = p.strip_prefix("Photo ").unwrap_or(p);
    if line.starts_with("Credit") && p.split_whitespace().count() <= 6 {
        return true;
    }
    p.match_indices("Credit").any(|(i, w)| {
        let after = &p[i + w.len()..];
        let after = after
            .strip_prefix("...")
            .or_else(|| after.strip_prefix('…'))
            .unwrap_or(after);
        let glued = after.starts_with(|c: char| c.is_uppercase());
        let credited = after.strip_prefix(' ').is_some_and(|a| {
            a.starts_with(|c: char| c.is_uppercase())
                && a.split_whitespace().take(5).any(|w| w.contains('/'))
        });
        glued || credited
    })
}

/// Drop the paragraphs of a body that repeat its metadata (the headline, the byline ("By A
/// and B"), a date line, which may end with the outlet: "November 20, 2019 / 1:07 AM / CBS
/// News"), that are the site's furniture ([`is_furniture`]), or that tell who the author is
/// ([`is_author_bio`]).
fn drop_metadata_lines(
    body: &str,
    headline: &str,
    authors: &[String],
    outlet: Option<&str>,
) -> String {
    let paragraphs: Vec<&str> = body.split("\n\n").collect();
    let last_ones = paragraphs.len().saturating_sub(BIO_PARAGRAPHS);
    let keep = |(i, p): &(usize, &str)| {
        let p = p.trim();
        let dated = without_outlet(p, outlet);
        if p.eq_ignore_ascii_case(headline)
            || date::parse(dated).is_some()
            || date::is_stamp_line(dated)
            || is_byline_stamp(p)
            || is_furniture(p)
            || is_author_bio(p, authors, *i >= last_ones)
        {
            return false;
        }
        let is_byline = meta::is_byline_line(p)
            || (!authors.is_empty()
                && p.split_whitespace().count() <= 4 + 3 * authors.len()
                && split_authors(p)
                    .iter()
                    .any(|n| authors.iter().any(|a| a.eq_ignore_ascii_case(n)))
                && authors.iter().all(|a| contains_ignoring_case(p, a)));
        !is_byline
    };
    paragraphs
        .into_iter()
        .enumerate()
        .filter(keep)
        .map(|(_, p)| p)
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Whether `text` holds `part`, whatever the case of their ASCII letters.
fn contains_ignoring_case(text: &str, part: &str) -> bool {
    text.len() >= part.len()
        && (0..=text.len() - part.len())
            .any(|i| text.as_bytes()[i..i + part.len()].eq_ignore_ascii_case(part.as_bytes()))
}

/// A line without the outlet's name that ends it after a slash or a bar ("… 1:07 AM / CBS
/// News").
fn without_outlet<'a>(line: &'a str, outlet: Option<&str>) -> &'a str {
    outlet
        .and_then(|o| line.strip_suffix(o))
        .and_then(|rest| rest.trim_end().strip_suffix(['/', '|']))
        .map_or(line, str::trim_end)
}

/// How many paragraphs at the end of a page's text may tell who its author is.
const BIO_PARAGRAPHS: usize = 3;

/// Whether a paragraph tells who one of the authors is ("Phil Helsel is a reporter for NBC
/// News.", "Ann Lee writes about science"): it opens with the author's name and a verb that
/// introduces them; away from the end of the text, it also names a writer's trade ("Ann Lee is
/// a freelance writer living in Leith").
fn is_author_bio(p: &str, authors: &[String], at_the_end: bool) -> bool {
    const INTRODUCING: &[&str] = &[
        " is a ",
        " is an ",
        " is the ",
        " writes ",
        " covers ",
        " has been ",
    ];
    let trade = |rest: &str| {
        rest.split_whitespace().take(8).any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic());
            meta::is_role_word(w) || w.eq_ignore_ascii_case("journalist")
        })
    };
    authors.iter().any(|a| {
        p.strip_prefix(a.as_str()).is_some_and(|rest| {
            INTRODUCING.iter().any(|v| rest.starts_with(v)) && (at_the_end || trade(rest))
        })
    })
}

/// Whether a paragraph is a byline and the time the page was posted, as some sites print them
/// on one line: "By Justine Coleman - 11/18/19 11:04 PM EST", "by Regan September 15, 2014",
/// or a desk or agency and the time after a bar: "TNN | Updated: Nov 20, 2019, 10:15 IST".
fn is_byline_stamp(p: &str) -> bool {
    let says_when = |w: &str| {
        let w = w.trim_start_matches(['-', '–', '—', '|', '·', ',', ' ']);
        date::is_stamp_line(w) || date::parse(w).is_some()
    };
    let Some(rest) = meta::after_byline_lead(p) else {
        return p.split_once(" | ").is_some_and(|(who, when)| {
            let words = who.split_whitespace().count();
            (1..=4).contains(&words)
                && who
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase))
                && says_when(when)
        });
    };
    // The name is one to four capitalised words; the rest says when.
    let mut at = 0;
    for (n, word) in rest.split_inclusive(' ').enumerate() {
        if n > 0 && says_when(&rest[at..]) {
            return true;
        }
        if n == 4 || !word.starts_with(char::is_uppercase) {
            return false;
        }
        at += word.len();
    }
    false
}

/// What the main-text extraction finds in a page.
struct MainText {
    title: String,
    /// Paragraphs, one per line with a blank line between.
    text: String,
    site: Option<String>,
    byline: Option<String>,
    published: Option<String>,
    url: Option<String>,
}

/// Elements that a page shows only on hovering or on request, by the class names web pages
/// use for them: a person's hover card beside a link to their page ("Rep. Ann Lee" followed by
/// the card's "Ann Lee", her photo and the headlines of stories about her), a tooltip, a
/// popover. Their text is no part of the article, and glued to it would make names of it.
/// (Within the body: a page's root may carry such a class among the features it enables.)
const HOVER_CARDS: &str = "body [class*=rollover-people-block], body [class*=hovercard], \
    body [class*=hover-card], body [class*=tooltip], body [class*=popover], body [role=tooltip]";

/// The main text of a page (`doc`, parsed from `html`), with what Readability finds beside it.
fn main_text(html: &str, doc: Document) -> MainText {
    doc.select(HOVER_CARDS).remove();
    let cfg = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let parsed = Readability::with_document(doc, None, Some(cfg)).and_then(|mut r| r.parse());
    if let Ok(a) = parsed {
        return MainText {
            title: a.title,
            text: tidy(&a.text_content),
            site: a.site_name,
            byline: a.byline,
            published: a.published_time,
            url: a.url,
        };
    }
    // Too little text for a main-text block: keep the whole page's text.
    let doc = Document::from(html);
    let title = doc.select("h1").first().text().trim().to_string();
    let title = if title.is_empty() {
        doc.select("title").first().text().trim().to_string()
    } else {
        title
    };
    let text = tidy(&doc.select("body").formatted_text());
    let text = if text.split_whitespace().count() >= MIN_WORDS {
        text
    } else {
        String::new()
    };
    MainText {
        title,
        text,
        site: None,
        byline: None,
        published: None,
        url: None,
    }
}

/// Read a page: its main text and metadata. `url` is the page's address when the caller
/// knows it (a web archive's target URI), used for the outlet when the page names none.
pub(super) fn read(html: &str, url: Option<&str>) -> Found {
    let doc = Document::from(html);
    let own = page_meta(&doc);
    let MainText {
        title,
        text: body,
        site,
        byline,
        published,
        url: ld_url,
    } = main_text(html, doc);
    let url = url
        .map(str::to_string)
        .or(own.canonical)
        .or(ld_url)
        .filter(|u| u.starts_with("http"));
    let site = site.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let ld = own.json_ld;
    let url = url.or(ld.url);
    let named = site.clone().or(ld.outlet);
    let outlet = outlet_of(named.as_deref(), url.as_deref())
        .or_else(|| most_linked_host(html).map(|h| outlet_name(&h)));
    let mut headline = strip_site(&title, site.as_deref().or(outlet.as_deref()));
    if headline.is_empty() {
        headline = Document::from(html)
            .select("h1")
            .first()
            .text()
            .trim()
            .to_string();
    }
    // The authors: JSON-LD's, the meta tags', the byline Readability found, the elements
    // marked as authors; the first that names any.
    let mut authors = ld.authors;
    if authors.is_empty() {
        authors = own.meta_authors;
    }
    if authors.is_empty() {
        authors = byline.map(|b| split_authors(&b)).unwrap_or_default();
    }
    if authors.is_empty() {
        authors = own.element_authors;
    }
    let published = ld
        .published
        .or_else(|| published.as_deref().and_then(date::parse))
        .or_else(|| own.published.as_deref().and_then(date::parse));
    // (The lines that say when the page was posted are dropped from the body: they give
    // its date first, where the page's metadata gives none.)
    let published = published
        .or_else(|| url.as_deref().and_then(date::from_url))
        .or_else(|| date::dateline(&body));
    let body = drop_metadata_lines(&body, &headline, &authors, outlet.as_deref());
    // A few words (a menu, "Loading…") are no article.
    let body = if body.split_whitespace().count() >= 10 {
        body
    } else {
        String::new()
    };
    Found {
        headline: Some(headline).filter(|h| !h.is_empty()),
        text: Some(body).filter(|b| !b.is_empty()),
        outlet,
        authors,
        published,
        url,
        ..Found::default()
    }
}

/// The character encoding a page declares in its first bytes (`<meta charset>` or
/// `http-equiv` content type), if any.
pub(super) fn declared_encoding(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    encoding_rs::Encoding::for_label(label.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hover_cards_are_no_text_of_the_article() {
        let para = "The council met on Monday to weigh the plan for the harbour, which has divided the town for a year.";
        let page = |inner: &str| {
            format!(
                "<html class=\"has-tooltips\"><body><article><h1>Harbour plan</h1><p>{para}</p>\
                 <p>Rep. <span class=\"rollover-people\"><a href=\"/people/ann-lee\">Ann Lee</a>{inner}</span> \
                 (D-N.Y.) said the plan would go ahead after the vote next week.</p><p>{para}</p></article></body></html>"
            )
        };
        let cases = [
            "<span class=\"rollover-people-block\"><a>Ann Lee</a><a>Lee doubles down on harbour vote</a></span>",
            "<span class=\"name-tooltip\">Ann Lee, representative since 2019</span>",
            "<span role=\"tooltip\">Ann Lee, representative since 2019</span>",
        ];
        for inner in cases {
            let found = read(&page(inner), None);
            let text = found.text.unwrap_or_default();
            assert!(
                text.contains("Rep. Ann Lee (D-N.Y.) said the plan"),
                "{inner:?}: {text:?}"
            );
        }
    }

    #[test]
    fn site_furniture_is_no_paragraph_of_the_article() {
        let cases = [
            ("CLICK HERE TO GET THE FOX NEWS APP", true),
            ("SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'", true),
            ("Subscribe to WIRED and stay smart with more of your favorite Ideas writers.", true),
            ("Read more: Alibaba poised to launch record-breaking $13.4bn Hong Kong listing", true),
            ("Sharing is caring!", true),
            ("Advertisement", true),
            ("Don’t miss", true),
            (
                "A main break flooded Bushwick, Brooklyn.CreditFred R. Conrad/The New York Times",
                true,
            ),
            ("CreditKirsten Luce for The New York Times", true),
            ("Credit Suisse said it would cut 500 jobs.", false),
            ("Credit...Doug Mills/The New York Times", true),
            ("Credit Harry Campbell", true),
            ("Photo Credit", true),
            ("Credit card debt rose again in May, the Fed said.", false),
            (
                "Rebels in South Sudan, where agents worked for years with the army and its allies. Credit Ashraf Shazly/Agence France-Presse — Getty Images",
                true,
            ),
            (
                "“The pipes are old,” said Tasos Georgelis of the city's Department of Environmental Protection, who has worked on them for twenty years and counts the breaks each winter as they come in.CreditAngel Franco/The New York Times",
                true,
            ),
            ("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", false),
            ("CHINA has sent troops to Hong Kong in a bid to restore order.", false),
            ("NASA AND ESA", false),
            ("WASHINGTON —", false),
            ("Readers who subscribe to the paper get it at home.", false),
            ("新华社北京电 中华人民共和国", false),
            // Credits, copyrights, galleries and links to other stories.
            ("Photo: Damian Dovarganes, AP", true),
            ("© Aaron Schwartz", true),
            ("SOURCE: News agencies", true),
            (
                "The contents of this site are ©2019 Capitol Hill Publishing Corp., a subsidiary of News Communications, Inc.",
                true,
            ),
            ("Copyright 2019 The Ledger. All rights reserved.", true),
            ("Copyright law protects the work for 70 years.", false),
            ("Image 1 of / 23", true),
            ("Image 1 of 23", true),
            ("Protesters do not want Hong Kong to lose its autonomy (Image: getty )", true),
            (
                "Vicente Aguiar loads garage door trims into his pickup truck outside a Home Depot in Hialeah, Fla. (AP Photo/Alan Diaz, File)",
                true,
            ),
            ("Need more space? Subscribe to our sister title (Image credit: All About Space)", true),
            ("The council met on Monday (photo below).", false),
            ("Spending rose in 2019 (see picture 3).", false),
            ("China furious at Macron for Hong Kong protest jibe [INSIGHT]|", true),
            ("Lakers vs Nets: NBA make final decision on game amid China turmoil [VIDEO]", true),
            ("[CNET]", false),
            // Credits of the writing, of photos.
            (
                "(Reporting by Ann Lee, Tom Roe; editing by Ada Brennan.)",
                true,
            ),
            ("Reporting by Ann Lee; Editing by Tom Roe", true),
            ("Reporting by the Herald found the council had paid twice.", false),
            ("Tom Roe contributed reporting from Hong Kong.", true),
            ("Tom Roe and Ann Lee contributed to this report.", true),
            (
                "The company said it contributed reporting tools to the project.",
                false,
            ),
            ("Ann Lee | Bloomberg | Getty Images", true),
            (
                "Rep. Ada Brennan speaks at the Capitol on July 25, 2019.J. Scott Applewhite / AP file",
                true,
            ),
            ("Jason Cipriani/ZDNet", true),
            ("The vote was 52/48.", false),
            ("Ships and/or boats", false),
            // A role alone, escaped markup, more calls.
            ("Opinion Columnist", true),
            ("Staff Writer", true),
            ("The Writer", true),
            ("Editor", true),
            ("the editor", false),
            ("Tom Roe writes for the Herald", false),
            ("&lt;span data-mce-type=\"bookmark\"&gt;&lt;/span&gt;", true),
            ("&amp;lt;span class=\"x\"&amp;gt;&amp;amp;#65279;", true),
            ("Ships &amp; boats", false),
            ("Filed under: Politics |", true),
            ("Related post: Pickled Sprouts", true),
            ("Reading time: 3 minutes", true),
            ("The report [PDF] was published on Monday.", false),
            (
                "Click here to read the full report, the minister said, before taking questions from reporters about the budget, the schools and the hospitals for almost an hour on Monday afternoon.",
                false,
            ),
        ];
        for (p, want) in cases {
            assert_eq!(is_furniture(p), want, "{p:?}");
        }
    }

    #[test]
    fn text_is_tidied() {
        let cases = [
            (
                "  Vladi\u{ad}mir  Putin \n\n\n spoke ",
                "Vladimir Putin\n\nspoke",
            ),
            ("one\ntwo", "one\n\ntwo"),
        ];
        for (input, want) in cases {
            assert_eq!(tidy(input), want, "{input:?}");
        }
    }

    #[test]
    fn paragraphs_of_metadata_are_dropped() {
        let authors = ["Phil Helsel".to_string()];
        let body = |last: &str| {
            format!("Harbour wall gives way\n\nThe wall fell on Tuesday.\n\nNo.\n\n{last}")
        };
        let cases = [
            ("November 20, 2019 / 1:07 AM / CBS News", ""),
            ("Updated on: November 19, 2019 / 10:07 AM / CBS News", ""),
            ("Phil Helsel is a reporter for NBC News.", ""),
            ("Phil Helsel writes about courts and crime.", ""),
            (
                "Phil Helsel said the wall was old.",
                "Phil Helsel said the wall was old.",
            ),
            (
                "Phil Helsel is a freelance writer living in Leith\n\nMore stories\n\nOne\n\nTwo",
                "More stories\n\nOne\n\nTwo",
            ),
            (
                "Phil Helsel is a fan of the harbour.\n\nMore stories\n\nOne\n\nTwo",
                "Phil Helsel is a fan of the harbour.\n\nMore stories\n\nOne\n\nTwo",
            ),
            (
                "Ada Brennan is a reporter for NBC News.",
                "Ada Brennan is a reporter for NBC News.",
            ),
            (
                "The vote is on November 20 / CBS News",
                "The vote is on November 20 / CBS News",
            ),
            ("PHIL HELSEL, NBC Staff Writer", ""),
            ("By Ada Brennan and Tom Roe", ""),
            ("No.", "No."),
        ];
        for (last, want) in cases {
            let got = drop_metadata_lines(
                &body(last),
                "Harbour wall gives way",
                &authors,
                Some("CBS News"),
            );
            let want = if want.is_empty() {
                "The wall fell on Tuesday.\n\nNo.".to_string()
            } else {
                format!("The wall fell on Tuesday.\n\nNo.\n\n{want}")
            };
            assert_eq!(got, want, "{last:?}");
        }
    }

    #[test]
    fn bylines_with_the_time_of_posting_are_metadata() {
        let cases = [
            ("By Justine Coleman - 11/18/19 11:04 PM EST", true),
            ("by Regan September 15, 2014", true),
            ("By Ada Brennan | Updated 2 hours ago", true),
            ("By Ada Brennan", false),
            ("TNN | Updated: Nov 20, 2019, 10:15 IST", true),
            ("Coast Wire | 20 November 2019", true),
            ("Coast Wire | Harbour news", false),
            ("The vote was close | 20 November 2019", false),
            ("By 2020, the company had closed 40 stores.", false),
            ("By Monday, the water had gone down.", false),
            ("By the end of March 5, 2024 it was over", false),
        ];
        for (p, want) in cases {
            assert_eq!(is_byline_stamp(p), want, "{p:?}");
        }
    }

    #[test]
    fn site_suffixes_are_removed() {
        let cases = [
            (
                "Storm hits the coast - BBC News",
                Some("BBC News"),
                "Storm hits the coast",
            ),
            (
                "Storm hits the coast | The Ledger",
                Some("The Ledger"),
                "Storm hits the coast",
            ),
            (
                "The Ledger | Storm hits the coast",
                Some("The Ledger"),
                "Storm hits the coast",
            ),
            (
                "Storm hits the coast - BBC News",
                None,
                "Storm hits the coast - BBC News",
            ),
            ("Rain - BBC News", Some("BBC News"), "Rain - BBC News"),
            (
                "Left - right debate rages on",
                Some("The Ledger"),
                "Left - right debate rages on",
            ),
        ];
        for (title, site, want) in cases {
            assert_eq!(strip_site(title, site), want, "{title:?}");
        }
    }

    #[test]
    fn metadata_rules() {
        let page = |head: &str, body: &str| {
            format!(
                "<html><head>{head}</head><body>{body}<article><h1>Harbour wall gives way</h1>\
                 <p>The harbour wall at Kessock gave way on Tuesday night after three days of \
                 storms, flooding the fish market and the lower town.</p><p>“We have never seen \
                 water like this,” said Morag Lindqvist, who runs the market café. Engineers \
                 expect repairs to take most of the spring.</p></article></body></html>"
            )
        };
        let cases: [(String, Found); 4] = [
            (
                page(
                    r#"<title>Harbour wall gives way - The Firth Herald</title>
                    <meta property="og:site_name" content="The Firth Herald">
                    <meta property="og:title" content="Harbour wall gives way">
                    <meta name="author" content="Ewan Baird">
                    <meta property="article:published_time" content="2025-02-11T08:00:00+00:00">
                    <link rel="canonical" href="https://www.firthherald.example/news/harbour">"#,
                    "",
                ),
                Found {
                    headline: Some("Harbour wall gives way".into()),
                    outlet: Some("The Firth Herald".into()),
                    authors: vec!["Ewan Baird".into()],
                    published: date::parse("2025-02-11T08:00:00Z"),
                    url: Some("https://www.firthherald.example/news/harbour".into()),
                    ..Found::default()
                },
            ),
            (
                page(
                    r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                    "headline":"Harbour wall gives way","datePublished":"2025-02-11",
                    "author":[{"@type":"Person","name":"Ewan Baird"},{"@type":"Person","name":"Isla Munro"}],
                    "publisher":{"@type":"Organization","name":"Firth Herald"}}</script>"#,
                    "",
                ),
                Found {
                    headline: Some("Harbour wall gives way".into()),
                    outlet: Some("Firth Herald".into()),
                    authors: vec!["Ewan Baird".into(), "Isla Munro".into()],
                    published: date::parse("2025-02-11"),
                    ..Found::default()
                },
            ),
            (
                page(
                    r#"<title>Harbour wall gives way</title>
                    <link rel="canonical" href="https://www.theguardian.com/uk/harbour">"#,
                    r#"<p class="byline">By <a rel="author" href="/ewan">Ewan Baird</a></p>
                    <time datetime="2025-02-11T08:00:00Z">11 February</time>"#,
                ),
                Found {
                    headline: Some("Harbour wall gives way".into()),
                    outlet: Some("The Guardian".into()),
                    authors: vec!["Ewan Baird".into()],
                    published: date::parse("2025-02-11T08:00:00Z"),
                    url: Some("https://www.theguardian.com/uk/harbour".into()),
                    ..Found::default()
                },
            ),
            (
                page("", ""),
                Found {
                    headline: Some("Harbour wall gives way".into()),
                    ..Found::default()
                },
            ),
        ];
        for (input, want) in cases {
            let mut got = read(&input, None);
            let body = got.text.take().unwrap_or_default();
            assert!(body.contains("Morag Lindqvist"), "{input:?}: {body}");
            assert!(!body.contains("Ewan Baird"), "{input:?}: {body}");
            assert_eq!(got, want, "{input:?}");
        }
    }

    #[test]
    fn declared_encodings() {
        let cases: [(&[u8], Option<&str>); 3] = [
            (b"<meta charset=\"iso-8859-1\">", Some("windows-1252")),
            (
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">",
                Some("Shift_JIS"),
            ),
            (b"<html><body>x</body></html>", None),
        ];
        for (input, want) in cases {
            assert_eq!(
                declared_encoding(input).map(|e| e.name()),
                want,
                "{input:?}"
            );
        }
    }
}
