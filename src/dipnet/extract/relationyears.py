"""Years of a pair's relations told up to now (vn2, issue 13: dev2, fp53, fp78): 越中两国68年来所取得的成绩, 越老关系60年,
越南与新西兰:50年携手合作 — two lands named as a pair (a two-character pair word, or joined by 与/和), then (两国)(关系)(:)
and a count of years closed by 来/携手/a stop. Where the count is the years since the pair established relations
(timex/data/relations.json) as of the page's year, the text marks that anniversary of the relations as 建交N周年 would:
an ANNIVERSARY of the two lands (official dev2: a reception where 越中两国68年来 is told), dated to the anniversary day
in the page's year (SPEC), planned only where that day is after the report. A page that already reads an ANNIVERSARY
of the pair keeps it alone; a count after another word (自1992年建交30年来, 伙伴关系15年来) is not this form. The words are
data (data/relations.toml relation_age_*)."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.model import Document, Event, Mention
from dipnet.timex.pairs import relation_before

from .facts import load_data


@lru_cache(maxsize=1)
def _count_after() -> re.Pattern[str]:
    data = load_data("relations.toml")
    between = "|".join(map(re.escape, data["relation_age_between"]))
    after = "|".join(map(re.escape, data["relation_age_after"]))
    return re.compile(rf"(?:{between}){{0,2}}\s?[:：]?\s?(\d{{1,3}})\s?年(?=(?:{after})|[,，。;；:：!！\s]|$)")


def _joiners() -> tuple[str, ...]:
    return tuple(load_data("relations.toml")["relation_age_pair_joiners"])


def _pairs(doc: Document) -> list[tuple[Mention, Mention]]:
    """Two COUNTRY mentions of different lands side by side (越老) or joined by one joining word (越南与新西兰)."""
    lands = sorted((m for m in doc.mentions if m.type == "COUNTRY"), key=lambda m: m.start)
    out = []
    for a, b in zip(lands, lands[1:], strict=False):
        if a.entity_id == b.entity_id:
            continue
        gap = doc.text[a.end:b.start]
        if gap == "" or gap in _joiners():
            out.append((a, b))
    return out


def _names(doc: Document) -> dict[str, str]:
    return {e.id: e.name for e in doc.entities}


def _anniversary(doc: Document, a: Mention, b: Mention, count: int) -> str | None:
    """The anniversary day of the pair's relations in the page's year, where `count` is their age then."""
    pub = doc.published
    if pub is None or not pub.date[:4].isdigit():
        return None
    found = relation_before(doc.text[a.start:b.end] + "建交")
    if found is None or not found[0][:4].isdigit() or int(pub.date[:4]) - int(found[0][:4]) != count:
        return None
    return pub.date[:4] + found[0][4:]


def relation_years(doc: Document) -> None:
    """Add the ANNIVERSARY a pair's years of relations up to now tell (module docstring)."""
    names = _names(doc)
    held = {frozenset(e.participants) for e in doc.events if e.type == "ANNIVERSARY"}
    for a, b in _pairs(doc):
        m = _count_after().match(doc.text, b.end)
        lands = [names.get(a.entity_id, a.text), names.get(b.entity_id, b.text)]
        if m is None or frozenset(lands) in held or doc.brief_at(a.start) is not None:
            continue
        day = _anniversary(doc, a, b, int(m.group(1)))
        if day is None:
            continue
        pub = doc.published
        report = pub.date if pub else ""
        planned = len(day) >= 10 and len(report) >= 10 and day > report
        doc.events.append(Event(
            type="ANNIVERSARY", status="planned" if planned else "occurred", start=a.start, end=m.end(),
            participants=lands, source=lands[:1], target=lands[1:], date=day,
            date_precision="day" if len(day) >= 10 else ("month" if len(day) == 7 else "year"), channel="state",
            attributes={"trigger": "年", "mode": "commemorate"}, plover="CONSULT"))
        held.add(frozenset(lands))
