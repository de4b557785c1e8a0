"""A summons is a démarche of its own (ev13, issue 13, unseen pages): 德国外交部发言人表示,这是严重违反国际法的行为。
德国联邦政府也召见了越南驻德大使,警告…: the protest a spokesperson voices and the ambassador summoned in
another sentence are two DISAPPROVE events, not one told twice (merge.py). The summoning words are data
(events.toml: summon_words)."""

from __future__ import annotations

from dipnet.extract.common.eventwords import words_of
from dipnet.model import Event


def summoned_apart(a: Event, b: Event) -> bool:
    """Are these two protests told in different sentences, only one of them a summons?"""
    if a.type != "DISAPPROVE" or b.type != "DISAPPROVE" or a.start == b.start:
        return False
    words = words_of("summon_words")
    return (a.attributes.get("trigger") in words) != (b.attributes.get("trigger") in words)
