// The search view: tabs (articles, quotes, people), the hits, facets that follow the search,
// paging and export. Also the pieces the person view shares (quote cards, pager, filters).
import { EXPORT_LIMIT, FILTERS, PAGE_SIZE, ask, filtersOf, link, navigate } from "./api.js";
import { append, clear, count, h, highlighted, monthChart, origin, status, units } from "./dom.js";

const TABS = [
  ["articles", "Articles"],
  ["quotes", "Quotes"],
  ["people", "People"],
];

const LABELS = { since: "From", until: "Until", outlet: "Outlet", person: "Mentions", speaker: "Speaker", sort: "Sort" };

/** A link within the page. */
export function nav(href, ...children) {
  return h("a", { href, "data-nav": true }, ...children);
}

/** The last day of a `YYYY-MM` month, as `YYYY-MM-DD`. */
export function monthRange(month) {
  const [y, m] = month.split("-").map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { since: `${month}-01`, until: `${month}-${String(last).padStart(2, "0")}` };
}

/** The facets last drawn and the search they are of: paging through its hits keeps them. */
let kept = { key: null, facets: null };

export async function renderSearch(main, state, live) {
  const tab = TABS.some(([t]) => t === state.tab) ? state.tab : "articles";
  const q = state.q || "";
  const filters = filtersOf(state);
  const offset = Math.max(0, Number(state.offset) || 0);
  const base = { q, tab, ...filters };
  // Another page of the same search: its facets are those already drawn.
  const key = JSON.stringify([tab, q, filters]);
  const same = kept.key === key && kept.facets !== null;
  const params = { q, ...filters, offset, limit: tab === "people" ? 50 : PAGE_SIZE, facets: same ? false : undefined };
  document.title = q ? `${q} · ${tab} · newsdex` : "newsdex · news search";
  let res;
  let facets = same ? kept.facets : null;
  if (tab === "articles") res = await ask("/api/search", params);
  else if (tab === "quotes") res = await ask("/api/quotes", params);
  else {
    const [people, side] = await Promise.all([
      ask("/api/people", params),
      same ? null : ask("/api/search", { q, ...filters, limit: 0 }),
    ]);
    res = people;
    if (side) facets = side.ok ? side.data.facets : null;
  }
  if (!live()) return;
  if (res.ok && tab !== "people" && !same) facets = res.data.facets;
  kept = { key, facets };

  clear(main);
  main.append(
    h("nav", { class: "tabs", "aria-label": "What to list" },
      TABS.map(([t, label]) => nav(link("/", { ...base, tab: t, offset: 0 }), label)).map((a, i) => {
        if (TABS[i][0] === tab) a.setAttribute("aria-current", "page");
        return a;
      })),
  );
  const results = h("section", { class: "results", "aria-labelledby": "results-heading" });
  const layout = h("div", { class: "layout" }, results, facetPanel(facets, base, tab === "quotes" ? "/api/quotes" : "/api/search"));
  main.append(layout);

  if (!res.ok) {
    results.append(
      h("h1", { id: "results-heading", text: "The search could not be run" }),
      h("p", { class: "notice error", role: "alert", text: res.data.error }),
    );
    status(res.data.error);
    return;
  }
  const d = res.data;
  const noun = { articles: ["article", "articles"], quotes: ["quote", "quotes"], people: ["person", "people"] }[tab];
  const found = count(d.total, noun[0], noun[1]);
  const heading = q && q !== "*" ? `${found} for “${q}”` : tab === "people" ? `${found}, most mentioned first` : found;
  const api = { articles: "/api/search", quotes: "/api/quotes", people: "/api/people" }[tab];
  append(results, [
    h("div", { class: "result-bar" },
      h("h1", { id: "results-heading", text: heading }),
      tab === "people" ? null : sortPicker(base),
      exportLinks(api, { q, ...filters }, tab)),
    activeFilters(base, "/"),
  ]);
  status(heading);
  if (!d.hits.length) {
    results.append(emptyNotice(tab, base));
    return;
  }
  let list;
  if (tab === "articles") list = h("ol", { class: "hits", start: offset + 1 }, d.hits.map((hit) => articleHit(hit, q)));
  else if (tab === "quotes") list = h("ol", { class: "quotes", start: offset + 1 }, d.hits.map((hit) => quoteCard(hit, q)));
  else list = h("ol", { class: "people", start: offset + 1 }, d.hits.map((p) => personRow(p, filters, q)));
  append(results, [list, pager("/", base, offset, d.limit, d.total)]);
}

function articleHit(hit, q) {
  return h("li", { class: "hit" },
    h("article", {},
      h("h2", {}, nav(link("/article", { id: hit.id, q }), hit.headline || "(no headline)")),
      h("p", { class: "meta" }, origin(hit)),
      hit.snippet ? h("p", { class: "snippet" }, highlighted(hit.snippet, hit.highlights)) : null));
}

/** One quote: its words, its speaker, and the article it is in (linked with the quote marked). */
export function quoteCard(hit, q) {
  const speaker = hit.person
    ? nav(link("/person", { name: hit.person }), hit.speaker || hit.person)
    : h("span", { class: hit.speaker ? "" : "unknown", text: hit.speaker || "speaker unknown" });
  return h("li", { class: "quote-card" },
    h("figure", {},
      h("blockquote", {}, h("p", {}, "“", highlighted(hit.text, hit.highlights), "”")),
      h("figcaption", {},
        h("span", { class: "speaker" }, "— ", speaker),
        h("span", { class: "in" }, " in ",
          h("cite", {}, nav(link("/article", { id: hit.id, q, at: hit.start }), hit.headline || "(no headline)"))),
        h("span", { class: "meta" }, origin(hit)))));
}

