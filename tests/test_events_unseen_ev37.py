"""Counterparts listed under a call or credentials verb: one meeting each (ev37, issue 13; invented sentences)."""

from __future__ import annotations

from eventpage import of


def test_credentials_from_a_list_of_ambassadors_are_one_meeting_each():
    # 接受甲、乙和丙递交国书: each ambassador presents his own letters
    meets = of("3月9日,越南国家主席武文祥在主席府接受智利新任驻越大使罗德里戈·佩雷斯、芬兰新任驻越大使"
               "卡蒂·维尔塔宁和秘鲁新任驻越大使卡洛斯·门多萨递交国书。", "MEET")
    pairs = {frozenset(e.participants) & {"罗德里戈·佩雷斯", "卡蒂·维尔塔宁", "卡洛斯·门多萨"} for e in meets}
    assert {frozenset({"罗德里戈·佩雷斯"}), frozenset({"卡蒂·维尔塔宁"}), frozenset({"卡洛斯·门多萨"})} <= pairs
    assert all("武文祥" in e.participants for e in meets)


def test_a_courtesy_call_on_listed_hosts_is_one_meeting_each():
    # 拜会甲、乙 (no 分别): a courtesy call on each host
    meets = of("访问期间,越南国会副主席阮德明礼节性拜会了柬埔寨首相洪玛奈、柬埔寨参议院主席洪森。", "MEET")
    assert any(set(e.participants) == {"阮德明", "洪玛奈"} for e in meets)
    assert any(set(e.participants) == {"阮德明", "洪森"} for e in meets)


def test_credentials_of_one_ambassador_on_behalf_of_his_head_of_state_are_not_split():
    # 甲向乙递交了丙的国书: the names are no list (a verb between them): one meeting, no split
    meets = of("越南驻智利大使黎文平向智利总统博里奇递交了越南国家主席武文祥的国书。", "MEET")
    assert len(meets) == 1 and {"黎文平", "博里奇"} <= set(meets[0].participants)


def test_a_group_received_at_a_reception_is_not_split():
    # 会见甲、乙和丙 without 分别 is not a call or credentials: left as one meeting
    meets = of("越南国家主席武文祥会见了智利外长罗德里戈·佩雷斯、智利经济部长卡洛斯·门多萨和智利众议长卡蒂·维尔塔宁。", "MEET")
    assert len(meets) == 1
