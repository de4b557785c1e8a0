"""A connection past its client's share (dipnet.serve.conn) is refused only if the client still
holds its share a moment later: a client that closes one connection and opens another (wrk closes a
test connection right before it opens its 64) is not refused because the server saw the new
connection before the close."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest
from fastapi import FastAPI

from dipnet.serve.conn import protocol
from test_security import _serve


@pytest.fixture
def addr() -> Iterator[tuple[str, int]]:
    app = FastAPI()

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    yield from _serve(app, http=protocol(per_client=2, grace=1.0))


def _ask(s: socket.socket) -> bytes:
    s.settimeout(10)
    s.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    out = b""
    while chunk := s.recv(65536):
        out += chunk
    return out


def test_a_connection_opened_just_before_another_closes_is_served(addr):
    held = [socket.create_connection(addr) for _ in range(2)]  # the client's whole share
    time.sleep(0.2)
    late = socket.create_connection(addr)
    time.sleep(0.2)  # the server has seen it, past the share
    held.pop().close()  # and now sees one of the others closed, within the grace
    try:
        assert _ask(late).startswith(b"HTTP/1.1 200")
    finally:
        late.close()
        for s in held:
            s.close()


def test_a_connection_past_the_share_is_still_refused(addr):
    held = [socket.create_connection(addr) for _ in range(2)]
    time.sleep(0.2)
    late = socket.create_connection(addr)
    try:
        assert _ask(late).startswith(b"HTTP/1.1 503")
        other = socket.create_connection(addr, source_address=("127.0.0.2", 0))  # another client's share
        assert _ask(other).startswith(b"HTTP/1.1 200")
        other.close()
    finally:
        late.close()
        for s in held:
            s.close()
