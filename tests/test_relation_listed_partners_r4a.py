"""A land setting up or holding a tie with several partners (越南也与甲国和乙国建立了全面伙伴关系; 某国此前只与甲国、
乙国和丙国,建立…) is one RELATION_CHANGE per pair, the holding land in each (SPEC: a relation is between two lands;
official seeds count one per partner). Two lands joined by 和 right after 与 are two partners; the land before 与 holds
the tie even across a comma and when the land the page names most is another (official-gold-like fp18 shape). Sentences invented."""

import pytest

from dipnet.pipeline import extract


def ties(head: str, sentence: str) -> list[list[str]]:
    doc = extract("关系\n\n" + head + sentence + "\n", source="ties.txt")
    return [sorted(e.participants) for e in doc.events if e.type == "RELATION_CHANGE"]


@pytest.mark.parametrize("head, sentence, holder, partners", [
    ("越通社河内——", "去年,越南也与新西兰和加拿大建立了全面伙伴关系。", "越南", ["新西兰", "加拿大"]),
    ("新华社北京3月5日电 ", "蒙古国今年同丹麦和芬兰建立了战略伙伴关系。", "蒙古", ["丹麦", "芬兰"]),
    ("【联合早报讯】印度总理昨天抵达马尼拉,印度与菲律宾签署多项协议。",
     "菲律宾此前只与日本、美国和澳大利亚,建立此种战略伙伴关系。", "菲律宾", ["日本", "美国", "澳大利亚"]),
    ("中央社台北5日电 巴西总统访问智利,巴西与智利同意加强合作。",
     "智利过去仅同中国、韩国和日本三国,建立了全面战略伙伴关系。", "智利", ["中国", "韩国", "日本"]),
])
def test_one_tie_per_listed_partner(head: str, sentence: str, holder: str, partners: list[str]) -> None:
    got = ties(head, sentence)
    assert sorted(got) == sorted(sorted([holder, p]) for p in partners)


@pytest.mark.parametrize("head, sentence, pair", [
    ("越通社河内——", "越南与老挝于1962年正式建立外交关系。", ["越南", "老挝"]),
    ("新华社北京3月5日电 ", "中国和新西兰今年宣布将两国关系提升为全面战略伙伴关系。", ["中国", "新西兰"]),
])
def test_one_pair_stays_one_tie(head: str, sentence: str, pair: list[str]) -> None:
    assert ties(head, sentence) == [sorted(pair)]
