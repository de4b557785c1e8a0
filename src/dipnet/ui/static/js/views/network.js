// The actor network: who meets whom, weighted, filtered by period and type. The server lays it out
// (dipnet.query.network, a seeded spring layout); here it is drawn with a legend, pan and zoom, and
// labels placed so that none overlaps another.
import {api, clear, downloads, entityHash, entityLink, h, hashFor, loading, s, table} from "../dom.js";
import {TYPES} from "./events.js";

const TYPE_COLOR = {PERSON: "#e15759", COUNTRY: "#4e79a7", ORG: "#59a14f", LOCATION: "#edc948"};
const TYPE_NAME = {PERSON: "person", COUNTRY: "country", ORG: "organization", LOCATION: "place"};
const FIELDS = ["from", "to", "type", "entity_type", "min_weight", "limit", "focus"];
const W = 1000, H = 700, M = 40, FONT = 11;

// labels that do not collide: the busiest actors first, each tried right, left, above and below its
// node, kept only where it overlaps no label already placed and no other node's circle. `sizes` holds
// each label's measured width, ascent and descent at a 1-unit font.
function placeLabels(nodes, k, sizes) {
  const px = FONT / k;  // a constant size on screen whatever the zoom
  const pad = 1.5 / k;
  const boxes = [];
  let overDots = false;  // the second pass: the ten busiest may cover another node's dot, never a label
  const hits = (b, self) => boxes.some((o) => b[0] < o[2] + pad && b[2] > o[0] - pad && b[1] < o[3] + pad && b[3] > o[1] - pad) ||
    (!overDots && nodes.some((n) => n !== self && b[0] < n.px + n.r && b[2] > n.px - n.r && b[1] < n.py + n.r && b[3] > n.py - n.r));
  const out = new Map();
  const order = [...nodes].sort((a, b) => b.events - a.events || a.entity_id.localeCompare(b.entity_id));
  for (const [i, n] of [...order, ...order.slice(0, 10)].entries()) {
    overDots = i >= order.length;
    if (out.has(n.entity_id)) continue;
    const [wu, asc, desc] = sizes.get(n.entity_id) || [1, 0.9, 0.25];
    const w = wu * px, up = asc * px, down = desc * px, gap = 2 / k;
    const mid = n.py + (up - down) / 2;
    const tries = [[n.px + n.r + gap, mid, "start"], [n.px - n.r - gap, mid, "end"],
      [n.px, n.py - n.r - gap - down, "middle"], [n.px, n.py + n.r + gap + up, "middle"]];
    for (const [x, y, anchor] of tries) {
      const x0 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
      const b = [x0, y - up, x0 + w, y + down];
      if (b[0] < 0 || b[2] > W || b[1] < 0 || b[3] > H || hits(b, n)) continue;
      boxes.push(b);
      out.set(n.entity_id, {x, y, anchor, px});
      break;
    }
  }
  return out;
}

function legend(nodes, maxE, maxW) {
  const types = [...new Set(nodes.map((d) => d.type || "?"))].sort();
  const dot = (r, fill) => s("svg", {width: 2 * r + 2, height: 2 * r + 2, class: "dot"},
    s("circle", {cx: r + 1, cy: r + 1, r, fill}));
  const line = (w) => s("svg", {width: 26, height: 10, class: "dot"}, s("line", {x1: 1, x2: 25, y1: 5, y2: 5, class: "edge",
    "stroke-width": w}));
  return h("div", {class: "legend netlegend"},
    types.map((t) => h("span", {class: "key"}, dot(5, TYPE_COLOR[t] || "#999"), TYPE_NAME[t] || "unknown type")),
    h("span", {class: "key"}, dot(4, "#bbb"), "1 event · ", dot(14, "#bbb"), ` ${maxE} events`),
    h("span", {class: "key"}, line(1), "1 event together · ", line(4.6), ` ${maxW}`));
}

