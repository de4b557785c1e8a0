"""Events on pages never seen (issue 13, helper ev1), on invented sentences: appointments told with their day
before the verb or in other verbs (于2020年当选, 去年10月被拔擢为, 调任), ..."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def of_type(body: str, type_: str) -> list[tuple[tuple[str, ...], str | None]]:
    return [(tuple(e.participants), e.date) for e in extract(HEAD + body, source="t.txt").events if e.type == type_]


def test_an_appointment_with_its_day_opened_by_a_preposition():
    got = of_type("王毅于2020年出任副总理。", "ELECTION")
    assert any("王毅" in p and d == "2020" for p, d in got), got
    got = of_type("苏林先是在今年5月22日被选为越南国家主席。", "ELECTION")
    assert any("苏林" in p and d == "2025-05-22" for p, d in got), got


def test_a_promotion_or_a_posting_is_an_appointment():
    got = of_type("王毅于去年10月被拔擢为中国共产党中央政治局委员。", "ELECTION")
    assert any("王毅" in p and d == "2024-10" for p, d in got), got
    got = of_type("秦刚2021年调任中国驻美国大使。", "ELECTION")
    assert any("秦刚" in p and d == "2021" for p, d in got), got
