"""Who holds the size of a delegation (「…访台团」一行6人, 访问团一行9人, 来访团人数将多达50人,
某市长亲率60多人的代表团): the delegation, not the host it visits nor the ministry that reports it.
Its own name where the text gives one in quotes; else the body named right before its delegation
noun (某协会访问团一行9人); else the body its sentence tells as the one that comes or sends it (由…组成
的某恳谈会来台祝贺,…来访团人数将多达50人); else the person who leads it (某市长亲率60多人的代表团: the
subject of 率); else the delegation named by the people it is made of (由十位外国议员组成的代表团 ->
外国议员代表团, 为数几十人的某某代表团 -> 某某代表团). Words: data/facts.toml (delegation_*)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from dipnet import rx

if TYPE_CHECKING:  # facts.py imports this module; the context type is only needed for hints
    from ..facts import Context


def _pattern(data: dict[str, Any], key: str) -> re.Pattern[str]:
    """A delegation pattern of facts.toml with its word lists put in: one list of delegation nouns and one
    of the verbs of coming or sending, read by the patterns and by the code below alike."""
    nouns = data["delegation_nouns"]
    lists = {"{nouns}": "|".join(nouns), "{named_nouns}": "|".join(n for n in nouns if len(n) > 1),
             "{senders}": "|".join(data["delegation_sender_after"])}
    source = data[key]
    for name, words in lists.items():  # (str.replace, not format: the patterns hold {m,n} repeats)
        source = source.replace(name, words)
    return rx.compile(source)


def delegation_holder(ctx: Context, pos: int, unit_end: int) -> str | None:
    """The holder of a count of people at pos (its unit ending at unit_end) told as a delegation's size."""
    data = ctx.data
    s_start, _ = ctx.sentence(pos)
    sized = rx.compile(data["delegation_size_before"]).search(ctx.text, s_start, pos)
    led = _pattern(data, "delegation_after_count").match(ctx.text[unit_end:unit_end + 12])
    made = _pattern(data, "delegation_made_of").match(ctx.text[unit_end:unit_end + 24])
    if sized is None and led is None and made is None:
        return None
    if sized is not None and sized.group("named"):
        return sized.group("named")  # 「驻联合国常任代表访台团」一行6人
    nouns = tuple(data["delegation_nouns"])
    bodies = ctx.within(s_start, pos, ("ORG",))
    for mm in reversed(bodies):  # 由某会长率领的某协会访问团一行9人
        if ctx.text.startswith(nouns, mm.end):
            return ctx.name(mm)
    if led is not None:  # 某市长亲率60多人的代表团
        between = rx.compile(data["delegation_leader_between"])
        for mm in reversed(ctx.within(ctx.clause(pos)[0], pos, ("PERSON",))):
            if between.match(ctx.text[mm.end:pos]):
                return ctx.name(mm)
    if made is not None:  # 由十位外国议员组成的代表团, 为数几十人的某某代表团: named by its members
        return (made.group("m1") or made.group("m2")) + made.group("noun")
    senders = tuple(data["delegation_sender_after"])
    for mm in reversed(bodies):  # 某议员恳谈会来台祝贺: the body that comes (not the host's)
        if ctx.text.startswith(senders, mm.end) and not ctx.is_target(mm):
            return ctx.name(mm)
    named = list(_pattern(data, "delegation_sender").finditer(ctx.text, s_start, pos))
    return named[-1].group("body") if named else None
