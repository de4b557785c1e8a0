"""'捐赠6,000片台湾制医疗口罩、1,000个防疫面罩': each counted item of a list (joined by 、 和 及) is its own
figure, and it has the holder of the item before it. The words between them tell what the item before
counts (台湾制医疗口罩: made in a country), and name no holder of their own. Words are in data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # the context type is only needed for hints
    from .factcontext import Context


class Item(NamedTuple):
    """The last figure read: where its unit ends, its kind, its one holder and its clause."""

    end: int
    kind: str
    holder: str
    clause: int


def listed_item_holder(ctx: Context, last: Item | None, pos: int, kind: str) -> str | None:
    """The holder of the list item before, where the figure at pos is the next item of the same list:
    a figure of things in the same clause, with only what the item before counts and a list
    joiner between (a qualifier such as 约 at most after it); None otherwise."""
    data = ctx.data
    kinds = data["list_item_kinds"]  # (20万剂疫苗和20万1600个注射器: doses and pieces, one list)
    if last is None or not last.holder or kind not in kinds or last.kind not in kinds:
        return None
    if ctx.clause(pos)[0] != last.clause:
        return None
    k = pos
    while k > last.end and ctx.text[k - 1] in data["qualifiers_before"]:
        k -= 1
    between = ctx.text[last.end:k]
    joins = tuple(data["list_item_joins"])
    if not between.endswith(joins) or len(between) > int(data["list_item_gap"]):
        return None
    join = max((w for w in joins if between.endswith(w)), key=len)
    counted = between[:-len(join)]
    if not counted or any(c in counted for c in data["list_item_breaks"]):
        return None  # (出口5万吨、中国3万吨: a party told for the next item is no list of one holder's things)
    return last.holder
