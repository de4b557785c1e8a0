"""The analyst's web UI: a single page of plain HTML, CSS and JavaScript (shipped in ./static, no
build step, nothing from a CDN) over the REST API and a few read endpoints of its own under
/ui/api (dipnet.query.pages). `mount_ui(app)` adds it to the app of `dipnet.serve.create_app`.

News text is data, never markup: the front end builds every node with textContent, and the pages
are served with a Content-Security-Policy that allows scripts from this origin only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi import Query as Param
from fastapi.responses import FileResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from dipnet.query import MAX_LIMIT, Query
from dipnet.query import network as qn
from dipnet.query import pages as qp
from dipnet.query import views as qv
from dipnet.query.registry import vocabulary
from dipnet.serve.onetrip import FILLED, one_trip
from dipnet.store import Store
from dipnet.ui import download as dl

STATIC = Path(__file__).parent / "static"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def _headers(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


class SecurityHeaders:
    """The headers of _headers on every answer under the UI's prefix (and /): a pure ASGI middleware,
    which adds them to the answer's head as it passes (no task, no copy of the body)."""

    def __init__(self, app: Any, prefix: str = "/ui") -> None:
        self.app = app
        self.prefix = prefix
        self.extra = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in _headers(Response()).headers.items()
                      if k.lower() in ("content-security-policy", "x-content-type-options", "referrer-policy")]

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not (path == "/" or path.startswith(self.prefix)):
            await self.app(scope, receive, send)
            return
        names = {k for k, _ in self.extra}

        async def with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                message = {**message, "headers": headers + self.extra}
            await send(message)

        await self.app(scope, receive, with_headers)


