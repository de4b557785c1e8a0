// A person's page (positions over time, events, co-occurring actors), and any other entity's.
import {api, badge, downloads, entityLink, h, hashFor, loading, pageLink, section, table} from "../dom.js";
import {dedupePosts, postRules} from "../posts.js";
import {eventList} from "./events.js";

function coActors(ref) {
  const box = h("div", {class: "coactors"}, loading());
  api("/ui/api/co-actors/" + encodeURIComponent(ref), {limit: 30}).then((rows) => {
    box.replaceChildren(h("p", {class: "small"}, downloads("/ui/api/co-actors/" + encodeURIComponent(ref), {limit: 30})),
      rows.length ? table(["actor", "type", "events together", "last"], rows.map((r) => [
      entityLink(r.entity_id, r.name), r.type || "", h("a", {href: hashFor("timeline", null, {actor: ref,
        ...(r.entity_id.startsWith("country:") ? {country: r.entity_id} : {})})}, String(r.n)), r.last || ""]))
      : h("p", {class: "muted"}, "Nobody else in its events."));
  }).catch((err) => box.replaceChildren(h("p", {class: "error"}, String(err.message || err))));
  return box;
}

function positions(rows) {
  if (!rows.length) return h("p", {class: "muted"}, "No position recorded.");
  return table(["title", "body", "country", "first seen", "last seen", "pages", "evidence"], rows.map((p) => [
    [h("b", {class: "post"}, p.title), (p.aliases || []).length ? h("div", {class: "muted small aliases"},
      "also " + p.aliases.join("、")) : null], p.body && p.body.includes(":") ? entityLink(p.body, p.body) : (p.body || ""), p.country || "", p.first_seen || "", p.last_seen || "",
    (p.doc_ids || []).slice(0, 4).map((doc, i) => [i ? " " : "", pageLink(doc, String(i + 1), {find: p.evidence})]),
    h("span", {class: "evq"}, p.evidence || "")]));
}

function header(e) {
  return [h("h1", {}, e.name, " ", badge(e.type, "etype"), " ", badge(e.entity_id, "id")),
    e.name_en || e.name_vi ? h("p", {class: "names"}, [e.name_en, e.name_vi].filter(Boolean).join(" · ")) : "",
    h("p", {class: "meta"}, e.country ? [entityLink("country:" + e.country, e.country), " · "] : null,
      (e.variants || []).length ? "also " + e.variants.join("、") + " · " : "",
      Object.entries(e.external || {}).map(([k, v]) => `${k} ${v}`).join(" · "), " · ",
      h("a", {href: hashFor("timeline", null, {actor: e.entity_id})}, "→ timeline"), " · ",
      h("a", {href: hashFor("network", null, {focus: e.entity_id})}, "→ network"))];
}

export async function render(main, ref, _params, current) {
  const [d, rules] = await Promise.all([api("/people/" + encodeURIComponent(ref)), postRules()]);
  if (!current()) return;
  const e = d.entity;
  main.append(...header(e),
    h("div", {class: "cols2"},
      section("Positions over time", positions(dedupePosts(d.positions || [], rules)),
        h("p", {class: "small"}, downloads("/ui/api/download/person/" + encodeURIComponent(e.entity_id), {}))),
      section("Events by type", table(["type", "events"], (d.events_by_type || []).map((t) => [
        h("a", {href: hashFor("timeline", null, {actor: e.entity_id, type: t.type})}, t.type), String(t.n)])))),
    section("Events", eventList("/ui/api/events", {actor: e.entity_id}, {limit: 15})),
    section("Co-occurring actors", coActors(e.entity_id)));
}

export async function renderEntity(main, ref, _params, current) {
  const e = await api("/entities/" + encodeURIComponent(ref));
  if (!current()) return;
  main.append(...header(e),
    section("Events", eventList("/ui/api/events", {actor: e.entity_id}, {limit: 15})),
    section("Co-occurring actors", coActors(e.entity_id)));
}
