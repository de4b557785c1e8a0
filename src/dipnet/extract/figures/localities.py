"""The city or province 该省/本市/全市 refers to (fx12): the last named before it in the paragraph
(else in the article before it, from its title on: fx14), as a place, or as the place a local body
is named after (广宁省人民委员会主席表示,今年该省…); never the dateline's place (越通社河内——),
which tells where the report was filed. Words are in data/facts.toml and data/money.toml."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from dipnet import rx

from .moneywords import money_data

if TYPE_CHECKING:  # the context type is only needed for hints
    from .factcontext import Context, Mention


def home_place(ctx: Context, a: int, b: int, administrative: Callable[[Context, Mention], bool], word: str = "") -> str | None:
    """The last province or city named in text[a:b], by its place name, or None. A word naming
    the level (该乡, 该村, 该镇) points back to the last place of that level: '霍闲乡是某县的最贫困乡。
    该乡共有17个村寨' is 霍闲乡's, not the county's named after it (fx20)."""
    data = ctx.data
    level = next((lv for lv in data["locality_levels"] if word.endswith(lv)), None)
    if level is not None and (own := _last_of_level(ctx, a, b, level)):
        return own
    best: tuple[int, str] | None = None
    for mm in ctx.within(a, b, ("LOCATION",)) + ctx.within(a, b, ("ORG",)):
        if mm.type == "LOCATION":
            if not administrative(ctx, mm) or ctx.text.startswith(tuple(data["dateline_marks_after"]), mm.end):
                continue
            name = ctx.name(mm)
        else:
            hit = rx.compile(data["local_body_place"]).match(mm.text)
            if hit is None:
                continue
            name = hit.group("place")
        if best is None or mm.start >= best[0]:
            best = (mm.start, name)
    if best is None and (top := _article_top(ctx, a)) < a:  # none in its paragraph: the article's, from its title on
        return home_place(ctx, top, a, administrative, word)
    return best[1] if best else None


def _last_of_level(ctx: Context, a: int, b: int, level: str) -> str | None:
    """The place of that level named last in text[a:b]: a place the page names (霍闲乡), or one
    told right under a named place (安明北乡京年村: 京年村), which the recognizer may leave unmarked."""
    places = sorted({e.name for e in ctx.doc.entities if e.type == "LOCATION"}, key=len, reverse=True)
    if not places:
        return None
    under = "(?:" + "|".join(map(re.escape, places)) + ")(?P<sub>[\u4e00-\u9fff]{2,3}?" + level + ")"
    best: tuple[int, str] | None = None
    for name in places:
        if name.endswith(level) and (i := ctx.text.rfind(name, a, b)) != -1 and (best is None or i > best[0]):
            best = (i, name)
    for hit in re.compile(under).finditer(ctx.text, a, b):
        if best is None or hit.start("sub") > best[0]:
            best = (hit.start("sub"), hit.group("sub"))
    return best[1] if best else None


def _article_top(ctx: Context, pos: int) -> int:
    """Where the article holding pos begins: its brief's first segment, or the page's title (the
    site's menu above it names places that are no part of the article)."""
    brief = ctx.doc.brief_at(pos)
    own = [sg.start for sg in ctx.doc.segments if sg.brief == brief and sg.kind in ("title", "brief_headline")]
    return min(own) if own else pos


def past_dateline(ctx: Context, a: int, b: int) -> int:
    """Where a clause starting at a begins once the page's dateline (越通社河内——) standing at its
    start is read past: a province after it still opens the clause (越通社河内——广宁省今年出口额…)."""
    for sg in ctx.doc.segments:
        if sg.kind == "dateline" and a <= sg.start and sg.end <= b and not ctx.text[a:sg.start].strip():
            return sg.end
    return a


def economy_owner(ctx: Context, mm: Mention) -> bool:
    """'将把今年海防市出口额再增加30亿美元': a province or city right before a noun of its economy
    (出口额, 生产总值…; its 省/市 and a 的 at most between) owns the figure, even inside its clause."""
    k = mm.end
    while ctx.text[k:k + 1] in ("省", "市", "的") and k < mm.end + 2:
        k += 1
    return ctx.text.startswith(tuple(money_data()["economy_nouns"]), k)
