"""One seat, one holder (sm1, issue 13): a clause that tells a seat in a multilateral body (轮值主席国, 理事国)
names its holder by position, and the other countries of the clause hold nothing.

- Several countries are holders each only where they stand together as the items of one list (选举越南、
  爱沙尼亚、突尼斯为…理事国); countries scattered over the clause (范明正总理高度评价作为东盟轮值主席的老挝,
  表示希望,两国…; 越南愿协助老挝…其中包括…2024年担任东盟轮值主席国) make one seat, not one per country.
- Where a clause tells two bodies' seats, each with its holder right after the seat word (东盟轮值主席国马来西亚
  总理…、海合会轮值主席国科威特王储…), each seat is its own holder's, not the first one's.
Called by splits.split_lists; the words are in data/cues.toml (seat_list_joiner, seat_after_body)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage, names
from dipnet.model import Event, Mention


def _countries_in(page: EventPage, ev: Event) -> list[Mention]:
    return [m for m in page.in_order(ev.start, ev.end)
            if (e := page.entities.get(m.entity_id)) is not None and e.type == "COUNTRY"]


def listed_together(page: EventPage, ev: Event, listed: list[str]) -> bool:
    """Whether the countries `listed` are named in the event's clause as the items of one list: a run of
    country mentions with only list joiners between them that names every one of them."""
    text = page.doc.text
    joiner = rx.compile(cue("seat_list_joiner"))
    run: list[Mention] = []
    for m in _countries_in(page, ev):
        if run and not joiner.fullmatch(text, run[-1].end, m.start):
            if set(listed) <= set(names(page, run, ("COUNTRY",))):
                return True
            run = []
        run.append(m)
    return bool(run) and set(listed) <= set(names(page, run, ("COUNTRY",)))


def own_holder(page: EventPage, body_at: int, clause_end: int) -> list[str]:
    """The country right after the seat word that follows a body's name (海合会轮值主席国科威特王储): that
    seat's holder; none where no country stands there."""
    text = page.doc.text
    seat = rx.compile(cue("seat_after_body")).match(text, body_at, clause_end)
    if seat is None:
        return []
    right = [m for m in page.in_order(seat.end(), clause_end) if m.start == seat.end()]
    return names(page, right, ("COUNTRY",), in_titles=True)


def seat_parts(page: EventPage, ev: Event, body: str, base: list[str]) -> list[str]:
    """The participants of the seat in `body`: its own holder (own_holder) in place of the clause's other
    countries where one stands right after its seat word, else `base` with the body."""
    at = next((m for m in page.in_order(ev.start, ev.end)
               if (e := page.entities.get(m.entity_id)) is not None and e.name == body), None)
    held = own_holder(page, at.end, ev.end) if at is not None else []
    if not held:
        return base + [body]
    return held + [p for p in base if p not in held and "COUNTRY" not in page.types_of.get(p, set())] + [body]
