"""A visit's host read from a one-character short form (访澳, 抵澳) is the land the page itself names by it: Macao's
government releases say 访澳 of Macao, Singapore's and Chinese papers of Australia. The table's land stays unless the
page names the other land and not it (events.toml short_host_on_page). Called by events._one for VISIT."""

from __future__ import annotations

from dipnet.extract.common.eventwords import table_of
from dipnet.extract.common.page import EventPage


def host_on_page(page: EventPage, trig: str, host_table: dict[str, str], participants: list[str]) -> list[str]:
    """The participants with a short form's host replaced by its other land where the page names only that one
    (the short form itself names no entity: the table gives its land)."""
    default = host_table.get(trig)
    other = table_of("short_host_on_page").get(default or "")
    if other is None or default not in participants:
        return participants
    named = {e.name for e in page.entities.values()}
    if other not in named or default in named:
        return participants
    return [other if p == default else p for p in participants]
