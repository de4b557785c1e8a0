"""A pair of one-character short forms before a leaders' meeting word (新马领导人年度会晤) names two countries, but a
region's character in it does not (中非领导人对话会: China and Africa, no South Africa; 中欧: Europe): no MEET of
中国 and 南非 is read from it (ev61, shortpairs.pair_leaders; invented sentences, Simplified and Traditional)."""

from __future__ import annotations

import pytest

from eventpage import events

REGION_PAIRS = [
    "国家主席习近平10日同南非总统拉马福萨共同主持第二届中非领导人对话会。",
    "出访南非期间,国家主席习近平将与拉马福萨一起主持第二届中非领导人对话会。",
    "國家主席習近平10日同南非總統拉馬福薩共同主持第二屆中非領導人對話會。",
]


@pytest.mark.parametrize("body", REGION_PAIRS)
def test_a_regions_character_names_no_country_of_a_pair(body: str) -> None:
    got = [(e.type, sorted(e.participants)) for e in events(body)]
    assert not any(t == "MEET" and "南非" in p for t, p in got), got
    assert any(t == "CONFERENCE" and "拉马福萨" in p for t, p in got), got


def test_two_countries_short_forms_still_pair() -> None:
    got = [(e.type, sorted(e.participants)) for e in events("越南和柬埔寨10日在金边举行越柬两国领导人会晤。")]
    assert ("MEET", ["柬埔寨", "越南"]) in got, got
