//! The publisher of an article, from the marks publishers leave in their own text: a copyright
//! line "© 2026 X", a sign-off "X's desk is keeping you updated", a wire dateline "(Reuters) -".
//! An outlet that is merely cited ("according to The Hill") is not the publisher.

use std::sync::LazyLock;

use memchr::memmem::Finder;

use super::lexicon::LEX;

/// The publisher of an article whose metadata names none: the one its own marks name (a
/// copyright line or a sign-off), else `archive`'s (the outlet the archive files it under),
/// else the wire whose dateline opens it. A wire's dateline names who wrote the story, which
/// outlets republish ("WASHINGTON (AP) —" in a folder of Breitbart's stories), so the
/// archive's outlet comes before it.
pub(crate) fn find(body: &str, archive: Option<String>) -> Option<String> {
    copyright(body)
        .or_else(|| sign_off(body))
        .or(archive)
        .or_else(|| dateline(body))
}

/// The printed form of an outlet name: a known outlet's usual spelling, else the text trimmed.
fn canonical(name: &str) -> Option<String> {
    let name = name
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .trim();
    if name.is_empty() || name.len() > 60 {
        return None;
    }
    if !name.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let lower = name.to_lowercase();
    match LEX.outlets.get(&lower) {
        Some(known) => Some(LEX.outlet_aliases.get(known).unwrap_or(known).to_string()),
        None => Some(name.to_string()),
    }
}

/// "WASHINGTON (Reuters) -" or "LONDON, March 3 (AP) —" opening the body: a dateline in
/// capitals, then the agency in parentheses, then a dash. An agency the lists know may follow a
/// place in any case and come before a colon or the text itself, as South Asia's wires write
/// them: "GUWAHATI (PTI): …", "Guwahati, July 4 (IANS) Floods …".
fn dateline(body: &str) -> Option<String> {
    let first_line = body.lines().next().unwrap_or_default();
    let head = &first_line[..floor(first_line, 120)];
    let open = head.find('(')?;
    let close = open + head[open..].find(')')?;
    let inside = head[open + 1..close].trim();
    let known = LEX.outlets.contains_key(&inside.to_lowercase());
    let after = &head[close + 1..];
    let dash = after.trim_start_matches(' ');
    let dashed = dash.starts_with("- ")
        || dash.starts_with("— ")
        || dash.starts_with("– ")
        || dash.starts_with("-- ");
    let text_follows = dash.starts_with(": ")
        || (after.starts_with(' ') && dash.chars().next().is_some_and(char::is_uppercase));
    if !(dashed || (known && text_follows)) {
        return None;
    }
    // The place: empty, or starting with a word in capitals ("LONDON", "NEW YORK, Jan 5"), or
    // for a known agency, a capitalised one and a date ("Guwahati, July 4").
    let before = head[..open].trim();
    let place = before.split([' ', ',']).next().unwrap_or_default();
    let capital_place = place.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && place.chars().all(|c| !c.is_lowercase());
    let dated_place = known
        && place.chars().next().is_some_and(char::is_uppercase)
        && before.contains(", ")
        && before.chars().any(|c| c.is_ascii_digit());
    if !(before.is_empty() || capital_place || dated_place) {
        return None;
    }
    let words: Vec<&str> = inside.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 4
        || !words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return None;
    }
    canonical(inside)
}

/// How far from the end of a text a copyright line written "(c)" is looked for, in bytes.
const COPYRIGHT_TAIL: usize = 400;

/// The searcher for "Copyright ", built once: building one costs more than most searches.
static COPYRIGHT: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("Copyright "));

/// "© 2026 Northfield Gazette", "(c) 2026 X" or "Copyright 2026 X. All rights reserved."
fn copyright(body: &str) -> Option<String> {
    // (the sign's last byte found by memchr's vectorised search; the byte ends other
    // characters too, "é")
    let bytes = body.as_bytes();
    let at = memchr::memrchr_iter(0xA9, bytes)
        .find(|&i| i > 0 && bytes[i - 1] == 0xC2)
        .map(|i| i + 1)
        // ("(c)" only before a year, since lists letter their items "(a)", "(b)", "(c)"; and
        // only near the end, where the line stands: a search of the whole text for a string
        // costs more than all the rest here)
        .or_else(|| {
            let tail = floor(body, body.len().saturating_sub(COPYRIGHT_TAIL));
            body[tail..]
                .rmatch_indices('(')
                .map(|(i, _)| tail + i)
                .find(|&i| body[i..].starts_with("(c) ") || body[i..].starts_with("(C) "))
                .map(|i| i + "(c) ".len())
                .filter(|&i| {
                    let year = body.as_bytes().get(i..i + 4);
                    year.is_some_and(|y| y.iter().all(u8::is_ascii_digit))
                })
        })
        // (the last found by memchr's vectorised search forward, much faster than one backward
        // or one from each capital C: most bodies have none, and are read whole)
        .or_else(|| {
            COPYRIGHT
                .find_iter(body.as_bytes())
                .last()
                .map(|i| i + "Copyright ".len())
        })?;
    let line = body[at..].lines().next().unwrap_or_default();
    let line = line.split(". All rights").next().unwrap_or(line);
    let line = line.split("All rights").next().unwrap_or(line);
    let name: String = line
        .trim()
        .trim_start_matches(|c: char| {
            c.is_ascii_digit() || c == '-' || c == '–' || c.is_whitespace() || c == ','
        })
        .to_string();
    canonical(&name)
}

