"""The invented page the event tests read: a headline and a dated dateline, then the body under test."""

from __future__ import annotations

from dipnet.model import Event
from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def events(body: str, head: str = HEAD) -> list[Event]:
    return extract(head + body, source="t.txt").events


def of(body: str, type_: str, head: str = HEAD) -> list[Event]:
    return [e for e in events(body, head) if e.type == type_]


# a page whose lead tells an arrival first: the dates under test read after it
DATED_HEAD = "测试新闻\n\n越通社河内——2025年6月10日,乙国代表团抵达甲国。\n\n"


def dated(body: str, type_: str, head: str = DATED_HEAD) -> list[Event]:
    """The events of one type on the dated page; there must be one."""
    found = of(body, type_, head)
    assert found, f"no {type_} in {body}"
    return found


def sides(body: str, type_: str, head: str = HEAD) -> list[list[str]]:
    """The participants of each event of one type, each list sorted (the probe tests' answer)."""
    return [sorted(e.participants) for e in of(body, type_, head)]


def first_sides(body: str, type_: str, head: str = HEAD) -> list[str]:
    """The participants of the first event of one type; there must be one."""
    found = of(body, type_, head)
    assert found, body
    return found[0].participants
