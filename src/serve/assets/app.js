// The page's entry: draws the view the address asks for (search, article or person), and
// keeps the search box, the back button and the `/` key working.
import { current, filtersOf, link, navigate, setRouter } from "./api.js";
import { append, clear, count, h, status } from "./dom.js";
import { renderArticle } from "./article.js";
import { renderPerson } from "./person.js";
import { renderSearch } from "./search.js";

const main = document.getElementById("main");
const box = document.getElementById("q");
const tabInput = document.getElementById("tab-input");
const footer = document.getElementById("footer");
let drawing = 0;

async function route(focus) {
  const token = ++drawing;
  const live = () => token === drawing;
  const state = current();
  box.value = state.q || "";
  tabInput.value = state.tab || "articles";
  main.setAttribute("aria-busy", "true");
  try {
    if (location.pathname === "/article") await renderArticle(main, state, live);
    else if (location.pathname === "/person") await renderPerson(main, state, live);
    else if (location.pathname === "/") await renderSearch(main, state, live);
    else renderMissing(main);
  } catch (e) {
    if (live()) {
      clear(main).append(h("p", { class: "notice error", role: "alert", text: `Something went wrong: ${e.message}` }));
    }
  }
  if (!live()) return;
  main.removeAttribute("aria-busy");
  if (focus) {
    const target = main.querySelector("#quote-current") || main.querySelector("h1");
    if (target) {
      target.tabIndex = -1;
      target.focus({ preventScroll: target.id !== "quote-current" });
    }
  }
  showStats();
}

/** An address that is no view of this page (the server answered it 404). */
function renderMissing(main) {
  document.title = "Page not found · newsdex";
  clear(main).append(
    h("h1", { text: "Page not found" }),
    h("p", {}, "Nothing is at ", h("code", { text: location.pathname }), ". ",
      h("a", { href: "/", "data-nav": true, text: "Search the news" }), " instead."),
  );
  status("Page not found");
}

async function showStats() {
  try {
    const res = await fetch("/api/stats");
    if (!res.ok) return;
    const s = await res.json();
    const span = s.first_published && s.last_published ? `, ${s.first_published} to ${s.last_published}` : "";
    clear(footer);
    append(footer, [
      `${count(s.articles, "article", "articles")}, ${count(s.quotes, "quote", "quotes")}, `,
      `${count(s.people, "person", "people")}, ${count(s.outlets, "outlet", "outlets")}${span}. `,
      h("a", { href: "/api/openapi.json", text: "JSON API" }),
    ]);
  } catch {
    // The footer is a courtesy: leave it as it was.
  }
}

setRouter(() => route(true));

document.getElementById("search-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const state = current();
  const tab = location.pathname === "/" ? state.tab || "articles" : "articles";
  navigate(link("/", { q: box.value.trim(), tab, ...filtersOf(state) }));
  box.blur();
});

// Links of this site change the view without loading the page again.
document.addEventListener("click", (e) => {
  const a = e.target.closest("a[data-nav]");
  if (!a || e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate(a.getAttribute("href"));
});

window.addEventListener("popstate", () => route(false));

/** The links of the results, in order: a hit's headline, a quote's article, a person. */
const RESULTS = ".hits h2 a, .quote-card cite a, ol.people > li > a, .person-articles .hit h3 a";

// `/` jumps to the search box, `j` and `k` to the next and previous result (unless one is
// typing somewhere); Enter then opens it.
document.addEventListener("keydown", (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey || !["/", "j", "k"].includes(e.key)) return;
  const t = e.target;
  if (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName)) return;
  e.preventDefault();
  if (e.key === "/") {
    box.focus();
    box.select();
    return;
  }
  const links = [...main.querySelectorAll(RESULTS)];
  if (!links.length) return;
  const at = links.indexOf(document.activeElement);
  const next = at < 0 ? (e.key === "j" ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, at + (e.key === "j" ? 1 : -1)));
  links[next].focus();
  links[next].scrollIntoView({ block: "nearest" });
});

route(false);
