"""A read route's answer made in one trip to a worker thread. FastAPI runs a plain `def` route with
a `yield` dependency (the snapshot of dipnet.query) in four: the dependency's start, the route,
the check of its answer against the return type, the dependency's end, each handed back to the
event loop between. While the loop is busy replaying cached answers to many connections, every
hand-back waits its turn behind them: an answer of 6 ms took 300 ms under load (docs/scale.md).

`one_trip(store_of)(route)` is the route as an `async def` that sends the whole of it to one worker
thread: the snapshot opened, the route's function run on it, the snapshot closed, and the answer
checked and turned into JSON bytes as FastAPI does (the same pydantic adapter of the return type,
so the bytes are the same). The route's signature, less its `query` parameter, is what FastAPI
sees: the same parameters, checks and OpenAPI documentation. An answer that is already a Response
(a download) passes as it is."""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable
from typing import Any

from fastapi import Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from pydantic import TypeAdapter
from starlette.concurrency import run_in_threadpool

from dipnet.query import snapshot
from dipnet.store import Store

FILLED: Any = None  # the default of a route's `query` parameter (one_trip passes the Query)
_REQUEST = "dipnet_request"  # the parameter the wrapper adds to find the store; no route has one so named


def one_trip(store_of: Callable[[Request], Store]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """A decorator for read routes whose function takes the Query as `query`."""

    def wrap(fn: Callable[..., Any]) -> Callable[..., Any]:
        hints = typing.get_type_hints(fn)
        sig = inspect.signature(fn)
        params = [p.replace(annotation=hints.get(p.name, p.annotation))
                  for p in sig.parameters.values() if p.name != "query"]
        params.append(inspect.Parameter(_REQUEST, inspect.Parameter.KEYWORD_ONLY, annotation=Request))
        returns = hints.get("return", inspect.Signature.empty)
        # FastAPI checks an answer against the return type unless there is none or it is a Response
        plain = returns is inspect.Signature.empty or (isinstance(returns, type) and issubclass(returns, Response))
        adapter: TypeAdapter[Any] | None = None if plain else TypeAdapter(returns)

        def make(store: Store, kwargs: dict[str, Any]) -> Any:
            with snapshot(store) as query:
                out = fn(**kwargs, query=query)
            if isinstance(out, Response):
                return out
            if adapter is None:  # FastAPI's answer without a return type to check against
                return JSONResponse(jsonable_encoder(out))
            # FastAPI's answer to a route with this return type (its validate, then its dump_json)
            body = adapter.dump_json(adapter.validate_python(out, from_attributes=True), by_alias=True)
            return Response(content=body, media_type="application/json")

        async def route(**kwargs: Any) -> Any:
            store = store_of(kwargs.pop(_REQUEST))
            return await run_in_threadpool(make, store, kwargs)

        route.__name__, route.__qualname__, route.__doc__ = fn.__name__, fn.__qualname__, fn.__doc__
        route.__module__ = fn.__module__
        route.__signature__ = sig.replace(parameters=params, return_annotation=returns)  # type: ignore[attr-defined]
        return route

    return wrap
