// The person view: the articles that mention someone, their quotes, the people named most
// often with them and their mentions per month.
import { PAGE_SIZE, ask, filtersOf, link, navigate } from "./api.js";
import { clear, count, h, monthChart, origin, status } from "./dom.js";
import { activeFilters, exportLinks, monthRange, nav, pager, quoteCard } from "./search.js";

export async function renderPerson(main, state, live) {
  const name = state.name || "";
  const filters = filtersOf(state);
  const offset = Math.max(0, Number(state.offset) || 0);
  const base = { name, q: state.q, ...filters };
  const res = await ask("/api/person", { name, ...filters, offset, limit: PAGE_SIZE });
  if (!live()) return;
  clear(main);
  if (!res.ok) {
    document.title = "Person · newsdex";
    main.append(h("h1", { text: name || "Person" }), h("p", { class: "notice error", role: "alert", text: res.data.error }));
    return;
  }
  const d = res.data;
  document.title = `${d.name} · newsdex`;
  status(`${d.name}: ${count(d.total, "article", "articles")}`);
  const head = h("header", { class: "person-head" },
    h("h1", { text: d.name }),
    h("p", { class: "lede", text: `Mentioned in ${count(d.total, "article", "articles")}; ${count(d.quotes.total, "quote", "quotes")}.` }),
    activeFilters(base, "/person"));
  main.append(head);
  if (!d.total) {
    main.append(h("p", { class: "notice", text: "No article mentions this name. Names are matched in any form the articles use: try the surname alone." }));
    return;
  }
  const facets = d.facets || { months: [], people: [] };
  const side = h("aside", { class: "side", "aria-label": `About ${d.name}` },
    h("section", {}, h("h2", { text: "Mentions per month" }),
      facets.months.length
        ? monthChart(facets.months, `Articles mentioning ${d.name} per month; pick a month to keep it`, (m) =>
          navigate(link("/person", { ...base, ...monthRange(m), offset: 0 })))
        : h("p", { class: "muted", text: "No dated article" })),
    h("section", {}, h("h2", { text: "Often named with" }),
      facets.people.length
        ? h("ul", { class: "plain named-with" }, facets.people.map((p) => h("li", {},
          nav(link("/person", { name: p.name }), p.name),
          h("span", { class: "muted", text: ` ${count(p.count, "article", "articles")}` }))))
        : h("p", { class: "muted", text: "Nobody else" })));
  const quotes = h("section", { class: "person-quotes", "aria-labelledby": "quotes-heading" },
    h("h2", { id: "quotes-heading", text: `Quotes (${d.quotes.total.toLocaleString("en")})` }),
    d.quotes.hits.length
      ? h("ol", { class: "quotes" }, d.quotes.hits.map((hit) => quoteCard(hit, state.q)))
      : h("p", { class: "muted", text: "No quote of theirs was found." }),
    d.quotes.total > d.quotes.hits.length
      ? h("p", {}, nav(link("/", { tab: "quotes", speaker: d.name, ...filtersOf({ ...filters, speaker: "" }) }), `All ${d.quotes.total.toLocaleString("en")} quotes →`))
      : null);
  const articles = h("section", { class: "person-articles", "aria-labelledby": "articles-heading" },
    h("div", { class: "result-bar" },
      h("h2", { id: "articles-heading", text: `Articles (${d.total.toLocaleString("en")})` }),
      exportLinks("/api/person", { name, ...filters }, "person")),
    h("ol", { class: "hits", start: offset + 1 }, d.hits.map((hit) => h("li", { class: "hit" },
      h("article", {},
        h("h3", {}, nav(link("/article", { id: hit.id, q: state.q }), hit.headline || "(no headline)")),
        h("p", { class: "meta" }, origin(hit)),
        h("p", { class: "mentions", text: `${hit.person}: ${count(hit.mentions, "mention", "mentions")}, ${count(hit.quotes, "quote", "quotes")}` }))))),
    pager("/person", base, offset, d.limit, d.total));
  main.append(h("div", { class: "reader" }, h("div", {}, articles, quotes), side));
}
