"""The API's write side, there only when the server was started with a token: POST /api/pages takes
page records and runs what `dipnet ingest` runs (extraction, the store, consolidation), and POST
/api/consolidate rebuilds the knowledge base. Without a token both answer 403; without the right
`Authorization: Bearer TOKEN` header, 401 or 403. GET /api/proof?nonce=N answers the HMAC of the
nonce and the server's own URL under the token: `dipnet ingest` asks it before it sends the token or
a page to the address a sidecar names, so a stale sidecar never hands them to another program.

DuckDB lets one process open a file for writing, so the serving process is the store's one writer:
every write runs on one worker thread through a cursor of its own (`Store.for_thread`), while request
threads read from the last committed state. The server leaves a sidecar file next to the store
(mode 0600: the URL and the token) so that `dipnet ingest` finding the store locked can hand its
pages over instead."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi import Query as Param
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from dipnet.errors import InputError, StoreError
from dipnet.model import Document, Page
from dipnet.read.jsonl import DuplicateKey, unique_keys
from dipnet.read.names import excerpt
from dipnet.serve.versions import Tracked, Versions
from dipnet.store import Store

log = logging.getLogger("dipnet.serve")

MAX_PAGES = 2000  # records in one request
MAX_PAGE_CHARS = 2_000_000  # one page's text or HTML; a news page is kilobytes


class Denied(Exception):
    """A write without the server's token (or to a server that has none)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def sidecar_path(db: str | Path) -> Path:
    """Where a serving process tells `dipnet ingest` how to reach it: a dot-file, which `dipnet ingest
    DIR` skips, so the token never becomes a stored page."""
    p = Path(db)
    return p.with_name(f".{p.name}.serve.json")


def started(pid: int) -> str | None:
    """When process `pid` started (Linux: clock ticks since boot, from /proc), or None where unknown;
    with the pid it names one process, even after the pid is reused."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    fields = stat.rpartition(")")[2].split()
    return fields[19] if len(fields) > 19 else None


def alive(pid: int, start: str | None) -> bool:
    """Whether the process that wrote a sidecar is still running (the same process: same start)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process now has that pid
        return False
    return start is None or started(pid) in (None, start)


def proof(token: str, nonce: str, url: str) -> str:
    """What only the server holding `token` can answer for `nonce` at `url`."""
    return hmac.new(token.encode(), f"dipnet-serve {nonce} {url.rstrip('/')}".encode(), hashlib.sha256).hexdigest()


def write_sidecar(db: str | Path, url: str, token: str) -> Path:
    path = sidecar_path(db)
    path.unlink(missing_ok=True)  # a stale one (a server that was killed) may be there, perhaps not ours
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # the token: readable by its owner only
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"url": url, "token": token, "pid": os.getpid(), "started": started(os.getpid())}, fh)
    return path


def read_sidecar(db: str | Path) -> dict[str, Any] | None:
    """The running server's sidecar, or None: none there, or one left by a server that is gone (its
    process no longer runs), which is then removed."""
    path = sidecar_path(db)
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise StoreError(f"{path}: unreadable server sidecar: {exc}") from exc
    if not (isinstance(info, dict) and "url" in info and "token" in info):
        return None
    pid = info.get("pid")
    if isinstance(pid, int) and not alive(pid, info.get("started")):
        log.warning("%s: left by a server that is gone (pid %s); ignored and removed", path, pid)
        path.unlink(missing_ok=True)
        return None
    return info


def page_from_record(rec: Any, where: str, max_chars: int | None = None) -> Page:
    """A record {text|html, source?, url?, title?, published?, fetched?} as a Page. `text` is taken as the
    page's text as it stands (what `dipnet ingest` hands over after reading a file itself)."""
    from dipnet.read.fetched import fetched_day
    from dipnet.read.html import page_from_html

    if not isinstance(rec, dict):
        raise InputError(where, "a record must be an object with `text` or `html`")
    string = {k: v for k, v in rec.items() if isinstance(v, str)}
    source = string.get("url") or string.get("source") or where
    body = string.get("html") or string.get("text") or ""
    if not body.strip():
        raise InputError(source, "record has neither a non-empty `text` nor `html` field")
    limit = MAX_PAGE_CHARS if max_chars is None else max_chars
    if len(body) > limit:
        raise InputError(source, f"a page of {len(body)} characters exceeds the {limit}-character limit")
    if string.get("html", "").strip():
        page = page_from_html(body, source, url=string.get("url"), published=string.get("published"))
    else:
        page = Page(source=source, text=body, url=string.get("url"), published=string.get("published"),
                    encoding="utf-8")
    if string.get("title", "").strip():
        page.title = string["title"].strip()
    if rec.get("fetched") is not None:
        page.fetched = fetched_day(rec["fetched"], source, "`fetched`")
    return page


