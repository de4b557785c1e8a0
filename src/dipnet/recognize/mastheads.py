"""A newspaper named without its last word where only a periodical can stand: in 《》 (据《人民军队》, 据越南
《人民》) or opening a line before a colon, as the masthead that opens a paper's own article (人民军队:应…
邀请). A known name there whose form + 报 (names.toml masthead_dropped_words) is a news outlet's name
names that outlet, not the body the bare words name elsewhere (人民军队 is the army in 两国人民军队)."""

from __future__ import annotations

from functools import lru_cache

from dipnet.kb import KnowledgeBase
from dipnet.model import Mention
from dipnet.recognize.lexicon import read_word

_OPEN, _CLOSE, _COLONS = "《", "》", ":："


@lru_cache(maxsize=1)
def _dropped() -> tuple[str, ...]:
    v = read_word("masthead_dropped_words")
    return (v,) if isinstance(v, str) else tuple(v)


def _periodical_place(text: str, m: Mention) -> bool:
    if m.start > 0 and text[m.start - 1] == _OPEN and text[m.end:m.end + 1] == _CLOSE:
        return True
    return (m.start == 0 or text[m.start - 1] == "\n") and text[m.end:m.end + 1] in _COLONS


def mastheads(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions with each known non-outlet name in a periodical's place rebound to the outlet its
    form + a dropped word names."""
    out = list(mentions)
    for i, m in enumerate(out):
        if m.type != "ORG" or not _periodical_place(text, m):
            continue
        e = kb.get(m.kb_id) if m.kb_id else None
        if e is not None and e.sector == "media":
            continue
        outlet = next((x for w in _dropped() for x in kb.by_name(m.text + w)
                       if x.type == "ORG" and x.sector == "media"), None)
        if outlet is not None:
            out[i] = Mention(m.start, m.end, m.text, "ORG", kb_id=outlet.id)
    return out
