"""The API facing the network: writes only with the token, every filter of every route (listed from
the app itself, so a new route is covered) taking injection strings without a 500 or a changed
table, LIKE wildcards taken literally, no file outside the UI's folder, bounded URLs, bodies and
pages. Real uvicorn servers on loopback, as in test_api."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi.routing import APIRoute

from dipnet.serve import create_app
from dipnet.serve.limits import MAX_URL
from test_consolidate import build_store

TOKEN = "security-test-token-0123456789"
INJECTIONS = ["' OR 1=1 --", '"; DROP TABLE events; --', "%", "_", "\\", "\\%' ESCAPE '\\", "a\x00b", "\x00",
              "'; SELECT * FROM documents; --", "1) UNION SELECT doc_id, raw FROM documents --", "country:VN' --",
              "ʼ OR 1=1", "長" * 200 + "' OR '1'='1" + "x" * 1200]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("sec") / "kb.duckdb")


def _serve(app: Any) -> Iterator[tuple[str, int]]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 10
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    assert server.started
    yield "127.0.0.1", port
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def writable(db: Path) -> Iterator[tuple[Any, tuple[str, int]]]:
    app = create_app(str(db), token=TOKEN, max_body=64 * 1024)
    for addr in _serve(app):
        yield app, addr


def request(addr: tuple[str, int], method: str, target: str, body: bytes | None = None,
            headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """A raw request: the target goes out exactly as given (no client-side normalization of ../)."""
    conn = http.client.HTTPConnection(*addr, timeout=30)
    try:
        conn.request(method, target, body=body, headers=headers or {})
        res = conn.getresponse()
        return res.status, {k.lower(): v for k, v in res.getheaders()}, res.read()
    finally:
        conn.close()


def _shape(body: bytes) -> dict[str, Any]:
    got = json.loads(body)
    assert set(got) == {"error"} and set(got["error"]) == {"code", "message", "detail"}, got
    return got["error"]


def _auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}


# ---- the token ----------------------------------------------------------------------------------
def test_write_routes_refuse_without_the_token(writable: Any) -> None:
    app, addr = writable
    writes = [(m, r.path) for r in app.routes if isinstance(r, APIRoute) for m in r.methods if m != "GET"]
    assert ("POST", "/api/pages") in writes and ("POST", "/api/consolidate") in writes
    page = json.dumps({"source": "t.txt", "text": "越通社河内——3月1日,越南外长会见老挝外长。"}).encode()
    for method, path in writes:
        status, headers, body = request(addr, method, path, page)
        assert status == 401 and _shape(body)["code"] == "unauthorized" and headers["www-authenticate"] == "Bearer"
        for bad in ({"Authorization": "Bearer wrong-token"}, {"Authorization": f"Bearer {TOKEN}x"},
                    {"Authorization": f"Bearer {TOKEN[:-1]}"}):
            status, _, body = request(addr, method, path, page, bad)
            assert status == 403 and _shape(body)["code"] == "forbidden", bad
        status, _, body = request(addr, method, path, page, {"Authorization": f"Basic {TOKEN}"})
        assert status == 401
    status, _, body = request(addr, "POST", "/api/pages?consolidate=false", page, _auth())
    assert status == 200 and json.loads(body)["added"] == 1
    status, _, body = request(addr, "POST", "/api/consolidate", b"", _auth())
    assert status == 200 and json.loads(body)["consolidated"]["kb_events"] > 0
    # a server started without a token refuses every write: test_api.test_read_only_and_openapi


# ---- injection through every filter --------------------------------------------------------------
def _targets(app: Any, payload: str) -> Iterator[str]:
    """Every GET route of the app with the payload in each path parameter and each query parameter
    (one at a time, then all string ones at once)."""
    for route in app.routes:
        if not isinstance(route, APIRoute) or "GET" not in route.methods:
            continue
        path = route.path
        for p in route.dependant.path_params:
            path = path.replace("{" + p.name + "}", urllib.parse.quote(payload, safe=""))
        names = [p.alias or p.name for p in route.dependant.query_params]
        yield path
        for n in names:
            yield path + "?" + urllib.parse.urlencode({n: payload})
        if len(names) > 1:
            yield path + "?" + urllib.parse.urlencode({n: payload for n in names if n not in ("limit", "offset")})


def test_injection_strings_through_every_filter(writable: Any) -> None:
    app, addr = writable
    before = json.loads(request(addr, "GET", "/tables")[2])
    n = 0
    for payload in INJECTIONS:
        for target in _targets(app, payload):
            status, headers, body = request(addr, "GET", target)
            n += 1
            if status == 307:  # / redirects to the UI, whatever it is sent
                assert headers["location"] == "/ui/"
                continue
            if status == 414:  # the long payload in every filter at once: the URL bound, in the error shape
                assert len(target) > MAX_URL and _shape(body)["code"] == "uri_too_long"
                continue
            assert status in (200, 400, 404, 422), (target[:200], status, body[:300])
            if status != 200:
                _shape(body)
    assert n > 300
    after = json.loads(request(addr, "GET", "/tables")[2])
    assert after == before  # nothing dropped, nothing added
    assert {t["table"] for t in after} >= {"documents", "events", "kb_events"}


@pytest.mark.parametrize("path,field", [("/search", "q"), ("/entities", "q"), ("/events", "text"),
                                        ("/ui/api/events", "text")])
@pytest.mark.parametrize("wildcard", ["%", "_", "%%", "_%_"])
def test_like_wildcards_are_characters(writable: Any, path: str, field: str, wildcard: str) -> None:
    _, addr = writable
    status, _, body = request(addr, "GET", f"{path}?{urllib.parse.urlencode({field: wildcard})}")
    assert status == 200 and json.loads(body)["total"] == 0  # no page, entity or event has a % or _ in it


# ---- files ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("target", [
    "/ui/static/../../etc/passwd", "/ui/static/../../../../../../etc/passwd", "/ui/../../etc/passwd",
    "/ui/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/ui/static/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/ui/static/%252e%252e/%252e%252e/etc/passwd", "/ui/static/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "/ui/static//etc/passwd", "/ui/static/....//....//etc/passwd", "/ui/static/..\\..\\..\\etc\\passwd",
    "/ui/static/js/../../__init__.py", "/ui/static/%2e%2e/__init__.py", "/ui/static/..%5c__init__.py",
    "/ui/static/%00/etc/passwd", "/ui/api/pages/..%2f..%2f..%2fetc%2fpasswd", "/static/../etc/passwd",
    "/ui/static/" + "%2e%2e/" * 30 + "etc/passwd",
])
def test_no_route_serves_a_file_the_client_names(writable: Any, target: str) -> None:
    _, addr = writable
    status, _, body = request(addr, "GET", target)
    assert status in (400, 404), (status, body[:200])
    assert b"root:" not in body and b"mount_ui" not in body


def test_the_ui_folder_itself_is_served(writable: Any) -> None:
    _, addr = writable
    status, headers, body = request(addr, "GET", "/ui/static/js/app.js")
    assert status == 200 and b"route" in body and "default-src 'self'" in headers["content-security-policy"]


# ---- sizes ---------------------------------------------------------------------------------------
def test_urls_are_bounded(writable: Any) -> None:
    _, addr = writable
    status, _, body = request(addr, "GET", "/search?q=" + "a" * 9000)
    assert status == 414 and _shape(body)["code"] == "uri_too_long"
    status, _, body = request(addr, "GET", "/people/" + "b" * 9000)
    assert status == 414


def test_bodies_are_bounded(writable: Any) -> None:
    _, addr = writable  # this app takes bodies of at most 64 KiB
    big = json.dumps({"source": "big.txt", "text": "越" * 40_000}).encode()
    status, _, body = request(addr, "POST", "/api/pages", big, _auth())
    assert status == 413 and _shape(body)["code"] == "payload_too_large"

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        for _ in range(20):
            yield b"x" * 8192

    conn = http.client.HTTPConnection(*addr, timeout=30)
    conn.request("POST", "/api/pages", body=chunks(), headers=_auth(), encode_chunked=True)
    res = conn.getresponse()
    assert res.status == 413 and _shape(res.read())["code"] == "payload_too_large"
    conn.close()
    # and without the token, a body is not even read
    status, _, body = request(addr, "POST", "/api/pages", b"x" * 1000)
    assert status == 401


def test_records_and_pages_are_bounded(writable: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from dipnet.serve import write

    _, addr = writable
    monkeypatch.setattr(write, "MAX_PAGES", 5)
    monkeypatch.setattr(write, "MAX_PAGE_CHARS", 1000)
    many = "".join(json.dumps({"source": f"p{i}.txt", "text": "越南"}) + "\n" for i in range(6)).encode()
    status, _, body = request(addr, "POST", "/api/pages", many, _auth())
    assert status == 400 and "at most 5" in _shape(body)["message"]
    long = json.dumps([{"source": "long.txt", "text": "越" * 1001}, {"source": "empty.txt", "text": " "}]).encode()
    status, _, body = request(addr, "POST", "/api/pages?consolidate=false", long, _auth())
    out = json.loads(body)
    assert status == 200 and out["added"] == 0 and out["failed"] == 2
    assert "1000-character limit" in out["errors"][0]["reason"]
    for bad in (b"", b"not json", b"[1, 2", b"\xff\xfe", b'{"text": "x"}\n[1'):
        status, _, body = request(addr, "POST", "/api/pages", bad, _auth())
        assert status == 400 and _shape(body)["code"] == "bad_request", bad
