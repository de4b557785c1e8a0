"""When two tellings of a visit are one trip (read by extract/merging/merge.py)."""

from __future__ import annotations

from dipnet.model import Event


def same_trip(a: Event, b: Event) -> bool:
    """The same visitors going to the same (or an unnamed) host, told in one zone: the article's visit and a
    teaser's are two records, teasers telling it on one day one (ev16; open gold dev2 n40 keeps the article's
    visit and two menu headlines' apart, seeds 000 joins four teasers of one day)."""
    one_zone = a.brief == b.brief or (None not in (a.brief, b.brief) and len(a.date or "") == 10 and a.date == b.date)
    return one_zone and bool(set(a.source) & set(b.source)) and (not a.target or not b.target or a.target == b.target)
