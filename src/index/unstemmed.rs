//! The index's words whose stem is not the word, kept beside the index in a sorted file, so that
//! a prefix query finds every word that starts with the prefix as written: "econ*" must find
//! "economy", which the index holds only as "economi", and "economy*" must too.

use std::path::Path;

use anyhow::{Context, Result};

/// The file of the words, one per line, sorted, in the index folder.
const FILE: &str = "newsdex-unstemmed-words";

/// Add `new` (sorted) to the words of the index at `dir`: the file is rewritten whole, then
/// renamed into place, so that a reader sees it before or after, never in between.
pub(crate) fn add(dir: &Path, new: &[Box<str>]) -> Result<()> {
    if new.is_empty() {
        return Ok(());
    }
    let old = std::fs::read_to_string(dir.join(FILE)).unwrap_or_default();
    let mut merged = String::with_capacity(old.len() + new.len() * 10);
    let (mut a, mut b) = (old.lines().peekable(), new.iter().map(|w| &**w).peekable());
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if x < y => a.next(),
            (Some(x), Some(y)) if x > y => b.next(),
            (Some(_), Some(_)) => {
                b.next();
                a.next()
            }
            (Some(_), None) => a.next(),
            (None, Some(_)) => b.next(),
            (None, None) => break,
        };
        if let Some(word) = next {
            merged.push_str(word);
            merged.push('\n');
        }
    }
    let part = dir.join(format!("{FILE}.part"));
    std::fs::write(&part, merged).with_context(|| format!("writing {}", part.display()))?;
    std::fs::rename(&part, dir.join(FILE))
        .with_context(|| format!("writing {}", dir.join(FILE).display()))
}

/// Forget the words of the index at `dir` (it is being rebuilt).
pub(crate) fn clear(dir: &Path) -> Result<()> {
    match std::fs::remove_file(dir.join(FILE)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(e).with_context(|| format!("removing {}", dir.join(FILE).display()))
        }
        _ => Ok(()),
    }
}

/// The words of the index at `dir` (none when it keeps none).
pub(crate) struct Words {
    text: String,
}

impl Words {
    pub(crate) fn of(dir: &Path) -> Words {
        Words {
            text: std::fs::read_to_string(dir.join(FILE)).unwrap_or_default(),
        }
    }

    /// The words that start with `prefix`, in order.
    pub(crate) fn starting_with<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a str> {
        let lines: Vec<&str> = self.text.lines().collect();
        let from = lines.partition_point(|w| *w < prefix);
        lines
            .into_iter()
            .skip(from)
            .take_while(move |w| w.starts_with(prefix))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_merged_and_found_by_prefix() {
        let dir = tempfile::TempDir::new().expect("temp dir");
        let words = |list: &[&str]| -> Vec<Box<str>> { list.iter().map(|w| (*w).into()).collect() };
        add(dir.path(), &words(&["economy", "running"])).expect("add");
        add(dir.path(), &words(&["economies", "economy", "zebras"])).expect("add");
        add(dir.path(), &[]).expect("nothing to add");
        let all = Words::of(dir.path());
        let cases = [
            ("econ", vec!["economies", "economy"]),
            ("economy", vec!["economy"]),
            ("economyx", vec![]),
            ("", vec!["economies", "economy", "running", "zebras"]),
            ("zz", vec![]),
        ];
        for (prefix, want) in cases {
            let got: Vec<&str> = all.starting_with(prefix).collect();
            assert_eq!(got, want, "{prefix:?}");
        }
        clear(dir.path()).expect("clear");
        clear(dir.path()).expect("clear again");
        assert_eq!(Words::of(dir.path()).starting_with("").count(), 0);
    }
}
