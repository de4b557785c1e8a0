"""Merging a visit told done on a day of its own with the plan of the same trip quoted below it
(issue 13, planned vs done): the plan was made known before the trip began, the visit stays done and
on its own day. Sentences invented."""

from __future__ import annotations

from dipnet.pipeline import extract

TEXT = ("(金边讯)中国外交部长王毅于12日上午抵达金边,正式开启为期2天(12至13日)对柬埔寨的正式访问之行。\n"
        "据中国驻柬埔寨大使馆消息,2025年6月10日至15日,外交部长王毅将访问柬埔寨及其他2个国家。\n"
        "2024年3月1日至2日,外交部长王毅对柬埔寨进行了正式访问。")


def test_a_visit_under_way_is_not_made_a_plan_by_the_plan_quoted():
    visits = [e for e in extract(TEXT, source="t.txt").events if e.type == "VISIT"]
    this = [e for e in visits if (e.date or "").startswith("2025")]
    assert [(e.status, e.date) for e in this] == [("occurred", "2025-06-12")]
    assert any(e.date == "2024-03-01" for e in visits)  # the earlier visit stays apart


def test_a_headline_told_done_over_a_tour_planned_for_its_month():
    text = "中国外长王毅12日抵达金边开始对柬埔寨的正式访问\n\n据中国外交部消息,2025年6月10日至15日,王毅将访问越南、柬埔寨和泰国。"
    visits = [e for e in extract(text, source="t.txt").events if e.type == "VISIT" and "柬埔寨" in e.participants]
    assert [(e.status, e.date) for e in visits] == [("occurred", "2025-06-12")]
