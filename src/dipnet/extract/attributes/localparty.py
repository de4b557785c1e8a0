"""A locality's party post read for an event's pillar (issue 13, ordinary pages): the party secretary or
standing member of a city's or province's committee (河内市委书记, 海南省省委书记, 市委常委) acts for the
locality, not for the party's central organs. SPEC: localities are people's diplomacy; the gold gives the
visit of a city's delegation led by its party secretary, its talks with a sister city's secretary and a
consul general's courtesy call on him to `people`, and his talks with a national leader to `state` (the
national side decides). The post's words are data (cues.toml `local_party_post`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from dipnet.extract.common.cues import cue, cues
from dipnet.model import Mention


@cache
def _local_party() -> re.Pattern[str]:
    return re.compile(cue("local_party_post"))


def local_party_post(post: str) -> bool:
    """Is the post written by a name a locality's party post (…市委书记, …省委常委), whose sector the KB gives as party?"""
    return _local_party().search(post) is not None


def party_leader_among(text: str, actors: Sequence[Mention], designations: Callable[[str, list[Mention]], str]) -> bool:
    """Does an actor's designation (the words written before the name back to the clause's last stop) name a
    party's leading post (某党中央总书记、国家主席某某)? Then a locality's party
    secretary meeting him deals party to party (the gold: 总书记某某会见某省委书记 is `party`); none of the locality's own
    posts counts (cues.toml `party_leader_posts`)."""
    words = cues("party_leader_posts")
    for m in actors:
        said = designations(text, [m])
        if any(w in said for w in words) and not local_party_post(said):
            return True
    return False
