"""A person's country as the page tells it: the title right before the name (老挝副总理沙立), a chain
of names ending in the title (日本神奈川县知事黑岩佑治), an envoy's sending land (越南驻墨西哥大使),
else the knowledge base's. Split from carry.py, which reads the actor a clause leaves unnamed."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage, country_name
from dipnet.extract.participants.carry import carry_words
from dipnet.extract.participants.words import participant_pattern
from dipnet.kb import load_kb
from dipnet.model import Entity, Mention


def land_of(page: EventPage, m: Mention) -> str | None:
    """A person's country: the one the title right before the name states (老挝副总理沙立, 法国驻越南
    大使… → 法国: the first country of the title), else the one the knowledge base gives; for a person
    the knowledge base lacks (日本神奈川县知事黑岩佑治 …, later 相信黑岩佑治此次访越), the one a title
    states at another mention of them on the page."""
    e = page.entities.get(m.entity_id)
    land = _titled_land(page, m)
    if land is None and e is not None and e.type == "PERSON" and not e.kb_id:
        land = _told_land(page, m.entity_id)
    return land or (e.country if e is not None else None)


def _told_land(page: EventPage, entity_id: str | None) -> str | None:
    """The first country a title states at a mention of the entity on the page. Remembered per entity
    on the page (it reads only the page's mentions and text)."""
    done: dict[str | None, str | None] = page.__dict__.setdefault("_told_land", {})
    if entity_id not in done:
        done[entity_id] = next((x for o in page.mentions if o.entity_id == entity_id
                                and (x := _titled_land(page, o) or _chained_land(page, o)) is not None), None)
    return done[entity_id]


def stated_land(page: EventPage, m: Mention) -> str | None:
    """The country the text itself states for a person at this mention (the title before the name, or
    the chain of names ending in it), not the knowledge base's or the recognizer's guess."""
    text = page.doc.text
    for x in page.in_span(max(0, m.start - 30), m.start):  # 越南驻墨西哥大使某某: the land before 驻 sends
        ex = page.entities.get(x.entity_id)
        if ex is not None and ex.type == "COUNTRY" and ex.country and rx.compile(cue("envoy_title")).fullmatch(text[x.end:m.start]):
            return ex.country
    return _titled_land(page, m) or _chained_land(page, m)


def _chained_land(page: EventPage, m: Mention) -> str | None:
    """日本神奈川县知事黑岩佑治: the country that opens a chain of names ending in the title (each name
    touching the next), for a person the knowledge base lacks."""
    pos = m.start
    while pos > 0 and page.in_title_span(pos - 1, m.end):
        pos -= 1
    for x in reversed(page.in_span(max(0, pos - 30), pos + 1)):
        if x.end < pos or x is m:
            if x.end < pos:
                break
            continue
        ex = page.entities.get(x.entity_id)
        if ex is None or ex.type == "PERSON":
            break
        if ex.type == "COUNTRY":
            return ex.country
        pos = x.start
    return None


def _titled_land(page: EventPage, m: Mention) -> str | None:
    """The country the title right before a mention states."""
    text = page.doc.text
    land = None
    for x in reversed(page.in_span(max(0, m.start - 30), m.start)):  # back to a separator or another person
        ex = page.entities.get(x.entity_id)
        if ex is None or ex.type == "PERSON" or rx.compile(cue("land_person_apart")).search(text[x.end:m.start]):
            break
        # a country, or a body whose name opens with its country's (韩国国会议长; not 公安部 alone)
        named = ex.type == "COUNTRY" or (ex.type == "ORG" and x.text.startswith(country_name(ex.country) or "\0"))
        if named and ex.country and page.in_title_span(x.start, x.end):
            land = ex.country
        # (中共中央政治局委员、中央军委副主席范长龙: the party's short form names the land, whoever the
        # knowledge base lacks; a bare 中央军委 or 公安部 names none)
        short = next((iso_ for p, iso_ in carry_words().land_prefixes if x.text.startswith(p)), None)
        if ex.type == "ORG" and short and page.in_title_span(x.start, x.end):
            land = short
    return land


def parent_body(page: EventPage, name: str, meeting: bool = False) -> str | None:
    """The international body a named body belongs to (its highest international parent in the knowledge base);
    meeting: none for an organ that meets as a body of its own (data: standing_organ — 联合国大会, 东盟地区论坛)."""
    if meeting and participant_pattern("standing_organ").search(name):
        return None
    kb = load_kb()
    ent = page.kb_by_name.get(name)
    entry = kb.get(ent.kb_id) if ent and ent.kb_id else None
    parent = kb.get(entry.parent) if entry and entry.parent else None
    while parent is not None and parent.international and parent.parent and kb.get(parent.parent):
        up = kb.get(parent.parent)
        if up is None or not up.international:
            break
        parent = up
    return parent.name if parent is not None and parent.international else None


def international_body(e: Entity | None) -> bool:
    """Is the entity an international body (东盟, 欧盟, 联合国): a bloc that stands as a party of its own?"""
    return e is not None and e.type == "ORG" and e.sector == "international"


def countries_of(page: EventPage, names: list[str]) -> set[str]:
    """The countries the named actors belong to (an international body counts as its own)."""
    out: set[str] = set()
    for n in names:
        e = page.by_name.get(n)
        if e is None:  # a country the page names only through its people or its envoys (中国 for 习近平)
            out.update(k.country or k.name for k in load_kb().by_name(n) if k.type == "COUNTRY")
            continue
        out.add(e.country or (e.name if e.type in ("ORG", "LOCATION") and e.sector == "international" else "")
                or ("?" + e.name if e.type == "LOCATION" else ""))
    return {c for c in out if c}

