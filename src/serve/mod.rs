//! `newsdex serve`: the search page and its JSON API over one index, on axum and tokio. One
//! tantivy reader serves every request (it reloads by itself when an ingest commits); searches
//! run on tokio's blocking threads, a few at a time; the page's files are embedded in the binary.

mod api;
mod assets;
mod cache;
mod csv;

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tantivy::{IndexReader, ReloadPolicy};
use tokio::sync::Semaphore;
use tower_http::compression::CompressionLayer;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

use crate::index::Store;
use crate::search::{GenerationMemo, NameIds};

/// The address served when none is given: this machine only.
pub const DEFAULT_ADDR: &str = "127.0.0.1:7878";

/// A request that takes longer is answered 503.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// Requests carry no body: a larger one is refused (413).
const MAX_BODY_BYTES: usize = 16 * 1024;
/// The request line and the headers together must fit in this (else 414 or 431).
const MAX_URI_BYTES: usize = 8 * 1024;
const MAX_HEADER_BYTES: usize = 16 * 1024;
/// A connection that has not sent a request's headers in this time is closed.
const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// After Ctrl-C, how long the requests being answered have to finish.
const GRACE: Duration = Duration::from_secs(2);

/// No script but the page's own files, no inline script or style, no frame, no form elsewhere.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                   connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub index: PathBuf,
    pub addr: SocketAddr,
    /// Origins allowed to call the API from their pages (none by default; `*` for any).
    pub cors: Vec<String>,
}

/// What every request shares.
struct Shared {
    store: Store,
    /// The one reader of the index; it reloads when a commit lands.
    reader: IndexReader,
    /// The ids of the names of facet fields, shared by all searches.
    names: Arc<NameIds>,
    /// What the searches of the index's current generation share, worked out once.
    memo: Arc<GenerationMemo>,
    /// Facets lately counted.
    facets: cache::FacetCache,
    /// Searches running at once, at most (the others wait for a turn).
    turns: Semaphore,
    /// Whether the server listens on this machine only (then the `Host` a browser sends must
    /// name this machine: a page elsewhere cannot reach it through DNS rebinding).
    loopback: bool,
}

type AppState = Arc<Shared>;

/// Serve the index until Ctrl-C (or SIGTERM), printing the address to `out`.
pub fn run(opts: ServeOptions, out: &mut impl Write) -> Result<()> {
    let store = Store::open(&opts.index)?;
    let reader: IndexReader = store
        .index
        .reader_builder()
        .reload_policy(ReloadPolicy::OnCommitWithDelay)
        .try_into()
        .context("reading the index")?;
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let turns = cores * 2;
    let shared = Arc::new(Shared {
        store,
        reader,
        names: Arc::default(),
        memo: Arc::default(),
        facets: cache::FacetCache::default(),
        turns: Semaphore::new(turns),
        loopback: opts.addr.ip().is_loopback(),
    });
    let articles = shared.reader.searcher().num_docs();
    // Searches run on as many blocking threads as they have turns, kept while the server runs:
    // each thread's caches (the terms of its tokenizers, its allocator's pages) are made once,
    // not again by each new thread that takes the place of one that was idle for a while.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .max_blocking_threads(turns)
        .thread_keep_alive(Duration::from_secs(24 * 60 * 60))
        .enable_all()
        .build()
        .context("starting the server's threads")?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(opts.addr)
            .await
            .with_context(|| format!("listening on {}", opts.addr))?;
        let local = listener.local_addr()?;
        writeln!(
            out,
            "newsdex: serving {} ({articles} articles) at http://{local}/ (Ctrl-C stops)",
            opts.index.display(),
        )?;
        out.flush()?;
        serve(listener, app(shared, &opts.cors)?).await;
        anyhow::Ok(())
    })?;
    // A search still running on a blocking thread is not waited for.
    runtime.shutdown_timeout(Duration::from_millis(100));
    Ok(())
}

