"""Connections: how long a client may take and how many it may hold. uvicorn closes a kept-alive
connection that stays idle (timeout_keep_alive) but waits for ever for the first request's headers,
and its one concurrency limit counts every open connection: a few hundred sockets that never send a
byte used to make it answer 503 to everyone. Here a connection that has not sent a whole request
head within HEADER_TIMEOUT seconds (at its start, and after each answer) is closed, and no client
address holds more than PER_CLIENT connections at once, so one client cannot take the server (one
past the share is refused after GRACE seconds unless the client closed another meanwhile)."""

from __future__ import annotations

import asyncio
import json
import logging
from collections import Counter
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger("dipnet.serve")
HEADER_TIMEOUT = 10.0  # seconds to send a request line and headers; a browser sends them at once
PER_CLIENT = 64  # connections at once from one address; browsers open 6 per host
# seconds a connection past its client's share waits, unread, before it is refused: a client that has
# just closed one connection and opened another (wrk opens and closes a test connection right before
# its 64) is past its share only until the server sees the close, which may come after the new one
GRACE = 0.05
MAX_HEAD = 16 * 1024  # bytes of request line and headers (h11's bound on an incomplete event)


def _busy() -> bytes:
    body = json.dumps({"error": {"code": "too_many_connections", "message": f"at most {PER_CLIENT} connections "
                                 "at once from one address", "detail": {"limit": PER_CLIENT}}}).encode()
    return (b"HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\nconnection: close\r\n"
            b"content-length: " + str(len(body)).encode() + b"\r\n\r\n" + body)


def protocol(header_timeout: float = HEADER_TIMEOUT, per_client: int = PER_CLIENT,
             grace: float = GRACE) -> type[H11Protocol]:
    """An h11 protocol class with these bounds (uvicorn.Config(http=...)); each class counts its own
    server's connections."""
    open_by_client: Counter[str] = Counter()
    busy = _busy()

    class Bounded(H11Protocol):
        _head_timer: asyncio.TimerHandle | None = None
        _counted: str | None = None
        _waiting_for: Any = None  # the cycle that was current when the timer was armed

        _grace: asyncio.TimerHandle | None = None
        _refused = False

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            peer = self.client[0] if self.client else "?"
            if open_by_client[peer] >= per_client:  # nothing read until the client is under its share
                transport.pause_reading()
                self._grace = self.loop.call_later(grace, self._admit, peer)
                return
            self._count(peer)

        def _admit(self, peer: str) -> None:
            self._grace = None
            if self.transport.is_closing():
                return
            if open_by_client[peer] >= per_client:
                log.warning("503 to %s: it holds %d connections already", peer, open_by_client[peer])
                # the request it may have sent meanwhile is read and dropped for a moment before the
                # close: a socket closed with bytes unread sends a reset, which can reach the client
                # before the answer does
                self._refused = True
                self.transport.write(busy)
                self.transport.write_eof()
                self.transport.resume_reading()
                self.loop.call_later(grace, self.transport.close)
                return
            self._count(peer)
            self.transport.resume_reading()

        def _count(self, peer: str) -> None:
            open_by_client[peer] += 1
            self._counted = peer
            self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            if self._grace is not None:
                self._grace.cancel()
                self._grace = None
            if self._counted is not None:
                open_by_client[self._counted] -= 1
                if open_by_client[self._counted] <= 0:
                    del open_by_client[self._counted]
                self._counted = None
            super().connection_lost(exc)

        def data_received(self, data: bytes) -> None:
            if self._refused:
                return
            super().data_received(data)
            if self._head_timer is not None and self.cycle is not self._waiting_for:
                self._disarm()  # a new request's head arrived whole (h11 made its cycle)

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing() and self.cycle is not None and self.cycle.response_complete:
                self._arm()  # the next request's head, if any, is timed as the first one was

        def _arm(self) -> None:
            self._disarm()
            self._waiting_for = self.cycle
            self._head_timer = self.loop.call_later(header_timeout, self._too_slow)

        def _disarm(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None

        def _too_slow(self) -> None:
            self._head_timer = None
            if not self.transport.is_closing() and self.cycle is self._waiting_for:
                self.transport.close()  # nothing was asked: there is no one to answer

    return Bounded
