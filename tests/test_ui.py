"""The web UI, driven in headless Chromium (Playwright over the system's /usr/bin/chromium): a store
built from the seed pages plus an invented page whose text holds markup, the real server (uvicorn)
on a free port, and every view opened, filtered and clicked through. Screenshots of each view go to
tests/artifacts/ui/ (the path is printed; set DIPNET_UI_SHOTS=DIR to keep them elsewhere). The checks
of issue 15 (each view fits 1440 and 390 px, the time axis, the network's layout, downloads, the
search box, the loading state, offline /docs) are at the end, marked slow."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import SEEDS, require_corpus

CHROMIUM = Path("/usr/bin/chromium")
# how long a view may take to render: generous, as a loaded two-core CI machine needs (not a speed test)
WAIT_MS = 30_000
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
EVIL = ("越南与老挝举行会谈<script>window.hacked=1</script>\n\n"
        "越通社河内——3月20日,越共中央总书记苏林在河内会见老挝人民革命党中央总书记通伦。"
        "<img src=x onerror=\"window.hacked=2\"><b>粗体</b>&lt;i&gt;\n\n"
        "双方一致同意<script>window.hacked=3</script>进一步深化越老特殊关系。\n")

def test_static_assets_ship_with_the_package() -> None:
    from dipnet.ui import STATIC

    for name in ("index.html", "app.css", "js/app.js", "js/dom.js", "js/views/page.js"):
        assert (STATIC / name).is_file(), name
    for f in STATIC.rglob("*"):
        if f.suffix in (".js", ".html"):
            body = f.read_text(encoding="utf-8")
            assert "innerHTML" not in body and "insertAdjacentHTML" not in body and "document.write" not in body, f
            assert "http://" not in body.replace("http://www.w3.org/2000/svg", "") and "https://" not in body, f


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from click.testing import CliRunner

    from dipnet.cli import main

    require_corpus()  # the views are checked on the real seed pages
    pages = tmp_path_factory.mktemp("pages")
    for p in SEEDS:
        shutil.copy(p, pages / p.name)
    (pages / "zz_evil.txt").write_text(EVIL, encoding="utf-8")
    db = tmp_path_factory.mktemp("db") / "ui.duckdb"
    out = CliRunner().invoke(main, ["ingest", str(pages), "--db", str(db)])
    assert out.exit_code == 0, out.output
    from dipnet.store import Store

    with Store(db) as store:
        if not store.count("kb_events"):
            from dipnet.consolidate import consolidate

            consolidate(store)
    return db


@pytest.fixture(scope="module")
def server(store_path: Path) -> Iterator[str]:
    import uvicorn

    from dipnet.serve import create_app
    from dipnet.ui import mount_ui

    app = create_app(str(store_path))
    if not any(str(getattr(r, "path", "")).startswith("/ui") for r in app.routes):
        mount_ui(app)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(5)


@pytest.fixture(scope="module")
def shots() -> Path:
    # kept after the run for a look (tests/artifacts is ignored by git); DIPNET_UI_SHOTS=DIR elsewhere
    where = Path(os.environ.get("DIPNET_UI_SHOTS") or Path(__file__).parent / "artifacts" / "ui")
    where.mkdir(parents=True, exist_ok=True)
    print(f"\nUI screenshots: {where}")
    return where


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("browser tests need /usr/bin/chromium (apt-get install chromium chromium-driver)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1360, "height": 900}, base_url=server)
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("request", lambda r: errors.append("off-site request: " + r.url) if not r.url.startswith(server) else None)
    yield pg
    ctx.close()
    assert not errors, errors


# ---- the UI's own read queries, without a browser ------------------------------------------------
@pytest.fixture(scope="module")
def q(store_path: Path) -> Iterator[Any]:
    from dipnet.query import Query
    from dipnet.store import Store

    with Store(store_path, read_only=True) as store:
        yield Query(store)


def test_page_view_puts_every_item_on_its_span(q: Any) -> None:
    from dipnet.query import pages

    listing = pages.pages(q, limit=50)
    doc = next(d for d in listing["items"] if d["source"].startswith("003_"))
    view = pages.page_view(q, doc["doc_id"])
    text = view["document"]["text"]
    kinds = {i["kind"] for i in view["items"]}
    assert {"event", "fact", "relation", "role", "entity"} <= kinds
    for it in view["items"]:
        assert 0 <= it["start"] < it["end"] <= len(text)
        if it["kind"] in ("fact", "relation", "role"):
            assert text[it["start"]:it["end"]] == it["evidence"]
        if it["kind"] == "event":
            assert it["event_id"] and it["event_id"].startswith("ev:")
    assert len(view["briefs"]) == 7 and all(b["start"] is not None for b in view["briefs"])
    with pytest.raises(Exception, match="no such page"):
        pages.page_view(q, "nope")


def test_events_status_filter_network_and_co_actors(q: Any) -> None:
    from dipnet.query import pages

    planned = pages.events(q, status="planned", limit=50)
    assert planned["total"] > 0 and {e["status"] for e in planned["items"]} == {"planned"}
    both = pages.events(q, limit=1)["total"]
    occurred = pages.events(q, status="occurred", limit=1)["total"]
    assert planned["total"] + occurred == both
    visits = pages.events(q, status="planned", type="VISIT", country="RU", limit=50)
    assert visits["items"] and all(e["type"] == "VISIT" for e in visits["items"])
    net = pages.network(q, limit=20)
    ids = {n["entity_id"] for n in net["nodes"]}
    assert len(net["edges"]) <= 20 and all(e["source"] in ids and e["target"] in ids for e in net["edges"])
    assert pages.network(q, date_from="2026", date_to="2026")["edges"]
    co = pages.co_actors(q, "苏林")
    assert co and co[0]["n"] >= co[-1]["n"] and all(c["entity_id"] != "person:to-lam" for c in co)


def test_network_layout_is_stable_and_fills_its_frame(q: Any) -> None:
    from dipnet.query import network, pages

    net = pages.network(q, limit=150)
    one = network.layout(net["nodes"], net["edges"])
    two = network.layout(list(reversed(net["nodes"])), list(reversed(net["edges"])))
    assert {n["entity_id"]: (n["x"], n["y"]) for n in one} == {n["entity_id"]: (n["x"], n["y"]) for n in two}
    xs, ys = [n["x"] for n in one], [n["y"] for n in one]
    assert min(xs) >= 0 and min(ys) >= 0 and max(xs) <= 1 and max(ys) <= 1
    assert max(xs) - min(xs) > 0.6 or max(ys) - min(ys) > 0.6  # not crushed into a corner by a far pair
    # a lone pair beside a big component: the big one keeps most of the frame
    big = [{"source": f"a{i}", "target": f"a{j}", "weight": 1} for i in range(12) for j in range(i + 1, 12) if j - i < 3]
    nodes = [{"entity_id": f"a{i}"} for i in range(12)] + [{"entity_id": "z1"}, {"entity_id": "z2"}]
    placed = {n["entity_id"]: (n["x"], n["y"]) for n in network.layout(nodes, [*big, {"source": "z1", "target": "z2",
                                                                                        "weight": 5}])}
    def span(axis: int) -> float:
        return max(placed[f"a{i}"][axis] for i in range(12)) - min(placed[f"a{i}"][axis] for i in range(12))

    assert max(span(0), span(1)) > 0.6 and placed["z1"] != placed["z2"]


def test_downloads_write_the_rows_as_csv_and_json(q: Any) -> None:
    import csv
    import io
    import json

    from dipnet.errors import QueryError
    from dipnet.query import pages
    from dipnet.ui import download

    evs = pages.events(q, type="VISIT", limit=5)["items"]
    rows = download.event_rows(q, evs)
    assert [r["event_id"] for r in rows] == [e["event_id"] for e in evs]
    assert all(p["id"] for r in rows for p in r["participants"]) and rows[0]["sources"][0]["span"]
    res = download.respond(rows, "csv", "events/VISIT 2026")
    assert res.headers["content-disposition"] == 'attachment; filename="dipnet-events-VISIT-2026.csv"'
    got = list(csv.DictReader(io.StringIO(res.body.decode("utf-8-sig"))))
    assert [r["event_id"] for r in got] == [e["event_id"] for e in evs]
    assert json.loads(got[0]["participants"]) == rows[0]["participants"]
    body = json.loads(download.respond(rows, "json", "events", {"type": "VISIT"}).body)
    assert body["query"] == {"type": "VISIT"} and body["total"] == len(rows)
    with pytest.raises(QueryError, match="no such download format: xls"):
        download.check("xls")


# ---- in the browser -------------------------------------------------------------------------------
def visit(pg: Any, hash_: str, view: str) -> None:
    pg.goto("/ui/" + hash_)
    pg.wait_for_selector(f"body[data-ready='{view}']", timeout=WAIT_MS)


def until(pg: Any, js: str, timeout: float = WAIT_MS / 1000) -> None:
    """Poll a JS expression (wait_for_function evaluates strings, which the UI's CSP forbids)."""
    end = time.monotonic() + timeout
    while not pg.evaluate(js):
        if time.monotonic() > end:
            state = pg.evaluate("JSON.stringify({...document.body.dataset, hash: location.hash, "
                                "busy: document.getElementById('view') && document.getElementById('view').getAttribute('aria-busy')})")
            raise AssertionError(f"timed out waiting for {js}: {state}")
        time.sleep(0.05)


def go(pg: Any, view: str) -> None:
    """Wait for `view` rendered at the current address (not the view still shown before a click's
    hashchange has fired)."""
    until(pg, f"document.body.dataset.ready === '{view}' && document.body.dataset.rendered === location.hash")


@pytest.mark.slow
def test_registry_replays_the_ladder(page: Any, shots: Path) -> None:
    visit(page, "#/registry?country=VN&as_of=2026-12-31", "registry")
    page.wait_for_selector(".rung li.partner")
    assert "越南" in page.inner_text("h1")
    strategic = page.inner_text(".rung[data-level='strategic_partnership']")
    assert "意大利" in strategic and "since 2013" in strategic
    assert page.locator(".rung .evidence .pagelink").count() > 0
    assert "diplomatic relations count" in page.inner_text(".counts")
    page.screenshot(path=str(shots / "registry.png"), full_page=True)
    # back before any recorded level (1950): the ladder empties, then replays forward
    page.fill("#asof", "1940-01-01")
    page.dispatch_event("#asof", "change")
    page.wait_for_selector(".registry[data-asof='1940-01-01']")
    assert page.locator(".rung[data-level] li.partner").count() == 0
    page.eval_on_selector("#asof-slider", "el => { el.value = el.max; el.dispatchEvent(new Event('input')); }")
    until(page, "document.querySelector('.registry').dataset.asof !== '1940-01-01'")
    page.wait_for_selector(".rung[data-level='strategic_partnership'] li.partner")
    # a partner's evidence opens its page with the evidence marked
    page.click(".rung[data-level='strategic_partnership'] .evidence .pagelink >> nth=0")
    go(page, "page")
    assert page.locator("#pagetext .target").count() > 0


@pytest.mark.slow
def test_timeline_filters_and_pages(page: Any, shots: Path) -> None:
    visit(page, "#/timeline", "timeline")
    page.wait_for_selector("li.event")
    total = int(page.inner_text(".eventlist .count").split()[0].replace(",", ""))
    assert total > 25 and page.locator("li.event").count() == 25
    first = page.get_attribute("li.event >> nth=0", "data-event")
    page.click(".pager button:has-text('next')")
    until(page, f"(document.querySelector('li.event')?.dataset.event ?? '{first}') !== '{first}'")
    assert "26–" in page.inner_text(".pginfo")
    page.screenshot(path=str(shots / "timeline.png"), full_page=True)
    page.select_option("select[name=type]", "VISIT")
    page.select_option("select[name=status]", "planned")
    page.click("#timeline-filters button[type=submit]")
    go(page, "timeline")
    page.wait_for_selector(".eventlist .count")
    badges = page.locator("li.event .badge.planned")
    assert badges.count() == page.locator("li.event").count() > 0
    types = page.locator("li.event .evhead > .badge:nth-child(2)").all_inner_texts()
    assert types and set(types) == {"VISIT"}
    page.fill("input[name=country]", "俄罗斯")
    page.select_option("select[name=status]", "")
    page.fill("input[name=from]", "2026-03")
    page.click("#timeline-filters button[type=submit]")
    go(page, "timeline")
    page.wait_for_selector("li.event")
    assert "俄罗斯" in page.inner_text("li.event >> nth=0")
    # an event's page, and from it the evidence on its page
    page.click("li.event .evlink >> nth=0")
    go(page, "event")
    assert "VISIT" in page.inner_text("h1")
    page.click("ol.sources .pagelink >> nth=0")
    go(page, "page")
    assert "访问" in "".join(page.locator("#pagetext .target").all_inner_texts())


@pytest.mark.slow
def test_search_person_and_coactors(page: Any, shots: Path) -> None:
    visit(page, "#/registry", "registry")
    page.fill("#searchbox", "苏林")
    page.press("#searchbox", "Enter")
    go(page, "search")
    page.wait_for_selector(".results[data-type=PERSON] li a")
    page.wait_for_selector(".results[data-type=pages] li")
    assert page.locator(".results[data-type=pages] li").count() >= 1
    page.screenshot(path=str(shots / "search.png"), full_page=True)
    page.click(".results[data-type=PERSON] li a:has-text('苏林')")
    go(page, "person")
    page.wait_for_selector(".coactors table")
    assert "苏林" in page.inner_text("h1")
    assert page.locator(".eventlist li.event").count() > 0
    assert "总书记" in page.inner_text("main")
    page.screenshot(path=str(shots / "person.png"), full_page=True)
    page.click(".coactors a.ent >> nth=0")
    until(page, "location.hash.indexOf('to-lam') < 0 && !!document.body.dataset.ready "
                "&& document.body.dataset.rendered === location.hash")
    assert page.locator("h1").count() == 1


@pytest.mark.slow
def test_country_dossier(page: Any, shots: Path) -> None:
    visit(page, "#/country/country:VN", "country")
    page.wait_for_selector(".eventlist li.event")
    assert page.locator("svg.lanes rect.seg").count() >= 5
    assert page.locator("svg.bars rect.bar").count() >= 3
    assert "strategic partnerships count" in page.inner_text("main")
    page.screenshot(path=str(shots / "country.png"), full_page=True)
    page.click("svg.lanes a >> nth=0")
    go(page, "country")
    assert page.locator("svg.lanes rect.seg").count() >= 1


@pytest.mark.slow
def test_network(page: Any, shots: Path) -> None:
    visit(page, "#/network", "network")
    page.wait_for_selector("svg.network g.node")
    n_all = page.locator("svg.network g.node").count()
    assert n_all > 5 and page.locator("svg.network line.edge").count() > 0
    page.click("svg.network g.node[data-id='country:VN']")
    page.wait_for_selector("#netinfo table")
    assert page.locator("svg.network line.edge.hot").count() > 0
    page.screenshot(path=str(shots / "network.png"), full_page=True)
    page.fill("#network-filters input[name=from]", "2026")
    page.click("#network-filters button[type=submit]")
    go(page, "network")
    page.wait_for_selector("#view .count")
    assert page.locator("svg.network g.node").count() < n_all


@pytest.mark.slow
def test_page_view_highlights_and_escapes(page: Any, shots: Path) -> None:
    visit(page, "#/pages", "pages")
    page.click("tr:has-text('zz_evil.txt') a.pagelink")
    go(page, "page")
    text = page.inner_text("#pagetext")
    assert "<script>window.hacked=1</script>" in text and '<img src=x onerror="window.hacked=2">' in text
    # type tags a crawler leaves (<b>) are dropped by normalization (crawl_shape): their text stays
    assert "粗体" in text
    assert page.evaluate("window.hacked") is None
    assert page.locator("main script, main img, main b").count() == 0
    assert "<img src=x" in page.inner_text("h1") or "<script>" in page.inner_text("h1")
    page.screenshot(path=str(shots / "page-escaped.png"), full_page=True)
    # a seed page: highlights, hover tip, click details, briefs
    visit(page, "#/pages", "pages")
    page.click("a.pagelink:has-text('2013年越南外交活动丰富而活跃')")
    go(page, "page")
    for kind in ("event", "fact", "relation", "entity"):
        assert page.locator(f"#pagetext .hl.k-{kind}").count() > 0, kind
    page.hover("#pagetext .hl.k-event >> nth=0")
    assert not page.locator("#tip").is_hidden()
    page.click("#pagetext .hl.k-relation >> nth=0")
    detail = page.inner_text("#detail")
    assert "relation" in detail and "strategic_partnership" in detail
    assert page.locator("ol.briefs li").count() == 7
    page.screenshot(path=str(shots / "page.png"), full_page=True)
    page.click("#pagetext .hl.k-event >> nth=0")
    page.click("#detail a.evlink >> nth=0")
    go(page, "event")


# ---- issue 15: every view fits its window, the time axis, the network, downloads, search box -----
VIEWS = {  # name -> (address, what shows once its parts have loaded)
    "registry": ("#/registry?country=VN&as_of=2026-12-31", ".rung li.partner"),
    "timeline": ("#/timeline", "svg.timeline a.mark"),
    "network": ("#/network", "svg.network g.node"),
    "pages": ("#/pages", "table.pagelist tbody tr"),
    "page": ("#/pages", None),  # the first page of the list, opened below
    "search": ("#/search?q=%E8%8B%8F%E6%9E%97", ".results[data-type=pages] li"),
    "person": ("#/person/person:to-lam", ".coactors table"),
    "country": ("#/country/country:VN", ".eventlist li.event"),
    "event": ("#/timeline?type=VISIT", None),  # the first event of the list, opened below
}
WIDTHS = ((1440, 900), (390, 844))


def settle(pg: Any, view: str, wait: str | None) -> None:
    # the view is named by the caller: read from the page it could still be the one before a
    # navigation whose hashchange has not fired yet, and that one never renders again
    go(pg, view)
    if wait:
        pg.wait_for_selector(wait, timeout=WAIT_MS)
    until(pg, "!document.body.dataset.loading")


@pytest.mark.slow
@pytest.mark.parametrize("width,height", WIDTHS, ids=[f"{w}px" for w, _ in WIDTHS])
def test_every_view_fits_its_window(browser: Any, server: str, shots: Path, width: int, height: int) -> None:
    """document.scrollWidth <= innerWidth in every view (a wide table scrolls in its own box), and
    nothing outside such a box reaches past the right edge; a screenshot of each view."""
    ctx = browser.new_context(viewport={"width": width, "height": height}, base_url=server)
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    try:
        for name, (hash_, wait) in VIEWS.items():
            pg.goto("/ui/" + hash_)
            settle(pg, hash_.split("?")[0].split("/")[1], wait)
            if name == "page":
                pg.click("a.pagelink >> nth=0")
                settle(pg, "page", "#pagetext")
            if name == "event":
                pg.click("li.event .evlink >> nth=0")
                settle(pg, "event", "ol.sources li")
            assert pg.evaluate("document.body.dataset.view") == name
            fit = pg.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            assert fit[0] <= fit[1], (name, width, fit)
            past = pg.evaluate("""() => [...document.querySelectorAll('body *')].filter((el) => {
                const r = el.getBoundingClientRect();
                return r.width > 0 && r.right > innerWidth + 1 && !el.closest('.tablewrap') && el.id !== 'tip';
              }).map((el) => el.tagName + '.' + el.className).slice(0, 5)""")
            assert not past, (name, width, past)
            pg.screenshot(path=str(shots / f"{name}-{width}.png"), full_page=True)
        # a wide table scrolls inside its own box at 390 px, not the page
        if width < 500:
            pg.goto("/ui/#/country/country:VN")
            settle(pg, "country", ".eventlist li.event")
            wraps = pg.evaluate("[...document.querySelectorAll('.tablewrap')].map((w) => "
                                "[w.getBoundingClientRect().right, getComputedStyle(w).overflowX])")
            assert wraps and all(right <= width and ov == "auto" for right, ov in wraps), wraps
    finally:
        ctx.close()
    assert not errors, errors


@pytest.mark.slow
def test_urls_are_short_and_decoded(page: Any, q: Any) -> None:
    """A URL shows as its host and a decoded tail, the whole decoded address in its tooltip."""
    from dipnet.query import pages

    url = "https://example.org/chinese/%E8%B6%8A%E5%8D%97%E4%B8%8E%E8%80%81%E6%8C%9D%E4%B8%BE%E8%A1%8C%E4%BC%9A%E8%B0%88-1.html"
    visit(page, "#/pages", "pages")
    shown = page.evaluate("(u) => import('/ui/static/js/dom.js').then((m) => "
                          "{ const el = m.sourceText(u); return [el.textContent, el.title]; })", url)
    assert shown[0] == "example.org/…/越南与老挝举行会谈-1.html"
    assert shown[1] == "https://example.org/chinese/越南与老挝举行会谈-1.html"
    assert pages.pages(q, limit=1)["total"] > 0
    assert "%E" not in page.inner_text("table.pagelist")


@pytest.mark.slow
def test_timeline_is_a_time_axis(page: Any, shots: Path) -> None:
    visit(page, "#/timeline", "timeline")
    page.wait_for_selector("svg.timeline a.mark")
    svg = "svg.timeline"
    lanes = page.locator(f"{svg} g.lane").evaluate_all("els => els.map((e) => e.dataset.group)")
    assert len(lanes) >= 3 and lanes == sorted(lanes) and "VISIT" in lanes
    # marks sit left to right in date order within a lane
    xs = page.evaluate("""() => [...document.querySelectorAll("svg.timeline g.lane[data-group='VISIT'] a.mark")]
        .map((a) => { const r = a.getBoundingClientRect(); return [r.left, a.querySelector('title').textContent]; })""")
    # (events dated to the day: a month or a year stands at the middle of its span)
    days = [(x, t) for x, t in xs if len(t.split()[0]) == 10 and t.split()[1] != "–"]
    assert len(days) > 2
    by_x = [t.split()[0] for _, t in sorted(days)]
    assert by_x == sorted(by_x)
    total = int(page.get_attribute(".timeaxis", "data-shown"))
    first = page.get_attribute(svg, "data-from"), page.get_attribute(svg, "data-to")
    # drag across the right half of the axis: zoomed to that range, the list below follows
    box = page.locator(svg).bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.75, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.9, y, steps=4)
    page.mouse.up()
    until(page, f"document.querySelector('{svg}').dataset.from !== '{first[0]}'")
    zoomed = page.get_attribute(svg, "data-from"), page.get_attribute(svg, "data-to")
    assert first[0] < zoomed[0] < zoomed[1] < first[1]
    assert int(page.get_attribute(".timeaxis", "data-shown")) < total
    until(page, "!document.body.dataset.loading && !!document.querySelector('.eventlist .count')")
    listed = int(page.inner_text(".eventlist .count").split()[0].replace(",", ""))
    assert 0 < listed < total
    page.screenshot(path=str(shots / "timeline-zoomed.png"), full_page=True)
    page.click(".axistools button.zoomreset")
    until(page, f"document.querySelector('{svg}').dataset.from === '{first[0]}'")
    page.click(".axistools button.zoomin")
    until(page, f"document.querySelector('{svg}').dataset.from > '{first[0]}'")
    # lanes by channel, and a mark opens its event
    visit(page, "#/timeline?group=channel&type=VISIT", "timeline")
    page.wait_for_selector("svg.timeline a.mark")
    groups = set(page.locator("svg.timeline g.lane").evaluate_all("els => els.map((e) => e.dataset.group)"))
    assert groups and groups <= {"party", "state", "defence", "security", "people", "other", "(none)"}
    ev = page.get_attribute("svg.timeline a.mark >> nth=0", "data-event")
    page.click("svg.timeline a.mark >> nth=0")
    go(page, "event")
    assert ev in page.inner_text("main") and "VISIT" in page.inner_text("h1")


