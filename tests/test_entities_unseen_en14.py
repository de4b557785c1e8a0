"""Entity and role mechanisms found on pages from regions and outlets the knowledge base covered least
(session 6, en14), on invented text: posts after a verb of office past its adverbs and joined by 和,
source and report credits, a legislature's caucus, the shapes that are no names (姊妹市, a mission set up
in a place, a slash, a hub in general, a copula after a post), a country-and-region pair read again,
and Taiwan's spellings of places and leaders."""

from __future__ import annotations

from dipnet.model import Document
from dipnet.pipeline import extract


def _doc(text: str) -> Document:
    return extract("题目\n\n" + text + "\n")


def _names(doc: Document, type_: str) -> set[str]:
    return {e.name for e in doc.entities if e.type == type_}


def _titles(doc: Document, person: str) -> set[str]:
    return {r.title for r in doc.roles if r.person == person}


def test_posts_after_adverbs_and_a_verb_of_office_joined_by_and():
    doc = _doc("古特雷斯曾先后担任葡萄牙财政部长和外交部长。")
    titles = _titles(doc, "古特雷斯")
    assert any(t.endswith("财政部长") for t in titles) and "外交部长" in titles
    assert "葡萄牙外交部" in _names(doc, "ORG")


def test_a_post_held_before_after_a_past_marker():
    doc = _doc("古特雷斯还担任过葡萄牙总理。")
    assert any(t.endswith("总理") for t in _titles(doc, "古特雷斯"))


def test_a_source_line_labelled_zhuanzi_names_its_outlet():
    doc = _doc("转自:东岭新闻网\n两国外长当天举行会谈。")
    assert "东岭新闻网" in _names(doc, "ORG")


def test_an_outlet_before_xun_opening_a_line():
    doc = _doc("西陲网讯 斐济外长当天在苏瓦会见了代表团。")
    assert "西陲网" in _names(doc, "ORG")


def test_a_legislatures_caucus_is_one_body():
    doc = _doc("挪威议会友华小组主席汉森率团访华。")
    orgs = _names(doc, "ORG")
    assert "挪威议会友华小组" in orgs
    assert "挪威议会" not in orgs


def test_a_promotion_association_after_a_council():
    doc = _doc("台南市议会国际事务促进会会长陈立华也一同出席。")
    assert "台南市议会国际事务促进会" in _names(doc, "ORG")


def test_taiwan_spellings_of_us_states_name_them():
    doc = _doc("高雄市与维吉尼亚州及爱荷华州官员举行视讯会议。")
    places = _names(doc, "LOCATION")
    assert "弗吉尼亚州" in places and "艾奥瓦州" in places


def test_a_twinned_city_in_general_is_no_place():
    doc = _doc("两市早在十年前就已建立姊妹市关系。")
    assert not any("姊妹市" in n for n in _names(doc, "LOCATION"))


def test_a_mission_set_up_in_a_place_ends_the_place():
    doc = _doc("中国在蒙巴萨设总领事馆")
    assert not any(n.endswith("设总领事馆") for n in _names(doc, "ORG"))


def test_a_doctors_degree_is_no_post():
    doc = _doc("来自葡萄牙的古特雷斯博士出任该组织主席。")
    assert "博士" not in _titles(doc, "古特雷斯")


def test_the_emirates_agency_by_its_short_form():
    doc = _doc("阿通社阿布扎比5月3日电 两国外长举行会谈。")
    assert "阿联酋通讯社" in _names(doc, "ORG")


def test_a_country_region_pair_is_read_again_where_it_stands_alone():
    doc = _doc("双方就中非关系、中非农业技术合作等问题交换了意见。")
    assert "中非共和国" not in _names(doc, "COUNTRY")


def test_a_slash_parts_a_credit_from_a_place():
    doc = _doc("路透社/纽约联合国总部8日综合外电报导")
    assert not any("/" in n for n in _names(doc, "LOCATION"))


def test_a_centre_ends_a_bodys_name():
    doc = _doc("代表团参观了老挝国际农业推广中心。")
    assert "老挝国际农业推广中心" in _names(doc, "ORG")


def test_a_hub_in_general_is_no_body():
    doc = _doc("中国是世界经济中心之一。")
    assert not any(n.endswith("中心") for n in _names(doc, "ORG"))


def test_an_assistant_ministers_post_is_not_cut():
    doc = _doc("新西兰国际发展和太平洋事务助理部长怀特表示欢迎。")
    assert any(t.endswith("助理部长") for t in _titles(doc, "怀特"))


