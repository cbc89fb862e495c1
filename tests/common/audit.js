// What the browser tests check of every view, run in the page: it returns the problems found
// (an empty list when none). A screen reader needs the page's language, one h1, headings that
// do not skip a level, and a name for every control; every text must stand out from what is
// behind it (WCAG AA contrast: 4.5:1, 3:1 for large text).
const problems = [];
const visible = (el) => {
  const r = el.getBoundingClientRect();
  const s = getComputedStyle(el);
  return r.width > 1 && r.height > 1 && s.visibility !== "hidden" && s.display !== "none" && !el.closest("[hidden], details:not([open]) > :not(summary)");
};
const describe = (el) => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${el.className ? "." + String(el.className).split(" ").join(".") : ""} "${(el.textContent || "").trim().slice(0, 40)}"`;

if (!document.documentElement.lang) problems.push("the page has no language");
if (!document.title) problems.push("the page has no title");
const h1s = document.querySelectorAll("main h1");
if (h1s.length !== 1) problems.push(`${h1s.length} h1 in main`);
let level = 0;
for (const hd of document.querySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6")) {
  const l = Number(hd.tagName[1]);
  if (l > level + 1) problems.push(`heading ${describe(hd)} skips from h${level} to h${l}`);
  level = l;
}

const named = (el) => {
  if (el.getAttribute("aria-label") || el.getAttribute("aria-labelledby") || el.title) return true;
  if (el.labels && el.labels.length) return [...el.labels].some((l) => l.textContent.trim());
  return (el.textContent || "").trim() !== "" || (el.getAttribute("alt") || "") !== "";
};
for (const el of document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary, [role=img], [tabindex]")) {
  if (!named(el) && el.id !== "main") problems.push(`no accessible name: ${describe(el)}`);
}

const rgba = (c) => {
  const m = c.match(/[\d.]+/g) || [];
  return m.length >= 3 ? [Number(m[0]), Number(m[1]), Number(m[2]), m.length > 3 ? Number(m[3]) : 1] : [0, 0, 0, 0];
};
const lum = ([r, g, b]) => {
  const f = (v) => {
    v /= 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
const background = (el) => {
  for (let e = el; e; e = e.parentElement) {
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c[3] > 0.5) return c;
  }
  return rgba(getComputedStyle(document.documentElement).backgroundColor || "rgb(255,255,255)");
};
const seen = new Set();
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walker.nextNode(); n; n = walker.nextNode()) {
  const el = n.parentElement;
  if (!n.textContent.trim() || !el || seen.has(el) || !visible(el) || el.closest(".visually-hidden, .skip, option")) continue;
  seen.add(el);
  const s = getComputedStyle(el);
  const fg = rgba(s.color);
  const bg = background(el);
  const [a, b] = [lum(fg), lum(bg)];
  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  const size = parseFloat(s.fontSize);
  const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
  if (ratio < (large ? 3 : 4.5)) problems.push(`contrast ${ratio.toFixed(2)} of ${describe(el)} (${s.color} on rgb(${bg.slice(0, 3)}))`);
}
return problems;
