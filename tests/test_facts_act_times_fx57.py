"""Facts (fx57): 度 counts the times of a visit or meeting told right after it (两度访华, 三度会晤, 二度造访),
as 次 does (7次会晤 is read, official gold counts such acts); 度 elsewhere is a degree, a year's
(五年一度) or "for a time" (一度中断), and an act other than a visit or meeting (3度被捕) is left as before.
Invented sentences."""

from __future__ import annotations

import pytest

from invented import fact_units

V = "越通社河内2024年3月5日电——"


@pytest.mark.parametrize("body, value", [
    (V + "泰国总理上任以来两度访华,签署多项合作文件。", 2),
    (V + "两国外长今年三度会晤,交流密切。", 3),
    (V + "一年内二度造访老挝的日本首相抵达万象。", 2),
    (V + "两国总理本月4度通电话。", 4),
])
def test_times_of_a_visit_or_meeting(body: str, value: float) -> None:
    assert (value, "count") in fact_units(body)


@pytest.mark.parametrize("body", [
    V + "河内今天气温达到35度。",
    V + "两国边界谈判一度中断。",
    V + "越南将举行五年一度的国会选举。",
    V + "该男子曾因诈骗3度被捕。",
])
def test_no_times_counted(body: str) -> None:
    assert not [f for f in fact_units(body) if f[1] == "count"], fact_units(body)