function personRow(p, filters, q) {
  return h("li", {},
    nav(link("/person", { name: p.name, ...filters, q }), p.name),
    h("span", { class: "count", text: count(p.articles, "article", "articles") }));
}

function sortPicker(base) {
  const select = h("select", { id: "sort", on: { change: () => navigate(link("/", { ...base, sort: select.value === "relevance" ? "" : select.value, offset: 0 })) } },
    h("option", { value: "relevance", text: "Best match" }),
    h("option", { value: "date", text: "Newest first" }));
  select.value = base.sort === "date" ? "date" : "relevance";
  return h("p", { class: "sort" }, h("label", { for: "sort", text: "Order " }), select);
}

/** Links that download the current results (up to the export limit) as CSV and JSON. */
export function exportLinks(api, params, name) {
  const file = (format) => link(api, { ...params, format, limit: EXPORT_LIMIT, offset: 0 });
  return h("p", { class: "export" }, "Export ",
    h("a", { href: file("csv"), download: `newsdex-${name}.csv`, text: "CSV" }), " ",
    h("a", { href: file("json"), download: `newsdex-${name}.json`, text: "JSON" }));
}

/** The filters in force, each with a link that removes it. */
export function activeFilters(state, path) {
  const on = FILTERS.filter((k) => state[k] && k !== "sort");
  if (!on.length) return null;
  return h("ul", { class: "chips", "aria-label": "Filters in force" },
    on.map((k) => h("li", {},
      h("span", { text: `${LABELS[k]}: ${state[k]}` }),
      nav(link(path, { ...state, [k]: "", offset: 0 }), h("span", { "aria-hidden": "true", text: "×" }),
        h("span", { class: "visually-hidden", text: `Remove the filter ${LABELS[k]}: ${state[k]}` })))),
    on.length > 1 ? h("li", {}, nav(link(path, { q: state.q, tab: state.tab, name: state.name, sort: state.sort }), "Clear all")) : null);
}

/** Previous and next pages. */
export function pager(path, state, offset, limit, total) {
  if (total <= limit && offset === 0) return null;
  const last = Math.min(offset + limit, total);
  const parts = [h("span", { text: `${(offset + 1).toLocaleString("en")}–${last.toLocaleString("en")} of ${total.toLocaleString("en")}` })];
  if (offset > 0) parts.unshift(nav(link(path, { ...state, offset: Math.max(0, offset - limit) }), "← Previous"));
  if (last < total && offset + limit <= 10000) parts.push(nav(link(path, { ...state, offset: offset + limit }), "Next →"));
  const el = h("nav", { class: "pager", "aria-label": "Pages" }, parts);
  return el;
}

function emptyNotice(tab, base) {
  const tips = [];
  if (FILTERS.some((k) => base[k] && k !== "sort")) tips.push("remove a filter");
  tips.push("check the spelling", "use fewer words or OR");
  if (tab !== "quotes") tips.push("try the Quotes tab");
  return h("div", { class: "notice" },
    h("p", { text: `Nothing found. You could ${tips.join(", ")}.` }));
}

/** The facets beside the hits: dates, outlets, people, speakers, with their counts. */
function facetPanel(facets, base, api) {
  const panel = h("details", { class: "facets", open: true },
    h("summary", { text: "Filters" }));
  if (window.matchMedia && window.matchMedia("(max-width: 760px)").matches) panel.open = false;
  const aside = h("aside", { "aria-label": "Filters" }, panel);
  const unit = units(facets && facets.counted);
  if (facets && facets.counted === "quotes") panel.append(h("p", { class: "muted", text: "Counts are of matching quotes." }));
  panel.append(dateFilter(facets, base, unit));
  if (!facets) return aside;
  panel.append(
    facetGroup("Outlet", "outlet", facets.outlets, base, unit),
    facetGroup("Mentions", "person", facets.people, base, unit),
    facetGroup("Quoted", "speaker", facets.speakers, base, unit),
  );
  return aside;
}

function dateFilter(facets, base, unit) {
  const since = h("input", { type: "date", id: "since", name: "since", value: base.since || "" });
  const until = h("input", { type: "date", id: "until", name: "until", value: base.until || "" });
  const form = h("form", { class: "dates", on: { submit: (e) => {
    e.preventDefault();
    navigate(link("/", { ...base, since: since.value, until: until.value, offset: 0 }));
  } } },
    h("label", { for: "since", text: "From" }), since,
    h("label", { for: "until", text: "Until" }), until,
    h("button", { type: "submit", text: "Apply" }));
  const group = h("section", { class: "facet" }, h("h2", { text: "Date" }), form);
  if (facets && facets.months.length > 1) {
    group.append(monthChart(facets.months, `${unit[1][0].toUpperCase()}${unit[1].slice(1)} per month; pick a month to keep it`, (m) =>
      navigate(link("/", { ...base, ...monthRange(m), offset: 0 })), unit));
  }
  if (facets && facets.undated) group.append(h("p", { class: "muted", text: `${count(facets.undated, ...unit)} without a date` }));
  return group;
}

function facetGroup(title, key, items, base, unit) {
  const section = h("section", { class: "facet" }, h("h2", { text: title }));
  if (!items.length) {
    section.append(h("p", { class: "muted", text: "None" }));
    return section;
  }
  section.append(h("ul", {}, items.map((it) => {
    const chosen = base[key] === it.name;
    const a = nav(link("/", { ...base, [key]: chosen ? "" : it.name, offset: 0 }),
      h("span", { class: "name", text: it.name }),
      h("span", { class: "count", text: it.count.toLocaleString("en") }));
    if (chosen) a.setAttribute("aria-current", "true");
    a.title = chosen ? `Remove the filter ${title}: ${it.name}` : count(it.count, ...unit);
    return h("li", {}, a);
  })));
  return section;
}
