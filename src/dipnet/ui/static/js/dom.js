// DOM helpers. Every piece of data becomes a text node: nothing here ever parses a string as markup.

const SVGNS = "http://www.w3.org/2000/svg";

function append(el, kids) {
  for (const k of kids.flat(Infinity)) {
    if (k === null || k === undefined || k === false) continue;
    el.appendChild(k instanceof Node ? k : document.createTextNode(String(k)));
  }
  return el;
}

function setAttrs(el, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.setAttribute("class", v);
    else if (k === "text") el.textContent = String(v);
    else if (k === "style") Object.assign(el.style, v);
    else if (k === "dataset") Object.assign(el.dataset, v);
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  return el;
}

// h("a", {href: "#/x", class: "y"}, "text", child, [more])
export function h(tag, attrs, ...kids) {
  return append(setAttrs(document.createElement(tag), attrs), kids);
}

export function s(tag, attrs, ...kids) {
  return append(setAttrs(document.createElementNS(SVGNS, tag), attrs), kids);
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function hashFor(view, arg, params) {
  let out = "#/" + view + (arg !== undefined && arg !== null ? "/" + encodeURIComponent(arg) : "");
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== "") qs.set(k, v);
  const str = qs.toString();
  return str ? out + "?" + str : out;
}

export function entityHash(id) {
  if (!id) return null;
  if (id.startsWith("country:")) return hashFor("country", id);
  if (id.startsWith("person:")) return hashFor("person", id);
  return hashFor("entity", id);
}

export function entityLink(id, name, cls) {
  const href = entityHash(id);
  return href ? h("a", {href, class: cls || "ent", title: id}, name || id) : h("span", {}, name || "");
}

export function eventLink(id, label) {
  return id ? h("a", {href: hashFor("event", id), class: "evlink", title: id}, label || id) : null;
}

// a link to a page, optionally to a span (start, end) or to the first place a string stands
export function pageLink(docId, label, where) {
  if (!docId) return null;
  const p = {};
  if (where && where.start !== undefined && where.start !== null) { p.s = where.start; p.e = where.end; }
  else if (where && where.find) p.find = where.find;
  return h("a", {href: hashFor("page", docId, p), class: "pagelink"}, label || docId);
}

// the levels (highest first, with their English labels), their ranks and the words that tell posts
// apart come from the server's data files (/ui/api/vocabulary), loaded once before the first view
export const LEVELS = [];
export const RANK = {};
export const POSTS = {strip_prefixes: [], rank_marks: []};
const LABELS = {};
let vocabularyLoaded = null;
export function loadVocabulary() {
  if (!vocabularyLoaded) {
    vocabularyLoaded = api("/ui/api/vocabulary").then((v) => {
      for (const l of v.levels) {
        LABELS[l.level] = l.label;
        // the ranked levels are the frameworks, highest first; the others are designations over them
        if (l.rank !== null && l.rank !== undefined) { LEVELS.push([l.level, l.label]); RANK[l.level] = l.rank; }
      }
      Object.assign(POSTS, v.posts);
    }).catch((err) => { vocabularyLoaded = null; throw err; });  // a later view asks again
  }
  return vocabularyLoaded;
}

export function levelName(level) {
  return LABELS[level] || (level || "no recorded level").replaceAll("_", " ");
}

export function badge(text, cls) {
  return h("span", {class: "badge " + (cls || "")}, text);
}

export function names(ev) {
  const ids = ev.participant_ids || [];
  return (ev.participants || []).map((n, i) => [entityLink(ids[i], n), i < ev.participants.length - 1 ? "、" : ""]);
}

export function dateText(ev) {
  if (!ev.date) return "undated";
  return ev.end_date && ev.end_date !== ev.date ? ev.date + " – " + ev.end_date : ev.date;
}

// requests go out a few at a time: the server's store shares one DuckDB connection among threads
const MAX_PARALLEL = 4;
let running = 0;
const waiting = [];

// the loading state: while any request runs, body[data-loading] is set and the bar at the top moves
let inFlight = 0;
function busy(delta) {
  inFlight += delta;
  if (inFlight > 0) document.body.dataset.loading = String(inFlight);
  else delete document.body.dataset.loading;
}

