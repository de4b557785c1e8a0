"""A meeting's remote manner told right after its word (sw12, issue 13; after cl1's 2-set patch: fp49, fp51, fp81):
某某磋商以视频形式进行, 某某会晤活动以视频连线方式举行, 某某大会以视频连线方式在某地召开 — the meeting held by video is
one event: talks words are the CALL (no MEET beside it), a body's conference stays the CONFERENCE, and the remote word
(视频连线) makes no call of its own. A meeting held partly in person (线上和线下相结合) stays as it is. Sentences
invented."""

from __future__ import annotations

import pytest

from eventpage import events


def _types(body: str) -> list[str]:
    return sorted(e.type for e in events(body) if e.type in ("MEET", "CALL", "CONFERENCE"))


@pytest.mark.parametrize("body", [
    "第三次泰国与智利外交部副部长级政治磋商以视频形式进行。",
    "2024年泰国与老挝边境三省省长新春会晤活动以视频连线方式举行。",
])
def test_talks_held_by_video_are_one_call(body: str) -> None:
    assert _types(body) == ["CALL"], [(e.type, e.participants) for e in events(body)]


@pytest.mark.parametrize("body", [
    "由泰国科学院、老挝科学院和缅甸科学院联合主办的湄公河科技合作联盟第三次全体大会以视频连线方式在清迈召开。",
    "泰国科学院、老挝科学院和柬埔寨科学院主办的澜湄学术大会以视频连线方式举行。",
])
def test_a_conference_held_by_video_link_is_no_call(body: str) -> None:
    assert _types(body) == ["CONFERENCE"], [(e.type, e.participants) for e in events(body)]


# (guard: passes before the change too) a meeting held partly in person keeps its word's type
def test_a_mixed_meeting_is_no_call() -> None:
    body = "泰国国防部以线上和线下相结合方式举行会议,总结2020-2024年国防对外工作。"
    assert "CALL" not in _types(body)
