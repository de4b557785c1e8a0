"""A province written short inside a list of its country's provinces (高平、谅山、奠边、莱州、老街和广宁;
河江、老街、莱州、奠边四省; 越南太平、南定三省): the knowledge base knows some provinces only with their level word
(莱州省, 太原省, 西宁省), as their bare names are also other places or plain words (Shandong's 莱州,
China's 太原 and 西宁, 和平 peace); among listed provinces of one country the bare name is that
country's province. A list item is read only between list marks, next to a known province of the
same country."""

from __future__ import annotations

from functools import lru_cache

from dipnet.kb import KnowledgeBase
from dipnet.model import Mention
from dipnet.recognize.lexicon import name_rules

_KIND = "province"
_WIDEST = 4  # a province's bare name: two to four characters


@lru_cache(maxsize=1)
def _words() -> tuple[str, str, str]:
    """The marks between listed provinces, the level word the KB names them with, and what may close a list's
    last item (names.toml listed_province_*)."""
    got = dict(name_rules().name_read_words)
    return str(got["listed_province_marks"]), str(got["listed_province_level"]), str(got["listed_province_counts"])


def _province(kb: KnowledgeBase, name: str, level: str) -> tuple[str, str | None] | None:
    """The id and country of the province the KB names `name` + 省 (and not `name` itself)."""
    entry = next((e for e in kb.by_name(name + level) if e.type == "LOCATION" and e.kind == _KIND), None)
    return (entry.id, entry.country) if entry is not None else None


def listed_provinces(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with each bare province listed beside a known province of its country added."""
    marks, level, counts = _words()
    if "、" not in text:
        return mentions
    known: dict[int, tuple[int, str | None]] = {}  # a listed province's start -> its end and country
    for m in mentions:
        entry = kb.entries.get(m.kb_id) if m.type == "LOCATION" and m.kb_id else None
        if entry is not None and entry.kind == _KIND:
            known[m.start] = (m.end, entry.country)
    if not known:
        return mentions
    ends = {end: country for end, country in known.values()}
    # a list opened by its country's name (越南 + 太平、南定、宁平三省): the first item follows the country
    opened = {m.end - 1: kb.entries[m.kb_id].country for m in mentions
              if m.type == "COUNTRY" and m.kb_id and m.kb_id in kb.entries}
    taken = sorted((m.start, m.end) for m in mentions)
    added: list[Mention] = []
    for mark in sorted({k for k, ch in enumerate(text) if ch in marks} | set(opened)):
        if mark + 1 in known or mark + 1 >= len(text):  # the next item is known already
            continue
        # the item after this mark ends at the next mark, or at a count of provinces (莱州 + 四省)
        stop = next((k for k in range(mark + 2, min(len(text), mark + 2 + _WIDEST))
                     if text[k] in marks or text[k] in counts or text[k] == level), None)
        if stop is None or stop - mark - 1 < 2 or text[stop] == level:
            continue
        name = text[mark + 1:stop]
        found = _province(kb, name, level)
        if found is None or any(a < stop and mark + 1 < b for a, b in taken):
            continue
        pid, country = found
        # a known province of the same country right before this item's mark, or right after its end
        after = known.get(stop + 1) if text[stop] in marks else None
        if mark in opened and (opened[mark] != country or after is None):
            continue
        if ends.get(mark) != country and (after is None or after[1] != country):
            continue
        added.append(Mention(mark + 1, stop, name, "LOCATION", kb_id=pid))
    return mentions + added if added else mentions
