"""A page stamp whose label is followed by an English weekday ('出版日期: Thursday, September 06, 2018',
'Published: Sat, 06 Jul 2019'): the weekday sits between the label and the date, as some overseas outlets print
it. Invented pages."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

HEAD = "老挝总理会见泰国外长"
STORY = "老挝政府总理5日在万象会见了到访的泰国外交部长,双方就推进两国睦邻友好交换了意见。双方同意加强互联互通合作。"


def _page_date(stamp: str) -> str | None:
    text = "\n".join([HEAD, stamp, "", STORY]) + "\n"
    got = extract(text, source="probe.txt").published
    return got.date if got else None


@pytest.mark.parametrize("stamp, want", [
    ("出版日期: Thursday, September 06, 2018", "2018-09-06"),
    ("发布时间：Wednesday, March 4, 2015", "2015-03-04"),
    ("Published: Sat, 06 Jul 2019", "2019-07-06"),
    ("Updated: Monday, 12 May 2014 10:21", "2014-05-12"),
])
def test_a_weekday_after_the_stamp_label_still_dates_the_page(stamp: str, want: str) -> None:
    assert _page_date(stamp) == want


def test_a_weekday_with_no_date_after_the_label_gives_no_stamp() -> None:
    assert _page_date("出版日期: Thursday") != "2018-09-06"
