//! newsdex's records: what `extract --json` and `export` write follows the JSON Schema in
//! `src/record.schema.json`, and an index goes out as records and comes back the same.

mod common;

use std::path::Path;

use serde_json::Value;

/// A validator of the part of JSON Schema (2020-12) that the record schema uses: `$ref` within
/// the document, `oneOf`, `type`, `const`, `required`, `properties`, `items`, `minimum`,
/// `minLength`, `pattern`.
struct Schema {
    root: Value,
}

impl Schema {
    fn load() -> Schema {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/record.schema.json");
        let text = std::fs::read_to_string(path).expect("the schema");
        Schema {
            root: serde_json::from_str(&text).expect("the schema is JSON"),
        }
    }

    /// Why `value` does not follow the schema, or `None`.
    fn check(&self, value: &Value) -> Option<String> {
        self.at(&self.root, value, "$")
    }

    fn resolve(&self, reference: &str) -> &Value {
        let pointer = reference.strip_prefix('#').expect("a local reference");
        self.root
            .pointer(pointer)
            .unwrap_or_else(|| panic!("the schema has no {reference}"))
    }

    fn at(&self, schema: &Value, value: &Value, place: &str) -> Option<String> {
        if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            if let Some(e) = self.at(self.resolve(r), value, place) {
                return Some(e);
            }
        }
        if let Some(options) = schema.get("oneOf").and_then(Value::as_array) {
            let fits = options
                .iter()
                .filter(|o| self.at(o, value, place).is_none())
                .count();
            if fits != 1 {
                return Some(format!("{place}: fits {fits} of oneOf's schemas"));
            }
        }
        if let Some(types) = schema.get("type") {
            let names: Vec<&str> = match types {
                Value::String(t) => vec![t.as_str()],
                Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
                _ => vec![],
            };
            let is = |t: &str| match t {
                "null" => value.is_null(),
                "boolean" => value.is_boolean(),
                "integer" => value.is_u64() || value.is_i64(),
                "number" => value.is_number(),
                "string" => value.is_string(),
                "array" => value.is_array(),
                "object" => value.is_object(),
                _ => false,
            };
            if !names.iter().any(|t| is(t)) {
                return Some(format!("{place}: {value} is not of type {names:?}"));
            }
        }
        if let Some(c) = schema.get("const") {
            if c != value {
                return Some(format!("{place}: {value} is not {c}"));
            }
        }
        if let (Some(min), Some(n)) = (
            schema.get("minimum").and_then(Value::as_f64),
            value.as_f64(),
        ) {
            if n < min {
                return Some(format!("{place}: {n} is under {min}"));
            }
        }
        if let Some(s) = value.as_str() {
            if let Some(min) = schema.get("minLength").and_then(Value::as_u64) {
                if (s.chars().count() as u64) < min {
                    return Some(format!("{place}: {s:?} is shorter than {min}"));
                }
            }
            if let Some(p) = schema.get("pattern").and_then(Value::as_str) {
                if !regex::Regex::new(p).expect("a pattern").is_match(s) {
                    return Some(format!("{place}: {s:?} does not match {p}"));
                }
            }
        }
        if let Some(o) = value.as_object() {
            for key in schema
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
            {
                if !o.contains_key(key) {
                    return Some(format!("{place}: no {key:?}"));
                }
            }
            if let Some(props) = schema.get("properties").and_then(Value::as_object) {
                for (key, sub) in props {
                    if let Some(v) = o.get(key) {
                        if let Some(e) = self.at(sub, v, &format!("{place}.{key}")) {
                            return Some(e);
                        }
                    }
                }
            }
        }
        if let (Some(items), Some(a)) = (schema.get("items"), value.as_array()) {
            for (i, v) in a.iter().enumerate() {
                if let Some(e) = self.at(items, v, &format!("{place}[{i}]")) {
                    return Some(e);
                }
            }
        }
        None
    }
}

