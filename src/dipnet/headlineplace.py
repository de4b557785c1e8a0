"""Where the headline stands when the line first found is none: a browser's title bar whose headline is
printed again below, the headline under the page's stamp, over the story's dateline, or right over the
stamp or byline (the line above it the site's)."""

from __future__ import annotations

from dipnet.furniture import is_furniture
from dipnet.layout import Layout
from dipnet.lineshape import dateline_patterns
from dipnet.rx import plain as _plain
from dipnet.stampline import STAMP_DATE, headline_shaped, is_byline, is_stamp

_CJK = _plain(r"[\u4e00-\u9fff]")
_BAR_SEP = _plain(r"\s*[-|｜–—_]\s*")
_BAR_FIRST = 6  # how many lines from the top a browser's title bar may stand (under a few menu items)


def title_bar_repeat(texts: list[str]) -> int | None:
    """The first line as a browser's title bar ("标题 - 站名", "标题 | 站名") whose headline stands again
    on a line of its own a few lines below: that line's index (the page's headline), else None."""
    later = {t.strip(): k for k, t in reversed(list(enumerate(texts)))}
    for i, bar in enumerate(texts[:_BAR_FIRST]):  # (the bar may stand under a stray line: an ad's label, a quote mark)
        for m in _BAR_SEP.finditer(bar):
            head = bar[:m.start()].strip()
            if len(head) >= 6 and len(bar) - m.end() <= 30 and _CJK.search(head) and later.get(head, -1) > i:
                return later[head]
    return None


def under_the_stamp(lines: list[str], i: int, layout: Layout) -> int:
    """Where the line found is no headline (a site's name, a section's word) and the page's stamp
    stands below it over the headline ("发布: 5:19pm 17/06/2022", then a few tags, then the
    headline), the headline under the stamp, or the headline right over it; else `i`."""
    if i >= len(lines) or headline_shaped(lines[i]) or "。" in lines[i]:
        return i
    for j in range(i + 1, min(len(lines) - 1, i + 20)):
        if "。" in lines[j]:
            return i
        if is_stamp(lines[j], layout):
            if j - 1 > i and headline_shaped(lines[j - 1]) and not is_furniture(lines[j - 1], layout):
                return j - 1  # (a kicker over the headline over its stamp: the headline)
            for k in range(j + 1, min(len(lines) - 1, j + 8)):
                t = lines[k]
                # (not the stamp's credit line, "来源:某某周刊", under a headline that closes with "?")
                if headline_shaped(t) and not t.startswith(layout.credit_words) and not headline_shaped(lines[k + 1]):
                    return k
                if len(t) > 8 or "。" in t:
                    return i
            return i
    return i


def _dated_or_paged(text: str, layout: Layout) -> bool:
    """A line that opens with the page's date ("date 2025-12-15我的频道", the crawler's date over a menu
    word or another story's teaser) or an e-paper's page label ("第04版:要闻 PDF版阅读"): no headline's top half."""
    return STAMP_DATE.match(text.removeprefix("date").lstrip()) is not None and text.startswith("date") \
        or _PAGE_LABEL.match(text) is not None and any(w in text for w in layout.epaper_words)


_PAGE_LABEL = _plain(r"第\s?\d{1,3}\s?版\s?[:：]")


def over_the_dateline(lines: list[str], i: int, layout: Layout) -> int:
    """A dated line or a page label over a headline-shaped line that the story's dateline follows
    ("中央社马尼拉15日专电", "(法新社马尼拉16日电)菲律宾表示…"): that line is the headline."""
    if i + 2 >= len(lines) or not (_dated_or_paged(lines[i], layout) and headline_shaped(lines[i + 1])):
        return i
    if is_furniture(lines[i + 1], layout, lines[i + 2]) or STAMP_DATE.search(lines[i + 1]):
        return i
    line, _ = dateline_patterns(layout.agencies, layout.dateline_roundups)
    return i + 1 if line.match(lines[i + 2]) else i


def over_the_stamp(lines: list[str], i: int, layout: Layout) -> int:
    """Two headline-shaped lines over the page's stamp or byline: the one right over it is the headline;
    the one above is the site's slogan, a menu's words or another story's teaser ("某某平台", then
    the headline, then "来源:某社 2018-09-03 14:50"). A subtitle ("——…") under the headline is no headline."""
    if (k := over_the_dateline(lines, i, layout)) != i:
        return k
    if i + 2 >= len(lines) or not (headline_shaped(lines[i]) and headline_shaped(lines[i + 1])):
        return i
    if lines[i + 1].startswith(("—", "-", "(", "(")) or lines[i] in lines[i + 1] or lines[i + 1] in lines[i]:
        return i
    nxt = lines[i + 1]
    if is_furniture(nxt, layout, lines[i + 2]) or is_byline(nxt, layout) or nxt.startswith(layout.credit_words) \
            or nxt.endswith(layout.source_ends):
        return i  # the stamp's own first line ("来源:某社 作者:某某", "某某新闻记者 某某", "某某报客户端")
    return i + 1 if is_stamp(lines[i + 2], layout) or is_byline(lines[i + 2], layout) else i
