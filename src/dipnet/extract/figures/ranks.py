"""Ranks and the sets they are in: the party that only owns a ranking (中国是越南第六大投资国: 越南
owns it, 中国 holds it) and the size of the set a party is ranked in (在对越投资的116个国家和地区中:
越南's). Words are in data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx
from dipnet.kb import load_kb
from dipnet.model import Mention

from .factwords import words

if TYPE_CHECKING:  # facts.py imports this module; the context type is only needed for hints
    from ..facts import Context


def ranked_set_owner(ctx: Context, pos: int) -> str | None:
    """'在对越投资的116个国家和地区中位居第八': a count inside the frame of a ranking is the size of
    the set ranked in, and belongs to the country that set is of (越南), not to the party ranked."""
    c_start, c_end = ctx.clause(pos)
    for hit in rx.compile(ctx.data["locative_frame"]).finditer(ctx.text[c_start:c_end]):
        if c_start + hit.start() < pos < c_start + hit.end():
            named = ctx.within(c_start + hit.start(), pos, ("COUNTRY",))
            if named:
                return ctx.name(named[0])
            short = rx.compile(ctx.data["short_target"]).search(ctx.text[c_start + hit.start():pos])  # 对越, 对柬
            entry = short and load_kb().short_forms().get(short.group("c"))
            kb_entry = load_kb().get(entry[0]) if entry else None
            return kb_entry.name if kb_entry else None
    return None


def rank_possessor(ctx: Context, mm: Mention) -> bool:
    """'中国是越南第六大投资国', '越南是菲律宾在东盟的第五大贸易伙伴': the country after 是/成为
    and a few words before the rank only owns the ranking; the holder is the one before the verb."""
    before = ctx.text[max(0, mm.start - 2):mm.start]
    # the owner may head a list of owners (是柬埔寨、缅甸、泰国第一大…), and a rank may go without
    # 第 (成为柬埔寨5大投资来源国之一)
    after = rx.compile(ctx.data["rank_after"]).match(ctx.text[mm.end:mm.end + 24])
    if before.endswith(words("rank_verbs")) and after is not None:
        return True
    # '越南是继中国、美国之后韩国的第三大贸易伙伴', '越南也保持中国在全球的第六大贸易伙伴': the party
    # before a rank of its clause, after a rank verb in its sentence (none between it and the rank),
    # owns the rank whatever stands between
    s_start = ctx.sentence(mm.start)[0]
    own = rx.compile(ctx.data["rank_right_after"]).match(ctx.text[mm.end:mm.end + 24])
    return own is not None and not any(v in own.group() for v in words("rank_verbs")) \
        and any(v in ctx.text[s_start:mm.start] for v in words("rank_verbs"))
