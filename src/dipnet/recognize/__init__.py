"""Recognize stage: mentions of people, countries, organizations and places, linked to entities,
with the roles the page states."""

from __future__ import annotations

from dipnet.model import Document
from dipnet.recognize.credits import add_credit_names
from dipnet.recognize.lexicon import gazetteer
from dipnet.recognize.link import link
from dipnet.recognize.mentions import find_mentions
from dipnet.recognize.nested import add_nested_names
from dipnet.recognize.repeat import add_repeated_names
from dipnet.recognize.resolve import resolve_bare_titles

__all__ = ["recognize", "resolve_bare_titles"]


def recognize(doc: Document) -> Document:
    """Adds `mentions`, `entities` and `roles`."""
    gaz = gazetteer()
    link(doc, find_mentions(doc, gaz), gaz.kb)
    add_credit_names(doc)
    add_repeated_names(doc)
    add_nested_names(doc, gaz.kb)
    return doc
