//! What the integration tests share: running newsdex on an index, the README's example
//! queries whose answers two indexes must give alike; `server` and `webdriver` for the tests of
//! `newsdex serve`.

#![allow(dead_code)]

pub mod server;
pub mod webdriver;

use std::path::Path;
use std::process::Output;

use assert_cmd::Command;

/// The README's example queries (and the listings, and `show`), each asked for every hit.
pub const README_QUERIES: &[&[&str]] = &[
    &["quotes", "danger"],
    &[
        "query",
        "ferry",
        "--person",
        "Morag Lindqvist",
        "--since",
        "2025-01-01",
        "--sort",
        "date",
    ],
    &["quotes", "--speaker", "Tom Reilly"],
    &["quotes", "--speaker", "democrat"],
    &["person", "kushner"],
    &["query", "speaker:clinton AND danger"],
    &["query", "quote:rebuild"],
    &["query", "url:\"https://coastwire.example/ferry-rescue\""],
    &["query", "*", "--sort", "date"],
    &["quotes", "*"],
    &["people"],
    &["outlets"],
    &["show", "fixtures/okafor-siblings-bakery-feud.txt"],
    &["show", "fixtures/formats/wire-feed.jsonl#2"],
];

/// `newsdex --index INDEX ARGS...`, run in the repository's folder.
pub fn newsdex(index: &Path, args: &[&str]) -> Output {
    Command::cargo_bin("newsdex")
        .expect("binary")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NEWSDEX_INDEX")
        .env("NO_COLOR", "1")
        .arg("--index")
        .arg(index)
        .args(args)
        .output()
        .expect("newsdex runs")
}

/// The JSON answers of the README's queries on an index, every hit, each query's hits sorted and
/// without their ranks (articles of equal score come in the order they were written in).
pub fn answers(index: &Path) -> Vec<(String, Vec<String>)> {
    README_QUERIES
        .iter()
        .map(|q| {
            let mut args = q.to_vec();
            args.push("--json");
            if q[0] != "show" {
                args.extend(["--limit", "100000"]);
            }
            // Every copy of a story: which copy stands for it, among hits of one score, follows
            // the order the articles were written in.
            if ["query", "quotes", "person"].contains(&q[0]) {
                args.push("--copies");
            }
            let out = newsdex(index, &args);
            let mut lines: Vec<String> = String::from_utf8_lossy(&out.stdout)
                .lines()
                .map(|l| {
                    // Ranks of equal scores follow the order the articles were written in.
                    let mut hit: serde_json::Value =
                        serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"));
                    if let Some(o) = hit.as_object_mut() {
                        o.remove("rank");
                    }
                    hit.to_string()
                })
                .collect();
            lines.sort();
            (q.join(" "), lines)
        })
        .collect()
}

/// `export` of an index, as parsed records sorted by their identity, with the keys `drop`
/// removed (`["stamp", "path"]` where two indexes read the same articles from other copies).
pub fn exported(index: &Path, args: &[&str], drop: &[&str]) -> Vec<serde_json::Value> {
    let mut all = vec!["export"];
    all.extend(args);
    let out = newsdex(index, &all);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut records: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            let mut v: serde_json::Value =
                serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"));
            if let Some(o) = v.as_object_mut() {
                for k in drop {
                    o.remove(*k);
                }
            }
            v
        })
        .collect();
    records.sort_by_key(|v| {
        (
            v["id"].to_string(),
            v["article"].to_string(),
            v["index"].to_string(),
        )
    });
    records
}
