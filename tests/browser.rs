//! The search page in a real headless Chromium (Debian's `chromium` and `chromium-driver`),
//! through the everyday tasks: the fixtures indexed, a quote found by keyword and opened in
//! its article, the articles that mention a person listed from the People tab; and a hostile
//! article shown as text. Without the browser the tests say so and pass, unless
//! NEWSDEX_REQUIRE_BROWSER=1. With NEWSDEX_SCREENSHOTS=DIR they save the pages' pictures there.

mod common;

use std::path::PathBuf;

use common::server::{enc, fixtures_index, Server};
use common::webdriver::{missing, Browser};

/// Whether the browser is here; else why not (a failure when it is required).
fn browser_here() -> bool {
    match missing() {
        None => true,
        Some(why) if std::env::var("NEWSDEX_REQUIRE_BROWSER").as_deref() == Ok("1") => {
            panic!("NEWSDEX_REQUIRE_BROWSER=1 but {why}")
        }
        Some(why) => {
            eprintln!("browser tests skipped: {why}");
            false
        }
    }
}

/// Where to save screenshots, when asked.
fn screenshots() -> Option<PathBuf> {
    let dir = PathBuf::from(std::env::var_os("NEWSDEX_SCREENSHOTS")?);
    let dir = if dir.is_absolute() {
        dir
    } else {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(dir)
    };
    std::fs::create_dir_all(&dir).expect("screenshot folder");
    Some(dir)
}

#[test]
fn the_everyday_tasks_in_a_real_browser() {
    if !browser_here() {
        return;
    }
    let index = fixtures_index();
    let server = Server::start(index.path(), &[]);
    let b = Browser::start(1280, 900);
    let shots = screenshots();

    // The fixtures are indexed: the page says how many articles it searches.
    b.goto(&server.url("/"));
    b.wait_for("footer", "27 articles");
    assert_eq!(b.alert(), None);

    // Search a quote by keyword: the search box, the Quotes tab, a card per quote.
    let quotes_tab = b.wait_for("nav.tabs a", "Quotes");
    b.click(&quotes_tab);
    b.wait_for_url("tab=quotes");
    b.wait_for("#results-heading", "quotes");
    b.keys("/");
    let focused = b.run("return document.activeElement.id", vec![]);
    assert_eq!(focused, "q", "the / key focuses the search box");
    b.keys("danger\u{E007}");
    b.wait_for_url("q=danger");
    let card = b.wait_for(".quote-card", "is a clear and present danger to America");
    assert!(
        b.text(&card).contains("Hillary Clinton"),
        "{}",
        b.text(&card)
    );
    b.wait_for("#results-heading", "2 quotes for “danger”");
    // The searched word is marked in the quote, and the facets say they count quotes.
    b.wait_for(".quote-card blockquote mark", "danger");
    b.wait_for(".facets", "Counts are of matching quotes.");
    if let Some(dir) = &shots {
        b.screenshot(&dir.join("quotes.png"));
    }
    // Open its article: the quote is marked in its paragraph.
    let link = b
        .within(&card, "cite a")
        .into_iter()
        .next()
        .expect("the card links its article");
    b.click(&link);
    b.wait_for_url("/article?");
    let mark = b.wait_for("#quote-current", "is a clear and present danger to America");
    assert_eq!(b.text(&mark), "is a clear and present danger to America");
    let paragraph = b.run(
        "return document.getElementById('quote-current').parentElement.textContent",
        vec![],
    );
    assert!(
        paragraph
            .as_str()
            .unwrap_or_default()
            .starts_with("In one incident, she warned that Trump “is a clear"),
        "{paragraph}"
    );
    b.wait_for("article.full h1", "Donald Trump and Hillary Clinton");
    // The back button returns to the same search.
    b.back();
    b.wait_for_url("q=danger");
    b.wait_for(".quote-card", "is a clear and present danger to America");

    // List the articles that mention a person from the People tab.
    b.goto(&server.url("/?tab=people&q=ferry"));
    let person = b.wait_for("ol.people a", "Morag Lindqvist");
    b.click(&person);
    b.wait_for_url("/person?name=Morag");
    b.wait_for("h1", "Morag Lindqvist");
    let articles = b.all(".person-articles .hit h3");
    let headlines: Vec<String> = articles.iter().map(|a| b.text(a)).collect();
    assert_eq!(headlines.len(), 3, "{headlines:?}");
    assert!(
        headlines.contains(&"Island ferry gets a new electric boat".to_string()),
        "{headlines:?}"
    );
    b.wait_for(".named-with", "");
    b.wait_for(".person-quotes", "Quotes (");
    if let Some(dir) = &shots {
        b.screenshot(&dir.join("person.png"));
    }

    // A link reproduces the view: filters in the address are applied and shown.
    b.goto(&server.url("/?q=ferry&tab=articles&outlet=Coast%20Wire&sort=date"));
    b.wait_for("#results-heading", "2 articles for “ferry”");
    b.wait_for(".chips", "Outlet: Coast Wire");
    let order = b.run("return document.getElementById('sort').value", vec![]);
    assert_eq!(order, "date");
    b.goto(&server.url("/?q=ferry"));
    b.wait_for("#results-heading", "5 articles for “ferry”");
    b.wait_for(".snippet mark", "ferry");
    if let Some(dir) = &shots {
        b.screenshot(&dir.join("articles.png"));
    }
    // The next page of a search keeps its facets (without asking for them again).
    b.goto(&server.url("/?q=*"));
    b.wait_for(".facets", "Coast Wire");
    let next = b.wait_for(".pager a", "Next");
    b.click(&next);
    b.wait_for_url("offset=20");
    b.wait_for(".pager", "21–");
    b.wait_for(".facets", "Coast Wire");
    assert_eq!(b.alert(), None);
}