/// "(X's North American desk is keeping you updated ...)" or "X's politics desk contributed"
/// opening the last paragraph: the outlet names itself as the possessor of a desk or newsroom;
/// or "This report by X was first published …", as a wire signs its stories.
fn sign_off(body: &str) -> Option<String> {
    let body = body.trim_end();
    // (the last blank line found from the line breaks, a byte search, where a search for the
    // two-byte string backwards reads every byte)
    let bytes = body.as_bytes();
    let last = memchr::memrchr_iter(b'\n', bytes)
        .find(|&i| i > 0 && bytes[i - 1] == b'\n')
        .map_or(body, |i| &body[i + 1..])
        .trim();
    if last.len() > 400 {
        return None;
    }
    let last = last.trim_start_matches('(');
    // "This report by The Canadian Press was first published July 4, 2024."
    for lead in ["This report by ", "This story by ", "This article by "] {
        if let Some(name) = last
            .strip_prefix(lead)
            .and_then(|rest| rest.split_once(" was ").map(|(name, _)| name))
        {
            return canonical(name);
        }
    }
    let poss = ["’s ", "'s ", "’ ", "' "]
        .iter()
        .filter_map(|m| last.find(m).map(|i| (i, m.len())))
        .min()?;
    let name = &last[..poss.0];
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase) || ["of", "the", "and"].contains(w)
    };
    if words.is_empty() || words.len() > 6 || !words.iter().all(capitalised) {
        return None;
    }
    let rest: Vec<String> = last[poss.0 + poss.1..]
        .split_whitespace()
        .take(4)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    if !rest.iter().any(|w| LEX.sign_off_words.contains(w)) {
        return None;
    }
    canonical(name)
}

fn floor(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlets() {
        let cases: &[(&str, Option<&str>)] = &[
            ("LONDON (Reuters) - Shares fell.", Some("Reuters")),
            (
                "WASHINGTON (AP) — The Senate voted.",
                Some("Associated Press"),
            ),
            ("The mayor (a Democrat) - said no.", None),
            ("NEW YORK, Jan 5 (Reuters) - Stocks rose.", Some("Reuters")),
            ("Hamm (who recently retired) - is looking to return.", None),
            ("After a year (The Virus) - nothing.", None),
            (
                "Text.\n\n© 2026 Northfield Gazette",
                Some("Northfield Gazette"),
            ),
            (
                "Text.\n\nCopyright 2024 The Daily Star. All rights reserved.",
                Some("The Daily Star"),
            ),
            // the last mark counts; a character that ends with the sign's last byte ("é") is
            // no sign
            (
                "Copyright 2020 The Old Star.\n\nCafé owner.\n\nCopyright 2024 The Daily Star.",
                Some("The Daily Star"),
            ),
            (
                "© 2020 Old Gazette\n\nA café.\n\n© 2026 Northfield Gazette\n\nRésumé.",
                Some("Northfield Gazette"),
            ),
            ("Text.\n\nCafé société, résumé.", None),
            // the last paragraph's sign-off, after the last blank line
            (
                "Text.\n\n\nIsrael National News' North American desk contributed.",
                Some("Israel National News"),
            ),
            (
                "Text.\n\n(Israel National News' North American desk is keeping you updated.)",
                Some("Israel National News"),
            ),
            (
                "Text.\n\n(Israel National News’s North American desk is keeping you updated.)",
                Some("Israel National News"),
            ),
            ("According to The Hill, he wrote a memoir.", None),
            // South Asia's wires: a colon or the text after a known agency, any place
            ("GUWAHATI (PTI): Floods hit.", Some("Press Trust of India")),
            ("Guwahati, July 4 (IANS) Floods hit.", Some("IANS")),
            ("Mr Rao (Reuters) Floods hit.", None),
            ("Guwahati, July 4 (Zed Wire) Floods hit.", None),
            ("In the end (Ann Lee): she left.", None),
            (
                "Text.\n\n(c) 2024 Premium Times. All rights reserved.",
                Some("Premium Times"),
            ),
            ("It needs (a) money, (b) time and (c) The Council.", None),
            (
                "Text.\n\nThis report by The Canadian Press was first published July 4, 2024.",
                Some("The Canadian Press"),
            ),
            (
                "Text.\n\nHatcher thanked the show's cast and reporters.",
                None,
            ),
        ];
        for (input, want) in cases {
            assert_eq!(find(input, None).as_deref(), *want, "{input:?}");
        }
    }

    #[test]
    fn the_archives_outlet_comes_before_a_wire_but_not_the_publishers_own_marks() {
        let archive = || Some("Breitbart".to_string());
        let cases: &[(&str, Option<&str>)] = &[
            ("WASHINGTON (AP) — The Senate voted.", Some("Breitbart")),
            ("The Senate voted.", Some("Breitbart")),
            (
                "WASHINGTON (AP) — The Senate voted.\n\n© 2026 Northfield Gazette",
                Some("Northfield Gazette"),
            ),
            (
                "Text.\n\n(Israel National News' North American desk is keeping you updated.)",
                Some("Israel National News"),
            ),
        ];
        for (input, want) in cases {
            assert_eq!(find(input, archive()).as_deref(), *want, "{input:?}");
        }
    }
}
