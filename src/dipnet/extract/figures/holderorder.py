"""Who holds a figure, asked once per figure facts.py reads: the readers of holders in the order that
settles which one wins. What the figure's own place settles comes first (the next item of a list, the
owner of funds, the rest of a sum split or converted, the assembly that voted, a delegation, a body's
deputies, a market, a sector); then a body's seats by region and the parties of a respective list
(分别); then the readers of its sentence, the most specific first, down to the party named before it
(holders.holder) and a project told. The order is the knowledge here: a reader asked earlier wins."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .actordinals import actor_of_act, leaders_of_act
from .arrivals import arrivals_country, received_pair
from .assemblies import collective_giver, deputies_body, made_of, unit_opening
from .ballots import ballot_body, election_of, term_body, votes_won
from .bareparty import bare_vessels_owner
from .cabinets import cabinet_members
from .companynames import firms_counted, org_anaphor
from .delegations import delegation_holder
from .editions import held_event
from .eventback import event_pointed_back
from .factactor import visitor_after
from .gifts import gift_giver
from .givers import giver_before, valued_gift_giver
from .groupmade import made_up_group
from .holders import (
    goods_of,
    holder,
    members_of_body_before,
    named_after,
    org_members,
    ship_carrying,
)
from .listitems import Item, listed_item_holder
from .markets import region_market
from .moneywords import diaspora_giver, funds_owner
from .nonparty import document_parts, special_holder
from .partnered import partner_of_counted
from .projects import project_told
from .ranks import ranked_set_owner
from .regionpairs import region_pair
from .respective import respective
from .sectors import firm_group_opening, sector_opening
from .spans import span_holder
from .struck import struck_party
from .tenures import tenure_holder
from .tradepairs import partner_only
from .unnamed import (
    agent_after,
    company_after,
    hurt_in_attack,
    party_bracketed,
    qualified_things,
    victim_of,
)
from .wholes import whole_before
from .worth import valued_works

if TYPE_CHECKING:  # the context type is only needed for hints
    from .factcontext import Context
    from .quantities import UnitWord


def find_holders(ctx: Context, m: re.Match[str], u: UnitWord, unit_end: int, ordinal: UnitWord | None, *,
                 seats: list[tuple[str, str]] | None, rest: str | None, last_item: Item | None,
                 source: str | None) -> list[str]:
    """The holders of the figure at m, its unit u ending at unit_end: the body of each region where these
    are seats, the parties of a respective list, else one; [""] where no one in its sentence holds it
    (facts.py then looks back over the paragraph and the page). `rest` is the holder of the sum this one
    converts or completes, `last_item` the figure read before (for the next item of its list), `source`
    the source named after it (六成投资项目来自中国)."""
    chosen = ((leaders_of_act(ctx, m.start()) or actor_of_act(ctx, m.start())) if ordinal else None) \
        or _settled_holder(ctx, m, u, unit_end, seats, rest, last_item)  # (这是两人第三次见面, 这是X第三次出席…: the people's)
    return [body for body, _ in seats] if seats else [chosen] if chosen else respective(ctx, m, u) or [
        _sentence_holder(ctx, m, u, unit_end, ordinal, source)]


def _settled_holder(ctx: Context, m: re.Match[str], u: UnitWord, unit_end: int, seats: list[tuple[str, str]] | None,
                    rest: str | None, last_item: Item | None) -> str | None:
    """The holder the figure's own place settles, before any reader of the sentence is asked."""
    voted = None if seats or rest else ballot_body(ctx, m, u, unit_end) or election_of(ctx, m, u, unit_end) \
        or votes_won(ctx, m, u)  # 101个国家投了赞成票: the assembly's; 越南以180票当选: 越南's
    return listed_item_holder(ctx, last_item, m.start(), u.kind) \
        or (funds_owner(ctx, unit_end) if u.kind == "money" else None) or rest or voted \
        or (event_pointed_back(ctx, m.start(), unit_end) if u.kind == "person" else None) \
        or made_up_group(ctx, m.start(), u, unit_end) \
        or (delegation_holder(ctx, m.start(), unit_end) if u.kind == "person" else None) \
        or (cabinet_members(ctx, m.start(), unit_end) if u.kind in ("person", "count") else None) or deputies_body(ctx, m.start(), u, unit_end) or made_of(ctx, m.start(), u, unit_end) \
        or collective_giver(ctx, m.start(), u) or held_event(ctx, m, u) or (unit_opening(ctx, m.start()) if u.kind in ("person", "count") else None) \
        or region_market(ctx, m.start(), u, unit_end) or sector_opening(ctx, m.start(), u) or firm_group_opening(ctx, m.start(), u)


