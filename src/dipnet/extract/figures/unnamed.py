"""Holders the recognizer may leave unmarked: a company, team or vessel named before a unit noun
(三星集团, 越南公安部救援队) or by its registration number (QNg-95739-TS), one pointed back to
(该公司), and a country written only as the short form of its capital or traders (中资企业, 台商,
外国在柬投资); and the harmed party of an incident (the vessel or its country: 扣押三艘越南籍渔船,
抢走价值约2万美元设备). The words are in data/facts.toml."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from dipnet import rx
from dipnet.kb import load_kb
from dipnet.rxneeds import may_hold

from ..common.codes import any_of
from .factwords import words

if TYPE_CHECKING:  # facts.py imports this module; the context type is only needed for hints
    from ..facts import Context, UnitWord


def unnamed_unit(ctx: Context, c_start: int, c_end: int) -> tuple[int, str] | None:
    """A company, team or vessel the recognizer left unmarked, as the clause's subject: a name
    before a unit noun (三星集团, 救援队 after its body) or a registration number (QNg-95739-TS);
    the last in the clause before the number, not the object of a preposition."""
    data = ctx.data
    best: tuple[int, str] | None = None
    for hit in rx.compile(data["unit_name"]).finditer(ctx.text[c_start:c_end]):
        k = _name_start(ctx, c_start, c_start + hit.start()) - c_start if hit.group("head") else hit.start()
        if ctx.ending_at.get(c_start + hit.end()):
            continue  # the recognizer has this name: the party search has weighed it
        if hit.group("head") and ctx.text.startswith(words("sector_after"), c_start + hit.end()):
            continue  # 金融银行领域: a sector of the economy, no company
        if hit.group("head") and ctx.text.startswith(words("unit_member_after"), c_start + hit.end()):
            continue  # 中方新增派遣医疗队员332人次: the unit's members counted, the unit names no holder
        for mm in ctx.within(c_start, c_start + hit.end()):
            if mm.start < c_start + k < mm.end:
                k = mm.start - c_start  # do not cut a name in two (越南VinFast公司)
        name = rx.compile("[—–－]").sub("-", ctx.text[c_start + k:c_start + hit.end()])  # (越南—新加坡工业区)
        if hit.group("head") and ctx.text.endswith(tuple(data["anaphors"]), 0, c_start + hit.start()):
            named = _antecedent(ctx, c_start + hit.start(), hit.group("head"))
            if named:  # 该公司: the company named last before
                best = (hit.end() - 1, named)
            continue
        if name != hit.group("head") and (name in words("legal_forms") or name in words("firm_kinds")) \
                and not ctx.text.endswith((")", "）"), 0, c_start + k):
            continue  # (fb2) 股份公司9个, 合资企业176家: a kind of firm counted, no firm's name (光明(越南)有限责任公司: one)
        if hit.group("head") and rx.compile(data["funding_verbs_before"]).search(ctx.text, max(0, c_start + hit.start() - 4), c_start + hit.start()):
            continue  # 外交部将每年挹注基金100万美元: the fund funded, no holder (the body that funds it is)
        if hit.group("head") and len(name) - len(hit.group("head")) < 2:
            named = _antecedent(ctx, c_start + hit.start(), hit.group("head"))
            if named and k == hit.start():  # 救援队 alone: the team named before
                best = (hit.end() - 1, named)
            continue
        if ctx.text.endswith(words("target_markers"), 0, c_start + k):
            continue
        best = (hit.end() - 1, name)  # placed at its end: it outranks a party it holds
    return best


def capital_of(ctx: Context, c_start: int, c_end: int) -> tuple[int, str] | None:
    """'中资企业', '日资项目': firms of a country's capital, by its one-character short form
    (the country holds their figures); '外国在柬投资': the host of all foreign investors; the last
    in the clause, not after a preposition."""
    kb = load_kb()
    best: tuple[int, str] | None = None
    seg = ctx.text[c_start:c_end]  # (each pattern read only where the clause holds the words its matches need)
    hits = [h for pattern in (ctx.data["capital_of"], ctx.data["traders_of"], ctx.data["foreign_in"])
            if may_hold(p := rx.compile(pattern), seg) for h in p.finditer(seg)]
    for hit in sorted(hits, key=re.Match.start):
        short = kb.short_forms().get(hit.group("c"))
        entry = kb.get(short[0]) if short else None
        before = ctx.text[max(0, c_start + hit.start() - 2):c_start + hit.start()]
        # (…、韩商在海防市增资21.5亿美元: after a list mark the traders head an item of their own)
        if entry and (before.endswith(tuple(ctx.data["item_marks"]))
                      or not before.endswith(tuple(ctx.data["target_markers"]))):
            best = (hit.start(), entry.name)
    return best


def article_start(ctx: Context, pos: int) -> int:
    """Where the article holding pos begins: the page's start, or its brief's."""
    brief = ctx.doc.brief_at(pos)
    return 0 if brief is None else min(sg.start for sg in ctx.doc.segments if sg.brief == brief)


def last_named(ctx: Context, pattern: re.Pattern[str], pos: int,
               keep: Callable[[re.Match[str]], bool] = lambda hit: True) -> re.Match[str] | None:
    """The last match of pattern that `keep` takes in the article holding pos, before pos: what a word
    pointing back (该代表团, 这次年会) names (eventback.py, groupmade.py, worth.py)."""
    found = None
    for hit in pattern.finditer(ctx.text, article_start(ctx, pos), pos):
        if keep(hit):
            found = hit
    return found


def _name_start(ctx: Context, a: int, head: int) -> int:
    """Where a name before a unit noun at head begins: left over its modifiers up to a function
    word (unit_name_stops) or a verb (unit_name_verbs), at most unit_name_reach characters, and at
    the first country or body it names (大校就越南公安部救援队 -> 越南公安部救援队)."""
    k = head
    while k > a and head - k < int(ctx.data["unit_name_reach"]) and ctx.text[k - 1] not in ctx.data["unit_name_stops"]:
        k -= 1
    verb = rx.compile(ctx.data["unit_name_verbs"]).search(ctx.text, max(a, k - 1), head)  # (其中: from its 其)
    if verb is not None:  # (中国向黎巴嫩派出维和部队: what is sent, not a name: 维和部队 alone)
        k = verb.end()
    inside = [mm.start for mm in ctx.within(k, head, ("COUNTRY", "ORG")) if mm.start >= k]
    return min(inside) if inside else k


def _antecedent(ctx: Context, pos: int, head: str) -> str | None:
    """The name ending in head (公司, 救援队) told before pos in its article (the page, or its
    brief), recognized or not: the fullest one (越南公安部救援队 over a later 越南救援队)."""
    a = article_start(ctx, pos)
    names = [ctx.name(mm) for mm in ctx.within(a, pos, ("ORG",)) if mm.text.endswith(head)]
    for hit in rx.compile(ctx.data["unit_name"]).finditer(ctx.text[a:pos]):
        if hit.group("head") == head:
            k = _name_start(ctx, a, a + hit.start())
            if a + hit.start() - k >= 2:
                names.append(ctx.text[k:a + hit.end()])
    if names:
        return max(names, key=len)
    return _company_before(ctx, a, pos) if head in ctx.data["company_heads"] else None


def _company_before(ctx: Context, a: int, pos: int) -> str | None:
    """'鸿海集团…。该公司去年…', '台积电…。该企业将…': a company pointed back to by another company noun
    than its own is the company named last before, by its name's noun or as a business the
    recognizer knows."""
    heads, sectors = tuple(ctx.data["company_heads"]), ctx.data["company_sectors"]
    last: tuple[int, str] | None = None
    for mm in ctx.within(a, pos, ("ORG",)):
        if mm.text.endswith(heads) or ctx.sector_of.get(mm.entity_id) in sectors:
            last = (mm.start, ctx.name(mm))
    for hit in rx.compile(ctx.data["unit_name"]).finditer(ctx.text[a:pos]):
        k = _name_start(ctx, a, a + hit.start())
        if hit.group("head") in heads and a + hit.start() - k >= 2 and (last is None or k > last[0]):
            last = (k, ctx.text[k:a + hit.end()])
    return last[1] if last else None


def company_after(ctx: Context, unit_end: int) -> str | None:
    """'投资总额达2.7亿美元的中国得力集团有限公司(海阳)项目': an amount qualifying a company (的
    and the company's name right after it) is the company's, recognized or not."""
    if not ctx.text.startswith(tuple(ctx.data["qualifier_marks"]), unit_end):
        return None
    a = unit_end + 1
    hit = rx.compile(ctx.data["company_after"]).match(ctx.text[a:a + int(ctx.data["company_after_reach"])])
    if hit is None:
        return None
    for mm in ctx.within(a, a + hit.end(), ("ORG",)):
        if mm.end == a + hit.end():
            return ctx.name(mm)
    return hit.group()


def giver_of(ctx: Context, pos: int) -> str | None:
    """'本次50万美元的援助旨在…': an amount told as a gift (援助, 捐赠 in its clause) in a sentence that
    names no holder is the giver's, where the giving events (AID) of its article name one giver."""
    c_start, c_end = ctx.clause(pos)
    if not any(w in ctx.text[c_start:c_end] for w in ctx.data["giving_words"]):
        return None
    brief = ctx.doc.brief_at(pos)
    givers = {e.source[0] for e in ctx.doc.events
              if e.type in ctx.data["giving_events"] and e.source and e.brief == brief}
    return givers.pop() if len(givers) == 1 else None


def victim_of(ctx: Context, pos: int, unit_end: int) -> str | None:
    """'扣押三艘越南籍渔船', '登上渔船并打伤4人', '抢走价值约2万美元设备': after a verb of harm in its
    clause, a number counts the people hurt or the things seized, and belongs to the harmed party:
    the country qualifying them right after the number, else the vessel the article names."""
    c_start, c_end = ctx.clause(pos)
    harm = any_of(words("harm_verbs"))
    if not harm.search(ctx.text[max(c_start, pos - 12):pos]):
        # '强迫他们缴交2台GPS定位仪…,合计总值5亿越南盾': a total of what was taken, in the clause after
        p_start = ctx.clause(c_start - 2)[0] if c_start >= 2 else c_start
        if not (ctx.text.startswith(words("total_openers"), c_start) and harm.search(ctx.text[p_start:c_start])):
            return None
    for mm in ctx.within(unit_end, min(c_end, unit_end + int(ctx.data["qualifier_gap"]) + 4), ("COUNTRY",)):
        return ctx.name(mm)
    a = article_start(ctx, pos)
    vessels = rx.compile(ctx.data["vessel_name"]).findall(ctx.text[a:pos])
    if vessels:
        return vessels[-1]
    # '越南渔船船长阮禄…海警登船后…没收一吨重的海鲜': the country of the vessel or crew told last before
    for mm in reversed(ctx.within(a, pos, ("COUNTRY",))):
        after = ctx.text[mm.end:min(pos, mm.end + int(ctx.data["vessel_reach"]))]
        noun = any_of(words("vessel_nouns")).search(after)
        if noun and not rx.compile(r"[,。;:!?()“”、]").search(after[:noun.start()]):
            return ctx.name(mm)
    return None


def qualified_things(ctx: Context, unit_end: int, u: UnitWord) -> str | None:
    """'两艘越南渔船', '3架美国战机': vessels or craft counted, qualified by a country right after
    their classifier (籍 at most between), are that country's."""
    if u.word not in ctx.data["vehicle_classifiers"]:
        return None
    for mm in ctx.within(unit_end, unit_end + 4, ("COUNTRY",)):
        if mm.start == unit_end and ctx.text.startswith(words("vessel_nouns") + words("craft_nouns"),
                                                       mm.end + (1 if ctx.text[mm.end:mm.end + 1] == "籍" else 0)):
            return ctx.name(mm)
    return None


def agent_after(ctx: Context, unit_end: int) -> str | None:
    """'其余49%由中国路桥公司提供资金', '其中11个由中资主导投资': a part told with 由 and the party
    bearing it right after: that party (the longest name opening there, or a country's capital)."""
    hit = rx.compile(ctx.data["agent_after"]).match(ctx.text[unit_end:unit_end + 6])
    if hit is None:
        return None
    a = unit_end + hit.end()
    names = [mm for mm in ctx.within(a, a + 40, ("ORG", "COUNTRY")) if mm.start == a]
    if names:
        return ctx.name(max(names, key=lambda mm: mm.end))
    # 由中资, 由日资: a country's capital by its one-character short form
    short = load_kb().short_forms().get(ctx.text[a:a + 1]) if ctx.text.startswith("资", a + 1) else None
    entry = load_kb().get(short[0]) if short else None
    return entry.name if entry else None


def party_bracketed(ctx: Context, pos: int) -> str | None:
    """'智利(15%)和越南(6%)分列二三位': a figure alone in brackets right after a party's name is that
    party's."""
    if not ctx.text.endswith(("(", "（"), 0, pos):
        return None
    close = ctx.text.find(")", pos, pos + 16)
    close = close if close != -1 else ctx.text.find("）", pos, pos + 16)
    if close == -1 or rx.compile(r"[,，、;；\u4e00-\u9fff]").search(ctx.text[pos:close].rstrip("%％万亿多余")):
        return None  # (a bracket holding words or a list is an aside, not the party's one figure)
    parties = [mm for mm in ctx.ending_at.get(pos - 1, []) if mm.type in ("COUNTRY", "ORG")]
    return ctx.name(parties[0]) if parties else None


def hurt_in_attack(ctx: Context, pos: int, unit_end: int) -> str | None:
    """'中国海警船…以水炮攻击菲国公务船,造成1人受伤', '向菲律宾渔船喷射水柱,导致3人受伤': people
    hurt as the result of an attack told before them in the sentence are the attacked party's: the
    country aimed at (after the attack verb, or after 向/对 before it), not the attacker's."""
    data, text = ctx.data, ctx.text
    c_start, c_end = ctx.clause(pos)
    if rx.compile(data["result_opening"]).match(text, c_start, pos) is None \
            or not any_of(words("casualty_words")).search(text, unit_end, c_end):
        return None
    s_start = ctx.sentence(pos)[0]
    attack = any_of(words("attack_verbs"))
    for mm in reversed(ctx.within(s_start, c_start, ("COUNTRY",))):
        aimed = attack.search(text, max(s_start, mm.start - 6), mm.start) is not None \
            or ctx.is_target(mm) and attack.search(text, mm.end, c_start) is not None
        if aimed:
            return ctx.name(mm)
    return None
