"""Whether a sentence listing several sending countries and no sender by name (古巴、泰国等国领导人发来贺电) sums
up messages told elsewhere on the page (merge._summarized): only where another message of the page comes
from one of the lands it lists (ev17, unseen pages: 法国、德国和意大利外交部长向…黎文乙致电表示慰问 beside the Lao and
Thai leaders' messages tells three messages of its own, no summary)."""

from __future__ import annotations

from dipnet.model import Event


def lands_told(listed: list[Event], messages: list[Event]) -> bool:
    """Is a message of one of the listed events' sending lands told elsewhere among `messages` (the brief's)?
    Where either side's lands are unknown, any other message counts."""
    others = [o for o in messages if not any(o is x for x in listed)]
    if not others:
        return False
    listed_lands = {land for o in listed for land in o.attributes.get("_from", ())}
    other_lands = {land for o in others for land in o.attributes.get("_from", ())}
    return not listed_lands or not other_lands or bool(listed_lands & other_lands)
