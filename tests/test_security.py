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


def _serve(app: Any, **config: Any) -> Iterator[tuple[str, int]]:
    """`app` on a uvicorn server of its own on a free loopback port (`config`: more of uvicorn.Config)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", **config))
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
    # a key given twice: which text is meant is unknown, so nothing is stored (as the JSONL reader does)
    twice = '{"source": "twice.txt", "text": "越南与老挝举行会谈。", "text": "另一篇。"}'.encode()
    status, _, body = request(addr, "POST", "/api/pages?consolidate=false", twice, _auth())
    assert status == 400 and "'text' twice" in _shape(body)["message"]


# ---- every parameter of every route: hostile values, never a 500 ----------------------------------
HOSTILE = ["99999999999999999999", "-99999999999999999999", "-1", "0", "1e309", "NaN", "inf", "0x10", "1.5", "",
           " ", "2024-13-45", "2024-02-30", "0000", "0000-00-00", "10000-01-01", "2024-1-1T00:00", "２０２４",
           "\x00", "%00", "' OR 1=1 --", "../../etc/passwd", "null", "[]", "{}", "true", "9" * 400]


def test_hostile_values_in_every_parameter_never_crash_the_server(writable: Any) -> None:
    """Each value in each path and query parameter of every GET route, one at a time: an answer or a
    4xx in the error shape; never a 500, never the text of an exception."""
    app, addr = writable
    n = 0
    for value in HOSTILE:
        for target in _targets(app, value):
            status, headers, body = request(addr, "GET", target)
            n += 1
            assert status < 500, (target[:200], status, body[:300])
            if status >= 400 and status != 414:
                err = _shape(body)
                assert "Traceback" not in err["message"] and "Error:" not in err["message"], err
    assert n > 500


def test_a_crash_answers_500_without_its_text(db: Path) -> None:
    app = create_app(str(db), token=TOKEN)  # as the module's other app opens the store (one process)

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret detail of /home/someone/kb.duckdb")

    for addr in _serve(app):
        status, _, body = request(addr, "GET", "/boom")
        assert status == 500 and b"secret" not in body and _shape(body)["code"] == "internal_error"


# ---- the Host header ------------------------------------------------------------------------------
@pytest.mark.parametrize("host,status", [("127.0.0.1:8000", 200), ("localhost", 200), ("LOCALHOST:1", 200),
                                         ("[::1]:8000", 200), ("evil.example", 400), ("evil.example:8000", 400),
                                         ("127.0.0.1.evil.example", 400), ("", 400)])
def test_only_the_hosts_the_server_was_started_for(writable: Any, host: str, status: int) -> None:
    """A page on another site whose name is rebound to 127.0.0.1 (DNS rebinding) sends its own name."""
    _, addr = writable
    conn = http.client.HTTPConnection(*addr, timeout=30)
    conn.putrequest("GET", "/tables", skip_host=True)
    conn.putheader("Host", host)
    conn.endheaders()
    res = conn.getresponse()
    body = res.read()
    conn.close()
    assert res.status == status, (host, body[:200])
    if status == 400:
        assert _shape(body)["code"] == "bad_host"


def test_allow_host_adds_a_name() -> None:
    from dipnet.serve.limits import allowed_hosts, host_name

    hosts = allowed_hosts("0.0.0.0", ["kb.example.org"])
    assert host_name("KB.example.org:8000") in hosts and "0.0.0.0" not in hosts and "127.0.0.1" in hosts
    assert host_name("192.168.1.5:8000") not in hosts and "192.168.1.5" in allowed_hosts("192.168.1.5")


def test_the_dask_dashboard_listens_on_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    import dask.distributed

    from dipnet.distribute import make_client

    seen: dict[str, Any] = {}
    monkeypatch.setattr(dask.distributed, "LocalCluster", lambda **kw: seen.update(kw))
    monkeypatch.setattr(dask.distributed, "Client", lambda cluster: cluster)
    monkeypatch.delenv("DIPNET_DASK_DASHBOARD", raising=False)
    make_client(None, 1)
    assert seen["dashboard_address"].startswith("127.0.0.1:")
    monkeypatch.setenv("DIPNET_DASK_DASHBOARD", ":8787")  # asked for: every interface
    make_client(None, 1)
    assert seen["dashboard_address"] == ":8787"


# ---- the sidecar and the token --------------------------------------------------------------------
def test_a_stale_sidecar_is_not_followed(tmp_path: Path) -> None:
    """A sidecar left by a killed server names a process that is gone: ignored and removed."""
    import subprocess
    import sys

    from dipnet.serve.write import read_sidecar, sidecar_path, started, write_sidecar

    db = tmp_path / "kb.duckdb"
    write_sidecar(db, "http://127.0.0.1:9", TOKEN)
    assert read_sidecar(db) is not None  # this process wrote it and runs
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    info = json.loads(sidecar_path(db).read_text())
    info["pid"] = int(gone.stdout)
    sidecar_path(db).write_text(json.dumps(info))
    assert read_sidecar(db) is None and not sidecar_path(db).exists()
    info["pid"], info["started"] = 1, "0"  # a running process, but not the one that wrote it (pid reused)
    sidecar_path(db).write_text(json.dumps(info))
    assert started(1) is None or read_sidecar(db) is None


def test_ingest_sends_nothing_to_a_program_that_is_not_the_server(writable: Any) -> None:
    """Whatever listens at a sidecar's address must prove it holds the token (an HMAC of a fresh
    nonce and its own URL) before the token or a page is sent."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from dipnet.errors import StoreError
    from dipnet.model import Page
    from dipnet.serve.client import ingest_remote, verify

    got: list[tuple[str, str, str | None]] = []

    class Impostor(BaseHTTPRequestHandler):
        def _any(self) -> None:
            got.append((self.command, self.path, self.headers.get("Authorization")))
            body = json.dumps({"proof": "0" * 64, "added": 1, "already_stored": 0, "failed": 0, "errors": []})
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body.encode())

        do_GET = do_POST = _any

        def log_message(self, *a: Any) -> None:
            pass

    impostor = ThreadingHTTPServer(("127.0.0.1", 0), Impostor)
    threading.Thread(target=impostor.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{impostor.server_address[1]}"
        page = Page(source="p.txt", text="越通社河内——3月1日,越南外长会见老挝外长。")
        with pytest.raises(StoreError, match="not the server that holds the store"):
            ingest_remote([page], url, TOKEN, lambda e: None)
        assert [(m, a) for m, _, a in got] == [("GET", None)]  # one challenge; no token, no page
    finally:
        impostor.shutdown()
    app, addr = writable
    app.state.url = f"http://{addr[0]}:{addr[1]}"
    verify(app.state.url, TOKEN)  # the real server proves itself
    with pytest.raises(StoreError):  # its proof names its own URL: relayed from another address, it fails
        verify(f"http://localhost:{addr[1]}", TOKEN)
    with pytest.raises(StoreError):
        verify(app.state.url, TOKEN + "x")


def test_the_token_comes_from_a_file_or_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    import click

    from dipnet.cli_store import _token

    monkeypatch.delenv("DIPNET_TOKEN", raising=False)
    f = tmp_path / "token"
    f.write_text(TOKEN + "\n")
    f.chmod(0o600)
    assert _token(str(f), None) == TOKEN and capsys.readouterr().err == ""
    f.chmod(0o644)
    assert _token(str(f), None) == TOKEN and "other users" in capsys.readouterr().err
    assert _token(None, TOKEN) == TOKEN and "command line" in capsys.readouterr().err  # still taken, with a warning
    monkeypatch.setenv("DIPNET_TOKEN", TOKEN)
    assert _token(None, None) == TOKEN
    with pytest.raises(click.ClickException, match="twice"):
        _token(str(f), None)
    monkeypatch.setenv("DIPNET_TOKEN", "short")
    with pytest.raises(click.ClickException, match="16 characters"):
        _token(None, None)


# ---- connections ----------------------------------------------------------------------------------
def _connect(addr: tuple[str, int], source: str = "127.0.0.1") -> socket.socket:
    s = socket.create_connection(addr, timeout=10, source_address=(source, 0))
    return s


def _ask(s: socket.socket) -> bytes:
    s.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    out = b""
    while chunk := s.recv(65536):
        out += chunk
    return out


@pytest.mark.slow
def test_idle_connections_neither_stay_nor_shut_others_out(db: Path) -> None:
    """Many connections that never send a byte (a few hundred used to make every other client get
    503 for as long as they stayed): each client address holds a bounded share, and a connection
    that sends no request head in time is closed."""
    from dipnet.serve.conn import protocol

    app = create_app(str(db), token=TOKEN)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           limit_concurrency=40, http=protocol(header_timeout=1.5, per_client=16)))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 10
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    addr = ("127.0.0.1", port)
    idle = [_connect(addr) for _ in range(50)]  # more than the server's whole concurrency limit
    try:
        time.sleep(0.3)
        other = _connect(addr, source="127.0.0.2")  # another client
        assert _ask(other).startswith(b"HTTP/1.1 200"), "one client's idle connections shut another out"
        other.close()
        refused = sum(1 for s in idle if s.recv(65536).startswith(b"HTTP/1.1 503"))
        assert refused == 50 - 16  # past its share, a client is told so at once
        time.sleep(2.0)  # past the header timeout: the idle ones are closed by the server
        for s in idle:
            s.settimeout(1)
            assert s.recv(65536) == b""
        again = _connect(addr)
        assert _ask(again).startswith(b"HTTP/1.1 200")
        again.close()
        slow = _connect(addr)  # half a request head, then nothing
        slow.sendall(b"GET /health HTTP/1.1\r\nHo")
        slow.settimeout(5)
        assert slow.recv(65536) == b""
        slow.close()
    finally:
        for s in idle:
            s.close()
        server.should_exit = True
        thread.join(timeout=5)


