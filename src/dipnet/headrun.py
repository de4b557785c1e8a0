"""What stands over a headline that the segment stage has not yet passed over: a run of other stories'
headlines (a breaking-news ticker, "more from the site") printed over the page's own headline, which
is then the last of the run, right over the story's byline, stamp or dateline."""

from __future__ import annotations

from dipnet.furniture import headline_shaped, is_byline, is_furniture, is_stamp
from dipnet.layout import Layout, holds_any
from dipnet.lineshape import dateline_patterns, is_headline

_RUN_MAX = 8  # how far down a run is followed
_SUBTITLE_OPENERS = ("—", "-", "(", "（")


def over_the_story(text: str, layout: Layout) -> bool:
    """The line that opens a story under its headline: the byline, the stamp or the dateline."""
    if is_stamp(text, layout) or is_byline(text, layout):
        return True
    line, _ = dateline_patterns(layout.agencies, layout.dateline_roundups)
    m = line.match(text)
    return m is not None and len(m.group(0)) < 40


def over_the_byline(lines: list[str], i: int, layout: Layout) -> int:
    """Where `i` heads a run of headline-shaped lines (the player's or the site's buttons may stand
    between them) and a later line of the run stands right over the story's byline, stamp or dateline
    ("中央社/河内13日专电"), that later line: the lines over it are other stories' teasers. The run has
    two lines or more over the headline, or buttons between, so that a headline with one subtitle
    under it keeps its place. Else `i`."""
    if i + 1 >= len(lines) or not headline_shaped(lines[i]) or over_the_story(lines[i + 1], layout):
        return i
    buttons = False
    for k in range(i + 1, min(len(lines) - 1, i + _RUN_MAX)):
        t = lines[k]
        if is_furniture(t, layout):
            buttons = True
            continue
        # the line above again with a photo's marker run in ("标题- ảnh 1"; printed twice alone, a caption): it heads
        if k > i + 1 and len(above := lines[k - 1]) >= 6 and t != above and t.startswith(above):
            return k - 1 if (k - 1 - i >= 2 or buttons) else i
        if not headline_shaped(t) or t.startswith(_SUBTITLE_OPENERS):
            return i
        if over_the_story(lines[k + 1], layout):
            return k if (k - i >= 2 or buttons) else i
    return i


def notice_over_headline(pair: list[str], layout: Layout) -> bool:
    """A site's notice ("您的浏览器需要安装Flash插件…") with a headline-shaped line right under it (a
    question's mark may close it): the notice closes the site's header, as a breadcrumb does."""
    if len(pair) < 2 or not holds_any(pair[0], layout.notice_markers):
        return False
    head = pair[1]
    return is_headline(head, layout) and len(head) >= 8 and "。" not in head and not is_furniture(head, layout)
