"""A conference word that holds no meeting of its own (此次会议 told back, 等多边论坛 listing forums, a meeting
named by its manner only) is told from its words before its actors are read (finding/meetingname.py
held_name, asked by extract/events.py before actors: issue 17, the extraction's speed). The same events as
before; the actors of such a word are never read. Invented sentences."""

from __future__ import annotations

import importlib

import pytest

from dipnet.extract.participants.actors import actors as real_actors
from dipnet.pipeline import extract

HEAD = "测试新闻\n\n新华社北京2025年6月10日电 "
events_module = importlib.import_module("dipnet.extract.events")


@pytest.fixture
def conference_actors_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The trigger positions of the CONFERENCE words whose actors were read."""
    read: list[int] = []

    def counting(page, cb, t, c, k, trig, mentions):  # type: ignore[no-untyped-def]
        if t.name == "CONFERENCE":
            read.append(k)
        return real_actors(page, cb, t, c, k, trig, mentions)

    monkeypatch.setattr(events_module, "actors", counting)
    return read


def _conferences(body: str) -> list[tuple[str, ...]]:
    return [tuple(e.participants) for e in extract(HEAD + body, source="t.txt").events if e.type == "CONFERENCE"]


def test_a_meeting_told_back_reads_no_actors(conference_actors_read: list[int]) -> None:
    body = "泰国外长与缅甸外长出席此次会议并分别发言。"
    assert _conferences(body) == []
    assert conference_actors_read == []


def test_forums_listed_by_kind_read_no_actors(conference_actors_read: list[int]) -> None:
    assert _conferences("老挝愿同柬埔寨在东盟、联合国等多边论坛上加强协调配合。") == []
    assert conference_actors_read == []


def test_a_named_meeting_still_reads_its_actors(conference_actors_read: list[int]) -> None:
    body = "第七届湄公河流域水资源合作论坛11日在万象举行,老挝副总理宋赛和柬埔寨副首相索庆达出席论坛。"
    got = _conferences(body)
    assert got and conference_actors_read, got


def test_two_lands_leaders_meeting_is_still_read_as_talks(conference_actors_read: list[int]) -> None:
    # (新马领导人…峰会: two short forms and their leaders make a MEET, read with its actors)
    body = "新马领导人非正式峰会11日在新加坡举行,新加坡总理黄循财与马来西亚总理安瓦尔出席。"
    got = extract(HEAD + body, source="t.txt").events
    assert not [e for e in got if e.type == "CONFERENCE"]
    assert conference_actors_read
