"""The REST API (FastAPI): a paginated view of the knowledge base through the one query module, with
OpenAPI docs at /docs and one JSON error shape for every error:
{"error": {"code": ..., "message": ..., "detail": ...}}. Read-only unless started with a token,
which opens the write routes of dipnet.serve.write. Each answer reads one committed state of the
store (a transaction per request); the Host, URL, date and count parameters and body are checked
ahead of routing (dipnet.serve.limits), and connections are bounded in time and number per client
(dipnet.serve.conn)."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Iterable
from typing import Any

from fastapi import FastAPI, Request
from fastapi import Query as Param
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException

from dipnet.errors import DipnetError, QueryError
from dipnet.query import MAX_LIMIT, NotFound, Query, names
from dipnet.serve.limits import LOCAL_HOSTS, MAX_BODY, Limits, allowed_hosts
from dipnet.serve.onetrip import FILLED, one_trip
from dipnet.store import Store

log = logging.getLogger("dipnet.serve")
SWITCH_INTERVAL = 0.001  # seconds a thread holds the GIL before another that waits for it may take it
_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
          408: "request_timeout", 413: "payload_too_large", 414: "uri_too_long", 500: "internal_error"}


def _error(status: int, message: str, detail: Any = None, code: str | None = None) -> JSONResponse:
    return JSONResponse(status_code=status, content={"error": {"code": code or _CODES.get(status, f"http_{status}"),
                                                               "message": message, "detail": detail}})


def create_app(db: str, token: str | None = None, max_body: int = MAX_BODY,
               hosts: Iterable[str] | None = LOCAL_HOSTS, url: str | None = None, cache: bool = True,
               memory: str | None = None) -> FastAPI:
    """The app over the store at `db`: read-only, or with `token` its one writer (see serve.write).
    It answers requests naming one of `hosts` in their Host header (None: any), and `url` is where
    clients reach it (what it proves to `dipnet ingest`, see serve.write). With `cache`, read answers
    are kept while the tables they read are unchanged, with ETags (serve.cache). `memory`: DuckDB's one
    limit, readers' and writer's (store.served)."""
    from dipnet.serve.cache import AnswerCache
    from dipnet.serve.versions import Versions
    from dipnet.serve.write import mount_writes

    # shared: the request threads read through cursors of their own while the writer consolidates, and DuckDB's
    # memory limit is the database's: consolidation's phase limits would be theirs too (Store.capped), so it has
    # one, set here (store.served)
    store = Store(db, read_only=not token, shared=True, memory=memory)
    versions = Versions()
    # the docs' Swagger UI and ReDoc assets are served from the fastapi-offline package
    # (under /static-offline-docs), not a CDN, so /docs works on a machine without internet
    app = FastAPIOffline(title="dipnet", version="0.1.0", description=__doc__)
    app.state.store = store
    app.state.versions = versions

    # each read route runs whole on one worker thread, over one committed state of the store (serve.onetrip)
    trip = one_trip(lambda _: store)
    Q = FILLED  # the routes' `query`, which trip gives them (FastAPI never sees the parameter)

    @app.exception_handler(QueryError)
    async def _query_error(_: Request, exc: QueryError) -> JSONResponse:
        return _error(404 if isinstance(exc, NotFound) else 400, str(exc))

    @app.exception_handler(DipnetError)
    async def _dipnet_error(request: Request, exc: DipnetError) -> JSONResponse:
        return _crashed(request, exc)

    @app.exception_handler(HTTPException)
    async def _http_error(_: Request, exc: HTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg")} for e in exc.errors()]
        return _error(400, "invalid parameters", detail, code="invalid_parameters")

    def _crashed(request: Request, exc: Exception) -> JSONResponse:
        # the server's log has the traceback; the client learns nothing of the store or the code
        log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
        return _error(500, "internal error: the server's log has the details")

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        return _crashed(request, exc)

    limit = Param(50, ge=1, le=MAX_LIMIT)
    offset = Param(0, ge=0)

    @app.get("/health")
    async def health() -> dict[str, Any]:  # on the event loop: no thread for an answer without a query
        return {"status": "ok", "read_only": not token}

    @app.get("/tables")
    @trip
    def tables(query: Query = Q) -> list[dict[str, Any]]:
        return query.tables()

    @app.get("/registry/{country}")
    @trip
    def registry(country: str, as_of: str | None = None, query: Query = Q) -> dict[str, Any]:
        """A country's foreign relations as of a date: partners, levels, exchanges by channel, and the
        counts pages claim beside the registry's own."""
        return query.registry(country, as_of)

    @app.get("/events")
    @trip
    def events(actor: str | None = None, country: str | None = None, type: str | None = None,
               channel: str | None = None, date_from: str | None = Param(None, alias="from"),
               date_to: str | None = Param(None, alias="to"), text: str | None = None,
               limit: int = limit, offset: int = offset, query: Query = Q) -> dict[str, Any]:
        return query.events(actor=actor, country=country, type=type, channel=channel, date_from=date_from,
                            date_to=date_to, text=text, limit=limit, offset=offset)

    @app.get("/events/{event_id}")
    @trip
    def event(event_id: str, query: Query = Q) -> dict[str, Any]:
        return query.event(event_id)

    @app.get("/entities")
    @trip
    def entities(q_: str | None = Param(None, alias="q"), type: str | None = None, limit: int = limit,
                 offset: int = offset, query: Query = Q) -> dict[str, Any]:
        return query.entities(q_, type, limit, offset)

    @app.get("/entities/{ref}")
    @trip
    def entity(ref: str, query: Query = Q) -> dict[str, Any]:
        return query.entity(ref)

    @app.get("/people/{ref}")
    @trip
    def person(ref: str, query: Query = Q) -> dict[str, Any]:
        """A person's profile: positions over time, events by type, latest events."""
        return query.person(ref)

    @app.get("/countries/{ref}")
    @trip
    def country(ref: str, query: Query = Q) -> dict[str, Any]:
        """A country dossier: relationship levels over time, events by type and year, facts."""
        return query.country(ref)

    @app.get("/pairs/{a}/{b}")
    @trip
    def pair(a: str, b: str, limit: int = limit, offset: int = offset, query: Query = Q) -> dict[str, Any]:
        return query.pair(a, b, limit, offset)

    @app.get("/timeline/{ref}")
    @trip
    def timeline(ref: str, date_from: str | None = Param(None, alias="from"),
                 date_to: str | None = Param(None, alias="to"), limit: int = limit,
                 offset: int = offset, query: Query = Q) -> dict[str, Any]:
        return query.timeline(ref, date_from, date_to, limit, offset)

    @app.get("/search")
    @trip
    def search(q_: str = Param(..., alias="q", min_length=1), limit: int = limit, offset: int = offset,
               query: Query = Q) -> dict[str, Any]:
        """Full-text search over pages (Chinese bigram index, LIKE fallback)."""
        return query.search(q_, limit, offset)

    from dipnet.ui import mount_ui

    mount_writes(app, store, token, url, versions)
    mount_ui(app)
    # added last, so outermost: the bounds first, then the cache, then the UI's headers and the routes
    if cache:
        app.add_middleware(AnswerCache, versions=versions)
    app.add_middleware(Limits, max_body=max_body, hosts=None if hosts is None else allowed_hosts("", hosts))
    return app


