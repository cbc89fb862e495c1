//! Publication dates: the many ways pages, feeds and datasets write them, read into one UTC
//! instant, so that every format gives the index the same sortable, filterable date.

use std::fmt;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A publication date, with or without a time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    /// The instant, in UTC (midnight UTC for a date without a time).
    pub utc: DateTime<Utc>,
    /// Whether the source gave a time of day.
    pub has_time: bool,
}

impl fmt::Display for Published {
    /// `2024-03-05` for a date, `2024-03-05T09:30:00Z` for a date and time.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.has_time {
            write!(f, "{}", self.utc.format("%Y-%m-%dT%H:%M:%SZ"))
        } else {
            write!(f, "{}", self.utc.format("%Y-%m-%d"))
        }
    }
}

impl Published {
    /// Seconds since the Unix epoch.
    pub fn timestamp(&self) -> i64 {
        self.utc.timestamp()
    }
}

/// Written as it is shown (`2024-03-05`, `2024-03-05T09:30:00Z`).
impl Serialize for Published {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Read from any form a publication date is read in.
impl<'de> Deserialize<'de> for Published {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        parse(&text).ok_or_else(|| serde::de::Error::custom(format!("not a date: {text:?}")))
    }
}

/// Date-time layouts with a zone, tried in order after RFC 3339 and RFC 2822.
const ZONED: &[&str] = &[
    "%Y-%m-%dT%H:%M:%S%.f%z",
    "%Y-%m-%dT%H:%M%z",
    "%Y-%m-%d %H:%M:%S%.f%z",
    "%Y-%m-%d %H:%M:%S %z",
    "%a, %d %b %Y %H:%M:%S %z",
    "%a %b %d %H:%M:%S %z %Y",
    "%B %d, %Y, %I:%M %p %z",
    "%B %d, %Y %I:%M %p %z",
    "%b %d, %Y, %I:%M %p %z",
    "%b %d, %Y %I:%M %p %z",
    "%B %d, %Y %H:%M %z",
    "%b %d, %Y %H:%M %z",
    "%d %B %Y %H:%M %z",
];

/// Date-time layouts without a zone (read as UTC).
const NAIVE: &[&str] = &[
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%B %d, %Y %H:%M",
    "%B %d, %Y %I:%M %p",
    "%b %d, %Y %I:%M %p",
    "%d %B %Y %H:%M",
    // Newswire archives: "26-FEB-1987 15:01:01.79".
    "%d-%b-%Y %H:%M:%S%.f",
];

/// Date layouts.
const DATES: &[&str] = &[
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%Y%m%d",
    "%B %d, %Y",
    "%B %d %Y",
    "%b %d, %Y",
    "%b %d %Y",
    "%b. %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%d %B, %Y",
    "%d. %B %Y",
    "%A, %B %d, %Y",
    "%A, %d %B %Y",
    "%a, %d %b %Y",
    "%A %d %B %Y",
];

/// Time zones that pages write by their abbreviation, and their offsets. IST is India's, as
/// Indian outlets stamp their stories by the thousand; Israeli and Irish pages seldom write it.
/// (Other ambiguous ones are left out.)
const ZONES: &[(&str, &str)] = &[
    ("GMT", "+0000"),
    ("UTC", "+0000"),
    ("BST", "+0100"),
    ("CET", "+0100"),
    ("CEST", "+0200"),
    ("EST", "-0500"),
    ("EDT", "-0400"),
    ("CST", "-0600"),
    ("CDT", "-0500"),
    ("MST", "-0700"),
    ("MDT", "-0600"),
    ("PST", "-0800"),
    ("PDT", "-0700"),
    ("AEST", "+1000"),
    ("AEDT", "+1100"),
    ("IST", "+0530"),
];

/// `s` with the abbreviations of time zones that stand as words after its first replaced by
/// their offsets ("Nov 19, 2019, 07:47 PM EST" → "… 07:47 PM -0500").
fn with_zone_offsets(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    for (i, word) in s.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let offset = ZONES.iter().find(|(z, _)| i > 0 && *z == word);
        out.push_str(offset.map_or(word, |(_, o)| o));
    }
    out
}

