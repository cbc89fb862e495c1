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
        lines[0].starts_with("indexed 27 articles (88 quotes) from 24 files in "),
        "{text}"
    );
    assert_eq!(
        lines[1],
        "unchanged 0, skipped 2 (1 empty file, 1 not an article format), failed 0"
    );
    assert_eq!(lines[2], "27 articles in the index");
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

/// An archive sorted by outlet (a folder per site, or file names that open with it) gives the
/// outlet of its articles, a wire story it republished included; an article's own copyright
/// line comes first, and `--outlet` before the folders.
#[test]
fn an_archive_sorted_by_outlet_names_the_outlet_of_its_articles() {
    let work = TempDir::new().expect("temp dir");
    let write = |rel: &str, text: &str| {
        let path = work.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    };
    write(
        "nytimes/2019/storm.txt",
        "Storm hits coast\n\nThe storm hit the coast.\n",
    );
    write(
        "nytimes/2019/wire.txt",
        "Port reopens\n\nLONDON (Reuters) - The port reopened on Monday.\n",
    );
    write(
        "nytimes/2019/column.txt",
        "Harbour views\n\nThe harbour is calm.\n\n© 2019 Harbour Gazette\n",
    );
    write(
        "breitbart_2016-01-01_caucus.txt",
        "Caucus night\n\nVoters met.\n",
    );
    write("notes/ferry.txt", "Ferry fares rise\n\nFares rise.\n");
    let dir = work.path().to_str().expect("utf-8");
    let ix = Index::empty();
    let ingested = ix.run(&["ingest", dir]);
    assert_eq!(ingested.status.code(), Some(0), "{}", stderr(&ingested));
    assert_eq!(
        stdout(&ix.run(&["outlets"])),
        "2  The New York Times\n1  Breitbart\n1  Harbour Gazette\n"
    );
    let given = Index::empty();
    given.run(&["ingest", dir, "--outlet", "Coast Wire"]);
    assert_eq!(
        stdout(&given.run(&["outlets"])),
        "4  Coast Wire\n1  Harbour Gazette\n"
    );
}