def parse_records(body: bytes) -> list[Any]:
    """A JSON object, a JSON array of objects, or JSON Lines."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError("request", f"the body is not UTF-8: {exc.reason}") from exc
    stripped = text.strip()
    if not stripped:
        raise InputError("request", "empty body: send page records as JSON or JSON Lines")
    try:  # a key given twice is refused, as the JSONL reader refuses it (which value is meant is unknown)
        if stripped[0] == "[":
            records = json.loads(stripped, object_pairs_hook=unique_keys)
        elif stripped[0] == "{" and "\n" not in stripped:
            records = [json.loads(stripped, object_pairs_hook=unique_keys)]
        else:
            records = [json.loads(line, object_pairs_hook=unique_keys) for line in stripped.splitlines() if line.strip()]
    except DuplicateKey as exc:
        raise InputError("request", f"a JSON object has the key '{excerpt(exc.key, 40)}' twice: which value is "
                                    "meant is unknown, so nothing was stored") from exc
    except json.JSONDecodeError as exc:
        raise InputError("request", f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from exc
    if not isinstance(records, list):
        raise InputError("request", "send one record, an array of records, or JSON Lines")
    if len(records) > MAX_PAGES:
        raise InputError("request", f"{len(records)} records in one request; at most {MAX_PAGES}")
    return records


class Writer:
    """The store's one writer: every write runs in order on one thread, through its own cursor. At
    start it finishes what a killed predecessor left: pages stored but never consolidated (a server
    or an ingest killed between the two) are consolidated before any other write, as `dipnet ingest`
    does on its next run."""

    def __init__(self, store: Store, versions: Versions | None = None) -> None:
        self.store = store
        self.versions = versions or Versions()
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dipnet-writer")
        self._cursor: Store | None = None
        self._dirty = False  # pages stored since the last finished consolidation
        self._last: dict[str, int] = {}
        self.extract = Extractor()
        self.caught_up = self.pool.submit(self._catch_up)
        self.caught_up.add_done_callback(_log_failure)

    def _writer(self) -> Store:
        if self._cursor is None:  # created on the writer thread, used only there
            self._cursor = self.store.for_thread()
            # each committed write moves the versions of the tables it wrote (the answer cache's)
            self._cursor.con = Tracked(self._cursor.con, self.versions)  # type: ignore[assignment]
        return self._cursor

    def _catch_up(self) -> dict[str, int] | None:
        self._dirty = self._writer().needs_consolidation()
        if not self._dirty:
            return None
        log.warning("%s: pages stored since the last finished consolidation (a run killed between the two): "
                    "consolidating them", self.store.path)
        return self._consolidate(force=False, added=True)

    def _add(self, docs: list[Document | InputError]) -> dict[str, Any]:
        store = self._writer()
        added = same = 0
        errors: list[dict[str, str]] = []
        for item in docs:
            outcome, reason = store.take(item)  # a bad item is noted and the batch goes on, as in `dipnet ingest`
            added += outcome == "added"
            same += outcome == "same"
            if reason is not None:
                errors.append({"source": item.source, "reason": reason})
        self._dirty = self._dirty or bool(added)
        return {"added": added, "already_stored": same, "failed": len(errors), "errors": errors}

    def _consolidate(self, force: bool, added: bool) -> dict[str, int] | None:
        from dipnet.consolidate import consolidate, update

        # requests queued behind one consolidation share it: nothing changed since, nothing to redo;
        # the flag is cleared only once a consolidation has finished, so a failed one is tried again
        if self._dirty or force:
            # the new pages only, as `ingest` does (one transaction: readers never see half of it);
            # `consolidate=force` rebuilds the whole knowledge base
            self._last = consolidate(self._writer()) if force else update(self._writer())
            self._dirty = False
            return self._last
        return self._last if added else None

    async def add(self, docs: list[Document | InputError]) -> dict[str, Any]:
        return await asyncio.wrap_future(self.pool.submit(self._add, docs))

    async def consolidate(self, force: bool = False, added: bool = True) -> dict[str, int] | None:
        """Consolidate when anything is stored that is not yet (or always, with `force`); the counts,
        or None when a request that added nothing had nothing to bring level."""
        return await asyncio.wrap_future(self.pool.submit(self._consolidate, force, added))

    def close(self) -> None:
        self.extract.close()
        self.pool.shutdown(wait=True)
        if self._cursor is not None:
            self._cursor.close()


def _log_failure(done: Future[Any]) -> None:
    if not done.cancelled() and done.exception() is not None:
        log.error("consolidating at start failed (the next write tries again): %s", done.exception())


def _extract(records: list[Any], max_chars: int | None = None) -> list[Document | InputError]:
    from dipnet.pipeline import process_page

    out: list[Document | InputError] = []
    for n, rec in enumerate(records, 1):
        try:
            out.append(process_page(page_from_record(rec, f"request:{n}", max_chars)))
        except InputError as exc:
            out.append(exc)
    return out


def _extract_apart(records: list[Any], max_chars: int) -> list[Document | tuple[str, str]]:
    # an InputError does not survive pickling (two arguments): its two fields cross instead
    return [(x.source, x.reason) if isinstance(x, InputError) else x for x in _extract(records, max_chars)]


class Extractor:
    """Extraction in a process of its own (spawned: the server has threads and DuckDB's). Extracting
    a page is pure Python for tens of milliseconds: in a thread it took the GIL from the event loop
    that answers reads, and every answer waited. The process loads the pipeline once, at start;
    one that dies is replaced, and the batch it had is extracted here."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None

    def start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=warm)
        return self._pool

    async def __call__(self, records: list[Any]) -> list[Document | InputError]:
        try:
            out = await asyncio.wrap_future(self.start().submit(_extract_apart, records, MAX_PAGE_CHARS))
        except BrokenProcessPool:
            log.error("the extraction process died; a new one is started, and this batch extracted in the server")
            self._pool = None
            return await run_in_threadpool(_extract, records, MAX_PAGE_CHARS)
        return [InputError(*x) if isinstance(x, tuple) else x for x in out]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def warm() -> None:
    """Load what extraction needs (the knowledge base, the recognizers) now rather than in the first
    write request, by extracting one invented sentence."""
    _extract([{"text": "越南政府总理会见中国外交部长。", "source": "warm-up"}])


