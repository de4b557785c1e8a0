// The timeline: every event, filtered by country, person, type, status and dates; paged.
import {h, hashFor} from "../dom.js";
import {TYPES, eventList} from "./events.js";

const FIELDS = ["country", "actor", "type", "status", "from", "to", "text"];

export async function render(main, _arg, params) {
  const input = (name, label, attrs) => h("label", {}, label,
    h("input", {name, value: params[name] || "", ...attrs}));
  const select = (name, label, options) => h("label", {}, label,
    h("select", {name}, h("option", {value: ""}, "any"),
      options.map((o) => h("option", {value: o, selected: params[name] === o || null}, o))));
  const form = h("form", {class: "filters", id: "timeline-filters"},
    input("country", "Country", {placeholder: "VN, 越南, country:VN"}),
    input("actor", "Person / actor", {placeholder: "苏林, person:…"}),
    select("type", "Type", TYPES),
    select("status", "Status", ["occurred", "planned"]),
    input("from", "From", {placeholder: "YYYY[-MM[-DD]]", size: 10}),
    input("to", "To", {placeholder: "YYYY[-MM[-DD]]", size: 10}),
    input("text", "Text", {placeholder: "in evidence"}),
    h("button", {type: "submit"}, "Apply"),
    h("a", {href: "#/timeline", class: "reset"}, "reset"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const p = {};
    for (const f of FIELDS) if (data.get(f)) p[f] = String(data.get(f)).trim();
    location.hash = hashFor("timeline", null, p);
  });
  const q = {};
  for (const f of FIELDS) if (params[f]) q[f] = params[f];
  q.order = params.order || "desc";
  const orderLink = h("a", {href: hashFor("timeline", null, {...params, order: q.order === "asc" ? "desc" : "asc"}),
    class: "order"}, q.order === "asc" ? "oldest first ↑" : "newest first ↓");
  main.append(h("h1", {}, "Timeline"), form, h("p", {}, orderLink),
    eventList("/ui/api/events", q, {limit: 25, offset: params.offset}));
}