function draw(res, focus, info) {
  const maxW = Math.max(1, ...res.edges.map((e) => e.weight));
  const maxE = Math.max(1, ...res.nodes.map((d) => d.events));
  // positions come from the server's layout (x, y in [0, 1]): the same data, the same picture
  const nodes = res.nodes.map((d) => ({...d, px: M + (d.x ?? 0.5) * (W - 2 * M), py: M + (d.y ?? 0.5) * (H - 2 * M),
    r: 4 + 10 * Math.sqrt(d.events / maxE)}));
  const at = new Map(nodes.map((d) => [d.entity_id, d]));
  const svg = s("svg", {class: "chart network", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network"});
  const view = s("g", {class: "viewport"});
  const gEdges = s("g", {class: "edges"}), gNodes = s("g", {class: "nodes"}), gLabels = s("g", {class: "labels"});
  res.edges.forEach((e, i) => {
    const a = at.get(e.source), b = at.get(e.target);
    if (!a || !b) return;
    gEdges.append(s("line", {x1: a.px, y1: a.py, x2: b.px, y2: b.py, class: "edge",
      "stroke-width": 0.6 + (4 * e.weight) / maxW, "data-a": a.entity_id, "data-b": b.entity_id, "data-i": i},
    s("title", {}, `${a.name} — ${b.name}: ${e.weight} event(s)`)));
  });
  function select(id) {
    const near = new Set([id]);
    for (const l of gEdges.children) {
      const hit = l.dataset.a === id || l.dataset.b === id;
      l.classList.toggle("hot", hit);
      if (hit) { near.add(l.dataset.a); near.add(l.dataset.b); }
    }
    for (const g of gNodes.children) g.classList.toggle("dim", !near.has(g.dataset.id));
    const d = at.get(id);
    const mine = res.edges.filter((e) => e.source === id || e.target === id).sort((x, y) => y.weight - x.weight);
    const name = (eid) => (at.get(eid) || {}).name || eid;
    info.replaceChildren(h("h3", {}, entityLink(id, d ? d.name : id)),
      h("p", {class: "muted"}, `${d ? d.events : 0} event(s) in the period · `,
        h("a", {href: hashFor("timeline", null, {actor: id})}, "→ timeline")),
      table(["with", "events"], mine.slice(0, 25).map((e) => {
        const other = e.source === id ? e.target : e.source;
        return [entityLink(other, name(other)), String(e.weight)];
      })));
  }
  for (const d of nodes) {
    const g = s("g", {class: "node", "data-id": d.entity_id, transform: `translate(${d.px.toFixed(1)},${d.py.toFixed(1)})`},
      s("circle", {r: d.r, fill: TYPE_COLOR[d.type] || "#999"}, s("title", {}, `${d.name} (${d.type || "?"}): ${d.events} event(s)`)));
    g.addEventListener("click", () => select(d.entity_id));
    g.addEventListener("dblclick", () => { location.hash = entityHash(d.entity_id); });
    gNodes.append(g);
  }
  view.append(gEdges, gNodes, gLabels);
  svg.append(view);

  // pan and zoom: a transform on the viewport; labels are placed again for each zoom level
  let k = 1, tx = 0, ty = 0, pending = false;
  const sizes = new Map();  // each label measured once, in the font it is drawn in
  function measure() {
    const probe = s("g", {class: "probe", visibility: "hidden"});
    view.append(probe);
    const texts = nodes.map((d) => probe.appendChild(s("text", {x: 0, y: 0, class: "nlabel", "font-size": 100},
      d.name || d.entity_id)));
    texts.forEach((t, i) => {
      const b = t.getBBox();
      sizes.set(nodes[i].entity_id, [b.width / 100, -b.y / 100, (b.y + b.height) / 100]);
    });
    probe.remove();
  }
  function labels() {
    pending = false;
    if (!svg.isConnected) { pending = true; requestAnimationFrame(labels); return; }
    if (!sizes.size) measure();
    // labels keep their size on screen: divided by the zoom and by how much the picture is scaled
    // down to fit its box (a phone shows fewer, readable labels rather than many unreadable ones)
    const fit = svg.getBoundingClientRect().width / W || 1;
    const placed = placeLabels(nodes, k * fit, sizes);
    gLabels.replaceChildren(...nodes.filter((d) => placed.has(d.entity_id)).map((d) => {
      const p = placed.get(d.entity_id);
      return s("text", {x: p.x, y: p.y, "text-anchor": p.anchor, class: "nlabel", "data-id": d.entity_id,
        "font-size": p.px, "stroke-width": 3 / (k * fit)}, d.name || d.entity_id);
    }));
    svg.dataset.labels = String(placed.size);
  }
  function apply() {
    view.setAttribute("transform", `translate(${tx.toFixed(2)},${ty.toFixed(2)}) scale(${k.toFixed(4)})`);
    svg.dataset.zoom = k.toFixed(3);
    if (!pending) { pending = true; requestAnimationFrame(labels); }
  }
  const zoomAt = (f, cx, cy) => {
    const nk = Math.min(12, Math.max(0.5, k * f));
    tx = cx - ((cx - tx) * nk) / k; ty = cy - ((cy - ty) * nk) / k; k = nk;
    apply();
  };
  const pt = (ev) => {
    const r = svg.getBoundingClientRect();
    return [((ev.clientX - r.left) / r.width) * W, ((ev.clientY - r.top) / r.height) * H];
  };
  svg.addEventListener("wheel", (ev) => { ev.preventDefault(); zoomAt(ev.deltaY < 0 ? 1.2 : 1 / 1.2, ...pt(ev)); },
    {passive: false});
  let drag = null;
  svg.addEventListener("pointerdown", (ev) => {
    if (ev.target.closest("g.node")) return;
    drag = [...pt(ev), tx, ty];
    svg.setPointerCapture(ev.pointerId);
    svg.classList.add("panning");
  });
  svg.addEventListener("pointermove", (ev) => {
    if (!drag) return;
    const [x, y] = pt(ev);
    tx = drag[2] + x - drag[0]; ty = drag[3] + y - drag[1];
    apply();
  });
  const stop = () => { drag = null; svg.classList.remove("panning"); };
  svg.addEventListener("pointerup", stop);
  svg.addEventListener("pointercancel", stop);
  const btn = (label, cls, fn) => h("button", {type: "button", class: cls, onclick: fn}, label);
  const tools = h("div", {class: "axistools"}, btn("＋", "zoomin", () => zoomAt(1.5, W / 2, H / 2)),
    btn("－", "zoomout", () => zoomAt(1 / 1.5, W / 2, H / 2)),
    btn("fit", "zoomreset", () => { k = 1; tx = 0; ty = 0; apply(); }),
    h("span", {class: "muted small"}, " wheel to zoom, drag to pan; click a node for its links, double-click to open it"));
  apply();
  if (focus && at.has(focus)) setTimeout(() => select(focus), 0);
  return h("div", {class: "netdraw"}, tools, svg, legend(res.nodes, maxE, maxW));
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
  const box = h("div", {class: "card netbox"}, loading("Laying out…"));
  main.append(h("h1", {}, "Actor network"), form, h("div", {class: "pagecols"}, box, h("aside", {}, info)));
  const res = await api("/ui/api/network", {from: p.from, to: p.to, type: p.type, entity_type: p.entity_type,
    min_weight: p.min_weight, limit: p.limit});
  if (!current()) return;
  clear(box).append(h("p", {class: "count"}, `${res.nodes.length} actor(s), ${res.edges.length} link(s)` +
    (res.edges.length >= res.limit ? ` (the ${res.limit} heaviest)` : ""), " · ",
  downloads("/ui/api/network", {from: p.from, to: p.to, type: p.type, entity_type: p.entity_type,
    min_weight: p.min_weight, limit: p.limit})),
  res.edges.length ? draw(res, p.focus, info) : h("p", {class: "muted"}, "No two actors met in this period."));
}