/// Read a publication date written in ISO 8601 / RFC 3339, RFC 2822 or a common English form
/// ("March 5, 2024", "5 Mar 2024", "2024/03/05 10:00"); `None` when it is none of them.
/// A time without a zone is taken as UTC.
pub(crate) fn parse(text: &str) -> Option<Published> {
    let s = text.trim().trim_end_matches('.');
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    let s = with_zone_offsets(s);
    let s = s
        .strip_suffix('Z')
        .map_or(s.clone(), |t| format!("{t}+0000"));
    // (Year 1 is what some pages write for no date.)
    let timed = |utc: DateTime<Utc>| {
        (utc.year() >= MIN_YEAR).then_some(Published {
            utc,
            has_time: true,
        })
    };
    if let Ok(d) = DateTime::parse_from_rfc3339(&s) {
        return timed(d.with_timezone(&Utc));
    }
    if let Ok(d) = DateTime::parse_from_rfc2822(&s) {
        return timed(d.with_timezone(&Utc));
    }
    for layout in ZONED {
        if let Ok(d) = DateTime::parse_from_str(&s, layout) {
            return timed(d.with_timezone(&Utc));
        }
    }
    for layout in NAIVE {
        if let Ok(d) = NaiveDateTime::parse_from_str(&s, layout) {
            return timed(Utc.from_utc_datetime(&d));
        }
    }
    // "5th March 2024", "March 5th, 2024": drop the ordinal suffix.
    let plain = strip_ordinals(&s);
    for layout in DATES {
        if let Ok(d) = NaiveDate::parse_from_str(&plain, layout) {
            return date_only(d);
        }
    }
    None
}

/// The date a web address gives in its path: folders `/2019/11/19/` (or `/2016/mar/01/`), or a
/// segment that holds `2019-11-19`, `2019_11_19` or `20191119`.
pub(crate) fn from_url(url: &str) -> Option<Published> {
    let after_host = match url.split_once("://") {
        Some((_, rest)) => rest.split_once('/').map_or("", |(_, path)| path),
        None => url,
    };
    let path = after_host.split(['?', '#']).next().unwrap_or("");
    let segments: Vec<&str> = path.split('/').collect();
    in_segments(&segments)
}

/// The date a file's path gives, when a folder (or the file's name) is dated: folders
/// `2019/11/19`, or a name that holds `2019-11-19`, `2019_11_19` or `20191119`
/// (`breitbart_2015-11-11_story.txt`). The dated part nearest the file wins.
pub(crate) fn from_path(path: &std::path::Path) -> Option<Published> {
    // (a name in UTF-8, as nearly all are, is borrowed, not copied)
    let names: Vec<std::borrow::Cow<str>> = path
        .components()
        .filter_map(|c| match c {
            std::path::Component::Normal(name) => Some(name.to_string_lossy()),
            _ => None,
        })
        .collect();
    let names: Vec<&str> = names.iter().map(|n| &**n).collect();
    in_segments(&names)
}

/// The date of a path's segments, from the last: one that holds a date, or three in a row that
/// are a year, a month and a day.
fn in_segments(segments: &[&str]) -> Option<Published> {
    for i in (0..segments.len()).rev() {
        if let Some(d) = date_in_name(segments[i]) {
            return date_only(d);
        }
        if i >= 2 {
            let (y, m, d) = (segments[i - 2], segments[i - 1], segments[i]);
            let year = number(y, 4).filter(|y| (1900..=2100).contains(y));
            let month = number(m, 2).or_else(|| month_number(m));
            if let (Some(year), Some(month), Some(day)) = (year, month, number(d, 2)) {
                if let Some(date) = NaiveDate::from_ymd_opt(year as i32, month, day) {
                    return date_only(date);
                }
            }
        }
    }
    None
}

