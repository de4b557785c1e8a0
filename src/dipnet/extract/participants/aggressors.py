"""Aid stands against an aggressor, never with it (ai3, issue 13): a land the aid's sentence tells as invading,
attacking or waging war — right before a word of aggression (俄罗斯入侵乌克兰, 被俄罗斯侵略, 遭某国进攻) or owning
the war's means (资助某国战争机器/战争财源) — is neither the giver nor the receiver, unless a word that opens the
recipient stands right before it (向某国战争难民提供: that land receives), nor does a reading that falls back on
the page's own land bring it back where the sentence names it only so. Words: data/participants.toml
aggressor_after, aid_recipient_before."""

from __future__ import annotations

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.page import EventPage
from dipnet.extract.participants.words import participant_pattern
from dipnet.model import Mention

_TYPES = frozenset({"AID"})


def _aggressor(page: EventPage, m: Mention) -> bool:
    """Is this mention a land told as the aggressor?"""
    text = page.doc.text
    return (e := page.entities.get(m.entity_id)) is not None and e.type == "COUNTRY" \
        and participant_pattern("aggressor_after").match(text, m.end) is not None \
        and participant_pattern("aid_recipient_before").search(text, max(0, m.start - 2), m.start) is None


def aggressors_out(page: EventPage, kind: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without the lands told as the aggressor (aid's types only)."""
    return mentions if kind not in _TYPES else [m for m in mentions if not _aggressor(page, m)]


def aggressor_lands_out(page: EventPage, c: Clause, participants: list[str]) -> list[str]:
    """The participants without a land the sentence names only as the aggressor (the page's own land put back by a
    fallback: 美国政府…等同于资助俄国战争财源 on a page about Russia)."""
    told = [(e.name, _aggressor(page, m)) for m in page.in_span(*c.sentence)
            if (e := page.entities.get(m.entity_id)) is not None and e.type == "COUNTRY"]
    only = {n for n, hit in told if hit} - {n for n, hit in told if not hit}
    return [p for p in participants if p not in only]
