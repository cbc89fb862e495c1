//! Markdown articles with YAML front matter (`title`, `author(s)`, `date`, `source`/`outlet`,
//! `url`): the front matter gives the metadata, the Markdown is rendered to plain paragraphs.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use serde_json::Value;

use super::{meta, Found};
use crate::problem::Fault;

/// Split `---` front matter from the Markdown after it.
fn front_matter(text: &str) -> (Option<&str>, &str) {
    let text = text.trim_start_matches('\u{feff}');
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return (None, text);
    };
    let mut at = 0;
    for line in rest.split_inclusive('\n') {
        if matches!(line.trim_end(), "---" | "...") {
            return (Some(&rest[..at]), &rest[at + line.len()..]);
        }
        at += line.len();
    }
    (None, text)
}

/// Plain text of Markdown: one paragraph (or heading, list item, quote line) per block,
/// blank lines between; the first top-level heading is returned apart as a headline.
fn plain(markdown: &str) -> (Option<String>, String) {
    let mut headline: Option<String> = None;
    let mut blocks: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut in_h1 = false;
    let mut h1 = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            }) if headline.is_none() && blocks.is_empty() => in_h1 = true,
            Event::End(TagEnd::Heading(HeadingLevel::H1)) if in_h1 => {
                in_h1 = false;
                headline = Some(h1.trim().to_string());
            }
            Event::Text(t) | Event::Code(t) => {
                if in_h1 {
                    h1.push_str(&t);
                } else {
                    cur.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => cur.push(' '),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::CodeBlock,
            ) => {
                let block = super::one_line(&cur);
                if !block.is_empty() {
                    blocks.push(block);
                }
                cur.clear();
            }
            _ => {}
        }
    }
    let block = super::one_line(&cur);
    if !block.is_empty() {
        blocks.push(block);
    }
    (headline, blocks.join("\n\n"))
}

/// Read a Markdown article. Fails on front matter that is not valid YAML.
pub(super) fn read(text: &str) -> Result<Found, Fault> {
    let (front, markdown) = front_matter(text);
    let mut fields = match front {
        Some(yaml) if !yaml.trim().is_empty() => match serde_yaml_ng::from_str::<Value>(yaml) {
            Ok(Value::Object(obj)) => meta::from_json(&obj),
            Ok(_) => return Err(Fault::YamlNotMapping),
            Err(e) => return Err(Fault::Yaml(e.to_string())),
        },
        _ => Found::default(),
    };
    let (h1, body) = plain(markdown);
    match (&fields.headline, h1) {
        (None, Some(h)) => fields.headline = Some(h),
        // A first heading that is not the title is part of the text.
        (Some(title), Some(h)) if *title != h => fields.text = Some(format!("{h}\n\n{body}")),
        _ => {}
    }
    if fields.text.is_none() {
        fields.text = Some(body);
    }
    fields.headline = fields.headline.filter(|h| !h.is_empty());
    // No title anywhere: the first line is the headline, as in a text file.
    fields.headline_in_text = fields.headline.is_none();
    fields.text = fields.text.filter(|b| !b.is_empty());
    Ok(fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_and_text() {
        let cases = [
            (
                "---\ntitle: Ferry fares rise\nauthors: [Ann Lee, Bo Kim]\ndate: 2024-03-05\nsource: The Firth Herald\nurl: https://firth.example/fares\n---\n# Ferry fares rise\n\nFares rise by **ten** per cent, said [Ann](x).\n\n- one\n- two\n",
                Ok(Found {
                    headline: Some("Ferry fares rise".into()),
                    text: Some("Fares rise by ten per cent, said Ann.\n\none\n\ntwo".into()),
                    outlet: Some("The Firth Herald".into()),
                    authors: vec!["Ann Lee".into(), "Bo Kim".into()],
                    published: crate::date::parse("2024-03-05"),
                    url: Some("https://firth.example/fares".into()),
                    ..Found::default()
                }),
            ),
            (
                "# Ferry fares rise\n\nFares rise.\n",
                Ok(Found {
                    headline: Some("Ferry fares rise".into()),
                    text: Some("Fares rise.".into()),
                    ..Found::default()
                }),
            ),
            (
                "---\nauthor: Ann Lee\noutlet: Herald\n---\nFerry fares rise\n\nFares rise.\n",
                Ok(Found {
                    headline_in_text: true,
                    text: Some("Ferry fares rise\n\nFares rise.".into()),
                    outlet: Some("Herald".into()),
                    authors: vec!["Ann Lee".into()],
                    ..Found::default()
                }),
            ),
            (
                "---\ntitle: [unclosed\n---\nText.\n",
                Err(Fault::Yaml("did not find expected ',' or ']' at line 2 column 1, while parsing a flow sequence at line 1 column 8".to_string())),
            ),
        ];
        for (input, want) in cases {
            assert_eq!(read(input), want, "{input:?}");
        }
    }
}
