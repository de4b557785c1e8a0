// The timeline's time axis: events placed by date in one lane per type (or channel), drawn as SVG
// sized to its box. Zoom by range: drag across the axis to select a range, the wheel or the buttons
// to zoom around a point, "whole range" to go back; each mark is a link to its event.
import {hashFor, h, s} from "./dom.js";

const PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
  "#9c755f", "#bab0ac", "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e"];
const DAY = 86400000;

// "2024", "2024-05", "2024-05-17" → the first (or with `end`, the last) millisecond of that span
export function when(text, end) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(String(text || ""));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) - 1 : null, m[3] ? Number(m[3]) : null];
  if (!end) return Date.UTC(y, mo ?? 0, d ?? 1);
  if (d !== null) return Date.UTC(y, mo, d) + DAY - 1;
  if (mo !== null) return Date.UTC(y, mo + 1, 1) - 1;
  return Date.UTC(y + 1, 0, 1) - 1;
}

const iso = (t) => new Date(t).toISOString().slice(0, 10);

function ticks(t0, t1, maxTicks) {
  const span = t1 - t0;
  const steps = [[1, "d"], [7, "d"], [1, "m"], [3, "m"], [6, "m"], [1, "y"], [2, "y"], [5, "y"], [10, "y"], [20, "y"], [50, "y"]];
  const size = ([n, u]) => n * (u === "d" ? DAY : u === "m" ? 30.4 * DAY : 365.25 * DAY);
  const [n, u] = steps.find((st) => span / size(st) <= maxTicks) || steps[steps.length - 1];
  const out = [];
  const d = new Date(t0);
  let cur = u === "y" ? Date.UTC(Math.floor(d.getUTCFullYear() / n) * n, 0, 1)
    : u === "m" ? Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / n) * n, 1)
      : Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  while (cur <= t1 && out.length < 200) {
    if (cur >= t0) out.push([cur, u === "y" ? String(new Date(cur).getUTCFullYear()) : u === "m" ? iso(cur).slice(0, 7) : iso(cur).slice(5)]);
    const c = new Date(cur);
    cur = u === "y" ? Date.UTC(c.getUTCFullYear() + n, 0, 1) : u === "m" ? Date.UTC(c.getUTCFullYear(), c.getUTCMonth() + n, 1)
      : cur + n * DAY;
  }
  return out;
}

