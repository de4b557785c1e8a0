"""Anniversary days on unseen pages, helper dt19 (invented sentences; issue 13): the day the knowledge base
knows is not the text's. A sentence that tells only the year of an anniversary still ahead of the report dates
it to that year, occurred; a day the page prints dates it; an occasion the sentence says will be held is ahead."""

from __future__ import annotations

from dipnet.pipeline import extract


def _anniversaries(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = extract(text, source="t.txt")
    return [(e.status, e.date, e.date_precision) for e in doc.events if e.type == "ANNIVERSARY"]


def test_this_year_is_the_anniversary_gives_the_year_not_the_founding_day() -> None:
    # 越中建交 1950-01-18: on 5 January the day is ahead, but the text tells only the year
    text = ("两国外长举行会谈\n\n2030年1月5日\n\n1月5日,越南外长阮文甲与中国外长王乙举行会谈。"
            "阮文甲表示,今年是越中建交80周年,两国关系面临新的机遇。\n")
    got = _anniversaries(text)
    assert got and all(g == ("occurred", "2030", "year") for g in got), got


def test_a_day_the_page_prints_dates_the_anniversary_ahead() -> None:
    # the founding's day printed on the page: the text fixes the day, which is after the report
    text = ("两国外长举行会谈\n\n2030年1月5日\n\n1月5日,越南外长阮文甲与中国外长王乙举行会谈。"
            "1950年1月18日,越中两国正式建交。阮文甲表示,今年是越中建交80周年,双方将隆重纪念。\n")
    got = _anniversaries(text)
    assert ("planned", "2030-01-18", "day") in got, got


def test_an_occasion_the_sentence_says_will_be_held_is_ahead() -> None:
    # 胡志明诞辰 (5-19) in a report of February: the year told, the day not; 将举办 at the occasion: planned
    text = ("青年交流活动\n\n2030年2月10日\n\n2月10日,两国青年联合会举行工作会议。"
            "2030年,值纪念胡志明主席诞辰140周年之际,两国青年联合会将举办一系列文艺交流活动。\n")
    got = _anniversaries(text)
    assert got and all(g[0] == "planned" and g[1] == "2030" for g in got), got
