"""A communiqué signed to establish or restore relations (签署联合公报,正式建立外交关系) is the RELATION_CHANGE it
announces (SPEC: a joint statement announcing the change is that change), no AGREEMENT of its own; a
commemoration of relations (建交纪念, 建交周年纪念) establishes none."""

import pytest

from dipnet.pipeline import extract

HEAD = "两国关系\n\n2025年03月05日 10:20\n\n"


def types(text: str) -> list[str]:
    doc = extract(text + "\n", source="relations.txt")
    return sorted(e.type for e in doc.events)


@pytest.mark.parametrize("sentence", [
    "新华社北京3月26日电 中国与洪都拉斯26日在北京签署联合公报，正式建立外交关系。",
    "新华社天津12月10日电 中国与尼加拉瓜10日在天津签署联合公报，恢复外交关系。",
    "新华社北京1月24日电 中国与瑙鲁24日签署联合公报，决定恢复大使级外交关系。",
])
def test_the_communique_is_the_change(sentence: str) -> None:
    assert types(HEAD + sentence) == ["RELATION_CHANGE"]


@pytest.mark.parametrize("page", [
    "越老建交纪念\n\n越通社万象——越南驻老挝大使馆5日举行招待会，庆祝越老建交63周年。",
    "越日建交周年纪念\n\n越通社东京——越南驻日本大使馆9月21日举行仪式，纪念越日建交53周年。",
])
def test_a_commemoration_establishes_nothing(page: str) -> None:
    assert "RELATION_CHANGE" not in types(page)
