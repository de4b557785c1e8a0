"""The API docs work offline: /docs and /redoc reference only assets this server serves itself
(from the fastapi-offline package), never a CDN."""

from __future__ import annotations

import re
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from dipnet.serve import create_app
from dipnet.store import Store
from test_security import _serve


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("docs") / "empty.duckdb"
    Store(db).close()  # an empty store: the docs need no data
    for host, port in _serve(create_app(str(db))):
        yield f"http://{host}:{port}"


def _get(url: str) -> tuple[int, str, bytes]:
    with urllib.request.urlopen(url, timeout=10) as r:
        return r.status, r.headers.get("content-type", ""), r.read()


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_pages_load_every_asset_from_this_server(base: str, page: str) -> None:
    status, _, body = _get(base + page)
    html = body.decode("utf-8")
    assert status == 200
    refs = re.findall(r"""(?:src|href|url)\s*[=:]\s*['"]([^'"]+)['"]""", html)
    assert refs, html[:500]
    assert not [r for r in refs if re.match(r"(https?:)?//", r)], refs  # no CDN, no other host
    assets = [r for r in refs if r.endswith((".js", ".css", ".png"))]
    assert any(a.endswith(".js") for a in assets), refs
    for ref in assets:
        status, ctype, data = _get(base + ref)
        assert status == 200 and len(data) > 100, ref
        kind = {".js": "javascript", ".css": "css", ".png": "image/png"}[Path(ref).suffix]
        assert kind in ctype, (ref, ctype)
    spec = next(r for r in refs if r.endswith("openapi.json"))
    status, _, data = _get(base + spec)
    assert status == 200 and b'"/registry/{country}"' in data
