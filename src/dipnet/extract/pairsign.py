"""Who signs where a pair word signs (甲会晤乙,双方签署…): the two countries, not the people of the talks."""

from __future__ import annotations

from dipnet.extract.carry import carry_words
from dipnet.extract.clauses import Clause
from dipnet.extract.eventwords import words_of
from dipnet.extract.page import EventPage, country_name
from dipnet.extract.sides import both_sides


def pair_signs(page: EventPage, c: Clause, k: int, trig: str, participants: list[str]) -> list[str]:
    """甲会晤乙,双方签署7项谅解备忘录: the pair the clause names signs for its countries; the people the
    sentence named before it, in the clause of their talks, are no signers (kept where no land stands for them)."""
    text, words = page.doc.text, carry_words()
    if trig not in words_of("pair_sign_verbs") or not any(w in text[c.start:k] for w in words.pair) or \
            any((e := page.entity(m)) is not None and e.type == "PERSON" for m in page.in_span(c.start, k)):
        return participants
    # (两国元首签署…, 两国外长签署…: the pair's leaders sign themselves, the two holding the post told before)
    if any(text.startswith(post, i + len(w)) for w in words.pair for post, _ in words.pair_posts
           for i in range(c.start, k) if text.startswith(w, i)):
        return [n for n in both_sides(page, c, k) if n not in participants] + participants
    lands = {p for p in participants if "COUNTRY" in page.types_of.get(p, set())}
    if len(lands) < 2:
        return participants
    return [p for p in participants if not ("PERSON" in page.types_of.get(p, set())
                                            and country_name(page.country_by_name.get(p)) in lands)]
