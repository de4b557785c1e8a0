"""Posts at the head of a county, a state of a federation or an armed service (县长, 邦长, 海军总长) are titles: the
unknown name after one is a person, and the meeting they hold names them (nw1, issue 13; invented sentences)."""

from __future__ import annotations

from tests.eventpage import sides

from invented import people as _people


def test_a_county_head_is_a_person():
    assert "朱明远" in _people("甲省某县县委副书记、县长朱明远主持会谈,双方交换了意见。")
    assert "朱明远" in _people("某县县长朱明远表示欢迎。")


def test_a_federal_states_governor_is_a_person():
    assert "卡兰普特" in _people("某国南部某某邦邦长卡兰普特等在机场迎接来宾。")


def test_an_armed_services_chief_is_a_person_and_a_party_to_the_meeting():
    body = "甲国海军总长蒋思远少将昨天在乙国首都与乙国国防部长梅德兰会面。"
    assert "蒋思远" in _people(body)
    assert any("蒋思远" in s and "梅德兰" in s for s in sides(body, "MEET"))
    assert "郑海平" in _people("甲国陆军总长郑海平中将出席了仪式。")
