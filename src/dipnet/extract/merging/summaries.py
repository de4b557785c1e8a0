"""Whether a sentence listing several sending countries and no sender by name (古巴、泰国等国领导人发来贺电) sums
up messages told elsewhere on the page (summarized): only where another message of the page comes
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


def _exchange(listed: list[Event]) -> bool:
    """Two messages of one sentence, each the other's way back (两国领导人互致贺电: finding/exchanges.py)."""
    return len(listed) == 2 and listed[0].source == listed[1].target and listed[0].target == listed[1].source


class Tally:
    """What `summarized` asks of the page's events, counted once: messages by brief and by
    (brief, start), and events with a person among their actors by (type, brief)."""

    def __init__(self, events: list[Event], people: set[str]) -> None:
        self.messages: dict[int | None, list[Event]] = {}
        self.listed: dict[tuple[int | None, int], list[Event]] = {}
        self.with_person: dict[tuple[str, int | None], int] = {}
        self.sent_to_people: dict[int | None, set[str]] = {}  # senders of messages to a named person, by brief
        for o in events:
            if o.type == "MESSAGE":
                self.messages.setdefault(o.brief, []).append(o)
                self.listed.setdefault((o.brief, o.start), []).append(o)
                if any(p in people for p in o.target):
                    self.sent_to_people.setdefault(o.brief, set()).update(p for p in o.source if p in people)
            if any(p in people for p in o.participants):
                key = (o.type, o.brief)
                self.with_person[key] = self.with_person.get(key, 0) + 1


def summarized(ev: Event, events: Tally, people: set[str]) -> bool:
    """A teaser's headline naming only countries (越南领导人致电…泰国) sums up the messages its
    summary lists person by person: the summary's events stand, the headline's does not. A sentence
    listing several sending countries and no sender by name (古巴、泰国等国领导人发来贺电) sums up the
    messages told elsewhere on the page and adds none of its own."""
    if ev.type == "MESSAGE" and not any(p in people for p in ev.source):
        listed = events.listed.get((ev.brief, ev.start), [])
        told = lands_told(listed, events.messages.get(ev.brief, []))  # (法国、德国外长向…致电: none told)
        if len(listed) > 1 and told and not any(p in people for o in listed for p in o.source) and \
                not (_exchange(listed) and not lands_told(listed, [o for o in events.messages.get(ev.brief, [])
                                                                  if any(p in people for p in o.source)])):
            return True  # (中越两国领导人互致贺电 sums up only the people's messages below it, not its headline's twin)
    if ev.type == "MESSAGE" and not any(p in people for p in ev.target):
        # 纳丹、李显龙和杨荣文分别写信给越南领导人 over 纳丹在写给阮明哲的信中说…: senders named, the recipients
        # only a country; each sender's own message to a person is told: the lead sums them up
        senders = [p for p in ev.source if p in people]
        if len(senders) > 1 and set(senders) <= events.sent_to_people.get(ev.brief, set()):
            return True
    if ev.brief is None or any(p in people for p in ev.participants):
        return False
    # ev itself names no person, so every event counted here is another one
    return events.with_person.get((ev.type, ev.brief), 0) > 0
