// The search box: people, countries, organizations and places by name, and the pages' text.
import {api, clear, downloads, entityLink, errorBox, h, hashFor, highlight, loading, pageLink, pager, section} from "../dom.js";

const GROUPS = [["PERSON", "People"], ["COUNTRY", "Countries"], ["ORG", "Organizations"], ["LOCATION", "Places"]];

function entityGroup(q, type, title) {
  const box = h("div", {class: "results", "data-type": type});
  const card = section(title, box);
  async function load(offset) {
    try {
      const res = await api("/entities", {q, type, limit: 10, offset});
      clear(box);
      if (!res.total) { card.hidden = true; return; }
      card.hidden = false;
      box.append(h("ul", {}, res.items.map((e) => h("li", {}, entityLink(e.entity_id, highlight(e.name, q)),
        e.name_en || e.name_vi ? h("span", {class: "muted"}, " · " + [e.name_en, e.name_vi].filter(Boolean).join(" · ")) : null,
        e.country ? h("span", {class: "muted"}, " · " + e.country) : null,
        h("span", {class: "muted"}, ` · ${e.n_docs || 0} page(s)`),
        (e.variants || []).length > 1 ? h("div", {class: "muted small"}, highlight((e.variants || []).join("、"), q)) : null))));
      if (res.total > 10) box.append(pager(res, load));
    } catch (err) {
      clear(box).append(errorBox(err));
    }
  }
  load(0);
  return card;
}

function pageGroup(q) {
  const box = h("div", {class: "results", "data-type": "pages"}, loading());
  async function load(offset) {
    try {
      const res = await api("/search", {q, limit: 20, offset});
      clear(box).append(h("p", {class: "count"}, `${res.total} page(s) · `, downloads("/ui/api/download/search", {q})),
        h("ul", {class: "hits"}, res.items.map((d) => h("li", {},
          pageLink(d.doc_id, highlight(d.title || d.source, q), {find: q.split(/\s+/)[0]}),
          d.published ? h("span", {class: "muted"}, " · " + d.published) : null,
          h("div", {class: "snippet"}, highlight(d.snippet || "", q))))));
      if (res.total > 20) box.append(pager(res, load));
    } catch (err) {
      clear(box).append(errorBox(err));
    }
  }
  load(0);
  return section("Pages", box);
}

export async function render(main, _arg, params) {
  const q = (params.q || "").trim();
  const box = document.getElementById("searchbox");
  if (box && q) box.value = q;
  main.append(h("h1", {}, "Search", q ? [": ", h("q", {}, q)] : ""));
  if (!q) { main.append(h("p", {class: "muted"}, "Type a name or words in the box above.")); return; }
  main.append(h("div", {class: "searchcols"},
    h("div", {}, GROUPS.map(([t, title]) => entityGroup(q, t, title))), h("div", {}, pageGroup(q))),
    h("p", {}, h("a", {href: hashFor("timeline", null, {text: q})}, "→ events whose evidence mentions it")));
}
