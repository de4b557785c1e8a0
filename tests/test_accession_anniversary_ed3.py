"""Anniversaries of a land joining APEC, the WTO or ASEAN (今年是臺灣加入APEC30週年, 中国加入世界贸易组织20周年,
越南入世…) count from the joining, which the knowledge base knows (a survey of accessions), so they tell the page's
year where nothing else does; told with 今年 only, they are dated to the year, not to a day the page never prints,
where the report's own day is not known."""
from __future__ import annotations

import pytest

from dipnet.pipeline import extract
from dipnet.timex.knowledge import anniversary_subject


def _page_and_anniversaries(page: str) -> tuple[str | None, list[tuple[str | None, str]]]:
    doc = extract(page, source="probe.txt")
    pub = doc.published.date if doc.published else None
    return pub, [(e.date, e.status) for e in doc.events if e.type == "ANNIVERSARY"]


@pytest.mark.parametrize("prefix, year", [
    ("今年是台湾加入亚太经济合作会议(APEC)", "1991"), ("台入APEC", "1991"), ("越南加入亚太经合组织", "1998"),
    ("中国加入世界贸易组织", "2001"), ("越南入世", "2007"), ("柬埔寨加入东盟", "1999"), ("老挝入盟", "1997"),
])
def test_accession_known(prefix: str, year: str) -> None:
    found = anniversary_subject(prefix, prefix)
    assert found is not None and found[0][:4] == year


@pytest.mark.parametrize("page, year", [
    ("越南與寮國加強合作\n\n【記者王小明／臺北報導】外交部表示，今年是臺灣加入亞太經濟合作會議(APEC)30週年。\n", "2021"),
    ("越南与老挝加强合作\n\n本报讯 商务部部长王文涛表示，今年是中国加入世界贸易组织20周年。\n", "2021"),
    ("越南与老挝加强合作\n\n越通社河内——越南工贸部部长阮鸿延表示，今年是越南加入世贸组织15周年。\n", "2022"),
    ("越南与老挝加强合作\n\n越通社河内——越南外交部表示，今年是越南加入亚太经合组织25周年。\n", "2023"),
])
def test_accession_anniversary_tells_the_year(page: str, year: str) -> None:
    pub, got = _page_and_anniversaries(page)
    assert pub is not None and pub[:4] == year
    assert got == [(year, "occurred")]
