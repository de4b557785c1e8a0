"""Bounds on what one request may send: the Host it names (only the names the server was started
for: a page on another site that rebinds its DNS name to this machine cannot read the API), the
length of its URL (path and query string), its date and number parameters, the size of its body and
the time it takes to send it. A pure ASGI middleware, ahead of routing, so a bad request is refused
before anything parses it, in the API's one error shape."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl

from starlette.exceptions import HTTPException

MAX_URL = 8192  # bytes of path + query string; the UI's longest link is a few hundred
MAX_BODY = 16 * 1024 * 1024  # a batch of pages for the write route; reads send no body at all
BODY_TIMEOUT = 60.0  # seconds a client may leave between two pieces of its body
DATES = ("from", "to", "as_of")  # every route's date parameters (YYYY, YYYY-MM or YYYY-MM-DD)
COUNTS = ("limit", "offset", "min_weight")  # every route's counts; each route bounds its own further
MAX_COUNT = 10**9
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
_DATE = re.compile(r"[0-9]{4}(?:-[0-9]{1,2}(?:-[0-9]{1,2})?)?")

Scope = dict[str, Any]
Receive = Any
Send = Any


async def refuse(send: Send, status: int, code: str, message: str, detail: Any = None) -> None:
    body = json.dumps({"error": {"code": code, "message": message, "detail": detail}}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


def allowed_hosts(host: str, extra: Iterable[str] = ()) -> frozenset[str]:
    """The Host names a server bound to `host` answers: loopback's, `host` itself (not the wildcard
    addresses, which no client names), and the `extra` ones (--allow-host)."""
    names = {*LOCAL_HOSTS, *(h.strip().lower().strip("[]") for h in extra if h.strip())}
    if host not in ("0.0.0.0", "::", ""):
        names.add(host.lower().strip("[]"))
    return frozenset(names)


def host_name(header: str) -> str:
    """`name[:port]` or `[v6]:port` without the port, lower case."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].partition("]")[0]
    return header.rpartition(":")[0] if header.count(":") == 1 else header


def bad_parameter(query_string: bytes) -> str | None:
    """Why a date or count parameter cannot be taken, or None: checked here once for every route
    (the UI's too), so that no value reaches a query that would fail on it."""
    from datetime import date

    try:
        pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    except ValueError as exc:
        return f"the query string cannot be read: {exc}"
    for name, value in pairs:
        if name in DATES and value:
            parts = [int(p) for p in value.split("-")] if _DATE.fullmatch(value) else []
            try:
                if not parts or not date(*parts, *[1] * (3 - len(parts))):
                    raise ValueError(value)
            except ValueError:
                return f"{name}: not a date: {value[:40]!r} (use YYYY, YYYY-MM or YYYY-MM-DD, year 1 to 9999)"
        if name in COUNTS and value and not (value.isascii() and value.isdigit() and int(value) <= MAX_COUNT):
            return f"{name}: not a whole number from 0 to {MAX_COUNT}: {value[:40]!r}"
    return None


class Limits:
    """`app.add_middleware(Limits, max_body=..., max_url=..., hosts=...)`; `hosts` None takes any Host."""

    def __init__(self, app: Any, max_body: int = MAX_BODY, max_url: int = MAX_URL,
                 hosts: frozenset[str] | None = None, body_timeout: float = BODY_TIMEOUT) -> None:
        self.app = app
        self.max_body = max_body
        self.max_url = max_url
        self.hosts = hosts
        self.body_timeout = body_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        if self.hosts is not None:
            name = host_name(headers.get(b"host", b"").decode("latin-1"))
            if name not in self.hosts:
                await refuse(send, 400, "bad_host", f"this server does not answer for the host {name[:100]!r} "
                             "(start it with --allow-host NAME to add one)", {"allowed": sorted(self.hosts)})
                return
        url_len = len(scope.get("raw_path") or scope["path"].encode()) + len(scope.get("query_string") or b"")
        if url_len > self.max_url:
            await refuse(send, 414, "uri_too_long", f"the URL is {url_len} bytes; at most {self.max_url} are read",
                         {"limit": self.max_url})
            return
        if (why := bad_parameter(scope.get("query_string") or b"")) is not None:
            await refuse(send, 400, "invalid_parameters", why)
            return
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                await refuse(send, 400, "bad_request", "Content-Length is not a number")
                return
            if size > self.max_body:
                await refuse(send, 413, "payload_too_large", f"the body is {size} bytes; at most {self.max_body} "
                             "are accepted", {"limit": self.max_body})
                return
        # a chunked body declares no length: count it as it arrives and stop at the bound
        seen = 0
        too_large = False

        async def bounded() -> dict[str, Any]:
            nonlocal seen, too_large
            try:  # a client that stops sending half-way does not hold its request open for ever
                message = await asyncio.wait_for(receive(), self.body_timeout)
            except TimeoutError:
                raise SlowBody(self.body_timeout) from None
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    too_large = True
                    raise BodyTooLarge(self.max_body)
            return message

        started = False

        async def tracked(message: dict[str, Any]) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, bounded, tracked)
        except BodyTooLarge:
            if not started:
                await refuse(send, 413, "payload_too_large", f"the body exceeds {self.max_body} bytes",
                             {"limit": self.max_body})
            elif not too_large:
                raise


class BodyTooLarge(HTTPException):
    """Raised inside the app's receive() when a body without a declared length passes the bound: the
    app's HTTPException handler answers it (413) in the error shape."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the body exceeds {limit} bytes")
        self.limit = limit


class SlowBody(HTTPException):
    """Raised inside the app's receive() when a body stalls: answered 408 in the error shape."""

    def __init__(self, seconds: float) -> None:
        super().__init__(408, f"the body did not arrive: nothing for {seconds:g} s")
