"""Facts (fx19, issue 13): what the page tells once is one claim. Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract


def facts(page: str) -> list[Fact]:
    return extract_facts(extract(page, source="t.txt"))


def test_a_headline_figure_told_in_the_body_and_once_more_with_another_holder_is_one_claim():
    page = ("台风袭击秘鲁 造成17人失踪\n\n"
            "新华社利马2024年5月20日电 台风今天袭击秘鲁沿海,造成17人失踪。\n"
            "当局表示,阿雷基帕省外海有两艘渔船失联,共17名渔民下落不明。\n")
    got = [f.subject for f in facts(page) if f.value == 17]
    assert got == ["秘鲁"]


def test_two_holders_with_the_same_figure_in_the_body_alone_stay_two_claims():
    page = ("智利与秘鲁加强经贸合作\n\n"
            "新华社利马2024年5月20日电 智利向秘鲁提供了50万美元援助。\n"
            "此外,阿根廷也向秘鲁提供了50万美元援助。\n")
    got = {f.subject for f in facts(page) if f.value == 500000}
    assert got == {"智利", "阿根廷"}


PAGE = "新华社北京2024年5月20日电 {}\n"


def values(sentence: str) -> list[float | list[float]]:
    return [f.value for f in facts(PAGE.format(sentence))]


def test_the_officials_spoken_of_in_small_chinese_numerals_are_no_count():
    # the N people meant, not a count told: 两名外长, 四位总统, 三位…外交部长
    assert values("两名外长还就地区局势交换了意见。") == []
    assert values("论坛由四位总统共同主持。") == []
    assert values("此次三位非洲国家外交部长的相继到访,体现了双方友谊。") == []


def test_a_total_of_officials_and_other_people_counted_stay_counts():
    assert 5 in values("共有五位部长出席了会议。")
    assert 2 in values("事故造成两名渔民死亡。")
    assert 150 in values("150名代表出席了会议。")
