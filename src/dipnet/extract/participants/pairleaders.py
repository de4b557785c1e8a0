"""Talks named by the two countries' short forms and their leaders' post (中德总理年度会晤, 中俄元首会晤, 中日
外长会谈; ev14, unseen pages): the two people holding that post meet, not the two countries (nor the city
the talks are held in) — each the person of that country the page names with the post."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue, cue_table
from dipnet.extract.common.page import EventPage, country_name
from dipnet.extract.participants.lands import land_of
from dipnet.extract.participants.shortpairs import sentence_pair


def pair_post_leaders(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """The participants of talks whose word a pair of short forms and a post stand right before (中法总理
    年度会晤): the person of each country the page names with that post, in place of the countries and
    places; unchanged where either person is not found."""
    text = page.doc.text
    told = rx.compile(cue("pair_post_before")).search(text, max(c.start, k - 16), k)
    if told is None:
        return participants
    lands = sentence_pair(page, told.start(), told.start() + 3)
    posts = cue_table("pair_post_titles").get(told.group(1))
    if len(lands) != 2 or posts is None:
        return participants
    post = rx.compile(str(posts))
    leaders: list[str] = []
    for land in lands:
        held = [e.name for m in page.mentions if (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"
                and page.doc.brief_at(m.start) == c.brief and country_name(land_of(page, m)) == land
                and post.search(text, max(0, m.start - 8), m.start)]
        if not held:
            return participants
        leaders.append(held[0])
    rest = [p for p in participants if p not in lands and p not in leaders
            and not page.types_of.get(p, set()) & {"LOCATION", "COUNTRY"}]
    return leaders + rest
