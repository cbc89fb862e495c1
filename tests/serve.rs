//! `newsdex serve` end to end: the real binary on an ephemeral port of this machine, asked over
//! HTTP. Every endpoint, the shapes it shares with the CLI's `--json`, the page and its assets,
//! every kind of bad input, the limits, live reload and a clean stop.

mod common;

use common::server::{
    enc, fixtures_index, get, get_with, index_of, newsdex, request, Reply, Server,
};
use std::io::{Read, Write};
use std::net::TcpStream;

use serde_json::{json, Value};
use tempfile::TempDir;

/// A server over the fixtures' index (each test has its own: nothing outlives the test).
struct Fx {
    server: Server,
    _index: TempDir,
}

fn served() -> Fx {
    let index = fixtures_index();
    let server = Server::start(index.path(), &[]);
    Fx {
        server,
        _index: index,
    }
}

impl Fx {
    fn api(&self, path: &str) -> Reply {
        get(&self.server.url(path))
    }

    fn ok_json(&self, path: &str) -> Value {
        let r = self.api(path);
        assert_eq!(r.status, 200, "{path}: {}", r.text());
        assert_eq!(r.header("content-type"), Some("application/json"), "{path}");
        r.json()
    }

    /// The CLI's `--json` lines for `args` on the same index.
    fn cli_json(&self, args: &[&str]) -> Vec<Value> {
        let out = newsdex()
            .arg("--index")
            .arg(&self.server.index)
            .args(args)
            .output()
            .expect("runs");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).expect("json"))
            .collect()
    }
}

/// The hits as the CLI's `--json` gives them: without the `id` (which ends with the path) and,
/// of a quote, the `highlights` of its words.
fn without_id(hits: &Value) -> Vec<Value> {
    hits.as_array()
        .expect("hits")
        .iter()
        .map(|h| {
            let mut h = h.clone();
            let o = h.as_object_mut().expect("a hit");
            if o.contains_key("text") {
                o.remove("highlights").expect("highlights of a quote");
            }
            let id = o.remove("id").expect("an id");
            let path = h["path"].as_str().expect("path").to_string();
            assert!(id.as_str().expect("id").ends_with(&path), "{id} {path}");
            h
        })
        .collect()
}

fn names(list: &Value) -> Vec<String> {
    list.as_array()
        .expect("list")
        .iter()
        .map(|c| {
            // (A facet's `count`, a list's `articles`.)
            let n = c.get("count").unwrap_or(&c["articles"]);
            format!("{} {n}", c["name"].as_str().unwrap_or(""))
        })
        .collect()
}

#[test]
fn every_search_answers_the_clis_json_shapes_with_totals() {
    let fx = served();
    let cases: &[(&str, &[&str])] = &[
        (
            "/api/search?q=ferry&limit=3",
            &["query", "ferry", "--json", "--limit", "3"],
        ),
        (
            "/api/search?q=ferry&sort=date&since=2024-01-01",
            &[
                "query",
                "ferry",
                "--json",
                "--sort",
                "date",
                "--since",
                "2024-01-01",
            ],
        ),
        ("/api/quotes?q=danger", &["quotes", "danger", "--json"]),
        (
            "/api/quotes?speaker=lindqvist&sort=date",
            &[
                "quotes",
                "--speaker",
                "lindqvist",
                "--json",
                "--sort",
                "date",
            ],
        ),
        (
            "/api/person?name=kushner&facets=false",
            &["person", "kushner", "--json"],
        ),
        ("/api/people?limit=3", &["people", "--limit", "3", "--json"]),
        (
            "/api/outlets?limit=4",
            &["outlets", "--limit", "4", "--json"],
        ),
    ];
    for (path, args) in cases {
        let v = fx.ok_json(path);
        let want = fx.cli_json(args);
        let hits = if path.starts_with("/api/people") || path.starts_with("/api/outlets") {
            v["hits"].as_array().expect("hits").clone()
        } else {
            without_id(&v["hits"])
        };
        assert_eq!(hits, want, "{path}");
        assert!(
            v["total"].as_u64().expect("total") >= hits.len() as u64,
            "{path}"
        );
    }
    // Totals count every hit, not only the page's.
    let v = fx.ok_json("/api/search?q=ferry&limit=1");
    assert_eq!(
        (v["total"].as_u64(), v["hits"].as_array().map(Vec::len)),
        (Some(5), Some(1))
    );
    let v = fx.ok_json("/api/quotes?q=*&limit=1");
    assert_eq!(v["total"].as_u64(), Some(88));
    let v = fx.ok_json("/api/people?limit=1");
    assert_eq!(v["total"].as_u64(), Some(62));
}