/// Answers the connections `listener` accepts with `app` until Ctrl-C or SIGTERM; then lets
/// the requests being answered finish, for `GRACE` at most. A connection must send a request's
/// headers within `HEADER_TIMEOUT` (else it is closed: a client trickling bytes holds nothing).
async fn serve(listener: tokio::net::TcpListener, app: Router) {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use hyper_util::service::TowerToHyperService;

    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut stop = std::pin::pin!(stop_signal());
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    // Answers are small: sent at once, not held back to fill a packet.
                    let _ = stream.set_nodelay(true);
                    stream
                }
                Err(e) => {
                    // Out of file descriptors, say: wait for connections to close.
                    eprintln!("newsdex: serve: accepting a connection: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        let conn = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(HEADER_TIMEOUT)
            .serve_connection(TokioIo::new(stream), TowerToHyperService::new(app.clone()));
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            // A connection's failure (the client went away) is the client's business.
            let _ = conn.await;
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(GRACE) => {}
    }
}

/// Resolves on Ctrl-C or SIGTERM.
async fn stop_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}

/// The routes, and the layers every response goes through.
fn app(shared: AppState, cors: &[String]) -> Result<Router> {
    let mut router = Router::new()
        .route("/", get(assets::page))
        .route("/article", get(assets::page))
        .route("/person", get(assets::page))
        .route("/assets/{version}/{name}", get(assets::asset))
        .route("/api/openapi.json", get(assets::openapi))
        .route("/api/search", get(api::search))
        .route("/api/quotes", get(api::quotes))
        .route("/api/person", get(api::person))
        .route("/api/people", get(api::people))
        .route("/api/outlets", get(api::outlets))
        .route("/api/articles/{id}", get(api::article))
        .route("/api/stats", get(api::stats))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(shared.clone(), guard))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            REQUEST_TIMEOUT,
        ))
        .layer(middleware::from_fn_with_state(shared.clone(), api_answers))
        .layer(CompressionLayer::new())
        .with_state(shared);
    for (name, value) in [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
    ] {
        router = router.layer(SetResponseHeaderLayer::if_not_present(
            name,
            HeaderValue::from_static(value),
        ));
    }
    if !cors.is_empty() {
        let origins = if cors.iter().any(|o| o == "*") {
            AllowOrigin::any()
        } else {
            let list = cors
                .iter()
                .map(|o| {
                    HeaderValue::from_str(o).with_context(|| format!("invalid --cors origin {o:?}"))
                })
                .collect::<Result<Vec<_>>>()?;
            AllowOrigin::list(list)
        };
        router = router.layer(
            CorsLayer::new()
                .allow_origin(origins)
                .allow_methods([Method::GET, Method::HEAD]),
        );
    }
    Ok(router)
}

/// Refuses what no page of this server sends: long addresses, large headers, and (on a
/// loopback address) a `Host` that is not this machine.
async fn guard(State(shared): State<AppState>, req: Request, next: Next) -> Response {
    let uri_len = req.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if uri_len > MAX_URI_BYTES {
        return api::error(
            StatusCode::URI_TOO_LONG,
            format!("the address is too long: at most {MAX_URI_BYTES} bytes"),
        );
    }
    let header_len: usize = req
        .headers()
        .iter()
        .map(|(k, v)| k.as_str().len() + v.len())
        .sum();
    if header_len > MAX_HEADER_BYTES {
        return api::error(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            format!("the headers are too large: at most {MAX_HEADER_BYTES} bytes"),
        );
    }
    if shared.loopback {
        let host = req
            .headers()
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("");
        if !is_local_host(host) {
            return api::error(
                StatusCode::MISDIRECTED_REQUEST,
                format!("this server answers for this machine only, not for Host {host:?}"),
            );
        }
    }
    next.run(req).await
}

