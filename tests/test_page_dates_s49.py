"""A page's date from signals read on never-seen pages (invented sentences and addresses): a span of days
in a lead is no round-up's, a glossed 今(2) over a lead's earlier day, the stamp on the dateline's day of a
dated list, a file named by its saving time, a summit attended in its host city, and 明年 beside a day the
page writes with its year."""

from __future__ import annotations

from dipnet.pipeline import extract
from dipnet.timex.stamps import url_date
from dipnet.timex.year import infer_year

TENURE = [("甲某", "2013-03-14", None), ("乙某", "2012-05-01", None)]


def _published(text: str, url: str | None = None) -> str | None:
    got = extract(text, url=url).published
    return got.date if got else None


def test_a_span_of_days_in_a_lead_paragraph_is_no_round_ups() -> None:
    text = ("越通社河内——应甲国议会邀请,由国会主席某某11月26日上午率领的越南国会代表团自2017年11月26日至"
            "2017年12月2日对甲国进行正式访问。\n代表团还将会见甲国领导人。")
    assert _published(text) == "2017-11-26"  # the day the delegation sets off, not the span's last
    # a headline that is a round-up's still reads as its last day
    assert _published("一周要闻(2024.3.25-31)\n\n越通社河内——甲国总理访问越南等是过去一周的主要新闻。") == "2024-03-31"


def test_today_glossed_with_its_day_is_the_reports_day_over_an_earlier_day_in_the_lead() -> None:
    text = ("甲国总理某某今(2)晚抵达乙市,展开两天访问,并将出席2007年经贸合作论坛。"
            "某某是应邀于1月30日对丙国进行正式访问,乙市是这次行程的最后一站。")
    assert _published(text) == "2007-02-02"  # three days after 30 January: February


def test_of_a_dated_list_over_the_story_the_stamp_on_the_datelines_day_is_the_pages() -> None:
    text = ("要闻\n甲国总理呼吁团结\n2024年09月16日\n要闻\n甲国总理访问乙国一天\n2025年05月30日\n\n"
            "(乙市30日讯)甲国总理将于明日赴乙国展开为期一天的工作访问。\n双方将回顾双边关系。")
    assert _published(text) == "2025-05-30"


def test_a_file_named_by_its_saving_time_with_month_and_day_unpadded() -> None:
    got = url_date("http://news.example.cn/gj/2017418100928.htm")
    assert got is not None and got.date == "2017-04-18"
    assert url_date("http://news.example.cn/gj/2017418990928.htm") is None  # no clock: hour 99
    assert url_date("http://news.example.cn/gj/2017231100928.htm") is None  # neither 2-31 nor 23-1 is a day


def test_a_summit_attended_in_its_host_city_dates_the_page() -> None:
    got = infer_year("总统乙某10月底前往庆州出席APEC峰会,并与主席甲某会面。", tenure=TENURE)
    assert got is not None and got.year == 2025


def test_next_year_beside_a_day_the_page_writes_with_its_year_gives_the_year_before() -> None:
    text = "甲国总统府11月11日宣布,总统乙某2023年1月3日至5日访问丙国。乙某接受邀请,明年1月3日赴丙国进行国事访问。"
    assert _published(text) == "2022-11-11"


def test_an_anniversary_of_relations_with_several_states_founded_in_one_year_dates_the_page() -> None:
    text = "10月4日至7日,主席甲某分别同保加利亚、罗马尼亚、匈牙利和波兰四国元首互致贺电,庆祝中国与四国建交70周年。"
    got = infer_year(text, tenure=TENURE)
    assert got is not None and got.year == 2019
    # partners whose relations began in different years tell no one year
    got = infer_year("主席甲某分别同保加利亚、美国两国元首互致贺电,庆祝中国与两国建交70周年。", tenure=TENURE)
    assert got is None or got.year != 2019
