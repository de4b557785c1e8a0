"""Who takes part in an event (ev24, issue 13, event participants: real events read with the wrong parties;
invented sentences)."""

from __future__ import annotations

from eventpage import of


def test_a_presidential_office_named_as_where_a_meeting_is_held_is_no_party():
    # 于韩国总统府接见…: the office stands as the place, after 于 and right before the meeting verb
    meets = of("韩国总统李在明19日于韩国总统府接见越南企业家代表团。", "MEET")
    assert meets and all("韩国总统府" not in e.participants for e in meets)
    assert any("李在明" in e.participants for e in meets)


def test_a_city_hall_a_seminar_is_held_in_is_no_party():
    # …研讨会12日在美国休斯敦市政厅举行: the hosts are parties, the hall is where
    confs = of("由中国贸促会和美国德州政府共同主办的中美农业合作研讨会12日在美国休斯敦市政厅举行。", "CONFERENCE")
    assert confs and all("美国休斯敦市政厅" not in e.participants for e in confs)
    assert any("美国德州政府" in e.participants for e in confs)


def test_a_body_named_for_a_building_that_holds_a_gathering_stays_a_party():
    # 韩国总统府…举办…: the office as the subject that holds it, not after 在/于
    confs = of("韩国总统府与越南驻韩国大使馆11日在首尔联合举办越韩友好交流研讨会。", "CONFERENCE")
    assert any("韩国总统府" in e.participants for e in confs)
