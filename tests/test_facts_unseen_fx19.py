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


def holders_of(page: str, value: float) -> list[str]:
    return [f.subject for f in facts(page) if f.value == value]


def test_people_attending_what_an_earlier_paragraph_named_belong_to_that_meeting():
    page = ("新华社北京2024年5月20日电 庆祝中国—智利建交50周年招待会在京隆重举行。外交部副部长出席并致辞。\n"
            "智利驻华大使馆外交官、企业代表等约280人出席。\n")
    assert holders_of(page, 280) == ["庆祝中国-智利建交50周年招待会"]


def test_firms_attending_the_meeting_pointed_back_at_belong_to_it_with_its_year():
    page = "新华社北京2024年5月20日电 双方将举行2024年中智经贸合作座谈会,两国近300家企业代表将参加该活动。\n"
    assert holders_of(page, 300) == ["2024年中智经贸合作座谈会"]


def test_provinces_represented_at_a_meeting_stay_the_parties():
    page = ("新华社北京2024年5月20日电 中智边境合作会议在京举行。\n"
            "两国12个边境省份的代表一同出席。\n")
    assert "中智边境合作会议" not in holders_of(page, 12)
