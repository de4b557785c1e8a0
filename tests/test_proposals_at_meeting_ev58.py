"""Proposals made at a meeting attended (出席…会议并就…提出建议; 出席…峰会,并提出三点建议; 出席…外长会,就…提出四点
主张) are a speech there: SPEC counts a speech at a conference as a CONFERENCE and a STATEMENT (the official gold:
出席会议并就…提出建议). The body in the meeting's name is the gathering, not the speaker; proposals made in talks
are the talks' content (ev58; invented sentences, Simplified and Traditional)."""

from __future__ import annotations

import pytest

from eventpage import sides

PROPOSED = [
    ("外交部长杨洁篪5日在巴厘岛出席东盟与中日韩外长会并就未来合作提出建议。", "杨洁篪"),
    ("国务院总理李强5日在万象出席第十九届东亚峰会,并提出三点建议。", "李强"),
    ("外交部长王毅5日出席东盟地区论坛外长会,就加强地区安全合作提出四点主张。", "王毅"),
    ("越南政府总理范明政5日出席湄公河—澜沧江合作领导人会议并提出多项倡议。", "范明政"),
    ("外交部長林佳龍5日出席亞太經合會部長會議並就數位經濟合作提出建議。", "林佳龙"),
    ("國務院總理李強5日在萬象出席第十九屆東亞峰會,並提出三點建議。", "李强"),
]


@pytest.mark.parametrize(("body", "who"), PROPOSED)
def test_proposals_at_a_meeting_attended_are_a_speech(body: str, who: str) -> None:
    assert sides(body, "STATEMENT") == [[who]]


def test_proposals_at_a_meeting_stand_beside_the_speakers_talks_that_day() -> None:
    # (an address to the meeting, not words inside the talks the speaker held that day; 出席会议 with no name between)
    body = ("外交部长杨洁篪5日在巴厘岛同越南外长范家谦举行会谈。\n东盟与中日韩外长会议当天在巴厘岛举行。"
            "外交部长杨洁篪出席会议并就未来合作提出建议。")
    assert ["杨洁篪"] in sides(body, "STATEMENT")


def test_proposals_in_talks_are_their_content() -> None:
    body = "外交部长王毅5日在北京同越南外交部长裴青山举行会谈,并就两国合作提出建议。"
    assert sides(body, "STATEMENT") == []
