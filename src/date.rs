//! Publication dates: the many ways pages, feeds and datasets write them, read into one UTC
//! instant, so that every format gives the index the same sortable, filterable date.

use std::fmt;

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
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

/// Read a publication date written in ISO 8601 / RFC 3339, RFC 2822 or a common English form
/// ("March 5, 2024", "5 Mar 2024", "2024/03/05 10:00"); `None` when it is none of them.
/// A time without a zone is taken as UTC.
pub(crate) fn parse(text: &str) -> Option<Published> {
    let s = text.trim().trim_end_matches('.');
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    let s = s.replace(" GMT", " +0000").replace(" UTC", " +0000");
    let s = s
        .strip_suffix('Z')
        .map_or(s.clone(), |t| format!("{t}+0000"));
    let timed = |utc: DateTime<Utc>| {
        Some(Published {
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

fn date_only(d: NaiveDate) -> Option<Published> {
    Some(Published {
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
            (
                "Tue, 5 Mar 2024 10:30:00 +0000",
                Some("2024-03-05T10:30:00Z"),
            ),
            ("March 5, 2024", Some("2024-03-05")),
            ("Mar 5, 2024", Some("2024-03-05")),
            ("5 March 2024", Some("2024-03-05")),
            ("5th March 2024", Some("2024-03-05")),
            ("March 5th, 2024", Some("2024-03-05")),
            ("Tuesday, March 5, 2024", Some("2024-03-05")),
            ("2024/03/05", Some("2024-03-05")),
            ("  2024-03-05 ", Some("2024-03-05")),
            ("yesterday", None),
            ("", None),
            ("2024-13-45", None),
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
