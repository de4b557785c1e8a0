"""Facts (fx27, issue 13): a difference of two percentages told in percentage points (个百分点) is a
percent figure; a pair whose one party is itself named as a pair (中国—东盟) is not doubled.
Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract


def facts(page: str) -> list[Fact]:
    return extract_facts(extract(page, source="t.txt"))


def test_percentage_points_are_a_percent_figure():
    page = ("新华社河内2024年8月2日电 老挝统计局称,今年上半年老挝出口额同比增长9.5%,"
            "高于去年同期增幅2.3个百分点。\n")
    got = [(f.value, f.unit) for f in facts(page)]
    assert (2.3, "percent") in got
    assert all(f.unit != "count" for f in facts(page) if f.value == 2.3)


def test_percentage_points_in_traditional_characters():
    page = "中央社台北2024年8月2日電 泰國今年第二季失業率為1.1%,較上季下降0.4個百分點。\n"
    assert (0.4, "percent") in [(f.value, f.unit) for f in facts(page)]


def test_a_pair_named_with_a_dash_beside_one_of_its_parties_is_named_once():
    page = ("新华社北京9月4日电 商务部发言人在谈到中国—东盟经贸往来时说,今年前8个月,"
            "双边贸易额为900亿美元,同比增长6.6%。\n")
    subjects = {f.subject for f in facts(page) if f.value in (9e10, 6.6)}
    assert subjects == {"中国-东盟"}
