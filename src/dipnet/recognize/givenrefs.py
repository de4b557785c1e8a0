"""A Chinese leader named by his given name before his post (克强总理, 近平总书记): the person the
knowledge base knows by that given name who held that post."""

from __future__ import annotations

from functools import lru_cache

from dipnet.kb import KnowledgeBase
from dipnet.model import Mention, in_order
from dipnet.recognize.lexicon import name_rules, read_word
from dipnet.recognize.scan import found_words


@lru_cache(maxsize=4)
def _given_index(kb: KnowledgeBase) -> dict[str, tuple[tuple[str, str, frozenset[str]], ...]]:
    """Given name -> (person id, surname, cores of the posts held) for the Chinese people the knowledge
    base names with a one-character surname and a two-character given name."""
    surnames = name_rules().surnames
    out: dict[str, list[tuple[str, str, frozenset[str]]]] = {}
    for e in kb.entries.values():
        if e.type == "PERSON" and e.country == "CN" and len(e.name) == 3 and e.name[0] in surnames:
            cores = frozenset(kb.title_core(p.title) for p in kb.positions(e.id))
            out.setdefault(e.name[1:], []).append((e.id, e.name[0], cores))
    return {g: tuple(v) for g, v in out.items()}


def given_name_refs(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions with the given names read before a post their one known holder of that name held
    (克强 + 总理), where no name stands there and the surname does not open it (李克强总理 is read whole)."""
    words = read_word("sure_after_titles")
    titles = (words,) if isinstance(words, str) else tuple(words)
    index = _given_index(kb)
    out = list(mentions)
    for title, at in found_words(text, titles):
        core = kb.title_core(title)
        for k in at:
            if k < 2:
                continue
            cands = [c for c in index.get(text[k - 2:k], ()) if core in c[2]]
            if len(cands) != 1 or (k > 2 and text[k - 3] == cands[0][1]):
                continue
            if any(m.start < k and k - 2 < m.end for m in out):
                continue
            out.append(Mention(k - 2, k, text[k - 2:k], "PERSON", kb_id=cands[0][0]))
    return in_order(out)
