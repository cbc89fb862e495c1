//! The JSON API: each endpoint reads its parameters (refusing what it cannot use, with a
//! message that names the problem), runs its search on a blocking thread with the shared
//! reader, and answers the hits in the shapes of the CLI's `--json`, or as CSV.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde_json::Value;

use super::cache::FacetKey;
use super::{csv, AppState};
use crate::output::{display_path, WithPath};
use crate::search::{Facets, Filters, Names, Page, Search, Sort, Stats, Window};

/// Hits a page may ask for at once (an export included).
pub const MAX_LIMIT: usize = 1000;
/// Hits a page may skip: deeper pages are refused (narrow the search instead).
pub const MAX_OFFSET: usize = 10_000;
const DEFAULT_LIMIT: usize = 20;

/// An answer that is an error: its status and `{"error": message}`.
pub fn error(status: StatusCode, message: String) -> Response {
    (status, axum::Json(serde_json::json!({ "error": message }))).into_response()
}

/// A failed request, before it becomes a response.
pub struct ApiError {
    status: StatusCode,
    message: String,
}

impl ApiError {
    fn bad(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        error(self.status, self.message)
    }
}

/// A search's error: the index's own (reading it, its files) is the server's fault (500, told
/// on stderr); any other is what the request asked (400), in the words the CLI uses.
impl From<anyhow::Error> for ApiError {
    fn from(e: anyhow::Error) -> ApiError {
        let internal = e.downcast_ref::<tantivy::TantivyError>().is_some()
            || e.downcast_ref::<std::io::Error>().is_some();
        if internal {
            eprintln!("newsdex: serve: {e:#}");
            ApiError {
                status: StatusCode::INTERNAL_SERVER_ERROR,
                message: format!("the index could not be read: {e:#}"),
            }
        } else {
            ApiError::bad(format!("{e:#}"))
        }
    }
}

type Answer = Result<Response, ApiError>;

/// How a list is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    /// JSON, shown.
    Json,
    /// JSON, as a file to save.
    JsonFile,
    /// CSV, as a file to save.
    Csv,
}

/// The parameters of a request, each checked.
struct Params {
    q: String,
    name: Option<String>,
    filters: Filters,
    offset: usize,
    limit: usize,
    format: Format,
    facets: bool,
}

/// Every parameter the endpoints take.
const KNOWN: &[&str] = &[
    "q", "name", "since", "until", "outlet", "person", "speaker", "sort", "offset", "limit",
    "format", "facets",
];

impl Params {
    /// The hits asked for, all counted.
    fn window(&self) -> Window {
        Window::page(self.offset, self.limit)
    }

