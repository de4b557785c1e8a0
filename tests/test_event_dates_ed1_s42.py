"""The date of events that are found (stop 42, invented pages): a page with no headline that opens on its
account's name and posting time (某某号2031-05-09 21:01:26) has that line as a stamp, so what its lead tells
on an earlier day of that week (5月6日,某大使举办招待会) dates the remarks the following lines report."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

_LEAD = "5月6日,驻甲国大使李明远举办到任招待会,甲国外交部长等十余位官员出席。\n"
_LEAD_TRAD = "5月6日,駐甲國大使李明遠舉辦到任招待會,甲國外交部長等十餘位官員出席。\n"


@pytest.mark.parametrize("first, lead, said", [
    ("南洋观察2031-05-09 21:01:26\n", _LEAD, "李大使表示,两国友谊历久弥新。\n"),
    ("南洋观察 2031-05-09 21:01\n", _LEAD, "李大使表示,两国友谊历久弥新。\n"),
    ("南洋观察 2031年05月09日 08:15\n", _LEAD, "李明远致辞表示,两国合作前景广阔。\n"),
    ("南洋觀察2031-05-09 21:01:26\n", _LEAD_TRAD, "李大使表示,兩國友誼歷久彌新。\n"),
    ("2031-05-09 19:52:00 来源:某某网\n", _LEAD, "李大使表示,两国友谊历久弥新。\n"),
])
def test_remarks_after_a_lead_take_its_day_under_a_stamp_line_that_opens_the_page(first: str, lead: str, said: str) -> None:
    doc = extract(first + lead + said, source="t.txt")
    said_days = [e.date for e in doc.events if e.type == "STATEMENT"]
    assert said_days == ["2031-05-06"], [(e.type, e.date) for e in doc.events]


def test_a_headline_that_is_no_stamp_keeps_the_page_day_for_untimed_remarks() -> None:
    # guard: a real headline over the stamp; the lead's day is a week and more before it: the remarks
    # are the report's news, of the page's day
    text = ("甲国与乙国加强合作\n\n2031-05-19 21:01:26\n\n" + _LEAD + "近日,李大使表示,两国友谊历久弥新。\n")
    doc = extract(text, source="t.txt")
    said_days = [e.date for e in doc.events if e.type == "STATEMENT"]
    assert said_days and said_days[0] != "2031-05-06", [(e.type, e.date) for e in doc.events]
