"""Talks whose two sides the clause tells only by their lands (中越两国领导人在北京举行会谈 / 越老两国外长通电话) and
whose people the sentences right after it name (习近平同苏林就…交换意见 / 会谈中,苏林同通伦… / 王毅表示…。裴青山
表示…): a lead that sums the talks up and a body that retells them tell one meeting, whose parties are the
people of both tellings (issue 13, discourse)."""

from __future__ import annotations

from collections.abc import Iterator

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue
from dipnet.extract.common.following import sentences_after
from dipnet.extract.common.page import EventPage, country_name
from dipnet.extract.participants.lands import land_of

_AFTER = 2  # sentences after the talks' own where their people are looked for (its paragraph's rest, then the next)


def people_named_after(page: EventPage, c: Clause, participants: list[str]) -> list[str]:
    """The participants with the two people the sentences after the clause's name first, one of each land, in place
    of the lands, where the clause's parties are two lands and at most one person; both must be found (one side
    alone names no pair)."""
    lands = [p for p in participants if "COUNTRY" in page.types_of.get(p, set())]
    # (at most one person read already: 越老两国领导人…会谈 whose 会谈中,苏林同通伦… gave the first of them)
    if len(lands) != 2 or sum(p in page.people for p in participants) > 1 or len(participants) > 3:
        return participants
    found: dict[str, str] = {}
    for a, b, _ in _sentences_after(page, c):
        for m in page.in_span(a, b):
            e = page.entities.get(m.entity_id)
            land = country_name(land_of(page, m)) if e is not None and e.type == "PERSON" else None
            if e is not None and land in lands and land not in found:
                found[land] = e.name
        if len(found) == 2:
            break
    if len(found) != 2:
        return participants
    # (the lands stood for the people: once these are named they are the parties, not the lands as well)
    return [p for p in participants if p not in lands] + [found[land] for land in lands if found[land] not in participants]


def posts_named_after(page: EventPage, c: Clause, participants: list[str]) -> list[str]:
    """会见来访的新加坡总理。黄循财表示… / 越南政府总理在河内会见了某某。范明政对…表示欢迎: a side the clause tells
    by its land's post alone (no name after the post) is the person of that land the next sentences open with,
    speaking (the one holding the post speaks for it); the land gives way to that person. Only where no person of
    that land is a party already."""
    text = page.doc.text
    # (范明政对岩屋毅访越表示欢迎 / 马里斯则表示: the speaker's words may open with what they speak of, or 则/也)
    post, speech = rx.compile(cue("land_post_after")), rx.compile(cue("post_holder_speech_after") + "(?:" + cue("host_speech_after") + ")")
    people = [m for m in page.in_span(c.start, c.end) if (e := page.entities.get(m.entity_id)) is not None
              and e.type == "PERSON"]
    have = {country_name(land_of(page, m)) for m in people}
    posted = {}
    for m in page.in_span(c.start, c.end):
        e = page.entities.get(m.entity_id)
        if e is None or e.type != "COUNTRY" or e.name not in participants or e.name in have:
            continue
        got = post.match(text, m.end, c.end)
        if got and not any(p.start == got.end() for p in people):  # (新加坡总理黄循财: named, no post alone)
            posted[e.name] = e.name
    if not posted:
        return participants
    found: dict[str, str] = {}
    for a, b, _ in _sentences_after(page, c):
        opener = next((m for m in page.in_span(a, b)), None)  # (the sentence opens with the speaker)
        e = page.entities.get(opener.entity_id) if opener is not None else None
        if opener is not None and e is not None and e.type == "PERSON" and not text[a:opener.start].strip() and \
                speech.match(text, opener.end):
            land = country_name(land_of(page, opener))
            if land in posted and land not in found and e.name not in participants:
                found[land] = e.name
    return [found.get(p, p) for p in participants]


def _sentences_after(page: EventPage, c: Clause) -> Iterator[tuple[int, int, bool]]:
    """The first _AFTER sentences after the clause's, in two paragraphs at most. None after a headline (越泰两国外长
    举行会晤 over a body telling a video call sums up an event of another kind, which merging keeps apart)."""
    return sentences_after(page, c, _AFTER, paragraphs=2, after_headline=False)
