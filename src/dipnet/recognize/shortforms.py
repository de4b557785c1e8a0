"""A country's one-character short form stands for the country the page names in full: 乌 is Ukraine
by default, but on a page that names 乌兹别克斯坦 (or 乌拉圭) and never Ukraine, 哈乌两国 are Kazakhstan
and Uzbekistan; 中土 on a page about 土库曼斯坦 is China and Turkmenistan, 中巴 on one about 巴西 is
China and Brazil. The short form keeps its default where that country is named in full too, where
no country or two countries named in full open with its character, and for the forms the data keeps
(中 is China whatever else the page names: 中非 is China and Africa)."""

from __future__ import annotations

from dipnet.kb import KnowledgeBase
from dipnet.model import Mention
from dipnet.recognize.lexicon import read_word

_KEPT = str(read_word("kept_short_forms"))


def rebind_short_forms(mentions: list[Mention], kb: KnowledgeBase) -> None:
    """Re-link, in place, the one-character country mentions whose default country the page never
    names in full to the one country named in full whose name opens with that character."""
    shorts = [m for m in mentions if m.type == "COUNTRY" and len(m.text) == 1 and m.kb_id
              and m.text not in _KEPT]
    if not shorts:  # most pages: nothing to weigh
        return
    full: dict[str, str] = {}  # country id -> its canonical name, for the countries named in full
    for m in mentions:
        if m.type == "COUNTRY" and m.kb_id and len(m.text) > 1 and m.kb_id not in full:
            entry = kb.get(m.kb_id)
            full[m.kb_id] = entry.name if entry is not None else m.text
    if not full:
        return
    for m in shorts:
        if m.kb_id in full:
            continue
        named = {cid for cid, name in full.items() if name.startswith(m.text)}
        if len(named) == 1:
            m.kb_id = named.pop()
