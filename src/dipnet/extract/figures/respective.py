"""Numbers handed out over a list of parties: 'A、B和C分别获得185票、192票和132票' (the i-th
number to the i-th party), 'A和B均获得191票' (the number to each). Words are in data/facts.toml."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dipnet import rx
from dipnet.model import Mention

from .factwords import words
from .holders import administrative
from .numbers import NUMBER
from .quantities import unit_after

_PARTIES = ("COUNTRY", "ORG", "PERSON", "LOCATION")

if TYPE_CHECKING:  # facts.py imports this module; the context types are only needed for hints
    from ..facts import Context, UnitWord


def respective(ctx: Context, m: re.Match[str], u: UnitWord) -> list[str] | None:
    """'A、B和C分别获得185票、192票和132票': the i-th number belongs to the i-th party;
    'A和B均获得191票': the number belongs to each of them. None where the clause is not so built."""
    c_start, c_end = ctx.clause(m.start())
    text = ctx.text
    for word in ctx.data["respective_words"]:
        k = text.rfind(word, c_start, m.start())
        if k == -1 or word in ctx.data["each_words"] and text.startswith(words("each_not_before"), k + len(word)):
            continue  # (越南与老挝各部委签署了15份协议: the ministries of both, one count the pair's)
        after = _elected_after(ctx, m, u, k) if word not in ctx.data["each_words"] else None
        if after:  # 分别以97.97%、98.78%的得票率选举A为…,B为…: the people come after
            return after
        found = _listed(ctx, _parties(ctx, c_start, k))
        if not found and word not in ctx.data["each_words"]:
            found = _clause_before(ctx, c_start, k)
            if found:  # the parties close the clause before; the numbers are handed out all the same
                return _handed_out(ctx, m, u, found, k, c_end)
        # the adverb stands right after the parties it distributes over (A和B均…, A、B分别…): one
        # further from them is another word's character (人均, 首都) or speaks of something else;
        # what the parties' figures are of may stand between for a 分别 that hands out one number
        # each (A和B赴越游客量同比分别下降8.8%和15.2%)
        if not found:
            return None
        between = text[found[-1].end:k]
        if between not in ctx.data["respective_between"] and not (
                word not in ctx.data["each_words"] and len(found) >= 2
                and rx.compile(ctx.data["respective_topic"]).fullmatch(between)):
            return None
        parties = list(dict.fromkeys(ctx.name(mm) for mm in found))
        if len(parties) < 2:
            return None
        if word in ctx.data["each_words"]:
            return parties
        return _handed_out(ctx, m, u, found, k, c_end)
    return _handed_out_before(ctx, m, u, c_start, c_end)


def _handed_out_before(ctx: Context, m: re.Match[str], u: UnitWord, c_start: int, c_end: int) -> list[str] | None:
    """'日本和韩国以24.4亿美元和20.5亿美元的投资额分居第二和第三位': the numbers after 以 come
    in the order of the parties before it, where 分居/分列/分别 follows them in the clause."""
    text = ctx.text
    k = min((i for w in ctx.data["respective_after_words"] if (i := text.find(w, m.end(), c_end)) != -1), default=-1)
    if k == -1:
        return None
    found = _listed(ctx, _parties(ctx, c_start, m.start()))
    if len(found) < 2 or not text.startswith(words("respective_means"), found[-1].end):
        return None
    return _handed_out(ctx, m, u, found, found[-1].end, k)


def _handed_out(ctx: Context, m: re.Match[str], u: UnitWord, found: list[Mention], k: int, c_end: int) -> list[str] | None:
    """The party whose turn the number at m is: as many numbers of the unit after 分别 as parties."""
    parties = list(dict.fromkeys(ctx.name(mm) for mm in found))
    if len(parties) < 2:
        return None
    found_numbers = list(NUMBER.finditer(ctx.text, k, c_end))
    numbers = [n for n, same in zip(found_numbers, _kinds(ctx, found_numbers, u), strict=True) if same]
    starts = [n.start() for n in numbers]
    if len(numbers) == len(parties) and m.start() in starts:
        return [parties[starts.index(m.start())]]
    if starts == [m.start()] and ctx.text.startswith(words("each_verb_after"), k + len("分别")):
        return parties  # '英特尔、阿姆科尔分别投资15亿美元': one figure, the same for each of them
    return None


def _elected_after(ctx: Context, m: re.Match[str], u: UnitWord, k: int) -> list[str] | None:
    """'分别以97.97%、98.78%、96.96%的得票率选举阮富仲为国会主席,阮明哲为国家主席,阮晋勇为
    政府总理': the i-th share goes to the i-th person elected after it (as many people, each before
    为, as numbers of the unit after 分别)."""
    text = ctx.text
    s_end = ctx.sentence(m.start())[1]
    numbers = [n for n in NUMBER.finditer(text, k, s_end) if _same_kind(text, n, u)]
    if len(numbers) < 2 or m.start() not in [n.start() for n in numbers]:
        return None
    last = numbers[-1].end()
    people = [mm for mm in ctx.within(last, s_end, ("PERSON",)) if text.startswith(words("elected_as"), mm.end)]
    names = list(dict.fromkeys(ctx.name(mm) for mm in people))
    if len(names) != len(numbers):
        return None
    return [names[[n.start() for n in numbers].index(m.start())]]


def _clause_before(ctx: Context, c_start: int, k: int) -> list[Mention]:
    """'德国和美国是最大出口市场,分别占14%和9%': a 分别 that opens its clause (after at most a
    few words of what the figures are of) hands out over the list of two or more parties in the
    clause before it, in the same sentence; none where that clause lists none."""
    text = ctx.text
    if c_start < 2 or not rx.compile(ctx.data["respective_topic"] + "|").fullmatch(text[c_start:k]) \
            or text[c_start - 1] not in ctx.data["respective_clause_joints"]:
        return []
    p_start, _ = ctx.clause(c_start - 2)
    if ctx.sentence(p_start)[0] != ctx.sentence(c_start)[0]:
        return []
    found = _parties(ctx, p_start, c_start - 1)
    runs: list[list[Mention]] = []
    for mm in found:  # the runs of listed parties; the last one of two or more names them
        if runs and _joined(ctx, text[runs[-1][-1].end:mm.start]):
            runs[-1].append(mm)
        else:
            runs.append([mm])
    lists = [r for r in runs if len({ctx.name(x) for x in r}) >= 2]
    return lists[-1] if lists else []


def _parties(ctx: Context, a: int, b: int) -> list[Mention]:
    """Who may be listed before 分别/均: countries, bodies, people, and provinces or cities
    (同奈省和平阳省分别占10.2%和9.2%), not regions (亚洲和非洲各拥有13席: the body's seats)."""
    return [mm for mm in ctx.within(a, b, _PARTIES) if mm.type != "LOCATION" or administrative(ctx, mm)]


def _listed(ctx: Context, found: list[Mention]) -> list[Mention]:
    """The last list of parties among found (A、B和C): the run joined by list joiners, without a
    party a preposition or verb takes before it (赴越: the destination, not one of the list)."""
    run: list[Mention] = []
    for mm in found:
        if run and _joined(ctx, ctx.text[run[-1].end:mm.start]):
            run.append(mm)
        elif not ctx.is_target(mm) or not run:
            run = [mm]
    return run


def _joined(ctx: Context, between: str) -> bool:
    """The words between two listed parties join them (、, 和), after a word that only narrows the party
    before (中国内地和香港: facts.toml party_narrowers)."""
    joiners = ctx.data["list_joiners"]
    if between in joiners:
        return True
    narrower = next((w for w in words("party_narrowers") if between.startswith(w)), None)
    return narrower is not None and between[len(narrower):] in joiners


def _kinds(ctx: Context, numbers: list[re.Match[str]], u: UnitWord) -> list[bool]:
    """Whether each number is told in u's unit: its own unit word, or the one the list it opens
    shares with its last item ('170万、360万和70万人次': three counts of people)."""
    text = ctx.text
    same = [_same_kind(text, n, u) for n in numbers]
    for i in range(len(numbers) - 2, -1, -1):
        if not same[i] and same[i + 1] and text[numbers[i].end():numbers[i + 1].start()] in ctx.data["shared_unit_joiners"]:
            same[i] = True
    return same


def _same_kind(text: str, n: re.Match[str], u: UnitWord) -> bool:
    """The number at n is told in u's unit word, or for money in any currency ('分别提供5万美元和
    10万元人民币': two sums, one each)."""
    at = _after_number(text, n)
    if text.startswith(u.word, at):
        return True
    if u.kind != "money":
        return False
    while at < len(text) and text[at] in "十百千万亿":
        at += 1  # 10万元: the multiplier before the currency
    other = unit_after(text, at)
    return other is not None and other.kind == "money"


def _after_number(text: str, n: re.Match[str]) -> int:
    return n.end() + (1 if text[n.end():n.end() + 1] == " " else 0)
