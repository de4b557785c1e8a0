"""A meeting named by the two sides it pairs (甲国与乙组织领导人会议, 乙组织—丙国峰会) held during a summit is a meeting of its
own, not the summit told again, even where its sides hold the summit's people (ac6, issue 13: once a summit's host land
is no party, the pair's meeting would fold into it). Invented names; the summit's two namings still fold into one."""

from __future__ import annotations

from dipnet.extract.merging.merge import merge_events
from dipnet.model import Event


def _conference(name: str, people: list[str], day: str, end: str | None = None) -> Event:
    return Event(type="CONFERENCE", status="occurred", start=0, end=10, participants=people, date=day,
                 date_precision="day", end_date=end, attributes={"name": name})


def test_a_pair_named_meeting_is_not_the_summit() -> None:
    summit = _conference("第30届东盟峰会", ["东盟", "甲某"], "2025-06-10", "2025-06-12")
    pair = _conference("韩国与东盟领导人会议", ["甲某", "韩国", "东盟"], "2025-06-11")
    assert len(merge_events([summit, pair])) == 2
    assert len(merge_events([pair, summit])) == 2


def test_the_summit_named_twice_is_one() -> None:
    summit = _conference("第30届东盟峰会", ["东盟", "甲某"], "2025-06-10", "2025-06-12")
    again = _conference("东盟峰会", ["东盟"], "2025-06-10")
    assert len(merge_events([summit, again])) == 1