#[test]
fn a_hostile_article_is_shown_as_text() {
    if !browser_here() {
        return;
    }
    let index = fixtures_index();
    let server = Server::start(index.path(), &[]);
    let b = Browser::start(375, 800);
    let no_markup = "return [document.querySelectorAll('main img, main svg, main iframe, main b, main a[href^=\"javascript\"]').length, document.scripts.length]";

    // In the hits, its headline, outlet and snippet are text.
    b.goto(&server.url("/?q=pellow"));
    let hit = b.wait_for(".hit", "Harbour board");
    let text = b.text(&hit);
    assert!(
        text.contains("<script>alert('headline')</script> Harbour board <img src=x onerror=alert(1)> vote stuns Pellow Bay"),
        "{text}"
    );
    assert!(
        text.contains("<svg onload=alert('outlet')>Pellow Gazette"),
        "{text}"
    );
    assert_eq!(b.run(no_markup, vec![]), serde_json::json!([0, 1]));
    assert_eq!(b.alert(), None);

    // Its quotes and speakers.
    b.goto(&server.url("/?q=concrete&tab=quotes"));
    let card = b.wait_for(".quote-card", "alert('quote')");
    let text = b.text(&card);
    assert!(text.contains("“<script>alert('quote')</script> We will not let them pour concrete over our history,”"), "{text}");
    assert!(
        text.contains("Mara Quell, a <img src=x onerror=alert('speaker')> campaigner"),
        "{text}"
    );
    assert_eq!(b.run(no_markup, vec![]), serde_json::json!([0, 1]));

    // The article itself, its body, quotes and byline.
    let id = std::fs::canonicalize("fixtures/formats/hostile-markup.json").expect("fixture");
    b.goto(&server.url(&format!(
        "/article?id={}&at=152",
        enc(&id.to_string_lossy())
    )));
    b.wait_for("#quote-current", "<script>alert('quote')</script>");
    let body = b.wait_for(
        "article.full",
        "<a href='javascript:alert(1)'>javascript:alert('link')</a>",
    );
    let text = b.text(&body);
    assert!(
        text.contains("<iframe src=javascript:alert('frame')>"),
        "{text}"
    );
    assert!(
        text.contains("by Tamsin Greer <img src=x onerror=alert('byline')>"),
        "{text}"
    );
    assert_eq!(b.run(no_markup, vec![]), serde_json::json!([0, 1]));
    // Nothing ran: no alert, and the page is still ours.
    assert_eq!(b.alert(), None);
    // Usable at 375 px: nothing wider than the window.
    let wide = b.run(
        "return document.documentElement.scrollWidth <= window.innerWidth",
        vec![],
    );
    assert_eq!(wide, true);
}

