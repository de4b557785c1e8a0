"""Messages exchanged between two lands with no sender named (中越两国领导人互致贺电, 两国外长互致贺信 under 中越): SPEC
counts one MESSAGE per sending country, so the exchange is a message each way; each carries its sending and receiving
land, so that merging folds a lead that sums the exchange up into the per-person messages told below it (SPEC: a lead
that sums up messages adds no event beyond them). The exchanges between people (甲同乙互致贺电) the participants'
reading splits already (participants/messages.py); where one side is named by its people and the other only by its lands
(李强也分别同六国总理互致贺电), each of those lands sends its way back to them (ways_back). Called by events._one for MESSAGE."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage
from dipnet.model import Event


def exchanged(text: str, start: int, k: int) -> bool:
    """Does the clause tell its message word as an exchange (互致, 互相致, 互致新年…)?"""
    return rx.compile(cue("message_mutual_before")).search(text, start, k) is not None


def exchange_ways(page: EventPage, ev: Event) -> list[Event]:
    """Two lands' exchange as a message each way; an event of other parties (people, a body, one land) stays as it is."""
    lands = [page.country_by_name.get(p) for p in ev.participants]
    if len(ev.participants) != 2 or not all(lands) or lands[0] == lands[1] or \
            any(p not in page.lands for p in ev.participants):
        return [ev]
    (a, b), (la, lb) = ev.participants, lands
    return [Event(**{**ev.__dict__, "participants": [x, y], "source": [x], "target": [y],
                     "attributes": {**ev.attributes, "_from": [lx], "_to": [ly]}})
            for x, y, lx, ly in ((a, b, la, lb), (b, a, lb, la))]


Sides = tuple[list[str], list[str], list[str], list[str]]  # senders, recipients, their lands (participants/messages.py)


def ways_back(page: EventPage, groups: list[Sides]) -> list[Sides]:
    """An exchange (互致) whose recipients are lands only (甲分别同六国总理互致贺电: the premiers unnamed): each of those lands
    sends its message back to the senders (SPEC: one MESSAGE per sending country), unless a group of the clause has it send
    already (甲分别同乙、丙互致贺电, split by the participants' reading). Merging folds each into that land's message told
    before on the occasion (国家主席某某分别同六国元首互致贺电 … 总理某某也分别同六国总理互致贺电: each land's to both)."""
    out, sending = list(groups), {land for g in groups for land in g[2]}
    for who, to, lands, _ in groups:
        if not who or not to or not lands or any(p not in page.lands for p in to):
            continue
        for land in to:
            code = page.country_by_name.get(land)
            if code and code not in sending and code not in lands:
                out.append(([land], list(who), [code], list(lands)))
                sending.add(code)
    return out
