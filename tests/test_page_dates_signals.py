"""Signals of a page's day beyond its stamp, URL and dateline (issue 13, dates on unseen pages): a
Taiwanese wire code followed by the agency's name, an article id that is a millisecond time, a
repost's quoted source address, a relative word beside the date it names (over a ticker line), and
a weekday beside a bare day choosing its month. All text is invented."""

from dipnet.timex import infer_published
from dipnet.timex.pageday import weekday_days, weekday_month
from dipnet.timex.stamps import url_date


def test_a_roc_code_followed_by_the_agency_name_dates_the_page_to_the_day() -> None:
    text = "甲部长今天表示,将推动双方交流。他说,合作会更加紧密。1070312(中央社),"
    got = infer_published(text=text, url="https://blog.example.tw/?p=1234", meta=None)
    assert got is not None and got.date == "2018-03-12" and got.precision == "day"


def test_an_article_id_of_thirteen_digits_is_a_millisecond_time() -> None:
    # 1600000000000 ms is 2020-09-13 12:26 UTC, 20:26 in UTC+8
    got = url_date("https://www.example-media.tw/article/1600000000000")
    assert got is not None and got.date == "2020-09-13"
    assert url_date("https://www.example-media.tw/article/9600000000000") is None


def test_a_repost_opening_with_its_source_address_takes_its_date() -> None:
    text = "https://news.example.sg/world/story20190311-12345\n甲国总理今天上午会见乙国大使。双方同意加强合作。"
    got = infer_published(text=text, url="https://forum.example.my/thread?tid=99", meta=None)
    assert got is not None and got.date == "2019-03-11"


def test_a_relative_word_beside_its_date_tells_the_day_over_a_ticker_line() -> None:
    text = ("• 12月3日 星期二\n\n甲国外长访问乙国\n\n甲国外长于6月2日开始访问乙国。\n\n"
            "昨天(6月4日)上午,乙国总理会见了甲国外长。")
    got = infer_published(text=text, url="https://news.example.sg/news/777", meta=None,
                          tenure=[("甲国外长", "2018-03-19", "2022-12-30")])
    assert got is not None and got.date[5:] == "06-05", got
    assert got.confidence < 0.5  # the year is open: the ticker's weekday no longer votes for it


def test_a_weekday_beside_a_bare_day_picks_the_month() -> None:
    pairs = weekday_days("甲国特使周三(19日)抵达乙国,周五(21日)离开。")
    assert pairs == [(2, 19), (4, 21)]
    assert weekday_month(pairs, 2020, 7) == 8  # 19 July 2020 is a Sunday, 19 August a Wednesday
    text = ("新加坡总理会见中国特使\n(北京20日综合电)中国特使周三(19日)抵达新加坡,展开为期3天的访问。\n"
            "新加坡外交部周三发文告说,特使将会见总理李显龙。\n这是今年3月以来的首次出访。\n"
            "新加坡和中国今年庆祝建交30周年。习近平7月14日致电李显龙。\n特使于周五(21日)前往韩国。")
    got = infer_published(text=text, url=None, meta=None)
    assert got is not None and got.date == "2020-08-20"


def test_a_numbered_meeting_held_in_a_known_month_gives_the_page_its_month() -> None:
    text = "甲国外长16日在会见乙国外长时表示,期待出席在重庆举行的澜沧江-湄公河合作第6次外长会。"
    got = infer_published(text=text, url=None, meta=None)
    assert got is not None and got.date[:7] == "2021-06"


def test_a_paragraph_closed_by_a_table_bar_is_still_the_lead() -> None:
    body = ("甲国外长星期五(7月11日)在吉隆坡会晤了乙国外长阮文丁。双方表示讨论是建设性的。"
            "这是两人首次面对面会晤,此前两人曾通电话。双方同意保持沟通。 |")
    text = "- 48小时新闻排行\n- 7天新闻排行\n" + body + "\n\n关注获得新闻消息"
    got = infer_published(text=text, url=None, meta=None, fetched="2025-12-31")
    assert got is not None and got.date[5:] == "07-11", got


def test_a_term_begun_earlier_this_month_puts_the_page_in_that_month() -> None:
    text = "越南领导人抵达广州\n67岁的苏林本月初获推举为越共总书记,他今天早上乘专机抵达广州,展开访华行程。"
    got = infer_published(text=text, url=None, meta=None, tenure=[("苏林", "2024-08-03", None)], fetched="2025-12-31")
    assert got is not None and got.date == "2024-08" and got.precision == "month", got


def test_an_apec_leaders_meeting_gives_its_month() -> None:
    text = "外交部公布,国家主席将于本月13日至17日出席亚太经合组织第三十一次领导人非正式会议。"
    got = infer_published(text=text, url=None, meta=None, fetched="2025-12-31")
    assert got is not None and got.date[:7] == "2024-11", got


def test_a_date_line_with_font_size_buttons_is_the_page_stamp() -> None:
    text = "甲国领导人致电祝贺\n\n2020-11-25  A+ A-\n  新华社北京11月25日电 甲国领导人致电乙国领导人阮文戊,祝贺他当选总统。"
    got = infer_published(text=text, url=None, meta=None)
    assert got is not None and got.date == "2020-11-25" and got.method == "metadata", got


def test_apec_named_in_full_with_its_abbreviation_in_brackets() -> None:
    text = "两国元首会晤\n今天甲国总统于庆州会晤乙国总统。2025年亚太经济合作会议(APEC)第32次领导人非正式会议今天落幕。"
    got = infer_published(text=text, url=None, meta=None)
    assert got is not None and got.date[:7] == "2025-11", got


def test_a_sites_today_line_is_a_bound_not_the_story_day() -> None:
    text = ("星期五 2024年 4月 26日\n主页 国内新闻\n\n甲国总理:目前没必要探讨\n\n"
            "甲国总理阮文己表示,目前没有必要更换特使。\n\n他周六(4月1日)晚在北京召开记者会时如是指出。")
    got = infer_published(text=text, url=None, meta=None)
    assert got is None or not got.date.startswith("2024-04-26"), got
    assert got is None or got.date[:4] <= "2024"