def test_a_body_that_stalls_is_dropped() -> None:
    """A client that sends headers and then part of a body, then nothing, does not hold its request
    (and the write thread behind it) open: 408 in the error shape."""
    import asyncio

    from starlette.requests import Request
    from starlette.responses import JSONResponse

    from dipnet.serve.limits import Limits, SlowBody

    async def inner(scope: dict, receive: Any, send: Any) -> None:
        try:
            await Request(scope, receive).body()
        except SlowBody as exc:
            await JSONResponse({"error": {"code": "request_timeout", "message": exc.detail, "detail": None}},
                               status_code=exc.status_code)(scope, receive, send)

    sent: list[dict] = []

    async def receive() -> dict:
        if not sent:
            sent.append({})
            return {"type": "http.request", "body": b"x" * 10, "more_body": True}
        await asyncio.sleep(30)
        return {"type": "http.disconnect"}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/api/pages", "raw_path": b"/api/pages", "query_string": b"",
             "headers": [(b"host", b"127.0.0.1")]}
    t0 = time.time()
    asyncio.run(Limits(inner, body_timeout=0.2, hosts=frozenset({"127.0.0.1"}))(scope, receive, send))
    assert time.time() - t0 < 5
    assert sent[1]["status"] == 408 and _shape(sent[2]["body"])["code"] == "request_timeout"
