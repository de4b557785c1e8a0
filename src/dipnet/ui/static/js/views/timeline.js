// The timeline: events of a filter (country, person, type, status, dates, text) placed on a time
// axis, one lane per type or channel, zoomable by range; below it the same events as a paged list.
import {api, clear, errorBox, h, hashFor, loading} from "../dom.js";
import {timeAxis} from "../timeaxis.js";
import {TYPES, eventList} from "./events.js";

const FIELDS = ["country", "actor", "type", "status", "from", "to", "text"];

export async function render(main, _arg, params, current) {
  const input = (name, label, attrs) => h("label", {}, label,
    h("input", {name, value: params[name] || "", ...attrs}));
  const select = (name, label, options, none) => h("label", {}, label,
    h("select", {name}, none === false ? null : h("option", {value: ""}, "any"),
      options.map((o) => h("option", {value: o, selected: params[name] === o || null}, o))));
  const form = h("form", {class: "filters", id: "timeline-filters"},
    input("country", "Country", {placeholder: "VN, 越南, country:VN"}),
    input("actor", "Person / actor", {placeholder: "苏林, person:…"}),
    select("type", "Type", TYPES),
    select("status", "Status", ["occurred", "planned"]),
    input("from", "From", {placeholder: "YYYY[-MM[-DD]]", size: 10}),
    input("to", "To", {placeholder: "YYYY[-MM[-DD]]", size: 10}),
    input("text", "Text", {placeholder: "in evidence"}),
    select("group", "Lanes by", ["type", "channel"], false),
    h("button", {type: "submit"}, "Apply"),
    h("a", {href: "#/timeline", class: "reset"}, "reset"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const p = {};
    for (const f of [...FIELDS, "group"]) if (data.get(f)) p[f] = String(data.get(f)).trim();
    if (p.group === "type") delete p.group;
    location.hash = hashFor("timeline", null, p);
  });
  const q = {};
  for (const f of FIELDS) if (params[f]) q[f] = params[f];
  q.order = params.order || "desc";
  const group = params.group === "channel" ? "channel" : "type";
  const orderLink = h("a", {href: hashFor("timeline", null, {...params, order: q.order === "asc" ? "desc" : "asc"}),
    class: "order"}, q.order === "asc" ? "oldest first ↑" : "newest first ↓");
  const axisCard = h("section", {class: "card axiscard"}, loading("Placing events on the axis…"));
  const listBox = h("div", {});
  main.append(h("h1", {}, "Timeline"), form, axisCard, h("p", {}, orderLink), listBox);
  const list = (extra) => clear(listBox).append(eventList("/ui/api/events", {...q, ...extra}, {limit: 25, offset: params.offset}));
  list({});
  try {
    const {order: _o, ...filter} = q;
    const res = await api("/ui/api/timeline", filter);
    if (!current()) return;
    const axis = timeAxis(res.items, group, (r) => list(r ? {from: r[0], to: r[1]} : {}));
    clear(axisCard).append(h("h2", {}, "On the time axis ",
      h("span", {class: "muted small"}, res.complete ? `${res.items.length} event(s)` :
        `the latest ${res.items.length.toLocaleString()} of ${res.total.toLocaleString()} (narrow the filter for the rest)`)), axis);
  } catch (err) {
    clear(axisCard).append(errorBox(err));
  }
}
