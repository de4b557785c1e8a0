"""Entity mechanisms found on new pages from Africa, Latin America, Central Asia, the Gulf, the EU and
Macao (session 6, en12), on invented text: transliteration characters the table lacked (歇), the
Gulf's honour 谢赫 before a name, a post glossed in brackets before the name (埃米尔(国家元首)某某), a
country's name glued inside the first part of a dotted name (某某马里·某某), an Arabic patronymic
(苏丹·本·某某) and the posts 国务大臣 and 酋长."""

from __future__ import annotations

from dipnet.model import Document
from dipnet.pipeline import extract


def _doc(text: str) -> Document:
    return extract("题目\n\n" + text + "\n")


def _names(doc: Document, type_: str) -> set[str]:
    return {e.name for e in doc.entities if e.type == type_}


def _roles(doc: Document) -> set[tuple[str, str]]:
    return {(r.person, r.title) for r in doc.roles}


def test_a_transliteration_character_the_table_lacked():
    doc = _doc("欧盟理事会主席歇尔达周三抵达布鲁塞尔。")
    assert "歇尔达" in _names(doc, "PERSON")


def test_the_gulf_honour_is_no_part_of_the_name():
    doc = _doc("巴林王储谢赫阿卜杜拉·哈利德出席了开幕式。")
    assert "阿卜杜拉·哈利德" in _names(doc, "PERSON")
    assert not any(n.startswith("谢赫") for n in _names(doc, "PERSON"))


def test_a_post_glossed_in_brackets_before_the_name():
    doc = _doc("科威特埃米尔(国家元首)贾比尔·纳赛尔今天会见了来访的客人。")
    assert ("贾比尔·纳赛尔", "科威特埃米尔") in _roles(doc)


def test_a_country_glued_inside_the_first_part_of_a_dotted_name():
    doc = _doc("塔吉克斯坦总理科希马里·达夫拉特表示欢迎。")
    assert "科希马里·达夫拉特" in _names(doc, "PERSON")
    assert "马里" not in _names(doc, "COUNTRY")


def test_a_countrys_name_opening_an_arabic_patronymic_name():
    doc = _doc("阿曼外交国务大臣苏丹·本·哈马德·布赛义迪已经抵达多哈。")
    assert ("苏丹·本·哈马德·布赛义迪", "阿曼外交国务大臣") in _roles(doc)


def test_one_character_before_a_known_place_is_none_of_the_airports_name():
    places = _names(_doc("总理乘专机抵达阿布贾国际机场,开始正式访问。"), "LOCATION")
    assert "阿布贾国际机场" in places and "达阿布贾国际机场" not in places


def test_china_africa_capacity_cooperation_is_no_central_african_republic():
    doc = _doc("肯尼亚是中非产能合作的示范国家。")
    assert "中非共和国" not in _names(doc, "COUNTRY")


def test_a_ministers_post_listed_after_a_holder_whose_post_a_country_opens():
    orgs = _names(_doc("加纳外交部长阿约卡、渔业与水产部长多德、财政部长奥福里等到机场迎接。"), "ORG")
    assert {"加纳渔业与水产部", "加纳财政部"} <= orgs


def test_transliteration_characters_dun_zan_jing_and_the_verbs_they_open():
    doc = _doc("柬埔寨副首相敦赞比索敦促各方保持克制。")
    assert ("敦赞比索", "柬埔寨副首相") in _roles(doc)
    doc = _doc("俄罗斯副总理卡列京表示欢迎。")
    assert "卡列京" in _names(doc, "PERSON")


def test_a_website_credited_as_the_source():
    orgs = _names(_doc("(图片来源:云南省门户网站) 会议在昆明举行。"), "ORG")
    assert "云南省门户网站" in orgs
    orgs = _names(_doc("2021-03-02  来源:内蒙古自治区人民政府网站\n会议在呼和浩特举行。"), "ORG")
    assert "内蒙古自治区人民政府网站" in orgs


def test_taken_from_opens_no_outlets_name():
    orgs = _names(_doc("(图/取自越南外交部网站)外长会见大使。"), "ORG")
    assert not any(o.startswith("取自") for o in orgs)


def test_reporters_in_a_dispatch_bracket_whatever_their_first_character():
    doc = _doc("新华社呼和浩特3月2日电(记者乌云钢 赵明)自治区主席出席会议。")
    assert {("乌云钢", "记者"), ("赵明", "记者")} <= _roles(doc)


def test_an_editors_name_after_the_label_closed_by_a_space():
    doc = _doc("来源:新华网 责任编辑:卫晓彤 发布时间:2023-05-06\n外长出席会议。")
    assert ("卫晓彤", "责任编辑") in _roles(doc)


def test_long_mongolian_names_in_transliteration_and_bian_ending_a_name():
    doc = _doc("会见国家大呼拉尔主席巴特额尔德楞。")
    assert "巴特额尔德楞" in _names(doc, "PERSON")
    doc = _doc("新总理苏赫巴特便在广场举行欢迎仪式。")
    assert "苏赫巴特" in _names(doc, "PERSON")


def test_verbs_of_a_subject_end_a_dotted_name():
    doc = _doc("巴拉圭总统圣地亚哥·培尼亚期待双方继续加强互访。")
    assert "圣地亚哥·培尼亚" in _names(doc, "PERSON")


def test_the_honour_joined_by_a_dot_and_a_seven_character_first_part():
    doc = _doc("应卡塔尔首相谢赫·哈立德·本·阿卜杜勒拉赫曼·阿勒萨尼的邀请进行访问。")
    assert ("哈立德·本·阿卜杜勒拉赫曼·阿勒萨尼", "卡塔尔首相") in _roles(doc)


def test_a_field_word_that_is_also_a_suffix_before_the_ministrys_character():
    orgs = _names(_doc("老挝新闻传媒部副部长坎佩出席了会议。"), "ORG")
    assert "老挝新闻传媒部" in orgs


def test_a_known_place_opening_a_transliterated_name_after_a_post():
    doc = _doc("阿曼投资部部长苏瓦迪表示欢迎。")
    assert "苏瓦迪" in _names(doc, "PERSON")


def test_an_adverb_opens_no_body_before_a_post():
    orgs = _names(_doc("阿曼已指派投资部部长苏瓦迪作为牵头人。"), "ORG")
    assert not any("已指派" in o for o in orgs)


def test_a_title_across_a_countrys_last_characters_is_read_again_after_it():
    doc = _doc("科威特首相贾比尔·穆巴拉克会见了外长。")
    assert ("贾比尔·穆巴拉克", "科威特首相") in _roles(doc)
    doc = _doc("约旦王国王储侯赛因·本·阿卜杜拉出席了仪式。")
    assert any(p == "侯赛因·本·阿卜杜拉" and "王储" in t for p, t in _roles(doc))


def test_a_ministry_of_three_fields_listed_with_an_enumeration_comma_after_its_country():
    orgs = _names(_doc("莫桑比克农业、土地和渔业部部长卡洛斯出席了会议。"), "ORG")
    assert "莫桑比克农业、土地和渔业部" in orgs
    orgs = _names(_doc("埃及农业、土地和渔业部部长萨法迪出席了会议。"), "ORG")
    assert "埃及农业、土地和渔业部" in orgs


def test_vietnams_culture_ministry_written_with_an_enumeration_comma():
    orgs = _names(_doc("越南文化、体育与旅游部部长阮文雄出席了会议。"), "ORG")
    assert "越南文化体育旅游部" in orgs
