"""A word of one event type written inside a longer event word (对话 in 对话会, 座谈 in 座谈会) tells no event of its
own: the readers of the sentences after a conference go on past it (participants/posthits.py, ca54)."""

from __future__ import annotations

from dipnet.extract.participants.posthits import _outermost
from eventpage import of

HEAD = "测试新闻\n\n越通社河内2022年7月3日电 "


def test_the_longest_word_at_a_place_is_the_one_read():
    hits = [(3, "对话"), (3, "对话会"), (10, "会谈"), (11, "谈"), (20, "出席")]
    assert _outermost(hits) == [(3, "对话会"), (10, "会谈"), (20, "出席")]


def test_an_attendee_told_after_a_sentence_chairing_the_dialogue_session():
    body = ("9月20日,老挝国防部在万象主办东盟地区论坛国防官员对话会。"
            "越南国防部对外局局长阮明武与日本防卫省代表共同主持对话会。"
            "越南国防部副部长黄春战上将出席对话会。")
    sessions = [set(e.participants) for e in of(body, "CONFERENCE", HEAD)]
    assert any({"阮明武", "黄春战"} <= p for p in sessions), sessions
