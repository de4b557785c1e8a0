"""The API's write side, there only when the server was started with a token: POST /api/pages takes
page records and runs what `dipnet ingest` runs (extraction, the store, consolidation), and POST
/api/consolidate rebuilds the knowledge base. Without a token both answer 403; without the right
`Authorization: Bearer TOKEN` header, 401 or 403.

DuckDB lets one process open a file for writing, so the serving process is the store's one writer:
every write runs on one worker thread through a cursor of its own (`Store.for_thread`), while request
threads read from the last committed state. The server leaves a sidecar file next to the store
(mode 0600: the URL and the token) so that `dipnet ingest` finding the store locked can hand its
pages over instead."""

from __future__ import annotations

import asyncio
import hmac
import json
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi import Query as Param
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from dipnet.errors import InputError, StoreError
from dipnet.model import Document, Page
from dipnet.store import Store

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


def write_sidecar(db: str | Path, url: str, token: str) -> Path:
    path = sidecar_path(db)
    path.unlink(missing_ok=True)  # a stale one (a server that was killed) may be there, perhaps not ours
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # the token: readable by its owner only
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"url": url, "token": token, "pid": os.getpid()}, fh)
    return path


def read_sidecar(db: str | Path) -> dict[str, Any] | None:
    path = sidecar_path(db)
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise StoreError(f"{path}: unreadable server sidecar: {exc}") from exc
    return info if isinstance(info, dict) and "url" in info and "token" in info else None


def page_from_record(rec: Any, where: str) -> Page:
    """A record {text|html, source?, url?, title?, published?} as a Page. `text` is taken as the
    page's text as it stands (what `dipnet ingest` hands over after reading a file itself)."""
    from dipnet.read.html import page_from_html

    if not isinstance(rec, dict):
        raise InputError(where, "a record must be an object with `text` or `html`")
    string = {k: v for k, v in rec.items() if isinstance(v, str)}
    source = string.get("url") or string.get("source") or where
    body = string.get("html") or string.get("text") or ""
    if not body.strip():
        raise InputError(source, "record has neither a non-empty `text` nor `html` field")
    if len(body) > MAX_PAGE_CHARS:
        raise InputError(source, f"a page of {len(body)} characters exceeds the {MAX_PAGE_CHARS}-character limit")
    if string.get("html", "").strip():
        page = page_from_html(body, source, url=string.get("url"), published=string.get("published"))
    else:
        page = Page(source=source, text=body, url=string.get("url"), published=string.get("published"),
                    encoding="utf-8")
    if string.get("title", "").strip():
        page.title = string["title"].strip()
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
    try:
        if stripped[0] == "[":
            records = json.loads(stripped)
        elif stripped[0] == "{" and "\n" not in stripped:
            records = [json.loads(stripped)]
        else:
            records = [json.loads(line) for line in stripped.splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        raise InputError("request", f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from exc
    if not isinstance(records, list):
        raise InputError("request", "send one record, an array of records, or JSON Lines")
    if len(records) > MAX_PAGES:
        raise InputError("request", f"{len(records)} records in one request; at most {MAX_PAGES}")
    return records


class Writer:
    """The store's one writer: every write runs in order on one thread, through its own cursor."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dipnet-writer")
        self._cursor: Store | None = None
        self._dirty = False  # pages added since the last consolidation
        self._last: dict[str, int] = {}

    def _writer(self) -> Store:
        if self._cursor is None:  # created on the writer thread, used only there
            self._cursor = self.store.for_thread()
        return self._cursor

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

    def _consolidate(self, force: bool) -> dict[str, int]:
        from dipnet.consolidate import consolidate

        # requests queued behind one consolidation share it: nothing changed since, nothing to redo
        if self._dirty or force or not self._last:
            self._dirty = False
            self._last = consolidate(self._writer())
        return self._last

    async def add(self, docs: list[Document | InputError]) -> dict[str, Any]:
        return await asyncio.wrap_future(self.pool.submit(self._add, docs))

    async def consolidate(self, force: bool = False) -> dict[str, int]:
        return await asyncio.wrap_future(self.pool.submit(self._consolidate, force))

    def close(self) -> None:
        self.pool.shutdown(wait=True)
        if self._cursor is not None:
            self._cursor.close()


def _extract(records: list[Any]) -> list[Document | InputError]:
    from dipnet.pipeline import process_page

    out: list[Document | InputError] = []
    for n, rec in enumerate(records, 1):
        try:
            out.append(process_page(page_from_record(rec, f"request:{n}")))
        except InputError as exc:
            out.append(exc)
    return out


def mount_writes(app: FastAPI, store: Store, token: str | None) -> None:
    """Add the write routes to `app`; they refuse everything unless `token` is set and sent."""
    writer = Writer(store) if token else None
    app.state.writer = writer

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

    @app.post("/api/pages", tags=["write"])
    async def add_pages(request: Request, w: Writer = W,
                        consolidate: bool = Param(True, description="rebuild the knowledge base afterwards")
                        ) -> dict[str, Any]:
        """Ingest page records (JSON, a JSON array, or JSON Lines of {text|html, source, url, title,
        published}) as `dipnet ingest` does. Needs the server's token."""
        records = parse_records(await request.body())
        docs = await run_in_threadpool(_extract, records)
        out: dict[str, Any] = await w.add(docs)
        out["consolidated"] = await w.consolidate() if consolidate and out["added"] else None
        return out

    @app.post("/api/consolidate", tags=["write"])
    async def consolidate_now(w: Writer = W) -> dict[str, Any]:
        """Rebuild the knowledge base across the stored pages (what `dipnet consolidate` does)."""
        return {"consolidated": await w.consolidate(force=True)}
