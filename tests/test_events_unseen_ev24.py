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


def test_who_praises_a_country_for_hosting_a_conference_does_not_attend_it():
    # 甲对乙成功举办…大会给予高度评价: 乙 held it, 甲 appraises it
    confs = of("泰国国会主席颂猜对老挝成功举办第十届东盟议会大会给予高度评价。", "CONFERENCE")
    assert confs and all("颂猜·翁沙瓦" not in e.participants for e in confs)
    assert any("老挝" in e.participants for e in confs)


def test_who_commends_a_side_for_attending_a_summit_does_not_attend_it():
    # 大使某某赞赏肯方积极参加…峰会: the side commended attended, not the ambassador
    confs = of("中国驻肯尼亚大使王明远赞赏肯方积极参加中非合作论坛峰会。", "CONFERENCE")
    assert confs and all("王明远" not in e.participants for e in confs)


def test_who_attends_a_conference_and_praises_its_results_still_attends_it():
    # 某某出席…大会并高度评价大会成果: the appraisal comes after the attending, of no one else's doing
    confs = of("越南国家主席梁强出席第十届东盟议会大会并高度评价大会成果。", "CONFERENCE")
    assert any("梁强" in e.participants for e in confs)


def test_the_ministry_that_holds_a_handover_ceremony_gives_no_aid_of_its_own():
    # 外交部举行仪式,向乙国党、国家和人民移交了甲国…捐赠的物资: the two countries give and receive
    aid = of("越南外交部6月9日举行仪式,向柬埔寨党、国家和人民移交了越南党、国家和人民捐赠的防疫物资。", "AID")
    assert aid and all("越南外交部" not in e.participants for e in aid)
    assert {"越南", "柬埔寨"} <= set(aid[0].participants)


def test_the_ministries_whose_agreement_the_aid_follows_are_no_parties_of_it():
    # 根据甲部同乙部之间达成的协议: what the aid follows, not who gives it
    aid = of("越南政府代表在金边向柬埔寨方面移交了根据越南工贸部同柬埔寨商业部之间达成的协议200吨援助大米。", "AID")
    assert aid and all(not {"越南工贸部", "柬埔寨商业部"} & set(e.participants) for e in aid)


def test_a_body_that_gives_aid_itself_stays_its_party():
    # 某部救援队还向乙机构捐赠…: the body and the one it gives to are the parties
    aid = of("越南公安部救援队还向缅甸消防局捐赠救援设备和药品。", "AID")
    assert aid and {"越南公安部", "缅甸消防局"} <= set(aid[0].participants)
