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

/// Every file the page loads; nothing else is ever served from disk or from the binary.
const ASSETS: &[Asset] = &[
    Asset {
        name: "app.js",
        mime: JS,
        body: include_bytes!("assets/app.js"),
    },
    Asset {
        name: "api.js",
        mime: JS,
        body: include_bytes!("assets/api.js"),
    },
    Asset {
        name: "dom.js",
        mime: JS,
        body: include_bytes!("assets/dom.js"),
    },
    Asset {
        name: "search.js",
        mime: JS,
        body: include_bytes!("assets/search.js"),
    },
    Asset {
        name: "article.js",
        mime: JS,
        body: include_bytes!("assets/article.js"),
    },
    Asset {
        name: "person.js",
        mime: JS,
        body: include_bytes!("assets/person.js"),
    },
    Asset {
        name: "style.css",
        mime: "text/css; charset=utf-8",
        body: include_bytes!("assets/style.css"),
    },
    Asset {
        name: "icon.svg",
        mime: "image/svg+xml",
        body: include_bytes!("assets/icon.svg"),
    },
];

const PAGE: &str = include_str!("assets/index.html");
const OPENAPI: &str = include_str!("openapi.json");

/// A hash of every asset: it changes whenever one does.
fn version() -> &'static str {
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
        _ => (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "Not found. The search page is at /\n",
        )
            .into_response(),
    }
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
