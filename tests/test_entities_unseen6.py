"""Names on pages whose people and bodies the knowledge base does not know: a country's ministry
inside a minister's title, a transliterated name run into a verb of telling or belief, a name that a
note in brackets says is transliterated, and a service word that opens a plain word (大陆 + 军事).
Invented text only."""

from __future__ import annotations

from invented import names as _names
from invented import people as _people


def test_a_ministry_inside_a_ministers_title_is_that_countrys_body():
    got = _names("据新华社报道，马拉维外交部长卡林巴萨表示，该国欢迎中方企业投资。")
    assert ("ORG", "马拉维外交部") in got
    assert ("ORG", "中国外交部") not in got
    # but only right after the country: a count of meetings between makes no body
    got = _names("越南和中国第5次国防部长会晤在河内举行。")
    assert not any(n.endswith("国防部") and "第" in n for _, n in got)


def test_a_transliterated_name_run_into_a_verb_of_telling_is_read_whole():
    got = _people("贝宁外交部长阿贡洛塔雷海告诉记者，双方将签署多项协议。")
    assert "阿贡洛塔雷海" in got


def test_a_name_noted_as_transliterated_is_read_whole():
    got = _people("老挝占巴塞省委书记、省长坎砍玛塔味素(音译)强调，两省将深化合作。")
    assert "坎砍玛塔味素" in got


def test_a_service_word_that_opens_a_plain_word_names_no_body():
    got = _names("该国在东非建立了第一个非洲大陆军事基地。")
    assert not any(t == "ORG" and n.endswith("陆军") for t, n in got)


def test_a_body_word_between_a_name_and_its_post_is_not_the_name():
    got = _people("会议由李华东总理主持，钱正明政协主席、孙志远人大委员长出席。")
    assert {"钱正明", "孙志远"} <= got
    assert not any(n.endswith(("政协", "人大")) or n.startswith(("明政", "远人")) for n in got)


def test_a_name_alone_before_a_verb_of_leading_or_meeting_is_a_person():
    got = _people("相关新闻:\n鲍志坚率团明赴河内 出席友好论坛\n。邵文涛会见客人。")
    assert {"鲍志坚", "邵文涛"} <= got


def test_a_name_glossed_a_syllable_a_word_is_a_person_after_any_noun():
    got = _people("据报道，前高阶官员郑文德(Trinh Van Duc)已被送回国内。")
    assert "郑文德" in got


def test_dotted_runs_that_name_a_place_or_a_country_are_no_people():
    got = _names("代表团参观了伊莎贝拉·莫拉莱斯广场和圣玛丽亚·德拉库斯省，会见了波斯尼亚·黑塞哥维那外长。")
    people = {n for t, n in got if t == "PERSON"}
    assert not people & {"伊莎贝拉·莫拉莱斯广场", "圣玛丽亚·德拉库斯省", "波斯尼亚·黑塞哥维那"}
    assert ("LOCATION", "伊莎贝拉·莫拉莱斯广场") in got
    assert ("LOCATION", "圣玛丽亚·德拉库斯省") in got


def test_a_name_already_read_before_a_title_gets_no_second_name_after_it():
    got = _people("越南驻泰国大使阮明德同志热情接待。会上,阮明德大使简要介绍了合作现状。")
    assert "阮明德" in got
    assert "简要" not in got


def test_a_peoples_name_before_its_word_is_no_country():
    got = _names("该省人口中大部分是京族,逾20%为高棉族。")
    assert not any(t == "COUNTRY" for t, _ in got)


def test_a_numbered_unit_of_a_known_body_is_read_as_the_body():
    got = _names("主席向中共中央对外联络部二局原局长黄文群授予勋章。")
    assert ("ORG", "中共中央对外联络部") in got
    assert not any(n.endswith("二局") for _, n in got)


def test_a_four_character_field_before_a_post_is_no_name():
    got = _people("随团部长有以及文化青年部长兼理事会主席拿督斯里黄明德。")
    assert "文化青年" not in got


