"""Bounds on what one request may send: the length of its URL (path and query string) and the size
of its body. A pure ASGI middleware, ahead of routing, so an oversized request is refused before
anything parses it, in the API's one error shape."""

from __future__ import annotations

import json
from typing import Any

from starlette.exceptions import HTTPException

MAX_URL = 8192  # bytes of path + query string; the UI's longest link is a few hundred
MAX_BODY = 16 * 1024 * 1024  # a batch of pages for the write route; reads send no body at all

Scope = dict[str, Any]
Receive = Any
Send = Any


async def refuse(send: Send, status: int, code: str, message: str, detail: Any = None) -> None:
    body = json.dumps({"error": {"code": code, "message": message, "detail": detail}}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class Limits:
    """`app.add_middleware(Limits, max_body=..., max_url=...)`."""

    def __init__(self, app: Any, max_body: int = MAX_BODY, max_url: int = MAX_URL) -> None:
        self.app = app
        self.max_body = max_body
        self.max_url = max_url

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        url_len = len(scope.get("raw_path") or scope["path"].encode()) + len(scope.get("query_string") or b"")
        if url_len > self.max_url:
            await refuse(send, 414, "uri_too_long", f"the URL is {url_len} bytes; at most {self.max_url} are read",
                         {"limit": self.max_url})
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
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
            message = await receive()
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
