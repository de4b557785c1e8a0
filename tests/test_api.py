"""The REST API against a live server on loopback (uvicorn in a thread, a free port, bounded
requests): endpoints, pagination, read-only, OpenAPI, and one JSON error shape for every error."""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

import pytest
import uvicorn

from dipnet.serve import create_app
from test_consolidate import build_store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


TOKEN = "api-test-token-0123456789abcdef"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("api") / "kb.duckdb")


def _serve(app):
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 10
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    assert server.started
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def base(db):
    yield from _serve(create_app(str(db)))


@pytest.fixture(scope="module")
def uncached(db):
    yield from _serve(create_app(str(db), cache=False))


@pytest.fixture
def writable(db, tmp_path):
    copy = tmp_path / "w.duckdb"
    shutil.copy(db, copy)
    yield from _serve(create_app(str(copy), token=TOKEN))


def get(base: str, path: str, method: str = "GET", **params) -> tuple[int, dict]:
    url = base + urllib.parse.quote(path) + ("?" + urllib.parse.urlencode(params) if params else "")
    req = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(req, timeout=5) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def test_registry_events_and_profiles(base):
    status, reg = get(base, "/registry/VN", as_of="2024-01-01")
    assert status == 200
    assert {p["partner"]: p["level"] for p in reg["partners"]}["country:US"] == "comprehensive_strategic_partnership"
    status, ev = get(base, "/events", country="老挝", type="VISIT", actor="苏林")
    assert status == 200 and ev["total"] == 1
    assert len(ev["items"][0]["sources"]) == 4
    eid = ev["items"][0]["event_id"]
    assert get(base, f"/events/{eid}")[1]["event_id"] == eid
    assert get(base, "/people/苏林")[1]["entity"]["entity_id"] == "person:to-lam"
    assert get(base, "/countries/VN")[1]["entity"]["name"] == "越南"
    assert get(base, "/pairs/VN/US")[1]["levels"]
    assert get(base, "/timeline/苏林", **{"from": "2026"})[1]["total"] >= 3
    assert get(base, "/search", q="古巴")[1]["total"] == 2
    assert get(base, "/entities", q="图尔钦")[1]["total"] == 1
    assert get(base, "/health")[1]["read_only"] is True


def test_the_ui_names_and_orders_levels_and_posts_from_the_data_files(base):
    """One source for the ladder: the levels the registry ranks and the words that tell posts apart
    reach the UI from the same data files the server reads, in rank order, each with a label."""
    from dipnet.query.registry import RANK
    status, voc = get(base, "/ui/api/vocabulary")
    assert status == 200
    ranked = [lv for lv in voc["levels"] if lv["rank"] is not None]
    assert {lv["level"]: lv["rank"] for lv in ranked} == RANK
    assert [lv["rank"] for lv in ranked] == sorted(RANK.values(), reverse=True)
    assert ranked[-1]["level"] == "diplomatic_relations" and all(lv["label"] for lv in voc["levels"])
    assert {"community_with_shared_future", "strategic_alignment"} <= {lv["level"] for lv in voc["levels"]}
    assert "新任" in voc["posts"]["strip_prefixes"] and "副" in voc["posts"]["rank_marks"]


def test_pagination(base):
    _, all_ = get(base, "/events", limit=500)
    _, first = get(base, "/events", limit=3, offset=0)
    _, second = get(base, "/events", limit=3, offset=3)
    assert first["total"] == all_["total"] == len(all_["items"])
    assert [e["event_id"] for e in first["items"] + second["items"]] == [e["event_id"] for e in all_["items"][:6]]


