"""Time words of registers outside the mainland wires (dt3, stop 40): Hong Kong and Macau releases, Taiwan's CNA,
Singapore and Malaysian papers. Every sentence is invented."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

_XH = "两国加强合作\n\n2025年05月08日 10:20\n\n新华社北京5月8日电 {}\n"
_CNA = "雙邊關係持續深化\n\n2025/05/08 10:20\n\n（中央社記者林明台北8日電）{}\n"
_ZB = "两国关系进一步发展\n\n2025年5月8日\n\n（北京综合讯）{}\n"


def _dates(page: str, etype: str, who: str) -> list[str | None]:
    doc = extract(page, source="t.txt")
    return [e.date for e in doc.events if e.type == etype and any(who in p for p in e.participants)]


@pytest.mark.parametrize("page, who, date", [
    (_XH.format("1975年7月1日，甲国和乙国建立外交关系。1985年，两国签署了贸易协定。两年后，乙国总统马科斯访问了中国。"),
     "马科斯", "1987"),
    (_XH.format("2013年，两国签署了合作协定。十年后，越南国家主席苏林访问了中国。"), "苏林", "2023"),
    (_CNA.format("1992年8月24日，台灣與韓國斷交。2002年，雙方簽署了協定。三年後，韓國外長朴振訪問台灣。"), "朴振", "2005"),
    (_ZB.format("2010年3月5日，两国签署了协定。2015年，两国再次签署协定。五年后，新加坡总理李显龙访问了中国。"), "李显龙", "2020"),
])
def test_a_length_of_years_then_hou_counts_from_the_last_year_named(page: str, who: str, date: str) -> None:
    # N年后 opening a clause after a year named later than the last full day: N years after that year
    assert _dates(page, "VISIT", who) == [date]
