"""The arguments every query shares, checked once: event types, channels and statuses, a period as
SQL conditions, and a page of results. A bad value is a QueryError that says what is allowed."""

from __future__ import annotations

from typing import Any

from dipnet.errors import QueryError

__all__ = ["CHANNELS", "EVENT_TYPES", "MAX_LIMIT", "STATUSES", "bound_day", "page", "period_filters"]

MAX_LIMIT = 500
CHANNELS = ("party", "state", "defence", "security", "people", "other")
STATUSES = ("planned", "occurred")
EVENT_TYPES = ("VISIT", "MEET", "CALL", "MESSAGE", "AGREEMENT", "RELATION_CHANGE", "AID", "DEPLOYMENT",
               "CONFERENCE", "MULTILATERAL_ROLE", "STATEMENT", "ANNIVERSARY", "ELECTION", "LAW_ENFORCEMENT",
               "DISAPPROVE")

def bound_day(value: str | None, name: str, upper: bool = False) -> str | None:
    """A date argument (2026, 2026-02 or 2026-02-05) as the first (or last) day it denotes."""
    if value is None or value == "":
        return None
    from dipnet.consolidate.events import interval

    span = interval(str(value))
    if span is None:
        raise QueryError(f"{name}: not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return (span[1] if upper else span[0]).isoformat()


def period_filters(date_from: str | None, date_to: str | None, type: str | None,
                   alias: str = "") -> tuple[list[str], list[Any]]:
    """SQL conditions (and their parameters) for a period and an event type, on a table with
    day_lo, day_hi and type columns (`alias` names it in a join)."""
    a = f"{alias}." if alias else ""
    where: list[str] = []
    params: list[Any] = []
    if type:
        if type.upper() not in EVENT_TYPES:
            raise QueryError(f"no such event type: {type} (one of {', '.join(EVENT_TYPES)})")
        where.append(f"{a}type = ?")
        params.append(type.upper())
    if (lo := bound_day(date_from, "from")) is not None:
        where.append(f"{a}day_hi >= CAST(? AS DATE)")
        params.append(lo)
    if (hi := bound_day(date_to, "to", upper=True)) is not None:
        where.append(f"{a}day_lo <= CAST(? AS DATE)")
        params.append(hi)
    return where, params


def page(limit: int | None, offset: int | None) -> tuple[int, int]:
    limit = 50 if limit is None else int(limit)
    offset = 0 if offset is None else int(offset)
    if not 1 <= limit <= MAX_LIMIT or offset < 0:
        raise QueryError(f"limit must be within 1..{MAX_LIMIT} and offset >= 0")
    return limit, offset
