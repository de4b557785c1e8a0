"""Page dates without a date line (pd3): invented sentences, each test failing without its change."""

from __future__ import annotations

import datetime as dt

from dipnet.timex.publication import infer_published
from dipnet.timex.year import infer_year


def test_a_head_of_government_about_to_leave_dates_the_page_to_the_weeks_before_his_term_ends() -> None:
    from dipnet.pipeline import extract

    text = ("甲国外长访问柬埔寨\n甲国外长昨天(13日)于金边拜会了即将卸任的首相洪森,双方就两国关系和地区形势交换了意见。\n"
            "甲国外长表示愿同柬方加强合作。")
    doc = extract(text, source="t.txt")
    # his term ends 2023-08-22: the 13th within the weeks before it is in August, and 昨天 makes the page the 14th
    assert doc.published is not None and doc.published.date == "2023-08-14"


def test_a_bare_day_picks_the_one_month_of_a_short_span_that_holds_it() -> None:
    from dipnet.timex.pageday import span_month

    span = (dt.date(2023, 7, 10), dt.date(2023, 8, 31))
    assert span_month(span, 5) == 8
    assert span_month(span, 13) is None  # (both months hold a 13th in the span)
    assert span_month((dt.date(2023, 1, 1), dt.date(2023, 6, 30)), 13) is None  # (a span of months says nothing)


def test_a_term_still_to_come_is_no_start_the_page_reports() -> None:
    text = "外长甲某结束访问\n外长甲某在首都会见了乙某和即将接任总理的丙某,双方同意加强合作。"
    got = infer_published(text=text, url=None, meta=None, tenure=[("甲某", "2013-03-16", None)])
    assert got is None or got.date != "2013-03-16"


def test_a_term_start_counted_from_is_no_start_the_page_reports() -> None:
    text = "两国元首通电话\n早在那时,甲某宣誓就任某国第9任总统第10天,乙某便同他通电话,邀请他尽早来访。"
    got = infer_published(text=text, url=None, meta=None, tenure=[("甲某", "2021-01-20", None)])
    assert got is None or got.date != "2021-01-20"


def test_what_follows_an_editors_sign_off_is_no_part_of_the_story() -> None:
    from dipnet.pipeline import extract

    text = ("丙国代表团11月18日在北京出席庆祝活动,宾主就合作交换意见。\n代表团团长表示愿意继续推动双边合作,双方都对前景充满信心。\n"
            "双方还商定加强人员往来。\n(责编:张三、李四)\n2024年1月3日,某市公园迎来一场灯展,数百名游客到场观赏,现场气氛热烈,活动持续到深夜。")
    doc = extract(text, source="t.txt")
    assert doc.published is None or not doc.published.date.startswith("2024")


def test_an_anniversary_of_the_arab_league_dates_the_page() -> None:
    got = infer_year("丙国使馆11月2日在北京举办招待会,纪念阿拉伯国家联盟成立70周年,各国外交官出席。")
    assert got is not None and got.year == 2015


def test_the_founding_of_a_special_administrative_region_is_its_return() -> None:
    got = infer_year("甲市代表团将于下月出访,适逢澳门特区成立25周年,双方将举办展览。")
    assert got is not None and got.year == 2024
