"""Invented sentences put through the whole pipeline as the body of a page, for the entity tests."""

from __future__ import annotations

from dipnet.model import Document
from dipnet.pipeline import extract


def page_of(text: str) -> Document:
    return extract("题目\n\n" + text + "\n")


def names(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in page_of(text).entities}


def people(text: str) -> set[str]:
    return {n for t, n in names(text) if t == "PERSON"}


def entity_mentions(text: str) -> dict[str, set[str]]:
    """Each name or mention of the page's entities, with the types it is read as."""
    out: dict[str, set[str]] = {}
    for e in page_of(text).entities:
        for m in (*e.mentions, e.name):
            out.setdefault(m, set()).add(e.type)
    return out


def mention_types(text: str) -> dict[str, set[str]]:
    """Each mention's text with the types it is read as."""
    out: dict[str, set[str]] = {}
    for m in page_of(text).mentions:
        out.setdefault(m.text, set()).add(m.type)
    return out


def titles(text: str) -> dict[str, set[str]]:
    """Each person with the titles the roles give him."""
    out: dict[str, set[str]] = {}
    for r in page_of(text).roles:
        out.setdefault(r.person, set()).add(r.title)
    return out


def entity_ids(text: str) -> dict[str, list[str]]:
    """Each entity's id with its mentions (the knowledge-base tests' answer)."""
    return {e.id: list(e.mentions) for e in page_of(text).entities}


def fact_holders(body: str, url: str | None = None) -> list[tuple[float, str | None]]:
    """Each fact of a page of one body (dateline and sentences) as (value, holder)."""
    doc = extract("题目\n\n" + body + "\n", source="t.txt", url=url)
    return [(f.value, f.subject) for f in doc.facts]  # type: ignore[misc]


def fact_units(body: str) -> list[tuple[float, str]]:
    """Each fact of a page of one body as (value, unit)."""
    doc = extract("题目\n\n" + body + "\n", source="t.txt")
    return [(f.value, f.unit) for f in doc.facts]  # type: ignore[misc]
