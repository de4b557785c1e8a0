// Charts drawn as inline SVG: relationship levels over time, and events per year by type.
import {RANK, entityHash, h, levelName, s} from "./dom.js";

const LEVEL_COLOR = {diplomatic_relations: "#c9d6e3", comprehensive_partnership: "#8fb3d9",
  strategic_partnership: "#4f86c6", comprehensive_strategic_partnership: "#1f4e9c",
  comprehensive_strategic_cooperative_partnership: "#1f4e9c", special_relationship: "#b8322a"};
const PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
  "#9c755f", "#bab0ac", "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e"];

const yearOf = (d) => Number(String(d).slice(0, 4)) + (Number(String(d).slice(5, 7) || 1) - 1) / 12;

// one lane per partner, coloured by the highest level held from each date on
export function levelLanes(relations, opts) {
  const max = (opts && opts.max) || 40;
  const byPartner = new Map();
  for (const r of relations) {
    if (!r.in_force || !(r.level in RANK)) continue;
    if (!byPartner.has(r.partner)) byPartner.set(r.partner, {id: r.partner, name: r.partner_name, steps: []});
    byPartner.get(r.partner).steps.push(r);
  }
  const lanes = [...byPartner.values()];
  for (const l of lanes) {
    l.steps.sort((a, b) => String(a.in_force).localeCompare(String(b.in_force)));
    let top = -1;
    l.segs = [];
    for (const st of l.steps) {
      if (RANK[st.level] > top) { top = RANK[st.level]; l.segs.push(st); }
    }
    l.top = top;
  }
  lanes.sort((a, b) => b.top - a.top || String(a.segs[0].in_force).localeCompare(String(b.segs[0].in_force)));
  const shown = lanes.slice(0, max);
  if (!shown.length) return h("p", {class: "muted"}, "No relationship level recorded.");
  const now = new Date().getFullYear() + new Date().getMonth() / 12;
  const first = Math.floor(Math.min(...shown.map((l) => yearOf(l.segs[0].in_force))));
  const x0 = 130, width = 760, laneH = 16, top = 20;
  const sx = (y) => x0 + ((y - first) / Math.max(1, now - first)) * (width - x0 - 10);
  const height = top + shown.length * laneH + 10;
  const svg = s("svg", {class: "chart lanes", viewBox: `0 0 ${width} ${height}`, width, height, role: "img",
    "aria-label": "relationship levels over time"});
  const step = Math.max(1, Math.ceil((now - first) / 10));
  for (let y = first; y <= now; y += step) {
    svg.append(s("line", {x1: sx(y), x2: sx(y), y1: top - 4, y2: height - 6, class: "gridline"}),
      s("text", {x: sx(y), y: 12, class: "axis", "text-anchor": "middle"}, String(y)));
  }
  shown.forEach((l, i) => {
    const y = top + i * laneH;
    const label = s("a", {href: entityHash(l.id)}, s("text", {x: x0 - 6, y: y + 11, class: "lanelabel",
      "text-anchor": "end"}, l.name || l.id));
    svg.append(label);
    l.segs.forEach((st, k) => {
      const a = sx(yearOf(st.in_force));
      const b = k + 1 < l.segs.length ? sx(yearOf(l.segs[k + 1].in_force)) : sx(now);
      svg.append(s("rect", {x: a, y: y + 2, width: Math.max(2, b - a), height: laneH - 4, fill: LEVEL_COLOR[st.level],
        class: "seg", "data-level": st.level}, s("title", {}, `${l.name}: ${levelName(st.level)} from ${st.in_force}`)));
    });
  });
  const legend = h("div", {class: "legend"}, Object.entries(LEVEL_COLOR).filter(([k]) => k !== "comprehensive_strategic_cooperative_partnership")
    .map(([k, c]) => h("span", {class: "key"}, h("i", {class: "swatch", style: {background: c}}), levelName(k))));
  return h("div", {class: "chartbox"}, svg, legend,
    lanes.length > max ? h("p", {class: "muted"}, `${max} of ${lanes.length} partners shown (highest level first)`) : null);
}

// rows: [{type, year, n}] → stacked bars per year
export function stackedBars(rows, onPick) {
  const data = rows.filter((r) => r.year !== null && r.year !== undefined);
  if (!data.length) return h("p", {class: "muted"}, "No dated events.");
  const years = [...new Set(data.map((r) => r.year))].sort((a, b) => a - b);
  const types = [...new Set(data.map((r) => r.type))].sort();
  const color = (t) => PALETTE[types.indexOf(t) % PALETTE.length];
  const totals = years.map((y) => data.filter((r) => r.year === y).reduce((a, r) => a + r.n, 0));
  const peak = Math.max(...totals);
  const width = 760, height = 220, left = 40, bottom = 24, top = 10;
  const bw = Math.max(3, Math.min(40, (width - left - 10) / years.length - 2));
  const sy = (n) => ((height - top - bottom) * n) / peak;
  const svg = s("svg", {class: "chart bars", viewBox: `0 0 ${width} ${height}`, width, height, role: "img",
    "aria-label": "events per year by type"});
  svg.append(s("text", {x: 4, y: top + 8, class: "axis"}, String(peak)),
    s("line", {x1: left - 2, x2: width, y1: height - bottom, y2: height - bottom, class: "gridline"}));
  const labelEvery = Math.ceil(years.length / 16);
  years.forEach((y, i) => {
    const x = left + i * (bw + 2);
    let base = height - bottom;
    for (const t of types) {
      const r = data.find((d) => d.year === y && d.type === t);
      if (!r) continue;
      const hgt = sy(r.n);
      base -= hgt;
      const rect = s("rect", {x, y: base, width: bw, height: Math.max(1, hgt), fill: color(t), class: "bar",
        "data-year": y, "data-type": t}, s("title", {}, `${y} ${t}: ${r.n}`));
      if (onPick) rect.addEventListener("click", () => onPick(y, t));
      svg.append(rect);
    }
    if (i % labelEvery === 0) svg.append(s("text", {x: x + bw / 2, y: height - 8, class: "axis", "text-anchor": "middle"}, String(y)));
  });
  const legend = h("div", {class: "legend"}, types.map((t) => h("span", {class: "key"},
    h("i", {class: "swatch", style: {background: color(t)}}), t)));
  return h("div", {class: "chartbox"}, svg, legend);
}
