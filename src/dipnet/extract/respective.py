"""Numbers handed out over a list of parties: 'A、B和C分别获得185票、192票和132票' (the i-th
number to the i-th party), 'A和B均获得191票' (the number to each). Words are in data/facts.toml."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dipnet.model import Mention

from .numbers import NUMBER

if TYPE_CHECKING:  # facts.py imports this module; the context types are only needed for hints
    from .facts import Context, UnitWord


def respective(ctx: Context, m: re.Match[str], u: UnitWord) -> list[str] | None:
    """'A、B和C分别获得185票、192票和132票': the i-th number belongs to the i-th party;
    'A和B均获得191票': the number belongs to each of them. None where the clause is not so built."""
    c_start, c_end = ctx.clause(m.start())
    text = ctx.text
    for word in ctx.data["respective_words"]:
        k = text.rfind(word, c_start, m.start())
        if k == -1:
            continue
        found = _listed(ctx, ctx.within(c_start, k, ("COUNTRY", "ORG", "PERSON")))
        # the adverb stands right after the parties it distributes over (A和B均…, A、B分别…): one
        # further from them is another word's character (人均, 首都) or speaks of something else;
        # what the parties' figures are of may stand between for a 分别 that hands out one number
        # each (A和B赴越游客量同比分别下降8.8%和15.2%)
        if not found:
            return None
        between = text[found[-1].end:k]
        if between not in ctx.data["respective_between"] and not (
                word not in ctx.data["each_words"] and len(found) >= 2
                and re.fullmatch(ctx.data["respective_topic"], between)):
            return None
        parties = list(dict.fromkeys(ctx.name(mm) for mm in found))
        if len(parties) < 2:
            return None
        if word in ctx.data["each_words"]:
            return parties
        numbers = [n for n in NUMBER.finditer(text, k, c_end) if text.startswith(u.word, _after_number(text, n))]
        starts = [n.start() for n in numbers]
        if len(numbers) == len(parties) and m.start() in starts:
            return [parties[starts.index(m.start())]]
        return None
    return None


def _listed(ctx: Context, found: list[Mention]) -> list[Mention]:
    """The last list of parties among found (A、B和C): the run joined by list joiners, without a
    party a preposition or verb takes before it (赴越: the destination, not one of the list)."""
    joiners = ctx.data["list_joiners"]
    run: list[Mention] = []
    for mm in found:
        if run and ctx.text[run[-1].end:mm.start] in joiners:
            run.append(mm)
        elif not ctx.is_target(mm) or not run:
            run = [mm]
    return run


def _after_number(text: str, n: re.Match[str]) -> int:
    return n.end() + (1 if text[n.end():n.end() + 1] == " " else 0)
