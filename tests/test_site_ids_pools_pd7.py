"""Site clock points from the new pools' open tune halves (fp80, fp81, fp83; tools/build_pool_site_ids.py): an id
that lay below a site's first calibrated page, or in a bracket of years, is now bracketed more closely. Invented URLs."""

from __future__ import annotations

import datetime as dt

from dipnet.timex.siteclock import site_clock


def test_an_id_below_the_first_calibrated_page_now_has_a_floor():
    est = site_clock().estimate("https://www.voacantonese.com/a/invented-story/4000000.html")
    assert est is not None and est.lo is not None and est.hi is not None
    assert dt.date(2016, 12, 1) < est.lo < dt.date(2017, 2, 15) and est.hi < dt.date(2019, 4, 1)


def test_a_bracket_of_fifteen_years_narrows():
    est = site_clock().estimate("http://hk.crntt.com/doc/1_0_105000000_1.html")
    assert est is not None and est.lo is not None
    assert est.lo.year == 2015