#[test]
fn pages_join_into_the_whole_list() {
    let fx = served();
    for kind in [
        "search?q=*&sort=date",
        "quotes?q=said",
        "person?name=clinton",
        "people?q=*",
    ] {
        let all = fx.ok_json(&format!("/api/{kind}&limit=1000&facets=false"));
        let total = all["total"].as_u64().expect("total") as usize;
        let mut joined = Vec::new();
        let mut offset = 0;
        while offset < total {
            let page = fx.ok_json(&format!("/api/{kind}&offset={offset}&limit=4&facets=false"));
            assert_eq!(page["total"].as_u64(), Some(total as u64), "{kind}");
            joined.extend(page["hits"].as_array().expect("hits").iter().cloned());
            offset += 4;
        }
        assert_eq!(&Value::Array(joined), &all["hits"], "{kind}");
        let past = fx.ok_json(&format!("/api/{kind}&offset={}&facets=false", total + 3));
        assert_eq!(past["hits"], json!([]), "{kind}");
    }
}

#[test]
fn quote_hits_mark_the_searched_words() {
    let fx = served();
    let marked = |path: &str| -> Vec<Vec<String>> {
        let v = fx.ok_json(path);
        v["hits"]
            .as_array()
            .expect("hits")
            .iter()
            .map(|h| {
                let text = h["text"].as_str().expect("text");
                h["highlights"]
                    .as_array()
                    .expect("highlights")
                    .iter()
                    .map(|r| {
                        let (a, b) = (r[0].as_u64().unwrap_or(0), r[1].as_u64().unwrap_or(0));
                        text.get(a as usize..b as usize).unwrap_or("?").to_string()
                    })
                    .collect()
            })
            .collect()
    };
    // Every form of the word the index reads as it ("dangerous" is "danger").
    assert_eq!(
        marked("/api/quotes?q=danger"),
        [vec!["dangerous"], vec!["danger"]]
    );
    // Nothing to mark without words.
    let all = marked("/api/quotes?speaker=lindqvist");
    assert!(!all.is_empty() && all.iter().all(Vec::is_empty), "{all:?}");
}

