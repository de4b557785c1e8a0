"""A read route's answer is made in one trip to a worker thread (dipnet.serve.onetrip), and is the
answer FastAPI itself gave: the same bytes, the same OpenAPI document. Under load each hand-back to
the event loop waited behind the cached answers; the count of trips is what is tested here, never
a time."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import anyio.to_thread
import pytest
from fastapi import Depends, FastAPI

from dipnet.query import Query, snapshot
from dipnet.serve import create_app
from dipnet.serve.onetrip import FILLED, one_trip
from dipnet.store import Store
from test_consolidate import build_store
from test_security import _serve as _served


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("onetrip") / "kb.duckdb")


def _serve(app: FastAPI) -> Iterator[str]:
    for host, port in _served(app):
        yield f"http://{host}:{port}"


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as res:
            return res.status, res.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


@pytest.fixture
def trips(monkeypatch) -> list[str]:
    """The functions sent to a worker thread (every path FastAPI and Starlette take goes through
    anyio.to_thread.run_sync)."""
    sent: list[str] = []
    real = anyio.to_thread.run_sync

    async def counted(func: Any, *args: Any, **kw: Any) -> Any:
        sent.append(getattr(func, "__name__", repr(func)))
        return await real(func, *args, **kw)

    monkeypatch.setattr(anyio.to_thread, "run_sync", counted)
    return sent


@pytest.mark.parametrize("path", ["/tables", "/registry/VN?as_of=2015-06-30", "/events?limit=3", "/entities?limit=2",
                                  "/ui/api/range", "/ui/api/pages?limit=2", "/ui/api/events?limit=2",
                                  "/events/no-such-event"])
def test_a_read_answer_is_made_in_one_trip_to_a_worker_thread(db, trips, path):
    served = _serve(create_app(str(db), cache=False))
    base = next(served)
    try:
        status, _ = _get(base + path)
        assert status in (200, 404)
        # a plain route with a yield dependency took four: the dependency's start and end, the route, the check
        assert len(trips) == 1, trips
    finally:
        next(served, None)


def _pair_of_apps(db: str) -> tuple[FastAPI, FastAPI]:
    """The same routes as FastAPI runs them with a snapshot dependency, and through one_trip."""
    store = Store(db, read_only=True, shared=True)
    plain, tripped = FastAPI(), FastAPI()

    def reader() -> Iterator[Query]:
        with snapshot(store) as query:
            yield query

    def registry(country: str, as_of: str | None = None, query: Query = FILLED) -> dict[str, Any]:
        """A country's relations."""
        return query.registry(country, as_of)

    def tables(query: Query = FILLED) -> list[dict[str, Any]]:
        return query.tables()

    def anything(limit: int = 3, query: Query = FILLED) -> Any:
        return query.events(limit=limit)["items"]

    def untyped(query: Query = FILLED):  # type: ignore[no-untyped-def]
        return {"n": len(query.tables()), "first": query.events(limit=1)["items"]}

    trip = one_trip(lambda _: store)
    for path, fn in (("/registry/{country}", registry), ("/tables", tables), ("/anything", anything),
                     ("/untyped", untyped)):
        plain.get(path)(_with_dependency(fn, Depends(reader)))
        tripped.get(path)(trip(fn))
    return plain, tripped


def _with_dependency(fn: Any, dep: Any) -> Any:
    import inspect
    import typing

    hints = typing.get_type_hints(fn)
    sig = inspect.signature(fn)
    params = [p.replace(annotation=hints.get(p.name, p.annotation), default=dep if p.name == "query" else p.default)
              for p in sig.parameters.values()]

    def route(**kw: Any) -> Any:
        return fn(**kw)

    route.__name__, route.__doc__ = fn.__name__, fn.__doc__
    route.__signature__ = sig.replace(parameters=params,  # type: ignore[attr-defined]
                                      return_annotation=hints.get("return", inspect.Signature.empty))
    return route


def test_one_trip_answers_what_fastapi_answered(db):
    plain, tripped = _pair_of_apps(str(db))
    a, b = _serve(plain), _serve(tripped)
    base_a, base_b = next(a), next(b)
    try:
        for path in ("/registry/VN", "/registry/VN?as_of=2015-06-30", "/tables",
                     "/anything?limit=4", "/anything?limit=x", "/untyped"):
            assert _get(base_a + path) == _get(base_b + path), path
        schema_a = json.loads(_get(base_a + "/openapi.json")[1])
        schema_b = json.loads(_get(base_b + "/openapi.json")[1])
        assert schema_a == schema_b
    finally:
        next(a, None)
        next(b, None)
