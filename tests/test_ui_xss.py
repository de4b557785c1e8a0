"""Every piece of page text, title, brief and entity name is text in every view of the UI: a store
whose page carries script, img/onerror, svg/onload, attribute-breaking and javascript: payloads in
its title, body, brief headline and summary, URL, and (set on the extracted items) a person's name
and an event's participant, opened in every view in Chromium. No script runs (a window flag stays
unset, no dialog opens), no element comes out of the data, and the payload reads as text."""

from __future__ import annotations

import shutil
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES
from test_ui import ARGS, CHROMIUM, until

SCRIPT = "<script>window.hacked=1;alert(1)</script>"
IMG = '<img src=x onerror="window.hacked=2;alert(2)">'
LINK = '<a href="javascript:window.hacked=3">点我</a>'
SVG = "<svg onload=alert(4)><iframe src=javascript:alert(5)>"
QUOTE = '" onmouseover="window.hacked=6" x="'
NAME = "阮<img src=x onerror=alert(7)>雄"
PAGE = (f"越南与老挝举行会谈{SCRIPT}{QUOTE}\n\n"
        f"越通社河内——3月20日,越共中央总书记苏林在河内会见老挝人民革命党中央总书记通伦。{IMG}\n\n"
        f"双方一致同意{LINK}进一步深化越老特殊关系。{SVG}{NAME}出席。\n\n"
        "更多\n\n"
        f"会场。图自越通社{IMG}\n\n"
        f"越南外长会见柬埔寨外长{SCRIPT}\n\n"
        f"3月21日,外交部长在河内会见柬埔寨外交大臣{LINK},双方讨论合作。\n")
BAD = "main script, main img, main iframe, main object, main embed, main svg [onload], a[href^='javascript'], [onerror]"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from dipnet.consolidate import consolidate
    from dipnet.model import Entity
    from dipnet.pipeline import extract, process_inputs
    from dipnet.store import Store

    pages = tmp_path_factory.mktemp("pages")
    for p in EXAMPLES.iterdir():  # real-looking pages beside the hostile one, in a clone without the corpus too
        if p.suffix in (".txt", ".html"):
            shutil.copy(p, pages / p.name)
    doc = extract(PAGE, source="xss.txt", url="javascript:window.hacked=8")
    # a person no knowledge base knows, named on the page itself, and an event of theirs
    doc.entities.append(Entity(id="e-xss", type="PERSON", name=NAME, mentions=[NAME]))
    doc.events[0].participants[0] = NAME
    db = tmp_path_factory.mktemp("db") / "xss.duckdb"
    with Store(db) as store:
        store.add(doc)
        for d in process_inputs([str(pages)]):
            store.add(d)
        consolidate(store)
        briefs = store.rows("briefs")
        kb = store.rows("kb_entities")
    assert any(SCRIPT in (b["headline"] or "") for b in briefs) and any(LINK in (b["summary"] or "") for b in briefs)
    assert any(e["name"] == NAME for e in kb)
    return db


@pytest.fixture(scope="module")
def server(store_path: Path) -> Iterator[str]:
    from dipnet.serve import create_app
    from test_security import _serve

    for host, port in _serve(create_app(str(store_path))):
        yield f"http://{host}:{port}"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("browser tests need /usr/bin/chromium (apt-get install chromium chromium-driver)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


def _get(server: str, path: str) -> Any:
    import json
    import urllib.request

    with urllib.request.urlopen(server + path, timeout=10) as r:
        return json.loads(r.read())


@pytest.mark.slow
def test_no_payload_runs_in_any_view(browser: Any, server: str) -> None:
    pages = _get(server, "/ui/api/pages?limit=50")["items"]
    doc = next(d for d in pages if d["source"] == "xss.txt")
    person = next(e for e in _get(server, "/entities?" + urllib.parse.urlencode({"q": "阮<img"}))["items"])
    event = next(e for e in _get(server, "/events?limit=500")["items"] if NAME in e["participants"])
    views = {  # hash -> texts that must read as text there
        "#/pages": [SCRIPT],
        f"#/page/{urllib.parse.quote(doc['doc_id'], safe='')}": [SCRIPT, IMG, LINK, SVG, QUOTE.strip()],
        "#/search?" + urllib.parse.urlencode({"q": "老挝举行会谈"}): [SCRIPT],
        "#/search?" + urllib.parse.urlencode({"q": "阮<img"}): [NAME],
        f"#/event/{urllib.parse.quote(event['event_id'], safe='')}": [NAME],
        f"#/entity/{urllib.parse.quote(person['entity_id'], safe='')}": [NAME],
        f"#/person/{urllib.parse.quote(person['entity_id'], safe='')}": [NAME],
        "#/timeline": [NAME],
        "#/timeline?" + urllib.parse.urlencode({"text": "<script>", "actor": NAME}): [],
        "#/country/country:VN": [],
        "#/registry?country=VN": [],
        "#/network": [],
    }
    WAIT = {next(h for h in views if "q=%E8%80%81" in h): ".results[data-type=pages] li",
            next(h for h in views if "q=%E9%98%AE" in h): ".results[data-type=PERSON] li",
            "#/timeline": "li.event", "#/network": "svg.network g.node"}
    ctx = browser.new_context(viewport={"width": 1360, "height": 900}, base_url=server)
    pg = ctx.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        for hash_, texts in views.items():
            pg.goto("/ui/" + hash_)
            until(pg, "!!document.body.dataset.ready && document.body.dataset.rendered === location.hash")
            if hash_ in WAIT:  # parts that load after the view is up
                pg.wait_for_selector(WAIT[hash_], timeout=10_000)
            if hash_.startswith("#/page/"):  # the tooltip and the details panel name the items too
                pg.hover("#pagetext .hl >> nth=0")
                for n in range(min(pg.locator("#pagetext .hl").count(), 12)):
                    pg.click(f"#pagetext .hl >> nth={n}")
            if hash_ == "#/network" and pg.locator("svg.network g.node").count():
                pg.click("svg.network g.node >> nth=0")
            shown = pg.inner_text("body")
            for t in texts:
                assert t in shown, (hash_, t)
            assert pg.locator(BAD).count() == 0, hash_
            assert pg.evaluate("window.hacked") is None and not dialogs, (hash_, dialogs)
        assert pg.locator("a[href^='javascript']").count() == 0
    finally:
        ctx.close()
