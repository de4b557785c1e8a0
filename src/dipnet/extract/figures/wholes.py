"""A whole told with the parts it holds (fh1): '《联合行动计划》包含50多项措施', 'LG集团旗下8家子公司',
'运动会场馆还包括…等6座单体设施': the thing named right before a verb of inclusion (包含, 包括, 旗下,
下设) holds the count of its parts: a title in 《》, an organization the recognizer marks, or a
phrase ending in a noun of a whole (场馆, 计划, 集团). Not a country (中国包括…) nor goods (物资包括
40台滤水器: the giver's), nor a bare list opening its clause (…,包括5个常任理事国). Words: data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

if TYPE_CHECKING:  # facts.py imports this module; the context type is only needed for hints
    from .factcontext import Context


def whole_before(ctx: Context, pos: int) -> str | None:
    """The whole whose parts the count at pos counts, or None."""
    text, data = ctx.text, ctx.data
    c_start = ctx.sentence(pos)[0]  # (a clause may end at a title's 》)
    k = pos
    while k > c_start and text[k - 1] in data["qualifiers_before"]:
        k -= 1  # 包含50多项, 包括逾30名
    verb = rx.compile(data["whole_inclusion_before"]).search(text, c_start, k)
    if verb is None or verb.end() != k:
        return None
    end = verb.start("verb")
    if text[end - 1:end] == "》":
        opened = text.rfind("《", c_start, end)
        return text[opened + 1:end - 1] if opened != -1 and end - opened > 2 else None
    for mm in ctx.within(c_start, end, ("ORG",)):
        if mm.end == end and not ctx.country_of.get(mm.entity_id):
            return ctx.name(mm)
    head = next((w for w in data["whole_nouns"] if text.endswith(w, 0, end)), None)
    if head is None:
        return None
    a = end - len(head)
    while a > c_start and text[a - 1].isascii() and text[a - 1].isalnum():
        a -= 1  # LG集团: a name in letters is the whole name
    if a == end - len(head):
        stops, reach = data["unit_name_stops"], int(data["unit_name_reach"])
        while a > c_start and end - a < reach and text[a - 1] not in stops:
            a -= 1
    if a == end - len(head) or ctx.within(a, end, ("COUNTRY", "PERSON", "LOCATION")):
        return None  # a bare 计划 names no whole; 中国企业包括…: the country's, left to the country
    return text[a:end]
