"""Who signs where a pair word signs (甲会晤乙,双方签署…): the two countries, not the people of the talks.

(pa, stop 53) Where two bodies of two lands are joined as the pair that acts (越南某部同古巴某部之间达成的协议,
甲国国防部与乙国国防部于2013年签署…, 甲阵线中央委员会同乙阵线理事会联合举行…会议), the bodies are the parties and
their lands, named elsewhere in the sentence (越南与俄罗斯…关系, 越柬边界线), are not: the open gold never lists a land
beside its own body (seeds, dev, dev2 and the pools: one event of ~90)."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cues
from dipnet.extract.common.eventwords import words_of
from dipnet.extract.common.page import EventPage, country_name
from dipnet.extract.participants.carry import carry_words
from dipnet.extract.participants.sides import both_sides
from dipnet.extract.participants.words import participant_pattern
from dipnet.rx import plain as _plain


def pair_signs(page: EventPage, c: Clause, k: int, trig: str, participants: list[str]) -> list[str]:
    """甲会晤乙,双方签署7项谅解备忘录: the pair the clause names signs for its countries; the people the
    sentence named before it, in the clause of their talks, are no signers (kept where no land stands for them)."""
    text, words = page.doc.text, carry_words()
    # (两人会谈后,通过…联合声明: a pair of people, not of lands, adopts it: the two people told before)
    at = min((i for w in cues("personal_pair") if (i := text.find(w, c.sentence[0], k)) != -1), default=-1)
    if at != -1 and not any((e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON" for m in page.in_span(at, k)):
        two = both_sides(page, Clause(at, c.end, c.sentence, c.brief), k)
        if len(two) == 2 and all("PERSON" in page.types_of.get(n, set()) for n in two):
            theirs = {country_name(page.country_by_name.get(n)) for n in two}
            return two + [p for p in participants if p not in two and p not in theirs]
    if trig not in words_of("pair_sign_verbs") or not _pair_rx(tuple(words.pair)).search(text, c.start, k) or \
            any((e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON" for m in page.in_span(c.start, k)):
        return participants
    # (两国元首签署…, 两国外长签署…: the pair's leaders sign themselves, the two holding the post told before)
    if _pair_post(text, c.start, k, words.pair, [post for post, _ in words.pair_posts]):
        return [n for n in both_sides(page, c, k) if n not in participants] + participants
    lands = {p for p in participants if "COUNTRY" in page.types_of.get(p, set())}
    if len(lands) < 2:
        return participants
    return [p for p in participants if not ("PERSON" in page.types_of.get(p, set())
                                            and country_name(page.country_by_name.get(p)) in lands)]


@lru_cache(maxsize=4)
def _pair_rx(pair: tuple[str, ...]) -> re.Pattern[str]:
    """Any pair word (两国, 双方 …): one search over a clause instead of a slice and a test per word."""
    return _plain("|".join(map(re.escape, pair)) or "(?!)")


def _pair_post(text: str, a: int, k: int, pair: tuple[str, ...], posts: list[str]) -> bool:
    """Whether a pair word starting in [a, k) is followed by a post (两国 + 元首): its occurrences found,
    not every position tested against every word."""
    for w in pair:
        i = text.find(w, a)
        while 0 <= i < k:
            if text.startswith(tuple(posts), i + len(w)):
                return True
            i = text.find(w, i + 1)
    return False


def paired_bodies_lands_out(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """The participants less the countries of two bodies joined before the trigger in its sentence (甲部与乙部签署:
    not 甲国 and 乙国), where both bodies are participants and each has its land."""
    text, join, ents = page.doc.text, participant_pattern("body_pair_join"), page.entities
    bodies = [(m, e) for m in page.in_span(c.sentence[0], k) if (e := ents.get(m.entity_id)) is not None
              and e.type == "ORG" and e.country and e.name in participants]
    lands: set[str | None] = set()
    for (m, e), (n, f) in zip(bodies, bodies[1:], strict=False):
        if e.name != f.name and join.fullmatch(text, m.end, n.start):
            lands |= {country_name(e.country), country_name(f.country)}
    return [p for p in participants if p not in lands or "COUNTRY" not in page.types_of.get(p, set())]
