"""Facts (fx18, issue 13): the year a figure holds for. Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "新华社北京2024年5月20日电 {}\n"


def facts(sentence: str) -> list[Fact]:
    return extract_facts(extract(PAGE.format(sentence), source="t.txt"))


def as_of(sentence: str, value: float) -> list[str | None]:
    return [f.as_of for f in facts(sentence) if f.value == value]


def test_a_bracket_closed_before_the_time_leaves_the_time_dating_the_figure():
    # (Pevico) closes before 2019年3月, and (增长8.1%) opens after it: no aside holds the time
    got = as_of("据越南蔬果协会(Pevico)统计,2019年3月,全国出口了210万箱芒果(增长8.1%),出口额突破3.46亿美元。", 346000000)
    assert got and all((y or "").startswith("2019") for y in got)
