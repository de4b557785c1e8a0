"""`dipnet ingest` against a store that a running `dipnet serve --token` holds: the pages are read
here (files, HTML, JSONL, WARC, as for a local ingest) and sent to the server's write route in
bounded batches; the server extracts, stores and consolidates them, as the one writer. Before the
token or any page goes out, the server proves it holds the token (serve.write.proof over a fresh
nonce and the URL the sidecar names): whatever else listens there now learns nothing."""

from __future__ import annotations

import hmac
import json
import secrets
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from typing import Any

from dipnet.errors import InputError, StoreError
from dipnet.model import Page

BATCH_BYTES = 4 * 1024 * 1024  # well under the server's body bound
BATCH_PAGES = 200
TIMEOUT = 600  # seconds: a batch is extracted and stored before the server answers


def _record(page: Page) -> dict[str, Any]:
    return {"source": page.source, "url": page.url, "title": page.title, "published": page.published,
            "fetched": page.fetched, "text": page.text}


def _post(url: str, token: str, path: str, body: bytes) -> dict[str, Any]:
    req = urllib.request.Request(url.rstrip("/") + path, data=body, method="POST",
                                 headers={"Authorization": f"Bearer {token}",
                                          "Content-Type": "application/x-ndjson"})
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT) as res:
            return json.loads(res.read())
    except urllib.error.HTTPError as exc:
        try:
            message = json.loads(exc.read())["error"]["message"]
        except (ValueError, KeyError, TypeError):
            message = exc.reason
        raise StoreError(f"the server at {url} refused the pages ({exc.code}): {message}") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise StoreError(f"the server at {url} holds the store but cannot be reached: {exc}") from exc


def verify(url: str, token: str) -> None:
    """Ask the server at `url` to prove it holds `token`; StoreError when it cannot, before anything
    of ours (the token, a page) is sent."""
    from dipnet.serve.write import proof

    nonce = secrets.token_hex(32)
    stale = (f"the server sidecar names {url}, but what answers there is not the server that holds the store "
             "(a sidecar left by a killed server?): nothing was sent")
    try:
        with urllib.request.urlopen(f"{url.rstrip('/')}/api/proof?nonce={nonce}", timeout=30) as res:
            got = json.loads(res.read())
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise StoreError(f"{stale} ({exc})") from exc
    given = got.get("proof") if isinstance(got, dict) else None
    if not isinstance(given, str) or not hmac.compare_digest(given, proof(token, nonce, url)):
        raise StoreError(stale)


def ingest_remote(items: Iterable[Page | InputError], url: str, token: str,
                  on_error: Callable[[InputError], None]) -> dict[str, Any]:
    """Send every page to the server in batches, then have it consolidate once; returns the totals."""
    verify(url, token)
    totals: dict[str, Any] = {"added": 0, "already_stored": 0, "failed": 0, "errors": []}
    batch: list[bytes] = []
    size = 0

    def flush() -> None:
        nonlocal batch, size
        if not batch:
            return
        out = _post(url, token, "/api/pages?consolidate=false", b"".join(batch))
        for k in ("added", "already_stored", "failed"):
            totals[k] += out.get(k, 0)
        totals["errors"] += out.get("errors", [])
        batch, size = [], 0

    for item in items:
        if isinstance(item, InputError):
            on_error(item)
            totals["failed"] += 1
            continue
        line = (json.dumps(_record(item), ensure_ascii=False) + "\n").encode("utf-8")
        if batch and (size + len(line) > BATCH_BYTES or len(batch) >= BATCH_PAGES):
            flush()
        batch.append(line)
        size += len(line)
    flush()
    totals["consolidated"] = _post(url, token, "/api/consolidate", b"")["consolidated"] if totals["added"] else None
    return totals
