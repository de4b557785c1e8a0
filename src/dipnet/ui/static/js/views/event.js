// One consolidated event with every page that reports it and the evidence of each.
import {api, badge, dateText, entityLink, h, hashFor, names, pageLink, section, table} from "../dom.js";

export async function render(main, id, _params, current) {
  const ev = await api("/events/" + encodeURIComponent(id));
  if (!current()) return;
  const ids = ev.participant_ids || [];
  main.append(
    h("h1", {}, badge(ev.type, "t-" + ev.type), " ", names(ev)),
    section("Event", table([], [
      ["id", ev.event_id], ["date", dateText(ev) + (ev.date_precision ? ` (${ev.date_precision})` : "")],
      ["status", ev.status], ["channel", ev.channel || ""],
      ["source", (ev.source_actors || []).join("、")], ["target", (ev.target_actors || []).join("、")],
      ["location", ev.location_id ? entityLink(ev.location_id, ev.location) : (ev.location || "")],
      ["CAMEO", ev.cameo || ""], ["PLOVER", ev.plover || ""],
      ["attributes", Object.entries(ev.attributes || {}).map(([k, v]) => `${k}: ${v}`).join(" · ")],
      ["reports", `${ev.n_mentions} mention(s) on ${ev.n_pages} page(s)`],
    ], "kv")),
    section("Evidence", h("ol", {class: "sources"}, (ev.sources || []).map((s) => h("li", {},
      h("blockquote", {class: "evidence"}, s.evidence || ""),
      pageLink(s.doc_id, "→ " + (s.source || s.doc_id), {start: s.start_char, end: s.end_char}),
      h("span", {class: "muted"}, ` · published ${s.published || "?"}` + (s.brief !== null ? ` · brief ${s.brief}` : "")))))),
    section("Actors", h("ul", {}, ids.map((eid, i) => h("li", {}, entityLink(eid, ev.participants[i]), " ",
      h("a", {href: hashFor("timeline", null, {actor: eid}), class: "muted"}, "→ timeline"))))));
}
