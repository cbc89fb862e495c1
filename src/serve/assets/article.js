// The article view: the full text with its quotes marked (the one asked for highlighted and
// scrolled to), its people and its quotes.
import { ask, link, moves } from "./api.js";
import { clear, count, h, origin, safeUrl } from "./dom.js";
import { nav } from "./search.js";

export async function renderArticle(main, state, live) {
  const id = state.id || "";
  const res = await ask(`/api/articles/${encodeURIComponent(id)}`, {});
  if (!live()) return;
  clear(main);
  const back = nav(link("/", { q: state.q, tab: state.at !== undefined ? "quotes" : "articles" }), "← Back to the search");
  back.addEventListener("click", (e) => {
    if (moves > 0) {
      e.preventDefault();
      history.back();
    }
  });
  main.append(h("p", { class: "back" }, back));
  if (!res.ok) {
    document.title = "Article not found · newsdex";
    main.append(h("h1", { text: res.status === 404 ? "Article not found" : "The article could not be read" }),
      h("p", { class: "notice error", role: "alert", text: res.data.error }));
    return;
  }
  const a = res.data;
  document.title = `${a.headline || "Article"} · newsdex`;
  const at = state.at !== undefined ? Number(state.at) : null;
  const url = safeUrl(a.url);
  const article = h("article", { class: "full" },
    h("h1", { text: a.headline || "(no headline)" }),
    h("p", { class: "meta" }, origin(a),
      url ? [" · ", h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank", text: "Original ↗" })] : null),
    h("p", { class: "muted path", text: a.path }),
    h("div", { class: "body" }, paragraphs(a.body, a.quotes, at)));
  const side = h("aside", { class: "side", "aria-label": "People and quotes of this article" },
    h("section", {}, h("h2", { text: "People" }),
      a.people.length
        ? h("ul", { class: "plain" }, a.people.map((p) => h("li", {},
          nav(link("/person", { name: p.name }), p.name),
          h("span", { class: "muted", text: ` ${count(p.mentions, "mention", "mentions")}, ${count(p.quotes, "quote", "quotes")}` }))))
        : h("p", { class: "muted", text: "None found" })),
    h("section", {}, h("h2", { text: "Quotes" }),
      a.quotes.length
        ? h("ol", { class: "plain quotes-here" }, a.quotes.map((qt) => {
          const item = nav(link("/article", { id, q: state.q, at: qt.start }), `“${short(qt.text)}”`);
          if (qt.start === at) item.setAttribute("aria-current", "true");
          return h("li", {}, item, h("span", { class: "muted", text: ` — ${qt.speaker || "speaker unknown"}` }));
        }))
        : h("p", { class: "muted", text: "None found" })));
  main.append(h("div", { class: "reader" }, article, side));
  const mark = main.querySelector("#quote-current");
  if (mark) mark.scrollIntoView({ block: "center" });
}

function short(text) {
  const chars = Array.from(text);
  return chars.length > 90 ? `${chars.slice(0, 88).join("")}…` : text;
}

/** The body as paragraphs, each quote in a span (the one starting at `at` marked), by the
 *  quotes' character offsets (Unicode scalar values, as the API counts them). */
function paragraphs(body, quotes, at) {
  const chars = Array.from(body || "");
  const sorted = [...quotes].filter((q) => q.start < q.end && q.end <= chars.length).sort((x, y) => x.start - y.start);
  const out = [];
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && chars[i] !== "\n") continue;
    if (i > start) out.push(paragraph(chars, start, i, sorted, at));
    start = i + 1;
  }
  return out;
}

function paragraph(chars, ps, pe, quotes, at) {
  const p = h("p");
  let pos = ps;
  for (const q of quotes) {
    if (q.end <= ps || q.start >= pe) continue;
    const qs = Math.max(q.start, ps);
    const qe = Math.min(q.end, pe);
    if (qs < pos) continue;
    if (qs > pos) p.append(chars.slice(pos, qs).join(""));
    const words = chars.slice(qs, qe).join("");
    const said = q.speaker ? `Said by ${q.speaker}` : "Speaker unknown";
    if (q.start === at) {
      const mark = h("mark", { class: "quote current", title: said, text: words });
      if (!p.querySelector("#quote-current") && qs === q.start) mark.id = "quote-current";
      p.append(mark);
    } else {
      p.append(h("span", { class: "quote", title: said, text: words }));
    }
    pos = qe;
  }
  if (pos < pe) p.append(chars.slice(pos, pe).join(""));
  return p;
}
