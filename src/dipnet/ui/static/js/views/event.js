// One consolidated event with every page that reports it and the evidence of each.
import {api, badge, dateText, entityLink, h, hashFor, levelName, names, pageLink, section, sourceText, table} from "../dom.js";

export async function render(main, id, _params, current) {
  const [ev, levels] = await Promise.all([api("/events/" + encodeURIComponent(id)),
    api("/ui/api/event-levels/" + encodeURIComponent(id)).catch(() => [])]);
  if (!current()) return;
  const levelRows = levels.map((l) => [`${l.a} — ${l.b}`, h("b", {class: "level", "data-level": l.level}, levelName(l.level)),
    l.since ? "since " + l.since : "", h("span", {class: "evq"}, l.evidence || "")]);
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
      levels.length ? ["level set", [...new Set(levels.map((l) => levelName(l.level)))].join("; ")] : null,
    ].filter(Boolean), "kv")),
    levels.length ? section("Relationship level this event sets", table(["pair", "level", "since", "evidence"], levelRows, "grid levels"))
      : (ev.type === "RELATION_CHANGE" ? section("Relationship level this event sets",
        h("p", {class: "muted"}, "No level was read from this event's evidence.")) : ""),
    section("Evidence", h("ol", {class: "sources"}, (ev.sources || []).map((s) => h("li", {},
      h("blockquote", {class: "evidence"}, s.evidence || ""),
      pageLink(s.doc_id, ["→ ", sourceText(s.source || s.doc_id)], {start: s.start_char, end: s.end_char}),
      h("span", {class: "muted"}, ` · published ${s.published || "?"}` + (s.brief !== null ? ` · brief ${s.brief}` : "")))))),
    section("Actors", h("ul", {}, ids.map((eid, i) => h("li", {}, entityLink(eid, ev.participants[i]), " ",
      h("a", {href: hashFor("timeline", null, {actor: eid}), class: "muted"}, "→ timeline"))))));
}
