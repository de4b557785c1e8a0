"""A host city written right before an international body's name inside a meeting's name is the venue (en7,
venues.py): the city stays a place, the body keeps its own name (no 某市 + 上合组织 body, no local branch of
APEC after a city ending in 州); and a meeting named again in a 继…之后 span is the one told before
(namedearlier.py). Invented sentences."""

from __future__ import annotations

from dipnet.pipeline import extract


def _page(text: str):
    return extract("题目\n\n" + text + "\n", url="http://example.org/a")


def _ents(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in _page(text).entities}


def test_a_city_glued_before_a_body_short_name_is_the_venue():
    ents = _ents("2023年6月2日 在青岛上合组织峰会期间,甲国外长会见了乙国外长。")
    assert ("LOCATION", "青岛") in ents
    assert ("ORG", "上海合作组织") in ents
    assert not any(n.startswith("青岛") and t == "ORG" for t, n in ents)


def test_a_city_before_a_body_full_meeting_alias_is_the_venue():
    ents = _ents("2023年6月2日 外长表示,广州亚太经合组织领导人非正式会议将于下月举行。")
    assert ("LOCATION", "广州") in ents
    assert ("ORG", "亚太经合组织") in ents
    assert ("ORG", "广州亚太经合组织") not in ents


def test_a_latin_acronym_after_a_city_ending_in_a_level_character():
    doc = _page("2023年6月2日 去年在苏州APEC峰会期间,甲国总统出席了会议。")
    ents = {(e.type, e.name) for e in doc.entities}
    assert ("LOCATION", "苏州") in ents and ("ORG", "亚太经合组织") in ents
    conf = [e for e in doc.events if e.type == "CONFERENCE"]
    assert conf and "亚太经合组织" in conf[0].participants and conf[0].location == "苏州"


def test_a_national_body_after_a_local_level_is_still_the_locality_branch():
    ents = _ents("2023年6月2日 钦州市妇女联合会代表团访问了河内。")
    assert ("ORG", "越南妇女联合会") not in ents and ("ORG", "中华全国妇女联合会") not in ents


def test_a_meeting_named_again_in_a_ji_span_is_the_one_told_before():
    doc = _page("2023年6月2日 外长表示,去年在钦州APEC峰会期间,甲国总统出席了会议。外长还表示,两国领导人将于15日会晤,"
                "两位领导人继钦州APEC峰会和西安G20峰会之后,将进行第三次会晤。")
    apec = [e for e in doc.events if e.type == "CONFERENCE" and "亚太经合组织" in e.participants]
    assert len(apec) == 1
    g20 = [e for e in doc.events if e.type == "CONFERENCE" and "二十国集团" in e.participants]
    assert g20 and all(e.status == "occurred" for e in g20)
