"""Joint bodies named by two partners joined by a conjunction (古巴与越南友好协会, 越南国会与俄罗斯联邦
国家杜马间合作委员会, 俄罗斯联邦委员会与越南国会合作小组): the pair opens the body's name where the
words after the second partner mark the body as theirs together (友好, 合作, 间, 联合), so that two
bodies side by side (越南国会与老挝国会对外委员会) stay two."""

from __future__ import annotations

from dipnet.model import Mention
from dipnet.recognize.lexicon import name_rules

_WORDS = dict(name_rules().name_read_words)
_JOINERS = tuple(_WORDS.get("partner_joiners", ()))
_JOINT_OPENERS = tuple(_WORDS.get("partner_joint_openers", ()))


def partner_pairs(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """(start of the first partner, end of the second) for each country or body, conjunction,
    country or body in a row whose next words open a joint body's name."""
    if not _JOINERS or not _JOINT_OPENERS:
        return []
    ends: dict[int, int] = {}
    starts: dict[int, int] = {}
    for m in mentions:
        if m.type in ("COUNTRY", "ORG"):
            ends[m.end] = min(m.start, ends.get(m.end, m.start))
            starts[m.start] = max(m.end, starts.get(m.start, m.end))
    out = []
    for e, s in ends.items():
        if not text.startswith(_JOINERS, e):  # (most names are followed by no joiner: one call, no generator)
            continue
        joiner = next(w for w in _JOINERS if text.startswith(w, e))
        e2 = starts.get(e + len(joiner))
        # a body read as its country and its word (俄罗斯联邦 + 国家杜马): the names in a row
        while e2 is not None and e2 in starts and not text.startswith(_JOINT_OPENERS, e2):
            e2 = starts[e2]
        if e2 is not None and text.startswith(_JOINT_OPENERS, e2):
            out.append((s, e2))
    return out
