"""A page that previews a visit it dates with the year written ('将于2023年6月25日至28日', '将自2018年3月25日
至27日') is of that month even where nothing else makes its year more than a weak guess (ti3, stop 52; invented
sentences). The written year is the year guessed, so the month adds no guess to it."""

from __future__ import annotations

from dipnet.timex.publication import infer_published

PREVIEW = ("甲国总理访问乙国的意义\n甲国外交部副部长丙某在甲国总理丁某访问乙国前回答记者提问。此访正值两国建交十周年之际。\n"
           "应乙国总理邀请,甲国总理丁某将于2023年6月25日至28日对乙国进行正式访问。")
FROM = "甲国领导人时隔多年首次访问乙国\n据报道,应乙国总统邀请,甲国领导人丁某将自2018年3月25日至27日对乙国进行正式访问。此访是重大政治事件。"


def test_a_planned_visit_dated_with_its_year_gives_the_page_its_month() -> None:
    got = infer_published(text=PREVIEW, url=None, meta=None)
    assert got is not None and got.date == "2023-06" and got.precision == "month"


def test_a_visit_to_run_from_a_day_written_with_its_year() -> None:
    got = infer_published(text=FROM, url=None, meta=None)
    assert got is not None and got.date == "2018-03" and got.precision == "month"


def test_two_months_told_leave_the_weak_year_alone() -> None:
    text = "甲国领导人访问乙国\n据报道,双方将于2018年9月5日签署协定,甲国领导人丁某将于2018年11月20日对乙国进行访问。"
    got = infer_published(text=text, url=None, meta=None)
    assert got is not None and got.date == "2018" and got.precision == "year"


def test_a_day_written_with_its_year_but_not_planned_is_no_preview() -> None:
    text = "两国关系回顾\n两国关系稳步发展,贸易持续增长,各领域合作取得积极成果。此前2018年3月25日双方签署了合作协定。"
    got = infer_published(text=text, url=None, meta=None)
    assert got is not None and got.precision == "year"
