"""(en27) Entities on unseen pages, on invented sentences: military and police units and contingents
are organizations named by their country, body or place (某国维和步兵营, 某国二号工兵队, 某国公安部救援队,
某市水警区); a peacekeepers' camp (营区) is no unit; a team named by its ministry or army is sent by that
body (the DEPLOYMENT's party)."""

from __future__ import annotations

from invented import page_of


def _entities(text: str) -> dict[str, str]:
    return {e.name: e.type for e in page_of(text).entities}


def test_peacekeeping_infantry_battalion_named_by_its_country():
    assert _entities("据报道,泰国维和步兵营的官兵昨天完成了巡逻任务。").get("泰国维和步兵营") == "ORG"


def test_numbered_engineering_team_named_by_its_country():
    assert _entities("柬埔寨二号工兵队近日在当地修建了一条道路。").get("柬埔寨二号工兵队") == "ORG"


def test_rescue_team_named_by_its_ministry():
    assert _entities("地震发生后,缅甸公安部救援队连夜赶赴灾区。").get("缅甸公安部救援队") == "ORG"


def test_maritime_police_district_named_by_its_city():
    assert _entities("代表团参观了南京水警区和一所学校。").get("南京水警区") == "ORG"


def test_peacekeepers_camp_is_no_unit():
    ents = _entities("在联合国维和营区内,泰国维和步兵营的士兵列队欢迎。")
    assert "联合国维和营" not in ents
    assert ents.get("泰国维和步兵营") == "ORG"


def test_ministry_sends_its_rescue_team():
    doc = page_of("2月8日,老挝公安部派遣老挝公安部救援队赴缅甸开展地震救援工作。")
    deployments = [e for e in doc.events if e.type == "DEPLOYMENT"]
    assert deployments
    assert all("老挝公安部救援队" not in e.participants for e in deployments)
    assert any("老挝公安部" in e.participants for e in deployments)


def test_joint_committee_after_a_pair_of_short_forms_reads_on_over_lianhe():
    # 联合 (jointly) ends a name elsewhere; after two partners it is the joint body's word
    assert _entities("老泰联合委员会第五次会议在万象举行。").get("老泰联合委员会") == "ORG"


def test_joint_committee_with_a_field_before_lianhe():
    ents = _entities("去年两国成立了越日科技合作联合委员会。")
    assert ents.get("越日科技合作联合委员会") == "ORG"
    assert ents.get("越南") == "COUNTRY" and ents.get("日本") == "COUNTRY"


def test_ke_of_a_field_word_is_no_kuwait():
    ents = _entities("老越科学合作委员会今天成立。")
    assert ents.get("老越科学合作委员会") == "ORG"
    assert "科威特" not in ents


def _titles(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in page_of(text).roles:
        out.setdefault(r.person, set()).add(r.title)
    return out


def test_permanent_representative_is_the_whole_post():
    assert "帕劳常任代表" in _titles("代表团由帕劳常任代表吴明德大使率领。").get("吴明德", set())


def test_embassy_economic_and_commercial_counsellor_short_form():
    roles = _titles("柬埔寨驻华使馆经商参赞林国华出席了开幕式。").get("林国华", set())
    assert any(t.endswith("经商参赞") for t in roles)


def test_state_chief_minister_is_no_bare_minister():
    assert "彭亨州务大臣" in _titles("彭亨州务大臣拿督斯里黄国志也出席了仪式。").get("黄国志", set())


def test_association_president_general():
    # the whole post, its body included once the body is read (公会: lx6), never the bare 会长
    roles = _titles("马来西亚华人公会总会长拿督斯里黄志明率团访华。").get("黄志明", set())
    assert roles and all(t.endswith("总会长") for t in roles)


def test_high_commissioner_is_a_post():
    assert "最高专员" in _titles("新加坡驻马最高专员陈思明出席了欢迎仪式。").get("陈思明", set())


def test_medal_named_after_a_person_is_no_person():
    ents = _entities("他被授予该国最高荣誉——卡洛斯·曼努埃尔勋章。")
    assert not any(n.endswith("勋章") for n in ents)


def test_unit_numbered_three_is_one_unit_not_three():
    # 三 + 号 numbers one unit (as 二号 does); 三 + 国 would count three
    assert _entities("老挝三号工兵队在当地修路。").get("老挝三号工兵队") == "ORG"
