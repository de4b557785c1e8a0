"""Two lands establish diplomatic relations once (issue 13, unseen pages): a founding the page tells again without a
date of its own (马中两国建交迄今, 中菲建立外交关系后, 斐济是第一个同中国建交的…, 建交初期定位为…, 中萨建交是…大事) took the
page's day, while the page dates the pair's founding before it elsewhere. Where an event of the page tells the founding
on an earlier day (1975年…建立外交关系, 今年8月…做出同中国建交的决定) the retelling is dropped; else, where the page dates
the pair's relations to an earlier year (邦交却始于1974年, 建交43年来), it takes that year (SPEC: an event's date comes
from the text and the page's date only, so a `since` that only the knowledge base knows dates nothing). A sentence that
tells another founding (第二次与…建交, 重新建交) is left as it is. The words are data (data/relations.toml
founding_triggers, founding_again). Run after the relations stage, whose `since` it reads."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.model import Document, Event, Relation
from dipnet.timex.numerals import year_in_chinese

from .facts import load_data
from .relations import anniversary_count, years_since


def _told_year(text: str, year: int, page_year: int) -> bool:
    """Does the text itself give the year: written out (1974年, 一九七五年), or as a count of years of relations up to
    the page's year (建交43年来, 建交65周年)?"""
    if f"{year}年" in text or f"{year_in_chinese(year)}年" in text or f"{year_in_chinese(year, '零')}年" in text:
        return True
    for w in _words("founding_triggers"):
        for m in re.finditer(re.escape(w), text):
            after = text[m.end():m.end() + 10]
            hit = years_since().match(after) or anniversary_count().match(after)
            if hit and hit.group(1).isdigit() and page_year - int(hit.group(1)) == year:
                return True
    return False


@lru_cache(maxsize=4)
def _words(key: str) -> tuple[str, ...]:
    return tuple(load_data("relations.toml")[key])


def _own_day(doc: Document, ev: Event) -> str | None:
    """The day the event would take from its page or teaser (the page's own day), at its precision."""
    pub = doc.brief_published(ev.brief) or doc.published
    return pub.date if pub and pub.date[:4].isdigit() else None


def _founded(relations: list[Relation], pair: frozenset[str]) -> str | None:
    for r in relations:
        if r.level == "diplomatic_relations" and frozenset((r.a, r.b)) == pair and r.since and r.since[:4].isdigit():
            return r.since
    return None


def _founding(doc: Document, ev: Event) -> bool:
    """An occurred founding of relations between two lands, its sentence telling no other one (第二次, 重新)."""
    return ev.type == "RELATION_CHANGE" and ev.status == "occurred" and len(set(ev.participants)) == 2 \
        and ev.attributes.get("trigger") in _words("founding_triggers") and bool(ev.date) \
        and not any(w in doc.text[ev.start:ev.end] for w in _words("founding_again"))


def _on_page_day(ev: Event, day: str | None) -> bool:
    """Does the event carry the page's (or its teaser's) own day, as one that the text dates nothing?"""
    return bool(day and ev.date and (ev.date.startswith(day) or day.startswith(ev.date)))


def founded_once(doc: Document) -> None:
    """Drop or re-date the page's retold foundings of diplomatic relations (module docstring)."""
    keep: list[Event] = []
    for ev in doc.events:
        day = _own_day(doc, ev)
        if day is None or not _founding(doc, ev) or not _on_page_day(ev, day):
            keep.append(ev)
            continue
        lands = frozenset(ev.participants)
        date = str(ev.date)
        if any(o is not ev and _founding(doc, o) and frozenset(o.participants) == lands and not _on_page_day(o, day)
               and str(o.date) < date[:len(str(o.date))] for o in doc.events):
            continue  # (中菲建立外交关系后 beside 宣布菲中两国建交 of 1975; 中萨建交是…大事 beside 今年8月…同中国建交)
        since = _founded(doc.relations, lands)
        year = int(day[:4])
        if since is not None and int(since[:4]) < year and _told_year(doc.text, int(since[:4]), year):
            ev.date, ev.date_precision, ev.end_date = since[:4], "year", None
        keep.append(ev)
    doc.events = keep
