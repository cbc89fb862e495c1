// Building the page from data without ever parsing it as HTML: every string becomes a text
// node or a property, and links to other sites keep only http(s) addresses.

/** An element with properties and children (strings become text nodes; null is skipped). */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "text") el.textContent = value;
    else if (key === "on") for (const [ev, fn] of Object.entries(value)) el.addEventListener(ev, fn);
    else if (key === "href") el.setAttribute("href", value);
    else if (key in el && typeof el[key] !== "function" && !key.startsWith("aria") && key !== "role") el[key] = value;
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

/** Appends children (nested arrays flattened, strings as text, null skipped). */
export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Says `text` to screen readers (the page's live region). */
export function status(text) {
  const el = document.getElementById("status");
  if (el) el.textContent = text;
}

/** Removes every child of an element. */
export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** An address of another site, only when it is plain http or https (never javascript:). */
export function safeUrl(text) {
  if (typeof text !== "string") return null;
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** "1 article", "3 articles". */
export function count(n, one, many) {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}

/** A text with the byte ranges `ranges` (of its UTF-8 form) marked, as nodes. */
export function highlighted(text, ranges) {
  const bytes = new TextEncoder().encode(text);
  const decode = (a, b) => new TextDecoder().decode(bytes.subarray(a, b));
  const out = [];
  let at = 0;
  for (const [start, end] of ranges || []) {
    if (start < at || end > bytes.length || start >= end) continue;
    if (start > at) out.push(decode(at, start));
    out.push(h("mark", { text: decode(start, end) }));
    at = end;
  }
  if (at < bytes.length) out.push(decode(at, bytes.length));
  return out;
}

/** "Outlet · date · by A, B": where an article comes from. */
export function origin(hit) {
  const parts = [];
  if (hit.outlet) parts.push(h("span", { class: "outlet", text: hit.outlet }));
  if (hit.published) parts.push(h("time", { dateTime: hit.published, text: day(hit.published) }));
  if (hit.authors && hit.authors.length) parts.push(h("span", { text: `by ${hit.authors.join(", ")}` }));
  const out = [];
  parts.forEach((p, i) => {
    if (i) out.push(h("span", { class: "sep", "aria-hidden": "true", text: " · " }));
    out.push(p);
  });
  return out;
}

/** The day of an ISO date or time, as written in a news list ("5 Mar 2024"). */
export function day(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
  if (!m) return iso || "";
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${Number(m[3])} ${months[Number(m[2]) - 1] || m[2]} ${m[1]}`;
}

/** The nouns of what facets count (`counted` of the API's facets): ["quote", "quotes"] or ["article", "articles"]. */
export function units(counted) {
  return counted === "quotes" ? ["quote", "quotes"] : ["article", "articles"];
}

/** A bar chart of counts per month (of `unit`, a noun's two forms): bars as buttons when `pick` is given. */
export function monthChart(months, label, pick, unit = units("articles")) {
  const max = Math.max(1, ...months.map((m) => m.count));
  const chart = h("div", { class: "chart", role: "group", "aria-label": label });
  for (const m of months) {
    const text = `${m.month}: ${count(m.count, ...unit)}`;
    const bar = h("span", { class: "bar" });
    bar.style.height = `${Math.round((m.count / max) * 100)}%`;
    const cell = pick && m.count
      ? h("button", { type: "button", class: "col", title: text, "aria-label": text, on: { click: () => pick(m.month) } }, bar)
      : h("span", { class: "col", title: text, role: "img", "aria-label": text }, bar);
    chart.append(cell);
  }
  if (months.length) {
    chart.append(h("div", { class: "axis", "aria-hidden": "true" },
      h("span", { text: months[0].month }), h("span", { text: months[months.length - 1].month })));
  }
  return chart;
}