/// `--outlet` applies on a re-run: the files indexed with another (or none) are indexed again
/// with it; a run without it leaves the outlet given before, also to a file that changed.
#[test]
fn an_outlet_given_again_applies_to_files_already_indexed() {
    let work = TempDir::new().expect("temp dir");
    let story = work.path().join("ferry.txt");
    std::fs::write(&story, "Ferry fares rise\n\nFares rise by ten per cent.\n").expect("write");
    let dir = work.path().to_str().expect("utf-8");
    let ix = Index::empty();
    let run = |extra: &[&str]| {
        let mut args = vec!["ingest", "--json", dir];
        args.extend_from_slice(extra);
        let summary = json_lines(&ix.run(&args));
        let outlets = stdout(&ix.run(&["outlets"]));
        (
            summary[0]["indexed"].as_u64(),
            summary[0]["unchanged"].as_u64(),
            outlets,
        )
    };
    let some = |i, u, o: &str| (Some(i), Some(u), o.to_string());
    assert_eq!(run(&[]), some(1, 0, ""));
    assert_eq!(run(&["--outlet", "BBC"]), some(1, 0, "1  BBC\n"));
    assert_eq!(run(&["--outlet", "BBC"]), some(0, 1, "1  BBC\n"));
    assert_eq!(run(&[]), some(0, 1, "1  BBC\n"));
    std::fs::write(
        &story,
        "Ferry fares rise\n\nFares rise by twelve per cent.\n",
    )
    .expect("write");
    assert_eq!(run(&[]), some(1, 0, "1  BBC\n"));
    assert_eq!(
        run(&["--outlet", "The Herald"]),
        some(1, 0, "1  The Herald\n")
    );
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

/// A quote's words are searched within the quote: a split quote does not hold the words of the
/// attribution between its parts ("said Morag Lindqvist, who runs the market café"), which the
/// article's body does, and a phrase runs within one quote only.
#[test]
fn quote_words_are_the_quotes_own() {
    let ix = Index::of_fixtures();
    let harbour = "fixtures/formats/harbour-wall-gives-way.html";
    // The quote text of each hit of `quotes`, the path of each hit of `query`.
    let found = |command: &str, query: &str| -> Vec<String> {
        let key = if command == "quotes" { "text" } else { "path" };
        json_lines(&ix.run(&[command, "--json", query]))
            .iter()
            .map(|h| h[key].as_str().unwrap_or("").to_string())
            .collect()
    };
    let none = Vec::<String>::new();
    assert_eq!(found("query", "\"runs the market\""), [harbour]);
    assert_eq!(found("query", "quote:\"runs the market\""), none);
    assert_eq!(found("quotes", "runs market"), none);
    assert_eq!(
        found("quotes", "forty midnight"),
        ["We have never seen water like this, not in forty years, By midnight the tables were floating."]
    );
    assert_eq!(found("quotes", "\"years by midnight\""), none);
    assert_eq!(found("query", "quote:(forty midnight)"), [harbour]);
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
    // A speaker is shown as the attribution introduced them, and is found by the words of
    // that description too ("quotes of analysts"); `person` is the canonical name.
    let json = json_lines(&ix.run(&["quotes", "--json", "--speaker", "analyst"]));
    let got: Vec<(&str, &str)> = json
        .iter()
        .map(|q| {
            (
                q["speaker"].as_str().unwrap_or(""),
                q["person"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        got,
        [("Zoë Brandt, an analyst at Morgan Stanley", "Zoë Brandt")]
    );
}

/// A speaker's quotes come longest first (then newest), not in the index's order with one-word
/// scare quotes on top; `--min-words N` leaves out the fragments.
#[test]
fn a_speakers_quotes_come_longest_first_and_fragments_can_be_left_out() {
    let ix = Index::of_fixtures();
    let texts = |extra: &[&str]| -> Vec<String> {
        let mut args = vec!["quotes", "--json", "--speaker", "clinton"];
        args.extend_from_slice(extra);
        json_lines(&ix.run(&args))
            .iter()
            .map(|q| q["text"].as_str().unwrap_or("").to_string())
            .collect()
    };
    let all = [
        "No matter where I walked, he followed me closely, staring at me, making faces,",
        "is a clear and present danger to America",
        "could be the end",
        "It was incredibly uncomfortable.",
        "My skin crawled,",
        "convinced",
        "dangerous",
    ];
    assert_eq!(texts(&[]), all);
    assert_eq!(texts(&["--min-words", "4"]), all[..4]);
    assert_eq!(texts(&["--min-words", "4", "--limit", "2"]), all[..2]);
    // With words to rank by, BM25 ranks them; --min-words still leaves fragments out.
    assert_eq!(texts(&["danger*"]), ["dangerous", all[1]]);
    assert_eq!(texts(&["danger*", "--min-words", "2"]), [all[1]]);
    let none = ix.run(&["quotes", "--speaker", "clinton", "--min-words", "100"]);
    assert_eq!(
        (none.status.code(), stdout(&none)),
        (Some(1), String::new())
    );
}

/// Hits of equal score come in one order however the index was written: the same articles
/// ingested in two batches, one way round and the other, list the same.
#[test]
fn equal_scores_list_alike_whatever_the_order_of_ingest() {
    let work = TempDir::new().expect("temp dir");
    let names = ["Ann Lee", "Bo Kim", "Cy Ray", "Di Fox", "Ed Loy", "Flo Wu"];
    for (i, name) in names.iter().enumerate() {
        let dir = work.path().join(if i % 2 == 0 { "x" } else { "y" });
        std::fs::create_dir_all(&dir).expect("mkdir");
        let story = format!("Storm warning {i}\n\n“Dangerous,” said {name} of the coastguard.\n");
        std::fs::write(dir.join(format!("{i}.txt")), story).expect("write");
    }
    let listed = |first: &str, second: &str| -> Vec<Vec<String>> {
        let ix = Index::empty();
        for folder in [first, second] {
            let out = ix.run(&["ingest", &work.path().join(folder).to_string_lossy()]);
            assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        }
        let paths = |args: &[&str]| -> Vec<String> {
            json_lines(&ix.run(args))
                .iter()
                .map(|h| h["path"].as_str().unwrap_or("").to_string())
                .collect()
        };
        vec![
            paths(&["quotes", "--json", "dangerous"]),
            paths(&["quotes", "--json", "dangerous", "--limit", "2"]),
            paths(&["query", "--json", "coastguard"]),
            paths(&["query", "--json", "coastguard", "--limit", "3"]),
        ]
    };
    let one_way = listed("x", "y");
    assert_eq!(one_way[0].len(), names.len(), "{one_way:?}");
    assert_eq!(one_way, listed("y", "x"));
}

/// Of files identical byte for byte, the one shown for the story is the first by path, not the
/// one the ingest happened to write first.
#[test]
fn identical_files_are_shown_by_their_first_path() {
    let work = TempDir::new().expect("temp dir");
    let story = "Ferry fares rise\n\n“We had no choice,” said Ann Lee, who runs the ferry.\n";
    let write = |folder: &str| {
        std::fs::create_dir_all(work.path().join(folder)).expect("mkdir");
        std::fs::write(work.path().join(folder).join("story.txt"), story).expect("write");
    };
    let dir = work.path().to_str().expect("utf-8");
    let ix = Index::empty();
    // The copy under b/ is indexed first, the one under a/ by a later run.
    write("b");
    assert_eq!(ix.run(&["ingest", dir]).status.code(), Some(0));
    write("a");
    assert_eq!(ix.run(&["ingest", dir]).status.code(), Some(0));
    let shown = |args: &[&str]| -> Vec<(String, u64)> {
        json_lines(&ix.run(args))
            .iter()
            .map(|h| {
                let path = Path::new(h["path"].as_str().unwrap_or(""));
                let folder = path.parent().and_then(Path::file_name).unwrap_or_default();
                (
                    folder.to_string_lossy().into_owned(),
                    h["copies"].as_u64().unwrap_or(99),
                )
            })
            .collect()
    };
    let first = vec![("a".to_string(), 1)];
    assert_eq!(shown(&["query", "--json", "ferry"]), first);
    assert_eq!(
        shown(&["query", "--json", "ferry", "--sort", "date"]),
        first
    );
    assert_eq!(shown(&["person", "--json", "Ann Lee"]), first);
    assert_eq!(shown(&["quotes", "--json", "choice"]), first);
    assert_eq!(shown(&["quotes", "--json", "--speaker", "Ann Lee"]), first);
}

/// The same story twice in a folder (another format, other line breaks) is shown once in
/// results, with the number of its other copies.
#[test]
fn copies_of_a_story_are_shown_once_with_their_number() {
    let work = TempDir::new().expect("temp dir");
    let story = "Ferry fares rise\n\n“We had no choice,” said Ann Lee, who runs the ferry.\n\nFares rise in May.\n";
    std::fs::write(work.path().join("a.txt"), story).expect("write");
    std::fs::write(
        work.path().join("b.txt"),
        story
            .replace("\n\nFares", "\nFares")
            .replace("ferry.", "ferry ."),
    )
    .expect("write");
    std::fs::write(
        work.path().join("c.json"),
        r#"{"title": "Ferry fares rise", "text": "“We had no choice,” said Ann Lee, who runs the ferry. Fares rise in May."}"#,
    )
    .expect("write");
    std::fs::write(
        work.path().join("d.txt"),
        "Ferry fares fall\n\n“We had a choice,” said Ann Lee, who runs the ferry.\n",
    )
    .expect("write");
    let ix = Index::empty();
    assert_eq!(
        ix.run(&["ingest", work.path().to_str().expect("utf-8")])
            .status
            .code(),
        Some(0)
    );
    let names = |out: &Output| -> Vec<(String, u64)> {
        json_lines(out)
            .iter()
            .map(|h| {
                let path = h["path"].as_str().unwrap_or("");
                let name = Path::new(path)
                    .file_name()
                    .map_or(String::new(), |n| n.to_string_lossy().into_owned());
                // Which copy is shown is the best hit's: any of the three.
                let name = if ["a.txt", "b.txt", "c.json"].contains(&name.as_str()) {
                    "a, b or c".to_string()
                } else {
                    name
                };
                (name, h["copies"].as_u64().unwrap_or(99))
            })
            .collect()
    };
    let s = |name: &str, copies: u64| (name.to_string(), copies);
    let mut articles = names(&ix.run(&["query", "--json", "ferry"]));
    articles.sort();
    assert_eq!(articles, [s("a, b or c", 2), s("d.txt", 0)]);
    assert_eq!(
        names(&ix.run(&["query", "--json", "ferry -fall", "--limit", "1"])),
        [s("a, b or c", 2)]
    );
    let mut quotes = names(&ix.run(&["quotes", "--json", "choice"]));
    quotes.sort();
    assert_eq!(quotes, [s("a, b or c", 2), s("d.txt", 0)]);
    let mut person = names(&ix.run(&["person", "--json", "Ann Lee"]));
    person.sort();
    assert_eq!(person, [s("a, b or c", 2), s("d.txt", 0)]);
    let text = stdout(&ix.run(&["query", "fares rise"]));
    assert!(text.contains(" · 2 other copies\n"), "{text}");
    // --copies lists every one.
    let every = names(&ix.run(&["quotes", "--json", "choice", "--copies"]));
    assert_eq!(every.len(), 4, "{every:?}");
    assert!(every.iter().all(|(_, copies)| *copies == 0), "{every:?}");
    assert_eq!(text.matches("Ferry fares rise").count(), 1, "{text}");
    // None has a date: a date filter says how many stories it left out, as the hits count them.
    let cases: [(&[&str], &str); 2] = [
        (
            &["query", "ferry", "--since", "2025-01-01"],
            "newsdex: --since left out 2 articles without a date\n",
        ),
        (
            &["query", "ferry", "--since", "2025-01-01", "--copies"],
            "newsdex: --since left out 4 articles without a date\n",
        ),
    ];
    for (args, want) in cases {
        assert_eq!(stderr(&ix.run(args)), want, "{args:?}");
    }
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
    assert_eq!(all.len(), 27);
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
        "newsdex: invalid query \"colour:red\": unknown field 'colour' (fields: headline, body, quote, speaker, person, outlet, author, url)\n"
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
    // One of each is said in the singular.
    assert!(
        stdout(&out).starts_with("indexed 1 article (11 quotes) from 1 file in "),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).ends_with("\n1 article in the index\n"),
        "{}",
        stdout(&out)
    );
    let work = TempDir::new().expect("temp dir");
    let one = work.path().join("one.txt");
    std::fs::write(&one, "Fares rise\n\n“Fares rise,” said Ann Lee.\n").expect("write");
    let out = ix.run(&["ingest", one.to_str().expect("utf-8")]);
    assert!(
        stdout(&out).starts_with("indexed 1 article (1 quote) from 1 file in "),
        "{}",
        stdout(&out)
    );
}

#[test]
fn people_and_outlets_are_counted_by_article() {
    let ix = Index::of_fixtures();
    let people = ix.run(&["people", "--limit", "2"]);
    assert_eq!(stdout(&people), "3  Morag Lindqvist\n2  Helen Achterberg\n");
    let outlets = ix.run(&["outlets", "--limit", "100"]);
    assert_eq!(
        stdout(&outlets),
        "3  Coast Wire\n3  Reuters\n2  valleypost.example\n\
         1  <svg onload=alert('outlet')>Pellow Gazette\n1  Israel National News\n1  Lakeside Weekly\n\
         1  Mesa Valley Courier\n1  Northfield Gazette\n1  The Firth Herald\n\
         1  coastwire.example\n1  islandnews.example\n1  tramwaytimes.example\n"
    );
}

#[test]
fn show_prints_everything_extracted_from_an_article() {
    let ix = Index::of_fixtures();
    let out = ix.run(&["show", "fixtures/okafor-siblings-bakery-feud.txt"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert_eq!(
        &text[..text.find(" But according to").unwrap_or(0)],
        "Sibling feud shuts beloved Eastgate bakery after 30 years\n\
         path:      fixtures/okafor-siblings-bakery-feud.txt\n\
         outlet:    -\n\
         published: -\n\
         people:\n  \
         Maria Okafor: 5 mentions, 3 quotes (also Okafor)\n  \
         Daniel Okafor: 2 mentions, 1 quote\n\
         quotes:\n  \
         “This was our father's shop. It is not a parking garage,” — Maria Okafor\n  \
         “I will not let it go without a fight,” — Maria Okafor\n  \
         “I love the bakery as much as anyone. But the roof is failing, the ovens are forty years old, and neither of us can afford to fix them.” — Daniel Okafor\n  \
         “I have bought my bread here every Saturday since I was a kid, It would be like losing a relative.” — one customer\n  \
         “They have families, They did nothing wrong.” — Maria Okafor\n\n\
         Maria Okafor opened the Golden Crust bakery on Eastgate Road with her late\n\
         father in 1995. On Saturday, for the first time in three decades, its shutters\n\
         stayed down.\n\n\
         A handwritten sign taped to the door read \"Closed for repairs.\""
    );
    // The body after the quotes, every word of it, wrapped at 80 columns.
    let body = text.split_once("\n\n").map_or("", |(_, b)| b);
    assert!(body.lines().all(|l| l.chars().count() <= 80), "{body}");
    let fixture =
        std::fs::read_to_string("fixtures/okafor-siblings-bakery-feud.txt").expect("read");
    let words = |t: &str| t.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    assert_eq!(
        words(body),
        words(fixture.split_once("\n\n").map_or("", |(_, b)| b))
    );
    // No heading over no people or quotes.
    let work = TempDir::new().expect("temp dir");
    let plain = work.path().join("plain.txt");
    std::fs::write(&plain, "Fares rise\n\nFerry fares rise by ten per cent.\n").expect("write");
    let plain = plain.to_str().expect("utf-8");
    assert_eq!(ix.run(&["ingest", plain]).status.code(), Some(0));
    assert_eq!(
        stdout(&ix.run(&["show", plain])),
        format!("Fares rise\npath:      {plain}\noutlet:    -\npublished: -\n\nFerry fares rise by ten per cent.\n")
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
        let norm = |v: &Value| -> (String, String, String) {
            (
                v["text"].as_str().unwrap_or("").replace('’', "'"),
                v["speaker"].as_str().unwrap_or("(none)").to_string(),
                v["person"].as_str().unwrap_or("(none)").to_string(),
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
            "id",
            "kind",
            "mentions",
            "newsdex",
            "outlet",
            "path",
            "people",
            "published",
            "quotes",
            "record",
            "source",
            "stamp",
            "url"
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

/// Each shell's script is in that shell's own form and completes every command and their flags.
#[test]
fn completions_are_printed_for_each_shell() {
    let cases = [
        ("bash", "complete -F _newsdex"),
        ("zsh", "#compdef newsdex"),
        ("fish", "complete -c newsdex"),
    ];
    for (shell, form) in cases {
        let out = Index::empty().run(&["completions", shell]);
        assert_eq!(
            (out.status.code(), stderr(&out)),
            (Some(0), String::new()),
            "{shell}"
        );
        let script = stdout(&out);
        assert!(script.contains(form), "{shell}: {script}");
        for word in [
            "ingest",
            "query",
            "quotes",
            "person",
            "people",
            "outlets",
            "show",
            "extract",
            "completions",
            "max-file-size",
            "commit-every",
            "speaker",
            "since",
            "sort",
        ] {
            assert!(script.contains(word), "{shell}: no {word:?}");
        }
    }
    let bad = Index::empty().run(&["completions", "tcsh"]);
    assert_eq!((bad.status.code(), stdout(&bad)), (Some(2), String::new()));
}

/// No command panics on a closed stdout (`newsdex completions bash | head -2`): each stops
/// quietly, as other Unix tools do.
#[test]
fn a_closed_stdout_stops_every_command_quietly() {
    let ix = Index::of_fixtures();
    let cases: &[&[&str]] = &[
        &["completions", "bash"],
        &["completions", "zsh"],
        &["query", "*", "--limit", "100"],
        &["query", "--json", "*"],
        &["quotes", "*"],
        &["person", "Okafor"],
        &["people"],
        &["outlets"],
        &["show", SEED],
        &["extract", "fixtures"],
        &["ingest", "fixtures"],
        &["--help"],
        &["quotes", "--help"],
    ];
    for args in cases {
        let (reader, writer) = std::io::pipe().expect("pipe");
        drop(reader);
        let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("newsdex"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("NO_COLOR", "1")
            .arg("--index")
            .arg(ix.path())
            .args(*args)
            .stdout(writer)
            .output()
            .expect("runs");
        assert_eq!(
            (out.status.code(), stderr(&out)),
            (Some(0), String::new()),
            "{args:?}"
        );
    }
}

/// A folder's files are chosen as rg and fd choose them: not hidden ones, not those an
/// `.ignore` file (or, in a git repository, a `.gitignore` file) leaves out, not those that
/// match `--exclude GLOB`; `--no-ignore` and `--hidden` read them too. A path given is read
/// whatever the rules say, and a file given twice (a file and its folder) is read once.
#[test]
fn folders_are_walked_as_rg_and_fd_walk_them() {
    let work = TempDir::new().expect("temp dir");
    let root = work.path();
    let article = |rel: &str| {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, format!("Headline of {rel}\n\nThe body of {rel}.\n")).expect("write");
    };
    for rel in [
        "news/a.txt",
        "news/README.TXT",
        "news/SOURCE.md",
        "news/drafts/b.txt",
        "news/.hidden/c.txt",
        "news/.d.txt",
        "news/skip.txt",
        "news/gen/e.txt",
    ] {
        article(rel);
    }
    std::fs::create_dir(root.join("news/.git")).expect("a git repository");
    std::fs::write(root.join("news/.ignore"), "skip.txt\n").expect("write");
    std::fs::write(root.join("news/.gitignore"), "gen/\n").expect("write");
    let extracted = |args: &[&str]| -> Vec<String> {
        let out = Command::cargo_bin("newsdex")
            .expect("binary")
            .current_dir(root)
            .arg("extract")
            .arg("--json")
            .args(args)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        json_lines(&out)
            .iter()
            .map(|a| a["path"].as_str().unwrap_or("").to_string())
            .collect()
    };
    let s = |v: &[&str]| v.iter().map(|p| p.to_string()).collect::<Vec<String>>();
    let cases: [(&[&str], Vec<String>); 7] = [
        (
            &["news"],
            s(&[
                "news/README.TXT",
                "news/SOURCE.md",
                "news/a.txt",
                "news/drafts/b.txt",
            ]),
        ),
        (
            &[
                "news",
                "--exclude",
                "README.TXT",
                "-E",
                "*.md",
                "-E",
                "drafts/",
            ],
            s(&["news/a.txt"]),
        ),
        (
            &["news", "--no-ignore"],
            s(&[
                "news/README.TXT",
                "news/SOURCE.md",
                "news/a.txt",
                "news/drafts/b.txt",
                "news/gen/e.txt",
                "news/skip.txt",
            ]),
        ),
        (
            &[
                "news",
                "--hidden",
                "--exclude",
                "README.TXT",
                "--exclude",
                "SOURCE.md",
            ],
            s(&[
                "news/.d.txt",
                "news/.hidden/c.txt",
                "news/a.txt",
                "news/drafts/b.txt",
            ]),
        ),
        // Given itself, a file is read whatever the rules say.
        (
            &["news/skip.txt", "news/.d.txt"],
            s(&["news/skip.txt", "news/.d.txt"]),
        ),
        // A file and its folder: the file once.
        (
            &["news/a.txt", "news", "news/a.txt", "-E", "drafts"],
            s(&["news/a.txt", "news/README.TXT", "news/SOURCE.md"]),
        ),
        (&["news/drafts", "news/drafts"], s(&["news/drafts/b.txt"])),
    ];
    for (args, want) in cases {
        assert_eq!(extracted(args), want, "{args:?}");
    }
    // Ingest counts a file given twice once.
    let ix = Index::empty();
    let dir = root.join("news");
    let twice = [
        "ingest",
        "--json",
        dir.to_str().expect("utf-8"),
        &format!("{}/a.txt", dir.display()),
    ];
    let summary = json_lines(&ix.run(&twice));
    assert_eq!(
        (summary[0]["files"].as_u64(), summary[0]["indexed"].as_u64()),
        (Some(4), Some(4))
    );
    // A glob that is not one is refused before anything is read.
    let bad = ix.run(&["ingest", "--exclude", "a[", dir.to_str().expect("utf-8")]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("invalid value 'a[' for '--exclude <GLOB>': invalid glob \"a[\": unclosed character class"),
        "{}",
        stderr(&bad)
    );
}

/// The commands that use no index show no `--index`; usage names the command `newsdex`
/// whatever the binary is called (run under another name, as a copy or a link would be; a copy
/// made here could not be run while other tests start processes: "text file busy").
#[cfg(unix)]
#[test]
fn help_shows_only_what_each_command_takes() {
    use std::os::unix::process::CommandExt;
    let renamed = || {
        let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("newsdex"));
        c.arg0("/tmp/nd-copy");
        c
    };
    let help = |args: &[&str]| {
        let out = renamed()
            .args(args)
            .env("NO_COLOR", "1")
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        stdout(&out)
    };
    for command in ["extract", "completions"] {
        let text = help(&[command, "--help"]);
        assert!(!text.contains("--index"), "{command}: {text}");
        assert!(
            text.contains(&format!("Usage: newsdex {command} ")),
            "{command}: {text}"
        );
    }
    for command in [
        "ingest", "query", "quotes", "person", "people", "outlets", "show", "serve",
    ] {
        let text = help(&[command, "--help"]);
        assert!(text.contains("--index <DIR>"), "{command}: {text}");
    }
    assert!(help(&["--help"]).contains("Usage: newsdex [OPTIONS] <COMMAND>"));
    let missing = renamed().arg("query").output().expect("runs");
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("Usage: newsdex query "),
        "{}",
        stderr(&missing)
    );
}

/// `--index` may come before the command or after it.
#[test]
fn the_index_is_given_before_or_after_the_command() {
    let ix = Index::of_fixtures();
    let index = ix.path();
    let index = index.to_str().expect("utf-8");
    let before = Command::cargo_bin("newsdex")
        .expect("binary")
        .env_remove("NEWSDEX_INDEX")
        .args(["--index", index, "outlets", "-n", "1"])
        .output()
        .expect("runs");
    let after = Command::cargo_bin("newsdex")
        .expect("binary")
        .env("NEWSDEX_INDEX", "/nonexistent")
        .args(["outlets", "-n", "1", "--index", index])
        .output()
        .expect("runs");
    assert_eq!(stdout(&before), "3  Coast Wire\n");
    assert_eq!(stdout(&after), stdout(&before));
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
    // What is wrong, and where.
    let cases = [
        ("\"prime minister", "the quotation mark at column 1 is never closed"),
        ("(ferry OR tram", "the bracket at column 1 is never closed"),
        ("headline:", "the field 'headline:' at column 1 has no value: give a word or \"a phrase\" after it"),
        ("ferry AND", "AND at column 7 has nothing after it"),
        ("OR ferry", "OR at column 1 has nothing before it"),
        ("ferry AND NOT", "NOT at column 11 has nothing after it"),
        ("ferry~2", "'ferry~2': ~N is the slop of a phrase (\"prime minister\"~2); a single word takes none (fuzzy words are not supported)"),
        ("quote:\"small light\"~2", "a phrase in quotes is matched exactly: drop its ~N"),
        ("fer*y", "'fer*y': * stands only at the end of a word (econ*): no wildcards inside words"),
    ];
    for (q, why) in cases {
        let out = ix.run(&["query", q]);
        assert_eq!(
            (out.status.code(), stderr(&out)),
            (Some(2), format!("newsdex: invalid query {q:?}: {why}\n")),
            "{q:?}"
        );
    }
    // Everything but the excluded word: every article less those that say "danger".
    let all = json_lines(&ix.run(&["query", "*", "--json", "--limit", "100"])).len();
    let danger = json_lines(&ix.run(&["query", "danger", "--json", "--limit", "100"])).len();
    assert_eq!((all, danger), (27, 1));
    assert_eq!(
        json_lines(&ix.run(&["query", "-danger", "--json", "--limit", "100"])).len(),
        26
    );
    // A limit far above the number of articles is no problem.
    let huge = ix.run(&["query", "danger", "--limit", "18446744073709551615"]);
    assert_eq!(huge.status.code(), Some(0), "{}", stderr(&huge));
}

/// An index without articles answers every search with nothing (exit 1, nothing printed when
/// stderr is no terminal).
#[test]
fn an_empty_index_answers_nothing() {
    let ix = Index::empty();
    let empty = TempDir::new().expect("temp dir");
    let folder = empty.path().to_str().expect("utf-8");
    // A folder without article files says so, and that is nothing found.
    std::fs::write(empty.path().join("logo.png"), "PNG").expect("write");
    let no_files = format!(
        "newsdex: no article files found in {folder}: newsdex reads .txt, .html, .json, .jsonl, .md, .warc and .sgm files (also gzipped) that are not hidden (--hidden) or ignored (--no-ignore, --exclude)\n"
    );
    for command in ["ingest", "extract"] {
        let out = ix.run(&[command, folder]);
        assert_eq!(
            (out.status.code(), stderr(&out)),
            (Some(1), no_files.clone()),
            "{command}"
        );
    }
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

/// Paths of JSON hits, in order.
fn paths(o: &Output) -> Vec<String> {
    json_lines(o)
        .iter()
        .map(|h| h["path"].as_str().unwrap_or("").to_string())
        .collect()
}

/// Every format gives its articles the same fields: headline, outlet, authors, date, URL.
#[test]
fn every_format_is_read_with_the_same_fields() {
    let mut files: Vec<PathBuf> = std::fs::read_dir("fixtures/formats")
        .expect("formats dir")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    let mut args = vec!["extract".to_string(), "--json".to_string()];
    args.extend(files.iter().map(|f| f.display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = Index::empty().run(&args);
    assert_eq!((out.status.code(), stderr(&out)), (Some(0), String::new()));
    let got: Vec<String> = json_lines(&out)
        .iter()
        .map(|a| {
            format!(
                "{}#{} | {} | {} | {} | {} | {}",
                a["path"].as_str().unwrap_or(""),
                a["record"],
                a["headline"].as_str().unwrap_or(""),
                a["outlet"],
                a["authors"],
                a["published"],
                a["url"],
            )
        })
        .collect();
    let want = [
        "fixtures/formats/cafe-bronte-reopens-latin1.txt#null | Café Brontë reopens on Quay Street with a new menu | null | [] | null | null",
        "fixtures/formats/coast-wire-archive.sgm#1 | SKARRA DISTILLERY TO DOUBLE WAREHOUSE SPACE | \"Reuters\" | [\"Moira Tulloch\"] | \"1988-01-14T10:02:41Z\" | null",
        "fixtures/formats/coast-wire-archive.sgm#2 | HARBOUR BOARD SETS DREDGING TENDER DEADLINE | \"Reuters\" | [] | \"1988-01-14T10:05:12Z\" | null",
        "fixtures/formats/harbour-wall-gives-way.html#null | Harbour wall gives way after three days of storms | \"The Firth Herald\" | [\"Ewan Baird\",\"Isla Munro\"] | \"2025-02-11T08:15:00Z\" | \"https://www.firthherald.example/news/harbour-wall-gives-way\"",
        "fixtures/formats/hostile-markup.json#null | <script>alert('headline')</script> Harbour board <img src=x onerror=alert(1)> vote stuns Pellow Bay | \"<svg onload=alert('outlet')>Pellow Gazette\" | [\"Tamsin Greer <img src=x onerror=alert('byline')>\"] | \"2024-06-14T08:15:00Z\" | null",
        "fixtures/formats/island-news-crawl.warc.gz#3 | Night ferry crew rescue kayaker off Skarra | \"Coast Wire\" | [\"Callum Reid\"] | \"2025-01-13T22:40:00Z\" | \"https://coastwire.example/ferry-rescue\"",
        "fixtures/formats/island-news-crawl.warc.gz#5 | Skarra school wins national robotics prize | \"islandnews.example\" | [\"Fiona Stroud\"] | \"2025-01-10\" | \"https://islandnews.example/skarra-robotics\"",
        "fixtures/formats/library-reading-room-reopens.md#null | Library reading room reopens after roof repair | \"Lakeside Weekly\" | [\"Bethan Morgan\"] | \"2024-05-20\" | \"https://lakesideweekly.example/library-reopens\"",
        "fixtures/formats/tram-strike-called-off.html.gz#null | Tram strike called off after late-night deal | \"tramwaytimes.example\" | [\"Priya Castellanos\"] | \"2024-11-03\" | \"https://tramwaytimes.example/2024/11/tram-strike-called-off\"",
        "fixtures/formats/valley-post-export.json#1 | Orchard growers count the cost of a late frost | \"valleypost.example\" | [\"Sian Edwards\"] | \"2023-06-01T07:30:00Z\" | \"https://www.valleypost.example/news/orchard-frost\"",
        "fixtures/formats/valley-post-export.json#2 | Linden valley bus route saved by volunteers | \"valleypost.example\" | [\"Sian Edwards\",\"Rhodri Vaughan\"] | \"2023-06-15T09:00:00Z\" | \"https://www.valleypost.example/news/bus-route-saved\"",
        "fixtures/formats/wire-feed.jsonl#1 | Lighthouse keeper's cottage to become a museum | \"coastwire.example\" | [\"Callum Reid\",\"Fiona Stroud\"] | \"2024-01-09\" | \"https://coastwire.example/lighthouse-museum\"",
        "fixtures/formats/wire-feed.jsonl#2 | Island ferry gets a new electric boat | \"Coast Wire\" | [] | \"2024-02-20T10:00:00Z\" | null",
        "fixtures/formats/wire-feed.jsonl#3 | Seabird numbers recover on the northern cliffs | \"Coast Wire\" | [\"Fiona Stroud\"] | \"2024-03-05T06:00:00Z\" | null",
    ];
    assert_eq!(got, want);

    // The folder itself: its article files, in name order, as listed above.
    let folder = Index::empty().run(&["extract", "--json", "fixtures/formats"]);
    assert_eq!(
        (folder.status.code(), stderr(&folder), stdout(&folder)),
        (Some(0), String::new(), stdout(&out))
    );

    // The main text of a page, without its menu, ads, related stories, comments or byline.
    let page = json_lines(&Index::empty().run(&[
        "extract",
        "--json",
        "fixtures/formats/harbour-wall-gives-way.html",
    ]));
    let body = page[0]["body"].as_str().unwrap_or("");
    assert!(
        body.starts_with("The old harbour wall at Kessock"),
        "{body}"
    );
    assert!(
        body.ends_with("The coastguard said the tide would turn by dawn."),
        "{body}"
    );
    for boilerplate in [
        "Advertisement",
        "Related stories",
        "Comments",
        "Privacy",
        "By Ewan",
    ] {
        assert!(!body.contains(boilerplate), "{boilerplate}: {body}");
    }
}

/// A folder of every format with broken files among them: each bad file or record is
/// reported (with its line for JSON Lines), the rest are indexed.
#[test]
fn a_mixed_folder_with_broken_files_indexes_the_rest() {
    let work = TempDir::new().expect("temp dir");
    for dir in ["fixtures/formats", "tests/malformed"] {
        for e in std::fs::read_dir(dir).expect("dir") {
            let p = e.expect("entry").path();
            std::fs::copy(&p, work.path().join(p.file_name().expect("name"))).expect("copy");
        }
    }
    let ix = Index::empty();
    let dir = work.path().canonicalize().expect("dir");
    let d = dir.display();
    let out = ix.run(&["ingest", "--json", &d.to_string()]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "newsdex: {d}/bad-front-matter.md: invalid YAML front matter: did not find expected ',' or ']' at line 2 column 5, while parsing a flow sequence at line 1 column 8\n\
             newsdex: {d}/bad-records.jsonl:2: record has no text (none of the fields maintext, articlebody, body, text, content, article, full_text)\n\
             newsdex: {d}/bad-records.jsonl:3: invalid JSON: EOF while parsing a string at line 1 column 32\n\
             newsdex: {d}/corrupt.html.gz: not a valid gzip file: corrupt deflate stream\n\
             newsdex: {d}/cut-off-wire.sgm:11: SGML record 2 has no </REUTERS> end\n\
             newsdex: {d}/truncated.json: invalid JSON: EOF while parsing a string at line 1 column 75\n\
             newsdex: {d}/truncated.warc: WARC record 5: Unexpected end of body.\n"
        )
    );
    let s = &json_lines(&out)[0];
    assert_eq!(
        (
            s["files"].as_u64(),
            s["indexed"].as_u64(),
            s["skipped"].to_string(),
            s["failed"].as_array().map(Vec::len),
            s["total_articles"].as_u64()
        ),
        (
            Some(16),
            Some(18),
            "{\"no article text\":1}".to_string(),
            Some(7),
            Some(18)
        )
    );
    // The good records of a file with bad ones are there, under FILE#LINE.
    let found = ix.run(&["query", "--json", "headline:\"harbour café\""]);
    assert_eq!(paths(&found), [format!("{d}/bad-records.jsonl#4")]);
}

/// An article that gives no date of its own is dated by its web address, its dateline or its
/// dated folder, so that `--since` finds it; what a date filter leaves out for having no date
/// is told on stderr.
#[test]
fn undated_articles_are_dated_where_they_can_be_and_counted_where_not() {
    let work = TempDir::new().expect("temp dir");
    let put = |rel: &str, text: &str| {
        let path = work.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    };
    put(
        "2019/11/19/ferry.txt",
        "Ferry fares rise\n\nFares rise on the island ferry.\n",
    );
    put(
        "wire/harbour.txt",
        "Harbour wall falls\n\nKIRKWALL, March 5, 2024 — The harbour wall fell on Monday.\n",
    );
    put(
        "wire/feed.jsonl",
        "{\"title\":\"Tram strike ends\",\"text\":\"The tram strike ends.\",\"url\":\"https://news.example/2023/06/01/trams\"}\n",
    );
    put(
        "undated/bakery.txt",
        "Bakery reopens\n\n“We are back,” said Ann Lee, who runs the bakery on the harbour.\n",
    );
    let ix = Index::empty();
    let out = ix.run(&["ingest", work.path().to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let dated = |args: &[&str]| -> (Vec<(String, String)>, String) {
        let mut all = vec!["query", "--json", "--sort", "date"];
        all.extend_from_slice(args);
        let out = ix.run(&all);
        let hits = json_lines(&out)
            .iter()
            .map(|h| {
                let path = h["path"].as_str().unwrap_or("");
                let name = Path::new(path)
                    .file_name()
                    .map_or(String::new(), |n| n.to_string_lossy().into_owned());
                (name, h["published"].as_str().unwrap_or("-").to_string())
            })
            .collect();
        (hits, stderr(&out))
    };
    let hit = |name: &str, date: &str| (name.to_string(), date.to_string());
    assert_eq!(
        dated(&["*"]),
        (
            vec![
                hit("harbour.txt", "2024-03-05"),
                hit("feed.jsonl#1", "2023-06-01"),
                hit("ferry.txt", "2019-11-19"),
                hit("bakery.txt", "-"),
            ],
            String::new()
        )
    );
    assert_eq!(
        dated(&["*", "--since", "2020-01-01"]),
        (
            vec![
                hit("harbour.txt", "2024-03-05"),
                hit("feed.jsonl#1", "2023-06-01")
            ],
            "newsdex: --since left out 1 article without a date\n".to_string()
        )
    );
    assert_eq!(
        dated(&["harbour", "--since", "2024-01-01", "--until", "2024-12-31"]),
        (
            vec![hit("harbour.txt", "2024-03-05")],
            "newsdex: --since and --until left out 1 article without a date\n".to_string()
        )
    );
    // Nothing undated matches "ferry": nothing to tell.
    assert_eq!(
        dated(&["ferry", "--until", "2019-12-31"]),
        (vec![hit("ferry.txt", "2019-11-19")], String::new())
    );
    let quotes = ix.run(&["quotes", "*", "--since", "2020-01-01"]);
    assert_eq!(
        (quotes.status.code(), stderr(&quotes)),
        (
            Some(1),
            "newsdex: --since left out 1 article without a date\n".to_string()
        )
    );
}

#[test]
fn query_filters_by_date_outlet_person_author_and_url() {
    let ix = Index::of_fixtures();
    let f = |s: &str| format!("fixtures/formats/{s}");
    let cases: [(&[&str], Vec<String>); 9] = [
        (
            &[
                "*",
                "--since",
                "2024-02-20",
                "--until",
                "2024-11-03",
                "--sort",
                "date",
            ],
            vec![
                f("tram-strike-called-off.html.gz"),
                f("hostile-markup.json"),
                f("library-reading-room-reopens.md"),
                f("wire-feed.jsonl#3"),
                f("wire-feed.jsonl#2"),
            ],
        ),
        (
            &["*", "--outlet", "coast wire", "--sort", "date"],
            vec![
                f("island-news-crawl.warc.gz#3"),
                f("wire-feed.jsonl#3"),
                f("wire-feed.jsonl#2"),
            ],
        ),
        (
            &["*", "--person", "Morag Lindqvist", "--sort", "date"],
            vec![
                f("harbour-wall-gives-way.html"),
                f("island-news-crawl.warc.gz#3"),
                f("wire-feed.jsonl#2"),
            ],
        ),
        (
            &["ferry", "--person", "lindqvist", "--until", "2024-12-31"],
            vec![f("wire-feed.jsonl#2")],
        ),
        (
            &["author:stroud", "--sort", "date"],
            vec![
                f("island-news-crawl.warc.gz#5"),
                f("wire-feed.jsonl#3"),
                f("wire-feed.jsonl#1"),
            ],
        ),
        (
            &["url:\"https://coastwire.example/ferry-rescue\""],
            vec![f("island-news-crawl.warc.gz#3")],
        ),
        (&["*", "--since", "2026-01-01"], vec![]),
        // Days beyond the index's range of times (1677 to 2262) filter as its ends.
        (
            &[
                "ferry",
                "--person",
                "lindqvist",
                "--since",
                "1600-01-01",
                "--until",
                "2024-12-31",
            ],
            vec![f("wire-feed.jsonl#2")],
        ),
        (&["ferry", "--since", "2300-01-01"], vec![]),
    ];
    for (args, want) in cases {
        let mut all = vec!["query", "--json", "--limit", "100"];
        all.extend_from_slice(args);
        assert_eq!(paths(&ix.run(&all)), want, "{args:?}");
    }

    let bad = ix.run(&["query", "*", "--since", "5/3/2024"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("invalid date \"5/3/2024\": give it as YYYY-MM-DD"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn quotes_take_the_same_filters() {
    let ix = Index::of_fixtures();
    let got = json_lines(&ix.run(&[
        "quotes",
        "--json",
        "--person",
        "Morag Lindqvist",
        "--since",
        "2025-01-01",
        "--sort",
        "date",
    ]));
    let got: Vec<(&str, &str, &str)> = got
        .iter()
        .map(|q| {
            (
                q["text"].as_str().unwrap_or(""),
                q["published"].as_str().unwrap_or(""),
                q["path"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "We have never seen water like this, not in forty years, By midnight the tables were floating.",
                "2025-02-11T08:15:00Z",
                "fixtures/formats/harbour-wall-gives-way.html"
            ),
            (
                "Nobody was hurt, and that is what matters tonight,",
                "2025-02-11T08:15:00Z",
                "fixtures/formats/harbour-wall-gives-way.html"
            ),
            (
                "We saw a small light going up and down where no light should be, He was cold but he was talking.",
                "2025-01-13T22:40:00Z",
                "fixtures/formats/island-news-crawl.warc.gz#3"
            ),
        ]
    );
    let out = ix.run(&["quotes", "fare", "--outlet", "the firth herald"]);
    assert_eq!(out.status.code(), Some(1));
    let out = ix.run(&["quotes", "water", "--outlet", "the firth herald"]);
    assert_eq!(
        stdout(&out),
        "1. “We have never seen water like this, not in forty years, By midnight the tables were floating.”\n   — Morag Lindqvist, in “Harbour wall gives way after three days of storms”\n   The Firth Herald · 2025-02-11T08:15:00Z · by Ewan Baird, Isla Munro · fixtures/formats/harbour-wall-gives-way.html · https://www.firthherald.example/news/harbour-wall-gives-way\n"
    );
}

#[test]
fn person_and_people_take_the_same_filters_and_people_follow_a_query() {
    let ix = Index::of_fixtures();
    let articles = |args: &[&str]| -> (Vec<String>, String) {
        let out = ix.run(args);
        let paths = json_lines(&out)
            .iter()
            .map(|h| h["path"].as_str().unwrap_or("").to_string())
            .collect();
        (paths, stderr(&out))
    };
    let s = |v: &[&str]| -> Vec<String> { v.iter().map(|p| p.to_string()).collect() };
    let cases: [(&[&str], Vec<String>, &str); 4] = [
        (
            &["person", "lindqvist", "--json"],
            s(&[
                "fixtures/harbour-flood-rebuild-pledge.txt",
                "fixtures/formats/harbour-wall-gives-way.html",
                "fixtures/formats/island-news-crawl.warc.gz#3",
                "fixtures/formats/wire-feed.jsonl#2",
            ]),
            "",
        ),
        (
            &["person", "lindqvist", "--json", "--since", "2025-02-01"],
            s(&["fixtures/formats/harbour-wall-gives-way.html"]),
            "newsdex: --since left out 1 article without a date\n",
        ),
        (
            &["person", "lindqvist", "--json", "--until", "2024-12-31"],
            s(&["fixtures/formats/wire-feed.jsonl#2"]),
            "newsdex: --until left out 1 article without a date\n",
        ),
        (
            &[
                "person",
                "morag lindqvist",
                "--json",
                "--outlet",
                "coast wire",
                "--sort",
                "date",
            ],
            s(&[
                "fixtures/formats/island-news-crawl.warc.gz#3",
                "fixtures/formats/wire-feed.jsonl#2",
            ]),
            "",
        ),
    ];
    for (args, want, err) in cases {
        assert_eq!(articles(args), (want, err.to_string()), "{args:?}");
    }

    // `people QUERY`: the people of the articles that match it, with the same filters.
    let cases: [(&[&str], &str, Option<i32>); 5] = [
        (
            &["people", "--limit", "2"],
            "3  Morag Lindqvist\n2  Helen Achterberg\n",
            Some(0),
        ),
        (
            &["people", "ferry", "--limit", "3"],
            "2  Helen Achterberg\n2  Morag Lindqvist\n1  Björn Ekström\n",
            Some(0),
        ),
        (
            &["people", "*", "--outlet", "coast wire"],
            "2  Morag Lindqvist\n1  Iain Macrae\n",
            Some(0),
        ),
        (
            &[
                "people",
                "harbour",
                "--since",
                "2025-01-01",
                "--person",
                "lindqvist",
            ],
            "2  Morag Lindqvist\n1  Duncan Fairlie\n",
            Some(0),
        ),
        (&["people", "harbour", "--until", "2020-01-01"], "", Some(1)),
    ];
    for (args, want, code) in cases {
        let out = ix.run(args);
        assert_eq!(
            (stdout(&out).as_str(), out.status.code()),
            (want, code),
            "{args:?}"
        );
    }
    let out = ix.run(&["people", "quote:(\"never closed"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("never closed"), "{}", stderr(&out));
}

/// Outlets are named as readers know them (a page's "cleveland" of cleveland.com is
/// "cleveland.com", "nj" is "NJ.com", "the Guardian" is "The Guardian"), and a page's calls to
/// get an app or subscribe stay out of its body.
#[test]
fn outlets_are_named_as_readers_know_them_and_site_furniture_stays_out() {
    let work = TempDir::new().expect("temp dir");
    let page = |site: &str, host: &str| {
        format!(
            "<!doctype html><html><head><title>Lake ferry returns for summer</title>\
             <meta property=\"og:site_name\" content=\"{site}\">\
             <link rel=\"canonical\" href=\"https://{host}/news/lake-ferry-returns.html\">\
             </head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article>\
             <h1>Lake ferry returns for summer</h1>\
             <p>The lake ferry between Cleveland and the islands returns on Saturday after a \
             winter in dry dock, its operator said on Monday.</p>\
             <p>CLICK HERE TO GET THE FOX NEWS APP</p>\
             <p>“We have painted every seat and the engines are new,” said Dana Whitfield, who \
             runs the service, adding that tickets would cost the same as last year.</p>\
             <p>The first crossing leaves at nine in the morning, and the last returns at dusk, \
             every day until the end of September.</p></article></body></html>"
        )
    };
    for (name, site, host) in [
        ("a.html", "cleveland", "www.cleveland.com"),
        ("b.html", "nj", "www.nj.com"),
        ("c.html", "the Guardian", "www.theguardian.com"),
    ] {
        std::fs::write(work.path().join(name), page(site, host)).expect("write");
    }
    let ix = Index::empty();
    let out = ix.run(&["extract", "--json", work.path().to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let got: Vec<(String, bool, bool)> = json_lines(&out)
        .iter()
        .map(|r| {
            let body = r["body"].as_str().unwrap_or("");
            (
                r["outlet"].as_str().unwrap_or("-").to_string(),
                body.contains("Dana Whitfield"),
                body.to_lowercase().contains("click here"),
            )
        })
        .collect();
    let want = |outlet: &str| (outlet.to_string(), true, false);
    assert_eq!(
        got,
        [want("cleveland.com"), want("NJ.com"), want("The Guardian")]
    );
}

/// A prefix (`dang*`) finds every word that starts with it as written, whatever the word's stem
/// ("dangerous" is indexed as "danger"), in articles and in quotes; a shorter prefix never finds
/// less than a longer one.
#[test]
fn prefixes_find_every_word_that_starts_with_them_as_written() {
    let ix = Index::of_fixtures();
    let found = |command: &str, query: &str| -> usize {
        let out = ix.run(&[command, query, "--json", "--limit", "1000"]);
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{command} {query}: {}",
            stderr(&out)
        );
        json_lines(&out).len()
    };
    // Words of the fixtures whose stem is not the word as written.
    for word in ["dangerous", "families", "warned", "running", "Nordvik"] {
        for command in ["query", "quotes"] {
            let whole = found(command, &word.to_lowercase());
            let mut last = usize::MAX;
            for end in (3..=word.chars().count())
                .map(|n| word.char_indices().nth(n).map_or(word.len(), |(i, _)| i))
            {
                let prefix = format!("{}*", &word[..end]);
                let n = found(command, &prefix);
                assert!(
                    n >= whole && n <= last,
                    "{command} {prefix}: {n} (whole word {whole}, shorter prefix {last})"
                );
                last = n;
            }
        }
    }
    assert_eq!(
        (found("query", "dangerou*"), found("quotes", "dangerou*")),
        (1, 2)
    );
}

#[test]
fn show_one_record_and_replace_all_records_of_a_changed_file() {
    let ix = Index::of_fixtures();
    let out = ix.run(&["show", "fixtures/formats/wire-feed.jsonl#3"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out),
        "Seabird numbers recover on the northern cliffs\n\
         path:      fixtures/formats/wire-feed.jsonl#3\n\
         outlet:    Coast Wire\n\
         authors:   Fiona Stroud\n\
         published: 2024-03-05T06:00:00Z\n\
         people:\n  \
         Iain Macrae: 1 mention, 1 quote\n\
         quotes:\n  \
         “The sand eels are back, and the birds have followed them,” — Iain Macrae\n\n\
         Puffin numbers on the northern cliffs have doubled in five years, a survey by\n\
         the island ranger service found.\n\n\
         “The sand eels are back, and the birds have followed them,” said ranger Iain\n\
         Macrae.\n"
    );
    let whole = json_lines(&ix.run(&["show", "--json", "fixtures/formats/wire-feed.jsonl"]));
    assert_eq!(whole.len(), 3);

    // A file of three records rewritten with one: the other two leave the index.
    let work = TempDir::new().expect("temp dir");
    let feed = work.path().join("feed.jsonl");
    std::fs::copy("fixtures/formats/wire-feed.jsonl", &feed).expect("copy");
    let ix = Index::empty();
    let dir = work.path().to_str().expect("utf-8");
    let first = json_lines(&ix.run(&["ingest", "--json", dir]));
    assert_eq!(first[0]["total_articles"].as_u64(), Some(3));
    std::fs::write(
        &feed,
        "{\"title\": \"Pier reopens\", \"text\": \"The pier reopened on Monday.\"}\n",
    )
    .expect("write");
    let again = json_lines(&ix.run(&["ingest", "--json", dir]));
    assert_eq!(again[0]["total_articles"].as_u64(), Some(1));
}

/// A folder of `n` small articles, written by the test.
fn article_folder(n: usize) -> TempDir {
    let dir = TempDir::new().expect("temp dir");
    for i in 0..n {
        let sub = dir.path().join(format!("d{}", i % 10));
        std::fs::create_dir_all(&sub).expect("mkdir");
        std::fs::write(
            sub.join(format!("a{i:05}.txt")),
            format!(
                "Council vote number {i}\n\n“We will decide on item {i} today,” said Maria Lopez, the council chair.\n\nThe meeting ran late. Lopez thanked the residents of ward {i}.\n"
            ),
        )
        .expect("write");
    }
    dir
}

/// The paths of every article in the index.
fn indexed_paths(ix: &Index) -> Vec<String> {
    let mut got = paths(&ix.run(&["query", "*", "--json", "--copies", "--limit", "1000000"]));
    got.sort();
    got
}

/// The paths of every article file under `dir`.
fn files_under(dir: &Path) -> Vec<String> {
    let mut want: Vec<String> = walk(dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    want.sort();
    want
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("read dir") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

fn spawn_ingest(ix: &Index, dir: &Path, extra: &[&str]) -> std::process::Child {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_newsdex"));
    c.env_remove("NEWSDEX_INDEX")
        .arg("--index")
        .arg(ix.path())
        .arg("ingest")
        .args(extra)
        .arg(dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    c.spawn().expect("spawn")
}

/// A folder an ingest cannot get through until its stderr is read: 600 articles (`a*.txt`, more
/// than the 512 files of the ingest's first batch), then a JSON Lines file of 5,000 broken
/// records (`b.jsonl`), then 600 articles (`c*.txt`: a batch and more of work left when the
/// run goes on, time enough for its Ctrl-C handler to have run). Each broken record is reported on stderr as the run meets it, in
/// 500 kB in all, far more than a pipe holds (64 kB): a run whose stderr nobody reads stops
/// there, after it has committed its first batch of articles (with `--commit-every 100`), and
/// is still running when the test stops it.
fn stalling_folder() -> TempDir {
    let dir = TempDir::new().expect("temp dir");
    for i in 0..600 {
        for part in ["a", "c"] {
            std::fs::write(
                dir.path().join(format!("{part}{i:05}.txt")),
                format!(
                    "Council vote {part}{i}\n\n“We decide item {i} today,” said Maria Lopez.\n"
                ),
            )
            .expect("write");
        }
    }
    std::fs::write(dir.path().join("b.jsonl"), "{\"title\": \n".repeat(5000)).expect("write");
    dir
}

/// Start an ingest of a [`stalling_folder`] and wait until it has committed something; it is
/// then still running, held by its unread stderr.
fn stalled_ingest(ix: &Index, corpus: &TempDir) -> std::process::Child {
    let mut child = spawn_ingest(ix, corpus.path(), &["--commit-every", "100"]);
    for _ in 0..6000 {
        let meta = std::fs::read_to_string(ix.path().join("meta.json")).unwrap_or_default();
        if meta.contains("\"segment_id\"") {
            break;
        }
        assert!(
            child.try_wait().expect("wait").is_none(),
            "the run ended before its first commit"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(child.try_wait().expect("wait").is_none(), "the run is over");
    child
}

/// The run again, to the end: it indexes every article once (the broken records fail again).
fn finish_stalled_run(ix: &Index, corpus: &TempDir) {
    let again = ix.run(&["ingest", corpus.path().to_str().expect("utf-8")]);
    assert_eq!(again.status.code(), Some(2), "{}", stdout(&again));
    assert_eq!(indexed_paths(ix), files_under(corpus.path()));
}

#[test]
fn a_killed_ingest_loses_nothing_committed_and_the_next_run_finishes_without_duplicates() {
    use std::os::unix::process::ExitStatusExt;
    let corpus = stalling_folder();
    let ix = Index::empty();
    let mut child = stalled_ingest(&ix, &corpus);
    child.kill().expect("SIGKILL");
    assert_eq!(child.wait().expect("reaped").signal(), Some(9));

    // The index is readable at its last commit: some of the folder's articles, each once.
    let partial = indexed_paths(&ix);
    let mut dedup = partial.clone();
    dedup.dedup();
    assert_eq!(partial, dedup);
    let want = files_under(corpus.path());
    assert!(partial.iter().all(|p| want.contains(p)));
    assert!(
        !partial.is_empty() && partial.len() < want.len(),
        "{}",
        partial.len()
    );

    finish_stalled_run(&ix, &corpus);
}

#[test]
fn ctrl_c_commits_what_is_done_and_exits_cleanly() {
    let corpus = stalling_folder();
    let ix = Index::empty();
    let child = stalled_ingest(&ix, &corpus);
    let sent = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill -INT");
    assert!(sent.success());
    // Reading its output lets the run finish the batch it is in, and stop there.
    let out = child.wait_with_output().expect("output");
    assert_eq!(out.status.code(), Some(130), "{}", stdout(&out));
    let err = stderr(&out);
    assert_eq!(
        err.lines().last(),
        Some("newsdex: interrupted: what was indexed is committed; run the same command again to finish")
    );
    // The batch that holds the broken file is finished whole, or not begun when the signal
    // came between a commit and the next batch.
    let broken = err.lines().filter(|l| l.contains("b.jsonl:")).count();
    assert!(broken == 5000 || broken == 0, "{broken}");
    let summary = stdout(&out);
    let indexed = indexed_paths(&ix);
    assert!(
        summary.ends_with(&format!("\n{} articles in the index\n", indexed.len())),
        "{summary}"
    );
    assert!(indexed.len() < 1200, "{summary}");

    finish_stalled_run(&ix, &corpus);
}

#[test]
fn a_second_concurrent_ingest_fails_at_once_with_a_clear_message() {
    let ix = Index::of_fixtures();
    // Another process holds the index's writer, as a running ingest does.
    let index = tantivy::Index::open_in_dir(ix.path()).expect("open");
    let writer: tantivy::IndexWriter = index.writer(15_000_000).expect("writer");
    let second = ix.run(&["ingest", "fixtures"]);
    assert_eq!(second.status.code(), Some(2));
    assert_eq!(
        stderr(&second),
        format!(
            "newsdex: the index at {} is being written by another newsdex process\n",
            ix.path().display()
        )
    );
    // Queries work meanwhile.
    assert_eq!(ix.run(&["quotes", "danger"]).status.code(), Some(0));
    drop(writer);
    assert_eq!(ix.run(&["ingest", "fixtures"]).status.code(), Some(0));
}

#[test]
fn hostile_files_are_reported_one_line_each_and_the_rest_is_indexed() {
    let dir = TempDir::new().expect("temp dir");
    let d = dir.path();
    let put = |name: &str, bytes: &[u8]| std::fs::write(d.join(name), bytes).expect("write");
    put(
        "good.txt",
        "Harbour reopens\n\n“We are open,” said Ana Ruiz.\n".as_bytes(),
    );
    put("binary.txt", b"\x7fELF\x00\x00\x01\x02garbage");
    put(
        "latin1.txt",
        b"Caf\xe9 reopens\n\nThe caf\xe9 is open again.\n",
    );
    put("empty.txt", b"");
    // UTF-16 with a byte-order mark (as Windows Notepad saves it), and UTF-8 with one stray
    // Windows-1252 byte.
    let utf16: Vec<u8> = std::iter::once(0xFEFF)
        .chain("Zoë’s ferry\n\nThe ferry is Zoë’s.\n".encode_utf16())
        .flat_map(u16::to_le_bytes)
        .collect();
    put("utf16.txt", &utf16);
    put(
        "stray.txt",
        b"Stray \xe2\x80\x9cbyte\xe2\x80\x9d story\n\nIt\x92s caf\xc3\xa9.\n",
    );
    put("huge.txt", &vec![b'a'; 5000]);
    put("broken.json", b"{\"title\": \"Half a record\", \"text\": ");
    std::os::unix::fs::symlink(d.join("nowhere.txt"), d.join("dangling.txt")).expect("symlink");
    std::fs::create_dir(d.join("loop")).expect("mkdir");
    std::os::unix::fs::symlink(d.join("loop"), d.join("loop").join("again")).expect("symlink");
    let mut deep = d.join("deep");
    for i in 0..60 {
        deep = deep.join(format!("level{i}"));
    }
    std::fs::create_dir_all(&deep).expect("deep");
    std::fs::write(deep.join("deep.txt"), "Deep story\n\nIt is deep.\n").expect("write");
    use std::os::unix::ffi::OsStrExt;
    let odd = std::ffi::OsStr::from_bytes(b"odd-\xff-name.txt");
    std::fs::write(d.join(odd), "Odd name\n\nA body.\n").expect("write");

    let ix = Index::empty();
    let out = ix.run(&[
        "ingest",
        "--json",
        "--max-file-size",
        "1000",
        d.to_str().expect("utf-8"),
        "no-such-path",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let summary = &json_lines(&out)[0];
    let mut failed: Vec<(String, String)> = summary["failed"]
        .as_array()
        .expect("failed")
        .iter()
        .map(|f| {
            let path = f["path"].as_str().unwrap_or("");
            let name = Path::new(path)
                .file_name()
                .map_or(path.to_string(), |n| n.to_string_lossy().into_owned());
            (name, f["reason"].as_str().unwrap_or("").to_string())
        })
        .collect();
    failed.sort();
    let names: Vec<&str> = failed.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "again",
            "broken.json",
            "dangling.txt",
            "huge.txt",
            "no-such-path"
        ],
        "{failed:?}"
    );
    let reasons: Vec<&str> = failed.iter().map(|(_, r)| r.as_str()).collect();
    assert_eq!(reasons[0], "symbolic link loop");
    assert_eq!(reasons[2], "broken symbolic link");
    assert_eq!(
        reasons[3],
        "file is larger than the limit of 1000 bytes (--max-file-size)"
    );
    assert_eq!(reasons[4], "no such file or directory");
    // One stderr line per failure, each naming its file.
    assert_eq!(stderr(&out).lines().count(), 5, "{}", stderr(&out));
    assert_eq!(summary["skipped"]["binary file"], 1);
    assert_eq!(summary["skipped"]["empty file"], 1);
    // The good, legacy-encoded, UTF-16, deep and oddly named articles are all in.
    assert_eq!(summary["indexed"], 6);
    let headlines = json_lines(&ix.run(&["query", "*", "--json"]));
    let mut heads: Vec<&str> = headlines
        .iter()
        .filter_map(|h| h["headline"].as_str())
        .collect();
    heads.sort();
    assert_eq!(
        heads,
        [
            "Café reopens",
            "Deep story",
            "Harbour reopens",
            "Odd name",
            "Stray “byte” story",
            "Zoë’s ferry"
        ]
    );
}

#[test]
fn an_index_of_another_schema_asks_for_a_rebuild() {
    let ix = Index::of_fixtures();
    std::fs::write(ix.path().join("newsdex-schema-version"), "1").expect("write");
    let out = ix.run(&["query", "danger"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("was made by another version of newsdex (schema 1")
            && stderr(&out).contains("run `newsdex ingest --rebuild DIR...`"),
        "{}",
        stderr(&out)
    );
    let rebuilt = ix.run(&["ingest", "--rebuild", "fixtures"]);
    assert_eq!(rebuilt.status.code(), Some(0), "{}", stderr(&rebuilt));
    assert_eq!(ix.run(&["quotes", "danger"]).status.code(), Some(0));
}

#[test]
fn prune_removes_articles_whose_files_are_gone_and_touch_changes_nothing() {
    let corpus = article_folder(20);
    let ix = Index::empty();
    let dir = corpus.path().to_str().expect("utf-8");
    ix.run(&["ingest", dir]);
    let gone = corpus.path().join("d3").join("a00003.txt");
    std::fs::remove_file(&gone).expect("rm");
    // A file whose time changes but whose content does not is not re-indexed.
    let touched = corpus.path().join("d4").join("a00004.txt");
    let content = std::fs::read(&touched).expect("read");
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&touched, content).expect("rewrite");
    let out = json_lines(&ix.run(&["ingest", "--json", "--prune", dir]));
    assert_eq!(
        (
            out[0]["indexed"].as_u64(),
            out[0]["unchanged"].as_u64(),
            out[0]["pruned"].as_u64()
        ),
        (Some(0), Some(19), Some(1))
    );
    assert_eq!(indexed_paths(&ix), files_under(corpus.path()));
    // A file the walk now leaves out is pruned too, and said so.
    let out = ix.run(&["ingest", "--prune", "--exclude", "a00004.txt", dir]);
    assert!(
        stdout(&out).contains("\npruned 1 file that is gone or no longer read\n"),
        "{}",
        stdout(&out)
    );
    let mut left = files_under(corpus.path());
    left.retain(|p| !p.ends_with("a00004.txt"));
    assert_eq!(indexed_paths(&ix), left);
}

/// `extract` reads files as `ingest` does: the same size limit, and the same words for what it
/// cannot read, each on its own stderr line; the other files are still extracted.
#[test]
fn extract_reads_files_as_ingest_does() {
    let out = Index::empty().run(&[
        "extract",
        "--max-file-size",
        "2000",
        SEED,
        "fixtures/okafor-siblings-bakery-feud.txt",
        "fixtures/empty.txt",
        "no-such-file.txt",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "newsdex: {SEED}: file is larger than the limit of 2000 bytes (--max-file-size)\n\
             newsdex: fixtures/empty.txt: skipped: empty file\n\
             newsdex: no-such-file.txt: no such file or directory\n"
        )
    );
    assert!(
        stdout(&out)
            .starts_with("fixtures/okafor-siblings-bakery-feud.txt\nheadline:  Sibling feud"),
        "{}",
        stdout(&out)
    );
}

/// `extract` reads and extracts on all cores, and prints what it did in the order of the walk
/// (folders in name order, as `ingest` reads them), a bad file's message in its turn: the output
/// is the same whatever the number of threads, over several batches of files.
#[test]
fn extract_prints_in_walk_order_whatever_the_threads() {
    let corpus = article_folder(300);
    let broken = corpus.path().join("d0").join("a00150.txt");
    std::fs::write(&broken, b"").expect("empty one file");
    let dir = corpus.path().to_str().expect("utf-8");
    let ix = Index::empty();
    let runs: Vec<Output> = ["1", "2", "5"]
        .iter()
        .map(|jobs| ix.run(&["extract", "--json", "-j", jobs, dir]))
        .collect();
    for out in &runs[1..] {
        assert_eq!(
            (stdout(out), stderr(out), out.status.code()),
            (stdout(&runs[0]), stderr(&runs[0]), runs[0].status.code())
        );
    }
    assert_eq!(
        stderr(&runs[0]),
        format!("newsdex: {}: skipped: empty file\n", broken.display())
    );
    let mut want = files_under(corpus.path());
    want.retain(|p| !p.ends_with("a00150.txt"));
    let got = paths(&runs[0]);
    assert_eq!((got.len(), got), (299, want));
}

/// The words of a shell command line (no escapes; '...' and "..." quote).
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut quote = None;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.get_or_insert_with(String::new).push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                word.get_or_insert_with(String::new);
            }
            (None, c) if c.is_whitespace() => words.extend(word.take()),
            (None, c) => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    words
}

/// The fenced blocks of `text` in `lang`, each without its fences.
fn fenced<'a>(text: &'a str, lang: &str) -> Vec<&'a str> {
    let open = format!("```{lang}\n");
    text.split(open.as_str())
        .skip(1)
        .filter_map(|rest| rest.split_once("```").map(|(block, _)| block))
        .collect()
}

/// The README's way in is what a newcomer can type: `cargo install --path .` first, with
/// cargo's progress (no `-q`) and the first build's time said, then `newsdex` as installed; its
/// test command is the one `.ci/run` runs; and every search of its tour prints what it shows.
#[test]
fn the_readme_shows_what_a_newcomer_can_type() {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let start = readme
        .find("\n## The first five minutes\n")
        .expect("a section 'The first five minutes'");
    let first = &readme[start + 1..];
    let first = &first[..first[3..].find("\n## ").map_or(first.len(), |i| i + 3)];
    let blocks = fenced(first, "sh");
    assert_eq!(blocks.len(), 2, "{first}");
    let way_in: Vec<Vec<String>> = blocks[0].trim().split("&&").map(shell_words).collect();
    assert_eq!(
        way_in[0],
        ["cargo", "install", "--path", "."],
        "{}",
        blocks[0]
    );
    assert!(way_in.len() > 1, "{}", blocks[0]);
    for command in &way_in {
        assert!(
            !command.iter().any(|w| w == "-q" || w == "--quiet"),
            "{command:?}"
        );
    }
    assert!(way_in[1..].iter().all(|c| c[0] == "newsdex"), "{way_in:?}");
    assert!(
        first.contains("The first build") && first.contains("minutes"),
        "the first build's time: {first}"
    );
    let ci = std::fs::read_to_string(".ci/run").expect(".ci/run");
    let last = ci
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    assert_eq!(blocks[1].trim(), last.trim());

    // The tour: each search (and the ingest of the fixtures) prints what the README shows.
    let ix = Index::empty();
    let mut ran = 0;
    for block in fenced(&readme, "console") {
        let mut lines = block.lines().peekable();
        while let Some(line) = lines.next() {
            let Some(command) = line.strip_prefix("$ ") else {
                continue;
            };
            let mut shown = String::new();
            while let Some(l) = lines.next_if(|l| !l.starts_with("$ ")) {
                shown.push_str(l);
                shown.push('\n');
            }
            let words = shell_words(command);
            let searches = ["ingest", "query", "quotes", "person", "people", "outlets"];
            if words.first().map(String::as_str) != Some("newsdex")
                || !words.get(1).is_some_and(|w| searches.contains(&w.as_str()))
                || words
                    .iter()
                    .any(|w| ["|", ">", "--index"].contains(&w.as_str()))
                || (words[1] == "ingest" && words[2..] != ["fixtures"])
            {
                continue;
            }
            let out = ix.run(&words[1..].iter().map(String::as_str).collect::<Vec<_>>());
            let mut got = stdout(&out);
            if words[1] == "ingest" {
                // Its time and speed vary.
                let cut = |t: &str| {
                    t.split_once(" in ").map_or(t.to_string(), |(a, b)| {
                        format!("{a}{}", b.split_once('\n').map_or("", |(_, rest)| rest))
                    })
                };
                (got, shown) = (cut(&got), cut(&shown));
            }
            assert_eq!(got, shown, "$ {command}");
            ran += 1;
        }
    }
    assert!(ran >= 8, "only {ran} commands of the tour were run");
}

/// A search that finds nothing says so in one line on a terminal's stderr, with stdout empty and
/// exit status 1 (run under `script`, which gives it a terminal; passed over where there is none).
#[test]
fn nothing_found_is_told_on_a_terminal() {
    let Ok(script) = which_script() else {
        eprintln!("no `script` (util-linux) to give newsdex a terminal: test passed over");
        return;
    };
    let ix = Index::of_fixtures();
    let work = TempDir::new().expect("temp dir");
    let results = work.path().join("stdout");
    let bin = assert_cmd::cargo::cargo_bin("newsdex");
    let cases: [(&str, &str); 3] = [
        ("query 'war AND peace'", "no articles match 'war AND peace'"),
        (
            "quotes war --outlet 'coast wire'",
            "no quotes match 'war' with --outlet",
        ),
        (
            "people ferry --until 2000-01-01",
            "no people in the articles that match 'ferry' with --until",
        ),
    ];
    for (args, want) in cases {
        let line = format!(
            "'{}' --index '{}' {args} > '{}'",
            bin.display(),
            ix.path().display(),
            results.display()
        );
        let out = std::process::Command::new(&script)
            .args(["-q", "-e", "-c", &line, "/dev/null"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("NO_COLOR", "1")
            .env_remove("NEWSDEX_INDEX")
            .output()
            .expect("runs");
        let terminal = stdout(&out).replace("\r\n", "\n");
        assert_eq!(
            (out.status.code(), terminal.lines().last().unwrap_or("")),
            (Some(1), want),
            "{args}: {terminal}"
        );
        assert_eq!(
            std::fs::read_to_string(&results).expect("stdout"),
            "",
            "{args}"
        );
    }
}

/// The path of util-linux's `script`, if there is one.
fn which_script() -> Result<PathBuf, ()> {
    std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|dir| dir.join("script"))
        .find(|p| p.is_file())
        .ok_or(())
}
/// A folder of short fiction articles: `(file stem, headline, body)`.
fn folder_of(articles: &[(String, String, String)]) -> TempDir {
    let dir = TempDir::new().expect("temp dir");
    for (stem, headline, body) in articles {
        std::fs::write(
            dir.path().join(format!("{stem}.txt")),
            format!("{headline}\n\n{body}\n"),
        )
        .expect("write");
    }
    dir
}

#[test]
fn one_person_one_entry_across_the_index() {
    let mut articles = Vec::new();
    let mut add = |stem: String, body: String| {
        articles.push((stem, "Harbour news".to_string(), body));
    };
    // One Okafor the index knows well, some articles naming her by surname alone, and another
    // Okafor named once.
    for i in 0..10 {
        add(
            format!("okafor-full-{i}"),
            format!("President Hana Okafor opened berth {i}. Okafor said the port would grow."),
        );
    }
    for i in 0..3 {
        add(
            format!("okafor-short-{i}"),
            format!("Ms Okafor visited pier {i} on Monday and praised the crews."),
        );
    }
    add(
        "okafor-other".into(),
        "Dele Okafor, a farmer, sold his oats at the market.".into(),
    );
    // Two Williamses: "Mr Williams" alone stays apart.
    for i in 0..6 {
        add(
            format!("williams-rhys-{i}"),
            format!("Captain Rhys Williams docked ship {i}."),
        );
    }
    for i in 0..5 {
        add(
            format!("williams-ann-{i}"),
            format!("Engineer Ann Williams fixed crane {i}."),
        );
    }
    for i in 0..2 {
        add(
            format!("williams-short-{i}"),
            format!("Mr Williams counted boat {i}."),
        );
    }
    // A band named like a person: some articles say so, the rest do not.
    for i in 0..3 {
        add(
            format!("band-{i}"),
            format!("The band Nora Quill played quay {i}. Nora Quill were loud."),
        );
    }
    for i in 0..4 {
        add(
            format!("band-bare-{i}"),
            format!("Nora Quill played the harbour festival, stage {i}."),
        );
    }
    let corpus = folder_of(&articles);
    let ix = Index::empty();
    let dir = corpus.path().to_str().expect("utf-8 path");
    assert_eq!(ix.run(&["ingest", dir]).status.code(), Some(0));

    let people = ix.run(&["people", "--limit", "10"]);
    assert_eq!(
        stdout(&people),
        "13  Hana Okafor\n 6  Rhys Williams\n 5  Ann Williams\n 2  Williams\n 1  Dele Okafor\n"
    );
    // `person` finds the articles `people` counts, each under the canonical name.
    let hits = json_lines(&ix.run(&["person", "Hana Okafor", "--limit", "100", "--json"]));
    assert_eq!(hits.len(), 13);
    assert!(
        hits.iter().all(|h| h["person"] == "Hana Okafor"),
        "{hits:?}"
    );
    let short = json_lines(&ix.run(&["person", "Okafor", "--limit", "100", "--json"]));
    let named: Vec<&str> = short.iter().filter_map(|h| h["person"].as_str()).collect();
    assert_eq!(named.iter().filter(|n| **n == "Hana Okafor").count(), 13);
    assert_eq!(named.iter().filter(|n| **n == "Dele Okafor").count(), 1);
    // The band is no person.
    assert_eq!(ix.run(&["person", "Nora Quill"]).status.code(), Some(1));
    // The people of a search are counted so too: the surname alone under the full name, the
    // band left out.
    let people = ix.run(&["people", "pier OR stage"]);
    assert_eq!(stdout(&people), "3  Hana Okafor\n");
}
