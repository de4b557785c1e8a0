"""pd4 (stop 51): terms of office of heads of state and government, foreign ministers and party chiefs
2000-2026 in kb/data/positions.tsv. A loader test (well-formed, no two holders of one office at once)
and invented pages with no year that name a holder with the title: dated inside the term, and where two
holders are named, inside the months their terms share."""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from pathlib import Path

import pytest

from dipnet.pipeline import extract

DATA = Path(__file__).resolve().parents[1] / "src" / "dipnet" / "kb" / "data"
# the offices one person holds at a time in a country (a handover within one month is no overlap)
SINGLE = {"总统", "总理", "首相", "外交部长", "外交大臣", "外务大臣", "国务卿", "政府总理", "国务总理", "国家主席", "外务相",
          "国王", "苏丹"}


def _rows(name: str) -> list[dict[str, str]]:
    lines = [ln for ln in (DATA / name).read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _lo(s: str) -> dt.date:
    return dt.date(int(s[:4]), int(s[5:7]) if len(s) >= 7 else 1, int(s[8:10]) if len(s) >= 10 else 1)


def _hi(s: str) -> dt.date:
    """The first day of the end's month (or year): a successor starting that month does not overlap."""
    return dt.date(2099, 1, 1) if not s else dt.date(int(s[:4]), int(s[5:7]) if len(s) >= 7 else 12, 1)


def test_positions_are_well_formed() -> None:
    people = {r["id"] for r in _rows("people.tsv")}
    for r in _rows("positions.tsv"):
        assert r["person_id"] in people, r
        for k in ("start", "end"):
            v = r[k] or ""
            assert not v or (len(v) in (4, 7, 10) and v[:4].isdigit()), r
            if len(v) >= 7:
                _lo(v)  # a real month (and day)
        if r["start"] and r["end"]:
            assert _lo(r["start"]) <= _lo(r["end"]) or r["start"][:len(r["end"])] == r["end"], r


def test_no_two_holders_of_one_office_at_once() -> None:
    by: defaultdict[tuple[str, str], list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for r in _rows("positions.tsv"):
        if r["title"] in SINGLE and r["start"] and (not r["end"] or r["end"] >= "2000"):
            by[(r["country"], r["title"])].append((_lo(r["start"]), _hi(r["end"] or ""), r["person_id"]))
    clashes = []
    for office, terms in by.items():
        terms.sort()
        for i, (_a, b, p) in enumerate(terms):
            clashes += [(office, p, q) for a2, _b2, q in terms[i + 1:] if a2 < b and q != p]
    assert not clashes, clashes


def _published(text: str) -> tuple[int, str] | None:
    doc = extract(text, source="t.txt")
    return (int(doc.published.date[:4]), doc.published.evidence or "") if doc.published is not None else None


@pytest.mark.parametrize(("text", "lo", "hi"), [
    # a French president of 1995-2007, named with the title
    ("法国总统希拉克当天在爱丽舍宫会见来访的甲国外长，双方就双边合作交换意见。\n", 1995, 2007),
    # a Russian premier and a Japanese foreign minister together: the months their terms share (2005-10..2007-08)
    ("俄罗斯政府总理弗拉德科夫与日本外务大臣麻生太郎在莫斯科举行会谈，讨论能源合作。\n", 2005, 2007),
    # a Peruvian president's first term of this century
    ("秘鲁总统阿兰·加西亚在利马会见乙国代表团，双方签署了农业合作文件。\n", 2006, 2011),
    # an Indian foreign minister of 2002-2004 and a Pakistani president of 2001-2008
    ("印度外交部长亚什万特·辛哈表示，愿与巴基斯坦总统穆沙拉夫领导的政府恢复对话。\n", 2002, 2004),
    # a Chinese vice premier of 2003-2008
    ("国务院副总理吴仪当天在北京会见甲国卫生部长，双方就公共卫生合作交换意见。\n", 2003, 2008),
    # an Iraqi prime minister and a Jordanian king together (2006-05..2014-09)
    ("伊拉克总理马利基在安曼会见约旦国王阿卜杜拉二世，双方讨论边境安全。\n", 2006, 2014),
    # a Kazakh premier since 2024 (open term)
    ("哈萨克斯坦总理别克捷诺夫在阿斯塔纳会见丙国企业代表，介绍投资环境。\n", 2024, 2026),
])
def test_a_holder_named_with_the_title_dates_the_page_inside_the_term(text: str, lo: int, hi: int) -> None:
    got = _published(text)
    assert got is not None and lo <= got[0] <= hi, got
    assert "terms of" in got[1], got


def test_an_existing_person_gains_an_earlier_post() -> None:
    # 潘基文 as South Korea's foreign minister (2004-01..2006-11), not as UN Secretary-General (2007-2016)
    got = _published("韩国外交部长潘基文当天在首尔会见来访的丁国副外长，双方就半岛局势交换看法。\n")
    assert got is not None and 2004 <= got[0] <= 2006, got


def _date(text: str) -> tuple[str, str] | None:
    doc = extract(text, source="t.txt")
    return (doc.published.date, doc.published.evidence or "") if doc.published is not None else None


def test_a_departure_day_before_the_trips_span_is_the_reports_day() -> None:
    # the bare day the delegation left on, told before the span of the visit (not planned): Feb 28 of its year
    got = _date("越南国会主席王廷惠访问甲国\n越南国会主席王廷惠于28日上午率团离开河内,开始于3月1日至5日对甲国进行正式访问。"
                "陪同出访的有国会对外委员会主任等。\n")
    assert got is not None and got[0][4:] == "-02-28", got


def test_an_announcement_day_before_a_trips_span_is_not_the_reports_day() -> None:
    # the spokesperson spoke on the 24th of a trip from the 26th: the report may come later, so no day 24
    got = _date("王毅访问岛国\n外交部发言人汪文斌24日称,王毅5月26日至6月4日应邀对甲国、乙国进行正式访问。"
                "王毅正在进行访问行程,他将抵达乙国。\n")
    assert got is None or not got[0].endswith("-05-24"), got


def test_a_bare_day_after_a_month_told_by_its_late_part_is_of_the_next_month() -> None:
    got = _date("两国副外长举行战略对话\n甲国外交部证实,两国副外长于7日在首尔举行战略对话。"
                "此外,乙国首相也于10月底前往庆州出席会议,并与韩国总统李在明举行会谈。\n")
    assert got is not None and got[0][4:] == "-11-07", got


def test_a_planned_late_part_of_a_month_gives_no_next_month() -> None:
    got = _date("两国副外长举行战略对话\n甲国外交部证实,两国副外长于7日在首尔举行战略对话。"
                "乙国首相将于10月底前往庆州出席会议,并与韩国总统李在明举行会谈。\n")
    assert got is None or got[0][4:] != "-11-07", got
