"""What merging drops from an event told again: a headline naming everyone over meetings told one by
one, a country beside the people of it who sent or received a message."""

from __future__ import annotations

from dipnet.model import Event


def one_by_one_told(events: list[Event], people: set[str] | None = None,
                    lands: dict[str, str] | None = None) -> list[Event]:
    """A headline naming everyone (甲与乙和丙通电话) over the article's one-by-one telling (甲分别与乙和丙
    通电话: a call each) sums them up: the calls each stand, the headline's joint one does not — also where
    the headline names the sides by their countries or bodies (越南国防部长与新加坡、美国、加拿大防长会晤 over
    潘文江分别与黄永宏、奥斯汀和阿南德举行双边会晤)."""
    people, lands = people or set(), lands or {}
    each: dict[tuple[str, int | None], set[str]] = {}
    for e in events:
        if e.attributes.get("_each"):
            each.setdefault((e.type, e.brief), set()).update(e.participants)

    def summed(e: Event) -> bool:
        told = each.get((e.type, e.brief), set())
        theirs = {lands.get(p) for p in told if p in people} - {None}
        return all(p in told or (p not in people and lands.get(p) in theirs) for p in e.participants)

    return [e for e in events if not (e.attributes.get("_head") and len(e.participants) > 2 and summed(e))]


def people_for_lands(ev: Event, people: set[str], lands: dict[str, str], nations: set[str]) -> None:
    """A message's senders and recipients are the people where the text names them (SPEC): a country on
    a side where a person of its land stands (越南领导人向澳大利亚领导人致贺信 over 范明政致电阿尔巴尼斯…,
    merged) is no party of its own; a body beside its head (墨西哥共产党 and its chairman) is."""
    def keep(side: list[str]) -> list[str]:
        theirs = {lands.get(p) for p in side if p in people} - {None}
        return [p for p in side if p not in nations or lands.get(p) not in theirs]
    source, target = keep(ev.source), keep(ev.target)
    gone = (set(ev.source) - set(source)) | (set(ev.target) - set(target))
    if gone:
        ev.source, ev.target = source, target
        ev.participants = [p for p in ev.participants if p not in gone]
