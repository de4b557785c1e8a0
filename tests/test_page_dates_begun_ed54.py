"""A headline that tells its event as beginning or held today (helper ed, stop 54), on invented sentences.

The lead's span of days for that event ('于2019年3月4日至6日…访问', '5月8日—10日在…举行') opens on the report's
day: the page is of the span's first day, not only of its month. A headline without such words leaves the
span at month precision (a visit reported on any of its days)."""

from __future__ import annotations

from dipnet.timex.publication import infer_published


def test_a_visit_the_headline_says_begins_is_dated_to_its_first_day() -> None:
    text = ("新西兰总理开始对老挝进行正式访问\n\n"
            "应老挝总理的邀请,新西兰总理率领代表团于2019年3月4日至6日对老挝进行正式访问。\n")
    dv = infer_published(text=text, url=None, meta=None)
    assert dv is not None and (dv.date, dv.precision) == ("2019-03-04", "day")


def test_a_fair_the_headline_says_opens_today_is_dated_to_its_first_day() -> None:
    text = ("第五届湄公河农业展今天在万象开幕\n"
            "第五届湄公河农业展2019年5月8日—10日在老挝万象举行,多国企业参展。\n")
    dv = infer_published(text=text, url=None, meta=None)
    assert dv is not None and (dv.date, dv.precision) == ("2019-05-08", "day")


def test_a_span_under_a_plain_headline_stays_a_month() -> None:  # (a guard)
    text = ("新西兰总理对老挝进行正式访问\n\n"
            "应老挝总理的邀请,新西兰总理率领代表团于2019年3月4日至6日对老挝进行正式访问。\n")
    dv = infer_published(text=text, url=None, meta=None)
    assert dv is not None and (dv.date, dv.precision) == ("2019-03", "month")


def test_a_headline_with_its_own_day_is_not_dated_to_the_span_opening() -> None:
    # the headline's own day (the 6th) is the report's; the tour's span in the lead opens earlier
    text = ("新西兰外长6日抵达万象开始对老挝进行正式访问\n\n"
            "据新西兰外交部消息,2019年3月4日至9日,新西兰外长访问泰国、老挝和柬埔寨。\n")
    dv = infer_published(text=text, url=None, meta=None)
    assert dv is not None and dv.date != "2019-03-04"