/// `s` as a number when it is exactly `digits` ASCII digits.
fn number(s: &str, digits: usize) -> Option<u32> {
    (s.len() == digits && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// The number of a month written as its English name or abbreviation ("mar", "Sept", "March").
fn month_number(s: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    // (compared without a lower-case copy: most words asked about are no month)
    let i = MONTHS.iter().position(|full| {
        s.eq_ignore_ascii_case(full)
            || (s.len() == 3 && full[..3].eq_ignore_ascii_case(s))
            || s.eq_ignore_ascii_case("sept") && *full == "september"
    })?;
    Some(i as u32 + 1)
}

/// Most words of a line that only says when a page was posted or updated.
const STAMP_WORDS: usize = 20;

/// Whether a line only says when a page was posted or updated, as pages print it above or
/// below the article: "Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM", "PUBLISHED: 10:48, Tue,
/// Nov 19, 2019", "Updated at 1:23 p.m.", "Nov. 20, 2019, 9:28 AM UTC". Every word is of a date
/// or a time (numbers, months, weekdays, am/pm, a time zone, at/on, hours and days), and a
/// word says what the stamp is (posted, updated, published), or it counts back ("2 hours ago"),
/// or a time of day stands beside a date or a zone. A
/// date alone ("29 November 2018") or a time alone ("4:14 p.m.") may be the article's text.
pub(crate) fn is_stamp_line(line: &str) -> bool {
    let (mut said, mut ago, mut dated, mut zoned) = (false, false, false, false);
    let (mut digits, mut dotted) = (false, false);
    let mut words = 0;
    for word in line
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '.')
        .map(|w| w.trim_matches('.'))
        .filter(|w| !w.is_empty())
    {
        words += 1;
        if words > STAMP_WORDS {
            return false;
        }
        // A time written with a dot ("10.01 GMT", as British pages do).
        if let Some((h, m)) = word.split_once('.') {
            if number(m, 2).is_some() && (number(h, 1).is_some() || number(h, 2).is_some()) {
                (digits, dotted) = (true, true);
                continue;
            }
        }
        // Numbers, with an ordinal or am/pm glued on ("19th", "10pm").
        let letters = word.trim_start_matches(|c: char| c.is_ascii_digit());
        if letters.len() < word.len() {
            digits = true;
            if ["", "st", "nd", "rd", "th", "am", "pm", "AM", "PM"].contains(&letters) {
                continue;
            }
            return false;
        }
        let lower = word.to_ascii_lowercase();
        match lower.as_str() {
            "posted" | "updated" | "published" | "modified" | "last" => said = true,
            "at" | "on" | "am" | "pm" | "a.m" | "p.m" | "first" => {}
            // "Published 1 day ago".
            "ago" => ago = true,
            "min" | "mins" | "minute" | "minutes" | "hour" | "hours" | "hr" | "hrs" | "day"
            | "days" | "week" | "weeks" => {}
            "mon" | "tue" | "tues" | "wed" | "thu" | "thur" | "thurs" | "fri" | "sat" | "sun"
            | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday"
            | "sunday" => dated = true,
            _ if month_number(&lower).is_some() => dated = true,
            // A time zone: "EST", "BST", "UTC", "PT".
            _ if (2..=5).contains(&word.len())
                && word.bytes().all(|b| b.is_ascii_uppercase())
                && (word.ends_with('T') || word == "UTC") =>
            {
                zoned = true
            }
            _ => return false,
        }
    }
    let timed = dotted
        || line
            .as_bytes()
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
    digits && (said || ago || (timed && (dated || zoned)))
}

/// A date written inside a name, between non-digits: `2019-11-19`, `2019_11_19`, `20191119`.
fn date_in_name(name: &str) -> Option<NaiveDate> {
    let b = name.as_bytes();
    let digits = |from: usize, n: usize| -> Option<u32> {
        let part = b.get(from..from + n)?;
        part.iter()
            .all(u8::is_ascii_digit)
            .then(|| std::str::from_utf8(part).ok()?.parse().ok())
            .flatten()
    };
    for start in 0..b.len() {
        if start > 0 && b[start - 1].is_ascii_digit() {
            continue;
        }
        let Some(year) = digits(start, 4).filter(|y| (1900..=2100).contains(y)) else {
            continue;
        };
        let (sep, month_at) = match b.get(start + 4) {
            Some(&c @ (b'-' | b'_')) => (Some(c), start + 5),
            _ => (None, start + 4),
        };
        let Some(month) = digits(month_at, 2) else {
            continue;
        };
        let day_at = match sep {
            Some(c) if b.get(month_at + 2) == Some(&c) => month_at + 3,
            Some(_) => continue,
            None => month_at + 2,
        };
        let Some(day) = digits(day_at, 2) else {
            continue;
        };
        if b.get(day_at + 2).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        if let Some(date) = NaiveDate::from_ymd_opt(year as i32, month, day) {
            return Some(date);
        }
    }
    None
}

/// Lines of a body's top that a dateline may be on.
const DATELINE_LINES: usize = 5;
/// Words besides its date that a line mostly a date may have.
const OTHER_WORDS: usize = 6;
/// Most words of such a line: the longest window of words read around a year (six), and those.
const SHORT_LINE_WORDS: usize = 6 + OTHER_WORDS;

/// The date an article's first lines give: a short line that is mostly a date ("Published 5
/// March 2024", "March 5, 2024 10:30") or a dateline that opens the text ("WASHINGTON, March
/// 5, 2024 — ..."). A date elsewhere in a sentence is not the article's.
pub(crate) fn dateline(body: &str) -> Option<Published> {
    for (n, line) in body
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(DATELINE_LINES)
        .enumerate()
    {
        // (Most lines hold no year: they are passed over without being split.)
        if !has_four_digits(line) {
            continue;
        }
        // A date is read from a short line, or from a dateline's first words: a line's words
        // past the first that can tell either are not split off.
        let words: Vec<&str> = line.split_whitespace().take(SHORT_LINE_WORDS + 1).collect();
        if n > 0 && words.len() > SHORT_LINE_WORDS {
            continue;
        }
        for (at, word) in words.iter().enumerate() {
            if !has_year(word) {
                continue;
            }
            // Windows of words around the year, the longest first: "Tuesday, March 5, 2024
            // 10:30", "5 March 2024", "2024-03-05".
            for (before, after) in [
                (3, 2),
                (3, 1),
                (2, 2),
                (2, 1),
                (3, 0),
                (2, 0),
                (1, 0),
                (0, 0),
            ] {
                let (Some(from), to) = (at.checked_sub(before), at + after) else {
                    continue;
                };
                if to >= words.len() {
                    continue;
                }
                let short = words.len() <= to - from + 1 + OTHER_WORDS;
                // A dateline: the text's first words, a place in capitals and the date, then
                // a dash or the agency in brackets.
                let place = &words[..from];
                let opens = n == 0
                    && from <= 4
                    && place.iter().all(|w| !w.starts_with(char::is_lowercase))
                    && place.last().is_none_or(|w| w.ends_with([',', ':']))
                    && words
                        .get(to + 1)
                        .is_some_and(|w| w.starts_with(['—', '–', '-', '(']));
                // Where the words stand decides first: a date is read (some forty layouts
                // tried) only where one would count.
                if !(short || opens) {
                    continue;
                }
                let text = words[from..=to].join(" ");
                let text = text.trim_end_matches([',', ';', ':', '|', '—', '–', '-', '(']);
                if let Some(date) = parse(text) {
                    return Some(date);
                }
            }
        }
    }
    None
}

/// Whether `line` has four digits in a row: eight bytes at a time where none is a digit (most
/// of a line), else a count of the digits in a row.
fn has_four_digits(line: &str) -> bool {
    use crate::ascii::{bytes_within, HIGH_BITS};
    let bytes = line.as_bytes();
    let mut run = 0;
    let mut count = |b: &u8| {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        run == 4
    };
    let mut chunks = bytes.chunks_exact(8);
    for chunk in chunks.by_ref() {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        // (A byte of 128 or more is no digit: `!x` clears its top bit.)
        if bytes_within(x & !HIGH_BITS, b'0', b'9') & !x == 0 {
            count(&b' ');
        } else if chunk.iter().any(&mut count) {
            return true;
        }
    }
    chunks.remainder().iter().any(count)
}

/// Whether a word holds a year (four digits from 1900 to 2100, alone or in an ISO date).
fn has_year(word: &str) -> bool {
    word.get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|y| y.parse::<u32>().ok())
        .is_some_and(|y| (1900..=2100).contains(&y))
}

