"""Vietnamese wire pages in Chinese (invented text): joint bodies named by two partners joined by 与,
names that run on into 造访/第, 领袖 before a name, a translator's credit, a youth union's own central
organ, a person repeated where a place sits inside the name, a foreign government opening a chain of
posts, a home body's short name after another country, a city named with 州 before 市, SWAPO named
with its country (纳米比亚人组党) and a building (国会大厦)."""

from __future__ import annotations

from dipnet.pipeline import extract


def _doc(text: str):
    return extract("题目\n\n" + text + "\n")


def _names(text: str, kind: str) -> set[str]:
    return {e.name for e in _doc(text).entities if e.type == kind}


def _mentions(text: str, kind: str) -> set[str]:
    return {m for e in _doc(text).entities if e.type == kind for m in e.mentions}


def _roles(text: str) -> set[tuple[str, str]]:
    return {(r.person, r.title) for r in _doc(text).roles}


def test_two_partners_joined_by_yu_open_one_friendship_association():
    text = "越通社河内——智利与越南友好协会主席马里奥会见了越南客人。"
    orgs = _names(text, "ORG")
    assert "智利与越南友好协会" in orgs
    assert "越南友好协会" not in orgs


def test_two_legislatures_joined_by_yu_open_one_joint_committee():
    text = "越南国会与俄罗斯联邦国家杜马间合作委员会第三次会议在河内举行。"
    assert "越南国会与俄罗斯联邦国家杜马间合作委员会" in _names(text, "ORG")


def test_two_bodies_side_by_side_stay_two():
    text = "越南国会与老挝国会对外委员会举行会谈。"
    assert not any(o.startswith("越南国会与") for o in _names(text, "ORG"))


def test_a_dotted_name_ends_before_zaofang_and_di():
    text = "越通社河内——智利前总统米歇尔·巴切莱特造访了广宁省。秘鲁国会主席何塞·佩雷斯第三次访越。"
    persons = _names(text, "PERSON") | _mentions(text, "PERSON")
    assert "米歇尔·巴切莱特" in persons and "何塞·佩雷斯" in persons
    assert not any(p.endswith(("造", "第三次")) for p in persons)


def test_lingxiu_is_a_post_before_a_name():
    text = "越通社哈瓦那——古巴革命领袖劳尔·卡斯特罗会见了越南代表团。"
    persons = _names(text, "PERSON")
    assert "劳尔·卡斯特罗" in persons
    assert not any(p.startswith("领袖") for p in persons)


def test_translator_credit_names_a_person():
    text = "人民军队:越南国防部副部长会见了老挝客人。(完)\n(黄明海/译)"
    assert "黄明海" in _names(text, "PERSON")


def test_youth_union_central_secretariat_is_not_the_party_secretariat():
    text = "越共中央候补委员、胡志明共青团中央书记处第一书记阮青山出席会议。"
    assert "越共中央书记处" not in _names(text, "ORG")


def test_a_repeated_name_holds_the_place_inside_it():
    text = "苏林会见了越英友好协会主席阮广宁。\n\n阮广宁表示,协会将继续开展活动。"
    assert "广宁" not in _names(text, "LOCATION")
    assert "阮广宁" in _names(text, "PERSON")


def test_lao_government_chain_gives_laos_the_bare_ministry():
    text = "范明政在河内会见老挝政府副总理兼外交部长宋沙万。"
    orgs = _names(text, "ORG")
    assert "老挝外交部" in orgs and "越南外交部" not in orgs


def test_a_home_body_short_name_after_another_country_is_not_the_home_body():
    text = "越南公安部协助柬埔寨人民公安力量开展培训。"
    assert "越南人民公安" not in _names(text, "ORG")


def test_a_city_name_ending_in_zhou_before_shi():
    text = "近期,原州市与越南太原省签署了合作备忘录。"
    assert "原州市" in _names(text, "LOCATION")


def test_swapo_named_with_its_country_is_one_mention():
    text = "安哥拉人民解放运动、纳米比亚人组党等政党致贺电。"
    assert "纳米比亚人组党" in _mentions(text, "ORG")


def test_the_assembly_building_is_a_place():
    text = "国会主席陈青敏在国会大厦会见了智利客人。"
    assert "国会大厦" in _names(text, "LOCATION")


def test_a_foreign_party_chain_owns_its_bare_central_organ():
    text = "越共中央对外部副部长阮明强会见了老挝人民革命党中央委员、中央对外部部长坎平。"
    orgs = _names(text, "ORG")
    assert any(o.startswith("老挝人民革命党中央对外") for o in orgs)


def test_a_paper_in_angle_quotes_inside_a_chain_of_posts():
    text = "越共中央委员、越南《人民报》社总编辑、中央宣教部副部长黎文成率团访问了柬埔寨。"
    roles = _roles(text)
    assert ("黎文成", "越共中央委员") in roles


def test_a_photographers_bracket_names_a_bare_given_name():
    text = "两国代表团举行会谈。(春海 摄)"
    assert "春海" in _names(text, "PERSON")
    assert "记者" not in _names("两国代表团举行会谈。(记者 摄)", "PERSON")


def test_bodies_listed_after_a_citys_party_committee_are_the_citys():
    text = "9月2日晚,岘港市市委、人民议会、人民委员会、祖国阵线委员会联合举行国庆招待会。"
    orgs = _names(text, "ORG")
    assert "越南祖国阵线中央委员会" not in orgs
    assert "岘港市人民委员会" in orgs or "人民委员会" in orgs


def test_the_lao_party_central_executive_committee_is_the_party():
    text = "老挝人民革命党中央执行委员会委员、省委书记、省长坎平同志欢迎代表团。"
    orgs = _names(text, "ORG")
    assert "老挝人民革命党中央执行委员会" not in orgs and "老挝人民革命党" in orgs


def test_a_provincial_party_committees_seat_is_a_place():
    text = "占巴塞省委书记在占巴塞省委总部会见越南客人。"
    assert "占巴塞省委总部" in _names(text, "LOCATION")


def test_guoqing_he_is_no_khanh_hoa():
    text = "潘文江祝贺老挝国庆和老挝人民军建军纪念日。"
    assert "庆和" not in _names(text, "LOCATION")


def test_a_foot_byline_before_the_link_list():
    text = "两国代表团举行会谈。\n\n黄秋\n\n更多新闻\n\n发表评论"
    assert "黄秋" in _names(text, "PERSON")
    assert "黄秋" not in _names("两国代表团举行会谈。\n\n黄秋", "PERSON")


def test_two_posts_listed_after_a_name():
    text = "越南常驻联合国代表团团长黄明山副部长、大使率领越南代表团出席会议。"
    assert ("黄明山", "大使") in _roles(text)