/// What every answer of the API is, whoever made it: an error is `{"error": ...}` (a wrong
/// method, a body, the time limit too), and an answer carries an `ETag` of what it depends on
/// (the index's segments, this server's version and the address asked), so that a client asking
/// again before the next commit is told 304 without a search.
async fn api_answers(State(shared): State<AppState>, req: Request, next: Next) -> Response {
    if !req.uri().path().starts_with("/api/") {
        return next.run(req).await;
    }
    let tag = etag(&shared, req.uri());
    let fresh = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag || t.trim() == "*"));
    if fresh && req.method() == Method::GET {
        return (
            StatusCode::NOT_MODIFIED,
            [
                (header::ETAG, tag.as_str()),
                (header::CACHE_CONTROL, "no-cache"),
            ],
        )
            .into_response();
    }
    let uri = req.uri().clone();
    let mut res = next.run(req).await;
    let status = res.status();
    let json = res
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if (status.is_client_error() || status.is_server_error()) && !json {
        let allow = res.headers().get(header::ALLOW).cloned();
        let message = match status {
            StatusCode::METHOD_NOT_ALLOWED => "only GET and HEAD are answered".to_string(),
            StatusCode::PAYLOAD_TOO_LARGE => {
                format!("the request's body is too large: at most {MAX_BODY_BYTES} bytes")
            }
            StatusCode::SERVICE_UNAVAILABLE => format!(
                "the request took longer than {} s: narrow the search",
                REQUEST_TIMEOUT.as_secs()
            ),
            _ => status.canonical_reason().unwrap_or("error").to_string(),
        };
        res = api::error(status, message);
        if let Some(allow) = allow {
            res.headers_mut().insert(header::ALLOW, allow);
        }
    } else if status == StatusCode::OK && etag(&shared, &uri) == tag {
        // (A commit landing during the search leaves the answer without a tag.)
        let headers = res.headers_mut();
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        if let Ok(v) = HeaderValue::from_str(&tag) {
            headers.insert(header::ETAG, v);
        }
    }
    res
}

/// The weak `ETag` of an API answer: a hash of the reader's segments (each with its deletes),
/// the server's version and the address asked.
fn etag(shared: &Shared, uri: &axum::http::Uri) -> String {
    let searcher = shared.reader.searcher();
    let mut key = format!(
        "{}|{}|{}|",
        env!("CARGO_PKG_VERSION"),
        assets::version(),
        uri.path_and_query().map_or("", |p| p.as_str())
    );
    for (segment, deletes) in searcher.generation().segments() {
        key.push_str(&format!("{}:{deletes:?};", segment.uuid_string()));
    }
    format!("W/\"{:016x}\"", xxhash_rust::xxh3::xxh3_64(key.as_bytes()))
}

/// Whether a `Host` header names this machine (`localhost`, `127.x.y.z` or `[::1]`, any port).
fn is_local_host(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(rest) => rest.split(']').next().unwrap_or(""),
        None => host.rsplit_once(':').map_or(host, |(name, _)| name),
    };
    name.eq_ignore_ascii_case("localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// An address nobody serves: the API's error, or for a browser the page, which says so.
async fn not_found(req: Request) -> Response {
    let browser = req
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"));
    if req.uri().path().starts_with("/api/") {
        api::error(
            StatusCode::NOT_FOUND,
            format!(
                "no such endpoint: {} (see /api/openapi.json)",
                req.uri().path()
            ),
        )
    } else if browser {
        let mut page = assets::page().await;
        *page.status_mut() = StatusCode::NOT_FOUND;
        page
    } else {
        assets::not_found()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_machine_is_a_local_host() {
        let cases = [
            ("localhost", true),
            ("LOCALHOST:7878", true),
            ("127.0.0.1:7878", true),
            ("127.8.9.10", true),
            ("[::1]:7878", true),
            ("[::1]", true),
            ("", false),
            ("example.com", false),
            ("evil.example:7878", false),
            ("127.0.0.1.evil.example", false),
            ("[::2]:80", false),
            ("10.0.0.1:7878", false),
        ];
        for (host, want) in cases {
            assert_eq!(is_local_host(host), want, "{host:?}");
        }
    }
}
