"""Names the knowledge base does not know, on pages of the region's outlets (issue 13, s3): an
association whose name opens with two countries (新加坡 + 中国友好协会), two short forms and 友协,
a ministry of two fields whose post opens on its last character (能源和矿产 + 部长), the posts of
vice-ministers and permanent secretaries, the surname 华, and 于 as a surname before a list's close.
Invented text only."""

from __future__ import annotations

from invented import names as _names
from invented import page_of as _doc
from invented import people as _people


def _roles(text: str) -> set[tuple[str, str]]:
    return {(r.person, r.title) for r in _doc(text).roles}


def test_an_association_opened_by_two_countries_is_one_body():
    got = _names("应马来西亚中国友好协会和泰国中国友好协会邀请，代表团访问了两国。")
    assert ("ORG", "马来西亚中国友好协会") in got
    assert ("ORG", "泰国中国友好协会") in got
    assert ("ORG", "中国友好协会") not in got


def test_two_short_forms_and_youxie_name_a_friendship_association():
    got = _names("柬中友协主席宋某某会见了来访的客人。")
    assert ("ORG", "柬中友协") in got


def test_a_ministry_of_two_fields_before_its_contracted_post():
    text = "老挝水利和林业部长坎拉·西里冯、柬劳动和职业培训部长乔某某出席了会议。"
    got = _names(text)
    assert ("ORG", "老挝水利和林业部") in got
    assert ("ORG", "柬埔寨劳动和职业培训部") in got
    text = "出席者有菲律宾能源和矿产部长罗某某。"
    assert ("ORG", "菲律宾能源和矿产部") in _names(text)


def test_vice_ministers_and_permanent_secretaries_are_posts():
    roles = _roles("外交部常务次长郑某平出席酒会。文莱外交部常秘拉赫曼、内阁秘书苏巴克陪同。")
    assert any(p == "郑某平" and t.endswith("次长") for p, t in roles)
    assert any(p == "苏巴克" and t.endswith("内阁秘书") for p, t in roles)


def test_hua_is_a_surname_and_yu_one_before_a_list_close():
    got = _people("使馆公使衔参赞华建民、武官于立新等到机场迎接。")
    assert "华建民" in got
    assert "于立新" in got
    # 于 the preposition after a post is no one's name
    assert not any(n.startswith("于") for n in _people("大使于当天抵达金边。参赞于上午会见了记者。"))


def test_a_city_legislature_standing_committee_is_one_body():
    got = _names("重庆市人大常委会副主任张某明到机场迎接客人。")
    assert ("ORG", "重庆市人大常委会") in got


def test_a_joint_friendship_hall_and_an_airport_after_a_city():
    got = _names("应韩中友好会馆邀请，代表团抵达仁川市永宗国际机场。")
    assert ("ORG", "韩中友好会馆") in got
    assert ("LOCATION", "永宗国际机场") in got


def test_japanese_family_names_after_a_post_and_our_mission():
    text = "代表团拜会了协会前理事长长谷川明子和我驻大阪总领馆领事陈某某，又拜会了我驻日本使馆公参李某某。"
    got = _names(text)
    assert ("PERSON", "长谷川明子") in got
    assert ("ORG", "驻日本使馆") in got


def test_demonstratives_and_quantifiers_open_no_name():
    got = _names("代表团将探访泰国若干军区，并同这些省市领导举行座谈。")
    assert ("ORG", "泰国若干军区") not in got
    assert not any(n.startswith("这些") for _, n in got)


def test_a_rank_after_a_glossed_name_is_that_persons():
    roles = _roles("阮某某中将会见了老挝国防部后勤局局长坎森(Khamsen Vongsa)少将率领的代表团。")
    assert ("坎森", "少将") in roles


def test_a_provincial_committee_is_named_from_its_province_not_its_country():
    got = _names("老挝赛坎丰省委书记兼省长本通·西萨率团访问越南。")
    assert ("ORG", "赛坎丰省委") in got
    assert ("ORG", "老挝赛坎丰省委") not in got


def test_a_bare_chamber_after_a_partners_post_is_that_partners():
    got = _names("应澳大利亚众议院议长托尼·史密斯、参议院议长斯科特·瑞安邀请，代表团访问堪培拉。")
    assert ("ORG", "澳大利亚参议院") in got


def test_superlatives_and_counts_name_no_body():
    got = _names("这是印尼最大银行。总理同韩国20大集团代表座谈。")
    assert not any(t == "ORG" and ("最大" in n or "20大" in n) for t, n in got)


def test_a_glossed_name_before_a_qualified_post_after_a_body():
    roles = _roles("菲律宾经济文化办事处林某华(Lim Mou Hwa)代理代表致词。")
    assert ("林某华", "代表") in {(p, t[-2:]) for p, t in roles}
    assert not any(p.startswith("经济文化办事处") for p, _ in roles)


def test_cubas_organs_by_their_bare_words_and_its_posts():
    text = "越通社哈瓦那电 陈某某会见古巴共产党中央委员会第二书记、国务委员会副主席兼部长会议第一副主席马某某。"
    got = _names(text)
    assert ("ORG", "古巴部长会议") in got
    roles = _roles(text)
    assert any(t.endswith("第二书记") for _, t in roles)
    assert any(t.endswith("国务委员会副主席") for _, t in roles)
    assert any(t.endswith("第一副主席") for _, t in roles)


def test_two_short_forms_before_a_shared_disaster_are_the_two_countries():
    got = _names("土叙强震发生后，多国派出救援力量。")
    assert ("COUNTRY", "叙利亚") in got


def test_a_country_and_its_parliaments_word_name_that_parliament():
    got = _names("瑙鲁国会议长某某会见越南代表团。")
    assert any(t == "ORG" and n.startswith("瑙鲁") for t, n in got)


def test_abbreviated_committees_and_party_committees_before_posts():
    text = "代表团会见中共滇南州政法委书记张某某。越南广宁省公安党委书记陈某某出席。"
    got = _names(text)
    assert any(t == "ORG" and "政法委" in n for t, n in got)
    assert any(t == "ORG" and "公安党委" in n for t, n in got)
    # a committee's abbreviation that runs on into 员会 is the full word's start
    got = _names("巴西劳工党外事委员会主任某某会见越共代表团。")
    assert not any(n.endswith("外事委") for _, n in got)


def test_a_year_between_a_place_and_a_body_word_names_no_body_and_minutes_are_no_one():
    got = _names("越南四省与中国云南省2024 年党委书记新春会晤举行。双方签署会晤纪要。")
    assert not any("2024" in n for _, n in got)
    assert ("PERSON", "纪要") not in got
