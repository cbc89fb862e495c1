//! End-to-end tests: the real `newsdex` binary on the shipped fixtures, with the index in a
//! temporary folder. One test per user story; each asserts exact output and exit status.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

const SEED: &str = "fixtures/kushner-memoir-trump-clinton.txt";

/// A temporary index, filled from `fixtures/` on creation.
struct Index {
    dir: TempDir,
}

impl Index {
    fn empty() -> Index {
        Index {
            dir: TempDir::new().expect("temp dir"),
        }
    }

    fn of_fixtures() -> Index {
        let ix = Index::empty();
        let out = ix.run(&["ingest", "fixtures"]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        ix
    }

    fn path(&self) -> PathBuf {
        self.dir.path().join("index")
    }

    fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("newsdex").expect("binary");
        c.current_dir(env!("CARGO_MANIFEST_DIR"))
            .env_remove("NEWSDEX_INDEX")
            .env("NO_COLOR", "1")
            .arg("--index")
            .arg(self.path());
        c
    }

    fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().expect("runs")
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json_lines(o: &Output) -> Vec<Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

#[test]
fn ingest_a_folder_reports_what_it_did() {
    let ix = Index::empty();
    let out = ix.run(&["ingest", "fixtures"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stderr(&out), "");
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(
        lines[0].starts_with("indexed 13 articles (71 quotes) from 15 files in "),
        "{text}"
    );
    assert_eq!(
        lines[1],
        "unchanged 0, skipped 2 (1 empty file, 1 not an article format), failed 0"
    );
    assert_eq!(lines[2], "13 articles in the index");
}

#[test]
fn ingest_again_skips_unchanged_and_redoes_changed_files() {
    let work = TempDir::new().expect("temp dir");
    for f in [
        "kushner-memoir-trump-clinton.txt",
        "okafor-siblings-bakery-feud.txt",
    ] {
        std::fs::copy(Path::new("fixtures").join(f), work.path().join(f)).expect("copy");
    }
    let ix = Index::empty();
    let dir = work.path().to_str().expect("utf-8 path");
    let first = json_lines(&ix.run(&["ingest", "--json", dir]));
    assert_eq!(
        (first[0]["indexed"].as_u64(), first[0]["unchanged"].as_u64()),
        (Some(2), Some(0))
    );

    let again = json_lines(&ix.run(&["ingest", "--json", dir]));
    assert_eq!(
        (again[0]["indexed"].as_u64(), again[0]["unchanged"].as_u64()),
        (Some(0), Some(2))
    );

    // A changed file replaces its old version: the old quote is gone, the new one is found.
    let changed = work.path().join("okafor-siblings-bakery-feud.txt");
    std::fs::write(
        &changed,
        "Bakery reopens\n\n“We are back,” said Maria Okafor, smiling.\n",
    )
    .expect("write");
    let third = json_lines(&ix.run(&["ingest", "--json", dir]));
    assert_eq!(
        (
            third[0]["indexed"].as_u64(),
            third[0]["unchanged"].as_u64(),
            third[0]["total_articles"].as_u64()
        ),
        (Some(1), Some(1), Some(2))
    );
    let found = json_lines(&ix.run(&["quotes", "--json", "--speaker", "Maria Okafor", "*"]));
    let texts: Vec<&str> = found.iter().filter_map(|q| q["text"].as_str()).collect();
    assert_eq!(texts, ["We are back,"]);
}

#[test]
fn search_quotes_by_keyword_shows_quote_speaker_and_article() {
    let ix = Index::of_fixtures();
    let out = ix.run(&["quotes", "danger"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out),
        "1. “dangerous”\n   — Hillary Clinton, in “Donald Trump and Hillary Clinton”\n   Israel National News · fixtures/kushner-memoir-trump-clinton.txt\n\
         2. “is a clear and present danger to America”\n   — Hillary Clinton, in “Donald Trump and Hillary Clinton”\n   Israel National News · fixtures/kushner-memoir-trump-clinton.txt\n"
    );
    let json = json_lines(&ix.run(&["quotes", "--json", "present", "danger"]));
    assert_eq!(json.len(), 1);
    assert_eq!(json[0]["text"], "is a clear and present danger to America");
    assert_eq!(json[0]["speaker"], "Hillary Clinton");
    assert_eq!(json[0]["path"], SEED);
}

#[test]
fn quotes_of_one_speaker() {
    let ix = Index::of_fixtures();
    let json = json_lines(&ix.run(&["quotes", "--json", "--speaker", "kushner", "--limit", "100"]));
    assert_eq!(json.len(), 4);
    assert!(
        json.iter().all(|q| q["speaker"] == "Jared Kushner"),
        "{json:?}"
    );
}

#[test]
fn list_articles_mentioning_a_person_in_any_name_form() {
    let ix = Index::of_fixtures();
    for name in [&["jared", "kushner"][..], &["Kushner"], &["JARED KUSHNER"]] {
        let mut args = vec!["person"];
        args.extend_from_slice(name);
        let out = ix.run(&args);
        assert_eq!(out.status.code(), Some(0), "{name:?}");
        assert_eq!(
            stdout(&out),
            "1. Donald Trump and Hillary Clinton\n   Jared Kushner: 7 mentions, 4 quotes\n   Israel National News · fixtures/kushner-memoir-trump-clinton.txt\n",
            "{name:?}"
        );
    }
}

#[test]
fn person_search_folds_accents_and_ranks_by_mentions() {
    let ix = Index::of_fixtures();
    let json = json_lines(&ix.run(&["person", "--json", "jose alvarez"]));
    assert_eq!(json.len(), 1);
    assert_eq!(json[0]["person"], "José Álvarez");

    let json = json_lines(&ix.run(&["person", "--json", "Achterberg"]));
    let got: Vec<(&str, u64)> = json
        .iter()
        .map(|h| {
            (
                h["path"].as_str().unwrap_or(""),
                h["mentions"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("fixtures/achterberg-political-comeback.txt", 12),
            ("fixtures/reuters-ferry-merger-nordvik-halvard.txt", 1)
        ]
    );
}

#[test]
fn ranked_query_with_fields_and_snippets() {
    let ix = Index::of_fixtures();
    let json = json_lines(&ix.run(&["query", "--json", "speaker:clinton AND danger"]));
    assert_eq!(json.len(), 1);
    assert_eq!(json[0]["path"], SEED);
    assert_eq!(json[0]["rank"], 1);
    let snippet = json[0]["snippet"].as_str().unwrap_or("");
    let (s, e) = (
        json[0]["highlights"][0][0].as_u64().unwrap_or(0) as usize,
        json[0]["highlights"][0][1].as_u64().unwrap_or(0) as usize,
    );
    assert_eq!(&snippet[s..e], "danger");

    // The headline is boosted: the article whose headline matches comes first.
    let json = json_lines(&ix.run(&["query", "--json", "Achterberg"]));
    assert_eq!(
        json[0]["path"],
        "fixtures/achterberg-political-comeback.txt"
    );

    // '*' lists every article, with no hidden cap.
    let all = json_lines(&ix.run(&["query", "--json", "*", "--limit", "100000"]));
    assert_eq!(all.len(), 13);
}

#[test]
fn exit_status_is_like_grep() {
    let ix = Index::of_fixtures();
    let none = ix.run(&["query", "zebra"]);
    assert_eq!(
        (none.status.code(), stdout(&none), stderr(&none)),
        (Some(1), String::new(), String::new())
    );

    let bad = ix.run(&["query", "colour:red"]);
    assert_eq!(bad.status.code(), Some(2));
    assert_eq!(stdout(&bad), "");
    assert_eq!(
        stderr(&bad),
        "newsdex: invalid query \"colour:red\": unknown field 'colour' (fields: headline, body, quote, speaker, person, outlet, author)\n"
    );

    let zero = ix.run(&["query", "danger", "--limit", "0"]);
    assert_eq!(
        (zero.status.code(), stdout(&zero)),
        (Some(1), String::new())
    );
}

#[test]
fn commands_without_an_index_say_how_to_make_one() {
    let ix = Index::empty();
    let out = ix.run(&["query", "danger"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "newsdex: no index at {}: run `newsdex ingest DIR` first\n",
            ix.path().display()
        )
    );
}

#[test]
fn ingest_reports_a_missing_path_and_goes_on() {
    let ix = Index::empty();
    let out = ix.run(&["ingest", "no-such-folder", SEED]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "newsdex: no-such-folder: no such file or directory\n"
    );
    assert!(
        stdout(&out).contains("\n1 articles in the index\n"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn people_and_outlets_are_counted_by_article() {
    let ix = Index::of_fixtures();
    let people = ix.run(&["people", "--limit", "2"]);
    assert_eq!(stdout(&people), "2  Helen Achterberg\n1  Alan Whitcombe\n");
    let outlets = ix.run(&["outlets"]);
    assert_eq!(
        stdout(&outlets),
        "1  Israel National News\n1  Mesa Valley Courier\n1  Northfield Gazette\n1  Reuters\n"
    );
}

#[test]
fn show_prints_everything_extracted_from_an_article() {
    let ix = Index::of_fixtures();
    let out = ix.run(&["show", "fixtures/okafor-siblings-bakery-feud.txt"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out),
        "Sibling feud shuts beloved Eastgate bakery after 30 years\n\
         path:      fixtures/okafor-siblings-bakery-feud.txt\n\
         outlet:    -\n\
         published: -\n\
         people:\n  \
         Maria Okafor: 5 mentions, 3 quotes (also Okafor)\n  \
         Daniel Okafor: 2 mentions, 1 quotes\n\
         quotes:\n  \
         “This was our father's shop. It is not a parking garage,” — Maria Okafor\n  \
         “I will not let it go without a fight,” — Maria Okafor\n  \
         “I love the bakery as much as anyone. But the roof is failing, the ovens are forty years old, and neither of us can afford to fix them.” — Daniel Okafor\n  \
         “I have bought my bread here every Saturday since I was a kid, It would be like losing a relative.” — one customer\n  \
         “They have families, They did nothing wrong.” — Maria Okafor\n"
    );
    let missing = ix.run(&["show", "fixtures/empty.txt"]);
    assert_eq!(missing.status.code(), Some(2));
}

/// Every fixture with a hand-made gold file extracts exactly its gold: headline, outlet,
/// people, quotes and speakers.
#[test]
fn extraction_matches_the_gold_of_every_fixture() {
    let gold_dir = Path::new("tests/gold");
    let mut checked = 0;
    let mut entries: Vec<PathBuf> = std::fs::read_dir(gold_dir)
        .expect("gold dir")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for gold_path in entries {
        let Some(stem) = gold_path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".gold.json"))
        else {
            continue;
        };
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(&gold_path).expect("gold"))
            .expect("gold json");
        let article = format!("fixtures/{stem}.txt");
        let out = Index::empty().run(&["extract", "--json", &article]);
        let got = &json_lines(&out)[0];
        assert_eq!(got["headline"], gold["headline"], "{stem}");
        assert_eq!(got["outlet"], gold["outlet"], "{stem}");
        let mut want_people: Vec<&str> = gold["people"]
            .as_array()
            .expect("people")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let mut got_people: Vec<&str> = got["people"]
            .as_array()
            .expect("people")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        want_people.sort();
        got_people.sort();
        assert_eq!(got_people, want_people, "{stem}");
        let norm = |v: &Value| -> (String, String) {
            (
                v["text"].as_str().unwrap_or("").replace('’', "'"),
                v["speaker"].as_str().unwrap_or("(none)").to_string(),
            )
        };
        let want: Vec<_> = gold["quotes"]
            .as_array()
            .expect("quotes")
            .iter()
            .map(norm)
            .collect();
        let got_q: Vec<_> = got["quotes"]
            .as_array()
            .expect("quotes")
            .iter()
            .map(norm)
            .collect();
        assert_eq!(got_q, want, "{stem}");
        checked += 1;
    }
    assert_eq!(checked, 13);
}

#[test]
fn extract_json_has_the_documented_keys() {
    let out = Index::empty().run(&["extract", "--json", SEED]);
    let v = &json_lines(&out)[0];
    let mut keys: Vec<&str> = v
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "authors",
            "body",
            "headline",
            "mentions",
            "outlet",
            "path",
            "people",
            "published",
            "quotes"
        ]
    );
    let q = &v["quotes"][4];
    assert_eq!(q["text"], "is a clear and present danger to America");
    let body: Vec<char> = v["body"].as_str().expect("body").chars().collect();
    let (s, e) = (
        q["start"].as_u64().expect("start") as usize,
        q["end"].as_u64().expect("end") as usize,
    );
    assert_eq!(
        body[s..e].iter().collect::<String>(),
        "is a clear and present danger to America"
    );
}

#[test]
fn completions_are_printed_for_each_shell() {
    for shell in ["bash", "zsh", "fish"] {
        let out = Index::empty().run(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        assert!(stdout(&out).contains("ingest"), "{shell}");
    }
}

#[test]
fn any_query_a_user_can_type_gives_results_or_a_clear_error() {
    let ix = Index::of_fixtures();
    let long = "a".repeat(10_000);
    let cases: &[(&str, i32)] = &[
        ("\"unbalanced", 2),
        ("(open", 2),
        ("-", 2),
        ("AND", 2),
        (long.as_str(), 1),
        ("a\u{1}b\u{7}", 1),
        ("danger", 0),
        ("-danger", 0),
        ("NOT danger", 0),
        ("*", 0),
    ];
    for &(q, want) in cases {
        let out = ix.run(&["query", q, "--json"]);
        assert_eq!(out.status.code(), Some(want), "{q:?}: {}", stderr(&out));
        let err = stderr(&out);
        if want == 2 {
            assert!(
                err.starts_with("newsdex: invalid query ") && err.lines().count() == 1,
                "{q:?}: {err}"
            );
        } else {
            assert_eq!(err, "", "{q:?}");
        }
    }
    // Everything but the excluded word: 13 articles, one of which says "danger".
    assert_eq!(
        json_lines(&ix.run(&["query", "-danger", "--json", "--limit", "100"])).len(),
        12
    );
    // A limit far above the number of articles is no problem.
    let huge = ix.run(&["query", "danger", "--limit", "18446744073709551615"]);
    assert_eq!(huge.status.code(), Some(0), "{}", stderr(&huge));
}

#[test]
fn an_empty_index_answers_nothing() {
    let ix = Index::empty();
    let empty = TempDir::new().expect("temp dir");
    let out = ix.run(&["ingest", empty.path().to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(0));
    for args in [
        &["query", "danger"][..],
        &["quotes", "danger"],
        &["person", "Clinton"],
        &["people"],
        &["outlets"],
    ] {
        let out = ix.run(args);
        assert_eq!(
            (out.status.code(), stdout(&out), stderr(&out)),
            (Some(1), String::new(), String::new()),
            "{args:?}"
        );
    }
}
