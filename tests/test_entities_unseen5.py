"""Names that unseen pages write in ways the open sets do not: Malaysian honours between a post and
a name, a name glossed in Latin letters before its post, long and hyphenated transliterations, a
surname that is also a stop word, a country's short form with 国, a known name opening on a plain
word's last character, a country before a known body of its own, schools and plants by their word,
Latin names run together. Invented text only."""

from __future__ import annotations

from invented import names as _names
from invented import page_of as _doc
from invented import people as _people


def test_a_name_after_a_malaysian_honour_is_the_name_not_the_honour():
    got = _people("随行的有卫生部长拿督斯里卡米尔达鲁斯、槟城首席部长丹斯里阿旺哈菲及夫人拿督斯里诺拉妮莎乘搭专机抵达。")
    assert {"卡米尔达鲁斯", "阿旺哈菲", "诺拉妮莎"} <= got
    assert not got & {"拿督斯里", "丹斯里", "拿督"}


def test_a_name_glossed_in_latin_before_its_post():
    got = _people("出席者包括基里巴斯塔内提(Taneti Maamau)总统及瑙鲁阿迪昂(David Adeang)总统。")
    assert {"塔内提", "阿迪昂"} <= got


def test_a_place_glossed_in_one_word_before_a_local_post_is_no_person():
    got = _people("老挝华潘(Houaphanh)省委书记兼省长坎赛率团访问。")
    assert "华潘" not in got


def test_long_hyphenated_and_regnal_transliterations_are_read_whole():
    got = _people("上议院议员贝尔纳-莫里斯勋爵出席。国家元首图普阿莱法伊诺三世、议长帕特罗尼出席。")
    assert {"贝尔纳-莫里斯", "图普阿莱法伊诺三世"} <= got


def test_a_surname_that_is_also_a_stop_word_after_a_mission():
    got = _doc("中国驻斐济使馆于强大使出席活动。会议于苏瓦举行。")
    assert "于强" in {e.name for e in got.entities if e.type == "PERSON"}
    assert any(r.title.endswith("大使") for r in got.roles)


def test_a_short_form_and_guo_are_the_state_not_a_person():
    got = _people("黄总理抵达马国首相官邸,陪同官员包括马国高教部长。")
    assert not any(n.startswith("马国") for n in got)


def test_a_known_name_opening_on_a_plain_words_last_character_is_none():
    got = _people("他感谢辛勤工作的同事们。")
    assert not got


def test_a_country_before_its_own_known_body_makes_no_third_name():
    got = _names("越南胡志明市人民委员会副主席某某出席。")
    assert ("COUNTRY", "越南") in got and ("ORG", "胡志明市人民委员会") in got
    assert ("LOCATION", "胡志明市") in got
    assert not any(n.startswith("越南胡志明市") for _, n in got)


def test_a_quoted_body_holds_the_body_read_inside_it():
    got = _names("智库“拉惹勒南东南亚研究所”研究员表示。")
    assert ("ORG", "拉惹勒南东南亚研究所") in got
    assert ("ORG", "东南亚研究所") not in got


def test_a_body_that_a_number_opens_is_not_cut_after_it():
    got = _names("出席者有外交部司长斯考特·魏特曼(SCOTT WIGHTMAN)、英32家集团俱乐部主席斯蒂文·霍尔(STEVEN HALL)等。")
    assert ("ORG", "家集团俱乐部") not in got


def test_schools_and_troupes_by_their_word():
    got = _names("代表团参观了河内朱文安初级中学,观看了越南青年艺术团的演出。")
    assert any(t == "ORG" and n.endswith("朱文安初级中学") for t, n in got)
    assert any(t == "ORG" and n.endswith("青年艺术团") for t, n in got)


def test_latin_names_run_together_after_a_post():
    got = _people("约旦外交大臣AymanSafadi表示支持。")
    assert "AymanSafadi" in got


def test_a_name_between_a_post_and_a_rank():
    got = _people("国防部副发言人帕翁春少将表示欢迎。")
    assert "帕翁春" in got


def test_the_leader_of_a_delegation_named_with_you_and_shuailing():
    got = _people("总理会见了由朴永浩率领的国会代表团,并会见由卡塔尼带领的企业家代表团。由于时间关系会见推迟。")
    assert {"朴永浩", "卡塔尼"} <= got


def test_a_verb_of_setting_out_ends_the_name():
    got = _people("中国驻老挝大使姜再冬赶赴万象机场迎接。")
    assert "姜再冬" in got and "姜再冬赶" not in got


