"""A taking of office the text dates, told with the bare name (某某2024年10月就任首相后, 某某于…出掌国家主席, 在本月
某某胜选后, 某某自…上任以来): a retrospective ELECTION (SPEC) that is done whatever plan the sentence tells of what
follows it, whose post's land is the one a title states for the person elsewhere on the page (日本首相某某), and
whose look back closes at its 后/以来 (what follows it is no post's land). Invented sentences (ag1)."""

from __future__ import annotations

import pytest

from eventpage import of

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def elections(body: str) -> list[tuple[str, list[str]]]:
    return [(e.status, sorted(e.participants)) for e in of(body, "ELECTION", HEAD)]


@pytest.mark.parametrize(("body", "person", "land"), [
    ("日本首相石破茂将于下月访问越南。这将是石破茂2024年10月就任首相后,首次出访东南亚。", "石破茂", "日本"),
    ("越南国家主席梁强当天会见老挝客人。梁强于2024年10月21日出掌国家主席。", "梁强", "越南"),
    ("新加坡总理黄循财抵达河内。这是黄循财自2024年5月上任以来首次访问越南。", "黄循财", "新加坡"),
    ("韩国总统李在明与日本首相通电话。在本月李在明胜选并接替前任的总统职位后,两国关系将备受关注。", "李在明", "韩国"),
    ("新加坡總理黃循財抵達河內。這是黃循財自2024年5月上任以來首次訪問越南。", "黄循财", "新加坡"),
])
def test_dated_office_taken_is_done_with_the_titles_land(body: str, person: str, land: str) -> None:
    got = [sides for status, sides in elections(body) if person in sides]
    assert got and all(land in s for s in got), elections(body)
    assert all(status == "occurred" for status, sides in elections(body) if person in sides), elections(body)


def test_what_follows_the_look_back_is_no_posts_land() -> None:
    got = elections("新加坡总理黄循财抵达河内。这是黄循财自2024年5月上任以来首次访问越南。")
    assert got and all("越南" not in s for _, s in got), got


def test_a_partys_post_takes_no_land() -> None:
    got = elections("越南国家主席苏林会见中国客人。苏林于2024年8月3日就任总书记。")
    assert got and all("越南" not in s for _, s in got), got


def test_an_undated_retelling_takes_no_land_from_elsewhere() -> None:
    got = elections("日本首相石破茂当天访问越南。越南领导人对石破茂当选表示祝贺。")
    assert all("日本" not in s for _, s in got), got