def _sentence_holder(ctx: Context, m: re.Match[str], u: UnitWord, unit_end: int, ordinal: UnitWord | None,
                     source: str | None) -> str:
    """The holder its sentence names, by the first reader that finds one; "" where none does."""
    text, data = ctx.text, ctx.data
    c_start, c_end = ctx.clause(m.start())
    s_start, _ = ctx.sentence(m.start())
    clause_text = text[c_start:c_end]
    return (
        (ranked_set_owner(ctx, m.start()) if u.kind == "count" and not ordinal else None)
        or (whole_before(ctx, m.start()) if u.kind == "count" and not ordinal else None)  # 《计划》包含50多项措施 (fh1)
        or (partner_of_counted(ctx, unit_end) if u.kind == "count" and not ordinal else None)  # 8个国家同中国建交
        or (visitor_after(ctx, m.start()) if u.kind == "count" and not ordinal else None)  # 出访欧洲五国 温家宝抵达…
        or (bare_vessels_owner(ctx, unit_end) if u.kind == "count" else None)
        or (diaspora_giver(ctx, s_start, m.start()) if u.kind in ("money", "measure", "count") else None)  # 旅居美国越南人社群援助的
        or (giver_before(ctx, c_start, m.start()) if u.kind in ("money", "measure", "count") else None)  # 波兰政府援助的50万剂
        or (valued_gift_giver(ctx, c_start, m.start()) if u.kind == "money" else None)  # 捐赠老挝…价值为140亿越盾
        or (gift_giver(ctx, s_start, m.start()) if u.kind in ("money", "measure", "count") else None)  # 某基金会向灾民捐赠
        or (valued_works(ctx, m.start(), unit_end) if u.kind == "money" else None)  # 价值达4000亿美元的合同: the contract's
        or victim_of(ctx, m.start(), unit_end) or
        (hurt_in_attack(ctx, m.start(), unit_end) if u.kind == "person" else None) or
        (struck_party(ctx, m.start(), unit_end) if u.kind in ("person", "count") else None) or  # 袭击越南,造成27人死亡
        ((span_holder(ctx, m.start(), unit_end) or tenure_holder(ctx, m.start()) or term_body(ctx, m.start()))
         if u.kind == "year" else None)  # 长达10年的谈判 (fa8), 曾任总书记13年
        or qualified_things(ctx, unit_end, u) or
        (ship_carrying(ctx, m.start()) if u.kind == "person" else None) or
        (goods_of(ctx, unit_end) if u.kind == "measure" else None) or
        org_members(ctx, m, u) or special_holder(ctx, m.start(), u, clause_text)
        or (document_parts(ctx, m.start(), unit_end) if u.kind == "count" else None)
        or (named_after(ctx, unit_end, u.kind) if u.kind in ("person", "count") and not ordinal else None)
        or (firms_counted(ctx, unit_end) if u.kind == "count" else None)
        or ((org_anaphor(ctx, m.start()) or members_of_body_before(ctx, unit_end, s_start, m.start()))  # 该会共有21位委员
            if not ordinal and text.startswith(tuple(data["member_nouns"]), unit_end) else None)
        or (company_after(ctx, unit_end) if u.kind == "money" else None)
        or agent_after(ctx, unit_end) or source or party_bracketed(ctx, m.start())
        or (partner_only(ctx, m.start(), c_start if ctx.within(c_start, m.start()) else s_start)
            if u.kind in ("money", "percent") else None)  # (a clause naming no party: its sentence's partner)
        or org_anaphor(ctx, m.start())
        or (region_pair(ctx, c_start if ctx.within(c_start, m.start()) else s_start, m.start())  # 越欧双边贸易额
            if u.kind in ("money", "percent") else None)  # (a clause naming no party: the sentence's, 同比增长9%)
        or ((received_pair(ctx, m.start()) or arrivals_country(ctx, m.start())) if u.kind == "person" else None)  # 来台旅客, 接待柬埔寨游客
        or holder(ctx, m.start(), u, clause_text)
        # '已有500家日本企业在越南投资': with no party before it, the country qualifying the things counted
        or (named_after(ctx, unit_end) if u.kind == "count" and not ordinal else None)
        or project_told(ctx, m.start(), s_start) or ""  # 该项目由12个工程项目组成: the project's
    )