@pytest.mark.slow
def test_network_layout_legend_zoom_and_labels(page: Any, server: str, shots: Path) -> None:
    import json
    import urllib.request

    def get() -> dict[str, Any]:
        with urllib.request.urlopen(server + "/ui/api/network?limit=120", timeout=20) as r:
            return json.loads(r.read())

    one, two = get(), get()
    assert one["nodes"] == two["nodes"]  # the same data, the same layout
    assert all(0 <= n["x"] <= 1 and 0 <= n["y"] <= 1 for n in one["nodes"])
    assert len({(n["x"], n["y"]) for n in one["nodes"]}) == len(one["nodes"])
    visit(page, "#/network?limit=120", "network")
    page.wait_for_selector("svg.network text.nlabel")
    legend = page.inner_text(".netlegend")
    assert "country" in legend and "person" in legend and "events" in legend

    def overlaps() -> list[Any]:
        return page.evaluate("""() => { const r = [...document.querySelectorAll('svg.network text.nlabel')]
            .map((t) => t.getBoundingClientRect());
          const out = [];
          for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++)
            if (r[i].left < r[j].right - 0.5 && r[i].right > r[j].left + 0.5 && r[i].top < r[j].bottom - 0.5
                && r[i].bottom > r[j].top + 0.5) out.push([i, j]);
          return out; }""")

    n_labels = page.locator("svg.network text.nlabel").count()
    assert n_labels >= 10 and not overlaps()
    page.click(".axistools button.zoomin")
    page.click(".axistools button.zoomin")
    until(page, "Number(document.querySelector('svg.network').dataset.zoom) > 2")
    until(page, f"document.querySelectorAll('svg.network text.nlabel').length > {n_labels}")
    assert not overlaps()
    before = page.get_attribute("svg.network g.viewport", "transform")
    # the drag starts on the background: a press on a node is the node's (select), not a pan
    x, y = page.evaluate("""() => { const r = document.querySelector('svg.network').getBoundingClientRect();
      for (let y = r.top + 5; y < r.bottom - 70; y += 7) for (let x = r.left + 5; x < r.right - 130; x += 7) {
        const e = document.elementFromPoint(x, y);
        if (e && e.closest('svg.network') && !e.closest('g.node')) return [x, y]; }
      return null; }""")
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 115, y + 55, steps=4)
    page.mouse.up()
    assert page.get_attribute("svg.network g.viewport", "transform") != before
    page.screenshot(path=str(shots / "network-zoomed.png"), full_page=True)


