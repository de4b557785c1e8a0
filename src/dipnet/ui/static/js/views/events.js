// Event rows and paged event lists, shared by the timeline, dossiers and profiles.
import {api, badge, clear, dateText, downloads, errorBox, eventLink, h, loading, names, pageLink, pager,
  sourceText} from "../dom.js";

export const TYPES = ["VISIT", "MEET", "CALL", "MESSAGE", "AGREEMENT", "RELATION_CHANGE", "AID", "DEPLOYMENT",
  "CONFERENCE", "MULTILATERAL_ROLE", "STATEMENT", "ANNIVERSARY", "ELECTION", "LAW_ENFORCEMENT", "DISAPPROVE"];

export function eventRow(ev) {
  const src = (ev.sources || [])[0];
  const codes = [ev.cameo ? "CAMEO " + ev.cameo : null, ev.plover ? "PLOVER " + ev.plover : null].filter(Boolean);
  return h("li", {class: "event", "data-event": ev.event_id},
    h("div", {class: "evhead"},
      h("span", {class: "evdate"}, dateText(ev)),
      badge(ev.type, "t-" + ev.type),
      ev.status === "planned" ? badge("planned", "planned") : null,
      ev.channel ? badge(ev.channel, "chan") : null,
      h("span", {class: "actors"}, names(ev)),
      ev.location ? h("span", {class: "loc"}, " @ ", ev.location) : null,
      h("span", {class: "codes"}, codes.join(" · ")),
      eventLink(ev.event_id, "details")),
    src ? h("blockquote", {class: "evidence"}, src.evidence || "",
      " ", pageLink(src.doc_id, ["→ ", sourceText(src.source || src.doc_id)], {start: src.start_char, end: src.end_char}),
      (ev.sources || []).length > 1 ? h("span", {class: "muted"}, ` (+${ev.sources.length - 1} more pages)`) : null)
      : null);
}

// a paged list of events from `path` with `params`; returns the element at once and fills it
export function eventList(path, params, opts) {
  const box = h("div", {class: "eventlist"});
  const size = (opts && opts.limit) || 25;
  async function load(offset) {
    clear(box).appendChild(loading());
    try {
      const res = await api(path, {...params, limit: size, offset});
      clear(box);
      box.appendChild(h("p", {class: "count"}, `${res.total.toLocaleString()} event(s)`,
        opts && opts.download === false ? null : [" · ", downloads(path, params)]));
      box.appendChild(h("ol", {class: "events"}, res.items.map(eventRow)));
      if (res.total > size) box.appendChild(pager(res, load));
      if (opts && opts.onload) opts.onload(res);
    } catch (err) {
      clear(box).appendChild(errorBox(err));
    }
  }
  load(Number((opts && opts.offset) || 0));
  return box;
}
