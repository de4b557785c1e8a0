"""The web UI, driven in headless Chromium (Playwright over the system's /usr/bin/chromium): a store
built from the seed pages plus an invented page whose text holds markup, the real server (uvicorn)
on a free port, and every view opened, filtered and clicked through. Screenshots of each view go to
pytest's tmp dir (the path is printed; set DIPNET_UI_SHOTS=DIR to keep them elsewhere)."""

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

from conftest import SEEDS

CHROMIUM = Path("/usr/bin/chromium")
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
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = Path(os.environ["DIPNET_UI_SHOTS"]) if os.environ.get("DIPNET_UI_SHOTS") else tmp_path_factory.mktemp("shots")
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


# ---- in the browser -------------------------------------------------------------------------------
def visit(pg: Any, hash_: str, view: str) -> None:
    pg.goto("/ui/" + hash_)
    pg.wait_for_selector(f"body[data-ready='{view}']", timeout=10_000)


def until(pg: Any, js: str, timeout: float = 10.0) -> None:
    """Poll a JS expression (wait_for_function evaluates strings, which the UI's CSP forbids)."""
    end = time.monotonic() + timeout
    while not pg.evaluate(js):
        if time.monotonic() > end:
            raise AssertionError(f"timed out waiting for {js}")
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
    assert "<b>粗体</b>" in text
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