    fn parse(raw: Option<&str>) -> Result<Params, ApiError> {
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(raw.unwrap_or(""))
            .map_err(|e| ApiError::bad(format!("invalid query string: {e}")))?;
        let mut map: HashMap<String, String> = HashMap::new();
        for (k, v) in pairs {
            if !KNOWN.contains(&k.as_str()) {
                return Err(ApiError::bad(format!(
                    "unknown parameter '{k}' (parameters: {})",
                    KNOWN.join(", ")
                )));
            }
            if map.insert(k.clone(), v).is_some() {
                return Err(ApiError::bad(format!("parameter '{k}' is given twice")));
            }
        }
        let text = |k: &str| {
            map.get(k)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let day = |k: &str| -> Result<Option<chrono::NaiveDate>, ApiError> {
            text(k)
                .map(|v| crate::date::parse_day(&v).map_err(|e| ApiError::bad(format!("{k}: {e}"))))
                .transpose()
        };
        let number = |k: &str, default: usize, max: usize| -> Result<usize, ApiError> {
            let Some(v) = text(k) else {
                return Ok(default);
            };
            let n: usize = v.parse().map_err(|_| {
                ApiError::bad(format!(
                    "invalid {k} {v:?}: give a whole number from 0 to {max}"
                ))
            })?;
            if n > max {
                return Err(ApiError::bad(format!(
                    "{k} {n} is too large: at most {max} (narrow the search instead)"
                )));
            }
            Ok(n)
        };
        let sort = match text("sort").as_deref() {
            None | Some("relevance") => Sort::Relevance,
            Some("date") => Sort::Date,
            Some(other) => {
                return Err(ApiError::bad(format!(
                    "invalid sort {other:?}: give relevance or date"
                )))
            }
        };
        let format = match text("format").as_deref() {
            None => Format::Json,
            Some("json") => Format::JsonFile,
            Some("csv") => Format::Csv,
            Some(other) => {
                return Err(ApiError::bad(format!(
                    "invalid format {other:?}: give json or csv"
                )))
            }
        };
        let facets = match text("facets").as_deref() {
            None | Some("true") | Some("1") => true,
            Some("false") | Some("0") => false,
            Some(other) => {
                return Err(ApiError::bad(format!(
                    "invalid facets {other:?}: give true or false"
                )))
            }
        };
        Ok(Params {
            q: text("q").unwrap_or_else(|| "*".to_string()),
            name: text("name"),
            filters: Filters {
                since: day("since")?,
                until: day("until")?,
                outlet: text("outlet"),
                person: text("person"),
                speaker: text("speaker"),
                sort,
                ..Filters::default()
            },
            offset: number("offset", 0, MAX_OFFSET)?,
            limit: number("limit", DEFAULT_LIMIT, MAX_LIMIT)?,
            format,
            facets,
        })
    }
}

/// Runs `work` with a searcher on a blocking thread, when a turn is free.
async fn searching<T: Send + 'static>(
    state: &AppState,
    work: impl FnOnce(&Search) -> anyhow::Result<T> + Send + 'static,
) -> Result<T, ApiError> {
    let _turn = state.turns.acquire().await.map_err(|_| ApiError {
        status: StatusCode::SERVICE_UNAVAILABLE,
        message: "the server is stopping".to_string(),
    })?;
    let shared = state.clone();
    let joined = tokio::task::spawn_blocking(move || {
        let searcher = shared.reader.searcher();
        let (names, memo) = (Arc::clone(&shared.names), Arc::clone(&shared.memo));
        let search = Search::with_searcher(&shared.store, searcher, names, memo);
        work(&search)
    })
    .await;
    match joined {
        Ok(result) => result.map_err(ApiError::from),
        Err(e) => {
            eprintln!("newsdex: serve: a search failed: {e}");
            Err(ApiError {
                status: StatusCode::INTERNAL_SERVER_ERROR,
                message: "the search failed".to_string(),
            })
        }
    }
}

/// A hit in the CLI's JSON shape (its `path` shown as the CLI shows it), with the article's
/// identity in `id` (for `/api/articles/{id}`).
#[derive(Serialize)]
struct WithId<T> {
    #[serde(flatten)]
    hit: T,
    id: String,
    /// Of a quote: the byte ranges of the searched words in its text, to mark them (as an
    /// article hit's `highlights` mark its snippet).
    #[serde(skip_serializing_if = "Option::is_none")]
    highlights: Option<Vec<(usize, usize)>>,
}

/// The hits of `page`, each with its article's identity and its path shown.
fn identified<T: WithPath>(page: Page<T>) -> Page<WithId<T>> {
    let hits = page
        .hits
        .into_iter()
        .map(|mut hit| {
            let p = hit.path();
            let id = p.clone();
            *p = display_path(&id);
            WithId {
                hit,
                id,
                highlights: None,
            }
        })
        .collect();
    Page {
        total: page.total,
        hits,
    }
}

/// A list answer: `{"total", "offset", "limit", "hits", ...extra}`.
#[derive(Serialize)]
struct List<T, E: Serialize> {
    total: usize,
    offset: usize,
    limit: usize,
    hits: Vec<T>,
    #[serde(flatten)]
    extra: E,
}

impl<T, E: Serialize> List<T, E> {
    /// The list of `page`, the window `params` asked for, with `extra`.
    fn new(page: Page<T>, params: &Params, extra: E) -> Self {
        List {
            total: page.total,
            offset: params.offset,
            limit: params.limit,
            hits: page.hits,
            extra,
        }
    }
}

#[derive(Serialize)]
struct WithFacets {
    #[serde(skip_serializing_if = "Option::is_none")]
    facets: Option<Facets>,
}

