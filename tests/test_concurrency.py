"""One writer, many readers: a real `dipnet serve --token` process holds the store while pages are
ingested through its write route and through `dipnet ingest` (which finds the store locked and
hands the pages over); reader threads hammer the read routes all along. Every answer is 200, every
snapshot is one the writer actually committed (no half page, no half-rebuilt knowledge base), and
what a reader sees only grows."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from conftest import DEV, EXAMPLES, SEEDS, needs_corpus
from test_consolidate import build_store

TOKEN = "test-token-0123456789abcdef"
READS = ["/tables", "/events?limit=50", "/search?q=越南", "/registry/VN", "/countries/VN", "/ui/api/pages?limit=100",
         "/ui/api/events?limit=25&order=asc", "/entities?q=越", "/ui/api/network?limit=50", "/ui/api/range"]
COUNTED = ("documents", "events", "facts", "kb_events", "event_mentions", "fact_claims", "page_grams")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(base: str, path: str) -> tuple[int, object]:
    url = base + urllib.parse.quote(path, safe="/?=&:")
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, e.read()[:300]


def _post(base: str, path: str, body: bytes) -> tuple[int, dict]:
    req = urllib.request.Request(base + path, data=body, method="POST",
                                 headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return r.status, json.loads(r.read())


def _state(tables: object) -> tuple[int, ...]:
    rows = {t["table"]: t["rows"] for t in tables}  # type: ignore[union-attr]
    return tuple(rows[t] for t in COUNTED)


@needs_corpus
@pytest.mark.slow
def test_serve_answers_consistently_while_pages_are_ingested(tmp_path: Path) -> None:
    db = build_store(tmp_path / "kb.duckdb")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "DIPNET_TOKEN": TOKEN}
    server = subprocess.Popen([sys.executable, "-m", "dipnet.cli", "serve", "--db", str(db), "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.time() + 30
        while True:
            try:
                if _get(base, "/health")[0] == 200:
                    break
            except OSError:
                pass
            assert time.time() < deadline and server.poll() is None, "the server did not start"
            time.sleep(0.1)
        sidecar = db.with_name("." + db.name + ".serve.json")
        assert sidecar.exists() and stat.S_IMODE(sidecar.stat().st_mode) == 0o600
        assert json.loads(sidecar.read_text())["token"] == TOKEN
        assert _get(base, "/health")[1] == {"status": "ok", "read_only": False}

        committed = {_state(_get(base, "/tables")[1])}  # every state a reader may see
        stop = threading.Event()
        failures: list[str] = []
        seen: list[list[tuple[int, ...]]] = []
        served = [0]
        pages_seen: dict[str, int] = {}  # doc_id -> its events in the first view of it
        lock = threading.Lock()

        def reader(k: int) -> None:
            mine: list[tuple[int, ...]] = []
            seen.append(mine)
            i = k
            while not stop.is_set():
                path = READS[i % len(READS)]
                i += 1
                status, body = _get(base, path)
                with lock:
                    served[0] += 1
                if status != 200:
                    failures.append(f"{path}: {status} {body!r}")
                    continue
                if path == "/tables":
                    mine.append(_state(body))
                elif path.startswith("/ui/api/pages?") and body["items"]:  # type: ignore[index]
                    doc = body["items"][-1]["doc_id"]  # type: ignore[index]
                    st, view = _get(base, f"/ui/api/pages/{doc}")
                    if st != 200:
                        failures.append(f"page {doc}: {st}")
                        continue
                    n = sum(1 for it in view["items"] if it["kind"] == "event")  # type: ignore[index]
                    with lock:
                        pages_seen.setdefault(doc, n)

        threads = [threading.Thread(target=reader, args=(k,)) for k in range(6)]
        for t in threads:
            t.start()
        try:
            # the write route, a page at a time, each followed by its consolidation
            records = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
            for rec in records[:8]:
                status, out = _post(base, "/api/pages", json.dumps(rec, ensure_ascii=False).encode())
                assert status == 200 and out["failed"] == 0, out
                committed.add(_state(_get(base, "/tables")[1]))
            # `dipnet ingest` on the locked store hands its pages to the server
            batch = tmp_path / "batch"
            batch.mkdir()
            (batch / "more.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[8:]),
                                              encoding="utf-8")
            for p in SEEDS:
                (batch / p.name).write_bytes(p.read_bytes())
            done = subprocess.run([sys.executable, "-m", "dipnet.cli", "ingest", str(batch), "--db", str(db)],
                                  capture_output=True, text=True, timeout=600)
            assert done.returncode == 0, done.stderr
            assert "held by the server" in done.stderr and "consolidated:" in done.stderr, done.stderr
            assert f"{len(records) - 8 + len(SEEDS)} page(s) added" in done.stderr, done.stderr
            final = _state(_get(base, "/tables")[1])
            committed.add(final)
            time.sleep(0.3)  # a few more reads of the final state
        finally:
            stop.set()
            for t in threads:
                t.join(timeout=60)
        assert not failures, failures[:5]
        assert served[0] > 50
        docs_final = final[0]
        assert docs_final == 7 + len(records) + len(SEEDS)
        extracted = {c[0]: c[:3] for c in committed}  # pages -> (pages, events, facts) after them
        rebuilt = {c[3:] for c in committed}  # every consolidation the writer finished
        for mine in seen:
            docs = [s[0] for s in mine]
            assert docs == sorted(docs), "a reader saw the pages shrink"
            for s in mine:
                assert s[3:] in rebuilt, f"a half-rebuilt knowledge base: {s}"
                # with as many pages as a recorded state, the same events and facts: no half page (the
                # pages `dipnet ingest` handed over in one batch pass through states nobody recorded)
                assert s[0] not in extracted or s[:3] == extracted[s[0]], f"half a page: {s}"
                assert s[0] >= max(c[0] for c in committed if c[3:] == s[3:]) or s[3:] == final[3:], s
        for doc, n in pages_seen.items():  # a page's events are there whole from its first view on
            st, view = _get(base, f"/ui/api/pages/{doc}")
            assert st == 200 and sum(1 for it in view["items"] if it["kind"] == "event") == n, doc
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert not db.with_name("." + db.name + ".serve.json").exists()  # removed on the way out


def _start(db: Path, port: int) -> subprocess.Popen:
    """`dipnet serve` with the token, up and answering."""
    server = subprocess.Popen([sys.executable, "-m", "dipnet.cli", "serve", "--db", str(db), "--port", str(port)],
                              env={**os.environ, "DIPNET_TOKEN": TOKEN}, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while True:
        try:
            if _get(f"http://127.0.0.1:{port}", "/health")[0] == 200:
                return server
        except OSError:
            pass
        assert time.time() < deadline and server.poll() is None, "the server did not start"
        time.sleep(0.1)


@pytest.mark.slow
def test_a_server_killed_between_pages_and_consolidation_catches_up_at_restart(tmp_path: Path) -> None:
    """`kill -9` of `serve --token` after it stored pages and before it consolidated them: the next
    server finds them and consolidates them by itself, as the next `dipnet ingest` would."""
    from dipnet.store import Store

    db = tmp_path / "kb.duckdb"
    Store(db).close()
    # the bundled examples, so that the test runs in a clone without the corpus
    records = [json.loads(line) for line in (EXAMPLES / "protest.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()]
    records.append({"source": "vn_lao_visit.txt", "text": (EXAMPLES / "vn_lao_visit.txt").read_text(encoding="utf-8")})
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = _start(db, port)
    try:
        status, out = _post(base, "/api/pages?consolidate=false", body)  # stored, not yet consolidated
        assert status == 200 and out["added"] == len(records), out
        assert _get(base, "/events")[1]["total"] == 0  # type: ignore[index]
    finally:
        server.kill()  # SIGKILL: no shutdown, the sidecar stays behind
        server.wait(timeout=30)
    server = _start(db, port)
    try:
        deadline = time.time() + 120
        while (total := _get(base, "/events")[1]["total"]) == 0 and time.time() < deadline:  # type: ignore[index]
            time.sleep(0.5)
        assert total > 0, "the restarted server never consolidated the pages it found"
        status, out = _post(base, "/api/pages", body)  # the same pages again: stored already, nothing to redo
        assert status == 200 and out["added"] == 0 and out["already_stored"] == len(records), out
        assert out["consolidated"] is None, out
    finally:
        server.terminate()
        server.wait(timeout=30)
    checked = subprocess.run([sys.executable, "-m", "dipnet.cli", "check", "--db", str(db)], capture_output=True,
                             text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr
