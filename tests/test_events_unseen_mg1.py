"""Events on invented text (issue 13, mg1): a second mention of an event without a time of its own joins the
one dated before it on the page, instead of standing apart on the page's day."""

from __future__ import annotations

from tests.eventpage import of

LEAD = "越南外交部举行例行记者会。\n\n"


def _days(body: str, type_: str) -> list[str]:
    # (the lead's own briefing, the ministry's statement, is not under test)
    return sorted(e.date or "" for e in of(LEAD + body, type_) if "越南外交部" not in e.participants)


def test_a_spokesman_quoted_again_with_then_is_the_statement_dated_before():
    body = "外交部发言人阮明强3月5日表示,越方欢迎该倡议。\n\n阮明强当时还说,越方愿与各方加强合作。"
    assert _days(body, "STATEMENT") == ["2025-03-05"]


def test_a_seat_spoken_of_during_its_term_is_the_election_dated_before():
    body = "越南于2022年10月当选联合国人权理事会成员。\n\n在担任联合国人权理事会成员期间,越南将推动对话。"
    assert _days(body, "MULTILATERAL_ROLE") == ["2022-10"]


def test_this_visit_spoken_of_in_a_later_paragraph_is_the_visit_dated_before():
    body = ("2024年11月,泰国总理赛塔对越南进行正式访问。\n\n"
            "越南国家主席武文赏强调,泰国总理赛塔此次对越南进行正式访问体现了两国友好关系。")
    assert _days(body, "VISIT") == ["2024-11"]


def test_a_forum_named_again_without_a_day_is_the_forum_dated_before():
    body = ("2024年12月3日至5日,第12届湄公河合作论坛在万象举行。\n\n"
            "作为年度最大规模的活动,第12届湄公河合作论坛吸引了各国代表出席。")
    assert _days(body, "CONFERENCE") == ["2024-12-03"]


def test_guard_a_past_visit_told_after_the_current_one_stays_apart():
    body = "泰国总理赛塔已抵达河内,开始对越南进行正式访问。\n\n赛塔曾于2023年5月对越南进行访问。"
    assert _days(body, "VISIT") == ["2023-05", "2025-06-10"]


def test_guard_documents_signed_without_a_day_stay_apart_from_a_dated_signing():
    body = "2024年3月5日,越南与老挝签署了边防合作协定。\n\n两国海军还签署了多项合作文件。"
    assert len(of(LEAD + body, "AGREEMENT")) == 2


def test_guard_two_dated_statements_before_leave_an_undated_one_apart():
    body = ("外交部发言人阮明强3月5日表示,越方欢迎该倡议。阮明强4月2日表示,越方反对该做法。\n\n"
            "阮明强还说,越方愿与各方加强合作。")
    assert _days(body, "STATEMENT") == ["2025-03-05", "2025-04-02", "2025-06-10"]
