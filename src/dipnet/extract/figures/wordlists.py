"""A count that only restates the plain words just listed before it ('从政治、产能、农业、能源、安全、人文六大
领域入手', '在经济、文化和教育三个领域'): the list names the things, the number counts nothing more (the list of
parties is claimfilter's _sums_up_list). Words are in data/facts.toml. (fc1)"""

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
    run = rx.compile(data["word_list_before"] + "$").search(ctx.text, c_start, m.start())
    if run is None:
        return False
    items = len(re.findall(data["word_list_joiner"], run.group())) + 1
    value = parse_number(m)
    return items >= int(data["word_list_min"]) and isinstance(value, float) and value == items
