// A country dossier: levels over time, events per year by type, recent events, facts and sources.
import {api, badge, downloads, h, hashFor, levelName, pageLink, section, table} from "../dom.js";
import {levelLanes, stackedBars} from "../charts.js";
import {eventList} from "./events.js";

export async function render(main, ref, _params, current) {
  const d = await api("/countries/" + encodeURIComponent(ref));
  if (!current()) return;
  const e = d.entity;
  const cid = e.entity_id;
  const ext = e.external || {};
  const facts = d.facts || [];
  main.append(
    h("h1", {}, e.name, " ", badge(cid, "id")),
    e.name_en || e.name_vi ? h("p", {class: "names"}, [e.name_en, e.name_vi].filter(Boolean).join(" · ")) : "",
    h("p", {class: "meta"}, [ext.iso3166_alpha3, ext.wikidata].filter(Boolean).join(" · "),
      (e.variants || []).length ? " · also " + e.variants.join("、") : "", " · ",
      h("a", {href: hashFor("registry", null, {country: cid})}, "→ registry of its relations"), " · ",
      h("a", {href: hashFor("timeline", null, {country: cid})}, "→ all its events"), " · ",
      h("a", {href: hashFor("network", null, {focus: cid})}, "→ network")),
    section("Relationship levels over time", levelLanes(d.relations || [])),
    section("Events per year by type", stackedBars(d.events_by_type_year || [], (year, type) => {
      location.hash = hashFor("timeline", null, {country: cid, type, from: year, to: year});
    })),
    section("Recent events", eventList("/ui/api/events", {country: cid}, {limit: 10})),
    section(`Facts (${facts.length})`, facts.length ? table(["claim", "value", "unit", "as of", "first published",
      "evidence", "sources"], facts.map((f) => [f.predicate.replaceAll("_", " "), JSON.stringify(f.value), f.unit || "",
      f.as_of || "", f.first_published || "", h("span", {class: "evq"}, f.evidence || ""),
      (f.doc_ids || []).slice(0, 5).map((doc, i) => [i ? " " : "", pageLink(doc, "page " + (i + 1), {find: f.evidence})])]))
      : h("p", {class: "muted"}, "No facts recorded.")),
    section("Relations recorded", h("p", {class: "small"}, downloads("/ui/api/download/country/" + encodeURIComponent(cid), {})),
      table(["partner", "level", "since", "in force", "event"], (d.relations || []).map((r) => [
      h("a", {href: hashFor("country", r.partner)}, r.partner_name || r.partner), levelName(r.level), r.since || "",
      r.in_force || "", r.event_id ? h("a", {href: hashFor("event", r.event_id)}, "event") : ""]))));
}
