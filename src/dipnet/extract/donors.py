"""Aid from several givers (SPEC: an AID per giving): 日本、韩国和澳大利亚分别向越南提供援助 (one per
giver listed before 向), 日本向越南援助100万美元,韩国援助50万美元 (one per clause, the recipient of the
later ones the one named in the first). A clause listing several recipients for one giver is split by
splits.split_lists; this module reads the givers' side."""

from __future__ import annotations

from dipnet.extract.clauses import Clause
from dipnet.extract.codes import Codebook
from dipnet.extract.cues import cue, cues
from dipnet.extract.page import EventPage, names
from dipnet.model import Event

_PARTIES = ("ORG", "COUNTRY", "LOCATION")


def by_giver(page: EventPage, cb: Codebook, ev: Event, c: Clause, k: int, trig: str) -> list[Event] | None:
    """One AID per giver where the clause lists several givers, or where the sentence tells several aid
    clauses, each with its own giver; None where the reading does not apply (the events stay as read)."""
    later = _later_hits(page, cb, c, k, trig)
    if later:  # 甲援助丙10万美元、乙援助5万美元: each part of the clause up to its word gives
        out: list[Event] = []
        starts = [k + len(trig)] + [a + len(w) for a, w in later[:-1]]  # each part from the word before
        bounds = [(c.start, k, trig)] + [(a0, a, w) for a0, (a, w) in zip(starts, later, strict=True)]
        for i, (a0, a, w) in enumerate(bounds):
            end = bounds[i + 1][1] if i + 1 < len(bounds) else c.end
            part = Clause(a0, end, c.sentence, c.brief)
            got = _read(page, cb, ev, part, a, w, True)
            if got is None:
                return None
            out += got
        return out
    return _read(page, cb, ev, c, k, trig, False)


def _later_hits(page: EventPage, cb: Codebook, c: Clause, k: int, trig: str) -> list[tuple[int, str]]:
    """The aid words after this one in its clause, not overlapping (援助 of 提供援助 taken once)."""
    text = page.doc.text
    out: list[tuple[int, str]] = []
    free = k + len(trig)
    for a, w in sorted(page.trigger_hits, key=lambda h: (h[0], -len(h[1]))):
        if free <= a < c.end and "AID" in cb.trigger_types.get(w, ()):
            # (提供了紧急援助: a word with no giver named since the last one goes on with the same giving)
            # (移交了根据甲与乙达成的协议…无偿援助大米: parties inside the one giving, no list part of its own)
            if any(sep in text[free:a] for sep in cues("aid_part_separators")) and any(
                    page.entity(m) is not None and page.entity(m).type in _PARTIES  # type: ignore[union-attr]
                    for m in page.in_order(free, a)):
                out.append((a, w))
            free = a + len(w)
    return out


def _read(page: EventPage, cb: Codebook, ev: Event, c: Clause, k: int, trig: str, several: bool) -> list[Event] | None:
    text = page.doc.text
    if any(text.rfind(w, c.start, k) != -1 for w in cb.giver_by + cues("aid_received")):
        return None  # 乙接收(由)甲捐赠的…: the taker before the giver, read by actors._giver_first

    def parties(a: int, b: int) -> list[str]:
        # (not the bodies in a person's title, 越南建设部部长某某: the person gives; nor the place the
        # giving is held at, 在首都哈瓦那向古巴移交)
        out: list[str] = []
        for m in page.in_order(a, b):
            if cue("aid_place_before") not in text[max(a, m.start - 4):m.start]:
                out += [n for n in names(page, [m], _PARTIES) if n not in out]
        return out

    to = max((text.rfind(w, c.start, k) for w in cb.giver_to), default=-1)
    if to != -1:  # 甲、乙向丙援助: the givers before 向, the recipient after it
        givers, takers = parties(c.start, to), parties(to, k)[:1]
    else:  # 甲援助丙100万美元: the recipient right after the word
        givers = parties(c.start, k)
        end = k + len(trig)
        takers = [n for m in page.in_order(end, min(c.end, end + 2)) if m.start <= end + 1
                  for n in names(page, [m], _PARTIES, in_titles=True)][:1]
    givers = [g for g in givers if g not in takers]
    others = [a for a, w in page.trigger_hits if c.sentence[0] <= a < c.sentence[1] and not c.start <= a < c.end
              and "AID" in cb.trigger_types.get(w, ())]
    if not givers or (len(givers) < 2 and not others and not several):
        return None
    carried = getattr(page, "aid_taker", None)
    if not takers and carried and carried[0] == c.sentence[0]:
        takers = carried[1]  # 韩国援助50万美元: the recipient named in the clause before
    if not takers and page.home and page.home not in givers:
        takers = [page.home]
    if not takers:
        return None
    page.aid_taker = (c.sentence[0], takers)  # type: ignore[attr-defined]
    return [Event(**{**ev.__dict__, "participants": [g] + takers, "source": [g], "target": list(takers),
                     "attributes": dict(ev.attributes)}) for g in givers]
