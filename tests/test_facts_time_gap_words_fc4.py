"""Facts (fc4, issue 13): 睽违, 暌违 and 阔别 (the Taiwanese, Hong Kong and Singaporean words for 时隔) count the years
since a visit or an occasion before, as 时隔 does, held by the visitor or the body that waited. Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def years(dateline: str, sentence: str) -> list[tuple[float, str | None]]:
    doc = extract("題目\n\n" + dateline + sentence + "\n", source="t.txt")
    return [(f.value, f.subject) for f in doc.facts if f.unit == "year"]  # type: ignore[misc]


C = "（中央社記者王大明台北2024年3月5日電）"


@pytest.mark.parametrize("dateline, sentence, value, holder", [
    (C, "這是立法院睽違13年後,再度有外國元首到議場演說。", 13, "立法院"),
    (C, "日本首相睽違5年再度訪問台灣友邦。", 5, "日本"),
    (C, "美國軍艦睽違40多年再度停靠金蘭灣。", 40, "美国"),
    ("【联合早报讯】", "李显龙阔别八年重访北京。", 8, "李显龙"),
    ("新华社北京2024年3月5日电 ", "这是中国总理暌违7年再次到访该国。", 7, "中国"),
])
def test_gap_words_count_the_years_since(dateline: str, sentence: str, value: float, holder: str) -> None:
    got = years(dateline, sentence)
    assert (value, holder) in got, got


def test_years_apart_with_no_number_count_nothing() -> None:
    assert years(C, "兩岸睽違多年的交流重新恢復。") == []
