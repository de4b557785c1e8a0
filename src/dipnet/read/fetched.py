"""When a page was fetched, as an input states it: the newest day the page can be of."""

from __future__ import annotations

import datetime as dt

from dipnet.errors import InputError
from dipnet.read.names import excerpt


def fetched_day(value: object, where: str, field: str) -> str:
    """The ISO day of a fetch time written in ISO 8601 ('2026-03-01', '2026-03-01T08:00:00Z'),
    in the time zone it is written in; anything else is an error naming the input and the field."""
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.strip()).date().isoformat()
        except ValueError:
            pass
    raise InputError(where, f"{field} must be an ISO 8601 day or time ('2026-03-01', "
                            f"'2026-03-01T08:00:00Z'), not {excerpt(repr(value), 60)}: the page is not read")
