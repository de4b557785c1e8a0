"""Who holds the head count of a group told by what it is made of (fa11): '代表团由甲国、…等40多个国家
近百名军官组成', '救援队由60名队员…组成': the group before 由 holds the people counted and the countries
they come from, however many list clauses lie between; a bare group noun (代表团, 该代表团) is the group
of that noun named last before it in the article (某某青年军官代表团…。代表团由…), read whole. A group
named in quotes right before its count ('“…特种搜救队”23人') is delegations.py's. The words are in
data/facts.toml (group_made_*)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

from .unnamed import last_named

if TYPE_CHECKING:  # facts.py imports this module; the context type is only needed for hints
    from .factcontext import Context
    from .quantities import UnitWord


def made_up_group(ctx: Context, pos: int, u: UnitWord, unit_end: int) -> str | None:
    """The group whose make-up (GROUP由…N名…组成) the count at pos tells, by its name."""
    if u.kind not in ("person", "count"):
        return None
    data, text = ctx.data, ctx.text
    s_start, s_end = ctx.sentence(pos)
    opened = None
    for hit in rx.compile(data["group_made_opening"]).finditer(text, s_start, pos):
        opened = hit  # the last group the sentence tells as made of what follows
    if opened is None or "由" in text[opened.end():pos]:
        return None
    if rx.compile(data["group_made_closing"]).match(text, unit_end, s_end) is None:
        return None  # (…组成: the count is part of the make-up, not told after it)
    noun = opened.group("noun")
    name = opened.group("name") or ""
    if len(name) >= 2:
        return name + noun  # 某国国际救援队由…: the group named in full
    return _named_before(ctx, opened.start("noun"), noun)


def _named_before(ctx: Context, at: int, noun: str) -> str | None:
    """The fullest name ending in noun told last before at in its article (某国国会某某议员联盟代表团
    (下称“代表团”)… -> that name), else None."""
    last = last_named(ctx, rx.compile(ctx.data["group_made_name"].replace("{noun}", noun)), at)
    return last.group() if last else None