async function limited(task) {
  busy(1);
  try {
    if (running >= MAX_PARALLEL) await new Promise((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      if (waiting.length) waiting.shift()();
    }
  } finally {
    busy(-1);
  }
}

export function loading(text) {
  return h("p", {class: "loading muted", role: "status"}, h("span", {class: "spinner"}), text || "Loading…");
}

export async function api(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== "") qs.set(k, v);
  const url = path + (qs.toString() ? "?" + qs : "");
  return limited(async () => {
    const res = await fetch(url, {headers: {Accept: "application/json"}});
    const body = await res.json().catch(() => ({error: {message: res.statusText}}));
    if (!res.ok) throw new Error((body.error && body.error.message) || res.statusText);
    return body;
  });
}

export function errorBox(err) {
  return h("p", {class: "error"}, "⚠ " + (err && err.message ? err.message : String(err)));
}

// a pager over {total, limit, offset}; go(offset) loads another page
export function pager(res, go) {
  const {total, limit, offset} = res;
  const last = Math.max(0, Math.floor((total - 1) / limit) * limit);
  const btn = (label, to, disabled) => h("button", {class: "pg", disabled: disabled || null,
    "data-offset": to, onclick: () => go(to)}, label);
  return h("div", {class: "pager"},
    btn("« first", 0, offset === 0), btn("‹ prev", Math.max(0, offset - limit), offset === 0),
    h("span", {class: "pginfo"}, total === 0 ? "none" :
      `${offset + 1}–${Math.min(offset + limit, total)} of ${total.toLocaleString()}`),
    btn("next ›", offset + limit, offset + limit >= total), btn("last »", last, offset + limit >= total));
}

export function section(title, ...kids) {
  return h("section", {class: "card"}, h("h2", {}, title), ...kids);
}

// a table inside its own scrolling box: a wide table scrolls there, never the page
export function table(head, rows, cls) {
  return h("div", {class: "tablewrap"}, h("table", {class: cls || "grid"},
    h("thead", {}, h("tr", {}, head.map((c) => h("th", {}, c)))),
    h("tbody", {}, rows.map((r) => h("tr", {}, r.map((c) => h("td", {}, c)))))));
}

// a URL as its host and decoded path, short enough for a cell; the whole decoded URL in the tooltip
export function decodeUrl(url) {
  try { return decodeURI(String(url)); } catch (_e) { return String(url); }
}

export function shortUrl(url, max) {
  const m = /^(https?):\/\/([^/?#]+)([^?#]*)/i.exec(String(url || ""));
  if (!m) return String(url || "");
  const path = decodeUrl(m[3]).replace(/\/$/, "");
  const tail = path.split("/").filter(Boolean).pop() || "";
  const lim = max || 24;
  return m[2] + (tail ? "/…/" + (tail.length > lim ? tail.slice(0, lim) + "…" : tail) : "");
}

export function sourceText(src) {
  return /^https?:\/\//i.test(String(src || "")) ? h("span", {class: "url", title: decodeUrl(src)}, shortUrl(src))
    : h("span", {class: "src"}, src || "");
}

// `text` with every occurrence of a search term in <mark>: text nodes and elements, never markup
export function highlight(text, query) {
  const str = String(text || "");
  const terms = [...new Set(String(query || "").split(/\s+/).filter((t) => t.length > 0))]
    .sort((a, b) => b.length - a.length);
  if (!terms.length) return [str];
  const out = [];
  let i = 0, plain = "";
  while (i < str.length) {
    const t = terms.find((x) => str.startsWith(x, i));
    if (t) {
      if (plain) { out.push(plain); plain = ""; }
      out.push(h("mark", {}, t));
      i += t.length;
    } else {
      plain += str[i++];
    }
  }
  if (plain) out.push(plain);
  return out;
}

// "Download CSV · JSON" of a read (`path` with `params`, the view's current query)
export function downloads(path, params, label) {
  const link = (fmt) => {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== "") qs.set(k, v);
    qs.set("format", fmt);
    return h("a", {href: path + "?" + qs, class: "dl dl-" + fmt, download: ""}, fmt.toUpperCase());
  };
  return h("span", {class: "downloads"}, (label || "Download") + " ", link("csv"), " · ", link("json"));
}