/// A date given as a number: seconds (or milliseconds) since the Unix epoch.
pub(crate) fn from_epoch(n: i64) -> Option<Published> {
    let secs = if n.abs() > 100_000_000_000 {
        n / 1000
    } else {
        n
    };
    let utc = DateTime::from_timestamp(secs, 0)?;
    Some(Published {
        utc,
        has_time: true,
    })
}

/// A `YYYY-MM-DD` date (the form `--since` and `--until` take).
pub(crate) fn parse_day(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| format!("invalid date {text:?}: give it as YYYY-MM-DD"))
}

/// Years before this are no publication dates.
const MIN_YEAR: i32 = 1000;

fn date_only(d: NaiveDate) -> Option<Published> {
    (d.year() >= MIN_YEAR).then_some(Published {
        utc: Utc.from_utc_datetime(&d.and_time(NaiveTime::MIN)),
        has_time: false,
    })
}

fn strip_ordinals(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let words: Vec<&str> = s.split(' ').collect();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == ',');
        let suffix = &w[digits.len()..];
        let bare = suffix.trim_end_matches(',');
        if !digits.is_empty()
            && digits.chars().all(|c| c.is_ascii_digit())
            && matches!(bare, "st" | "nd" | "rd" | "th")
        {
            out.push_str(digits);
            out.push_str(&suffix[bare.len()..]);
        } else {
            out.push_str(w);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_names_and_abbreviations() {
        let cases = [
            ("March", Some(3)),
            ("march", Some(3)),
            ("MAR", Some(3)),
            ("mar", Some(3)),
            ("Sept", Some(9)),
            ("sep", Some(9)),
            ("December", Some(12)),
            ("ma", None),
            ("marc", None),
            ("marching", None),
            ("septe", None),
            ("", None),
            ("mär", None),
        ];
        for (s, want) in cases {
            assert_eq!(month_number(s), want, "{s:?}");
        }
    }

    #[test]
    fn stamp_lines_say_only_when_a_page_was_posted() {
        let cases = [
            ("Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM", true),
            ("PUBLISHED: 10:48, Tue, Nov 19, 2019", true),
            ("| UPDATED: 11:05, Tue, Nov 19, 2019", true),
            ("Updated at 1:23 p.m.", true),
            ("Nov. 20, 2019, 9:28 AM UTC", true),
            ("Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)", true),
            ("November 18, 2019 | 4:10pm", true),
            ("Published 11:11 PM EST Nov 19, 2019", true),
            ("Last modified on Tue 19 Nov 2019 10.01 GMT", true),
            ("Published 1 day ago", true),
            ("2 hours ago", true),
            ("3 days", false),
            ("11/18/19 11:04 PM EST", true),
            ("First Published: Tuesday, November 19, 2019 08:38 AM", true),
            ("First 5", false),
            // A date or a time alone may be the article's own line.
            ("29 November 2018 | 20 January 2019", false),
            ("4:14 p.m.", false),
            ("Updated", false),
            // Words that are not of a date.
            ("Posted at 10:30 by the council on Monday", false),
            ("The vote is on May 5 at 10:00.", false),
            ("At 6:30 on Monday, the doors opened.", false),
        ];
        for (line, want) in cases {
            assert_eq!(is_stamp_line(line), want, "{line:?}");
        }
    }

    #[test]
    fn dates_in_common_forms() {
        let cases = [
            ("2024-03-05", Some("2024-03-05")),
            ("2024-03-05T10:30:00+01:00", Some("2024-03-05T09:30:00Z")),
            ("2024-03-05T10:30:00.123Z", Some("2024-03-05T10:30:00Z")),
            ("2024-03-05T10:30:00+0100", Some("2024-03-05T09:30:00Z")),
            ("2024-03-05T10:30Z", Some("2024-03-05T10:30:00Z")),
            ("2024-03-05T10:30:00", Some("2024-03-05T10:30:00Z")),
            ("2024-03-05 10:30:00", Some("2024-03-05T10:30:00Z")),
            (
                "Tue, 05 Mar 2024 10:30:00 GMT",
                Some("2024-03-05T10:30:00Z"),
            ),
            // a zone after a 24-hour time; IST is India's
            ("July 4, 2024 10:21 IST", Some("2024-07-04T04:51:00Z")),
            ("Jul 04, 2024 10:21 PM IST", Some("2024-07-04T16:51:00Z")),
            ("5 March 2024 10:30 EST", Some("2024-03-05T15:30:00Z")),
            (
                "Tue, 5 Mar 2024 10:30:00 +0000",
                Some("2024-03-05T10:30:00Z"),
            ),
            ("March 5, 2024", Some("2024-03-05")),
            (
                "November 19, 2019, 07:47 PM EST",
                Some("2019-11-20T00:47:00Z"),
            ),
            ("Nov 19, 2019 7:47 AM PDT", Some("2019-11-19T14:47:00Z")),
            (
                "Fri Mar 13 21:30:09 AEDT 2015",
                Some("2015-03-13T10:30:09Z"),
            ),
            ("Mar 5, 2024", Some("2024-03-05")),
            ("5 March 2024", Some("2024-03-05")),
            ("5th March 2024", Some("2024-03-05")),
            ("March 5th, 2024", Some("2024-03-05")),
            ("Tuesday, March 5, 2024", Some("2024-03-05")),
            ("2024/03/05", Some("2024-03-05")),
            ("26-FEB-1987 15:01:01.79", Some("1987-02-26T15:01:01Z")),
            ("3-Mar-1987 09:15:22.10", Some("1987-03-03T09:15:22Z")),
            ("  2024-03-05 ", Some("2024-03-05")),
            ("yesterday", None),
            ("", None),
            ("2024-13-45", None),
            ("0001-01-01T00:00:00Z", None),
            ("0001-01-01", None),
        ];
        for (input, want) in cases {
            let got = parse(input).map(|p| p.to_string());
            assert_eq!(got.as_deref(), want, "{input:?}");
        }
    }

    /// A date is written as it is shown, and read back the same.
    #[test]
    fn dates_round_trip_through_json() {
        for input in ["2024-03-05", "2024-03-05T09:30:00Z"] {
            let date = parse(input).expect("date");
            let json = serde_json::to_string(&date).expect("json");
            assert_eq!(json, format!("{input:?}"));
            let back: Published = serde_json::from_str(&json).expect("back");
            assert_eq!(back, date, "{input:?}");
        }
        assert!(serde_json::from_str::<Published>("\"someday\"").is_err());
    }

    #[test]
    fn dates_of_web_addresses() {
        let cases = [
            (
                "https://www.cnn.com/2019/11/19/politics/story/index.html",
                Some("2019-11-19"),
            ),
            (
                "https://www.theguardian.com/politics/2016/mar/01/story",
                Some("2016-03-01"),
            ),
            (
                "https://example.com/news/2019-11-19-ferry-fares",
                Some("2019-11-19"),
            ),
            (
                "https://example.com/news/20191119/ferry",
                Some("2019-11-19"),
            ),
            ("https://example.com/2019/11/ferry-fares", None),
            ("https://www.bbc.co.uk/news/uk-politics-12345678", None),
            ("https://example.com/2019/13/45/nonsense", None),
            // The host is no folder, and the query no path.
            ("https://2019.example/11/19/x?d=2020-01-01", None),
            ("https://example.com/a?date=2020-01-01", None),
        ];
        for (url, want) in cases {
            let got = from_url(url).map(|p| p.to_string());
            assert_eq!(got.as_deref(), want, "{url:?}");
        }
    }

    #[test]
    fn dates_of_file_paths() {
        let cases = [
            ("/news/2019/11/19/ferry.txt", Some("2019-11-19")),
            ("/news/2019-11-19/ferry.txt", Some("2019-11-19")),
            (
                "/corpus/breitbart_2015-11-11_the-ninth-circle.txt",
                Some("2015-11-11"),
            ),
            ("/corpus/2015_11_11_story.txt", Some("2015-11-11")),
            (
                "/old/2001-01-01/new/2019/11/19/ferry.txt",
                Some("2019-11-19"),
            ),
            ("/bbc-fulltext/business/001.txt", None),
            ("/news/2019/ferry.txt", None),
            ("/news/report-2019-11.txt", None),
            ("/news/id-120191119/ferry.txt", None),
            ("/news/2019-11-1/ferry.txt", None),
        ];
        for (path, want) in cases {
            let got = from_path(std::path::Path::new(path)).map(|p| p.to_string());
            assert_eq!(got.as_deref(), want, "{path:?}");
        }
    }

    #[test]
    fn four_digits_in_a_row() {
        let cases = [
            ("2024", true),
            ("on 5 March 2024.", true),
            ("x12345", true),
            ("123 4567", true),
            ("123", false),
            ("12 34", false),
            ("1a234", false),
            ("", false),
            ("١٢٣٤", false),
            ("The year 2024", true),
            ("Twelve bytes 12", false),
            ("in 1999, and", true),
            ("abcdefg1234abcdefgh", true),
            ("abcdefg12\u{e9}34abcdef", false),
        ];
        for (line, want) in cases {
            assert_eq!(has_four_digits(line), want, "{line:?}");
        }
    }

    proptest::proptest! {
        /// Any line, of digits, letters and other scripts, at any length past eight bytes.
        #[test]
        fn four_digits_in_a_row_anywhere(line in "[0-9a ,é٣]{0,40}") {
            let want = line.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
            proptest::prop_assert_eq!(has_four_digits(&line), want, "{:?}", line);
        }
    }

    #[test]
    fn datelines() {
        let cases = [
            (
                "WASHINGTON, March 5, 2024 — The Senate voted.",
                Some("2024-03-05"),
            ),
            (
                "LONDON, 5 March 2024 (Reuters) - Shares fell.",
                Some("2024-03-05"),
            ),
            (
                "Published: Tuesday, March 5, 2024\n\nThe Senate voted.",
                Some("2024-03-05"),
            ),
            (
                "By Ann Lee | March 5, 2024 10:30 am\n\nBody.",
                Some("2024-03-05T10:30:00Z"),
            ),
            ("Updated 2024-03-05\n\nBody.", Some("2024-03-05")),
            (
                "First line.\n\nSecond.\n\nMarch 5, 2024\n\nFourth.",
                Some("2024-03-05"),
            ),
            // A date in a sentence is what the article is about, not when it was published.
            (
                "The company said on March 5, 2020 that it would close its Leeds factory and move.",
                None,
            ),
            (
                "A hearing is scheduled for June 14 at Eastgate County Court.",
                None,
            ),
            ("In 2004, the party won.", None),
            ("One.\nTwo.\nThree.\nFour.\nFive.\nMarch 5, 2024", None),
            (
                "A newly released email.\n\nIn an email dated Feb. 12, 2012 — seven months before",
                None,
            ),
            (
                "In an email dated Feb. 12, 2012 — seven months before the attack",
                None,
            ),
            (
                "Feb. 23, 2015 -- Life-threatening peanut allergies have been on the rise",
                Some("2015-02-23"),
            ),
            (
                "CLEVELAND, Ohio, Nov. 19, 2019 – The Doobie Brothers will reunite.",
                Some("2019-11-19"),
            ),
        ];
        for (body, want) in cases {
            let got = dateline(body).map(|p| p.to_string());
            assert_eq!(got.as_deref(), want, "{body:?}");
        }
    }

    #[test]
    fn epoch_numbers() {
        let cases = [
            (1_709_634_600, Some("2024-03-05T10:30:00Z")),
            (1_709_634_600_000, Some("2024-03-05T10:30:00Z")),
        ];
        for (input, want) in cases {
            let got = from_epoch(input).map(|p| p.to_string());
            assert_eq!(got.as_deref(), want, "{input:?}");
        }
    }

    #[test]
    fn days_for_filters() {
        let cases = [
            ("2024-03-05", Ok(NaiveDate::from_ymd_opt(2024, 3, 5))),
            (
                "5/3/2024",
                Err("invalid date \"5/3/2024\": give it as YYYY-MM-DD".to_string()),
            ),
        ];
        for (input, want) in cases {
            let got = parse_day(input).map(Some);
            assert_eq!(got, want, "{input:?}");
        }
    }
}
