// One row per post on a person's page: the positions the store holds may name one post several times
// (the same title twice, "新任" before it, or a short form such as 总书记 beside 越共中央总书记). The
// words that tell one post from another are the server's (consolidate/data/roles.toml, through
// /ui/api/vocabulary), as the role timelines use them.
import {POSTS, loadVocabulary} from "./dom.js";

export async function postRules() {
  await loadVocabulary();
  return POSTS;
}

export function normPost(title, cfg) {
  let t = String(title || "").replace(/\s+/g, "");
  for (const p of cfg.strip_prefixes || []) if (t.startsWith(p) && t.length > p.length) { t = t.slice(p.length); break; }
  return t;
}

// a shorter title is a short form of a longer one when it is its tail and what stands before the tail
// does not end in a rank mark
function shortFormOf(short, long, cfg) {
  if (long.length <= short.length || !long.endsWith(short)) return false;
  const head = long.slice(0, long.length - short.length);
  return !(cfg.rank_marks || []).some((m) => head.endsWith(m));
}

const minOf = (xs) => xs.filter(Boolean).sort()[0] || null;
const maxOf = (xs) => xs.filter(Boolean).sort().pop() || null;

export function dedupePosts(rows, cfg) {
  const byKey = new Map();
  for (const r of rows) {
    const key = normPost(r.title, cfg);
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key).push(r);
  }
  const docs = (key) => byKey.get(key).reduce((a, r) => a + (r.n_docs || 0) + 1, 0);
  // each short form joins the longer post it is a form of (the best attested when there are several)
  const keys = [...byKey.keys()].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const into = new Map();
  for (const k of keys) {
    const longer = keys.filter((l) => shortFormOf(k, l, cfg));
    if (longer.length) into.set(k, longer.sort((a, b) => docs(b) - docs(a) || b.length - a.length || a.localeCompare(b))[0]);
  }
  const root = (k) => { while (into.has(k)) k = into.get(k); return k; };
  const groups = new Map();
  for (const k of keys) {
    const r = root(k);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r).push(...byKey.get(k));
  }
  const out = [];
  for (const [key, rs] of groups) {
    const best = [...rs].sort((a, b) => (b.n_docs || 0) - (a.n_docs || 0))[0];
    const aliases = [...new Set(rs.map((r) => r.title).filter((t) => t !== key))];
    out.push({...best, title: key, aliases, body: rs.map((r) => r.body).find(Boolean) || null,
      country: rs.map((r) => r.country).find(Boolean) || null,
      first_seen: minOf(rs.map((r) => r.first_seen)), last_seen: maxOf(rs.map((r) => r.last_seen || r.first_seen)),
      doc_ids: [...new Set(rs.flatMap((r) => r.doc_ids || []))], n_docs: rs.reduce((a, r) => a + (r.n_docs || 0), 0),
      merged: rs.length});
  }
  return out.sort((a, b) => String(a.first_seen || "9").localeCompare(String(b.first_seen || "9")) || a.title.localeCompare(b.title));
}
