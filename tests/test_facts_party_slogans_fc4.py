"""Facts (fc4, issue 13): the standing slogans of Chinese and Vietnamese party texts, written unquoted in Chinese
numerals (四个意识, 四个自信, 四个全面战略布局, 三个代表重要思想, 三个务必, 四个伟大, 十个明确, 十四个坚持, 八项规定,
五位一体, 六个更), count nothing; delegations, experts and documents counted in Chinese numerals still count.
Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def values(sentence: str) -> list[float]:
    doc = extract("题目\n\n新华社北京2024年3月5日电 " + sentence + "\n", source="t.txt")
    return [f.value for f in doc.facts]  # type: ignore[misc]


@pytest.mark.parametrize("sentence", [
    "全党要增强四个意识、坚定四个自信。",
    "统筹推进五位一体总体布局,协调推进四个全面战略布局。",
    "坚持三个代表重要思想,牢记三个务必。",
    "各级党组织严格落实中央八项规定精神。",
    "要深刻领悟这一决定性意义,践行四个伟大。",
    "两党将落实六个更的战略方向。",
    "十个明确、十四个坚持集中体现了这一思想。",
    "各级干部要牢固树立四个意识。",
])
def test_party_slogans_count_nothing(sentence: str) -> None:
    assert values(sentence) == []


@pytest.mark.parametrize("sentence, value", [
    ("三个代表团分别访问了老挝、柬埔寨和缅甸。", 3),
    ("五位专家出席了研讨会。", 5),
    ("双方签署了八项合作协议。", 8),
])
def test_counts_in_chinese_numerals_still_count(sentence: str, value: float) -> None:
    assert value in values(sentence)