@pytest.mark.slow
def test_downloads_are_the_views_query(page: Any, server: str, tmp_path: Path) -> None:
    import csv
    import io
    import json

    visit(page, "#/timeline?type=VISIT&status=planned", "timeline")
    page.wait_for_selector(".eventlist .downloads a.dl-csv")
    total = int(page.inner_text(".eventlist .count").split()[0].replace(",", ""))
    with page.expect_download() as got:
        page.click(".eventlist .downloads a.dl-csv")
    path = tmp_path / got.value.suggested_filename
    got.value.save_as(path)
    assert path.name == "dipnet-events.csv"
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert len(rows) == total > 0 and {r["type"] for r in rows} == {"VISIT"} and {r["status"] for r in rows} == {"planned"}
    assert all(json.loads(r["participants"])[0]["id"] for r in rows)  # actors with their ids, as the export has
    res = page.request.get(page.get_attribute(".eventlist .downloads a.dl-json", "href"))
    assert res.ok and "attachment" in res.headers["content-disposition"]
    body = res.json()
    assert body["query"] == {"type": "VISIT", "status": "planned", "order": "desc"}
    assert [e["event_id"] for e in body["items"]] == [r["event_id"] for r in rows]
    # every other view offers its own rows
    for hash_, sel, must in (("#/pages", ".downloads a.dl-csv", "doc_id"),
                             ("#/network", ".downloads a.dl-csv", "source_name"),
                             ("#/registry?country=VN&as_of=2026-12-31", ".timectl .downloads a.dl-csv", "partner"),
                             ("#/search?q=%E8%8B%8F%E6%9E%97", ".results .downloads a.dl-csv", "snippet"),
                             ("#/person/person:to-lam", ".cols2 .downloads a.dl-csv", "title"),
                             ("#/country/country:VN", "section:has-text('Relations recorded') .downloads a.dl-csv", "partner")):
        page.goto("/ui/" + hash_)
        page.wait_for_selector(sel, timeout=WAIT_MS)
        res = page.request.get(page.get_attribute(sel, "href"))
        assert res.ok and res.headers["content-type"].startswith("text/csv"), hash_
        head = res.text().lstrip("\ufeff").splitlines()
        assert must in head[0].split(",") and len(head) > 1, (hash_, head[:2])
    bad = page.request.get("/ui/api/events?format=xml")
    assert bad.status == 400 and "xml" in bad.json()["error"]["message"]


