// The registry of relations: a country's partners by level on a date, with a date control that
// replays the ladder through time, and beside it the counts pages claimed for that date.
import {LEVELS, api, badge, clear, downloads, entityLink, errorBox, eventLink, h, hashFor, levelName, pageLink,
  section, table} from "../dom.js";

const today = () => new Date().toISOString().slice(0, 10);

function partnerCard(p, cid) {
  const doc = (p.doc_ids || [])[0];
  return h("li", {class: "partner", "data-partner": p.partner},
    h("div", {class: "phead"}, entityLink(p.partner, p.name),
      h("span", {class: "since"}, p.since ? "since " + p.since : (p.in_force ? "in force " + p.in_force : "")),
      (p.frameworks || []).map((f) => badge(f.replaceAll("_", " "), "fw")),
      p.exchanges_total ? h("span", {class: "muted", title: "events together up to this date"},
        ` ${p.exchanges_total} exchange(s)`) : null,
      h("a", {href: hashFor("timeline", null, {country: cid, actor: p.partner}), class: "muted",
        title: "events of the two"}, " ⟶ events")),
    p.evidence ? h("blockquote", {class: "evidence"}, p.evidence, " ",
      doc ? pageLink(doc, "→ page", {find: p.evidence}) : null,
      p.event_id ? [" ", eventLink(p.event_id, "→ event")] : null) : null,
    (p.history || []).length > 1 ? h("div", {class: "history muted"},
      p.history.map((x) => `${x.in_force} ${levelName(x.level)}`).join("  ›  ")) : null);
}

function ladder(res) {
  const groups = LEVELS.map(([key, label]) => [key, label, res.partners.filter((p) => p.level === key)]);
  const none = res.partners.filter((p) => !p.level);
  const box = h("div", {class: "ladder"});
  for (const [key, label, items] of groups) {
    if (!items.length) continue;
    box.appendChild(h("div", {class: "rung lvl-" + key, "data-level": key},
      h("h3", {}, label, " ", h("span", {class: "n"}, String(items.length))),
      h("ul", {class: "partners"}, items.map((p) => partnerCard(p, res.country.entity_id)))));
  }
  if (!box.childNodes.length) box.appendChild(h("p", {class: "muted"}, "No relationship level is recorded in force on this date."));
  if (none.length) {
    box.appendChild(h("details", {class: "rung none"},
      h("summary", {}, `Exchanges with no recorded level (${none.length})`),
      h("ul", {class: "partners"}, none.map((p) => partnerCard(p, res.country.entity_id)))));
  }
  return box;
}

function counts(res) {
  const claims = res.claims || [];
  return h("div", {class: "counts"},
    section("Registry counts on " + res.as_of,
      table(["count", "registry"], Object.entries(res.counts || {}).map(([k, v]) => [k.replaceAll("_", " "),
        h("b", {}, String(v))]))),
    section("Counts pages claimed (up to this date)",
      claims.length ? table(["claim", "as of", "claimed", "registry", "Δ", "page"], claims.map((c) => [
        c.predicate.replaceAll("_", " "), c.as_of || "", String(c.claimed), String(c.registry),
        h("span", {class: c.difference ? "diff" : "ok"}, c.difference > 0 ? "+" + c.difference : String(c.difference)),
        (c.doc_ids || []).slice(0, 3).map((d) => pageLink(d, "page", {find: c.evidence}))]))
        : h("p", {class: "muted"}, "No page claims a count up to this date.")));
}

export async function render(main, _arg, params, current) {
  const country = params.country || "VN";
  const dossier = await api("/countries/" + encodeURIComponent(country)).catch(() => null);
  if (!current()) return;
  const cid = dossier ? dossier.entity.entity_id : country;
  const changes = [...new Set((dossier ? dossier.relations : []).map((r) => r.in_force).filter(Boolean))].sort();
  const stops = [...changes, today()];
  let day = params.as_of || today();

  const dateInput = h("input", {type: "date", id: "asof", value: day});
  const slider = h("input", {type: "range", id: "asof-slider", min: 0, max: stops.length - 1, step: 1,
    value: stops.findIndex((d) => d >= day) < 0 ? stops.length - 1 : stops.findIndex((d) => d >= day), "aria-label": "replay through time"});
  const play = h("button", {type: "button", id: "play"}, "▶ replay");
  // the slider's labels: the date it stands on, and the years of its stops along it (thinned so
  // that they never run into each other)
  const out = h("output", {id: "asof-out", for: "asof-slider"}, day);
  const years = [];
  stops.forEach((d, i) => {
    const y = d.slice(0, 4);
    if (!years.length || years[years.length - 1][1] !== y) years.push([i, y]);
  });
  const pos = (i) => (stops.length > 1 ? (100 * i) / (stops.length - 1) : 0);
  const kept = [];  // a year label at least 16% of the slider from the one before (the last one always)
  for (const [i, y] of years) {
    if (kept.length && pos(i) - pos(kept[kept.length - 1][0]) < 16) {
      if (i === years[years.length - 1][0] && kept.length > 1) kept.pop(); else continue;
    }
    kept.push([i, y]);
  }
  const ticks2 = h("div", {class: "sliderticks", "aria-hidden": "true"}, kept.map(([i, y]) =>
    h("span", {class: "tick", style: {left: pos(i) + "%"}}, y)));
  const sliderBox = h("div", {class: "sliderbox"}, h("div", {class: "sliderrow"}, slider, out), ticks2);
  const dlBox = h("span", {class: "small"});
  const form = h("form", {class: "filters"},
    h("label", {}, "Country ", h("input", {name: "country", value: country, size: 8})),
    h("button", {type: "submit"}, "Show"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = hashFor("registry", null, {country: new FormData(form).get("country"), as_of: day});
  });
  const body = h("div", {class: "registry"});
  const title = h("h1", {});

  async function show(d) {
    day = d;
    dateInput.value = d;
    out.value = d;
    dlBox.replaceChildren(downloads("/ui/api/download/registry/" + encodeURIComponent(cid), {as_of: d}));
    history.replaceState(null, "", hashFor("registry", null, {country, as_of: d}));
    try {
      const res = await api("/registry/" + encodeURIComponent(cid), {as_of: d});
      if (day !== d || !current()) return;
      clear(title).append("Relations of ", entityLink(res.country.entity_id, res.country.name), " on ",
        h("span", {id: "asof-label"}, res.as_of));
      clear(body).append(h("div", {class: "main-col"}, ladder(res)), h("aside", {}, counts(res)));
      body.dataset.asof = res.as_of;
    } catch (err) {
      clear(body).appendChild(errorBox(err));
    }
  }
  dateInput.addEventListener("change", () => dateInput.value && show(dateInput.value));
  slider.addEventListener("input", () => show(stops[Number(slider.value)]));
  let timer = null;
  play.addEventListener("click", () => {
    if (timer) { clearInterval(timer); timer = null; play.textContent = "▶ replay"; return; }
    let i = 0;
    play.textContent = "■ stop";
    const step = () => {
      if (i >= stops.length || !current()) { clearInterval(timer); timer = null; play.textContent = "▶ replay"; return; }
      slider.value = i;
      show(stops[i++]);
    };
    step();
    timer = setInterval(step, 900);
  });
  const ticks = h("div", {class: "ticks muted"}, changes.length ? `${changes.length} change date(s): ${changes[0]} … ${changes[changes.length - 1]}` : "no recorded change");
  main.append(title, form, h("div", {class: "timectl"}, h("label", {}, "Date ", dateInput), sliderBox, play, ticks, dlBox), body);
  await show(day);
}
