"""The pillar of localities' dealings (issue 13, ch2). SPEC: localities are people's diplomacy (人民外交); the open
gold gives a province's delegation visiting another province, localities signing with localities and their joint
working committees `people` (seeds 2, dev2 19 and 22), and a national leader meeting a locality's leader `state`
(dev2 3: the national side decides). Two readings, their words in cues.toml:
- two or more of the event's parties are provinces or cities (`locality_pair_types`): people's diplomacy, whatever
  party word the designations carry (老挝人民革命党中央委员会、…省委书记兼省长某某率领…省代表团对…省进行访问),
  unless a national statesman takes part;
- a locality's own words in the clause (省委, 市委, 省外办: `locality_words`) make it people's diplomacy only where no
  national statesman takes part (胡志明市市委领导会见外交部常务副部长某某 stays the state's)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from dipnet.extract.cues import cue, cues
from dipnet.model import Entity, Mention


@cache
def _words() -> re.Pattern[str]:
    return re.compile(cue("locality_words"))


def locality_said(text: str) -> bool:
    """Does the clause (its own words, titles left out) name a locality's organ (省委, 市委, 省外办)?"""
    return _words().search(text) is not None


def locality_pair(type_name: str, actors: Sequence[Mention], entity: Callable[[str | None], Entity | None],
                  is_locality: Callable[[Entity], bool]) -> bool:
    """Are two or more different provinces or cities among the parties of a visit, signing or joint meeting?"""
    if type_name not in cues("locality_pair_types"):
        return False
    places = {e.name for m in actors if (e := entity(m.entity_id)) is not None and is_locality(e)}
    return len(places) >= 2
