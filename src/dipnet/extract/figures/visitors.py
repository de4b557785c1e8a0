"""Counts of someone's visits (四次访问, 第二次访问巴西) whose clause names the visitor only by a pronoun."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx
from dipnet.kb import load_kb

from ..common.codes import any_of
from .factwords import words

if TYPE_CHECKING:  # holders.py imports this module; the context type is only needed for hints
    from ..facts import Context


def pronoun_visitor(ctx: Context, pos: int) -> str | None:
    """'习近平指出,他曾四次访问这个国家': a count of visits whose clause names its visitor only by a
    pronoun is the person named last before it (the speaker, who the clauses after speech leave out)."""
    c_start = ctx.clause(pos)[0]
    if rx.compile(ctx.data["person_act_at"]).match(ctx.text, pos, pos + 16) is None \
            and rx.compile(ctx.data["met_count_at"]).match(ctx.text, pos) is None:  # (fa4) 他与近20名…领导人举行会见
        return None
    if not any_of(words("person_pronouns")).search(ctx.text[c_start:pos]) or ctx.within(c_start, pos, ("PERSON",)):
        return _pronoun_subject(ctx, pos)
    people = ctx.within(ctx.lines.around(pos)[0], c_start, ("PERSON",))
    return ctx.name(people[-1]) if people else None


def _pronoun_subject(ctx: Context, pos: int) -> str | None:
    """(sw1) '通伦总理高度赞赏…。…,他本人担任总理不足一年,就已经三次同李克强总理会见': the pronoun is the
    subject of an earlier clause of the count's sentence, which names no one: the words go on from the
    sentence before, whose subject (the first person it names) the pronoun stands for."""
    s_start = ctx.sentence(pos)[0]
    if rx.compile(ctx.data["pronoun_clause_opening"]).search(ctx.text, s_start, pos) is None \
            or ctx.within(s_start, pos, ("PERSON",)) or s_start <= ctx.lines.around(pos)[0]:
        return None
    people = ctx.within(ctx.sentence(s_start - 1)[0], s_start, ("PERSON",))
    return ctx.name(people[0]) if people else None


def gap_visitor(ctx: Context, pos: int) -> str | None:
    """'习近平时隔11年再次赴韩国', '时隔七年再有大陆总理到访': the years since a visit before are the
    visitor's, the person named right before 时隔, else the party of the leader named after it, else
    the country of the warships after it (再有美舰造访), else the speaker who tells it as 我."""
    text = ctx.text
    if not text.endswith(words("time_gap_before"), 0, pos):
        return None
    years = rx.compile(ctx.data["gap_years"]).match(text, pos)
    visit = rx.compile(ctx.data["gap_visit_after"]).match(text, years.end()) if years else None
    if years is None or visit is None:
        return None
    unit_end = years.end()
    k = pos - len(next(w for w in words("time_gap_before") if text.endswith(w, 0, pos)))
    ends = {k} | {k - len(w) for w in words("gap_party_nouns") if text.endswith(w, 0, k)}  # (美国军舰事隔)
    before = [m for m in ctx.within(max(0, k - 12), k, ("PERSON", "COUNTRY", "ORG")) if m.end in ends]
    if before:  # (中国总理时隔5年: a post, not a person named, speaks for its country)
        m = before[-1]
        return (ctx.person_country(m) or ctx.name(m)) if m.type == "PERSON" and ctx.name(m) not in m.text else ctx.name(m)
    for m in ctx.within(unit_end, visit.end(), ("COUNTRY", "ORG", "PERSON")):
        return ctx.person_country(m) or ctx.name(m) if m.type == "PERSON" else ctx.name(m)
    for w, country in ctx.data["bare_party_words"].items():  # (再有大陆总理到访)
        if w in text[unit_end:visit.end()]:
            return str(country)
    return _vessel_country(ctx, unit_end, visit.end()) or _first_person(ctx, pos) or _visitor_told_before(ctx, k)


def _visitor_told_before(ctx: Context, k: int) -> str | None:
    """'这是习近平第三次以中共中央总书记身份访问越南,也是时隔6年再次访越': a clause of 也是 over the
    sentence's 这是 clause, whose visitor is the person named right after 这是 (not the body of a title
    that follows, 中共中央). (fc1)"""
    text = ctx.text
    if not text.endswith(words("gap_also_before"), 0, k):
        return None
    s_start = ctx.sentence(k)[0]
    this = rx.compile(ctx.data["gap_this_opening"]).search(text, s_start, k)
    people = ctx.within(this.end(), k, ("PERSON",)) if this else []
    return ctx.name(people[0]) if people and people[0].start == this.end() else None  # type: ignore[union-attr]


def _vessel_country(ctx: Context, a: int, b: int) -> str | None:
    """'再有美舰造访越南': the country whose one character stands before its warships in [a, b)."""
    hit = rx.compile(ctx.data["gap_vessel_after"]).search(ctx.text, a, b)
    short = load_kb().short_forms().get(hit.group(1)) if hit else None
    entry = load_kb().get(short[0]) if short else None
    return entry.name if entry and entry.type == "COUNTRY" else None


def _first_person(ctx: Context, pos: int) -> str | None:
    """'习近平指出,…时隔6年再到河内,我切身感受到…': told in the first person, the gap is the
    speaker's: the person named last before its clause in the paragraph with a verb of saying right
    after them (习近平指出, not 总书记同志 named inside the speech)."""
    s_start, s_end = ctx.sentence(pos)
    c_start = ctx.clause(pos)[0]
    if not any_of(words("gap_first_person")).search(ctx.text[s_start:s_end]) or ctx.within(s_start, s_end, ("PERSON",)):
        return None
    says = words("saying_verbs")
    people = [m for m in ctx.within(ctx.lines.around(pos)[0], c_start, ("PERSON",)) if ctx.text.startswith(says, m.end)]
    return ctx.name(people[-1]) if people else None


def office_holder(ctx: Context, pos: int) -> str | None:
    """'蔡英文上任7年以来', '洪森执政38年来': the years since taking office are the person's named right
    before the word of taking or holding office. (fc1)"""
    text = ctx.text
    word = next((w for w in words("office_years_before") if text.endswith(w, 0, pos)), None)
    if word is None:
        return None
    k = pos - len(word)
    people = [m for m in ctx.within(max(0, k - 12), k, ("PERSON",)) if m.end == k]
    return ctx.name(people[-1]) if people else None