@pytest.mark.parametrize("path,params,status,code", [
    ("/people/火星人", {}, 404, "not_found"),
    ("/events/ev:nope", {}, 404, "not_found"),
    ("/events", {"limit": 0}, 400, "invalid_parameters"),
    ("/events", {"type": "PARTY"}, 400, "bad_request"),
    ("/events", {"from": "yesterday"}, 400, "invalid_parameters"),
    ("/events", {"from": "99999999999999999999"}, 400, "invalid_parameters"),  # was a 500 with the exception text
    ("/events", {"to": "2024-02-30"}, 400, "invalid_parameters"),
    ("/events", {"offset": "99999999999999999999"}, 400, "invalid_parameters"),
    ("/registry/VN", {"as_of": "99999999999999999999"}, 400, "invalid_parameters"),
    ("/timeline/苏林", {"from": "0000"}, 400, "invalid_parameters"),
    ("/people/越南", {}, 400, "bad_request"),
    ("/search", {}, 400, "invalid_parameters"),
    ("/no/such/route", {}, 404, "not_found"),
])
def test_one_error_shape(base, path, params, status, code):
    got, body = get(base, path, **params)
    assert got == status
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "detail"}
    assert body["error"]["code"] == code and body["error"]["message"]


def test_read_only_and_openapi(base):
    status, body = get(base, "/events", method="POST")
    assert status == 405 and body["error"]["code"] == "method_not_allowed"
    status, spec = get(base, "/openapi.json")
    assert status == 200 and "/registry/{country}" in spec["paths"] and "/events" in spec["paths"]
    writes = {p for p, ops in spec["paths"].items() if set(ops) - {"get"}}
    assert writes == {"/api/pages", "/api/consolidate"}  # started without a token: each refuses (test_security)
    for path in writes:
        status, body = get(base, path, method="POST")
        assert status == 403 and body["error"]["code"] == "read_only"


def test_a_date_range_whose_end_is_not_a_date_is_its_start():
    from dipnet.consolidate.events import interval

    assert interval("2024-01", "x")[1].isoformat() == "2024-01-31"  # compared a date with None before
    assert interval("99999999999999999999") is None and interval("2024-02-30") is None


