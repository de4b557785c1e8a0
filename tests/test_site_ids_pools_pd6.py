"""Site clock points from the pools' open tune halves (tools/build_pool_site_ids.py): a page of a site that
prints no year is bracketed by the ids of that site's pages whose annotated date is known, and a point
that ran out of order with its neighbours was corrected. Invented URLs and invented pages."""

from __future__ import annotations

import datetime as dt

from dipnet.model import Page
from dipnet.pipeline import process_page
from dipnet.timex.siteclock import site_clock


def published(url: str, text: str) -> str | None:
    doc = process_page(Page(source=url, url=url, text=text))
    return doc.published.date if doc.published else None


def test_a_site_first_calibrated_from_the_pools_brackets_an_undated_page():
    est = site_clock().estimate("https://montsame.mn/cn/read/370000")
    assert est is not None and est.lo is not None and est.hi is not None
    assert est.years() == (2024, 2025) and est.hi < dt.date(2026, 1, 1)
    text = "蒙古国外长会见新加坡客人\n蒙通社乌兰巴托6月5日电，蒙古国外交部长在乌兰巴托会见了新加坡议会代表团一行。"
    assert published("https://montsame.mn/cn/read/370000", text) == "2025-06-05"


def test_an_out_of_order_point_corrected_keeps_the_ids_running_with_time():
    # an id just above the corrected point falls between it and a later pool point: one year, not open-ended
    est = site_clock().estimate("https://vietnam.vnanet.vn/chinese/越南代表团出席会议/425000.html")
    assert est is not None and est.lo is not None and est.hi is not None
    assert est.years() == (2019, 2019)
