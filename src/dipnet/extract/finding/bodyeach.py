"""A body or a land that meets several others one by one (东盟将分别和俄罗斯、新西兰会谈; 东盟将分别同日本、韩国、
美国…举行外长会议): no person is named, the subject stands before the each word (分别, 相继…) and the partners, lands
or bodies in one list, after it. One event of the subject with each partner (participants/splits.py splits the
lists whose actors are people)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import Codebook
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage
from dipnet.model import Event

_KINDS = {"COUNTRY", "ORG"}


def body_each(page: EventPage, cb: Codebook, ev: Event, k: int, c: Clause) -> list[Event]:
    """The event split into one per partner listed after the clause's each word, or [ev] as it is."""
    text = page.doc.text
    marks = [(i, w) for w in cb.each_words if (i := text.rfind(w, c.start, k)) != -1]
    if not marks or any(p in page.people for p in ev.participants):
        return [ev]
    at, word = max(marks)
    def ours(lo: int, hi: int) -> list[tuple[int, int, str]]:
        got: dict[str, tuple[int, int, str]] = {}
        for m in page.in_span(lo, hi):
            x = page.entities.get(m.entity_id)
            if x is not None and x.type in _KINDS and x.name in ev.participants:
                got.setdefault(x.name, (m.start, m.end, x.name))
        return sorted(got.values())

    subjects = [n for _, _, n in ours(c.start, at)]
    partners = [p for p in ours(at + len(word), k) if p[2] not in subjects]
    if not subjects or len(partners) < 2 or not _one_list(text, partners):
        return [ev]
    base = [p for p in ev.participants if p not in {n for _, _, n in partners}]
    return [Event(**{**ev.__dict__, "participants": base + [n], "source": subjects[:1], "target": [n],
                     "attributes": {**ev.attributes, "_each": True}}) for _, _, n in partners]


def _one_list(text: str, partners: list[tuple[int, int, str]]) -> bool:
    """Do the partners stand in one list (only a joint, and words in brackets, between two)?"""
    joint, aside = rx.compile(cue("each_partner_joint")), rx.compile(cue("aside_brackets"))
    return all(joint.fullmatch(aside.sub("", text[a:b]).strip()) is not None
               for (_, a, _), (b, _, _) in zip(partners, partners[1:], strict=False))
