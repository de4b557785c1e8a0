"""Dates on unseen pages, round 6 (invented sentences): Republic of China fiscal years (115年度)
and an election to a term told as a span of years (当选2027年至2028年度)."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.pipeline import extract
from dipnet.timex.parse import find_times
from dipnet.timex.year import infer_year


def test_a_roc_fiscal_year_is_read_as_a_year() -> None:
    text = "甲部118年度预算较117年度增加"
    got = [(text[t.start:t.end], t.value) for t in find_times(text, "2028-09-01")]
    assert got == [("118年度", "2029"), ("117年度", "2028")]
    assert find_times("建国95年度", "2028-09-01") == []  # a count after a founding is no year


def test_a_figure_of_a_roc_fiscal_year_holds_in_that_year() -> None:
    text = "乙报2028年9月1日电 根据甲部118年度预算书,援外经费编列新台幣40亿元,较117年度增加5亿元。\n"
    got = {f.value: (f.as_of or "")[:4] for f in extract_facts(extract(text, source="t.txt"))}
    assert got.get(4_000_000_000) == "2029" and got.get(500_000_000) == "2029"


def test_an_election_to_a_span_of_years_is_held_the_year_before() -> None:
    text = ("当地时间6月3日,丙国大会投票,丁国、戊国当选2027年至2028年度理事会非常任理事国。"
            "理事会共有15个成员。")
    got = infer_year(text, month_day=(6, 3))
    assert got is not None and got.year == 2026


def test_the_day_after_tomorrow_beside_its_date_in_chinese_numerals_tells_the_report_day() -> None:
    from dipnet.timex import infer_published

    text = "甲国外长访问乙国\n\n甲国外长表示:「后日(三月五日)大会开幕,第一天的工作报告很重要。」他又说,代表们已准备就绪。"
    got = infer_published(text=text, url="https://news.example.hk/news/777", meta=None,
                          tenure=[("甲国外长", "2018-03-19", "2022-12-30")])
    assert got is not None and got.date[5:] == "03-03", got


def test_a_time_the_person_took_office_does_not_date_the_meeting() -> None:
    text = "新华社北京2023年5月6日电 国家主席习近平今天下午在北京与上周刚就任的越南总理范明政,首度召开中越领导人会议。"
    doc = extract(text, source="t.txt")
    meets = [e for e in doc.events if e.type == "MEET"]
    assert meets and meets[0].date == "2023-05-06"


def test_a_signing_the_day_before_an_arrival_is_dated_the_day_before() -> None:
    text = ("新华社北京2023年5月8日电 国家主席习近平6日乘专机抵达河内,将出席10日举行的庆祝大会。"
            "习近平到访前一日,中国商务部与越南工贸部已先签署经济合作协议。")
    doc = extract(text, source="t.txt")
    signed = [e for e in doc.events if e.type == "AGREEMENT"]
    assert signed and signed[0].date == "2023-05-05", [(e.type, e.date) for e in doc.events]


def test_a_term_told_as_two_years_joined_is_not_the_present() -> None:
    text = ("丙国大会6月3日选举甲国、乙国、丁国3国为2021年和2022年理事会非常任理事国。"
            "新当选3国的任期从2021年1月1日开始。")
    got = infer_year(text, month_day=(6, 3))
    assert got is not None and got.year == 2020, got


def test_a_numbered_trilateral_foreign_ministers_meeting_tells_the_year() -> None:
    text = "甲国外长周日在当地出席第十次中日韩外长会议,会前与乙国外长举行双边会谈。"
    got = infer_year(text)
    assert got is not None and got.year == 2023, got


def test_a_numbered_belt_and_road_forum_tells_the_year() -> None:
    text = "甲国总统16日抵达北京,将出席第3届「一带一路」高峰论坛,并会见乙国领导人。"
    got = infer_year(text, month_day=(10, 16))
    assert got is not None and got.year == 2023, got


def test_a_store_stamp_before_the_day_the_story_opens_with_gives_way_to_that_day() -> None:
    from dipnet.timex import infer_published

    text = " date 2030-03-02 3月11日,甲国总理在总理府会见了正在对甲国进行访问的乙国外长。\n\n双方就两国关系交换了意见。"
    got = infer_published(text=text, url=None, meta=None)
    assert got is not None and got.date == "2030-03-11", got
    planned = " date 2030-03-02 甲国总理将于3月11日会见乙国外长。"
    got = infer_published(text=planned, url=None, meta=None)
    assert got is not None and got.date == "2030-03-02", got


def test_a_wire_story_id_of_letters_and_the_day_dates_the_page() -> None:
    from dipnet.timex.stamps import url_date

    got = url_date("https://www.example-wire.com/hk/news/abc2024050600123/")
    assert got is not None and got.date == "2024-05-06", got
