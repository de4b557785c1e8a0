"""Audit of the terms of office that date pages (stop 58, general knowledge): holders missing before
(a Thai prime minister of 2006-2008, a Japanese defence minister of 2007-2008, a Cambodian assembly
president of 1998-2006) now bound an undated page's year; starts and ends that were wrong are right
(invented sentences)."""

from __future__ import annotations

from dipnet.kb import load_kb
from dipnet.pipeline import extract


def _published(text: str) -> str | None:
    got = extract(text).published
    return got.date if got else None


def _term(person: str, title: str) -> list[tuple[str | None, str | None]]:
    return [(p.start, p.end) for p in load_kb().positions(f"person:{person}") if p.title == title]


def test_missing_holders_bound_the_year() -> None:
    assert _published("某社曼谷3月5日电 泰国总理素拉育5日在曼谷会见到访的甲国外长,双方交换意见。") == "2007-03-05"
    assert _published("某社东京3月5日电 日本防卫大臣石破茂5日在东京会见到访的甲国国防部长。") == "2008-03-05"
    got = _published("某社金边3月5日电 柬埔寨国会主席拉那烈5日在金边会见到访的甲国议长。")
    assert got is not None and 1999 <= int(got[:4]) <= 2005


def test_corrected_terms() -> None:
    assert _term("wang-yong", "国务委员") == [("2013-03", "2023-03")]
    assert _term("heng-samrin", "国会主席") == [("2006-03", "2023-08-22")]
    assert _term("kim-tok-hun", "内阁总理") == [("2020-08-13", "2024-12")]
    assert _term("nguyen-sinh-hung", "常务副总理") == [("2006-06-28", "2011-07")]


def test_state_councillors_and_discipline_secretaries_are_known() -> None:
    assert _term("chang-wanquan", "国务委员") == [("2013-03", "2018-03")]
    assert _term("wei-fenghe", "国务委员") == [("2018-03", "2023-03")]
    assert _term("zhao-leji", "中央纪委书记") == [("2017-10-25", "2022-10-23")]


def test_holders_added_to_the_people_are_named_and_date_the_page() -> None:
    doc = extract("某社华盛顿3月5日电 美国国防部长拉姆斯菲尔德5日在五角大楼会见到访的甲国防长。")
    assert "person:donald-rumsfeld" in {e.kb_id for e in doc.entities}
    assert doc.published is not None and 2001 <= int(doc.published.date[:4]) <= 2006


def test_an_acting_president_of_a_few_months_dates_the_page() -> None:
    assert _published("某社首尔1月5日电 韩国代总统崔相穆5日在首尔会见到访的甲国外长。") == "2025-01-05"
