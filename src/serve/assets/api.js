// The page's state lives in its address: reading it, writing it, and asking the API.

/** Filters of the API, under their API names. */
export const FILTERS = ["since", "until", "outlet", "person", "speaker", "sort"];
export const PAGE_SIZE = 20;
export const EXPORT_LIMIT = 1000;

let router = () => {};
/** How many views this page has drawn since it loaded (the back button leads to one of them). */
export let moves = 0;

/** Sets the function that draws the page for the current address. */
export function setRouter(fn) {
  router = fn;
}

/** Goes to `url` in this page (a new history entry unless `replace`), then draws it. */
export function navigate(url, replace = false) {
  if (replace) history.replaceState(null, "", url);
  else {
    history.pushState(null, "", url);
    moves += 1;
  }
  router();
}

/** The current address's parameters, as an object of strings. */
export function current() {
  const params = new URLSearchParams(location.search);
  const state = {};
  for (const [k, v] of params) if (v !== "") state[k] = v;
  return state;
}

/** An address of this site: `path` with the non-empty parameters of `state`. */
export function link(path, state) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(state)) {
    if (v !== undefined && v !== null && v !== "" && !(k === "offset" && Number(v) === 0)) params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** The filters of `state`, and only them. */
export function filtersOf(state) {
  const out = {};
  for (const k of FILTERS) if (state[k]) out[k] = state[k];
  return out;
}

/** Asks the API: resolves to {ok, status, data}; a network failure is an error answer too. */
export async function ask(path, params) {
  try {
    const res = await fetch(link(path, params), { headers: { Accept: "application/json" } });
    let data = null;
    try {
      data = await res.json();
    } catch {
      data = { error: `the server answered ${res.status} ${res.statusText}` };
    }
    return { ok: res.ok, status: res.status, data };
  } catch (e) {
    return { ok: false, status: 0, data: { error: `the server could not be reached (${e.message})` } };
  }
}
