//! Searching inside quotes, at the level of the index: articles written with known quotes and
//! speakers (no extraction), then `quotes` and `query` asked of them through the library.

use newsdex::{Article, Filters, Quote, Search, Sort, Store};

/// An article whose body holds `quotes` (text as written, speaker), each wrapped in “ ”.
/// A quote written `A|B` is split by an attribution: “A,” said X, “B”.
fn article(headline: &str, lead: &str, quotes: &[(&str, &str)]) -> Article {
    let mut body = String::from(lead);
    let mut out = Vec::new();
    for &(text, speaker) in quotes {
        body.push_str(" “");
        let start = body.chars().count();
        let joined = match text.split_once('|') {
            Some((a, b)) => {
                body.push_str(&format!("{a},” said {speaker}, “{b}"));
                format!("{a}, {b}")
            }
            None => {
                body.push_str(text);
                text.to_string()
            }
        };
        let end = body.chars().count();
        body.push_str(&format!("” said {speaker}. Then nothing."));
        out.push(Quote {
            text: joined,
            speaker: Some(speaker.to_string()),
            person: Some(speaker.to_string()),
            start,
            end,
        });
    }
    Article {
        headline: headline.into(),
        body,
        quotes: out,
        ..Article::default()
    }
}

fn store(articles: &[Article]) -> (tempfile::TempDir, Store) {
    let dir = tempfile::TempDir::new().expect("temp dir");
    let store = Store::open_or_create(dir.path()).expect("index");
    let ids: Vec<String> = (0..articles.len()).map(|i| format!("/a{i}")).collect();
    store
        .add_articles(ids.iter().map(String::as_str).zip(articles))
        .expect("add");
    (dir, store)
}

fn corpus() -> Vec<Article> {
    vec![
        article(
            "Budget",
            "Tax talk. The budget was said to be about tax cuts.",
            &[
                ("We will lower taxes for families", "Ann Lee"),
                ("Growth comes first|and tax cuts follow", "Bo Lee"),
                ("Nothing about money here", "Cy Park"),
            ],
        ),
        article(
            "Harbour",
            "Storm news about the harbour wall.",
            &[
                ("The wall gave way", "Dee Moss"),
                ("tax relief", "Ann Lee"),
                ("cuts to services", "Ann Lee"),
            ],
        ),
    ]
}

/// (quote, speaker) of every hit of `quotes KEYWORDS [--speaker S]`, in order.
fn quotes(store: &Store, keywords: &str, speaker: Option<&str>) -> Vec<(String, String)> {
    let search = Search::new(store).expect("search");
    search
        .quotes(keywords, speaker, &Filters::default(), 20)
        .unwrap_or_else(|e| panic!("{keywords:?}: {e}"))
        .into_iter()
        .map(|h| (h.text, h.speaker.unwrap_or_default()))
        .collect()
}

#[test]
fn words_match_inside_one_quote_only() {
    let (_dir, store) = store(&corpus());
    // (keywords, speaker, the quotes found, best first when scores differ)
    let cases: &[(&str, Option<&str>, &[&str])] = &[
        // Words of the lead are not in any quote; "cuts" is, in two quotes.
        ("budget", None, &[]),
        (
            "cuts",
            None,
            &[
                "cuts to services",
                "Growth comes first, and tax cuts follow",
            ],
        ),
        // Both words in one quote, not one in each of two quotes of the same article.
        (
            "tax cuts",
            None,
            &["Growth comes first, and tax cuts follow"],
        ),
        ("quote:tax AND quote:relief", None, &["tax relief"]),
        // A phrase inside a quote; not across the end of one and the start of the next.
        (
            "\"tax cuts\"",
            None,
            &["Growth comes first, and tax cuts follow"],
        ),
        ("\"relief cuts\"", None, &[]),
        // A split quote: its attribution ("said Bo Lee") is not part of it.
        ("said", None, &[]),
        ("bo", None, &[]),
        ("\"first and\"", None, &[]),
        (
            "first follow",
            None,
            &["Growth comes first, and tax cuts follow"],
        ),
        // Stems: "taxes" finds "tax".
        (
            "taxes",
            None,
            &[
                "tax relief",
                "We will lower taxes for families",
                "Growth comes first, and tax cuts follow",
            ],
        ),
        // Exclusion within the quote.
        (
            "tax -relief",
            None,
            &[
                "We will lower taxes for families",
                "Growth comes first, and tax cuts follow",
            ],
        ),
        (
            "tax OR wall",
            None,
            &[
                "The wall gave way",
                "tax relief",
                "We will lower taxes for families",
                "Growth comes first, and tax cuts follow",
            ],
        ),
        // Who said it, per quote: two quotes of Ann Lee's, not Bo Lee's in the same article.
        (
            "tax",
            Some("Ann Lee"),
            &["tax relief", "We will lower taxes for families"],
        ),
        (
            "tax speaker:ann",
            None,
            &["tax relief", "We will lower taxes for families"],
        ),
        // A surname two speakers share finds both.
        (
            "tax",
            Some("Lee"),
            &[
                "tax relief",
                "We will lower taxes for families",
                "Growth comes first, and tax cuts follow",
            ],
        ),
        ("*", Some("Dee Moss"), &["The wall gave way"]),
        // Other fields ask about the quote's article.
        ("headline:harbour tax", None, &["tax relief"]),
    ];
    for &(keywords, speaker, want) in cases {
        let got: Vec<String> = quotes(&store, keywords, speaker)
            .into_iter()
            .map(|(text, _)| text)
            .collect();
        let mut got_sorted = got.clone();
        let mut want_sorted: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        got_sorted.sort();
        want_sorted.sort();
        assert_eq!(got_sorted, want_sorted, "{keywords:?} {speaker:?}");
    }
}

