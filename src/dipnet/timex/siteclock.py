"""A site's article ids as a clock: ids grow with time, so a page's id, set between ids of pages
whose dates are known, brackets the page's date.

Calibration points (site, id kind, id, date) live in data/site_ids.json, built by
tools/build_site_ids.py from annotated pages. `DIPNET_SITE_IDS` names a JSON file of the same shape
that replaces the bundled one (held-out evaluation, or a user's own calibration), and
`SiteClock.learn` takes more points as dated pages arrive (the store's ingest can feed it the
pages it dated from their own metadata: see `learn`).

An estimate is a bracket, not a date: the dates of the nearest calibrated ids on either side. Ids
are not perfectly monotone (a site renumbers, an article is re-posted), so a bracket whose ends
cross is widened to the next points out, and an id past the last point bounds one side only.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from dipnet.rx import plain as _plain

DATA = Path(__file__).with_name("data") / "site_ids.json"
# points read from public pages' own stamps (no annotated set's): added to the bundled calibration
PUBLIC = Path(__file__).with_name("data") / "site_ids_public.json"
# points from the pooled events tuning set's page dates (helpers' annotation, no open or sealed set's)
POOL = Path(__file__).with_name("data") / "site_ids_pool.json"
# subdomains that serve the same articles under the same ids (mobile, script, mirror editions)
_MIRROR = _plain(r"^(?:www|m|big5|gb|hk|mobile|amp)\.")
# the id of an article in a URL's last path part, with the word before it naming the series:
# 'post34041.vnp', 'nid-538606.html', 'item/7471201-…', '…-975545.vov', 'doc/…/107114761.html'
_ID = _plain(r"(?:(?P<kind>post|nid-|item/|article-|i=|story/\d+/)|[-/_])(?P<id>\d{4,12})(?=[-_.&]|$)")
_SLACK_DAYS = 45  # ids are handed out at publication or when a draft opens: a little slack each side


@dataclass(frozen=True)
class IdEstimate:
    site: str
    id: int
    lo: dt.date | None  # the page is not older than this (None: no calibrated id below)
    hi: dt.date | None  # nor newer than this
    mid: dt.date  # linear reading between the bracketing points
    evidence: str

    def years(self) -> tuple[int, int]:
        return (self.lo.year if self.lo else 1990, self.hi.year if self.hi else 2035)


def site_of(url: str) -> tuple[str, str, int] | None:
    """(host, id kind, id) of a URL whose last path part carries an article id."""
    try:
        parts = urlsplit(unquote(url))
    except ValueError:
        return None
    host = _MIRROR.sub("", (parts.hostname or "").rstrip(".").lower())
    while _MIRROR.match(host):
        host = _MIRROR.sub("", host)
    # the last two path parts ('item/7471201-…'); a query naming the article ('?i=7362') counts too
    tail = "/" + "/".join(parts.path.rstrip("/").split("/")[-2:]) + ("&" + parts.query if parts.query else "")
    found = list(_ID.finditer(tail))
    if not host or not found or host in _clock_ids():
        return None
    m = found[-1] if not any(x.group("kind") for x in found) else [x for x in found if x.group("kind")][-1]
    kind = (m.group("kind") or "id").rstrip("-/=")
    if kind in ("post", "article", "nid"):
        # a site's plain, 'post' and 'nid' ids run on one counter, unless its 'post' ids are a series of
        # their own (a site that renumbered: 'post78028.html' of 2022 beside '時政/…-158527.html' of 2022)
        kind = "post" if kind == "post" and host in _post_series() else "id"
    if kind.startswith("story"):
        kind = "story"
    # a path folder naming a counter of its own ('/chinese/tin-van/…-408015.html' of 2025 beside
    # '/chinese/…/422201.html' of an older site): that folder is the series
    folders = set(parts.path.split("/")[:-1])
    kind = next((x for x in _path_series().get(host, ()) if x in folders), kind)
    return host, kind, int(m.group("id"))


@lru_cache(maxsize=1)
def _post_series() -> frozenset[str]:
    """Sites whose 'post' ids run on a counter of their own (data/site_ids_public.json: post_series)."""
    with open(PUBLIC, encoding="utf-8") as f:
        return frozenset(json.load(f).get("post_series", []))


@lru_cache(maxsize=1)
def _clock_ids() -> frozenset[str]:
    """Sites whose URL number is the time of day a story was posted, no counter (site_ids_public.json: clock_ids)."""
    with open(PUBLIC, encoding="utf-8") as f:
        return frozenset(json.load(f).get("clock_ids", []))


@lru_cache(maxsize=1)
def _path_series() -> dict[str, tuple[str, ...]]:
    """Sites with a URL folder whose ids run on a counter of their own (site_ids_public.json: path_series)."""
    with open(PUBLIC, encoding="utf-8") as f:
        return {h: tuple(v) for h, v in json.load(f).get("path_series", {}).items()}


@dataclass
class SiteClock:
    points: dict[tuple[str, str], list[tuple[int, dt.date]]] = field(default_factory=dict)

    def learn(self, items: Iterable[tuple[str, str]]) -> int:
        """Adds (url, ISO date at day or month precision) pairs of pages whose date is known; returns
        how many were usable. The hook for the store: pages dated from their own metadata can be
        fed here (and written out with `dump`) so that later pages of the same site are bracketed."""
        n = 0
        for url, date in items:
            got = site_of(url)
            if got is None or not _plain(r"\d{4}-\d{2}").match(date or ""):
                continue
            day = dt.date(int(date[:4]), int(date[5:7]), int(date[8:10]) if len(date) >= 10 else 15)
            key = (got[0], got[1])
            lst = self.points.setdefault(key, [])
            if (got[2], day) not in lst:
                bisect.insort(lst, (got[2], day))
                n += 1
        return n

    def dump(self, made_by: str = "tools/build_site_ids.py") -> dict:
        sites: dict[str, dict[str, list]] = {}
        for (host, kind), pts in sorted(self.points.items()):
            sites.setdefault(host, {})[kind] = [[i, d.isoformat()] for i, d in pts]
        return {"_comment": f"article ids with known dates, per site and id kind; built by {made_by}", "sites": sites}

    def estimate(self, url: str | None) -> IdEstimate | None:
        got = site_of(url) if url else None
        if got is None:
            return None
        host, kind, q = got
        pts = self.points.get((host, kind))
        if not pts or len(pts) < 2:
            return None
        ids = [i for i, _ in pts]
        k = bisect.bisect_left(ids, q)
        if k < len(ids) and ids[k] == q:
            d = pts[k][1]
            return IdEstimate(host, q, d, d, d, f"site id {q} is a calibrated page of {host} ({d})")
        below, above = pts[:k], pts[k:]
        lo_pt = below[-1] if below else None
        hi_pt = above[0] if above else None
        # a crossed bracket (an out-of-order point): step out to the next point on each side
        step = 0
        while lo_pt and hi_pt and lo_pt[1] > hi_pt[1] and step < 2:
            step += 1
            lo_pt = below[-1 - step] if len(below) > step else None
            hi_pt = above[step] if len(above) > step else None
        if lo_pt and hi_pt and lo_pt[1] > hi_pt[1]:
            return None  # the ids here do not run with time
        slack = dt.timedelta(days=_SLACK_DAYS)
        if lo_pt and hi_pt:
            span = hi_pt[0] - lo_pt[0]
            mid = lo_pt[1] + (hi_pt[1] - lo_pt[1]) * ((q - lo_pt[0]) / span if span else 0.5)
            ev = f"site id {q} of {host} between {lo_pt[0]} ({lo_pt[1]}) and {hi_pt[0]} ({hi_pt[1]})"
            return IdEstimate(host, q, lo_pt[1] - slack, hi_pt[1] + slack, mid, ev)
        # past either end: the rate of the nearest two points, one bound only
        (i1, d1), (i2, d2) = (pts[-2], pts[-1]) if lo_pt else (pts[0], pts[1])
        rate = (d2 - d1) / (i2 - i1) if i2 != i1 else dt.timedelta(0)
        ref_i, ref_d = (i2, d2) if lo_pt else (i1, d1)
        try:
            mid = ref_d + rate * (q - ref_i)
        except OverflowError:
            mid = ref_d
        if lo_pt:
            return IdEstimate(host, q, lo_pt[1] - slack, None, max(mid, lo_pt[1]),
                              f"site id {q} of {host} above the last calibrated {lo_pt[0]} ({lo_pt[1]})")
        assert hi_pt is not None
        return IdEstimate(host, q, None, hi_pt[1] + slack, min(mid, hi_pt[1]),
                          f"site id {q} of {host} below the first calibrated {hi_pt[0]} ({hi_pt[1]})")


def from_json(data: dict) -> SiteClock:
    clock = SiteClock()
    for host, kinds in data.get("sites", {}).items():
        for kind, pts in kinds.items():
            clock.points[(host, kind)] = sorted((int(i), dt.date.fromisoformat(d)) for i, d in pts)
    return clock


@lru_cache(maxsize=4)
def _load(path: str) -> SiteClock:
    try:
        with open(path, encoding="utf-8") as f:
            return from_json(json.load(f))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"site id calibration {path}: {exc}") from exc


@lru_cache(maxsize=1)
def bundled() -> SiteClock:
    """The packaged calibration (the open sets' pages, public stamps and the pools' open halves), merged."""
    clock = from_json({"sites": {}})
    for path in (DATA, PUBLIC, POOL):
        for key, pts in _load(str(path)).points.items():
            clock.points[key] = sorted(set(clock.points.get(key, [])) | set(pts))
    return clock


def site_clock() -> SiteClock:
    """The calibration in force: DIPNET_SITE_IDS if set (it replaces the bundled points), else the
    bundled data files (the open sets' pages and points read from public pages' stamps)."""
    env = os.environ.get("DIPNET_SITE_IDS")
    return _load(env) if env else bundled()


def learned_from(pairs: Iterable[tuple[str, str]]) -> tuple[SiteClock, int]:
    """A copy of the calibration in force with these (url, ISO date) pairs learned (pages dated by their own
    metadata: a store's, store.sitepoints), and how many points they add. Its `dump` is a table for
    DIPNET_SITE_IDS: the next runs date their sites' undated pages by them (`dipnet site-ids`)."""
    clock = SiteClock({key: list(pts) for key, pts in site_clock().points.items()})
    return clock, clock.learn(pairs)
