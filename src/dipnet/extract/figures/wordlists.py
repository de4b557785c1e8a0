"""A count that only restates the plain words just listed before it ('从政治、产能、农业、能源、安全、人文六大
领域入手', '在经济、文化和教育三个领域', '…和民间外交等三个层面') or the titled instruments just named
('《甲协定》与《乙议定书》等两份文件'): the list names the things, the number counts nothing more (the list of
parties is claimfilter's _sums_up_list). Words are in data/facts.toml. (fc1, fe56)"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dipnet import rx

from .numbers import parse_number

if TYPE_CHECKING:  # claimfilter imports this module; the context type is only needed for hints
    from .factcontext import Context


def restates_word_list(ctx: Context, m: re.Match[str]) -> bool:
    """Whether the count at m follows a closed list of three or more short words (、 between them, the
    last joined by 和/与/及 or 、) and equals their number, counting fields or aspects (领域, 方面: the
    things a list names in words; 工兵、医疗和警卫3支分队 counts units sent, a claim)."""
    data = ctx.data
    if not rx.compile(data["word_list_counted"]).match(ctx.text, m.end()):
        return False
    c_start = ctx.clause(m.start())[0]
    run = rx.compile("(" + data["word_list_before"] + ")" + data["word_list_close"] + "$").search(ctx.text, c_start, m.start())
    if run is None:
        return False
    items = len(re.findall(data["word_list_joiner"], run.group(1))) + 1
    value = parse_number(m)
    return items >= int(data["word_list_min"]) and isinstance(value, float) and value == items


def restates_title_list(ctx: Context, m: re.Match[str]) -> bool:
    """Whether the count at m follows a run of two or more titled instruments right before it, closed by
    等 or nothing, and equals their number ('《甲协定》与《乙议定书》等两份重要文件'): the titles just named,
    counted again (fe56)."""
    data = ctx.data
    a = max(0, m.start() - int(data["title_list_reach"]))  # (a title ends a clause: the run is looked for by its marks)
    run = rx.compile("(" + data["title_list_before"] + ")" + data["word_list_close"] + "$").search(ctx.text, a, m.start())
    value = parse_number(m)
    return run is not None and isinstance(value, float) and value == run.group(1).count(data["title_list_item"])
