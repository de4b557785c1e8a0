"""A locality's bodies listed after the first one named in full (胡志明市市委、人民议会、人民委员会、
祖国阵线委员会联合举行…): each bare local body word in the list is that locality's, not a national
body (祖国阵线 is no Central Committee of the Front there) nor a body of no place. The words:
names.toml local_list_bodies."""

from __future__ import annotations

from dipnet.kb import KnowledgeBase
from dipnet.model import Mention
from dipnet.recognize.lexicon import read_word

_WORDS = tuple(sorted(read_word("local_list_bodies"), key=len, reverse=True))
_JOINERS = "、和及"
_LEVELS = "省市县"


def listed_local_bodies(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with each bare local body listed after a locality's body read as that
    locality's (and what else was read over its words dropped)."""
    if not _WORDS:
        return mentions
    places = {m.start: m for m in mentions if m.type == "LOCATION"}
    found: list[Mention] = []
    for m in mentions:
        place = places.get(m.start)
        if m.type != "ORG" or place is None or place.end >= m.end:
            continue
        pos = m.end
        while pos < len(text) - 1 and text[pos] in _JOINERS:
            s = pos + 1
            level = 1 if text[s] in _LEVELS and text[s] == place.text[-1:] else 0  # (、市人民委员会)
            word = next((w for w in _WORDS if text.startswith(w, s + level)), None)
            if word is None:
                break
            e = s + level + len(word)
            entry = next(iter(kb.by_name(place.text + word)), None)
            found.append(Mention(s, e, text[s:e], "ORG", kb_id=entry.id if entry else None))
            pos = e
    if not found:
        return mentions
    spans = [(f.start, f.end) for f in found]
    kept = [m for m in mentions if not any(m.start < e and s < m.end for s, e in spans)]
    return kept + found