#[test]
fn facets_follow_the_query_and_each_count_is_what_its_filter_finds() {
    let fx = served();
    let v = fx.ok_json("/api/search?q=ferry");
    let f = &v["facets"];
    assert_eq!(names(&f["outlets"]), ["Coast Wire 2", "Reuters 1"]);
    assert_eq!(f["undated"], 3);
    assert_eq!(f["counted"], "articles");
    assert_eq!(f["months"][0], json!({"month": "2024-02", "count": 1}));
    assert_eq!(
        f["months"].as_array().map(Vec::len),
        Some(12),
        "2024-02 to 2025-01"
    );
    // Each facet's count is the total its filter gives.
    for (facet, param) in [
        ("outlets", "outlet"),
        ("people", "person"),
        ("speakers", "speaker"),
    ] {
        for c in f[facet].as_array().expect("facet") {
            let name = c["name"].as_str().expect("name");
            let narrowed = fx.ok_json(&format!("/api/search?q=ferry&{param}={}", enc(name)));
            assert_eq!(narrowed["total"], c["count"], "{param}={name}");
        }
    }
    let months: u64 = f["months"]
        .as_array()
        .expect("months")
        .iter()
        .map(|m| m["count"].as_u64().unwrap_or(0))
        .sum();
    assert_eq!(months + 3, 5);
    // Quote facets count the matching quotes: each count is the total its filter gives.
    let v = fx.ok_json("/api/quotes?q=danger");
    let f = &v["facets"];
    assert_eq!(f["counted"], "quotes");
    // (Both quotes with "danger" are Hillary Clinton's; the article quotes Jared Kushner too.)
    assert_eq!(names(&f["speakers"]), ["Hillary Clinton 2"]);
    assert_eq!(names(&f["outlets"]), ["Israel National News 2"]);
    for (facet, param) in [
        ("outlets", "outlet"),
        ("people", "person"),
        ("speakers", "speaker"),
    ] {
        for c in f[facet].as_array().expect("facet") {
            let name = c["name"].as_str().expect("name");
            let narrowed = fx.ok_json(&format!("/api/quotes?q=danger&{param}={}", enc(name)));
            assert_eq!(narrowed["total"], c["count"], "quotes {param}={name}");
        }
    }
    // A person's page: the people named with them (not them), their quotes.
    let v = fx.ok_json("/api/person?name=morag%20lindqvist");
    assert_eq!(v["name"], "Morag Lindqvist");
    assert_eq!(v["total"], 3);
    assert_eq!(v["quotes"]["total"], 3);
    assert_eq!(names(&v["facets"]["people"]), ["Duncan Fairlie 1"]);
    assert_eq!(
        v["facets"]["months"].as_array().map(Vec::len),
        Some(13),
        "2024-02 to 2025-02"
    );
    // The people and outlets of a query.
    let v = fx.ok_json("/api/outlets?q=ferry&since=2025-01-01");
    assert_eq!(names(&v["hits"]), ["Coast Wire 1"]);
}

#[test]
fn one_article_by_id_with_its_quotes_offsets() {
    let fx = served();
    let hit = &fx.ok_json("/api/quotes?q=danger&limit=1")["hits"][0];
    let id = hit["id"].as_str().expect("id");
    let a = fx.ok_json(&format!("/api/articles/{}", enc(id)));
    assert_eq!(a["id"], id);
    assert_eq!(a["path"], "fixtures/kushner-memoir-trump-clinton.txt");
    assert_eq!(a["headline"], "Donald Trump and Hillary Clinton");
    let body: Vec<char> = a["body"].as_str().expect("body").chars().collect();
    let quotes = a["quotes"].as_array().expect("quotes");
    assert_eq!(quotes.len(), 11);
    for q in quotes {
        let (s, e) = (
            q["start"].as_u64().unwrap_or(0) as usize,
            q["end"].as_u64().unwrap_or(0) as usize,
        );
        // (A quote split by its attribution spans it: its text is its parts.)
        let said: String = body[s..e].iter().collect();
        let text: Vec<char> = q["text"].as_str().expect("text").chars().collect();
        let (head, tail): (String, String) = (
            text[..8].iter().collect(),
            text[text.len() - 8..].iter().collect(),
        );
        assert!(
            said.starts_with(&head) && said.ends_with(&tail),
            "{said:?} {q}"
        );
    }
    assert_eq!(
        a,
        fx.cli_json(&[
            "show",
            "--json",
            "fixtures/kushner-memoir-trump-clinton.txt"
        ])[0]
    );
    // One record of a file of many, by its id.
    let hit = &fx.ok_json("/api/search?q=electric")["hits"][0];
    let a = fx.ok_json(&format!(
        "/api/articles/{}",
        enc(hit["id"].as_str().expect("id"))
    ));
    assert_eq!(a["path"], "fixtures/formats/wire-feed.jsonl#2");
}

