//! Extraction: article text in, an [`Article`] out. Pure functions, no I/O and no index: the
//! headline, the people (canonical names), the direct quotes with their speakers, the outlet.
//!
//! One module per step of [`extract_parts`], in order: `text` (tokens, sentences and
//! paragraphs, read once), `quotes` (the spans between quotation marks that are speech),
//! `people` (the people named, one canonical name each), `attribution` (who said each quote),
//! `assemble` (the article's quotes and people as printed) and `outlet` (the publisher). The
//! word lists the rules consult are files under `data/`, loaded by `lexicon`, which depends on
//! no rule.

mod assemble;
mod attribution;
mod lexicon;
mod outlet;
mod people;
mod quotes;
mod text;

use crate::article::{Article, Quote};
use attribution::Attributor;
use people::People;
use text::Doc;

/// Metadata a reader already knows about an article (from HTML meta tags, JSON fields, ...),
/// which extraction keeps instead of guessing.
#[derive(Debug, Clone, Default)]
pub struct Known {
    pub headline: Option<String>,
    pub outlet: Option<String>,
    pub authors: Vec<String>,
    /// The outlet the archive files the article under (the one a run was given, or the one
    /// the file's folders name): the publisher unless the text names its own in a copyright
    /// line or a sign-off. It comes before a wire's dateline, which names who wrote the story.
    pub archive_outlet: Option<String>,
}

/// Whether two lower-case given names are the same name, one of them a short form of the
/// other ("pat" and "patrick", "chuck" and "charles"), by the extraction's list of English
/// short forms.
pub fn short_form_pair(a: &str, b: &str) -> bool {
    lexicon::LEX.short_form_pair(a, b)
}

/// Extract an article from plain text: the first non-empty line is the headline (a caption
/// line repeating it right after is skipped), the rest is the body.
pub fn extract(text: &str) -> Article {
    let (headline, body) = split_headline(text);
    extract_parts(
        body,
        Known {
            headline: Some(headline.to_string()),
            ..Known::default()
        },
    )
}

/// The headline line and the body of a plain-text article. A first line that reads as a
/// paragraph (see [`reads_as_paragraph`]) is the body's: the text has no headline.
pub fn split_headline(text: &str) -> (&str, &str) {
    let text = text.trim_start_matches('\u{feff}');
    let mut rest = text;
    let mut headline = "";
    while let Some((line, tail)) = rest.split_once('\n').or(Some((rest, ""))) {
        if reads_as_paragraph(line) {
            return ("", rest.trim_matches(['\n', '\r', ' ', '\t']));
        }
        rest = tail;
        if !line.trim().is_empty() {
            headline = line.trim();
            break;
        }
        if rest.is_empty() {
            break;
        }
    }
    // A caption line that repeats the headline ("Headline" then "HeadlineReuters"): the
    // headline, then at most a few words (not a paragraph that starts with the same letters).
    let after = rest.trim_start_matches(['\n', '\r', ' ', '\t']);
    let repeats = |line: &str| {
        line.trim()
            .strip_prefix(headline)
            .is_some_and(|more| more.split_whitespace().count() <= 3)
    };
    if !headline.is_empty() {
        if let Some((line, tail)) = after.split_once('\n') {
            if repeats(line) {
                rest = tail;
            }
        } else if repeats(after) {
            rest = "";
        }
    }
    (headline, rest.trim_matches(['\n', '\r', ' ', '\t']))
}

/// Whether a text's first line is a paragraph of its body rather than a headline: 25 words or
/// more (headlines that end with a full stop run to about 22), or 12 or more in two sentences;
/// not in capitals (a wire headline: "CRICKET - AUSTRALIA WIN TOSS AND CHOOSE TO BAT .") nor in
/// Title Case ("Obama Just Nominated A Muslim To Be A Judge. That’s A First.").
fn reads_as_paragraph(line: &str) -> bool {
    let line = line.trim();
    let words: Vec<&str> = line.split_whitespace().collect();
    let lower = line.chars().filter(|c| c.is_lowercase()).count();
    let upper = line.chars().filter(|c| c.is_uppercase()).count();
    let long: Vec<&&str> = words.iter().filter(|w| w.chars().count() >= 4).collect();
    let capitalised = long
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    let title_case = capitalised * 2 >= long.len();
    // "... reopen. She said ...": a stop ends a word of four letters or more ("Gov." is none), a
    // capital follows
    let two_sentences = words.windows(2).any(|w| {
        let end = w[0].trim_end_matches(['"', '”', '’']);
        end.ends_with(['.', '!', '?'])
            && end.chars().filter(|c| c.is_alphabetic()).count() >= 4
            && !end[..end.len() - 1].contains('.')
            && w[1].starts_with(|c: char| c.is_uppercase() || c == '"' || c == '“')
    });
    lower > upper && !title_case && (words.len() >= 25 || (words.len() >= 12 && two_sentences))
}

