"""The date a URL spells, where the story bears it out, is the page's (issue 13, page dates on unseen
pages): it outranks a stamp of another month the story does not bear out (a site's clock over every page,
a month-first stamp read day first), and a URL's digits are read day first too where the story tells that
day. All text and addresses are invented."""

from dipnet.timex import infer_published
from dipnet.timex.urlagree import borne_out, told_days


def test_a_site_clock_over_the_page_gives_way_to_the_url_day_the_story_tells() -> None:
    text = ("2031年4月2日 星期三\n繁體中文\n\n甲国外长访问乙国\n\n"
            "5月6日,甲国外长抵达乙国首都,开始为期两天的访问。双方将讨论贸易问题。")
    got = infer_published(text=text, url="https://www.example-news.com/story/2019/05/06/4411.html", meta=None)
    assert got is not None and got.date == "2019-05-06", got
    assert got.method == "metadata"


def test_a_month_first_stamp_read_day_first_gives_way_to_the_url_month() -> None:
    text = ("甲国总参谋长访问乙国\n\n应乙国邀请,甲国总参谋长于2月9日至11日对乙国进行正式访问。\n\n"
            "02/10/2024 08:15\n\n2月10日上午,双方举行会谈。")
    got = infer_published(text=text, url="https://gov.example.vn/print/visit-116240210093012345.htm", meta=None)
    assert got is not None and got.date[:7] == "2024-02", got


def test_a_day_first_run_of_digits_in_the_url_dates_the_page_where_the_story_tells_that_day() -> None:
    text = "甲国与乙国签署渔业协定\n\n据报道,甲国总理7月23日与来访的乙国总理举行会谈,并签署渔业协定。"
    got = infer_published(text=text, url="https://radio.example.org/news/5-23072015093011.html", meta=None,
                          tenure=[("甲国总理", "2012-01-01", "2019-12-31")])
    assert got is not None and got.date == "2015-07-23", got


def test_digits_the_story_does_not_bear_out_say_nothing() -> None:
    # the run holds 23-07-2015, but the story tells 8月1日: no reading of the digits stands
    text = "甲国与乙国签署渔业协定\n\n据报道,甲国总理8月1日与来访的乙国总理举行会谈。"
    got = infer_published(text=text, url="https://radio.example.org/news/5-23072015093011.html", meta=None,
                          tenure=[("甲国总理", "2016-01-01", "2017-12-31")])
    assert got is None or not got.date.startswith("2015"), got


def test_a_stamp_the_story_bears_out_stands_over_the_url() -> None:
    # the URL's day is another month's, but the story tells the stamp's day: the stamp stays
    text = "甲国外长访问乙国\n\n发布时间:2020-03-04 10:00\n\n3月3日,甲国外长抵达乙国首都。"
    got = infer_published(text=text, url="https://www.example-news.com/story/2020/01/15/99.html", meta=None)
    assert got is not None and got.date == "2020-03-04", got


def test_a_report_bears_out_its_day_or_up_to_three_days_before() -> None:
    import datetime as dt

    told = told_days("甲国外长5月6日抵达乙国。农历四月初一")
    assert (None, 5, 6) in told
    assert borne_out(dt.date(2019, 5, 6), told) and borne_out(dt.date(2019, 5, 9), told)
    assert borne_out(dt.date(2019, 5, 10), told) is None and borne_out(dt.date(2019, 5, 5), told) is None
    assert borne_out(dt.date(2020, 1, 2), [(None, 12, 31)])  # across New Year