def mount_ui(app: FastAPI, store: Store | None = None, prefix: str = "/ui") -> FastAPI:
    """Add the UI (at `prefix`, and `/` redirecting to it) to `app`; the store is `app.state.store`
    unless given."""

    # each read route runs whole on one worker thread, over one committed state of the store
    # (dipnet.query.snapshot, dipnet.serve.onetrip)
    trip = one_trip(lambda request: store or request.app.state.store)
    Q = FILLED  # the routes' `query`, which trip gives them (FastAPI never sees the parameter)

    app.add_middleware(SecurityHeaders, prefix=prefix)

    if not any(getattr(r, "path", None) == "/" for r in app.routes):
        @app.get("/", include_in_schema=False)
        def _root() -> RedirectResponse:
            return RedirectResponse(f"{prefix}/")

    @app.get(prefix, include_in_schema=False)
    @app.get(f"{prefix}/", include_in_schema=False)
    def _index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8",
                            headers={"Cache-Control": "no-cache"})

    limit = Param(50, ge=1, le=MAX_LIMIT)
    offset = Param(0, ge=0)

    fmt = Param(None, alias="format", description="csv|json: the answer as a file download")

    @app.get(f"{prefix}/api/pages", tags=["ui"])
    @trip
    def _pages(limit: int = limit, offset: int = offset, format: str | None = fmt,
               query: Query = Q) -> Any:
        res = qp.pages(query, limit, offset)
        if fmt := dl.check(format):
            return dl.respond(res["items"], fmt, "pages", {"limit": limit, "offset": offset})
        return res

    @app.get(f"{prefix}/api/pages/{{doc_id}}", tags=["ui"])
    @trip
    def _page(doc_id: str, query: Query = Q) -> dict[str, Any]:
        """A page's text with every extracted item on its evidence span, and its briefs."""
        return qp.page_view(query, doc_id)

    @app.get(f"{prefix}/api/events", tags=["ui"])
    @trip
    def _events(actor: str | None = None, country: str | None = None, type: str | None = None,
                channel: str | None = None, status: str | None = None,
                date_from: str | None = Param(None, alias="from"), date_to: str | None = Param(None, alias="to"),
                text: str | None = None, order: str = "desc", limit: int = limit,
                offset: int = offset, format: str | None = fmt, query: Query = Q) -> Any:
        """The events of /events, with a planned/occurred filter and an order (asc|desc); with
        `format`, every event of the filter (up to 2,000) as a file."""
        filters = {"status": status or None, "actor": actor or None, "country": country or None,
                   "type": type or None, "channel": channel or None, "date_from": date_from or None,
                   "date_to": date_to or None, "text": text or None, "order": order}
        if fmt := dl.check(format):
            items: list[dict[str, Any]] = []
            while len(items) < qv.MAX_POINTS:
                res = qp.events(query, limit=MAX_LIMIT, offset=len(items), **filters)
                items += res["items"]
                if len(items) >= res["total"] or not res["items"]:
                    break
            return dl.respond(dl.event_rows(query, items), fmt, "events",
                              {k: v for k, v in filters.items() if v})
        return qp.events(query, limit=limit, offset=offset, **filters)

    @app.get(f"{prefix}/api/timeline", tags=["ui"])
    @trip
    def _timeline(actor: str | None = None, country: str | None = None, type: str | None = None,
                  channel: str | None = None, status: str | None = None,
                  date_from: str | None = Param(None, alias="from"), date_to: str | None = Param(None, alias="to"),
                  text: str | None = None, query: Query = Q) -> dict[str, Any]:
        """The points of the time axis: up to 2,000 events of the filter, without their sources."""
        return qv.timeline_points(query, status=status or None, actor=actor or None, country=country or None,
                                  type=type or None, channel=channel or None, date_from=date_from or None,
                                  date_to=date_to or None, text=text or None)

    @app.get(f"{prefix}/api/event-levels/{{event_id}}", tags=["ui"])
    @trip
    def _event_levels(event_id: str, query: Query = Q) -> list[dict[str, Any]]:
        """The relationship levels read from the evidence of one event (what an upgrade set)."""
        query.event(event_id)  # 404 for an unknown event
        return qv.event_levels(query, event_id)

    @app.get(f"{prefix}/api/download/registry/{{country}}", tags=["ui"])
    @trip
    def _dl_registry(country: str, as_of: str | None = None, format: str = Param("csv"),
                     query: Query = Q) -> Response:
        res = query.registry(country, as_of)
        dl.check(format)
        return dl.respond(res["partners"], format, f"registry-{country}-{res['as_of']}",
                          {"country": country, "as_of": res["as_of"]})

    @app.get(f"{prefix}/api/download/search", tags=["ui"])
    @trip
    def _dl_search(q: str = Param(..., min_length=1), format: str = Param("csv"), query: Query = Q) -> Response:
        dl.check(format)
        return dl.respond(query.search(q, MAX_LIMIT, 0)["items"], format, "search", {"q": q})

    @app.get(f"{prefix}/api/download/person/{{ref}}", tags=["ui"])
    @trip
    def _dl_person(ref: str, format: str = Param("csv"), query: Query = Q) -> Response:
        dl.check(format)
        return dl.respond(query.person(ref)["positions"], format, f"positions-{ref}", {"person": ref})

    @app.get(f"{prefix}/api/download/country/{{ref}}", tags=["ui"])
    @trip
    def _dl_country(ref: str, format: str = Param("csv"), query: Query = Q) -> Response:
        dl.check(format)
        return dl.respond(query.country(ref)["relations"], format, f"relations-{ref}", {"country": ref})

    @app.get(f"{prefix}/api/co-actors/{{ref}}", tags=["ui"])
    @trip
    def _co_actors(ref: str, limit: int = Param(30, ge=1, le=200), format: str | None = fmt,
                   query: Query = Q) -> Any:
        rows = qp.co_actors(query, ref, limit)
        fmt = dl.check(format)
        return dl.respond(rows, fmt, f"co-actors-{ref}", {"actor": ref}) if fmt else rows

    @app.get(f"{prefix}/api/network", tags=["ui"])
    @trip
    def _network(date_from: str | None = Param(None, alias="from"),
                 date_to: str | None = Param(None, alias="to"), type: str | None = None,
                 entity_type: str | None = None, min_weight: int = Param(1, ge=1),
                 limit: int = Param(150, ge=1, le=qp.MAX_NETWORK_EDGES), format: str | None = fmt,
                 query: Query = Q) -> Any:
        """Who meets whom: the heaviest pairs of an event's participants in a period, the nodes
        placed by a stable server-side layout (x, y in [0, 1]); with `format`, the edges as a file."""
        res = qp.network(query, date_from or None, date_to or None, type or None, entity_type or None,
                         min_weight, limit)
        if fmt := dl.check(format):
            names = {n["entity_id"]: n["name"] for n in res["nodes"]}
            rows = [{"source": e["source"], "source_name": names.get(e["source"]), "target": e["target"],
                     "target_name": names.get(e["target"]), "weight": e["weight"]} for e in res["edges"]]
            return dl.respond(rows, fmt, "network", {"from": date_from, "to": date_to, "type": type})
        res["nodes"] = qn.layout(res["nodes"], res["edges"])
        return res

    @app.get(f"{prefix}/api/vocabulary", tags=["ui"])
    def _vocabulary() -> dict[str, Any]:
        return vocabulary()

    @app.get(f"{prefix}/api/range", tags=["ui"])
    @trip
    def _range(query: Query = Q) -> dict[str, Any]:
        return qp.date_range(query)

    app.mount(f"{prefix}/static", StaticFiles(directory=STATIC), name="ui-static")
    return app
