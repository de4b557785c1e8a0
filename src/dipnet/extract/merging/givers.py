"""Aid told twice keeps the direction its clause tells (甲向乙捐赠: `_given`), not one guessed from the order
of names: a headline naming the sides without 向 (甲国军队援助乙国军队, its giver read from the order of names)
over the lead that tells who gives, or a lead telling who gives over a later mention that does not (乙国大使代表
乙国接收了甲国的援助款项). The kept event takes the told direction; merging's later tests (opposite_gifts) read it,
so a third telling of the same gift no longer looks like aid given back."""

from __future__ import annotations

from dipnet.model import Event

Direction = tuple[list[str], list[str], bool]  # source, target, told (`_given`)


def direction_of(ev: Event) -> Direction:
    """What `told_direction` needs of the kept event before it takes another telling in."""
    return list(ev.source), list(ev.target), bool(ev.attributes.get("_given"))


def told_direction(twin: Event, ev: Event, before: Direction) -> None:
    """After `twin` (the kept aid, whose direction was `before`) took `ev` in: the giver and receiver a clause
    told over ones guessed; a guessed direction never wears the told mark it did not earn."""
    if twin.type != "AID" or ev.type != "AID":
        return
    source, target, told = before
    if told:  # (a telling with more names may have replaced the told direction by a guessed one)
        if not ev.attributes.get("_given") and set(source + target) <= set(twin.participants):
            twin.source, twin.target = source, target
        return
    if ev.attributes.get("_given") and ev.source and set(ev.source + ev.target) <= set(twin.participants):
        twin.source, twin.target = list(ev.source), list(ev.target)
        twin.attributes["_given"] = True
    else:
        twin.attributes.pop("_given", None)  # (absorb copied the mark; the direction kept is still a guess)
