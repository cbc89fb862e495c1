//! The page's files, embedded in the binary: served under a path holding a hash of them all, so
//! that a browser keeps them until newsdex changes (the page itself is never cached).

use std::sync::OnceLock;

use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

/// One embedded file.
struct Asset {
    name: &'static str,
    mime: &'static str,
    body: &'static [u8],
}

const JS: &str = "text/javascript; charset=utf-8";

/// An embedded file of `assets/`.
macro_rules! asset {
    ($name:literal, $mime:expr) => {
        Asset {
            name: $name,
            mime: $mime,
            body: include_bytes!(concat!("assets/", $name)),
        }
    };
}

/// Every file the page loads; nothing else is ever served from disk or from the binary.
const ASSETS: &[Asset] = &[
    asset!("app.js", JS),
    asset!("api.js", JS),
    asset!("dom.js", JS),
    asset!("search.js", JS),
    asset!("article.js", JS),
    asset!("person.js", JS),
    asset!("style.css", "text/css; charset=utf-8"),
    asset!("icon.svg", "image/svg+xml"),
];

const PAGE: &str = include_str!("assets/index.html");
const OPENAPI: &str = include_str!("openapi.json");

/// A hash of every asset: it changes whenever one does.
pub fn version() -> &'static str {
    static VERSION: OnceLock<String> = OnceLock::new();
    VERSION.get_or_init(|| {
        let mut all = Vec::new();
        for a in ASSETS {
            all.extend_from_slice(a.name.as_bytes());
            all.extend_from_slice(a.body);
        }
        format!("{:012x}", xxhash_rust::xxh3::xxh3_64(&all) >> 16)
    })
}

/// The page (every view of it: search, article, person), its asset paths versioned.
pub async fn page() -> Response {
    static HTML: OnceLock<String> = OnceLock::new();
    let html = HTML.get_or_init(|| PAGE.replace("{{VERSION}}", version()));
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        html.as_str(),
    )
        .into_response()
}

/// `/assets/{version}/{name}`: an embedded file, cached for good (its path changes with it).
pub async fn asset(Path((wanted, name)): Path<(String, String)>) -> Response {
    match ASSETS.iter().find(|a| a.name == name) {
        Some(a) if wanted == version() => (
            [
                (header::CONTENT_TYPE, a.mime),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            a.body,
        )
            .into_response(),
        _ => not_found(),
    }
}

/// A plain 404 for what is not a page's address.
pub fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "Not found. The search page is at /\n",
    )
        .into_response()
}

/// `/api/openapi.json`: the API's description.
pub async fn openapi() -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        OPENAPI,
    )
        .into_response()
}