@pytest.mark.slow
@pytest.mark.parametrize("typed,type_,entity", [
    ("Vietnam", "COUNTRY", "country:VN"),             # English
    ("Pham Minh Chinh", "PERSON", "person:pham-minh-chinh"),  # Vietnamese without its diacritics
    ("蘇林", "PERSON", "person:to-lam"),              # Traditional script
], ids=["english", "vietnamese-plain", "traditional"])
def test_search_box_finds_names_in_any_language(page: Any, typed: str, type_: str, entity: str) -> None:
    visit(page, "#/pages", "pages")
    page.fill("#searchbox", typed)
    page.press("#searchbox", "Enter")
    go(page, "search")
    link = page.locator(f".results[data-type={type_}] li a[href$='{entity.replace(':', '%3A')}'], "
                        f".results[data-type={type_}] li a[href$='{entity}']")
    link.first.wait_for(timeout=WAIT_MS)
    # the English or Vietnamese name stands beside the Chinese one
    assert page.locator(f".results[data-type={type_}] li .muted").first.inner_text().strip(" ·")


@pytest.mark.slow
def test_search_box_highlights_terms_as_text(page: Any) -> None:
    visit(page, "#/pages", "pages")
    page.fill("#searchbox", "苏林")
    page.press("#searchbox", "Enter")
    go(page, "search")
    page.wait_for_selector(".results[data-type=pages] .snippet mark")
    marks = set(page.locator(".results .snippet mark").all_inner_texts())
    assert marks == {"苏林"}
    # a snippet holds text nodes and <mark>s only, and reads as the server's snippet
    kinds = page.evaluate("[...new Set([...document.querySelectorAll('.snippet')].flatMap((s) => "
                          "[...s.childNodes].map((n) => n.nodeName)))]")
    assert set(kinds) <= {"#text", "MARK"}
    assert page.locator(".results[data-type=PERSON] li a mark").count() > 0
    assert page.input_value("#searchbox") == "苏林"
    # a term that is markup is highlighted as text
    page.fill("#searchbox", "<b>越南")
    page.press("#searchbox", "Enter")
    until(page, "document.body.dataset.rendered === location.hash && location.hash.includes('%3Cb%3E')")
    assert "<b>越南" in page.inner_text("h1") and page.locator("main b").count() == 0


