"""Entity classes recurring on the GENERAL2 tuning pages (invented text)."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _record(text: str) -> dict:
    return to_record(extract("题目\n\n" + text + "\n"))


def _names(text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["name"].replace(" ", "")) for e in _record(text)["entities"]}


def _mentions(text: str) -> set[str]:
    return {m for e in _record(text)["entities"] for m in e["mentions"]}


def _roles(text: str) -> set[tuple[str, str]]:
    return {(r["person"].replace(" ", ""), r["title"]) for r in _record(text)["roles"]}


# --- a known two-character short name that a plain word crosses is none ---

def test_a_party_short_name_crossed_by_a_verb_is_none():
    text = "两国防长在视频会议中共用了海上搜救的相关数据。"
    assert "中共" not in _mentions(text)
    assert ("COUNTRY", "中国") not in _names(text)


def test_a_forum_short_name_before_a_meeting_verb_is_none():
    text = "领事官员已于3月2日与阮氏香会面,了解她的近况。"
    assert "香会" not in _mentions(text)


def test_a_person_short_name_crossed_by_an_adverb_is_none():
    text = "格实·披隆耶访问河内。各地政府将严格实施相关规定。"
    assert "格实" not in _mentions(text)


def test_an_outlet_short_name_after_the_people_is_none():
    text = "中国政府和人民视柬埔寨人民为好朋友。"
    assert not any("民视" in m for m in _mentions(text))


def test_a_short_name_standing_alone_is_still_read():  # guard
    assert "中共" in _mentions("中共中央对外联络部部长会见了老挝客人。两党中共与越共关系密切。")


# --- plain words a name reader runs into ---

def test_a_name_before_a_verb_of_analysis_ends_before_it():
    text = "北京大学教授王平分析指,此访意义重大。"
    assert ("PERSON", "王平") in _names(text)
    assert ("PERSON", "王平分") not in _names(text)


def test_taking_office_opens_no_name():
    text = "菲律宾外长对李明浩就任韩外长表示祝贺。"
    people = {n for t, n in _names(text) if t == "PERSON"}
    assert "任韩" not in people
    assert not any(p == "任韩" for p, _ in _roles(text))


def test_fitting_before_a_post_is_no_name():
    text = "这是合作的基础,符合越共中央总书记阮文山于2021年对老挝进行访问期间达成的共识。"
    people = {n for t, n in _names(text) if t == "PERSON"}
    assert "符合" not in people


# --- a body named by two fields joined by 和/与 ---

def test_a_department_of_two_joined_fields_under_its_ministry_is_read():
    text = "老挝农林部森林保护和野生动物管理局副局长通沙万表示,合作成效显著。"
    assert ("ORG", "森林保护和野生动物管理局") in _names(text)


def test_a_committee_of_two_joined_fields_after_a_particle_is_read():
    text = "在3月2日召开的国家重点电力工程与项目监督委员会第五次会议上,各方通报了进展。"
    assert ("ORG", "国家重点电力工程与项目监督委员会") in _names(text)


def test_a_committee_opened_by_a_country_in_a_list_is_read():
    text = "总理分别接见了老越友好协会代表团、老挝援越医疗专家和志愿者联络委员会代表团。"
    assert ("ORG", "老挝援越医疗专家和志愿者联络委员会") in _names(text)


def test_two_bodies_joined_make_no_third():  # guard
    text = "国会常务委员会与祖国阵线中央委员会举行联席会议。越南国情和全球局势复杂。"
    names = {n for t, n in _names(text) if t == "ORG"}
    assert not any("与" in n or "和" in n for n in names)


def test_a_source_body_under_its_ministry_holds_no_figure():
    text = ("越通社河内——据越南农业与农村发展部堤防管理和灾害防治局的消息,受台风影响,"
            "截至9月11日,各地死亡和失踪人员已达120人。")
    subjects = {f["subject"] for f in _record(text)["facts"]}
    assert "堤防管理和灾害防治局" not in subjects


def test_a_one_character_stop_opening_a_field_word_is_no_boundary():  # guard: no 源工程与… cut
    text = "在3月2日召开的国家重点能源工程与项目监督委员会第五次会议上,各方通报了进展。"
    assert not any(n.startswith("源") for t, n in _names(text))


def test_a_joined_body_running_on_into_an_office_is_left_whole():  # guard
    text = "在总参谋部救灾局副局长、国家应对洪涝灾害与救援委员会办公厅副主任黄文明少将的指挥下,救援组已出发。"
    assert not any(n.startswith("洪涝") for t, n in _names(text))


def test_a_plain_word_ending_in_a_body_character_is_no_body():  # guard: 格局
    assert not any("格局" in n for t, n in _names("越南在世界和地区战略格局中的地位不断提高。"))


# --- bodies' words the suffix reader did not know ---

def test_an_alumni_association_is_a_body():
    text = "双方应发挥澳大利亚越南校友会的桥梁作用。"
    assert ("ORG", "澳大利亚越南校友会") in _names(text)


def test_a_regional_trade_union_is_a_body():
    text = "9月3日,日本关西地方工会在大阪组织了募捐活动。"
    assert ("ORG", "日本关西地方工会") in _names(text)


def test_a_cabinet_before_its_premier_is_a_body():
    text = "古巴内阁总理马雷罗向越南政府总理致贺电。"
    assert ("ORG", "古巴内阁") in _names(text)


def test_a_bloc_short_name_crossed_by_a_word_before_or_after_is_none():
    text = "与会代表在座谈会上合影留念。年满十八岁以上合格选民可以投票。"
    assert "上合" not in _mentions(text)
    assert "上合组织" in _mentions("上合组织峰会在天津举行。")  # guard
