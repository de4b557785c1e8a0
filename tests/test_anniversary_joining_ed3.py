"""An anniversary of a member joining a body, told with a bare 入 (a crosshead's 寮國入APEC三十週年, 越南入亚太经合…)
or counted in the event's own sentence, is the years since the member joined, not since the body was founded: the
body's founding day (APEC 1989-11-06) must not date it, nor an anniversary of the same count told beside it."""
from __future__ import annotations

import pytest

from dipnet.pipeline import extract
from dipnet.timex.knowledge import anniversary_subject

STAMP = "2025/03/05 10:20"


def _cna(body: str) -> str:
    return f"越南與寮國加強合作\n\n{STAMP}\n\n（中央社記者王小明台北5日電）{body}\n"


def _anniversaries(page: str) -> list[tuple[str | None, str]]:
    doc = extract(page, source="probe.txt")
    return [(e.date, e.status) for e in doc.events if e.type == "ANNIVERSARY"]


@pytest.mark.parametrize("prefix", ["寮国入APEC", "蒙古入亚太经合", "柬埔寨入东盟", "老挝入世贸"])
def test_bare_joining_before_body_is_no_founding(prefix: str) -> None:
    assert anniversary_subject(prefix, prefix) is None


@pytest.mark.parametrize("prefix", ["今年是亚太经合组织成立", "深入东盟成立"])
def test_body_founding_still_read(prefix: str) -> None:
    found = anniversary_subject(prefix, prefix)
    assert found is not None and found[0][:4] in ("1989", "1967")


@pytest.mark.parametrize("page, date, status", [
    (_cna("今年再捐150萬美元助APEC\n\n寮國入APEC三十週年\n\n外交部長林佳龍5日表示，明年寮國與台灣的合作關係將邁入30週年。"),
     "2026", "planned"),
    (_cna("越南入亞太經合二十七週年\n\n今年是越南加入亞太經濟合作會議(APEC)27週年。"), "2025", "occurred"),
    (_cna("緬甸入亞太經合十週年\n\n外交部5日指出，今年是緬甸加入APEC10週年。"), "2025", "occurred"),
])
def test_joining_anniversary_takes_the_told_year(page: str, date: str, status: str) -> None:
    got = _anniversaries(page)
    assert got and all(d is not None and d[:4] == date and s == status for d, s in got), got