/// Answers `list` as JSON or CSV (its hits' `columns`), named `name` when saved.
fn answer<T: Serialize, E: Serialize>(
    list: &List<T, E>,
    format: Format,
    name: &str,
    columns: &[&str],
) -> Answer {
    let attach = |ext: &str| {
        HeaderValue::from_str(&format!("attachment; filename=\"newsdex-{name}.{ext}\""))
            .unwrap_or(HeaderValue::from_static("attachment"))
    };
    match format {
        Format::Json => Ok(axum::Json(list).into_response()),
        Format::JsonFile => {
            let mut r = axum::Json(list).into_response();
            r.headers_mut()
                .insert(header::CONTENT_DISPOSITION, attach("json"));
            Ok(r)
        }
        Format::Csv => {
            let rows: Vec<Value> = list
                .hits
                .iter()
                .map(|h| serde_json::to_value(h).unwrap_or(Value::Null))
                .collect();
            let body = csv::table(columns, &rows);
            Ok((
                [
                    (
                        header::CONTENT_TYPE,
                        HeaderValue::from_static("text/csv; charset=utf-8"),
                    ),
                    (header::CONTENT_DISPOSITION, attach("csv")),
                ],
                body,
            )
                .into_response())
        }
    }
}

const ORIGIN_COLUMNS: &[&str] = &["headline", "outlet", "authors", "published", "url", "path"];

