//! A synthetic news corpus for `benches/compare.sh` when the BBC corpus is absent: deterministic
//! plain-text articles (headline line, then paragraphs) with people, titles, quotes and their
//! speakers, about the size of a BBC article (2.2 kB).
//!
//! Usage: `cargo run --release --example gencorpus -- OUT_DIR ARTICLES`

use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};

const FIRST: &[&str] = &[
    "Helen", "James", "Maria", "David", "Sarah", "Peter", "Anna", "Robert", "Laura", "Thomas",
    "Emma", "Michael", "Claire", "Daniel", "Sophie", "Richard", "Julia", "Andrew", "Grace", "Paul",
];
const LAST: &[&str] = &[
    "Hewitt",
    "Brown",
    "Okafor",
    "Visser",
    "Lindqvist",
    "Moreau",
    "Patel",
    "Kowalski",
    "Reilly",
    "Nakamura",
    "Fischer",
    "Delgado",
    "Bakker",
    "Campbell",
    "Rossi",
    "Hughes",
    "Novak",
    "Silva",
];
const TITLES: &[&str] = &[
    "Prime Minister",
    "Finance Minister",
    "Mayor",
    "Senator",
    "chief executive",
    "coach",
    "Health Secretary",
    "opposition leader",
];
const TOPICS: &[&str] = &[
    "budget",
    "election",
    "railway",
    "hospital",
    "school",
    "tax",
    "harbour",
    "festival",
    "merger",
    "match",
    "pension",
    "housing",
    "climate",
    "broadband",
    "ferry",
    "tariff",
];
const VERBS: &[&str] = &["said", "told reporters", "added", "warned", "argued"];
const FILLER: &[&str] = &[
    "The plan would cost more than expected over the next five years.",
    "Critics said the proposals did not go far enough.",
    "Officials expect a decision before the end of the month.",
    "The announcement followed weeks of talks between the two sides.",
    "Figures published last week showed a sharp rise in demand.",
    "Opposition parties called for an independent review of the scheme.",
    "Shares in the company rose by four percent in early trading.",
    "The prime minister is expected to address parliament on Tuesday.",
    "Local residents have campaigned against the changes for years.",
    "The report will be published in full next spring.",
];
const SECTIONS: &[&str] = &["business", "entertainment", "politics", "sport", "tech"];

/// A small deterministic generator (xorshift64*), so every run writes the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

fn article(rng: &mut Rng) -> String {
    let topic = rng.pick(TOPICS);
    let (first, last, title) = (rng.pick(FIRST), rng.pick(LAST), rng.pick(TITLES));
    let (first2, last2) = (rng.pick(FIRST), rng.pick(LAST));
    let mut s = String::with_capacity(2600);
    let _ = writeln!(s, "{title} {last} unveils {topic} plan\n");
    let _ = writeln!(
        s,
        "{title} {first} {last} has announced a new {topic} plan, saying it would help families across the country.\n"
    );
    for p in 0..5 {
        for _ in 0..3 {
            s.push_str(rng.pick(FILLER));
            s.push(' ');
        }
        let verb = rng.pick(VERBS);
        let topic2 = rng.pick(TOPICS);
        match p % 3 {
            0 => {
                let _ = write!(
                    s,
                    "\"We will not let the {topic2} wait any longer,\" {last} {verb}."
                );
            }
            1 => {
                let _ = write!(
                    s,
                    "{first2} {last2}, a spokesperson for the {topic2} group, {verb}: \"This is a serious matter for everyone involved.\""
                );
            }
            _ => {
                let _ = write!(
                    s,
                    "\"The {topic2} figures speak for themselves,\" {last2} {verb}, \"and the prime minister knows it.\""
                );
            }
        }
        s.push_str("\n\n");
    }
    s
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [out, n] = args.as_slice() else {
        bail!("usage: gencorpus OUT_DIR ARTICLES");
    };
    let out = PathBuf::from(out);
    let n: usize = n
        .parse()
        .with_context(|| format!("ARTICLES must be a number, not {n:?}"))?;
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for section in SECTIONS {
        let dir = out.join(section);
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    for i in 0..n {
        let path = out
            .join(SECTIONS[i % SECTIONS.len()])
            .join(format!("{:06}.txt", i));
        std::fs::write(&path, article(&mut rng))
            .with_context(|| format!("writing {}", path.display()))?;
    }
    println!("wrote {n} articles to {}", out.display());
    Ok(())
}
