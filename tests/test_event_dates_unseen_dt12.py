"""Event dates and status on Vietnamese wires' Chinese pages, helper dt12 (invented sentences): an anniversary
agreed on as a celebration still to be held, a time naming an occasion or an instrument's term, a trip told on
its eve, a plan bounded by the year's end, another plan's month, and a signing dated before the report beside a
plan marker."""

from __future__ import annotations

from dipnet.pipeline import extract


def _events(text: str, kind: str) -> list[tuple[str, str | None, str | None, str | None]]:
    doc = extract(text, source="t.txt")
    return [(e.status, e.date, e.date_precision, e.end_date) for e in doc.events if e.type == kind]


def test_an_anniversary_agreed_on_as_a_celebration_is_planned_in_a_year() -> None:
    text = ("越南总理会见柬埔寨首相\n\n2031年3月12日\n\n3月12日下午,越南政府总理阮文甲在河内会见柬埔寨首相洪玛奈。"
            "两位领导人一致同意密切配合,共同办好两国建交65周年系列纪念活动。\n")
    got = _events(text, "ANNIVERSARY")
    assert got and all(s == "planned" and d == "2031" and p == "year" for s, d, p, _ in got), got


def test_anniversaries_listed_before_the_celebration_take_the_year_written_among_them() -> None:
    text = ("越南国会主席会见老挝国会主席\n\n2031年6月5日\n\n6月5日,越南国会主席陈文乙在河内会见老挝国会主席。"
            "双方同意联合举行好两国建交70周年和2032年两国友好条约签署55周年的纪念活动。\n")
    got = _events(text, "ANNIVERSARY")
    assert got and all(s == "planned" and d == "2032" for s, d, _, _ in got), got


def test_a_celebration_told_as_held_is_not_planned() -> None:
    # the agreeing word comes before words telling the celebration done (已圆满举行): no plan
    text = ("越南友好组织联合会会见蒙古代表团\n\n2031年10月20日\n\n10月20日,越南友好组织联合会主席在河内会见蒙古代表团。"
            "双方一致认为,已圆满举行的越蒙友好协会成立20周年纪念活动增进了两国人民的友谊。\n")
    got = _events(text, "ANNIVERSARY")
    assert all(s == "occurred" for s, _, _, _ in got), got


def test_the_month_naming_a_regular_meeting_is_not_its_date() -> None:
    text = ("越南副总理主持会议\n\n2031年5月3日\n\n5月3日,越南政府副总理黎文丙在河内主持政府2031年4月例行会议并发表讲话。\n")
    got = _events(text, "CONFERENCE")
    assert got and got[0][1] == "2031-05-03" and got[0][2] == "day", got


def test_the_year_of_a_summit_someone_is_invited_to_is_not_the_messages() -> None:
    text = ("越南外长访问澳大利亚\n\n2031年3月9日\n\n3月9日,越南外交部长阮文丁在堪培拉与澳大利亚外长举行会谈。"
            "阮文丁向澳方转达越南国家主席邀请澳大利亚总理出席2032年东亚峰会的口信。\n")
    got = _events(text, "MESSAGE")
    assert got and all(d == "2031-03-09" for _, d, _, _ in got), got


def test_a_trip_told_on_its_eve_is_planned_when_the_page_is_known_to_its_month() -> None:
    # the page's date comes from the site's id (a month) and the lead's days; 访问前夕 says the visit is ahead
    text = ("大使:外长访越具有重要意义\n\n越通社河内——应越南外交部长阮文甲的邀请,老挝外交部长沙伦赛于11月5日至6日对越南进行正式访问。\n\n"
            "访问前夕,老挝驻越南大使接受越通社记者专访时表示,此访意义重大。\n")
    doc = extract(text, url="https://zh.vietnamplus.vn/test/44190.vnp")
    assert doc.published is not None and doc.published.precision == "month", doc.published
    got = [(e.status, e.date) for e in doc.events if e.type == "VISIT"]
    assert got and all(s == "planned" for s, _ in got), got


def test_a_visit_planned_by_the_year_end_is_of_that_year() -> None:
    # 年底前 bounds the plan within the report's year: no deadline years away, no report's day
    text = ("柬埔寨首相将访问越南\n\n2031年3月10日\n\n3月10日,越南外交部长阮文丁在河内会见柬埔寨外交大臣。"
            "柬埔寨首相洪玛奈有望于年底前访问越南。\n")
    got = _events(text, "VISIT")
    assert got and all(s == "planned" and d == "2031" and p == "year" for s, d, p, _ in got), got


def test_another_plans_month_does_not_date_a_plan_told_without_time() -> None:
    text = ("越南与新加坡加强合作\n\n2031年3月10日\n\n3月10日上午,越南政府总理阮文甲在河内会见新加坡外长。"
            "两国计划于5月在新加坡举行第十次政治磋商。\n\n新加坡总理黄循财将访问越南。\n")
    got = _events(text, "VISIT")
    assert got and all(s == "planned" and not (d or "").startswith("2031-05") for s, d, _, _ in got), got


def test_a_plan_within_a_trip_takes_the_trips_month() -> None:
    text = ("越南领导人将访华\n\n2031年3月10日\n\n越共中央总书记阮文乙将于5月对中国进行国事访问。"
            "访问期间,阮文乙将与中共中央总书记习近平举行会谈。\n")
    got = _events(text, "MEET")
    assert got and all(s == "planned" and d == "2031-05" for s, d, _, _ in got), got


def test_an_anniversary_agreed_to_be_celebrated_by_a_verb_before_it_is_planned() -> None:
    text = ("越南总理会见泰国总理\n\n2031年3月12日\n\n3月12日下午,越南政府总理阮文甲在河内会见泰国总理。"
            "两国领导人一致同意积极筹备庆祝两国建交55周年。\n")
    got = _events(text, "ANNIVERSARY")
    assert got and all(s == "planned" and p == "year" for s, _, p, _ in got), got


def test_a_signing_dated_before_the_report_stays_done_beside_a_plan() -> None:
    text = ("越柬贸易合作\n\n2031年3月10日\n\n3月10日,越南工贸部长在河内会见柬埔寨商业大臣。"
            "两国于2030年4月8日签署并将于2031年5月1日生效的新《双边贸易协定》为合作奠定基础。\n")
    got = _events(text, "AGREEMENT")
    assert ("occurred", "2030-04-08", "day", None) in [(s, d, p, None) for s, d, p, _ in got], got


def test_a_signing_planned_for_a_day_stays_planned() -> None:
    text = ("越柬贸易合作\n\n2031年3月10日\n\n3月10日,越南工贸部长在河内会见柬埔寨商业大臣。"
            "两国将于3月20日签署新《双边贸易协定》。\n")
    got = _events(text, "AGREEMENT")
    assert got and all(s == "planned" for s, _, _, _ in got), got


def test_the_years_of_an_instruments_term_do_not_date_its_signing() -> None:
    text = ("两市加强合作\n\n2031年9月14日\n\n9月14日,河内市人民委员会主席在河内会见曼谷市长。"
            "河内市外务厅与曼谷市政府外事办公室签署2032-2034年友好交流合作备忘录。\n")
    got = _events(text, "AGREEMENT")
    assert got and all(s == "occurred" and d == "2031-09-14" for s, d, _, _ in got), got
