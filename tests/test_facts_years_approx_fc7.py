"""Facts (fc7, issue 13): a count of years written with 余 (连续十余年, 10余年, 時隔十餘年) is the value N,
as with 多 (SPEC: 超过N, N多 is the value N); before, every years' context read N多 only, and N余年 gave no
fact. So is 'N年来…一直' without the comma after 年来 (中国20年来一直是…), and 过去N年…一直, as the official gold
counts '10年来,中国一直是…' (dev d05). Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def years(body: str) -> list[tuple[float, str | None]]:
    doc = extract("题目\n\n" + body + "\n", source="t.txt")
    return [(f.value, f.subject) for f in doc.facts if f.unit == "year"]  # type: ignore[misc]


X = "新华社北京2024年3月5日电 "
C = "（中央社記者王大明台北2024年3月5日電）"


@pytest.mark.parametrize("body, value, holder", [
    (X + "中国已连续十余年成为老挝第一大投资来源国。", 10, "中国"),
    (X + "中国连续10余年保持东盟最大贸易伙伴地位。", 10, "中国"),
    (C + "日本已連續十餘年是台灣第二大貿易夥伴。", 10, "日本"),
    (X + "时隔十余年,中国国家主席再次访问越南。", 10, "中国"),
    ("越通社河内2024年3月5日电——中国20年来一直是越南最大贸易伙伴。", 20, "中国"),
    ("越通社河内2024年3月5日电——过去10年,中国一直是越南最大贸易伙伴。", 10, "中国"),
])
def test_n_yu_years_is_n(body: str, value: float, holder: str) -> None:
    got = years(body)
    assert (value, holder) in got, got


@pytest.mark.parametrize("body", [
    X + "中柬建交60余年来,两国关系不断发展。",
    X + "两国建交30年来一直保持友好。",
])
def test_years_since_a_founding_stay_no_fact(body: str) -> None:
    assert years(body) == []
