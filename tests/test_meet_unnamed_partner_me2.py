"""A meeting whose only partner is people left unnamed, told by what they are or did (与多年前结识的朋友见面,
与流亡某国的人权分子会面, 与有望成为某国领导人的人再次见面), or every one of a kind (与各国党、国家和国际组织领导人
进行线上或线下会谈), is no MEET (me2, issue 13): a land that qualifies them or stands elsewhere in the clause is
no side of it (participants/peoplemet.py). A speaker's reported words told on in the paragraph of a dated speech are
that speech's, not words of the page's year (merging/speakers.py). Invented sentences."""

from __future__ import annotations

import pytest

from eventpage import of

HEAD = "测试新闻\n\n2025-06-10\n甲通社河内6月10日电 "


def _meets(body: str) -> list[list[str]]:
    return sorted(sorted(e.participants) for e in of(body, "MEET", HEAD))


@pytest.mark.parametrize("body", [
    "越南国家主席阮明哲此访期间,他与二十年前在河内结识的朋友见面。",
    "阮明哲将与流亡泰国的缅甸人权分子会面。",
    "越南国家主席阮明哲访问了甲省。乙家人说,他们很荣幸能与有望成为下一任越南最高领导人的人再次见面。",
    "阮明哲参加了多项对外活动,其中包括对中国的正式访问和与各国党、国家和国际组织领导人进行线上或线下会谈、会见。",
])
def test_people_left_unnamed_are_no_side_of_a_meeting(body: str) -> None:
    assert _meets(body) == []


def test_a_named_partner_beside_them_keeps_the_meeting() -> None:  # (a guard)
    assert _meets("阮明哲与日本首相岸田文雄及日本知名人士举行座谈。") == [["岸田文雄", "阮明哲"]]


def test_a_named_partner_after_every_keeps_the_meeting() -> None:  # (a guard: a name in the partner)
    assert _meets("阮明哲与各国驻越大使和日本首相岸田文雄会面。") == [["岸田文雄", "阮明哲"]]


def test_words_told_on_after_a_dated_speech_keep_its_day() -> None:
    body = ("甲国中央委员会于2021年12月14日召开全国对外工作会议。\n"
            "阮明哲总书记在会议上发表讲话时表示,甲国外交要有自己的特色。对于外交工作的方向,阮明哲总书记强调说,要树立新姿态。\n"
            "阮明哲总书记在2025年5月17日召开的中央全会上发表讲话时表示,对外工作取得重要成果。")
    # (a page dated by no line of its own: the words told on would otherwise take the later speech's day and join it)
    days = sorted(str(e.date) for e in of(body, "STATEMENT", "测试新闻\n\n") if e.participants[:1] == ["阮明哲"])
    assert days == ["2021-12-14", "2025-05-17"]
