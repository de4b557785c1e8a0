"""Page dates on invented pages (fp2): a site whose URL number is the time of day, no counter."""

from dipnet.timex.siteclock import site_clock, site_of

# an invented story on a site that closes its URLs with the time of day it was posted (HHMMSSmmm)
_CLOCK = "https://tw.news.yahoo.com/%E6%9F%90%E5%9C%8B%E5%A4%96%E9%95%B7%E4%B8%8B%E9%80%B1%E8%A8%AA%E5%95%8F-121955512.html"


def test_a_time_of_day_in_the_url_is_no_article_id():
    assert site_of(_CLOCK) is None


def test_a_time_of_day_in_the_url_brackets_no_date():
    assert site_clock().estimate(_CLOCK) is None


def test_a_counter_site_still_reads_its_id():  # (a guard: other hosts keep their ids)
    got = site_of("https://udn.com/news/story/6809/9100000")
    assert got is not None and got[2] == 9100000


def test_a_republic_year_in_words_in_brackets_dates_the_visit():
    # '本(八十八)年十一月三十日': the Republic of China's year 88 = 1999, written in words
    from tests.eventpage import of
    body = "帛琉共和国总统雷明等一行,应我政府邀请于本(八十八)年十一月三十日抵华访问。雷明总统对中华民国的成就深表推崇。"
    got = [e.date for e in of(body, "VISIT", "新闻稿\n\n")]
    assert "1999-11-30" in got


def test_a_year_in_words_outside_the_republics_span_is_no_year():  # (a guard: 本(五十)年 reads nothing)
    from dipnet.timex import find_times
    assert not [t for t in find_times("本(五十)年十一月三十日举行。", "2020-01-01") if (t.value or "").startswith("1961")]
    assert [t for t in find_times("本(八十八)年十一月三十日举行。", "2020-01-01") if t.value == "1999-11-30"]