// points: [{event_id, type, channel, status, date, end_date, participants}]; group: "type" | "channel"
export function timeAxis(points, group, onRange) {
  const dated = points.map((p) => ({...p, t0: when(p.date), t1: when(p.end_date || p.date, true)})).filter((p) => p.t0 !== null);
  const box = h("div", {class: "timeaxis"});
  if (!dated.length) { box.append(h("p", {class: "muted"}, "No dated events to place on the axis.")); return box; }
  const lo = Math.min(...dated.map((p) => p.t0)), hi = Math.max(...dated.map((p) => p.t1));
  const pad = Math.max(DAY, (hi - lo) * 0.02);
  const full = [lo - pad, hi + pad];
  let range = [...full];
  const groups = [...new Set(dated.map((p) => p[group] || "(none)"))].sort();
  const color = (g) => PALETTE[groups.indexOf(g) % PALETTE.length];
  const status = h("span", {class: "rangeinfo muted"});
  const btn = (label, cls, fn) => h("button", {type: "button", class: cls, onclick: fn}, label);
  const zoom = (f, at) => {
    const mid = at ?? (range[0] + range[1]) / 2;
    const a = mid - (mid - range[0]) * f, b = mid + (range[1] - mid) * f;
    set([Math.max(full[0], a), Math.min(full[1], Math.max(b, a + DAY))]);
  };
  const tools = h("div", {class: "axistools"}, btn("＋ zoom in", "zoomin", () => zoom(0.5)),
    btn("－ zoom out", "zoomout", () => zoom(2)), btn("whole range", "zoomreset", () => set([...full])), status,
    h("span", {class: "muted small"}, " · drag across the axis to zoom to a range"));
  const holder = h("div", {class: "axisholder"});
  const legend = h("div", {class: "legend"}, groups.map((g) => h("span", {class: "key"},
    h("i", {class: "swatch", style: {background: color(g)}}), g)),
  h("span", {class: "key"}, h("i", {class: "swatch hollow"}), "planned"));
  box.append(tools, holder, legend);

  function set(r) {
    range = r;
    draw();
    if (onRange) onRange(range[0] <= full[0] && range[1] >= full[1] ? null : [iso(range[0]), iso(range[1])]);
  }

  function draw() {
    const width = Math.max(280, holder.clientWidth || 900);
    const left = width < 500 ? 78 : 120, right = 10, top = 22, laneH = 24;
    const height = top + groups.length * laneH + 8;
    const x = (t) => left + ((t - range[0]) / (range[1] - range[0])) * (width - left - right);
    const svg = s("svg", {class: "chart timeline", viewBox: `0 0 ${width} ${height}`, width, height, role: "img",
      "aria-label": "events on a time axis", "data-from": iso(range[0]), "data-to": iso(range[1])});
    for (const [t, label] of ticks(range[0], range[1], Math.max(3, Math.floor((width - left) / 70)))) {
      svg.append(s("line", {x1: x(t), x2: x(t), y1: top - 4, y2: height - 4, class: "gridline"}),
        s("text", {x: x(t), y: 12, class: "axis", "text-anchor": "middle"}, label));
    }
    let shown = 0;
    groups.forEach((g, i) => {
      const y = top + i * laneH;
      const lane = s("g", {class: "lane", "data-group": g});
      lane.append(s("rect", {x: 0, y, width, height: laneH, class: i % 2 ? "laneband odd" : "laneband"}),
        s("text", {x: left - 6, y: y + 16, class: "lanelabel", "text-anchor": "end"}, g));
      for (const p of dated) {
        if ((p[group] || "(none)") !== g || p.t1 < range[0] || p.t0 > range[1]) continue;
        shown++;
        const a = Math.max(left, x(p.t0)), b = Math.min(width - right, x(p.t1));
        const title = s("title", {}, `${p.date}${p.end_date ? " – " + p.end_date : ""} ${p.type}` +
          (p.status === "planned" ? " (planned)" : "") + ": " + (p.participants || []).join("、"));
        const mark = b - a > 8
          ? s("rect", {x: a, y: y + 6, width: b - a, height: laneH - 12, rx: 3, fill: color(g), "fill-opacity": 0.55})
          : s("circle", {cx: (a + b) / 2, cy: y + laneH / 2, r: 4.5, fill: p.status === "planned" ? "#fff" : color(g),
            stroke: color(g), "stroke-width": 1.5});
        lane.append(s("a", {href: hashFor("event", p.event_id), class: "mark", "data-event": p.event_id,
          "data-status": p.status}, mark, title));
      }
      svg.append(lane);
    });
    // drag to select a range; the wheel zooms around the pointer
    const brush = s("rect", {class: "brush", x: 0, y: top - 6, width: 0, height: height - top});
    svg.append(brush);
    const toTime = (ev) => {
      const r = svg.getBoundingClientRect();
      const px = ((ev.clientX - r.left) / r.width) * width;
      return range[0] + ((px - left) / (width - left - right)) * (range[1] - range[0]);
    };
    let start = null;
    svg.addEventListener("pointerdown", (ev) => {
      if (ev.target.closest("a") || ev.button !== 0) return;
      start = toTime(ev);
      svg.setPointerCapture(ev.pointerId);
    });
    svg.addEventListener("pointermove", (ev) => {
      if (start === null) return;
      const a = x(Math.min(start, toTime(ev))), b = x(Math.max(start, toTime(ev)));
      brush.setAttribute("x", a);
      brush.setAttribute("width", Math.max(0, b - a));
    });
    svg.addEventListener("pointerup", (ev) => {
      if (start === null) return;
      const [a, b] = [Math.min(start, toTime(ev)), Math.max(start, toTime(ev))];
      start = null;
      if (x(b) - x(a) > 4) set([Math.max(full[0], a), Math.min(full[1], Math.max(b, a + DAY))]);
      else brush.setAttribute("width", 0);
    });
    svg.addEventListener("wheel", (ev) => {
      ev.preventDefault();
      zoom(ev.deltaY < 0 ? 0.8 : 1.25, toTime(ev));
    }, {passive: false});
    holder.replaceChildren(svg);
    status.textContent = ` ${iso(range[0])} – ${iso(range[1])} · ${shown} event(s) shown`;
    box.dataset.shown = String(shown);
  }
  box.redraw = draw;
  requestAnimationFrame(draw);
  let last = 0;
  window.addEventListener("resize", () => {
    if (!box.isConnected) return;
    const w = holder.clientWidth;
    if (w && w !== last) { last = w; draw(); }
  });
  box.zoomTo = (a, b) => set([Math.max(full[0], when(a)), Math.min(full[1], when(b, true))]);
  return box;
}