#[test]
fn stats_say_what_the_index_holds() {
    let fx = served();
    let s = fx.ok_json("/api/stats");
    assert_eq!(s["articles"], 27);
    assert_eq!(s["quotes"], 88);
    assert_eq!(s["people"], 62);
    assert_eq!(s["outlets"], 12);
    assert_eq!(s["first_published"], "1988-01-14");
    assert_eq!(s["last_published"], "2025-02-11");
    assert_eq!(s["undated"], 14);
    assert!(s["size_bytes"].as_u64().unwrap_or(0) > 10_000, "{s}");
}

#[test]
fn bad_input_is_refused_with_its_reason_never_a_500() {
    let fx = served();
    let cases = [
        (
            "/api/search?q=(",
            400,
            "invalid query \"(\": the bracket at column 1 is never closed",
        ),
        ("/api/search?q=nofield:x", 400, "unknown field 'nofield'"),
        ("/api/quotes?q=%22tax%20cuts%22~2", 400, "drop its ~N"),
        ("/api/search?since=2024-13-01", 400, "since: invalid date"),
        ("/api/search?until=yesterday", 400, "until: invalid date"),
        ("/api/search?sort=oldest", 400, "invalid sort \"oldest\""),
        (
            "/api/search?limit=1001",
            400,
            "limit 1001 is too large: at most 1000",
        ),
        ("/api/search?limit=-5", 400, "invalid limit \"-5\""),
        (
            "/api/search?offset=99999999",
            400,
            "offset 99999999 is too large",
        ),
        ("/api/search?offset=1e3", 400, "invalid offset"),
        ("/api/search?q=a&q=b", 400, "parameter 'q' is given twice"),
        ("/api/search?query=x", 400, "unknown parameter 'query'"),
        ("/api/search?format=pdf", 400, "invalid format"),
        ("/api/search?q=%FF%FE", 200, ""),
        ("/api/person", 400, "missing parameter 'name'"),
        ("/api/person?name=%21%21%21", 400, "no name given"),
        ("/api/person?name=Nobody%20Atall", 200, ""),
        ("/api/quotes?speaker=%20-%20", 400, "no name given"),
        (
            "/api/articles/nothing-here",
            404,
            "no article \"nothing-here\"",
        ),
        ("/api/articles/..%2F..%2Fetc%2Fpasswd", 404, "no article"),
        ("/api/nope", 404, "no such endpoint: /api/nope"),
        ("/api/search?q=", 200, ""),
        ("/api/search?q=*&outlet=%00", 400, "no name given"),
    ];
    for (path, status, message) in cases {
        let r = fx.api(path);
        assert_eq!(r.status, status, "{path}: {}", r.text());
        if status != 200 {
            let v = r.json();
            let e = v["error"].as_str().unwrap_or_else(|| panic!("{path}: {v}"));
            assert!(e.contains(message), "{path}: {e}");
        }
    }
    // The CLI names the same problem in the same words.
    let out = newsdex()
        .arg("--index")
        .arg(&fx.server.index)
        .args(["query", "("])
        .output()
        .expect("runs");
    let cli = String::from_utf8_lossy(&out.stderr);
    let api_error = fx.api("/api/search?q=(").json()["error"].clone();
    assert_eq!(
        cli.trim(),
        format!("newsdex: {}", api_error.as_str().unwrap_or(""))
    );
    // Only GET: another method or a body is refused, in JSON like every error, and the server
    // goes on.
    let url = fx.server.url("/api/search");
    let cases = [
        (
            "POST",
            "x".repeat(100),
            405,
            "only GET and HEAD are answered",
        ),
        (
            "DELETE",
            String::new(),
            405,
            "only GET and HEAD are answered",
        ),
        ("POST", "x".repeat(20_000), 413, "body is too large"),
    ];
    for (method, body, status, message) in cases {
        let r = request(method, &url, &[], Some(body.as_str()));
        assert_eq!(r.status, status, "{method} {}: {}", body.len(), r.text());
        let e = r.json()["error"].as_str().unwrap_or_default().to_string();
        assert!(e.contains(message), "{method}: {e}");
        if status == 405 {
            assert_eq!(r.header("allow"), Some("GET,HEAD"), "{method}");
        }
    }
    assert_eq!(fx.api("/api/stats").status, 200);
}

