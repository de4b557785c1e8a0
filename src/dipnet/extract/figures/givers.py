"""'卫生部已收到波兰政府援助的50万剂疫苗', '接收日本捐赠的120万剂': a gift told as what a named
party gave (X援助的/捐赠的 right before the number) is the giver's, not the receiver that opens
the clause. Words are in data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

from .factwords import gift_before, giving_verbs

if TYPE_CHECKING:  # the context type is only needed for hints
    from .factcontext import Context


def giver_before(ctx: Context, c_start: int, pos: int) -> str | None:
    """The party named right before a verb of giving and 的 that stands right before the number
    at pos (a qualifier at most between); None where there is none or it is the one given to."""
    k = pos
    while k > c_start and ctx.text[k - 1] in ctx.data["qualifiers_before"]:
        k -= 1
    hit = rx.compile(gift_before()).search(ctx.text, c_start, k)
    if hit is None or hit.end() != k:
        return None
    tails = ("",) + tuple(ctx.data["giver_tails"])  # (波兰政府援助的: the country and its government)
    ms = [m for m in ctx.within(c_start, hit.start(), ("COUNTRY", "ORG")) if ctx.text[m.end:hit.start()] in tails]
    received = bool(ms) and ctx.text.endswith(tuple(ctx.data["receive_before"]), 0, ms[-1].start)  # (收到波兰…)
    if not ms or ctx.is_target(ms[-1]) and not received:
        return None  # (向老挝提供的500吨大米: the one given to holds nothing)
    return ctx.title_country(ms[-1]) or ctx.name(ms[-1])


def valued_gift_giver(ctx: Context, c_start: int, pos: int) -> str | None:
    """'越南政府和人民捐赠老挝和柬埔寨两国政府和人民价值为140多亿越盾的医疗设备': the value of a gift
    (价值为 right before the number) is the giver's, the party right before the verb of giving, not
    the ones given to that stand between (fx12)."""
    data = ctx.data
    k = pos
    while k > c_start and ctx.text[k - 1] in data["qualifiers_before"]:
        k -= 1
    value = rx.compile(data["gift_value_before"]).search(ctx.text, c_start, k)
    if value is None or value.end() != k:
        return None
    verbs = list(rx.compile(giving_verbs(sums=False)).finditer(ctx.text, c_start, value.start()))
    if not verbs:
        return None
    verb = verbs[-1]
    tails = ("",) + tuple(data["giver_tails"])
    ms = [m for m in ctx.within(c_start, verb.start(), ("COUNTRY", "ORG")) if ctx.text[m.end:verb.start()] in tails]
    if not ms or ctx.is_target(ms[-1]):
        return None
    return ctx.title_country(ms[-1]) or ctx.name(ms[-1])
