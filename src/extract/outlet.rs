//! The publisher of an article, from the marks publishers leave in their own text: a wire
//! dateline "(Reuters) -", a copyright line "© 2026 X", a sign-off "X's desk is keeping you
//! updated". An outlet that is merely cited ("according to The Hill") is not the publisher.

use super::lexicon::LEX;

/// The publisher named by the article's own marks, if any.
pub fn find(body: &str) -> Option<String> {
    dateline(body)
        .or_else(|| copyright(body))
        .or_else(|| sign_off(body))
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
        Some(&"AP") => Some("Associated Press".to_string()),
        Some(&"AFP") => Some("Agence France-Presse".to_string()),
        Some(known) => Some(known.to_string()),
        None => Some(name.to_string()),
    }
}

/// "WASHINGTON (Reuters) -" or "(AP) —" in the first lines.
fn dateline(body: &str) -> Option<String> {
    let head = &body[..floor(body, 300)];
    let open = head.find('(')?;
    let close = open + head[open..].find(')')?;
    let after = head[close + 1..].trim_start();
    if !(after.starts_with('-') || after.starts_with('—') || after.starts_with('–')) {
        return None;
    }
    // Only capitals (a place) may stand before the parenthesis.
    let before = head[..open].trim();
    if before.chars().any(|c| c.is_lowercase()) && !before.contains(',') {
        return None;
    }
    let inside = &head[open + 1..close];
    if inside.split_whitespace().count() > 4 {
        return None;
    }
    canonical(inside)
}

/// "© 2026 Northfield Gazette" or "Copyright 2026 X. All rights reserved."
fn copyright(body: &str) -> Option<String> {
    let at = body
        .rfind('©')
        .map(|i| i + '©'.len_utf8())
        .or_else(|| body.rfind("Copyright ").map(|i| i + "Copyright ".len()))?;
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

/// "(X's North American desk is keeping you updated ...)" or "X's politics desk" in the last
/// paragraph.
fn sign_off(body: &str) -> Option<String> {
    let last = body.trim_end().rsplit("\n\n").next().unwrap_or(body).trim();
    let last = last.trim_start_matches('(');
    let lower = last.to_lowercase();
    let cue = [
        "desk",
        "newsroom",
        "staff",
        "team",
        "correspondent",
        "reporters",
    ]
    .iter()
    .filter_map(|c| lower.find(c))
    .min()?;
    let head = &last[..cue];
    let poss = ["’s ", "'s ", "’ ", "' "]
        .iter()
        .filter_map(|m| head.find(m))
        .min()?;
    canonical(&head[..poss])
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
            (
                "Text.\n\n© 2026 Northfield Gazette",
                Some("Northfield Gazette"),
            ),
            (
                "Text.\n\nCopyright 2024 The Daily Star. All rights reserved.",
                Some("The Daily Star"),
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
        ];
        for (input, want) in cases {
            assert_eq!(find(input).as_deref(), *want, "{input:?}");
        }
    }
}
