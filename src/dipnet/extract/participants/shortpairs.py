"""Two or more countries told by their one-character short forms side by side: 越中两国公安部 (the
two countries' bodies), 中俄元首 (the pair a sentence names), 柬老越三国总理会晤 (a run of them),
新马领导人非正式峰会 (a meeting of the two countries' leaders)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.page import EventPage, country_name
from dipnet.extract.participants.carry import carry_words
from dipnet.extract.participants.words import participant_pattern
from dipnet.kb import load_kb
from dipnet.rx import plain as _plain

if TYPE_CHECKING:
    from dipnet.kb.loader import KnowledgeBase


def pair_bodies(page: EventPage, start: int, end: int) -> tuple[list[str], list[str]]:
    """越中两国公安部, 越中国防部第五次防务战略对话: two countries' short forms before a body word stand
    for each country's body (越南公安部 and 中国公安部), not for the countries. Returns the bodies and
    the countries they stand in for, from [start, end); a joint committee of the two (越老政府间委员会) gives no body,
    its countries all the same (the committee holds it: ev2)."""
    kb = load_kb()
    short, (pairs, words) = kb.short_forms(), _pair_finder(kb)
    text = page.doc.text
    bodies: list[str] = []
    lands: list[str] = []
    # only where two short forms stand side by side (every i in [start, end - 2) the loop would try)
    for i in (m.start() for m in pairs.finditer(text, start, max(start, end - 1))):
        a, b = short.get(text[i]), short.get(text[i + 1])
        if a is None or b is None or a[0] == b[0] or (a[1] and b[1]) or (i > start and text[i - 1] in short) or \
                straddles(text, i):
            continue  # two different countries, one of them unambiguous, not inside a longer run (柬老缅越)
        j = i + 2 + next((len(w) for w in cues("pair_suffixes") if text.startswith(w, i + 2)), 0)
        word = next((w for w in words if text.startswith(w, j)), None) if text.startswith(words, j) else None
        if word and participant_pattern("joint_body_after").match(text, j + len(word)):
            # 越老政府间委员会: a joint body of the two, itself the holder; neither each country's body nor the countries
            lands += [n for cid, _ in (a, b) if (n := country_name(cid.split(":", 1)[1])) and n not in lands]
            continue
        found = [kb.generic_body(word, cid.split(":", 1)[1]) for cid, _ in (a, b)] if word else []
        if len(found) == 2 and all(found):
            bodies += [e.name for e in found if e is not None and e.name not in bodies]
            lands += [n for cid, _ in (a, b) if (n := country_name(cid.split(":", 1)[1])) and n not in lands]
    return bodies, lands


def sentence_pair(page: EventPage, start: int, end: int) -> list[str]:
    """The two countries a compound of their short forms names in [start, end) (中俄元首, 越中两国), the
    first such compound (one of the two unambiguous, or both countries the page's)."""
    kb = load_kb()
    short, (pairs, _) = kb.short_forms(), _pair_finder(kb)
    text = page.doc.text
    known = {e.country for e in page.entities.values() if e.country}
    for i in (m.start() for m in pairs.finditer(text, start, max(start, end - 1))):
        a, b = short.get(text[i]), short.get(text[i + 1])
        if a is None or b is None or a[0] == b[0] or (i > start and text[i - 1] in short) or \
                (i + 2 < end and text[i + 2] in short) or straddles(text, i):
            continue
        codes = [cid.split(":", 1)[1] for cid, _ in (a, b)]
        if (a[1] and b[1]) and not set(codes) <= known:
            continue
        if any((e := page.entities.get(m.entity_id)) is not None and (e.type != "COUNTRY" or m.start < i or m.end > i + 2)
               for m in page.overlapping(i, i + 2)):
            continue  # inside a name the recognizer found (文莱苏丹)
        lands = [n for c in codes if (n := country_name(c))]
        if len(lands) == 2:
            return lands
    return []


def pair_dated_apart(page: EventPage, c: Clause, k: int) -> bool:
    """Talks the compound of two lands' short forms names before the meeting word (中越两军首次…会晤, 朝美第二次首脑会谈,
    越澳…战略对话), in a sentence that names no person and tells a time of its own up to the clause's end (a date,
    not a count of years): an occasion of their own, the two lands its sides, not the talks of the people told before
    (issue 13, ts1: fp43, fp47, fp52). Not the pair's post (两国外长, 两国领导人): its holders named before hold the talks."""
    if any((e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON" for m in page.in_span(c.sentence[0], c.end)) \
            or any(w in lead for lead in (page.doc.text[c.start:k],) for w, _ in carry_words().pair_posts):
        return False  # (中越两国外长次日再次举行会谈: the holders of the post, named before, are its sides)
    return any(x.value and x.kind not in ("duration", "anniversary") and not _report_day(page, x.start)
               for x in page.times.starting_in(c.sentence[0], c.end)) \
        and len(sentence_pair(page, c.start, k)) == 2 and not rx.compile(cue("pair_not_sides")).search(page.doc.text, c.start, k)


def _report_day(page: EventPage, at: int) -> bool:
    """The time at `at` is the report's own: in its dateline, or right after it (越通社河内——2025年6月10日,…)."""
    return any((s := page.doc.segment_at(i)) is not None and s.kind == "dateline" for i in (at, at - 1) if i >= 0)


def run_lands(page: EventPage, start: int, end: int, participants: list[str]) -> list[str]:
    """The participants with the countries a run of three or more one-character short forms in [start, end)
    names (东盟与中日韩外长会议, 柬老越三国总理会晤: 中国, 日本, 韩国), at most one of them of several readings."""
    kb = load_kb()
    short = kb.short_forms()
    text = page.doc.text
    out = list(participants)
    for whole in _runs(kb).finditer(text, start, end):  # each run of two or more short forms, whole
        i, j = whole.span()
        long_run = j - i >= 3
        while j - i >= 3 and text[j - 1:j + 1] in cues("pair_straddled_words"):
            j -= 1  # (中越智库: the last form opens a plain word; the two before it stay a run's)
        run = [short[ch] for ch in text[i:j]]
        # (not inside a name: 俄罗斯, 莫斯科; nor opening a body's or grouping's name, 俄罗斯国防部, 柬老缅越)
        near = [(m, e) for m in page.overlapping(i, j) if (e := page.entities.get(m.entity_id)) is not None]
        named = any(e.type != "ORG" or m.start == i for m, e in near)
        # (越中双边合作指导委员会: two countries' short forms opening a body's name: the two countries' joint body)
        joint = j - i == 2 and bool(near) and all(e.type == "ORG" and m.start == i for m, e in near)
        if (long_run and not named or joint) and sum(amb for _, amb in run) <= 1 and len({cid for cid, _ in run}) == j - i:
            out += [n for cid, _ in run if (n := country_name(cid.split(":", 1)[1])) and n not in out]
    return out


def straddles(text: str, i: int) -> bool:
    """Do the two short forms at i (同意保持: 意保) each belong to a common word with their outer neighbour, the
    first ending one or the second opening one? Then they are no pair of countries (ev62)."""
    words = cues("pair_straddled_words")
    return text[max(0, i - 1):i + 1] in words or text[i + 1:i + 3] in words


@lru_cache(maxsize=8)
def _runs(kb: KnowledgeBase) -> re.Pattern[str]:
    """A run of two or more one-character short forms of countries (the engine skips to one)."""
    chars = "".join(sorted(re.escape(k) for k in kb.short_forms() if len(k) == 1))
    return _plain(f"[{chars}]{{2,}}" if chars else "(?!)")


def pair_leaders(page: EventPage, c: Clause, k: int) -> list[str]:
    """新马领导人非正式峰会, 新印两国领导人会议: two countries' short forms, their leaders, then the meeting
    word at k: a meeting of the two (a MEET), no conference. Returns the two countries, else nothing."""
    kb = load_kb()
    short, (pairs, _), regions = kb.short_forms(), _pair_finder(kb), kb.region_short_forms()
    text = page.doc.text
    for i in (m.start() for m in pairs.finditer(text, max(c.start, k - 16), max(c.start, k - 1))):
        a, b = short.get(text[i]), short.get(text[i + 1])
        if a is None or b is None or a[0] == b[0] or (i > c.start and text[i - 1] in short) or straddles(text, i):
            continue
        if text[i] in regions or text[i + 1] in regions:
            continue  # (中非领导人对话会, 中欧领导人会晤: a region's character, Africa or Europe, no country — ev61)
        # (two short forms of several readings each, 新马 but 中非: both countries are the page's)
        known = {e.country for e in page.entities.values() if e.country}
        if a[1] and b[1] and not {cid.split(":", 1)[1] for cid, _ in (a, b)} <= known:
            continue
        j = i + 2 + next((len(w) for w in cues("pair_suffixes") if text.startswith(w, i + 2)), 0)
        if rx.compile(cue("pair_leaders")).match(text[j:k]):
            lands = [n for cid, _ in (a, b) if (n := country_name(cid.split(":", 1)[1]))]
            return lands if len(lands) == 2 else []
    return []


@lru_cache(maxsize=8)
def _pair_finder(kb: KnowledgeBase) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """Where two one-character short forms of countries stand side by side (a lookahead: every place,
    overlaps included), and the generic body words longest first: built once per knowledge base."""
    chars = "".join(sorted(re.escape(k) for k in kb.short_forms() if len(k) == 1))
    pairs = _plain(f"[{chars}](?=[{chars}])" if chars else "(?!)")  # (the engine skips to a short form)
    return pairs, tuple(sorted(kb.generic_words(), key=len, reverse=True))  # (a tuple: one startswith asks all)
