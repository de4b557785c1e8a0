"""The opening or closing ceremony of a sports games (出席北京冬奥会开幕式, 参加了奥运会开幕式, 亚运会闭幕式) is no
CONFERENCE, whoever attends it: the trip there is the VISIT (cf5, issue 13: fp60, fp71, fp72; official dev: 出席第31届
东南亚运动会的相关活动 holds no CONFERENCE; invented sentences)."""

from __future__ import annotations

from tests.eventpage import of


def _conferences(body: str) -> list[list[str]]:
    return [sorted(e.participants) for e in of(body, "CONFERENCE")]


def test_a_winter_games_opening_attended_is_no_conference():
    body = "甲国总统张明远将于6月12日访问乙国,在那里出席东城冬奥会开幕式并与乙国总统李文华举行会谈。"
    assert _conferences(body) == []


def test_an_olympic_opening_recalled_is_no_conference():
    body = "2008年,张明远来东城参加了东城奥运会开幕式。"
    assert _conferences(body) == []


def test_a_regional_games_closing_is_no_conference():
    body = "甲国总理李文华6月9日在乙国首都出席第12届南方运动会闭幕式。"
    assert _conferences(body) == []


def test_a_forum_opening_attended_is_still_a_conference():
    body = "甲国总理李文华6月9日在乙国首都出席第12届南方合作论坛开幕式。"
    assert _conferences(body)
