// The router: #/view/arg?k=v → a view module's render(main, arg, params).
import {clear, errorBox, h, hashFor, loadVocabulary, loading} from "./dom.js";
import * as registry from "./views/registry.js";
import * as timeline from "./views/timeline.js";
import * as search from "./views/search.js";
import * as country from "./views/country.js";
import * as person from "./views/person.js";
import * as network from "./views/network.js";
import * as pageView from "./views/page.js";
import * as event from "./views/event.js";

const VIEWS = {
  registry: registry.render, timeline: timeline.render, search: search.render, country: country.render,
  person: person.render, entity: person.renderEntity, network: network.render, page: pageView.render,
  pages: pageView.renderList, event: event.render,
};

export function parseHash(hash) {
  const raw = (hash || "").replace(/^#\/?/, "");
  const [path, qs] = raw.split("?", 2);
  const [view, ...rest] = path.split("/");
  const arg = rest.length ? decodeURIComponent(rest.join("/")) : null;
  return {view: view || "registry", arg, params: Object.fromEntries(new URLSearchParams(qs || ""))};
}

let generation = 0;

async function route() {
  const {view, arg, params} = parseHash(location.hash);
  const main = document.getElementById("view");
  const mine = ++generation;
  for (const a of document.querySelectorAll("#nav a")) a.classList.toggle("active", a.dataset.view === view);
  const render = VIEWS[view];
  clear(main);
  document.body.dataset.view = view;
  if (!render) {
    main.appendChild(errorBox(new Error("no such view: " + view)));
    return;
  }
  main.setAttribute("aria-busy", "true");
  const wait = main.appendChild(loading());
  try {
    await loadVocabulary();
    await render(main, arg, params, () => mine === generation);
  } catch (err) {
    if (mine === generation) main.appendChild(errorBox(err));
  } finally {
    wait.remove();
    if (mine === generation) {
      main.removeAttribute("aria-busy");
      document.body.dataset.ready = view;
      // which address was rendered: a link's new hash stands before its hashchange event fires
      document.body.dataset.rendered = location.hash;
    }
  }
}

function setup() {
  document.getElementById("searchform").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = document.getElementById("searchbox").value.trim();
    if (q) location.hash = hashFor("search", null, {q});
  });
  window.addEventListener("hashchange", () => {
    document.body.dataset.ready = "";
    route();
  });
  route();
}

setup();
export {h};