def test_a_copula_after_a_post_is_no_part_of_the_name():
    doc = _doc("该国首任总统是卡鲁奇(Taro Karuchi),他执政十年。")
    people = _names(doc, "PERSON")
    assert "卡鲁奇" in people and "是卡鲁奇" not in people


def test_taiwan_spellings_of_leaders_name_them():
    doc = _doc("以色列总理内坦雅胡与伊朗总统裴泽斯基安隔空交锋。")
    people = _names(doc, "PERSON")
    assert "内塔尼亚胡" in people and "佩泽希齐扬" in people


def test_seas_and_regions_of_the_caspian_and_caucasus():
    doc = _doc("里海沿岸国家讨论了纳戈尔诺-卡拉巴赫局势。")
    places = _names(doc, "LOCATION")
    assert "里海" in places and "纳戈尔诺-卡拉巴赫" in places


def test_no_caspian_read_across_a_word_ending_in_li():
    doc = _doc("那里海产丰富,渔民收入稳定。")
    assert "里海" not in _names(doc, "LOCATION")


def test_an_adviser_is_a_post_before_a_foreign_name():
    doc = _doc("总理新闻顾问卡尔森和使馆政治处主任陈立新等在座。")
    assert "卡尔森" in _names(doc, "PERSON")
    assert any(t.endswith("顾问") for t in _titles(doc, "卡尔森"))


def test_a_dated_bracket_credit_names_its_outlet():
    doc = _doc("【远东时报3月9日报导】斐济外长当天会见了代表团。")
    assert "远东时报" in _names(doc, "ORG")
    doc = _doc("【南岭之声3月9日报导】斐济外长当天会见了代表团。")
    assert "南岭之声" in _names(doc, "ORG")


def test_arabic_names_in_xinhuas_characters_after_a_post():
    doc = _doc("埃米尔当天接见了沙迦王储哈立德,阿治曼酋长优素福也在座。")
    people = _names(doc, "PERSON")
    assert "哈立德" in people and "优素福" in people


def test_a_leader_inside_an_airports_name_is_no_person():
    doc = _doc("代表团当天下午抵达苏加诺国际机场。")
    assert "苏加诺" not in _names(doc, "PERSON")
    assert "苏加诺国际机场" in _names(doc, "LOCATION")


def test_an_atomic_energy_body_is_read_past_its_neng():
    doc = _doc("总干事当天与巴基斯坦原子能委员会主席会晤。")
    assert "巴基斯坦原子能委员会" in _names(doc, "ORG")


def test_a_press_secretary_is_a_post():
    doc = _doc("白宫新闻秘书莱维特当天表示。")
    assert "莱维特" in _names(doc, "PERSON")


def test_a_known_capital_with_shi_is_that_capital():
    doc = _doc("市长当天访问了内罗毕市,并与利马市代表会面。")
    places = _names(doc, "LOCATION")
    assert "内罗毕" in places and "内罗毕市" not in places


def test_a_legislator_in_taiwans_word_is_a_post():
    doc = _doc("国民党立委张明远、李文华将随团出访。")
    people = _names(doc, "PERSON")
    assert "张明远" in people and "李文华" in people


def test_a_translators_credit_names_a_person():
    doc = _doc("两国外长当天会谈。(译者:周文海/核稿:林志明)1120830")
    assert "周文海" in _names(doc, "PERSON")


def test_the_king_of_eswatini_by_taiwans_spelling():
    doc = _doc("访问团晋见了国王恩史瓦帝三世。")
    assert "姆斯瓦蒂三世" in _names(doc, "PERSON")


def test_each_reporter_of_a_listed_byline_holds_the_credit():
    doc = _doc("2026/03/13 05:30 记者王明远、周海宁/台北报导\n外交部今天表示欢迎。")
    assert "记者" in _titles(doc, "周海宁")


def test_a_dated_taiwanese_report_word_is_no_paper():
    doc = _doc("〔驻欧洲特派记者胡立宁/布鲁塞尔14日报导〕欧盟当天表示。")
    assert not any(n.endswith("日报") for n in _names(doc, "ORG"))


def test_a_department_holding_a_region_is_named_at_its_heads_post():
    doc = _doc("外交部亚西及非洲司司长林立德率团访问。")
    assert "外交部亚西及非洲司" in _names(doc, "ORG")


def test_outlets_of_the_chinese_press_abroad_and_portals():
    doc = _doc("据侨报和第一财经报道,两国当天签署协议。")
    orgs = _names(doc, "ORG")
    assert "侨报" in orgs and "第一财经" in orgs