fn records(out: &std::process::Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// The validator finds what is wrong, so that a record that passes it does follow the schema.
#[test]
fn the_schema_check_can_fail() {
    let schema = Schema::load();
    let good = serde_json::json!({
        "newsdex": 1, "kind": "article", "id": "/a.jsonl#2", "source": "/a.jsonl", "record": 2,
        "stamp": {"size": 3, "mtime": "2025-01-13T22:40:00.5Z", "hash": "00000000deadbeef"},
        "url": null, "headline": "H", "body": "B", "outlet": null, "authors": [],
        "published": "2025-01-13", "people": [], "mentions": [],
        "quotes": [{"text": "B", "speaker": null, "person": null, "start": 0, "end": 1}]
    });
    assert_eq!(schema.check(&good), None);
    let cases = [
        (
            "/newsdex",
            serde_json::json!(2),
            "$: fits 0 of oneOf's schemas",
        ),
        ("/published", serde_json::json!("13 Jan 2025"), "fits 0"),
        ("/stamp/hash", serde_json::json!("DEADBEEF"), "fits 0"),
        ("/quotes/0/start", serde_json::json!(-1), "fits 0"),
        ("/record", serde_json::json!(0), "fits 0"),
    ];
    for (pointer, bad, want) in cases {
        let mut v = good.clone();
        *v.pointer_mut(pointer).expect("the key") = bad;
        let got = schema.check(&v).unwrap_or_default();
        assert!(got.contains(want), "{pointer}: {got:?}");
    }
    let mut missing = good.clone();
    missing.as_object_mut().expect("object").remove("body");
    assert!(schema.check(&missing).is_some(), "a record without a body");
}

/// Every record `extract --json --quotes` writes of the fixtures follows the schema.
#[test]
fn extracted_records_follow_the_schema() {
    let schema = Schema::load();
    let dir = tempfile::TempDir::new().expect("temp dir");
    let out = common::newsdex(
        dir.path(),
        &[
            "extract",
            "--json",
            "--quotes",
            "fixtures",
            "tests/malformed",
        ],
    );
    let all = records(&out);
    let kinds = |k: &str| all.iter().filter(|r| r["kind"] == k).count();
    assert!(
        kinds("article") > 20 && kinds("quote") > 50,
        "{}",
        all.len()
    );
    for r in &all {
        assert_eq!(schema.check(r), None, "{r}");
    }
}

fn ok(out: &std::process::Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `ingest` -> `export` -> `ingest` gives an index with the same contents (every field of every
/// article and quote, the answers to the README's queries), gzipped records included; records
/// ingested again change nothing, and the files they came from are then known as unchanged.
#[test]
fn an_index_goes_out_as_records_and_comes_back_the_same() {
    let work = tempfile::TempDir::new().expect("temp dir");
    let (a, b) = (work.path().join("a"), work.path().join("b"));
    ok(&common::newsdex(&a, &["ingest", "fixtures"]));
    let records = ok(&common::newsdex(&a, &["export"]));
    let gz = work.path().join("records.jsonl.gz");
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut e, records.as_bytes()).expect("gzip");
    std::fs::write(&gz, e.finish().expect("gzip")).expect("records file");

    let first = ok(&common::newsdex(
        &b,
        &["ingest", "--json", &gz.to_string_lossy()],
    ));
    let first: Value = serde_json::from_str(&first).expect("summary");
    assert_eq!(
        (first["indexed"].as_u64(), first["files"].as_u64()),
        (Some(27), Some(1))
    );

    assert_eq!(
        common::exported(&a, &[], &[]),
        common::exported(&b, &[], &[])
    );
    assert_eq!(
        common::exported(&a, &["--quotes"], &[]),
        common::exported(&b, &["--quotes"], &[])
    );
    for (got, want) in common::answers(&b).iter().zip(common::answers(&a)) {
        assert!(!want.1.is_empty(), "{} finds nothing", want.0);
        assert_eq!(got, &want);
    }
    let schema = Schema::load();
    for r in common::exported(&b, &[], &[])
        .iter()
        .chain(&common::exported(&b, &["--quotes"], &[]))
    {
        assert_eq!(schema.check(r), None, "{r}");
    }

    let sources: std::collections::HashSet<String> = records
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("a record")["source"].to_string())
        .collect();
    let again = ok(&common::newsdex(
        &b,
        &["ingest", "--json", &gz.to_string_lossy()],
    ));
    let again: Value = serde_json::from_str(&again).expect("summary");
    assert_eq!(
        (again["indexed"].as_u64(), again["unchanged"].as_u64()),
        (Some(0), Some(sources.len() as u64)),
        "{again}"
    );
    let files = ok(&common::newsdex(&b, &["ingest", "--json", "fixtures"]));
    let files: Value = serde_json::from_str(&files).expect("summary");
    assert_eq!(
        (files["indexed"].as_u64(), files["unchanged"].as_u64()),
        (Some(0), Some(sources.len() as u64)),
        "{files}"
    );
}

/// A record newsdex cannot index is reported with its line and why, and the others are indexed;
/// quote records are passed over; records among other JSON are not read as articles.
#[test]
fn records_that_cannot_be_indexed_are_reported_with_their_lines() {
    let work = tempfile::TempDir::new().expect("temp dir");
    let article = |id: &str| {
        serde_json::json!({"newsdex": 1, "kind": "article", "id": id, "source": id,
            "record": null, "headline": "Ferry fares rise", "body": "Fares rise.",
            "outlet": null, "authors": [], "published": null, "url": null,
            "mentions": [], "quotes": []})
        .to_string()
    };
    let lines = [
        article("/news/a.txt"),
        r#"{"newsdex": 2, "kind": "article", "source": "/news/b.txt"}"#.to_string(),
        r#"{"newsdex": 1, "kind": "quote", "article": "/news/a.txt", "index": 0}"#.to_string(),
        article("/news/a.txt"),
        r#"{"newsdex": 1, "kind": "article", "source": "/news/c.txt", "headline": "H"}"#
            .to_string(),
    ];
    let file = work.path().join("records.jsonl");
    std::fs::write(&file, lines.join("\n")).expect("records");
    let mixed = work.path().join("mixed.json");
    std::fs::write(&mixed, format!("[{}]", article("/news/d.txt"))).expect("array");
    let index = work.path().join("index");
    let out = common::newsdex(
        &index,
        &["ingest", &file.to_string_lossy(), &mixed.to_string_lossy()],
    );
    assert_eq!(out.status.code(), Some(2));
    let (f, m) = (file.display(), mixed.display());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "newsdex: {f}:2: a record of format version 2: this newsdex reads version 1\n\
             newsdex: {f}:4: a second record of /news/a.txt: the first one is kept\n\
             newsdex: {f}:5: an article record without \"body\"\n\
             newsdex: {m}:1: a newsdex record among other JSON: records are read from JSON Lines \
             files that hold them alone, one a line\n"
        )
    );
    let shown = ok(&common::newsdex(&index, &["show", "/news/a.txt"]));
    assert!(shown.starts_with("Ferry fares rise\n"), "{shown}");
}
