"""The one partner several listed hosts each meet (总理甲、委员长乙将分别同他举行会谈 / …将分别会见, the guest
left unsaid): the hosts stand before 分别, the guest (他 after it, or left unsaid) is the last person the
sentence or the text before it names of another country than the hosts' (the one a pronoun stands for where
the hosts' country is not known)."""

from __future__ import annotations

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import Codebook
from dipnet.extract.common.page import EventPage, names
from dipnet.extract.participants.lists import subject_list
from dipnet.extract.participants.pronouns import pronoun_partner

_BACK = 200  # characters before the sentence where the guest may have been named


def each_partner(page: EventPage, cb: Codebook, c: Clause, k: int, participants: list[str]) -> list[str]:
    """The participants with the guest every listed host meets (the hosts the clause lists before 分别)."""
    hosts = names(page, subject_list(page, cb, c, k), ("PERSON",))
    if len(hosts) < 2 or any(p in page.people and p not in hosts for p in participants):
        return participants
    lands = {page.country_by_name.get(h) for h in hosts} - {None}
    if not lands:  # (the hosts' country unknown: the one a pronoun after 分别 stands for, if any)
        return pronoun_partner(page, c, k, participants)
    before = [e.name for m in page.in_span(max(0, c.sentence[0] - _BACK), c.start)
              if (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON" and e.name not in hosts]
    guest = next((n for n in reversed(before) if page.country_by_name.get(n) not in lands | {None}), None)
    return participants + [guest] if guest else participants