@pytest.mark.slow
def test_loading_state_while_a_request_runs(page: Any) -> None:
    held: list[Any] = []
    page.route("**/ui/api/timeline*", lambda route: held.append(route))
    page.goto("/ui/#/timeline")
    until(page, "!!document.querySelector('.axiscard')")
    end = time.monotonic() + 10
    while not held and time.monotonic() < end:
        page.evaluate("1")  # lets the route handler run
    assert held
    assert page.evaluate("!!document.body.dataset.loading")
    assert page.locator(".axiscard .loading .spinner").count() == 1
    held[0].continue_()
    page.wait_for_selector("svg.timeline")
    until(page, "!document.body.dataset.loading")
    assert page.locator(".axiscard .loading").count() == 0


@pytest.mark.slow
def test_registry_slider_is_labelled(page: Any) -> None:
    visit(page, "#/registry?country=VN&as_of=2026-12-31", "registry")
    page.wait_for_selector(".sliderticks .tick")
    ticks = page.locator(".sliderticks .tick")
    assert ticks.count() >= 2 and all(t.isdigit() and len(t) == 4 for t in ticks.all_inner_texts())
    rects = ticks.evaluate_all("els => els.map((e) => { const r = e.getBoundingClientRect(); return [r.left, r.right]; })")
    assert all(a[1] <= b[0] for a, b in zip(rects, rects[1:], strict=False))  # labels do not run into each other
    page.eval_on_selector("#asof-slider", "el => { el.value = 0; el.dispatchEvent(new Event('input')); }")
    until(page, "document.querySelector('#asof-out').value !== '2026-12-31'")
    assert page.input_value("#asof") == page.evaluate("document.querySelector('#asof-out').value")


