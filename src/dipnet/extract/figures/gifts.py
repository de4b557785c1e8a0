"""Who holds a figure told as what is given (捐赠, 援助, 提供, 移交 … before it in its sentence): the giver.
'某基金会向灾民捐赠8000美元', '财政部向某省援助250吨大米', '某人(左2)以个人名义捐款20万令吉予某基金' (a person
who opens his clause with no post before him),
'这是德国第三度提供我国疫苗,分别为…80万剂': the party standing right before the verb (or before 向/给 and
its receiver), not the receiver nor the page's country. '某大使代表某基金会,将该会募集的1500件文具交予…',
'某代办代表旅居某国越侨向灾民捐赠8000美元': the party the giver acts for. Words: data/facts.toml (gift_*, giver_*)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx
from dipnet.recognize.namereads import is_han

from .factwords import giving_verbs

if TYPE_CHECKING:  # the context type is only needed for hints
    from dipnet.model import Mention

    from .factcontext import Context


def _acting_for(ctx: Context, s_start: int, verb: int) -> str | None:
    """The party named after 代表 before the verb of giving: the one the giver acts for."""
    data = ctx.data
    hits = list(rx.compile(data["giver_for"]).finditer(ctx.text, s_start, verb))
    if not hits:
        return None
    hit = hits[-1]
    a, b = hit.span("body")
    named = [m for m in ctx.within(a, b, ("ORG", "COUNTRY")) if m.end == b or ctx.text.startswith(tuple(data["giver_anaphor_tails"]), m.end)]
    if named and named[-1].start == a:
        return ctx.name(named[-1])
    body = hit.group("body")
    return body if body.endswith(tuple(data["giver_group_tails"])) else None


def gift_giver(ctx: Context, s_start: int, pos: int) -> str | None:
    """The giver of a figure at pos told after a verb of giving in its sentence; None where the text does
    not set one right before the verb (越南呼吁古巴等伙伴向越南捐赠: no party stands right before it)."""
    data, text = ctx.data, ctx.text
    verbs = list(rx.compile(giving_verbs(sums=True)).finditer(text, s_start, pos))
    if not verbs:  # 代表某基金会,将该会募集的1500件文具交予…: the verb of handing over after what is given
        c_end = ctx.clause(pos)[1]
        later = rx.compile(data["handed_over_after"]).search(text, pos, c_end)
        return _acting_for(ctx, s_start, pos) if later is not None else None
    verb = verbs[-1]
    c_start = ctx.clause(pos)[0]
    if c_start > verb.end() and rx.compile(data["gift_list_opening"]).match(text, c_start, pos) is None:
        return None  # (the figure stands in a clause of its own: no gift's amount)
    if text[verb.end():pos].count("，") + text[verb.end():pos].count(",") > 1:
        return None
    acting = _acting_for(ctx, s_start, verb.start())
    if acting:
        return acting
    anchor = verb.start()
    receiver = rx.compile(data["giver_receiver"])  # 向某省, 给灾民 right before the verb
    anchor = next((i for i in range(s_start, anchor) if receiver.fullmatch(text, i, anchor)), anchor)
    parties = [m for m in ctx.within(s_start, anchor, ("COUNTRY", "ORG", "PERSON", "LOCATION"))
               if m.type != "LOCATION" or ctx.is_government(m)]  # (首尔宣布向乌克兰提供: the capital's country)
    if not parties or ctx.is_target(parties[-1]) and not _heads_receiver_frame(ctx, parties[-1], anchor, verb.start()):
        return None
    m = parties[-1]
    if not rx.compile(data["giver_gap"]).fullmatch(text, m.end, anchor):
        return None  # (古巴、中国等伙伴向越南: the last named is one of a list, no giver of its own)
    if m.type == "PERSON" and m.start > 0 and is_han(text[m.start - 1]):
        return None  # (某公司总经理某某向…捐助: a person told with his post gives for his body; the rules after decide)
    return ctx.name(m)


def _heads_receiver_frame(ctx: Context, m: Mention, anchor: int, verb: int) -> bool:
    """'对泰国政府宣布向老挝提供…', '交换《议定书》和韩国向柬埔寨移交…': a party marked as the object of
    what stands before it (对, 和 after no party; data/facts.toml giver_clause_markers) that stands right before its own receiver frame (向/给 X)
    is the subject of that frame, the giver; two parties joined (韩国和日本向…) name no single giver."""
    if anchor >= verb:
        return False  # (no receiver frame: 向越南捐赠, the party is the one given to)
    marker = next((w for w in ctx.data["giver_clause_markers"] if ctx.text.endswith(w, 0, m.start)), None)
    if marker is None or marker in ctx.data["giver_clause_joiners"] and ctx.ending_at.get(m.start - len(marker)):
        return False  # (通过其大使馆向…: the channel; 韩国和日本向…: two givers; 某人对甲国… stays)
    return rx.compile(ctx.data["giver_gap"]).fullmatch(ctx.text, m.end, anchor) is not None
