"""Aid a receiver thanks for (ev47, issue 13): the one thanked gave it, the one thanking received it —
甲国感谢乙国为甲国…提供的支持, 离不开乙国提供的援助, 某某对乙国提供援助表示感谢, 某某向乙国…优先向甲国提供物资
表示感谢. Read before aid's ordinary reading (甲向乙捐赠: the one before 向 gives), which names the thanker
first; merging keeps aid given one way apart from aid given back. Words are in data/cues.toml."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.page import EventPage, country_name, names
from dipnet.extract.participants.lands import land_of
from dipnet.model import Event


def thanked_giver(page: EventPage, c: Clause, k: int, to: int) -> tuple[list[str], list[str]] | None:
    """(giver, receiver) where the aid word at k is what someone thanks for, else None. `to`: where the
    last 向/给 before the word stands (the one right after it receives: 向乙国…优先向甲国提供)."""
    thanks = _thanks_at(page, c, k)
    if thanks is None:
        return None
    at, after = thanks

    def party(a: int, b: int, last: bool) -> list[str]:
        """The nearest country or body named in [a, b), from the end when last — whether or not the
        clause's actors kept it (向乙国领导人…表示感谢: the leaders left unnamed, their country thanked)."""
        ms = page.in_span(a, b)
        for m in reversed(ms) if last else ms:
            got = names(page, [m], ("ORG", "COUNTRY"), in_titles=True)
            if got:
                return got
        return []

    giver = party(after, k, False)
    if not giver:
        return None
    taker = party(to, k, False) if to > at else []
    taker = [p for p in taker if p not in giver] or party(c.start, at, True) or _thanker_land(page, c.start, at)
    return giver, [p for p in taker if p not in giver]


def _thanks_at(page: EventPage, c: Clause, k: int) -> tuple[int, int] | None:
    """Where the thanks word (or the 对/向 naming the one thanked) stands and where the one thanked is named
    after it, for the aid word at k; None where no one thanks for it."""
    text = page.doc.text
    verb = max(((text.rfind(w, c.start, k), w) for w in cues("thanks_before")), default=(-1, ""))
    if verb[0] != -1:  # 甲国感谢乙国为甲国…提供: the one right after the verb gives, the one before it receives
        return verb[0], verb[0] + len(verb[1])
    closing = rx.compile(cue("thanks_after")).match(text, k, c.sentence[1])
    if closing is None or _thanks_of_its_own(page, k, closing.end()):
        return None
    at = min((i for w in cues("thanks_to") if (i := text.find(w, c.start, k)) != -1), default=-1)
    return (at, at + 1) if at != -1 else None


def _thanks_of_its_own(page: EventPage, k: int, end: int) -> bool:
    """Whether the thanks closing at `end` stand in a clause of their own after the aid word at k, with their own
    subject or object (甲国向乙国提供援助,乙国政府对此表示感谢): the receiver's reply, not a 对乙国…表示感谢 frame
    (a clause after the aid word naming no one, 向乙国…提供物资,介绍技术表示感谢, still closes the frame)."""
    text = page.doc.text
    cut = max(text.rfind(ch, k, end) for ch in ",，")
    if cut == -1:
        return False
    return bool(page.in_span(cut, end)) or any(text.find(w, cut, end) != -1 for w in cues("thanks_own_object"))


def gift_told(page: EventPage, c: Clause, k: int, type_name: str) -> dict[str, object]:
    """The private mark merging reads (opposite_gifts) on aid whose clause tells who gives: 甲向乙捐赠,
    由甲捐赠, 感谢甲提供 — not aid its clause names no giver of (甲国援助的项目…投入使用)."""
    if type_name != "AID":
        return {}
    text, cb = page.doc.text, codebook()
    told = any(text.rfind(w, c.start, k) != -1 for w in cb.giver_to + cb.giver_by) or _thanks_at(page, c, k) is not None
    return {"_given": True} if told else {}


def _thanker_land(page: EventPage, a: int, b: int) -> list[str]:
    """The country of the last person named in [a, b) (甲国总理某某对乙国…表示感谢: 甲国 receives)."""
    for m in reversed(page.in_span(a, b)):
        e = page.entities.get(m.entity_id)
        if e is not None and e.type == "PERSON" and (land := country_name(land_of(page, m))):
            return [land]
    return []


def opposite_gifts(a: Event, b: Event, lands: dict[str, str]) -> bool:
    """Two aid events, each with its giver told, whose givers share no land (甲国向乙国捐赠大米 beside 甲国感谢乙国
    提供药品): aid given one way and aid given back, two gifts however alike their parties. `lands`: each actor's
    country."""
    if a.type != "AID" or b.type != "AID" or not (a.attributes.get("_given") and b.attributes.get("_given")):
        return False  # (a giver only guessed from the order of names parts nothing)
    return not {lands.get(p, p) for p in a.source} & {lands.get(p, p) for p in b.source}
