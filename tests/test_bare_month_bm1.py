"""A month told without its year, far after the report, is read back a year in the time stage itself
(timex/dayreaders._told_back, h60 bm1): a year its sentence tells keeps the reading it agrees with (not the
report's own day of a dateline), a headline's or a teaser's month keeps the nearest year, the day carried to
the next sentence is the one read back, and a frame event since which visits are counted dates none of them
(invented text)."""

from __future__ import annotations

from dipnet.pipeline import extract
from dipnet.timex.parse import find_times


def _value(text: str, words: str, anchor: str, told_back: bool = True) -> str | None:
    return next((t.value for t in find_times(text, anchor, told_back=told_back) if text[t.start:t.end].startswith(words)), None)


def test_a_year_the_sentence_tells_keeps_the_reading_it_agrees_with() -> None:
    assert _value("2026年东盟峰会4月26日在吉隆坡开幕。", "4月26日", "2025-11-20") == "2026-04-26"
    # (a year that does not agree leaves the rule to it: 今年 on a November page, April far ahead is this one)
    assert _value("今年以来,两国外长4月在河内举行会晤。", "4月", "2025-11-20") == "2025-04"


def test_the_dateline_day_tells_no_year_of_the_month() -> None:
    assert _value("越通社河内——2025年11月20日,两国外长4月在河内举行会晤。", "4月", "2025-11-20") == "2025-04"


def test_a_headline_or_teaser_reading_keeps_the_nearest_year() -> None:
    assert _value("两国外长4月在河内会晤", "4月", "2025-11-20", told_back=False) == "2026-04"


def test_the_day_carried_to_the_next_sentence_is_the_one_read_back() -> None:
    doc = extract("测试新闻\n\n越通社河内——2025年6月10日,越南国防部12月5日举行表彰大会。"
                  "张和平副总理在会上表示,越南将继续参与联合国维和行动。\n", source="t.txt")
    said = [e for e in doc.events if e.type == "STATEMENT"]
    assert said and all(e.date == "2024-12-05" for e in said), [(e.date, e.participants) for e in said]


def _visit_dates(body: str, dateline: str) -> list[str | None]:
    doc = extract(f"测试新闻\n\n{dateline} {body}\n", source="t.txt")
    return [e.date for e in doc.events if e.type == "VISIT"]


def test_a_frame_event_since_which_visits_are_counted_dates_none_of_them() -> None:
    # (2月24日 read back to the past would date the visit: the frame is the invasion, not a visit)
    got = _visit_dates("这是自2月24日俄罗斯入侵乌克兰以来,美国国务卿布林肯第二次访问乌克兰。", "新华社基辅2022年9月8日电")
    assert got and not any(d and d.endswith("02-24") for d in got), got
    # a bare time since which the visits are counted tells the earlier one
    assert _visit_dates("这是自2016年以来习近平第二次对柬埔寨进行国事访问。", "新华社金边2025年4月17日电") == ["2016"]
