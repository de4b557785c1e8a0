"""Members of a state's government or parliament counted in a list of those attending (fc3): '柬副首相…、商业大臣等
8位内阁成员及各界人士300多人出席', '日本众议院议长及50多位国会议员出席'. They are the members of that state's
cabinet or parliament: the country the list names before them in their clause, else the state an envoy holding
the event is posted to (中国驻塞拉利昂大使举办招待会,塞…等10余位内阁成员: 塞拉利昂's), never the host's
country nor the event. Words: data/facts.toml (government_member_nouns, envoy_posted_before)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

from .factwords import words

if TYPE_CHECKING:  # the context type is only needed for hints
    from .factcontext import Context


def cabinet_members(ctx: Context, pos: int, unit_end: int) -> str | None:
    """The state whose cabinet or parliament the members counted at pos (the noun right after unit_end) sit in."""
    data, posted_at = ctx.data, words("envoy_posted_before")
    if not rx.compile(data["government_member_nouns"]).match(ctx.text, unit_end):
        return None
    c_start = ctx.clause(pos)[0]
    for mm in reversed(ctx.within(c_start, pos, ("COUNTRY",))):  # (not a bare ministry's: 外交部 is any state's)
        if not ctx.text.endswith(posted_at, 0, mm.start):  # (驻华: where an envoy serves, not whose members)
            return ctx.name(mm)
    s_start = ctx.sentence(pos)[0]
    posted = [mm for mm in ctx.within(s_start, c_start, ("COUNTRY",)) if ctx.text.endswith(posted_at, 0, mm.start)]
    return ctx.name(posted[-1]) if posted else None
