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
