// A page: its text with every extracted item highlighted on its evidence span (hover or click for
// type, date, actors, codes), its briefs, and the list of stored pages.
import {api, badge, clear, decodeUrl, downloads, entityLink, eventLink, h, hashFor, pageLink, pager, section, shortUrl,
  sourceText, table} from "../dom.js";

const KINDS = ["event", "fact", "relation", "role", "entity"];

function safeUrl(url) {
  return /^https?:\/\//i.test(url || "") ? url : null;
}

// cut the text at every item boundary; each piece knows the items that cover it
function pieces(text, items, extra) {
  const cuts = new Set([0, text.length, ...extra]);
  for (const it of items) { cuts.add(Math.max(0, it.start)); cuts.add(Math.min(text.length, it.end)); }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const byStart = [...items].sort((a, b) => a.start - b.start);
  const open = new Set();
  let k = 0;
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    while (k < byStart.length && byStart[k].start <= a) open.add(byStart[k++]);
    for (const it of [...open]) if (it.end <= a) open.delete(it);
    out.push({a, b, items: [...open].filter((it) => it.start <= a && it.end >= b)});
  }
  return out;
}

function detail(it) {
  const rows = [["kind", it.kind], ["type", it.label]];
  if (it.kind === "event") {
    rows.push(["status", it.status], ["date", it.date ? it.date + (it.end_date ? " – " + it.end_date : "") : "undated"],
      ["source", (it.source_actors || []).join("、")], ["target", (it.target_actors || []).join("、")],
      ["participants", (it.participants || []).join("、")], ["location", it.location], ["channel", it.channel],
      ["CAMEO", it.cameo], ["PLOVER", it.plover], ["trigger", it.attributes && it.attributes.trigger]);
  } else if (it.kind === "fact") {
    rows.push(["subject", it.subject], ["value", JSON.stringify(it.value) + " " + (it.unit || "")], ["as of", it.as_of]);
  } else if (it.kind === "relation") {
    rows.push(["between", it.a + " — " + it.b], ["since", it.since]);
  } else if (it.kind === "role") {
    rows.push(["person", it.person], ["title", it.title], ["as of", it.as_of], ["body", it.body], ["country", it.country]);
  } else {
    rows.push(["name", it.name], ["country", it.country]);
  }
  return h("div", {class: "item k-" + it.kind, "data-n": it.n},
    h("div", {}, badge(it.kind, "k-" + it.kind), " ", h("b", {}, it.label || ""), " ",
      it.event_id ? eventLink(it.event_id, "→ consolidated event") : null,
      it.kind === "entity" ? entityLink(it.entity_id, "→ " + it.name) : null),
    table([], rows.filter(([, v]) => v !== null && v !== undefined && v !== "").map(([k, v]) => [k, String(v)]), "kv"));
}

