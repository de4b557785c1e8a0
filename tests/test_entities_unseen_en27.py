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
