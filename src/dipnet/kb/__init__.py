"""Knowledge base of countries, organizations, people, places, titles and positions."""

from dipnet.kb.loader import (
    COUNTRY,
    LOCATION,
    ORG,
    PERSON,
    Entry,
    KnowledgeBase,
    KnowledgeBaseError,
    Position,
    TitleInfo,
    load_kb,
)
from dipnet.kb.tsv import normalize

__all__ = [
    "COUNTRY", "LOCATION", "ORG", "PERSON", "Entry", "KnowledgeBase", "KnowledgeBaseError",
    "Position", "TitleInfo", "load_kb", "normalize",
]
