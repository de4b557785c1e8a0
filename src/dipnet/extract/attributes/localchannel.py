"""The pillar of localities' dealings (issue 13, ch2). SPEC: localities are people's diplomacy (人民外交); the open
gold gives a province's delegation visiting another province, localities signing with localities and their joint
working committees `people` (seeds 2, dev2 19 and 22), and a national leader meeting a locality's leader `state`
(dev2 3: the national side decides). Two or more of the event's parties being provinces or cities, in the types of
cues.toml `locality_pair_types`, make it people's diplomacy whatever party word the designations carry
(某党中央委员会、…省委书记兼省长某某率领…省代表团对…省进行访问), unless a national statesman takes part."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from dipnet.extract.common.cues import cues
from dipnet.model import Entity, Mention


def locality_pair(type_name: str, actors: Sequence[Mention], entities: Mapping[str, Entity],
                  is_locality: Callable[[Entity], bool]) -> bool:
    """Are two or more different provinces or cities among the parties of a visit, signing or joint meeting?"""
    if type_name not in cues("locality_pair_types"):
        return False
    places = {e.name for m in actors if (e := entities.get(m.entity_id)) is not None and is_locality(e)}
    return len(places) >= 2