fn columns(first: &[&'static str]) -> Vec<&'static str> {
    first.iter().chain(ORIGIN_COLUMNS).copied().collect()
}

/// `GET /api/search`: articles matching `q`.
pub async fn search(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Answer {
    let p = Params::parse(raw.as_deref())?;
    let (q, filters, window, want_facets) = (p.q.clone(), p.filters.clone(), p.window(), p.facets);
    let shared = Arc::clone(&state);
    let (page, facets) = searching(&state, move |s| {
        let page = s.articles_page(&q, &filters, window)?;
        let key = FacetKey::new(s.generation(), "search", &q, &filters);
        let facets = want_facets
            .then(|| shared.facets.get_or(key, || s.article_facets(&q, &filters)))
            .transpose()?;
        Ok((page, facets))
    })
    .await?;
    let list = List::new(identified(page), &p, WithFacets { facets });
    answer(
        &list,
        p.format,
        "articles",
        &columns(&["rank", "score"])
            .into_iter()
            .chain(["snippet"])
            .collect::<Vec<_>>(),
    )
}

/// `GET /api/quotes`: quotes matching `q` (said by `speaker`).
pub async fn quotes(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Answer {
    let p = Params::parse(raw.as_deref())?;
    let (q, filters, window, want_facets) = (p.q.clone(), p.filters.clone(), p.window(), p.facets);
    let shared = Arc::clone(&state);
    let (page, marks, facets) = searching(&state, move |s| {
        let page = s.quotes_page(&q, None, &filters, window)?;
        let marks = s.quote_highlights(&q, page.hits.iter().map(|h| h.text.as_str()))?;
        let key = FacetKey::new(s.generation(), "quotes", &q, &filters);
        let facets = want_facets
            .then(|| {
                shared
                    .facets
                    .get_or(key, || s.quote_facets(&q, None, &filters))
            })
            .transpose()?;
        Ok((page, marks, facets))
    })
    .await?;
    let mut list = List::new(identified(page), &p, WithFacets { facets });
    for (hit, marks) in list.hits.iter_mut().zip(marks) {
        hit.highlights = Some(marks);
    }
    answer(
        &list,
        p.format,
        "quotes",
        &columns(&["rank", "score", "text", "speaker", "person"])
            .into_iter()
            .chain(["start", "end"])
            .collect::<Vec<_>>(),
    )
}

/// What `/api/person` answers beside the articles.
#[derive(Serialize)]
struct PersonExtra<Q: Serialize> {
    /// The person's canonical name (as the articles that mention them most give it).
    name: String,
    /// Their quotes (the first page).
    quotes: Page<Q>,
    #[serde(skip_serializing_if = "Option::is_none")]
    facets: Option<Facets>,
}

/// `GET /api/person`: articles mentioning `name`, with their quotes and the people named with
/// them.
pub async fn person(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Answer {
    let p = Params::parse(raw.as_deref())?;
    let Some(name) = p.name.clone() else {
        return Err(ApiError::bad(
            "missing parameter 'name': give a person's name, such as name=Hillary%20Clinton",
        ));
    };
    let (filters, window, want_facets) = (p.filters.clone(), p.window(), p.facets);
    let shared = Arc::clone(&state);
    let (canonical, page, quotes, facets) = searching(&state, move |s| {
        let page = s.person_page(&name, &filters, window)?;
        // The first page's first hit is the article that mentions them most.
        let first = (window.offset == 0).then(|| page.hits.first().map(|h| h.person.clone()));
        let canonical = match first {
            Some(found) => found,
            None => s.canonical_name(&name, &filters)?,
        }
        .unwrap_or(name.clone());
        let said = Filters {
            speaker: None,
            sort: Sort::Date,
            ..filters.clone()
        };
        let quotes = s.quotes_page("*", Some(&canonical), &said, Window::page(0, window.limit))?;
        let key = FacetKey::new(s.generation(), "person", &name, &filters);
        let facets = want_facets
            .then(|| {
                let count = || s.person_facets(&name, &canonical, &filters);
                shared.facets.get_or(key, count)
            })
            .transpose()?;
        Ok((canonical, page, quotes, facets))
    })
    .await?;
    let extra = PersonExtra {
        name: canonical,
        quotes: identified(quotes),
        facets,
    };
    let list = List::new(identified(page), &p, extra);
    answer(
        &list,
        p.format,
        "person",
        &columns(&["rank", "person", "mentions", "quotes"]),
    )
}

/// A page of names (people or outlets) of the articles matching `q` (every article without
/// it) and the filters.
async fn names(state: AppState, raw: Option<String>, names: Names, file: &str) -> Answer {
    let p = Params::parse(raw.as_deref())?;
    let query = p.q.clone();
    let (filters, window) = (p.filters.clone(), p.window());
    let page = searching(&state, move |s| {
        s.names_page(names, Some(&query), &filters, window)
    })
    .await?;
    let list = List::new(page, &p, WithFacets { facets: None });
    answer(&list, p.format, file, &["name", "articles"])
}

/// `GET /api/people`: the most-mentioned people.
pub async fn people(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Answer {
    names(state, raw, Names::People, "people").await
}

/// `GET /api/outlets`: the outlets.
pub async fn outlets(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Answer {
    names(state, raw, Names::Outlets, "outlets").await
}

/// `GET /api/articles/{id}`: everything stored about one article.
pub async fn article(State(state): State<AppState>, Path(id): Path<String>) -> Answer {
    let wanted = id.clone();
    let found = searching(&state, move |s| s.article(&wanted)).await?;
    let Some(mut article) = found else {
        return Err(ApiError {
            status: StatusCode::NOT_FOUND,
            message: format!("no article {id:?} in the index"),
        });
    };
    article.path = display_path(&article.id);
    Ok(axum::Json(article).into_response())
}

/// `GET /api/stats`: what the index holds.
#[derive(Serialize)]
struct StatsAnswer {
    #[serde(flatten)]
    stats: Stats,
    index: String,
    version: &'static str,
}

pub async fn stats(State(state): State<AppState>) -> Answer {
    let stats = searching(&state, |s| s.stats()).await?;
    Ok(axum::Json(StatsAnswer {
        stats,
        index: state.store.dir.display().to_string(),
        version: env!("CARGO_PKG_VERSION"),
    })
    .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_checked_and_named_in_errors() {
        type Want<'a> = Result<(&'a str, usize, usize), &'a str>;
        let cases: &[(&str, Want)] = &[
            ("", Ok(("*", 0, DEFAULT_LIMIT))),
            ("q=tax&offset=20&limit=5", Ok(("tax", 20, 5))),
            ("q=%20%20", Ok(("*", 0, DEFAULT_LIMIT))),
            ("limit=1001", Err("limit 1001 is too large: at most 1000")),
            (
                "offset=10001",
                Err("offset 10001 is too large: at most 10000"),
            ),
            ("limit=-1", Err("invalid limit \"-1\": give a whole number")),
            ("offset=x", Err("invalid offset \"x\"")),
            ("limit=99999999999999999999999", Err("invalid limit")),
            (
                "sort=oldest",
                Err("invalid sort \"oldest\": give relevance or date"),
            ),
            ("since=5/3/2024", Err("since: invalid date \"5/3/2024\"")),
            ("qq=tax", Err("unknown parameter 'qq'")),
            ("q=a&q=b", Err("parameter 'q' is given twice")),
            ("format=xml", Err("invalid format \"xml\"")),
            ("facets=maybe", Err("invalid facets \"maybe\"")),
        ];
        for (raw, want) in cases {
            let got = Params::parse(Some(raw))
                .map(|p| (p.q, p.offset, p.limit))
                .map_err(|e| e.message);
            match (got, want) {
                (Ok((q, o, l)), Ok((wq, wo, wl))) => {
                    assert_eq!((q.as_str(), o, l), (*wq, *wo, *wl), "{raw:?}")
                }
                (Err(e), Err(w)) => assert!(e.starts_with(w), "{raw:?}: {e}"),
                (got, want) => panic!("{raw:?}: got {got:?}, want {want:?}"),
            }
        }
    }
}
