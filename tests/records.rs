//! newsdex's records: what `extract --json` and `export` write follows the JSON Schema in
//! `schema/`, and an index goes out as records and comes back the same.

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
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/newsdex-record.schema.json");
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