def mount_writes(app: FastAPI, store: Store, token: str | None, url: str | None = None,
                 versions: Versions | None = None) -> None:
    """Add the write routes to `app`; they refuse everything unless `token` is set and sent. `url` is
    the server's own address, which its proofs name; `versions` are moved by every committed write."""
    writer = Writer(store, versions) if token else None  # (catching up on a killed predecessor's pages at once)
    app.state.writer = writer
    app.state.url = url

    @app.exception_handler(Denied)
    async def _denied(_: Request, exc: Denied) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return JSONResponse(status_code=exc.status, headers=headers,
                            content={"error": {"code": exc.code, "message": exc.message, "detail": None}})

    @app.exception_handler(InputError)
    async def _bad_input(_: Request, exc: InputError) -> JSONResponse:
        return JSONResponse(status_code=400, content={"error": {"code": "bad_request", "message": str(exc),
                                                                "detail": None}})

    def authorized(request: Request) -> Writer:
        if writer is None or not token:
            raise Denied(403, "read_only", "this server is read-only: start it with `dipnet serve --token TOKEN` "
                         "(or DIPNET_TOKEN) to accept writes")
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not given:
            raise Denied(401, "unauthorized", "send the server's token as `Authorization: Bearer TOKEN`")
        if not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise Denied(403, "forbidden", "wrong token")
        return writer

    W = Depends(authorized)

    @app.get("/api/proof", tags=["write"])
    def prove(nonce: str = Param(..., pattern="^[0-9a-f]{32,128}$", description="random hex from the client")
              ) -> dict[str, Any]:
        """HMAC-SHA256 under the token of `dipnet-serve NONCE URL`, URL being this server's own: a
        client holding the token checks it before sending the token anywhere. 404 on a read-only
        server or one that does not know its URL."""
        if not token or not app.state.url:
            raise Denied(404, "not_found", "this server takes no writes")
        return {"url": app.state.url, "proof": proof(token, nonce, app.state.url)}

    @app.post("/api/pages", tags=["write"])
    async def add_pages(request: Request, w: Writer = W,
                        consolidate: bool = Param(True, description="rebuild the knowledge base afterwards")
                        ) -> dict[str, Any]:
        """Ingest page records (JSON, a JSON array, or JSON Lines of {text|html, source, url, title,
        published}) as `dipnet ingest` does. Needs the server's token."""
        records = parse_records(await request.body())
        docs = await w.extract(records)
        out: dict[str, Any] = await w.add(docs)
        # with nothing added, still bring the knowledge base level if pages are waiting for it
        out["consolidated"] = await w.consolidate(added=bool(out["added"])) if consolidate else None
        return out

    @app.post("/api/consolidate", tags=["write"])
    async def consolidate_now(w: Writer = W) -> dict[str, Any]:
        """Rebuild the knowledge base across the stored pages (what `dipnet consolidate` does)."""
        return {"consolidated": await w.consolidate(force=True)}
