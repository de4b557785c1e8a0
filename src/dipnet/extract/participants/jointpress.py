"""Two leaders meeting the press together, told by a word for the pair (会谈后,两国元首共同会见记者;
两人随后共同出席记者会; 双方共同举行联合记者会): SPEC's joint press statement is the statement of both, and the
pair word names no one, so its speakers are the two sides of the talks told before (sides.both_sides).
Told by the partner's name (甲总理在与乙总统举行的新闻发布会上说; 甲总书记同乙总统举行了会谈,出席…并会见记者),
the one joined to the sentence's subject speaks with them (press_partners)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage
from dipnet.extract.participants.sides import both_sides


def joint_press_pair(page: EventPage, c: Clause, k: int, trig: str) -> list[str]:
    """The two people a pair word before a joint press setting at k stands for, else nothing: the setting
    must be the trigger (会见记者, 记者会) and the pair word, with 共同/一同/联合, the clause's subject."""
    if trig not in codebook().joint_settings:
        return []
    if rx.compile(cue("joint_press_pair_before")).search(page.doc.text, c.start, k) is None:
        return []
    two = both_sides(page, c, k)
    return two if len(two) == 2 else []


def press_partners(page: EventPage, c: Clause, k: int, trig: str, who: list[str]) -> list[str]:
    """The speaker of a press setting at k (会见记者, 发布会) with the one the sentence joins to its subject before it:
    甲(总理)(在)与/同/和(…)乙 the sentence's only people before it, no one else named up to the setting, no sentence
    break (official dev/dev2: 甲与乙共同主持记者会, 甲与乙举行会谈之后召开了记者会 — the statement of both; a
    title or 在 after 甲's name, or the clauses going on from the talks to the setting, change nothing). `who`:
    the speaker read otherwise, kept unless it is one of the two."""
    if trig not in codebook().joint_settings or len(who) != 1:
        return who
    text = page.doc.text
    people = [(m, e.name) for m in page.in_span(c.sentence[0], k) if (e := page.entities.get(m.entity_id)) is not None
              and e.type == "PERSON"]
    if len(people) != 2 or people[0][1] == people[1][1] or who[0] not in (people[0][1], people[1][1]):
        return who
    (a, first), (b, second) = people
    if not rx.compile(cue("press_partner_between")).fullmatch(text, a.end, b.start) or \
            any(ch in text[b.end:k] for ch in cue("press_partner_breaks")):
        return who
    return [first, second]
