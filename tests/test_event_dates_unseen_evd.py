"""Dates and status of events on unseen pages (issue 13, helper evd): a page's stamp opening the line of the
clause is not the event's day when the clause tells its own; on the day a trip arrives (or a stay begins),
the meeting it is for is still to come. All sentences invented."""

from __future__ import annotations

from dipnet.pipeline import extract


def test_a_stamp_opening_the_line_is_not_the_day_the_clause_tells() -> None:
    doc = extract(" date 2026-01-22 越南国家主席梁强与老挝国家主席通伦21日通电话时表示,两国是好邻居。\n",
                  url="https://www.example.com/story/1/2")
    calls = [e.date for e in doc.events if e.type == "CALL"]
    assert calls == ["2026-01-21"], calls


def test_on_arriving_the_meeting_the_trip_is_for_is_ahead() -> None:
    text = "越南总理抵达东京\n2019-05-26 10:00\n越南政府总理阮春福26日乘专机抵达东京,应邀出席第25届亚洲的未来国际交流会议并对日本进行工作访问。\n"
    doc = extract(text)
    got = {e.type: e.status for e in doc.events}
    assert got.get("CONFERENCE") == "planned" and got.get("VISIT") == "occurred", got


def test_on_the_first_day_of_a_stay_the_meeting_it_is_for_is_ahead() -> None:
    text = "老挝国防部长访越\n2022-03-14 09:00\n老挝国防部长占沙蒙今天起到越南进行访问三天,并出席第十届东盟防长扩大会议。\n"
    doc = extract(text)
    got = [e.status for e in doc.events if e.type == "CONFERENCE"]
    assert got == ["planned"], [(e.type, e.status) for e in doc.events]


def test_after_arriving_what_is_told_is_done() -> None:
    text = "越南总理抵达东京\n2019-05-26 10:00\n越南政府总理阮春福26日抵达东京后,出席了第25届亚洲的未来国际交流会议。\n"
    doc = extract(text)
    got = [e.status for e in doc.events if e.type == "CONFERENCE"]
    assert got == ["occurred"], [(e.type, e.status) for e in doc.events]


def _statuses(text: str, etype: str) -> list[str]:
    return [e.status for e in extract(text).events if e.type == etype]


def test_a_side_welcoming_a_visit_invites_it() -> None:
    text = "外交部:欢迎越南总理访华\n2011-12-07 17:51\n外交部发言人洪磊说,中方欢迎并重视越南政府总理阮晋勇访华,愿与越方共同努力。\n"
    assert _statuses(text, "VISIT") == ["planned"], _statuses(text, "VISIT")


def test_the_host_welcoming_the_visitor_at_the_talks_is_no_plan() -> None:
    text = "会见\n2015-09-24 10:00\n习近平在人民大会堂会见越南总理阮晋勇。习近平欢迎阮晋勇来华进行正式访问。\n"
    assert _statuses(text, "VISIT") == ["occurred"], _statuses(text, "VISIT")


def test_what_is_prepared_for_is_ahead() -> None:
    text = "越南领导人动态\n2024-08-13 10:00\n据消息人士称,越共中央总书记、国家主席苏林正在为访华做准备。\n"
    assert _statuses(text, "VISIT") == ["planned"], _statuses(text, "VISIT")


def test_talks_whose_results_are_weighed_were_held() -> None:
    text = "越日关系\n2019-10-30 10:00\n越方将在考量阮春福与安倍晋三28日的会谈结果后作出决定。\n"
    got = [(e.status, e.date) for e in extract(text).events if e.type == "MEET"]
    assert got == [("occurred", "2019-10-28")], got


def test_outcome_documents_to_be_signed_are_still_a_plan() -> None:
    text = "会议\n2025-10-30 10:00\n越南和老挝将于11月2日签署成果文件。\n"
    assert _statuses(text, "AGREEMENT") == ["planned"], _statuses(text, "AGREEMENT")


def test_a_trip_report_dates_what_it_tells_after_the_trip_by_the_trip() -> None:
    text = ("越南国家主席圆满结束欧洲之行回国\n2019-06-02 10:00\n越南国家主席阮富仲1日结束对意大利的国事访问回国。\n"
            "5月26日至6月1日,阮富仲对法国、意大利进行国事访问。\n在法国,阮富仲会见了法国总统马克龙。\n")
    meets = [e.date for e in extract(text).events if e.type == "MEET"]
    assert meets and meets[0][:7] == "2019-05", meets

