// The actor network: who meets whom, weighted, filtered by period and type, laid out by a small
// force simulation run here (at most a few hundred edges come from the server).
import {api, clear, entityHash, entityLink, h, hashFor, s, table} from "../dom.js";
import {TYPES} from "./events.js";

const TYPE_COLOR = {PERSON: "#e15759", COUNTRY: "#4e79a7", ORG: "#59a14f", LOCATION: "#edc948"};
const FIELDS = ["from", "to", "type", "entity_type", "min_weight", "limit", "focus"];

function layout(nodes, edges, width, height) {
  const n = nodes.length;
  // deterministic start on a circle, so the same data always draws the same picture
  nodes.forEach((d, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    d.x = width / 2 + (width / 3) * Math.cos(a);
    d.y = height / 2 + (height / 3) * Math.sin(a);
  });
  const idx = new Map(nodes.map((d, i) => [d.entity_id, i]));
  const links = edges.map((e) => [idx.get(e.source), idx.get(e.target), e.weight]).filter(([a, b]) => a !== undefined && b !== undefined);
  const k = Math.sqrt((width * height) / Math.max(1, n)) * 0.6;
  const iterations = n > 300 ? 120 : 250;
  for (let it = 0; it < iterations; it++) {
    const t = (width / 10) * (1 - it / iterations) + 1;
    const dx = new Float64Array(n), dy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y;
        const d2 = Math.max(0.01, x * x + y * y), f = (k * k) / d2;
        x *= f; y *= f;
        dx[i] += x; dy[i] += y; dx[j] -= x; dy[j] -= y;
      }
    }
    for (const [a, b, w] of links) {
      const x = nodes[a].x - nodes[b].x, y = nodes[a].y - nodes[b].y;
      const d = Math.max(0.01, Math.hypot(x, y)), f = (d / k) * Math.min(3, 1 + Math.log(w));  // |F| = d²/k, over d
      dx[a] -= x * f; dy[a] -= y * f; dx[b] += x * f; dy[b] += y * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i] += (width / 2 - nodes[i].x) * 0.01; dy[i] += (height / 2 - nodes[i].y) * 0.01;  // gravity
      const d = Math.max(0.01, Math.hypot(dx[i], dy[i])), m = Math.min(d, t);
      nodes[i].x = Math.min(width - 20, Math.max(20, nodes[i].x + (dx[i] / d) * m));
      nodes[i].y = Math.min(height - 20, Math.max(20, nodes[i].y + (dy[i] / d) * m));
    }
  }
  return links;
}