/// Every view, in the system's light and dark modes: the page's language, one h1, headings in
/// order, a name for every control, and text that stands out from its background (WCAG AA
/// contrast); none wider than 375 px; an address that is no view says so. And by keyboard
/// alone: `/`, a search, Tab to a quote's article, Enter opens it with the quote focused; `j`
/// and `k` go from result to result.
#[test]
fn every_view_is_readable_in_light_and_dark_and_usable_by_keyboard() {
    if !browser_here() {
        return;
    }
    let index = fixtures_index();
    let server = Server::start(index.path(), &[]);
    let b = Browser::start(1024, 800);
    let audit = include_str!("common/audit.js");
    let views = [
        ("/?q=ferry", "#results-heading", "articles for “ferry”"),
        ("/?q=danger&tab=quotes", "#results-heading", "2 quotes"),
        ("/?q=ferry&tab=people", "#results-heading", "people"),
        ("/person?name=Morag%20Lindqvist", "h1", "Morag Lindqvist"),
        ("/no/such/page", "h1", "Page not found"),
    ];
    let mut backgrounds = Vec::new();
    for scheme in ["light", "dark"] {
        b.color_scheme(scheme);
        for (path, css, text) in views {
            b.goto(&server.url(path));
            b.wait_for(css, text);
            let problems = b.run(audit, vec![]);
            assert_eq!(problems, serde_json::json!([]), "{scheme} {path}");
        }
        // An article, as opened from its hit.
        b.goto(&server.url("/?q=ferry"));
        let hit = b.wait_for(".hit h2 a", "");
        b.click(&hit);
        b.wait_for("article.full h1", "");
        let problems = b.run(audit, vec![]);
        assert_eq!(problems, serde_json::json!([]), "{scheme} article");
        backgrounds.push(b.run(
            "return getComputedStyle(document.body).backgroundColor",
            vec![],
        ));
    }
    assert_ne!(
        backgrounds[0], backgrounds[1],
        "dark mode follows the system"
    );

    // By keyboard: `/` to the box, a search, Tab to the first quote's article, Enter.
    b.color_scheme("light");
    b.goto(&server.url("/?tab=quotes"));
    b.wait_for("#results-heading", "quotes");
    b.keys("/danger\u{E007}");
    b.wait_for("#results-heading", "2 quotes for “danger”");
    let on_article_link =
        "const a = document.activeElement; return a.matches('.quote-card cite a')";
    let mut tabs = 0;
    while b.run(on_article_link, vec![]) != true {
        tabs += 1;
        assert!(tabs < 40, "Tab never reaches a quote's article");
        b.keys("\u{E004}");
    }
    b.keys("\u{E007}");
    b.wait_for_url("/article?");
    b.wait_for("#quote-current", "");
    let focused = b.run("return document.activeElement.id", vec![]);
    assert_eq!(focused, "quote-current", "the quote opened has the focus");

    // `j` and `k` go from result to result; Enter opens the one reached.
    b.goto(&server.url("/?q=ferry"));
    b.wait_for("#results-heading", "articles for “ferry”");
    let headlines = b.run(
        "return [...document.querySelectorAll('.hits h2 a')].map(a => a.textContent)",
        vec![],
    );
    b.keys("jjjk");
    let focused = b.run("return document.activeElement.textContent", vec![]);
    assert_eq!(focused, headlines[1], "{headlines}");
    b.keys("\u{E007}");
    b.wait_for_url("/article?");
    b.wait_for("article.full h1", headlines[1].as_str().unwrap_or_default());
}
