"""Knowledge-base breadth on invented sentences (issue 13): outlets' other transliterations of
leaders' names, embassies written with a country's short form, and activities that are no body."""

from __future__ import annotations

from dipnet.kb import load_kb
from dipnet.pipeline import extract


def _entities(text: str) -> dict[str, str]:
    doc = extract("题目\n\n" + text + "\n")
    return {e.name: e.type for e in doc.entities}


def test_hong_kong_and_taiwan_forms_name_the_same_leaders():
    got = _entities("美国前总统小布殊曾访问河内。德国总理梅克尔与印尼总统佐科威通电话。")
    assert got.get("小布什") == "PERSON"
    assert got.get("默克尔") == "PERSON"
    assert got.get("佐科·维多多") == "PERSON"


def test_an_embassy_written_with_a_short_form_takes_its_full_name():
    got = _entities("越南外交部已与中国驻越大使馆严正交涉。")
    assert got.get("中国驻越南大使馆") == "ORG"
    assert "中国驻越大使馆" not in got


def test_peacekeeping_operations_are_the_un_not_a_force():
    got = _entities("越南自2014年起参加联合国维和行动。")
    assert got.get("联合国") == "ORG"
    assert "联合国维和部队" not in got


def test_a_name_written_with_a_variant_character_is_the_same_person():
    got = _entities("外交部发言人黎氏秋恒回复记者提问。")
    assert got.get("黎氏秋姮") == "PERSON"


def test_a_known_name_inside_a_plain_word_is_none():
    got = _entities("两国在双边和多边论坛上密切配合,加强边海防合作。")
    assert not {"边和", "海防"} & set(got)
    got = _entities("代表团参观了同奈省边和市。越南海防市与日本签署协议。")
    assert "边和" in got and "海防" in got


def test_a_summit_is_the_body_that_holds_it():
    got = _entities("在雅加达举行的第18届东盟峰会期间,双方举行会谈。")
    assert got.get("东盟") == "ORG"
    assert "东盟峰会" not in got


def test_a_run_of_short_forms_before_a_meeting_word_is_countries():
    got = _entities("中日韩领导人会议在首尔举行。越老柬三国总理出席。")
    assert {"中国", "日本", "韩国", "老挝", "柬埔寨"} <= set(got)


def test_provinces_counted_are_no_place():
    got = _entities("广西与越南边境四省党委书记举行新春会晤。越南北方四省代表出席。")
    assert not any(n.endswith(("四省", "五省")) for n in got)
    assert _entities("代表团访问了安江省的龙川市。").get("龙川市") == "LOCATION"  # a name read by its suffix


def test_a_country_s_army_named_is_its_army_and_bare_forces_are_none():
    got = _entities("中国军队愿与越方共同努力。两国海军、海警合作成效显著。")
    assert got.get("中国人民解放军") == "ORG"
    assert not {"越南海军", "越南海警", "中国海警局"} & set(got)


def test_a_vietnamese_given_name_holds_no_river():
    got = _entities("越南友好组织联合会主席阮长江出席活动。")
    assert got.get("阮长江") == "PERSON"
    assert "长江" not in got


def test_joint_bodies_and_airports_are_known():
    got = _entities("越中陆界联委会第十次会议在河内举行。代表团抵达内排国际机场和瓦岱国际机场。")
    assert got.get("越中陆地边界联合委员会") == "ORG"
    assert got.get("瓦岱国际机场") == "LOCATION"


def test_office_holders_of_the_partners_appended_are_found_with_their_titles():
    # defence ministers, speakers and deputies of partners, added as whole classes (kb2)
    got = _entities("新加坡国防部长黄永宏与菲律宾国防部长洛伦扎纳举行会谈。韩国国会议长禹元植、"
                    "印尼副总统吉布兰、英国副首相克莱格和欧盟贸易委员马姆斯特伦出席。")
    for name in ("黄永宏", "洛伦扎纳", "禹元植", "吉布兰·拉卡布明·拉卡", "克莱格", "马姆斯特伦"):
        assert got.get(name) == "PERSON", name
    assert got.get("菲律宾国防部") == "ORG"


def test_a_one_year_term_dates_a_page_whose_dateline_has_no_year():
    # Kőrösi presided the 77th General Assembly 2022-09-13..2023-09-05: a March dateline is 2023
    doc = extract("联大主席会见越南代表\n\n越通社纽约3月15日电 联合国大会主席克勒希3月14日在纽约会见越南"
                  "常驻联合国代表团团长。\n", source="x.txt")
    assert doc.published is not None and doc.published.date == "2023-03-15"


def test_appended_tenures_name_one_holder():
    kb = load_kb()
    assert [e.name for e in kb.holders("国防部长", "2020-01-01", "DE")] == ["克兰普-卡伦鲍尔"]
    assert [e.name for e in kb.holders("众议院议长", "2016-01-01", "JP")] == ["大岛理森"]
    assert [e.name for e in kb.holders("国会议长", "2019-01-01", "KR")] == ["文喜相"]
    assert [e.name for e in kb.holders("联大主席", "2018-01-01")] == ["莱恰克"]


def test_names_as_vietnamese_outlets_write_them_and_bodies_of_people_s_diplomacy():
    got = _entities("泰国国会主席旺·穆罕默德·努尔·马塔会见越南驻泰国大使。泰国外长萨年蓬与越南外长通电话。"
                    "中国宋庆龄基金会代表出席北京香山论坛。尼加拉瓜国民议会代表团访问河内。")
    assert got.get("旺·穆罕默德·努尔·马塔") == "PERSON"
    assert got.get("马立斯·萨年蓬") == "PERSON"
    for org in ("中国宋庆龄基金会", "北京香山论坛", "尼加拉瓜国民议会"):
        assert got.get(org) == "ORG", org


def test_a_vietnamese_outlet_s_form_of_a_leader_is_the_same_person():
    # Nhân Dân writes 范明正 where VNA writes 范明政
    got = _entities("越南政府总理范明正会见泰国外长。")
    assert got.get("范明政") == "PERSON"
    assert "范明正" not in got