function draw(res, focus, info) {
  const width = 900, height = 620;
  const nodes = res.nodes.map((d) => ({...d}));
  const links = layout(nodes, res.edges, width, height);
  const maxW = Math.max(1, ...res.edges.map((e) => e.weight));
  const maxE = Math.max(1, ...nodes.map((d) => d.events));
  const svg = s("svg", {class: "chart network", viewBox: `0 0 ${width} ${height}`, width, height, role: "img",
    "aria-label": "actor network"});
  const gEdges = s("g", {class: "edges"}), gNodes = s("g", {class: "nodes"});
  links.forEach(([a, b, w], i) => {
    gEdges.append(s("line", {x1: nodes[a].x, y1: nodes[a].y, x2: nodes[b].x, y2: nodes[b].y, class: "edge",
      "stroke-width": 0.6 + (4 * w) / maxW, "data-a": nodes[a].entity_id, "data-b": nodes[b].entity_id, "data-i": i},
    s("title", {}, `${nodes[a].name} — ${nodes[b].name}: ${w} event(s)`)));
  });
  const labelled = new Set([...nodes].sort((x, y) => y.events - x.events).slice(0, 40).map((d) => d.entity_id));
  function select(id) {
    const near = new Set([id]);
    for (const l of gEdges.children) {
      const hit = l.dataset.a === id || l.dataset.b === id;
      l.classList.toggle("hot", hit);
      if (hit) { near.add(l.dataset.a); near.add(l.dataset.b); }
    }
    for (const g of gNodes.children) g.classList.toggle("dim", !near.has(g.dataset.id));
    const d = nodes.find((x) => x.entity_id === id);
    const mine = res.edges.filter((e) => e.source === id || e.target === id).sort((x, y) => y.weight - x.weight);
    const name = (eid) => (nodes.find((x) => x.entity_id === eid) || {}).name || eid;
    info.replaceChildren(h("h3", {}, entityLink(id, d ? d.name : id)),
      h("p", {class: "muted"}, `${d ? d.events : 0} event(s) in the period · `,
        h("a", {href: hashFor("timeline", null, {actor: id})}, "→ timeline")),
      table(["with", "events"], mine.slice(0, 25).map((e) => {
        const other = e.source === id ? e.target : e.source;
        return [entityLink(other, name(other)), String(e.weight)];
      })));
  }
  for (const d of nodes) {
    const r = 4 + 10 * Math.sqrt(d.events / maxE);
    const g = s("g", {class: "node", "data-id": d.entity_id, transform: `translate(${d.x.toFixed(1)},${d.y.toFixed(1)})`},
      s("circle", {r, fill: TYPE_COLOR[d.type] || "#999"}, s("title", {}, `${d.name} (${d.type || "?"}): ${d.events} event(s)`)),
      labelled.has(d.entity_id) ? s("text", {x: r + 2, y: 4, class: "nlabel"}, d.name || d.entity_id) : null);
    g.addEventListener("click", () => select(d.entity_id));
    g.addEventListener("dblclick", () => { location.hash = entityHash(d.entity_id); });
    gNodes.append(g);
  }
  svg.append(gEdges, gNodes);
  if (focus && nodes.some((d) => d.entity_id === focus)) setTimeout(() => select(focus), 0);
  return svg;
}

export async function render(main, _arg, params, current) {
  const p = Object.fromEntries(FIELDS.filter((f) => params[f]).map((f) => [f, params[f]]));
  const input = (name, label, attrs) => h("label", {}, label, h("input", {name, value: p[name] || "", ...attrs}));
  const select = (name, label, options) => h("label", {}, label, h("select", {name}, h("option", {value: ""}, "any"),
    options.map((o) => h("option", {value: o, selected: p[name] === o || null}, o))));
  const form = h("form", {class: "filters", id: "network-filters"},
    input("from", "From", {placeholder: "YYYY[-MM[-DD]]", size: 10}), input("to", "To", {placeholder: "YYYY[-MM[-DD]]", size: 10}),
    select("type", "Event type", TYPES), select("entity_type", "Actors", ["PERSON", "COUNTRY", "ORG"]),
    input("min_weight", "Min. events", {type: "number", min: 1, size: 3}),
    input("limit", "Max. edges", {type: "number", min: 1, max: 400, size: 4, placeholder: "150"}),
    h("button", {type: "submit"}, "Apply"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const q = {};
    for (const f of FIELDS) if (data.get(f)) q[f] = String(data.get(f)).trim();
    if (p.focus) q.focus = p.focus;
    location.hash = hashFor("network", null, q);
  });
  const info = h("div", {class: "card", id: "netinfo"}, h("p", {class: "muted"}, "Click a node to see whom it meets; double-click to open it."));
  const box = h("div", {class: "card netbox"}, h("p", {class: "muted"}, "Laying out…"));
  main.append(h("h1", {}, "Actor network"), form, h("div", {class: "pagecols"}, box, h("aside", {}, info)));
  const res = await api("/ui/api/network", {from: p.from, to: p.to, type: p.type, entity_type: p.entity_type,
    min_weight: p.min_weight, limit: p.limit});
  if (!current()) return;
  clear(box).append(h("p", {class: "count"}, `${res.nodes.length} actor(s), ${res.edges.length} link(s)` +
    (res.edges.length >= res.limit ? ` (the ${res.limit} heaviest)` : "")),
  res.edges.length ? draw(res, p.focus, info) : h("p", {class: "muted"}, "No two actors met in this period."));
}