/// Extract people, quotes and the outlet from a body whose headline and metadata are known.
///
/// The steps, in order: the body's tokens, sentences and paragraphs; its quotes, less titles
/// of works and scare quotes; the people it names; who said each quote; the article's quotes
/// and people as printed; and the outlet, unless known.
pub fn extract_parts(body: &str, known: Known) -> Article {
    let mut articles = extract_many(vec![(body, known)]);
    articles.pop().unwrap_or_default()
}

/// Extract many articles, each as [`extract_parts`] would, with each step run on every
/// article before the next: a step's code then stays in the processor's caches, where one
/// article's steps in turn evicted each other's.
pub fn extract_many(items: Vec<(&str, Known)>) -> Vec<Article> {
    let mut docs: Vec<Doc> = items.iter().map(|(body, _)| Doc::new(body)).collect();
    let spans: Vec<_> = docs.iter_mut().map(quotes::find).collect();
    let headline = |known: &Known| known.headline.as_deref().unwrap_or("").to_string();
    let people: Vec<People> = (docs.iter().zip(&items))
        .map(|(doc, (_, known))| {
            let headline = headline(known);
            let mut people = People::find(doc, &headline);
            people.complete_from_headline(doc, &headline);
            people
        })
        .collect();
    // (a text with no quotation marks has no quote to attribute: its reading for speakers,
    // a seventh of the extraction, is skipped)
    let quoted: Vec<_> = (docs.iter().zip(&spans).zip(&people).zip(&items))
        .map(|(((doc, spans), people), (_, known))| {
            if spans.is_empty() {
                return (Vec::new(), vec![0; people.entities.len()]);
            }
            let attributor = Attributor::new(doc, people, &headline(known));
            let attributed = attributor.attribute_all(spans);
            assemble::quotes(doc, spans, &attributed, people, &attributor)
        })
        .collect();
    (items.into_iter().zip(people).zip(quoted))
        .map(
            |(((body, known), people), (quotes, quote_counts))| Article {
                headline: known.headline.unwrap_or_default(),
                outlet: known
                    .outlet
                    .or_else(|| outlet::find(body, known.archive_outlet)),
                body: body.to_string(),
                authors: known.authors,
                published: None,
                people: assemble::people(&people, &quote_counts),
                things: people.things.clone(),
                quotes,
            },
        )
        .collect()
}

