"""The dates an agency dateline gives: month and day ('越通社河内8月17日——', '新华社莫斯科4月4日电', a bracketed
'(吉隆坡24日讯)', a reporter's dispatch line), or the full date ('越通社东京——2025年3月12日')."""

from __future__ import annotations

from dipnet.rx import plain as _plain

from .anchors import valid_date
from .words import WORDS

# the agencies opening a dateline: the listed ones, and any outlet whose dateline follows it in full (the same
# source as one alternation); a page head without what the unlisted ones' datelines need is searched for the
# listed alone, which finds the same (the unlisted alternative is tried at every character: issue 13)
_LISTED = WORDS["agencies"]
AGENCIES = f"(?:{_LISTED.removeprefix('(?:').removesuffix(')')}|{WORDS['agencies_unlisted']})"
_UNLISTED_NEEDS = _plain(WORDS["agencies_unlisted_needs"])


def _agencies(head: str) -> str:
    """The agencies' pattern for a page head (see AGENCIES)."""
    return AGENCIES if _UNLISTED_NEEDS.search(head) else _LISTED


def dateline_md(text: str) -> tuple[int | None, int, str] | None:
    """Month and day of an agency dateline: '越通社河内8月17日——', '新华社莫斯科4月4日电',
    '越通社河内——3月4日', '中央社记者…河内17日专电' (day only)."""
    head = text[:600]
    agencies = _agencies(head)
    m = _plain(rf"{agencies}[^\n。,]{{0,24}}?(?<![\d年])\s?(\d{{1,2}})\s?月\s?(\d{{1,2}})\s?日").search(head)
    if m:
        return int(m.group(1)), int(m.group(2)), f"dateline {m.group()!r}"
    m = _plain(rf"{agencies}[^\n。,]{{0,24}}?(?<![\d月])(\d{{1,2}})日(?:专?电|讯)").search(head)
    if m:
        return None, int(m.group(1)), f"dateline {m.group()!r}"
    # a bracketed dateline without an agency, opening a line: '(吉隆坡24日讯)', '(越南‧河内4日综合电)'
    m = _plain(r"(?m)^\s*[\(【]\s?[\u4e00-\u9fff‧·・\s]{2,12}?(?<![\d月])(\d{1,2})日\s?(?:综合|专|电)?(?:电|讯|报道)\s?[\)】]").search(head)
    if m:
        return None, int(m.group(1)), f"dateline {m.group()!r}"
    # a reporter's dispatch line, wherever the page prints it (often last): '《…通讯社驻京记者某某13日北京专电》'
    m = _plain(r"记者[^\n。,]{0,10}?(?<![\d月])(\d{1,2})日[\u4e00-\u9fff]{0,6}?专电").search(text)
    if m:
        return None, int(m.group(1)), f"dispatch line {m.group()!r}"
    # a dateline whose 月 was lost in transfer ('越通社河内——417日下午'): the digits are read as a
    # month and a day only where a single split makes a calendar day ('112日' could be 1-12 or 11-2)
    m = _plain(rf"{agencies}[^\n。,\d]{{0,24}}?——\s?(\d{{3,4}})日").search(head)
    if m:
        ds = m.group(1)
        splits = [(int(ds[:k]), int(ds[k:])) for k in (1, 2) if ds[k:][0] != "0" or len(ds[k:]) == 2]
        ok = [(mo, d) for mo, d in splits if 1 <= mo <= 12 and valid_date(2000, mo, d)]
        if len(ok) == 1:
            return ok[0][0], ok[0][1], f"dateline {m.group()!r} (月 lost: {ok[0][0]}月{ok[0][1]}日)"
    return None


def dateline_ymd(text: str) -> tuple[int, int, int, str] | None:
    """A full date in an agency dateline, from any city: '越通社东京——2025年3月12日',
    '新华社北京2019年10月1日电'. Its year is written, so the page's year needs no inference."""
    head = text[:600]
    m = _plain(rf"{_agencies(head)}[^\n。,]{{0,24}}?(?<!\d)((?:19|20)\d{{2}})\s?年\s?(\d{{1,2}})\s?月\s?(\d{{1,2}})\s?日").search(head)
    if m and valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3))):
        return int(m.group(1)), int(m.group(2)), int(m.group(3)), f"dateline {m.group()!r}"
    return None
