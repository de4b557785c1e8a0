"""A pronoun opening a sentence of reported words (st13, issue 13): 他启程前强调 / 他为…《某报》撰文指出 is said by the one the
sentence before is about — not by no one, nor by the paper named after the pronoun — and a run of sentences the pronoun opens
(她表示… 她说,…某总统… 她指出) goes on with the one named before the run, not with a person named inside its words.
Invented sentences."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n新华社北京2025年6月10日电 "


def statements(body: str) -> list[list[str]]:
    return [e.participants for e in extract(HEAD + body, source="t.txt").events if e.type == "STATEMENT"]


def test_a_pronoun_after_a_trip_announced_speaks_for_the_traveller() -> None:
    got = statements("奥地利总理汉斯·莫泽将于下周首次访问印度,随行的还有多名企业代表。他出发前强调,两国合作潜力巨大。")
    assert ["汉斯·莫泽"] in got, got


def test_a_pronoun_writing_for_a_paper_is_the_writer_not_the_paper() -> None:
    got = statements("在会谈开始之前,反对派领袖阿列克谢·彼得罗夫再次呼吁各方保持克制。他为周二出版的《环球观察报》撰文指出,对话是唯一出路。")
    assert ["阿列克谢·彼得罗夫"] in got, got
    assert not any("环球观察报" in p for ps in got for p in ps), got


def test_a_run_of_pronoun_sentences_keeps_the_one_named_before_it() -> None:
    got = statements("缅甸外交部今天举行例行记者会,外交部发言人吴敏登回答记者提问。\n\n她说,此次访问是在总统马克龙去年到访缅甸时商定的。\n\n"
                     "她指出,双方将继续深化合作。")
    assert not any("马克龙" in p for ps in got for p in ps), got
