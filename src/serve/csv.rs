//! Results as CSV (RFC 4180) for a spreadsheet: one row per hit, the columns asked for, lists
//! joined with "; ". A text cell that a spreadsheet would run as a formula (it starts with
//! `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'`.

use serde_json::Value;

/// A header row of `columns`, then one row per object of `rows` (a missing key is empty).
pub fn table(columns: &[&str], rows: &[Value]) -> String {
    let mut out = String::new();
    line(&mut out, columns.iter().map(|c| c.to_string()));
    for row in rows {
        line(&mut out, columns.iter().map(|c| cell(row.get(c))));
    }
    out
}

fn line(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, c) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if c.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&c.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&c);
        }
    }
    out.push_str("\r\n");
}

fn cell(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => defuse(s),
        Some(Value::Array(items)) => defuse(
            &items
                .iter()
                .map(|i| match i {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect::<Vec<_>>()
                .join("; "),
        ),
        Some(other) => other.to_string(),
    }
}

/// Text that a spreadsheet would take for a formula, made plain text.
fn defuse(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn cells_are_quoted_joined_and_defused() {
        let cases = [
            (json!({"a": "plain", "b": 3}), "plain,3"),
            (json!({"a": "x, y", "b": null}), "\"x, y\","),
            (
                json!({"a": "say \"hi\"", "b": 1.5}),
                "\"say \"\"hi\"\"\",1.5",
            ),
            (json!({"a": "two\nlines"}), "\"two\nlines\","),
            (json!({"a": ["Ann", "Bo"], "b": []}), "Ann; Bo,"),
            (
                json!({"a": "=HYPERLINK(\"x\")"}),
                "\"'=HYPERLINK(\"\"x\"\")\",",
            ),
            (json!({"a": "-tax", "b": -2}), "'-tax,-2"),
            (json!({"a": "@cmd"}), "'@cmd,"),
        ];
        for (row, want) in cases {
            let got = table(&["a", "b"], std::slice::from_ref(&row));
            assert_eq!(got, format!("a,b\r\n{want}\r\n"), "{row:?}");
        }
    }
}
