//! Newswire in SGML, as the Reuters-21578 collection keeps it: a file of `<REUTERS>` records,
//! each one story with its `<DATE>`, and in its `<TEXT>` a `<TITLE>` (the headline), an
//! optional `<AUTHOR>` byline, a `<DATELINE>` and the `<BODY>`. Research archives of wire copy
//! come in this shape; each record is read as one article of the wire's outlet.

use super::{meta, one_line, Found};
use crate::problem::{Fault, Problem};

/// One story of a file (with its position among the file's records, from 1), or why it was
/// not read.
pub(super) type Item = Result<Found, Problem>;

/// The publisher of the stories: the collection is one wire's copy.
const OUTLET: &str = "Reuters";

/// Whether a text holds wire records this reader knows.
pub(super) fn has_records(text: &str) -> bool {
    text.contains("<REUTERS")
}

/// Read every `<REUTERS>` record of a file's text. A record with no end is a problem, and
/// ends the reading: what follows it is inside it.
pub(super) fn read(text: &str) -> Vec<Item> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut position = 0;
    while let Some(start) = rest.find("<REUTERS") {
        position += 1;
        let offset = text.len() - rest.len() + start;
        let line = 1 + text[..offset].bytes().filter(|&b| b == b'\n').count();
        let record = &rest[start..];
        let Some(end) = record.find("</REUTERS>") else {
            out.push(Err(Problem {
                line: Some(line),
                fault: Fault::Sgml(format!("record {position} has no </REUTERS> end")),
            }));
            break;
        };
        out.push(Ok(story(&record[..end], position)));
        rest = &record[end + "</REUTERS>".len()..];
    }
    out
}

/// The article of one record (its text from `<REUTERS` to before `</REUTERS>`).
fn story(record: &str, position: usize) -> Found {
    let text = element(record, "TEXT").unwrap_or_default();
    let title = element(text, "TITLE");
    let headline = title
        .map(|t| one_line(&decode(t)))
        .filter(|t| !t.is_empty());
    let authors = element(text, "AUTHOR")
        .map(|a| meta::split_authors(&one_line(&decode(a))))
        .unwrap_or_default()
        .into_iter()
        // "By Jane Doe, Reuters": the wire is the outlet, not an author.
        .filter(|a| !a.eq_ignore_ascii_case(OUTLET))
        .collect();
    let dateline = element(text, "DATELINE").map(|d| one_line(&decode(d)));
    // A story without a `<BODY>` is either a brief (its title is all of it) or unprocessed
    // copy, the text itself inside `<TEXT>`.
    let body = match element(text, "BODY") {
        Some(body) => Some(paragraphs(&decode(body))),
        None if title.is_none() => Some(paragraphs(&decode(text))),
        None => None,
    };
    let body = match (dateline.filter(|d| !d.is_empty()), body) {
        // The dateline opens the story's first paragraph, as the wire ran it.
        (Some(d), Some(b)) if !b.is_empty() => Some(format!("{d} {b}")),
        (_, b) => b,
    }
    .filter(|b| !b.is_empty());
    let published = element(record, "DATE").and_then(|d| crate::date::parse(d.trim()));
    Found {
        position: Some(position),
        headline,
        text: body,
        outlet: Some(OUTLET.to_string()),
        authors,
        published,
        ..Found::default()
    }
}

/// The content of the first `<NAME ...>...</NAME>` element of `text`.
fn element<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    let open = format!("<{name}");
    let mut from = 0;
    let start = loop {
        let at = from + text[from..].find(&open)?;
        let after = &text[at + open.len()..];
        // `<TITLE>` is not `<TITLES>`: the name ends at `>` or a space.
        if after.starts_with(['>', ' ', '\t', '\n']) {
            break at + open.len() + after.find('>')? + 1;
        }
        from = at + open.len();
    };
    let close = format!("</{name}>");
    let end = text[start..].find(&close).map_or(text.len(), |e| start + e);
    Some(&text[start..end])
}

