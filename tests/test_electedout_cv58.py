"""The one a session elects is the election's party, not the session's attendee (cv, stop 58; official dev d11/d27,
dev2 n11 name the electing body alone in the session). Invented sentences."""

from __future__ import annotations

from eventpage import sides


def test_the_one_a_session_elects_attends_it_not() -> None:
    body = "越南第十届国会第三次会议选举阮文明为越南国家主席。"
    assert sides(body, "CONFERENCE") == [["越南国会"]]
    assert sides(body, "ELECTION") == [["越南国会", "阮文明"]]


def test_the_one_elected_by_a_session_in_the_passive_attends_it_not() -> None:
    body = "值此越共中央总书记阮文明被越南第十届国会第三次会议选举为国家主席之际,老挝领导人致贺电。"
    assert sides(body, "CONFERENCE") == [["越南国会"]]


def test_a_chair_of_a_session_stays_its_party() -> None:
    body = "越南国会主席黎光海主持召开越南第十届国会第三次会议。"
    assert ["越南国会", "黎光海"] in sides(body, "CONFERENCE")


def test_the_one_sworn_in_at_the_session_attends_it() -> None:
    body = "越南第十届国会第三次会议5日投票选举越共中央政治局委员阮文明为国家主席,他随后正式宣誓就任。"
    assert any("阮文明" in s for s in sides(body, "CONFERENCE"))
