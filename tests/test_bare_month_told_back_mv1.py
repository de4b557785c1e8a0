"""A month told without its year, months after the report, in a clause that announces nothing, is one the story
looks back on (the year before, the event done); a plan mark, a headline, or a day within three months of the
report keeps the nearest reading (extract/attributes/pastmonths.py)."""

import pytest

from dipnet.pipeline import extract

HEAD = "两国关系\n\n2021-11-08\n新华社北京11月8日电 "


def dated(sentence: str, kind: str) -> list[tuple[str | None, str]]:
    doc = extract(HEAD + sentence + "\n", source="months.txt")
    return [(e.date, e.status) for e in doc.events if e.type == kind]


@pytest.mark.parametrize("sentence, kind, date", [
    ("泰国总理巴育3月对老挝进行正式访问,双方同意扩大贸易。", "VISIT", "2021-03"),
    ("老挝国家主席通伦4月与柬埔寨首相洪森举行会谈,就边境问题交换意见。", "MEET", "2021-04"),
    ("韩国外长郑义溶4月12日至14日访问越南,会见了越南国家主席。", "VISIT", "2021-04-12"),
])
def test_a_bare_month_months_ahead_is_last_year(sentence: str, kind: str, date: str) -> None:
    assert dated(sentence, kind)[:1] == [(date, "occurred")]


@pytest.mark.parametrize("sentence, kind, date", [
    ("泰国总理巴育将于5月对老挝进行正式访问。", "VISIT", "2022-05"),  # announced: still to come
    ("老挝国家主席通伦12月10日至12日对柬埔寨进行国事访问。", "VISIT", "2021-12-10"),  # a month on: the nearest
])
def test_an_announced_or_near_month_stays_ahead(sentence: str, kind: str, date: str) -> None:
    assert dated(sentence, kind)[:1] == [(date, "planned")]


def test_a_headline_keeps_its_reading() -> None:
    doc = extract("巴育3月访问老挝\n\n2021-11-08\n新华社北京11月8日电 泰国总理巴育将在明年3月访问老挝。\n", source="head.txt")
    assert {(e.date, e.status) for e in doc.events if e.type == "VISIT"} == {("2022-03", "planned")}
