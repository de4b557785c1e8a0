"""'That (same) year' (同年, 当年, 那一年) in a sentence after a dated one dates the event to that time's year, not to
its month or day, nor to the report's day; 当时 keeps the whole time told; 相当年轻 is no 当年."""
from __future__ import annotations

import pytest

from dipnet.pipeline import extract

XH = "越南与老挝加强合作\n\n2025年03月05日 10:20\n\n新华社河内3月5日电 "
CNA = "越南與寮國加強合作\n\n2025/03/05 10:20\n\n（中央社記者王小明台北5日電）"


def _visit_dates(page: str, who: str) -> list[str | None]:
    doc = extract(page + "\n", source="probe.txt")
    return [e.date for e in doc.events if e.type == "VISIT" and any(who in p for p in e.participants)]


@pytest.mark.parametrize("page, who, date", [
    (XH + "梁强回顾说，2019年5月两国签署了贸易协定。同年，越南国家主席阮富仲访问了老挝。", "阮富仲", "2019"),
    (XH + "梁强回顾说，2019年两国签署了贸易协定。当年，越南国家主席阮富仲访问了老挝。", "阮富仲", "2019"),
    (CNA + "梁強回顧說，2019年5月8日兩國簽署貿易協定。當年，越南國家主席阮富仲訪問了寮國。", "阮富仲", "2019"),
    (XH + "2017年9月，两国签署了合作协定。那一年，老挝国家主席本扬对越南进行了国事访问。", "本扬", "2017"),
    (XH + "2019年5月两国签署了贸易协定。当时越南国家主席阮富仲访问了老挝。", "阮富仲", "2019-05"),
    (XH + "梁强3日表示，两国关系相当年轻。越南国家主席梁强5日抵达万象，对老挝进行国事访问。", "梁强", "2025-03-05"),
])
def test_that_year_dates_to_the_year_told(page: str, who: str, date: str) -> None:
    assert _visit_dates(page, who) == [date]
