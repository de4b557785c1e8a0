"""A handshake (握手) or an exchange of greetings (寒暄) is a meeting of the people whose hands meet (tw2, issue 13):
甲和乙在河内握手, 甲与乙、丙握手致意, 图为甲与乙寒暄谈话. Only people shake hands: a body or land read beside them
(the body in the partner's title, 某协议会代表委员某某, where the name is not read) is no side, and with fewer than
two people named the clause tells no MEET. The pair may be the subject of the clause before, the handshake told as
their next doing with no partner of its own (甲与乙在白宫签署协议文本,并握手互相祝贺): the one joined to the
carried subject by 与/同/和/跟 (a post between, 甲与中国副总理乙) shakes hands too. The words are data (cues.toml
handshake_words); the SPEC's MEET is a meeting between named people, and the open pools' gold records these
(fp46 caption, fp52 寒暄/握手致意, fp65 after a signing)."""

from __future__ import annotations

from itertools import pairwise

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.page import EventPage


def _person(page: EventPage, name: str) -> bool:
    return "PERSON" in page.types_of.get(name, set())


def _joined_partner(page: EventPage, c: Clause, subject: str) -> str | None:
    """The person joined to the subject (named in the sentence before the clause) by a pair word, a post between."""
    text = page.doc.text
    joined = rx.compile("^(?:" + "|".join(cues("pair_talk_joiners")) + ")" + cue("partner_post_span") + "$")
    people = [(m, e.name) for m in page.in_span(c.sentence[0], c.start)
              if (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"]
    for (m, name), (after, other) in pairwise(people):
        if name == subject and other != subject and joined.match(text[m.end:after.start]):
            return other
    return None


def hands_shaken(page: EventPage, c: Clause, k: int, trig: str, participants: list[str]) -> list[str]:
    """The sides of a MEET read off a handshake word: its people only, with the partner of the carried subject where
    the clause names no one before the word (…签署协议文本,并握手). Other words' sides are left as they are."""
    if trig not in cues("handshake_words"):
        return participants
    people = [p for p in participants if _person(page, p)]
    named_before = any((e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"
                       for m in page.in_span(c.start, k))
    if len(people) == 1 and not named_before:
        other = _joined_partner(page, c, people[0])
        if other is not None:
            people.append(other)
    return people
