"""A standing assembly whose name ends like a congress held (中国全国人民代表大会, 省人民代表大会): a body that
meets and is met, a side of talks, though names() keeps names ending in 大会 out as meetings (ev57, a lead
ev56 left: 同中国全国人民代表大会举行会谈 read 北京 as the side)."""

from __future__ import annotations

from dipnet.extract.common.eventwords import words_of
from dipnet.extract.common.page import EventPage, names
from dipnet.model import Mention


def standing_assemblies(page: EventPage, mentions: list[Mention]) -> list[str]:
    """The assemblies among `mentions` whose names end in a standing assembly's word (events.toml)."""
    ends = words_of("standing_assembly_suffixes")
    held = [m for m in mentions if (e := page.entities.get(m.entity_id)) is not None and e.type == "ORG"
            and e.name.endswith(ends)]
    return names(page, held, ("ORG",), meetings=True) if held else []