/// With no words to rank by, the search stops at `limit` quotes: they must be the first
/// ones of the whole list.
#[test]
fn a_short_list_of_unranked_quotes_is_the_head_of_the_long_one() {
    let (_dir, store) = store(&corpus());
    let search = Search::new(&store).expect("search");
    for speaker in [None, Some("Ann Lee")] {
        let all = |limit| -> Vec<String> {
            search
                .quotes("*", speaker, &Filters::default(), limit)
                .expect("quotes")
                .into_iter()
                .map(|h| h.text)
                .collect()
        };
        let (long, short) = (all(20), all(2));
        assert!(long.len() > 2, "{long:?}");
        assert_eq!(short, long[..2], "{speaker:?}");
    }
}

#[test]
fn a_shorter_quote_with_the_word_ranks_first() {
    let (_dir, store) = store(&corpus());
    let got: Vec<String> = quotes(&store, "tax", None)
        .into_iter()
        .map(|q| q.0)
        .collect();
    assert_eq!(
        got.first().map(String::as_str),
        Some("tax relief"),
        "{got:?}"
    );
}

#[test]
fn article_search_asks_quote_words_of_one_quote() {
    let (_dir, store) = store(&corpus());
    let search = Search::new(&store).expect("search");
    let headlines = |q: &str| -> Vec<String> {
        let filters = Filters {
            sort: Sort::Relevance,
            ..Filters::default()
        };
        let mut h: Vec<String> = search
            .articles(q, &filters, 10)
            .unwrap_or_else(|e| panic!("{q:?}: {e}"))
            .into_iter()
            .map(|h| h.article.headline)
            .collect();
        h.sort();
        h
    };
    let cases: &[(&str, &[&str])] = &[
        ("quote:wall", &["Harbour"]),
        // "budget" is in a body, never in a quote.
        ("quote:budget", &[]),
        ("budget", &["Budget"]),
        // One quote with both words: the harbour article has them in two quotes.
        ("quote:(tax cuts)", &["Budget"]),
        ("quote:tax quote:cuts", &["Budget"]),
        ("quote:tax quote:cuts headline:harbour", &[]),
        ("quote:tax quote:relief headline:harbour", &["Harbour"]),
        ("quote:tax -quote:relief", &["Budget"]),
        ("quote:\"tax relief\" OR storm", &["Harbour"]),
        ("speaker:moss", &["Harbour"]),
    ];
    for &(q, want) in cases {
        assert_eq!(headlines(q), want, "{q:?}");
    }
    for (q, quotes) in [
        ("quote:\"tax relief\"~2", false),
        ("\"tax relief\"~1", true),
    ] {
        let err = if quotes {
            search.quotes(q, None, &Filters::default(), 10).map(|_| ())
        } else {
            search.articles(q, &Filters::default(), 10).map(|_| ())
        };
        let err = err.unwrap_err().to_string();
        assert!(err.contains("matched exactly"), "{q:?}: {err}");
    }
    assert_eq!(headlines("\"storm news\"~1"), ["Harbour"]);
    let err = search
        .articles("quote:\"tax re\"*", &Filters::default(), 10)
        .map(|_| ())
        .unwrap_err()
        .to_string();
    assert!(err.contains("quote: takes words"), "{err}");
}