/// Whatever a parameter holds, every endpoint answers JSON and never a 500: odd queries, odd
/// names, numbers out of range, bytes that are not UTF-8, control characters.
#[test]
fn no_value_of_any_parameter_makes_a_500() {
    let fx = served();
    let values = [
        "",
        "%20",
        "*",
        "%22",
        "((((",
        "a%20AND",
        "OR",
        "-",
        "~",
        "field:",
        "quote:(",
        "a~99",
        "%FF",
        "%00",
        "%E2%80%AE",
        "%F0%9F%93%B0",
        "0",
        "-1",
        "99999999999999999999999",
        "1e308",
        "NaN",
        "2024-02-30",
        "0000-01-01",
        "9999-12-31",
        "relevance",
        "date",
        "[1%20TO%202]",
        "speaker:%22%22",
        "%5C",
        "%25",
    ];
    let endpoints = [
        (
            "/api/search",
            &[
                "q", "since", "until", "outlet", "person", "speaker", "sort", "offset", "limit",
                "facets", "format",
            ][..],
        ),
        (
            "/api/quotes",
            &["q", "speaker", "person", "since", "sort", "offset", "limit"][..],
        ),
        (
            "/api/person",
            &["name", "outlet", "since", "offset", "limit"][..],
        ),
        ("/api/people", &["q", "limit", "offset"][..]),
        ("/api/outlets", &["q", "limit"][..]),
    ];
    for (endpoint, params) in endpoints {
        for param in params {
            for value in values {
                let extra = if endpoint == "/api/person" && *param != "name" {
                    "&name=clinton"
                } else {
                    ""
                };
                let path = format!("{endpoint}?{param}={value}{extra}");
                let r = fx.api(&path);
                assert!(r.status < 500, "{path}: {} {}", r.status, r.text());
                if !path.contains("format=") || r.status != 200 {
                    let _ = r.json();
                }
            }
        }
    }
    for value in values {
        let r = fx.api(&format!("/api/articles/{value}x"));
        assert!(r.status < 500, "{value}: {} {}", r.status, r.text());
    }
}

/// An answer of the API can be asked again cheaply: its `ETag` is of the index's state and the
/// address, and the same tag gets a 304 without a body (until a commit changes the index, see
/// `an_ingest_shows_up_without_a_restart_and_ctrl_c_stops_cleanly`).
#[test]
fn answers_are_revalidated_by_their_etag() {
    let fx = served();
    let first = fx.api("/api/search?q=ferry");
    assert_eq!(first.header("cache-control"), Some("no-cache"));
    let tag = first.header("etag").expect("an ETag").to_string();
    assert!(tag.starts_with("W/\""), "{tag}");
    let url = fx.server.url("/api/search?q=ferry");
    let again = get_with(&url, &[("If-None-Match", tag.as_str())]);
    assert_eq!((again.status, again.body.len()), (304, 0));
    assert_eq!(again.header("etag"), Some(tag.as_str()));
    // Another address, another tag; a tag of something else gets the whole answer.
    let other = fx.api("/api/search?q=ferry&sort=date");
    assert_ne!(other.header("etag"), Some(tag.as_str()));
    let stale = get_with(&url, &[("If-None-Match", "W/\"0000\"")]);
    assert_eq!(stale.status, 200);
    assert_eq!(stale.json(), first.json());
    // Errors carry no tag.
    assert_eq!(fx.api("/api/search?q=(").header("etag"), None);
}