/// SGML text with its entities read: `&lt;`, `&gt;`, `&amp;`, `&quot;`, `&apos;` and numeric
/// references, of which the wire's control characters (`&#3;` ends a story) are dropped. An
/// entity it does not know is left as written.
fn decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let entity = after
            .find(';')
            .filter(|&semi| semi <= 8)
            .map(|semi| (&after[..semi], semi));
        let decoded = entity.and_then(|(name, _)| match name {
            "lt" => Some(Some('<')),
            "gt" => Some(Some('>')),
            "amp" => Some(Some('&')),
            "quot" => Some(Some('"')),
            "apos" => Some(Some('\'')),
            _ => {
                let n = name.strip_prefix('#')?.parse::<u32>().ok()?;
                let c = char::from_u32(n)?;
                Some((!c.is_control() || c == '\n' || c == '\t').then_some(c))
            }
        });
        match (decoded, entity) {
            (Some(c), Some((_, semi))) => {
                out.extend(c);
                rest = &after[semi + 1..];
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.retain(|c| !c.is_control() || c == '\n' || c == '\t');
    out
}

/// A wire body as paragraphs apart by blank lines: its lines are wrapped at a fixed width, and
/// a paragraph starts on an indented line. The sign-off line ("Reuter") is left out.
fn paragraphs(body: &str) -> String {
    let mut lines: Vec<&str> = body.lines().collect();
    while lines.last().is_some_and(|l| {
        let l = l.trim();
        l.is_empty() || l.eq_ignore_ascii_case("reuter") || l.eq_ignore_ascii_case("reuters")
    }) {
        lines.pop();
    }
    let mut out = String::with_capacity(body.len());
    let mut open = false;
    for line in lines {
        let words = line.trim();
        if words.is_empty() {
            open = false;
            continue;
        }
        if !out.is_empty() {
            let new_paragraph = !open || line.starts_with([' ', '\t']);
            out.push_str(if new_paragraph { "\n\n" } else { " " });
        }
        out.push_str(words);
        open = true;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities() {
        let cases = [
            ("a &lt;b&gt; &amp; c", "a <b> & c"),
            ("end\n&#3;", "end\n"),
            ("&#5;&#5;C T", "C T"),
            ("AT&T", "AT&T"),
            ("R&D; costs", "R&D; costs"),
            ("&#233;t&#233;", "été"),
            ("&nbsp;", "&nbsp;"),
            ("a & b", "a & b"),
        ];
        for (input, want) in cases {
            assert_eq!(decode(input), want, "{input:?}");
        }
    }

    #[test]
    fn wrapped_lines_become_paragraphs() {
        let cases = [
            (
                "Tin prices rose on\nthe week.\n    Dealers said more\nrises may follow.\n Reuter\n",
                "Tin prices rose on the week.\n\nDealers said more rises may follow.",
            ),
            ("One line only.", "One line only."),
            ("First.\n\nSecond\npart.", "First.\n\nSecond part."),
            ("Ends here.\nREUTER", "Ends here."),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(paragraphs(input), want, "{input:?}");
        }
    }

    #[test]
    fn elements() {
        let cases = [
            ("<TITLE>A</TITLE>", "TITLE", Some("A")),
            ("<TITLES>x</TITLES><TITLE>B</TITLE>", "TITLE", Some("B")),
            ("<TEXT TYPE=\"BRIEF\">C</TEXT>", "TEXT", Some("C")),
            ("<BODY>no end", "BODY", Some("no end")),
            ("<BODY>x</BODY>", "TITLE", None),
        ];
        for (input, name, want) in cases {
            assert_eq!(element(input, name), want, "{input:?} {name}");
        }
    }

    const FILE: &str = r#"<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" NEWID="7">
<DATE> 3-MAR-1987 09:15:22.10</DATE>
<PEOPLE><D>ostberg</D></PEOPLE>
<TEXT>&#2;
<TITLE>NORDVIK TIN OUTPUT TO RISE, MINISTER SAYS</TITLE>
<AUTHOR>    By Hanna Lind, Reuters</AUTHOR>
<DATELINE>    OSLO, March 3 - </DATELINE><BODY>Nordvik will raise tin output by
a tenth this year, Mines Minister Per Ostberg said.
    "We have the ore and the men," Ostberg told reporters.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="8">
<DATE> 3-MAR-1987 09:20:01.00</DATE>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>HALVARD BANK CUTS PRIME RATE TO 7.5 PCT
</TITLE>
&#3;
</TEXT>
</REUTERS>
<REUTERS NEWID="9">
<TEXT>"#;

    #[test]
    fn a_file_of_stories() {
        let items = read(FILE);
        assert_eq!(items.len(), 3, "{items:?}");
        let first = items[0].as_ref().expect("the first story reads");
        assert_eq!(first.position, Some(1));
        assert_eq!(
            first.headline.as_deref(),
            Some("NORDVIK TIN OUTPUT TO RISE, MINISTER SAYS")
        );
        assert_eq!(first.authors, ["Hanna Lind"]);
        assert_eq!(first.outlet.as_deref(), Some("Reuters"));
        assert_eq!(
            first.text.as_deref(),
            Some(
                "OSLO, March 3 - Nordvik will raise tin output by a tenth this year, Mines \
                 Minister Per Ostberg said.\n\n\"We have the ore and the men,\" Ostberg told \
                 reporters."
            )
        );
        let published = first.published.as_ref().map(ToString::to_string);
        assert_eq!(published.as_deref(), Some("1987-03-03T09:15:22Z"));

        let brief = items[1].as_ref().expect("the brief reads");
        assert_eq!(
            brief.headline.as_deref(),
            Some("HALVARD BANK CUTS PRIME RATE TO 7.5 PCT")
        );
        assert_eq!(brief.text, None);
        assert_eq!(brief.position, Some(2));

        let cut = items[2].as_ref().expect_err("the cut record is a problem");
        assert_eq!(cut.line, Some(22));
        assert_eq!(cut.fault.to_string(), "SGML record 3 has no </REUTERS> end");
    }

    #[test]
    fn unprocessed_copy_is_the_text_itself() {
        let file = "<REUTERS NEWID=\"1\"><TEXT TYPE=\"UNPROC\">&#2;\nSugar stocks fell\nsharply.\n Reuter\n&#3;</TEXT></REUTERS>";
        let items = read(file);
        let story = items[0].as_ref().expect("reads");
        assert_eq!(story.text.as_deref(), Some("Sugar stocks fell sharply."));
        assert_eq!(story.headline, None);
    }
}