export async function render(main, docId, params, current) {
  const res = await api("/ui/api/pages/" + encodeURIComponent(docId));
  if (!current()) return;
  const doc = res.document;
  const text = doc.text || "";
  const items = res.items;
  let target = null;
  if (params.s !== undefined && params.e !== undefined) target = [Number(params.s), Number(params.e)];
  else if (params.find) {
    const at = text.indexOf(params.find);
    if (at >= 0) target = [at, at + params.find.length];
  }
  const briefStarts = res.briefs.filter((b) => b.start !== null).map((b) => b.start);
  const extra = [...briefStarts, ...(target || [])];
  const panel = h("div", {id: "detail", class: "card"}, h("p", {class: "muted"}, "Click a highlight for its details."));
  const tip = document.getElementById("tip");
  const textBox = h("div", {id: "pagetext", class: "pagetext", lang: "zh"});
  for (const p of pieces(text, items, extra)) {
    const chunk = text.slice(p.a, p.b);
    const kinds = [...new Set(p.items.map((i) => i.kind))];
    const inTarget = target && p.a >= target[0] && p.b <= target[1] && target[1] > target[0];
    if (!kinds.length && !inTarget && !briefStarts.includes(p.a)) { textBox.appendChild(document.createTextNode(chunk)); continue; }
    const span = h("span", {class: [kinds.length ? "hl" : "", ...kinds.map((k) => "k-" + k), inTarget ? "target" : ""].join(" ").trim(),
      "data-items": p.items.map((i) => i.n).join(" ")}, chunk);
    const bi = res.briefs.find((b) => b.start === p.a);
    if (bi) span.id = "brief-" + bi.idx;
    textBox.appendChild(span);
  }
  const itemsOf = (el) => (el.dataset.items || "").split(" ").filter(Boolean).map((n) => items[Number(n)]);
  textBox.addEventListener("mouseover", (ev) => {
    const el = ev.target.closest("span.hl");
    if (!el) { tip.hidden = true; return; }
    clear(tip).append(...itemsOf(el).map((it) => h("div", {}, badge(it.kind, "k-" + it.kind), " ", it.label || "",
      it.date ? " · " + it.date : "", it.participants ? " · " + it.participants.join("、") : "",
      it.cameo ? " · CAMEO " + it.cameo : "")));
    const r = el.getBoundingClientRect();
    tip.style.left = Math.min(window.innerWidth - 320, r.left) + "px";
    tip.style.top = (r.bottom + window.scrollY + 4) + "px";
    tip.hidden = false;
  });
  textBox.addEventListener("mouseleave", () => { tip.hidden = true; });
  textBox.addEventListener("click", (ev) => {
    const el = ev.target.closest("span.hl");
    if (!el) return;
    for (const x of textBox.querySelectorAll(".selected")) x.classList.remove("selected");
    el.classList.add("selected");
    clear(panel).append(...itemsOf(el).sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind)).map(detail));
  });
  const toggles = h("div", {class: "legend"}, KINDS.map((k) => {
    const n = items.filter((i) => i.kind === k).length;
    const cb = h("input", {type: "checkbox", checked: true, "data-kind": k});
    cb.addEventListener("change", () => textBox.classList.toggle("hide-" + k, !cb.checked));
    return h("label", {class: "k-" + k}, cb, ` ${k} (${n})`);
  }));
  const url = safeUrl(doc.url);
  const briefs = res.briefs.length ? section(`Briefs (${res.briefs.length})`, h("ol", {class: "briefs"},
    res.briefs.map((b) => h("li", {},
      h("a", {href: "#", class: "brief", onclick: (ev) => {
        ev.preventDefault();
        const el = document.getElementById("brief-" + b.idx);
        if (el) el.scrollIntoView({block: "center"});
      }}, b.headline || "(no headline)"),
      b.published ? h("span", {class: "muted"}, " · " + b.published) : null,
      b.summary ? h("div", {class: "summary"}, b.summary) : null)))) : null;
  const related = res.related.length ? section("Linked pages", h("ul", {}, res.related.map((r) =>
    h("li", {}, pageLink(r.doc_id, r.doc_id), ` ${r.kind}` + (r.score ? ` (${r.score.toFixed(2)})` : ""))))) : null;
  main.append(
    h("h1", {}, doc.title || doc.source),
    h("p", {class: "meta"}, sourceText(doc.source), url && url !== doc.source ? [" · ", h("a", {href: url,
      rel: "noopener noreferrer", target: "_blank", title: decodeUrl(url), class: "url"}, shortUrl(url, 40))] : null, doc.published ? " · published " + doc.published +
      (doc.published_method ? ` (${doc.published_method})` : "") : "", ` · ${items.length} item(s)`),
    toggles,
    h("div", {class: "pagecols"}, h("div", {class: "card textcard"}, textBox),
      h("aside", {}, panel, briefs, related)));
  const t = textBox.querySelector(".target");
  if (t) t.scrollIntoView({block: "center"});
}

export async function renderList(main, _arg, params, current) {
  const box = h("div", {});
  main.append(h("h1", {}, "Pages"), box);
  async function load(offset) {
    const res = await api("/ui/api/pages", {limit: 50, offset});
    if (!current()) return;
    history.replaceState(null, "", hashFor("pages", null, {offset: offset || null}));
    clear(box).append(h("p", {class: "count"}, `${res.total.toLocaleString()} page(s) · `,
      downloads("/ui/api/pages", {limit: 50, offset})),
    table(["published", "title", "source"], res.items.map((d) => [h("span", {class: "nowrap"}, d.published || ""),
      pageLink(d.doc_id, d.title || d.doc_id), sourceText(d.source)]), "grid pagelist"), pager(res, load));
  }
  await load(Number(params.offset || 0));
}