def run(db: str, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
        max_body: int = MAX_BODY, allow_hosts: Iterable[str] = (), memory: str | None = None) -> None:
    """Serve until stopped. With a token, the sidecar next to the store tells `dipnet ingest` where
    to send pages while this process holds the store. Requests must name localhost, 127.0.0.1, ::1,
    `host` or one of `allow_hosts` in their Host header."""
    from contextlib import asynccontextmanager

    import uvicorn

    from dipnet.serve.conn import MAX_HEAD, protocol
    from dipnet.serve.write import sidecar_path, write_sidecar

    local = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host  # the address a client on this machine uses
    url = f"http://{'[' + local + ']' if ':' in local else local}:{port}"
    app = create_app(db, token, max_body, hosts=allowed_hosts(host, allow_hosts), url=url, memory=memory)
    inner = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(a: FastAPI) -> Any:
        if token:
            app.state.writer.extract.start()  # its process loads the pipeline now, not at the first write
            write_sidecar(db, url, token)
        # what is loaded now lives as long as the process: out of the collector's sight, a full
        # collection walks only what requests make (it walked everything: 100 ms and more, a pause
        # every request waiting then shared)
        names.warm()  # the knowledge base too: it is loaded for good once any request names an entity
        gc.collect()
        gc.freeze()
        # the event loop shares the GIL with the threads that make answers and extract pages: it
        # waits for it at each socket call, up to the switch interval each time (5 ms by default)
        sys.setswitchinterval(SWITCH_INTERVAL)
        try:
            async with inner(a) as state:
                yield state
        finally:
            # here, not after uvicorn.run: on SIGTERM uvicorn re-raises the signal once shut down,
            # which ends the process before code after run() would be reached
            if token:
                sidecar_path(db).unlink(missing_ok=True)
            if app.state.writer is not None:
                app.state.writer.close()  # lets a running write finish
            app.state.store.close()  # a clean close checkpoints the WAL into the file

    app.router.lifespan_context = lifespan
    # idle and slow connections are closed, and no client holds more than its share (serve.conn)
    # no access log: a line a request cost more than a cached answer itself (failures are still logged)
    uvicorn.run(app, host=host, port=port, log_level="info", limit_concurrency=512, http=protocol(), access_log=False,
                timeout_keep_alive=5, h11_max_incomplete_event_size=MAX_HEAD)