def test_a_post_inside_a_phrase_read_by_its_suffix_makes_no_body():
    got = _names("越南国会副主席黄文明与日本参议院副议长野司.健(Ken Noji)举行会谈。")
    assert not any(t == "ORG" and "副议长" in n for t, n in got)
    got = _names("陪同出访的有越共中央委员国会秘书长、国会办公厅主任阮福寿。")
    assert not any(t == "ORG" and "委员国会" in n for t, n in got)
    # but a post's own office is a body
    got = _names("越南驻柬埔寨国防武官办公室举行招待会。")
    assert ("ORG", "越南驻柬埔寨国防武官办公室") in got


def test_a_japanese_name_with_a_full_stop_and_a_gloss_is_a_person():
    got = _people("越南国会副主席黄文明与参议院副议长高桥.浩(Hiroshi Takahashi)举行会谈。")
    assert "高桥·浩" in got


def test_a_dotted_name_ends_before_a_word_glued_to_a_year():
    got = _people("这是议长卡洛琳娜·莫拉斯自2021年上任以来首次访问越南。")
    assert "卡洛琳娜·莫拉斯" in got


def test_a_first_holder_of_a_post_names_no_body():
    got = _names("这也是莫桑比克首位议会议长访问越南。")
    assert not any(t == "ORG" and "首位" in n for t, n in got)


def test_a_party_named_by_two_fields_joined_by_and_is_one_body():
    got = _names("出席的有突尼斯团结与振兴党外事委员会主任及其他代表。")
    assert ("ORG", "突尼斯团结与振兴党") in got



def test_a_glossed_name_after_a_title_holds_a_place_name_inside_it():
    got = _names("菲律宾外长拉萨里奥(Maria Rosario Lazo)对东盟外长表示欢迎。")
    assert ("PERSON", "拉萨里奥") in got
    assert ("LOCATION", "拉萨") not in got


def test_a_source_preposition_and_a_manner_adverb_end_names():
    got = _names("某网北京据外交部网站消息,外交部特使马文冰集体会见各国驻华使节。")
    assert ("PERSON", "马文冰") in got
    assert not any(n.startswith("北京据") for _, n in got)


def test_an_outlet_cited_as_reporting_is_a_body():
    got = _names("据卡塔尔半岛通讯社报道，双方签署了协议。日本「朝阳新闻」等报导，该舰今天停靠。据该报报道，据当地媒体报道。")
    assert ("ORG", "卡塔尔半岛通讯社") in got or ("ORG", "半岛通讯社") in got
    assert ("ORG", "朝阳新闻") in got
    assert not any(n in ("该报", "当地媒体") for _, n in got)


def test_an_island_country_is_no_island():
    got = _names("中国同太平洋岛国加强合作，双方讨论了岛屿和岛链问题。")
    assert ("LOCATION", "太平洋岛") not in got


def test_short_forms_right_after_a_post_are_a_name():
    got = _names("王文明亦有跟巴布亚新几内亚外长埃奥会谈，双方同意深化合作。")
    assert ("PERSON", "埃奥") in got
    assert not any(t == "COUNTRY" and n in ("埃及", "奥地利") for t, n in got)


def test_a_bare_body_word_coordinated_after_a_foreign_countrys_body_is_not_the_home_countrys():
    got = _names("新华社报道，马拉维外交部和国防部发表联合声明。")
    assert ("ORG", "马拉维外交部") in got
    assert ("ORG", "中国国防部") not in got


def test_a_national_bodys_name_after_a_local_level_is_the_localitys_branch():
    got = _names("同一天,广平省省委和省祖国阵线委员会领导人举行见面会。广平省祖国阵线委员会主席出席。")
    assert ("ORG", "越南祖国阵线中央委员会") not in got
    assert ("ORG", "广平省祖国阵线委员会") in got


def test_a_country_whose_name_is_a_post_is_the_post_after_a_post_or_a_place():
    got = _names("国家元首苏丹阿卜杜勒将于9月19日展开访华之行。")
    assert ("COUNTRY", "苏丹") not in got
    assert ("PERSON", "阿卜杜勒") in got


def test_a_plain_word_after_a_post_is_no_name_though_it_opens_with_a_surname():
    got = _people("美国副总统彭斯、总统高级顾问库什纳参加会见。主任黄金华出席。")
    assert "高级顾" not in got
    assert "黄金华" in got