def raw(base: str, path: str, etag: str | None = None, method: str = "GET", body: bytes | None = None,
        ) -> tuple[int, Any, bytes]:
    headers = {"If-None-Match": etag} if etag else {}
    if body is not None:
        headers["Authorization"] = f"Bearer {TOKEN}"
    req = urllib.request.Request(base + urllib.parse.quote(path, safe="/?=&:"), data=body, method=method,
                                 headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.headers, r.read()  # (header names in any case)
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


CACHED = ["/registry/VN?as_of=2024-01-01", "/registry/VN", "/events?limit=5", "/events?country=老挝&type=VISIT",
          "/people/苏林", "/countries/VN", "/pairs/VN/US", "/timeline/苏林?from=2026", "/search?q=古巴", "/tables",
          "/entities?q=图尔钦", "/ui/api/pages?limit=10", "/ui/api/events?status=occurred&limit=5",
          "/ui/api/network?limit=50", "/ui/api/range", "/ui/api/timeline?type=VISIT", "/ui/api/events?format=csv"]


def test_answers_are_the_same_with_and_without_the_cache(base, uncached):
    for path in CACHED:
        first = raw(base, path)
        again = raw(base, path)  # from the cache
        plain = raw(uncached, path)
        assert first[0] == again[0] == plain[0] == 200, path
        assert first[2] == again[2] == plain[2], path
        assert first[1]["content-type"] == again[1]["content-type"] == plain[1]["content-type"]
        assert "etag" in {k.lower() for k in first[1]} and not {k.lower() for k in plain[1]} & {"etag"}
    # answers that are not 200 are never kept, and are the same too
    for path in ["/people/火星人", "/events?type=PARTY", "/health"]:
        a, b = raw(base, path), raw(uncached, path)
        assert (a[0], a[2]) == (b[0], b[2]) and "ETag" not in a[1]


def test_an_etag_sent_back_is_304_while_it_holds(base):
    status, headers, body = raw(base, "/countries/VN")
    etag = headers["ETag"]
    assert status == 200 and body and headers["Cache-Control"] == "no-cache"
    status, headers, body = raw(base, "/countries/VN", etag)
    assert status == 304 and body == b"" and headers["ETag"] == etag
    assert raw(base, "/countries/VN", f"{etag[:-1]}x\"")[0] == 200  # not this answer's: the answer
    assert raw(base, "/countries/VN", f'W/"nope", {etag}')[0] == 304  # a list, as browsers may send


def test_a_write_moves_the_etags_of_the_answers_it_touches(writable):
    _, h_pages, before = raw(writable, "/ui/api/pages?limit=100")
    _, h_reg, _ = raw(writable, "/registry/VN?as_of=2024-01-01")
    page = {"source": "etag-test.txt", "title": "测试", "published": "2026-03-01",
            "text": "越南国家主席在河内会见了老挝总理。双方同意加强两国全面战略合作。"}
    status, _, out = raw(writable, "/api/pages?consolidate=false", method="POST",
                         body=json.dumps(page, ensure_ascii=False).encode())
    assert status == 200 and json.loads(out)["added"] == 1
    # the page list read the documents: a stale ETag gets the new answer, with a new ETag
    status, h_new, after = raw(writable, "/ui/api/pages?limit=100", h_pages["ETag"])
    assert status == 200 and h_new["ETag"] != h_pages["ETag"]
    assert json.loads(after)["total"] == json.loads(before)["total"] + 1
    assert raw(writable, "/ui/api/pages?limit=100", h_new["ETag"])[0] == 304
    # the registry read none of the page tables: its answer still holds
    assert raw(writable, "/registry/VN?as_of=2024-01-01", h_reg["ETag"])[0] == 304
    # a consolidation rewrites the knowledge base: its answers are made again
    assert raw(writable, "/api/consolidate", method="POST", body=b"")[0] == 200
    status, h_reg2, _ = raw(writable, "/registry/VN?as_of=2024-01-01", h_reg["ETag"])
    assert status == 200 and h_reg2["ETag"] != h_reg["ETag"]


def test_the_tables_a_write_names():
    from dipnet.serve.versions import ALL, written

    assert written("SELECT * FROM documents WHERE doc_id = ?") == set()
    assert written("INSERT INTO documents BY NAME SELECT * FROM _incoming") == {"documents"}
    assert written("DELETE FROM kb_events; INSERT INTO kb_events SELECT 1") == {"kb_events"}
    assert written("UPDATE kb_entities SET n_docs = 1") == {"kb_entities"}
    assert written("COPY documents FROM 'x.parquet'") == {ALL}  # a write whose target is not told: everything


def test_a_commit_moves_the_versions_of_the_tables_it_wrote():
    import duckdb

    from dipnet.serve.versions import Tracked, Versions

    v = Versions()
    con = Tracked(duckdb.connect(), v)
    con.execute("CREATE TABLE a (x INT)")
    con.execute("CREATE TABLE b (x INT)")
    a0, b0 = v.of(["a"]), v.of(["b"])
    con.execute("BEGIN TRANSACTION")
    con.execute("INSERT INTO a VALUES (1)")
    assert v.of(["a"]) == a0  # not committed: readers still see the state their answers were made on
    con.execute("COMMIT")
    a1 = v.of(["a"])
    assert a1 != a0 and v.of(["b"]) == b0
    assert con.execute("SELECT count(*) FROM a").fetchall() == [(1,)] and v.of(["a"]) == a1  # reads move nothing
    con.execute("INSERT INTO b VALUES (2)")  # a write outside a transaction commits by itself
    assert v.of(["b"]) != b0 and v.of(["a"]) == a1
    con.execute("BEGIN TRANSACTION")
    con.execute("DELETE FROM a")
    con.execute("ROLLBACK")
    assert v.of(["a"]) == a1
    v.begin_commit({"a"})  # in the middle of a commit: no version to keep an answer under
    assert v.of(["a"]) is None and v.of(["b"]) is not None
    v.end_commit({"a"})
    assert v.of(["a"]) not in (None, a1)
