"""Who holds or speaks at a celebration is not what it commemorates (SPEC: an ANNIVERSARY is the
commemoration of a founding, of relations, of a national day): 中国驻休斯敦总领事馆举行国庆招待会 is
China's national day, not the consulate's; 某某在联合国总部主持国庆招待会 is no place's; 总领事某某发表了
国庆讲话 is no person's. Called by typeactors.commemorated for the mention right before the trigger."""

from __future__ import annotations

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import any_of, codebook
from dipnet.extract.common.cues import cues
from dipnet.extract.common.page import EventPage, country_name
from dipnet.model import Mention


def hosted_by(page: EventPage, near: list[Mention], k: int) -> list[str] | None:
    """The anniversary's actors when the one mention right before its word `k` is a body, place or
    person that holds or speaks at the celebration (a verb of holding or speaking stands between them):
    for a body of a country (an embassy, a consulate), that country; else none (the event told again:
    the national day of no one named). None where no such holder stands there (commemorated reads on)."""
    if not near:
        return None
    m, text, cb = near[0], page.doc.text, codebook()
    e = page.entities.get(m.entity_id)
    if e is None or e.type not in ("ORG", "LOCATION", "PERSON"):
        return None  # (a country holding its own national day, 越南举行国庆80周年庆典, is what it is of)
    between = text[m.end:k]
    if not (any_of(cb.holding_verbs).search(between) or any(w in between for w in cues("anniversary_speech_verbs"))):
        return None
    if not text.startswith(cb.owned_anniversaries, k):
        return None  # (越南人民军举行建军80周年庆典: the founding word tells what it is of)
    land = country_name(e.country) if e.type == "ORG" else None
    return [land] if land else []


def places_only(page: EventPage, c: Clause, k: int, actors: list[str]) -> list[str]:
    """台湾光复80周年, 1974年西沙群岛海战40周年, 某某到广州从事革命活动100周年: a place where the commemorated
    event happened is not what the anniversary is of; where the clause names nothing but places, none is
    (the event goes). A place's own founding (河内——升龙成立1000周年, 建市6周年) is the place's."""
    if not actors or any("LOCATION" not in page.types_of.get(a, set()) or len(page.types_of.get(a, set())) > 1
                         for a in actors):
        return actors
    text = page.doc.text
    if any(w in text[c.start:k] for w in cues("anniversary_place_founding")):
        return actors
    return []