@pytest.mark.slow
def test_event_page_shows_the_level_an_upgrade_set(page: Any, q: Any) -> None:
    from dipnet.query import pages, views

    ups = [e for e in pages.events(q, type="RELATION_CHANGE", limit=200)["items"] if views.event_levels(q, e["event_id"])]
    if not ups:
        pytest.skip("no upgrade with a level read from its evidence in this store")
    ev = ups[0]
    level = views.event_levels(q, ev["event_id"])[0]["level"]
    visit(page, "#/event/" + ev["event_id"].replace(":", "%3A"), "event")
    page.wait_for_selector("table.levels b.level")
    assert page.get_attribute("table.levels b.level >> nth=0", "data-level") == level
    assert "level set" in page.inner_text("main")


@pytest.mark.slow
def test_posts_are_deduped_by_normalized_name(page: Any) -> None:
    visit(page, "#/pages", "pages")
    rows = [{"title": t, "first_seen": f, "last_seen": f, "n_docs": n, "doc_ids": [t]} for t, f, n in (
        ("越共中央总书记", "2024-08-03", 6), ("越共中央总书记", "2024-08-20", 0), ("总书记", "2025-09-01", 2),
        ("新任越共中央总书记", "2024-08-03", 1), ("总理", "2021-04", 3), ("副总理", "2016-04", 2),
        ("国家主席", "2024-05-22", 2), ("越南国家主席", "2024-08-03", 1))]
    out = page.evaluate("(rows) => import('/ui/static/js/posts.js').then(async (m) => "
                        "m.dedupePosts(rows, await m.postRules()).map((p) => [p.title, p.aliases, p.first_seen, "
                        "p.last_seen, p.doc_ids.length]))", rows)
    by = {t: (a, f, last, n) for t, a, f, last, n in out}
    assert set(by) == {"越共中央总书记", "总理", "副总理", "越南国家主席"}
    assert set(by["越共中央总书记"][0]) == {"总书记", "新任越共中央总书记"}
    assert by["越共中央总书记"][1:3] == ("2024-08-03", "2025-09-01")
    assert by["越南国家主席"][0] == ["国家主席"]
    # on a person's page each post stands once
    visit(page, "#/person/person:to-lam", "person")
    titles = page.locator("b.post").all_inner_texts()
    assert titles and len(titles) == len(set(titles))


@pytest.mark.slow
def test_docs_work_with_the_network_off(browser: Any, server: str) -> None:
    """/docs loads its assets from this server: with every other host unreachable the routes show."""
    ctx = browser.new_context(base_url=server)
    ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith(server) else r.abort("internetdisconnected"))
    pg = ctx.new_page()
    try:
        pg.goto("/docs")
        pg.get_by_text("/registry/{country}", exact=True).first.wait_for(timeout=WAIT_MS)
        body = pg.inner_text("body")
        assert "/events" in body and "/search" in body
    finally:
        ctx.close()