#[test]
fn exports_are_csv_and_json_files() {
    let fx = served();
    let r = fx.api("/api/search?q=ferry&format=csv&limit=1000");
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("text/csv; charset=utf-8"));
    assert_eq!(
        r.header("content-disposition"),
        Some("attachment; filename=\"newsdex-articles.csv\"")
    );
    let text = r.text();
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "rank,score,headline,outlet,authors,published,url,path,snippet"
    );
    assert_eq!(
        lines.len(),
        5 + 2,
        "a header, 5 rows, and the final line break"
    );
    assert!(lines[1].starts_with("1,"), "{}", lines[1]);
    let r = fx.api("/api/quotes?q=danger&format=json");
    assert_eq!(
        r.header("content-disposition"),
        Some("attachment; filename=\"newsdex-quotes.json\"")
    );
    assert_eq!(r.json()["total"], 2);
    let r = fx.api("/api/person?name=kushner&format=csv");
    assert!(
        r.text().starts_with("rank,person,mentions,quotes,headline"),
        "{}",
        r.text()
    );
}

#[test]
fn the_page_and_its_assets_are_embedded_typed_compressed_and_cached_by_version() {
    let fx = served();
    let page = fx.api("/?q=ferry&tab=quotes");
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(page.header("cache-control"), Some("no-cache"));
    let csp = page.header("content-security-policy").expect("a CSP");
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert_eq!(page.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(page.header("access-control-allow-origin"), None);
    let html = page.text();
    assert!(!html.contains("<script>"), "no inline script");
    for view in ["/article", "/person"] {
        assert_eq!(fx.api(view).text(), html, "{view}");
    }
    let app = html
        .split('"')
        .find(|s| s.starts_with("/assets/") && s.ends_with("/app.js"))
        .expect("the page loads its script by a versioned path");
    let js = fx.api(app);
    assert_eq!(js.status, 200);
    assert_eq!(
        js.header("content-type"),
        Some("text/javascript; charset=utf-8")
    );
    assert_eq!(
        js.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    let dir = app.trim_end_matches("app.js");
    for (name, mime) in [
        ("search.js", "text/javascript; charset=utf-8"),
        ("style.css", "text/css; charset=utf-8"),
        ("icon.svg", "image/svg+xml"),
    ] {
        let r = fx.api(&format!("{dir}{name}"));
        assert_eq!(
            (r.status, r.header("content-type")),
            (200, Some(mime)),
            "{name}"
        );
    }
    // Compressed when the browser says it can read it.
    let gz = get_with(&fx.server.url(app), &[("Accept-Encoding", "gzip")]);
    assert_eq!(gz.header("content-encoding"), Some("gzip"));
    assert!(
        gz.body.len() < js.body.len(),
        "{} < {}",
        gz.body.len(),
        js.body.len()
    );
    // Nothing else: another version, another name, the disk.
    for path in [
        "/assets/0000/app.js".to_string(),
        format!("{dir}Cargo.toml"),
        format!("{dir}..%2F..%2FCargo.toml"),
        "/assets/../Cargo.toml".to_string(),
        "/Cargo.toml".to_string(),
        "/src/main.rs".to_string(),
        "/etc/passwd".to_string(),
    ] {
        let r = fx.api(&path);
        assert_eq!(r.status, 404, "{path}");
        assert!(!r.text().contains("[package]"), "{path}");
    }
    // An address that is no page: for a browser the page (which says so), else plain text.
    let html = [("Accept", "text/html,application/xhtml+xml")];
    let r = get_with(&fx.server.url("/no/such/page"), &html);
    assert_eq!(
        (r.status, r.header("content-type")),
        (404, Some("text/html; charset=utf-8"))
    );
    assert_eq!(r.text(), page.text());
    let r = fx.api("/no/such/page");
    assert_eq!(
        (r.status, r.header("content-type")),
        (404, Some("text/plain; charset=utf-8"))
    );
    let doc = fx.ok_json("/api/openapi.json");
    assert_eq!(doc["openapi"], "3.1.0");
    let paths: Vec<&String> = doc["paths"].as_object().expect("paths").keys().collect();
    for p in [
        "/api/search",
        "/api/quotes",
        "/api/person",
        "/api/people",
        "/api/outlets",
        "/api/articles/{id}",
        "/api/stats",
    ] {
        assert!(paths.iter().any(|k| k.as_str() == p), "{p} in {paths:?}");
    }
}

#[test]
fn oversized_requests_and_foreign_hosts_are_refused() {
    let fx = served();
    let long = format!("/api/search?q={}", "a".repeat(9000));
    let r = fx.api(&long);
    assert_eq!(r.status, 414, "{}", r.text());
    let big = "x".repeat(17 * 1024);
    let r = get_with(&fx.server.url("/api/stats"), &[("X-Filler", big.as_str())]);
    assert_eq!(r.status, 431);
    // A page of another site reaching this machine's server through its own name.
    let r = get_with(
        &fx.server.url("/api/stats"),
        &[("Host", "attacker.example")],
    );
    assert_eq!(r.status, 421);
    assert!(r.json()["error"]
        .as_str()
        .unwrap_or("")
        .contains("attacker.example"));
    let r = get_with(&fx.server.url("/api/stats"), &[("Host", "localhost:1234")]);
    assert_eq!(r.status, 200);
}

#[test]
fn cross_origin_access_only_when_asked() {
    let index = fixtures_index();
    let origin = [("Origin", "https://desk.example")];
    let plain = Server::start(index.path(), &[]);
    let r = get_with(&plain.url("/api/stats"), &origin);
    assert_eq!(r.header("access-control-allow-origin"), None);
    let open = Server::start(index.path(), &["--cors", "https://desk.example"]);
    let r = get_with(&open.url("/api/stats"), &origin);
    assert_eq!(
        r.header("access-control-allow-origin"),
        Some("https://desk.example")
    );
    let r = get_with(
        &open.url("/api/stats"),
        &[("Origin", "https://other.example")],
    );
    assert_eq!(r.header("access-control-allow-origin"), None);
}

#[test]
fn an_ingest_shows_up_without_a_restart_and_ctrl_c_stops_cleanly() {
    let index = index_of(&[std::path::Path::new("fixtures/formats/wire-feed.jsonl")]);
    let mut server = Server::start(index.path(), &[]);
    let before = get(&server.url("/api/stats"));
    assert_eq!(before.json()["articles"], 3);
    let out = newsdex()
        .arg("--index")
        .arg(index.path())
        .args(["ingest", "fixtures/formats/valley-post-export.json"])
        .output()
        .expect("ingest runs");
    assert_eq!(out.status.code(), Some(0));
    // The reader reloads on the commit by itself (within about a second); give it up to 30.
    let started = std::time::Instant::now();
    let mut articles = Value::Null;
    while started.elapsed() < std::time::Duration::from_secs(30) {
        articles = get(&server.url("/api/stats")).json()["articles"].clone();
        if articles != 3 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert_eq!(articles, 5);
    // The answer's tag changed with the index: a client holding the old one gets the new answer.
    let tag = before.header("etag").expect("an ETag");
    let after = get_with(&server.url("/api/stats"), &[("If-None-Match", tag)]);
    assert_eq!(after.status, 200);
    assert_eq!(after.json()["articles"], 5);
    // Ctrl-C stops it, even with a connection idle after its answer and another that sent half
    // a request and no more.
    let address = server.base.trim_start_matches("http://").to_string();
    let mut idle = TcpStream::connect(&address).expect("connects");
    idle.write_all(b"GET /api/stats HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .expect("asks");
    let mut answer = [0u8; 12];
    idle.read_exact(&mut answer).expect("an answer");
    assert_eq!(&answer, b"HTTP/1.1 200");
    let mut half = TcpStream::connect(&address).expect("connects");
    half.write_all(b"GET /api/stats HTTP/1.1\r\nHost: loc")
        .expect("asks half");
    let status = server.interrupt();
    assert_eq!(status.code(), Some(0), "{status:?}");
}

#[test]
fn serving_without_an_index_says_how_to_make_one() {
    let dir = TempDir::new().expect("temp");
    let out = newsdex()
        .arg("--index")
        .arg(dir.path().join("none"))
        .args(["serve", "--addr", "127.0.0.1:0"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("run `newsdex ingest DIR` first"), "{err}");
}
