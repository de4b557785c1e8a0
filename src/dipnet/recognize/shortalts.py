"""An ambiguous one-character short form's other reading, a territory (澳: 澳门 as well as 澳大利亚): inside a pair
on a page that names the territory in full and the form's country by none of its names, the form is the territory
(澳葡 on a page of 澳门 is Macao and Portugal, no Australia). The readings are names.toml's
(name_read_words.short_form_alternatives, form=id); compounds.py and nested.py ask here."""

from __future__ import annotations

from dipnet.kb import KnowledgeBase
from dipnet.kb.loader import Entry
from dipnet.recognize.lexicon import read_word

_ALTERNATIVES = dict(w.split("=", 1) for w in read_word("short_form_alternatives"))


def other_reading(form: str, code: str, text: str, kb: KnowledgeBase) -> Entry | None:
    """The entry `form` (read as the country `code`) names instead on this page, or None."""
    alt_id = _ALTERNATIVES.get(form)
    if alt_id is None:
        return None
    alt, own = kb.get(alt_id), kb.get(code)
    if alt is None or own is None or not _named(alt, text) or _named(own, text):
        return None
    return alt


def _named(e: Entry, text: str) -> bool:
    return any(len(n) >= 2 and n in text for n in e.names)
