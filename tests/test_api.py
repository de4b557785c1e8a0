"""The REST API against a live server on loopback (uvicorn in a thread, a free port, bounded
requests): endpoints, pagination, read-only, OpenAPI, and one JSON error shape for every error."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
import uvicorn

from dipnet.serve import create_app
from test_consolidate import build_store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("api") / "kb.duckdb")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 10
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    assert server.started
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


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
