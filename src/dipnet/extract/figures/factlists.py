"""The members of a list a count counts: '老挝、泰国、越南、缅甸等12个国家' (an open list) and
'甲国、乙国和丙国3个特派团' (a closed one, its last member right before the number) hold none of it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx
from dipnet.model import Mention

from .factwords import words

if TYPE_CHECKING:
    from ..facts import Context


def counted_member(ctx: Context, mm: Mention, pos: int, kind: str) -> bool:
    """Whether mm is a member of the list counted by the number at pos."""
    data = ctx.data
    if rx.compile(data["open_list_members"]).match(ctx.text[mm.end:pos]):
        return True
    if kind != "count":
        return False
    if ctx.text[mm.end:pos].lstrip("的") in words("twinned_nouns") or _names_twins_counted(ctx, mm):
        # 东盟友城61对: the party names where the twinned places lie; the side that twins them holds the count,
        # and every part after it (其中东盟友城61对,越南友城23对: 东盟 holds neither)
        return True
    # a closed list: parties joined by 、/和/及 up to the number, two at least, nothing else between
    joiners = sorted(data["closed_list_joiners"], key=len, reverse=True)
    if ctx.text[mm.end:pos].strip() == "":  # the last member: a party joined to one before it
        joiner = next((w for w in joiners if ctx.text.endswith(w, 0, mm.start)), None)
        return joiner is not None and any(
            m.type in ("COUNTRY", "ORG", "LOCATION") for m in ctx.ending_at.get(mm.start - len(joiner), ()))
    nxt = next((m for m in ctx.within(mm.end, pos, ("COUNTRY", "ORG", "LOCATION")) if m.start == mm.end), None)
    if nxt is not None and mm.type == "ORG" and counted_member(ctx, nxt, pos, kind):
        return True  # 联合国马里、…和南苏丹3个特派团: the body qualifying the first member qualifies them all
    at = mm.end
    members = [m for m in ctx.within(mm.end, pos, ("COUNTRY", "ORG", "LOCATION")) if m.start >= mm.end]
    for m in members:
        if ctx.text[at:m.start] not in joiners:
            return False
        at = m.end
    return bool(members) and ctx.text[at:pos].strip() == ""


def _names_twins_counted(ctx: Context, mm: Mention) -> bool:
    """mm stands right before a twinned noun and the number counting them (越南友城23对, 美國姊妹市11個,
    东盟国家的友好城市60对)."""
    rest = ctx.text[mm.end:mm.end + 14]
    rest = rest[len(next((w for w in words("twinned_place_groups") if rest.startswith(w)), "")):].lstrip("的")
    noun = next((w for w in sorted(words("twinned_nouns"), key=len, reverse=True) if rest.startswith(w)), None)
    return noun is not None and rx.compile(ctx.data["twinned_count_after"]).match(rest, len(noun)) is not None