/// The context of each quote: the sentences of the body that hold it, from the start of the
/// sentence where it opens to the end of the one where it closes (as extraction splits
/// sentences). Offsets are the quotes' character offsets; one that lies outside the body gets an
/// empty context.
pub(crate) fn quote_contexts<'a>(body: &'a str, quotes: &[Quote]) -> Vec<&'a str> {
    let doc = Doc::new(body);
    let tokens = &doc.tokens;
    // Byte offset of each character offset asked about, found in one pass over the body.
    let mut wanted: Vec<usize> = quotes.iter().flat_map(|q| [q.start, q.end]).collect();
    wanted.sort_unstable();
    wanted.dedup();
    let mut bytes = Vec::with_capacity(wanted.len());
    let mut chars = body.char_indices().map(|(b, _)| b).chain([body.len()]);
    let mut at = 0;
    for &w in &wanted {
        let Some(b) = chars.nth(w - at) else { break };
        bytes.push((w, b));
        at = w + 1;
    }
    let byte_of = |c: usize| {
        bytes
            .binary_search_by_key(&c, |&(w, _)| w)
            .ok()
            .map(|i| bytes[i].1)
    };
    quotes
        .iter()
        .map(|q| {
            let (Some(start), Some(end)) = (byte_of(q.start), byte_of(q.end)) else {
                return "";
            };
            // The first token that ends after the quote's start, the last that starts before its
            // end, and the sentences they belong to.
            let first = tokens.partition_point(|t| t.end <= start);
            let last = tokens.partition_point(|t| t.start < end);
            if first >= tokens.len() || last == 0 || last <= first {
                return body.get(start..end).unwrap_or_default();
            }
            let (s0, s1) = (tokens[first].sent, tokens[last - 1].sent);
            let from = tokens.partition_point(|t| t.sent < s0);
            let to = tokens.partition_point(|t| t.sent <= s1);
            body.get(tokens[from].start..tokens[to - 1].end)
                .unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_and_caption() {
        let cases: &[(&str, (&str, &str))] = &[
            ("Title\n\nBody.", ("Title", "Body.")),
            ("\n\nTitle\nTitleReuters\n\nBody.", ("Title", "Body.")),
            // a paragraph that starts with the headline's letters is the body's
            (
                "T\n\nThe talks went on and Ann Lee spoke.",
                ("T", "The talks went on and Ann Lee spoke."),
            ),
            (
                "Talks\nTalks went on all night in the city hall.",
                ("Talks", "Talks went on all night in the city hall."),
            ),
            ("Only a title", ("Only a title", "")),
            ("", ("", "")),
            // a body with no headline line: its first paragraph is no headline
            (
                "Mayor Ada Brennan said the harbour would reopen. She said the town would pay.\n\nIt will.",
                (
                    "",
                    "Mayor Ada Brennan said the harbour would reopen. She said the town would pay.\n\nIt will.",
                ),
            ),
            (
                "CRICKET - AUSTRALIA WIN TOSS AND CHOOSE TO BAT AGAIN AT HOME TODAY .\nBody.",
                (
                    "CRICKET - AUSTRALIA WIN TOSS AND CHOOSE TO BAT AGAIN AT HOME TODAY .",
                    "Body.",
                ),
            ),
            (
                "Ministers to decide on the future of the harbour this week\n\nBody.",
                (
                    "Ministers to decide on the future of the harbour this week",
                    "Body.",
                ),
            ),
            (
                "Trump: Cruz Has ‘To Come a Long Way’ On Ethanol, He’s For Oil Because ‘Oil Pays Him.’\nBody.",
                (
                    "Trump: Cruz Has ‘To Come a Long Way’ On Ethanol, He’s For Oil Because ‘Oil Pays Him.’",
                    "Body.",
                ),
            ),
        ];
        for (input, want) in cases {
            assert_eq!(split_headline(input), *want, "{input:?}");
        }
    }

    /// A quote's context is the sentences that hold it, as extraction splits them ("Mr." ends
    /// none); a quote outside the body has none.
    #[test]
    fn contexts_are_the_sentences_of_the_quote() {
        let body = "The mayor spoke first. “We will rebuild,” said Mayor Ann Lee. \
                    Critics disagreed.\n\nMr. Bo Ray said: “No. Not this year.” Then he left.";
        let at = |s: &str| body[..body.find(s).expect("in body")].chars().count();
        let quote = |text: &str| Quote {
            text: text.into(),
            start: at(text),
            end: at(text) + text.chars().count(),
            ..Quote::default()
        };
        let cases = [
            ("We will rebuild", "“We will rebuild,” said Mayor Ann Lee."),
            (
                "No. Not this year.",
                "Mr. Bo Ray said: “No. Not this year.”",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(quote_contexts(body, &[quote(text)]), vec![want], "{text:?}");
        }
        let outside = Quote {
            start: 5,
            end: 10_000,
            ..Quote::default()
        };
        assert_eq!(quote_contexts(body, &[outside]), vec![""]);
    }
}

#[cfg(test)]
mod properties;

/// The rule tables' view of extraction: each quote of a text as (words, speaker as introduced,
/// person), through the whole of extraction, so that a rule's table says what an article
/// gives.
#[cfg(test)]
pub(crate) mod testing {
    use super::{extract_parts, Known};

    /// The quotes a text gives, as (words, speaker as introduced, person).
    pub(crate) type Want<'a> = &'a [(&'a str, Option<&'a str>, Option<&'a str>)];

    /// A rule's table: texts and the quotes each gives.
    pub(crate) type Cases<'a> = &'a [(&'a str, Want<'a>)];

    /// The quotes of `text`, as the tables write them.
    pub(crate) fn quotes(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        extract_parts(text, Known::default())
            .quotes
            .into_iter()
            .map(|q| (q.text, q.speaker, q.person))
            .collect()
    }

    /// Checks every case of a table.
    pub(crate) fn check(cases: Cases) {
        check_by(cases, quotes);
    }

    /// Checks every case of a table whose texts open with a headline line.
    pub(crate) fn check_headlined(cases: Cases) {
        check_by(cases, |text| {
            super::extract(text)
                .quotes
                .into_iter()
                .map(|q| (q.text, q.speaker, q.person))
                .collect()
        });
    }

    fn check_by(
        cases: Cases,
        quotes: impl Fn(&str) -> Vec<(String, Option<String>, Option<String>)>,
    ) {
        for (input, want) in cases {
            let got = quotes(input);
            let want: Vec<(String, Option<String>, Option<String>)> = want
                .iter()
                .map(|(t, s, p)| (t.to_string(), s.map(String::from), p.map(String::from)))
                .collect();
            assert_eq!(got, want, "{input:?}");
        }
    }
}
