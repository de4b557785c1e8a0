"""The invented page the event tests read: a headline and a dated dateline, then the body under test."""

from __future__ import annotations

from dipnet.model import Event
from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def events(body: str, head: str = HEAD) -> list[Event]:
    return extract(head + body, source="t.txt").events


def of(body: str, type_: str, head: str = HEAD) -> list[Event]:
    return [e for e in events(body, head) if e.type == type_]