def test_a_country_short_form_inside_canjia_opens_no_run():
    got = _names("代表团主要为参加中越青年友好论坛活动。")
    assert ("COUNTRY", "加拿大") not in got


def test_a_research_society_by_its_word():
    got = _names("论坛由中国人民外交学会与日本国际政治研究会联合举办。")
    assert ("ORG", "日本国际政治研究会") in got


def test_a_body_named_again_without_its_opener_is_one_entity():
    doc = _doc("越南工兵分队赴联合国南苏丹特派团执行任务。南苏丹特派团负责人表示感谢。")
    orgs = [e for e in doc.entities if e.type == "ORG" and e.name.endswith("南苏丹特派团")]
    assert len(orgs) == 1


def test_a_country_before_a_national_body_without_quanguo():
    got = _names("越南国会主席会见中国政协副主席。")
    assert any(t == "ORG" and ("政协" in n or "政治协商会议" in n) for t, n in got)


def test_a_glossed_name_read_after_a_title_keeps_its_rank_and_no_longer_twin():
    got = _people("潘文江会见了由老挝青年联合会主席坎派·西萨(Khamphay Sisa)少将率领的代表团。")
    assert "坎派·西萨" in got and not any(n.endswith("坎派·西萨") and n != "坎派·西萨" for n in got)


def test_a_diaspora_body_opens_with_lv_and_the_country():
    got = _names("旅德越南人协会副会长阮某表示。")
    assert ("ORG", "旅德越南人协会") in got


def test_a_league_with_a_long_middle_after_its_country():
    got = _names("叙利亚阿拉伯社会主义联盟Ahmad Kassem等致电祝贺。")
    assert ("ORG", "叙利亚阿拉伯社会主义联盟") in got
    assert ("PERSON", "Ahmad Kassem") in got or ("PERSON", "AhmadKassem") in got


def test_a_countrys_formal_style_and_a_bare_body_word_name_its_body():
    got = _names("瓦埃亚勋爵当选汤加王国国会主席。")
    assert ("COUNTRY", "汤加") in got
    assert any(t == "ORG" and n.startswith("汤加") for t, n in got)


def test_a_surname_led_name_right_before_a_leaders_post_whatever_precedes_it():
    got = _people("旨在共同落实黄近平总书记与越共中央阮富强总书记达成的共识。两国总理出席。")
    assert {"黄近平", "阮富强"} <= got


def test_remembrance_verbs_years_and_a_doctors_word_bound_a_name():
    got = _people("值缅怀陈兴道主席之际。是在总统马卡里去年到访时商定的。外长哈桑医生今天致电。")
    assert {"陈兴道", "马卡里", "哈桑"} <= got


def test_a_mission_named_without_its_seat_after_the_full_name_is_one_entity():
    doc = _doc("老挝驻柬埔寨王国大使馆举行招待会。老挝大使馆官员出席。")
    missions = [e for e in doc.entities if e.type == "ORG" and e.name.endswith("大使馆")]
    assert len(missions) == 1


def test_a_pair_of_short_forms_opening_a_forum_is_no_country():
    got = _names("习近平出席中非合作论坛峰会。")
    assert not any(t == "COUNTRY" and n == "中非共和国" for t, n in got)


def test_a_name_whose_first_words_are_quoted_is_not_read_after_the_quote():
    got = _names("他出席第三届“一带一路”国际合作高峰论坛。")
    assert ("ORG", "国际合作高峰论坛") not in got


def test_less_frequent_surnames_open_names_in_credits_and_after_posts():
    got = _people("撰文:萧明远\n\n中国驻斐济大使费立新出席。")
    assert {"萧明远", "费立新"} <= got


def test_a_stop_inside_a_bodys_word_keeps_the_title_chain():
    doc = _doc("由越南祖国阵线中央委员会副主席兼秘书长、越斐友好协会主席范光明率领的代表团抵达苏瓦。")
    titles = {r.title for r in doc.roles if r.person == "范光明"}
    assert any(t.endswith("秘书长") for t in titles) and any(t.endswith("友好协会主席") for t in titles)


def test_a_transliterated_name_after_a_stop_word_before_a_post():
    got = _people("落实好两国元首同卡卢萨总统达成的重要共识。")
    assert "卡卢萨" in got


def test_a_sons_name_with_xiao_after_a_post():
    got = _people("前巴拉圭总统小卡巴略表示支持。")
    assert "小卡巴略" in got
