"""The answer cache: a read answered once is kept, byte for byte, with the tables it read and their
versions (dipnet.serve.versions), and served again without touching the store while none of those
tables has changed. Each kept answer carries an ETag naming those versions; a request sending it
back in If-None-Match gets 304 while it holds. A pure ASGI middleware behind the Host, URL and
parameter checks (serve.limits), so nothing it serves skips them.

Only GET answers of the read routes with status 200 are kept, and only when the tables read were
not written while the answer was made (else it is served once, without an ETag). Requests for an
answer being made wait for it instead of making it again: after a write, 64 connections asking for
the same page cost one query, not 64. Bounded in bytes, least recently used first out."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from dipnet.query import READS
from dipnet.serve.versions import Versions

# the read routes (serve.create_app, ui.mount_ui); the write routes, /health and the docs are not kept
PREFIXES = ("/tables", "/registry/", "/events", "/entities", "/people/", "/countries/", "/pairs/", "/timeline/",
            "/search", "/ui/api/")
MAX_BYTES = 64 * 1024 * 1024
MAX_ENTRY = 4 * 1024 * 1024
WAITS = 2  # times a request waits for another making the same answer before making it itself

Key = tuple[str, bytes, str]


@dataclass
class Entry:
    tables: tuple[str, ...]
    versions: tuple[int, ...]
    etag: bytes
    start: dict[str, Any]
    body: bytes


def _matches(if_none_match: bytes | None, etag: bytes) -> bool:
    if not if_none_match:
        return False
    tags = [t.strip() for t in if_none_match.split(b",")]
    return any(t == b"*" or t.removeprefix(b"W/") == etag for t in tags)


class AnswerCache:
    """`app.add_middleware(AnswerCache, versions=...)`."""

    def __init__(self, app: Any, versions: Versions, prefixes: tuple[str, ...] = PREFIXES,
                 max_bytes: int = MAX_BYTES) -> None:
        self.app = app
        self.versions = versions
        self.prefixes = prefixes
        self.max_bytes = max_bytes
        self.entries: OrderedDict[Key, Entry] = OrderedDict()
        self.size = 0
        self.making: dict[Key, asyncio.Future[None]] = {}

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith(self.prefixes):
            await self.app(scope, receive, send)
            return
        # the day is part of the key: an answer "as of today" (the registry's default) changes at midnight
        key = (scope["path"], scope.get("query_string") or b"", dt.date.today().isoformat())
        inm = next((v for k, v in scope.get("headers") or () if k == b"if-none-match"), None)
        for _ in range(WAITS + 1):
            entry = self._fresh(key)
            if entry is not None:
                await self._replay(entry, inm, send)
                return
            if (making := self.making.get(key)) is None:
                break
            await asyncio.shield(making)
        if key in self.making:  # waited enough: make it beside the other
            await self._make(key, scope, receive, send, inm)
            return
        done = asyncio.get_running_loop().create_future()
        self.making[key] = done
        try:
            await self._make(key, scope, receive, send, inm)
        finally:
            del self.making[key]
            done.set_result(None)

    def _fresh(self, key: Key) -> Entry | None:
        entry = self.entries.get(key)
        if entry is None:
            return None
        if self.versions.of(entry.tables) != entry.versions:
            return None
        self.entries.move_to_end(key)
        return entry

    async def _make(self, key: Key, scope: dict[str, Any], receive: Any, send: Any, inm: bytes | None) -> None:
        before = self.versions.now()
        reads: set[str] = set()
        token = READS.set(reads)  # the query module notes every table the answer reads (Query._all)
        start: dict[str, Any] | None = None
        chunks: list[bytes] = []

        async def keep(message: dict[str, Any]) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        try:
            await self.app(scope, receive, keep)
        finally:
            READS.reset(token)
        assert start is not None, "the app answered nothing"
        body = b"".join(chunks)
        tables = tuple(sorted(reads))
        versions = self.versions.of(tables, before)
        if (start["status"] != 200 or not tables or versions is None or len(body) > MAX_ENTRY
                or self.versions.of(tables) != versions):
            # not a kept answer (an error, no table read, or a table written meanwhile): as it came
            await send(start)
            await send({"type": "http.response.body", "body": body})
            return
        etag = f'"{self.versions.epoch}.{max(versions)}.{key[2].replace("-", "")}"'.encode()
        headers = [(k, v) for k, v in start.get("headers", []) if k not in (b"etag", b"cache-control")]
        headers += [(b"etag", etag), (b"cache-control", b"no-cache")]  # the client asks again, with its ETag
        entry = Entry(tables, versions, etag, {**start, "headers": headers}, body)
        self._keep(key, entry)
        await self._replay(entry, inm, send)

    def _keep(self, key: Key, entry: Entry) -> None:
        old = self.entries.pop(key, None)
        if old is not None:
            self.size -= len(old.body)
        self.entries[key] = entry
        self.size += len(entry.body)
        while self.size > self.max_bytes and self.entries:
            _, out = self.entries.popitem(last=False)
            self.size -= len(out.body)

    async def _replay(self, entry: Entry, inm: bytes | None, send: Any) -> None:
        if _matches(inm, entry.etag):
            await send({"type": "http.response.start", "status": 304,
                        "headers": [(b"etag", entry.etag), (b"cache-control", b"no-cache")]})
            await send({"type": "http.response.body", "body": b""})
            return
        await send(entry.start)
        await send({"type": "http.response.body", "body": entry.body})
