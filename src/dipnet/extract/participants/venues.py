"""A STATEMENT's speaker read from the setting of the speech (issue 13, ev23): a body or place the sentence names as
where the words were said (在美国国会发表演说, 出席APEC工商领导人峰会并发表重要讲话, 联合国大会一般性辩论讲话, 在…经贸
合作论坛上所强调的内容) is no one who speaks (SPEC: a STATEMENT is a named official's). The words are data
(data/statements.toml: venue_before, venue_after, venue_meeting_after, venue_named_after)."""

from __future__ import annotations

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cues
from dipnet.extract.common.page import EventPage
from dipnet.extract.finding.spoken import statement_pattern
from dipnet.kb import load_kb
from dipnet.model import Entity, Mention


def setting_names(page: EventPage, c: Clause, participants: list[str]) -> set[str]:
    """The participants (not people) whose every mention in the sentence stands as the setting of a speech: after
    在/出席 and right before a speech (在美国国会发表演说), before a meeting's word and a speech with no 在 between
    (…工商领导人峰会并发表重要讲话), or a meeting's own name before 上/中 (…合作论坛上所强调)."""
    if _named_otherwise(page).isdisjoint(participants):  # (most statements: people only, none a setting)
        return set()
    text = page.doc.text
    start, end = c.sentence
    before, after = statement_pattern("venue_before"), statement_pattern("venue_after")
    meeting_after, named_after = statement_pattern("venue_meeting_after"), statement_pattern("venue_named_after")
    suffixes = codebook().meeting_suffixes
    seen: dict[str, bool] = {}
    for m in page.in_span(start, end):
        e = page.entities.get(m.entity_id)
        if e is None or e.type == "PERSON" or e.name not in participants:
            continue
        rest = text[m.end:min(end, m.end + 24)]
        setting = (before.search(text, max(start, m.start - 10), m.start) is not None and after.match(rest) is not None) \
            or meeting_after.match(rest) is not None or (m.text.endswith(suffixes) and named_after.match(rest) is not None)
        seen[e.name] = seen.get(e.name, True) and setting
    return {n for n, s in seen.items() if s}


def _named_otherwise(page: EventPage) -> set[str]:
    """The names of the page's entities that are no person (the only ones a setting can be); once per page."""
    got: set[str] | None = page.__dict__.get("_named_otherwise")
    if got is None:
        got = page.__dict__["_named_otherwise"] = {e.name for e in page.entities.values() if e.type != "PERSON"}
    return got


def meeting_venue(page: EventPage, mentions: list[Mention], end: int, name_len: int) -> str | None:
    """Where a meeting whose word ends at `end` is held, where nothing else said so: a place of the clause outside the
    meeting's name (the `name_len` characters before `end`) before one inside it (印度洋研讨会…在河内开幕; 第九届北京
    香山论坛: 北京); never a river, sea or region inside the name (湄公河—韩国外长会议: the name's, no venue; ev65)."""
    named, ents = end - name_len, page.entities
    locs = [m for m in mentions if (e := ents.get(m.entity_id)) and e.type == "LOCATION" and m.start < end + 12
            and not (named <= m.start < end and _areal(e))]
    if len(locs) > 1:  # (those outside the name first, else in order: the stable sort, without a key call per place)
        locs = [m for m in locs if not named <= m.start < end] + [m for m in locs if named <= m.start < end]
    return ents[locs[0].entity_id].name if locs else None


def _areal(e: Entity) -> bool:
    """A river, sea or region (cues.toml no_venue_place_kinds): a stretch of land or water, no meeting's venue."""
    entry = load_kb().get(e.kb_id) if e.kb_id else None
    return entry is not None and entry.kind in cues("no_venue_place_kinds")
