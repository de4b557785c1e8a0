"""The page's own date on pages from outlets never seen (issue 13, point 1): URL shapes, and the year
when neither the URL nor a stamp gives it. All text is invented."""

from dipnet.timex import infer_published
from dipnet.timex.stamps import url_date
from dipnet.timex.year import infer_year


def _year(text: str, **kw) -> int | None:  # type: ignore[no-untyped-def]
    got = infer_year(text, **kw)
    return got.year if got else None


def test_a_year_folder_with_a_section_named_by_month_day_is_a_day() -> None:
    got = url_date("http://www.example-news.com/html/2015/guoji_0412/318.html")
    assert got is not None and got.date == "2015-04-12" and got.precision == "day"


def test_a_board_post_named_by_its_unix_time_is_dated_in_taiwan_time() -> None:
    # 1609430400 is 2020-12-31 16:00 UTC: already 2021-01-01 on the board's clock (UTC+8)
    got = url_date("https://board.example.org/bbs/Talk/M.1609430400.A.3C1.html")
    assert got is not None and got.date == "2021-01-01"
    assert url_date("https://example.org/item/M.16094.A.html") is None  # too short to be a time


def test_the_start_of_an_elected_term_is_not_the_page_year() -> None:
    text = "联合国大会8日投票选举甲国等五国为安理会非常任理事国,任期从2020年1月1日起,为期两年。"
    got = infer_published(text=text, url=None, meta=None)
    assert got is not None and got.date[:4] == "2019"
    later = "大会8日选出五国为理事国,任期从2090年1月1日起。"  # a term past today says nothing of the page
    assert infer_published(text=later, url=None, meta=None) is None  # the seat is filled the year before
    span = "大会选出的五国将担任2020-2021年度安理会非常任理事国。"
    assert _year(span) != 2021


def test_a_year_counted_from_bounds_and_does_not_vote_for_itself() -> None:
    text = "自1995年建立外交关系以来,两国关系不断发展。"
    got = infer_year(text)
    assert got is None or (got.year != 1995 and got.open_years[0] >= 1995)


def test_years_counted_from_a_dated_start_give_the_year() -> None:
    assert _year("大使表示,自1993年两国建交31年来,双边合作成果丰硕。") == 2024
    # '30多年' only says 'more than': no point vote
    assert _year("大使表示,自1993年两国建交30多年来,双边合作成果丰硕。") != 2023


def test_a_bracketed_year_beside_the_relative_word_is_the_pages() -> None:
    assert _year("据本(2019)年5月报道,甲国企业在乙国投资增长。2017年双方签署协定。") == 2019
    assert _year("去(2011)年同期相比,旅客人数增长8%。") == 2012


def test_a_republic_of_china_year_is_read() -> None:
    assert _year("代表处举办中华民国105年国庆酒会。") == 2016


def test_a_clause_that_plans_for_a_year_does_not_make_it_present() -> None:
    text = "部长表示,2014年前11个月双方贸易额增长。2015年,双方将继续扩大合作。"
    got = infer_year(text)
    assert got is not None and got.year == 2014 and got.month == 12


def test_a_target_year_after_a_verb_of_reaching_is_not_present() -> None:
    text = "老挝副总理12日在第9届中国-东盟博览会上表示,双方有望于2016年完成铁路,实现2020年贸易额翻番。"
    assert _year(text) == 2012


def test_a_whole_years_figure_is_published_after_the_year() -> None:
    text = "据统计,2018年两国双边贸易额达50亿美元,同比增长10%。"
    assert _year(text) == 2019
    # a target is not a figure reached
    assert _year("两国力争到2030年双边贸易额达100亿美元。") != 2031


def test_a_visit_range_lead_must_fall_within_the_named_terms() -> None:
    text = "总书记张三于3月11日至13日对甲国进行正式访问。"
    tenure = [("张三", "2021-08-03", None)]
    got = infer_published(text=text, url=None, meta=None, tenure=tenure)
    assert got is not None and got.date >= "2022"


def test_covid_words_bound_the_year() -> None:
    got = infer_year("甲国向乙国援助50万剂新冠疫苗。")
    assert got is not None and got.open_years[0] >= 2020
    assert infer_year("他是本届比赛的新冠军。") is None


def test_an_election_word_in_another_clause_is_not_the_persons_term_start() -> None:
    text = "部长甲某下午抵达乙市,在酒店会晤正为地方选举拉票的总理丙某。"
    got = infer_published(text=text, url=None, meta=None, tenure=[("甲某", "2022-10-23", None)])
    assert got is None or "start of" not in got.evidence
    told = "总书记甲某出席仪式。此前,甲某当选总书记。"
    got = infer_published(text=told, url=None, meta=None, tenure=[("甲某", "2022-10-23", None)])
    assert got is None or "start of" not in got.evidence  # told as past: not the news
    news = "国会8日选举甲某为国家主席。"
    got = infer_published(text=news, url=None, meta=None, tenure=[("甲某", "2022-10-23", None)])
    assert got is not None and got.date == "2022-10-23"


def test_a_bracketed_dateline_without_an_agency_gives_the_day() -> None:
    from dipnet.timex.datelines import dateline_md

    assert dateline_md("(某城24日讯)甲国总理今日会见乙国外长。") == (None, 24, "dateline '(某城24日讯)'")
    assert dateline_md("(甲国‧某城4日综合电)双方举行会谈。")[1] == 4  # type: ignore[index]


def test_an_unpadded_month_day_id_is_read_only_when_unambiguous() -> None:
    got = url_date("https://tv.example.com.tw/news/detail/2019815A07M2")
    assert got is not None and got.date == "2019-08-15"
    assert url_date("https://tv.example.com.tw/news/detail/2019111A07M2") is None  # 1-11 or 11-1
