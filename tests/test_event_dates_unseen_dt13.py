"""Event dates and status on departure pages, helper dt13 (invented sentences): the aims of a trip told on
the day of leaving are still to come (启程前往…出席, 前往 is no 'before'), unless their own days begin that day;
a headline's aim (某某启程…并出席…峰会) is the planned one its article dates."""

from __future__ import annotations

from dipnet.pipeline import extract


def _events(text: str, kind: str) -> list[tuple[str, str | None, str | None, str | None]]:
    doc = extract(text, source="t.txt")
    return [(e.status, e.date, e.date_precision, e.end_date) for e in doc.events if e.type == kind]


def test_going_to_a_summit_on_the_day_of_leaving_is_planned() -> None:
    # 前往 (going to) after the leaving is no time word 前 (before): the summit of the 8th and 9th is ahead
    # (the page's year is inferred from the office holder: a day just after the lead's is no plan by itself)
    text = ("越南总理出访柬埔寨\n\n9月3日上午,越南政府总理范明政率团离开河内,启程前往柬埔寨暹粒,"
            "出席于9月4日至5日举行的第九届湄公河合作峰会。\n")
    got = [g for g in _events(text, "CONFERENCE") if g[3]]
    assert got and all(s == "planned" and d[5:] == "09-04" and e[5:] == "09-05" for s, d, _, e in got), got


def test_meeting_before_leaving_stays_before_it() -> None:
    # (a guard) 离开河内前 is before the leaving: the talks that morning are told as held
    text = ("越南国家主席会见老挝客人\n\n2031年4月7日\n\n4月7日上午,越南国家主席陈文乙在启程离开河内前会见了老挝国会代表团。\n")
    got = _events(text, "MEET")
    assert got and all(s == "occurred" for s, _, _, _ in got), got


def test_a_summit_opening_on_the_day_of_leaving_is_under_way() -> None:
    # the summit's own days begin on the report's day: it is under way, not still to come
    text = ("越南总理出访文莱\n\n10月6日上午,越南政府总理范明政率团离开河内,"
            "启程前往文莱出席于10月6日至7日举行的东盟商务论坛。\n")
    got = [g for g in _events(text, "CONFERENCE") if g[3]]
    assert got and all(s == "occurred" and d[5:] == "10-06" for s, d, _, _ in got), got


def test_a_headlines_aim_after_leaving_is_the_planned_summit() -> None:
    # the headline's 启程…并出席…峰会 is the summit its article plans: one planned summit, on its days
    text = ("越南国家主席启程对巴西、阿根廷进行正式访问并出席二十国集团峰会\n\n"
            "3月5日晚,越南国家主席武文赏率越南高级代表团离开首都河内,应巴西总统的邀请,于3月6日至8日对巴西进行正式访问"
            "和应阿根廷总统邀请,于3月8日至11日对阿根廷进行正式访问并出席在阿根廷举行的二十国集团峰会。\n")
    got = _events(text, "CONFERENCE")
    assert len(got) == 1 and got[0][0] == "planned" and got[0][1][5:] == "03-08" and got[0][3][5:] == "03-11", got


def test_a_headlines_aim_takes_the_planned_days_when_the_page_is_of_the_next_day() -> None:
    # left on the evening of the 5th, the page stamped the 6th: the headline took the 5th from the lead, which
    # is no day a plan was announced on (the headline tells no time of its own); the days ahead date the summit
    text = ("越南国家主席启程对巴西、阿根廷进行正式访问并出席二十国集团峰会\n\n星期四, 06/03/2025 10:01 (GMT+7)\n\n"
            "3月5日晚,越南国家主席梁强率越南高级代表团离开首都河内,应巴西总统的邀请,于3月6日至8日对巴西进行正式访问"
            "和应阿根廷总统邀请,于3月8日至11日对阿根廷进行正式访问。\n")
    doc = extract(text, url="https://cn.dangcongsan.vn/cate-1/article-1.html")
    got = [(e.status, e.date, e.end_date) for e in doc.events if e.type == "CONFERENCE"]
    assert got == [("planned", "2025-03-08", "2025-03-11")], got
