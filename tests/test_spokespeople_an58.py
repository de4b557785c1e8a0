"""A spokesperson is the voice of a body: a party of their own STATEMENT only (an, stop 58; official dev d28/d29/d30:
the protest a spokesperson voices is the land's). Invented sentences."""

from __future__ import annotations

from eventpage import sides


def test_the_one_who_answers_about_a_trip_makes_no_trip() -> None:
    body = "外交部发言人林安8日就国务院总理张明将赴甲城出席峰会、赴巴西圣保罗出席论坛答记者问。"
    assert all("林安" not in s for s in sides(body, "VISIT"))


def test_a_protest_a_spokesperson_voices_is_the_lands() -> None:
    body = "泰国外交部发言人颂猜15日在例行记者会上抗议柬埔寨侵犯其领土主权。"
    assert [set(s) for s in sides(body, "DISAPPROVE")] == [{"泰国", "柬埔寨"}]


def test_a_spokesperson_speaking_of_a_meeting_attends_it_not() -> None:
    body = "印尼外交部发言人苏迪约3日回答记者有关将在雅加达举行的第40届东盟外长系列会议上将讨论关于海上合作问题的提问时表示,各方将继续协商。"
    assert sides(body, "CONFERENCE") == [["东盟"]]
