"""Page dates without a date line (pd3, stop 49 and stop 50): invented sentences, each test failing without its change."""

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


# ---- pd3 (stop 50): rotating chairs, yearly meetings, ambassadors' terms, a person new in the post, planned days

FM = [("甲某", "2019-05-30", None), ("乙某", "2013-03-16", None)]  # two ministers in office from 2019 on
FM15 = [("甲某", "2015-10-01", None), ("乙某", "2013-03-16", None)]
ONCE = [("丁某", "2016-06-30", "2022-06-30")]


def test_a_country_told_as_a_bodys_chair_votes_the_one_year_the_terms_leave() -> None:
    got = infer_year("甲国外长甲某与乙国外长乙某在场边会面。乙某感谢甲国对中国担任金砖国家(BRICS)轮值主席的支持。",
                     tenure=FM)
    assert got is not None and got.year == 2022


def test_a_chair_taken_over_next_is_of_the_year_before() -> None:
    got = infer_year("甲国外长甲某与乙国外长乙某会面。乙某承诺支持印度接任二十国集团(G20)的轮值主席。", tenure=FM)
    assert got is not None and got.year == 2022


def test_a_bodys_meeting_in_a_chairs_capital_gives_the_year_and_the_meetings_month() -> None:
    got = infer_year("丙国外交部长甲某今天(4日)同乙国外交部长乙某在柬埔寨金边会面。\n双方趁出席东协外长会议之便举行会谈。",
                     tenure=FM15)
    assert got is not None and got.year == 2022 and got.month == 8


def test_a_chairs_years_left_open_vote_none() -> None:
    from dipnet.timex.chairs import chair_votes, vote_chairs

    assert infer_year("东盟峰会11月15日将在柬埔寨金边举行,各国领导人都将出席。") is None
    votes: dict[int, float] = {}
    vote_chairs("东盟峰会将在柬埔寨金边举行。", [2002, 2012, 2022], votes, {}, {})
    assert votes == {}
    assert chair_votes("柬埔寨曾担任东盟轮值主席国。") == []  # a past chair says nothing
    # the country nearest the body is its chair, not the one thanking it
    assert {v[0] for v in chair_votes("甲国感谢印度对中国担任金砖国家轮值主席的支持。")} == {2011, 2017, 2022}


def test_a_yearly_meeting_in_one_place_gives_its_month_that_year() -> None:
    got = infer_year("国家主席甲某在海南博鳌会见丁国总统丁某。甲某指,丁某上任以来,两国关系翻开新篇章,过去两年从转圜转为巩固。",
                     tenure=ONCE)
    assert got is not None and got.year == 2018 and got.month == 4


def test_an_ambassadors_term_from_the_knowledge_base_dates_a_dateline() -> None:
    from dipnet.pipeline import extract

    text = ("中国新任驻法国大使递交国书副本\n中新网巴黎1月8日电 当地时间1月7日,中国新任驻法国大使邓励向法国外交部礼宾司司长"
            "递交国书副本。邓励表示,愿同法方共同努力,推动双边关系取得更大进步。")
    got = extract(text, url="https://news.example.org/post/abc_12345.html").published
    assert got is not None and got.date == "2024-01-08"


def test_a_yearly_meeting_the_page_looks_back_on_gives_no_month() -> None:
    from dipnet.timex.annual import annual_month

    assert annual_month("甲某2月17日在德国出席慕尼黑安全会议期间会见乙某。", 2024) is None
    assert annual_month("甲某此前在达沃斯论坛年会上表示,乙国将扩大开放。", 2018) is None
    assert annual_month("甲某出席世界经济论坛2018年年会(达沃斯论坛)并发表演讲。", 2018) == (1, annual_month("达沃斯", 2018)[1])  # type: ignore[index]


def test_a_person_told_as_new_in_the_post_is_of_the_terms_first_weeks() -> None:
    tenure = [("戊某", "2024-01", None)]
    got = infer_year("中国新任驻甲国大使戊某向甲国外交部递交国书副本。", tenure=tenure)
    assert got is not None and got.year == 2024


def test_a_day_followed_by_will_is_planned_not_the_reports_day() -> None:
    from dipnet.timex.publication import lead_md

    assert lead_md("甲组织秘书长乙某证实,下月召开的峰会将讨论海上问题。峰会11月15日将在甲城举行。") is None
    got = lead_md("11月15日,甲国外长在甲城会见乙国外长。")
    assert got is not None and got[1] == "11月15日"


def test_an_eu_council_presidency_told_for_a_state_votes_its_half_years_year() -> None:
    tenure = [("己某", "2019-06-01", None), ("庚某", "2010-05-29", None)]
    got = infer_year("庚国总理庚某在甲城会见己某。庚某表示,匈牙利担任欧盟轮值主席国期间,愿推动欧中关系发展。", tenure=tenure)
    assert got is not None and got.year == 2024
