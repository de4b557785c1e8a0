"""Entity mechanisms for names the knowledge base does not hold, on invented text: people read after
or before titles with their boundaries, transliterated and dotted names, buildings and natural
features by their words, periodicals, ships, desks in credits, and the guards against non-names."""

from __future__ import annotations

from dipnet.pipeline import extract


def _ents(text: str) -> set[tuple[str, str]]:
    doc = extract("题目\n\n" + text + "\n")
    return {(e.type, e.name) for e in doc.entities}


def _people(text: str) -> set[str]:
    return {n for t, n in _ents(text) if t == "PERSON"}


def test_verb_or_time_word_after_a_name_ends_it():
    assert "黎文禄" in _people("越共中央办公室主任黎文禄拜访了老挝前总理。")
    assert "吴强" in _people("越南国家主席吴强发来贺电。")
    assert "郑明" in _people("越南外交部长郑明周一在河内表示,两国关系良好。")
    assert "陈光海" in _people("越南国家主席陈光海昨在主席府会见客人。")


def test_long_transliterated_name_that_visibly_ends_is_whole():
    assert "马特列维奇" in _people("俄罗斯国家杜马主席马特列维奇(A.Matlevich)会见了越南客人。")
    assert "罗德里格雷斯" in _people("古共中央书记处书记罗德里格雷斯、内贸部部长出席仪式。")


def test_latin_gloss_vouches_for_a_name_after_a_title():
    assert "嘉旺泓" in _people("泰国国家立法议会议长嘉旺泓(Kawang Hong)出席会议。")


def test_regnal_number_closes_a_monarchs_name():
    assert "乔治六世" in _people("英国国王乔治六世向越南国家主席致贺电。")


def test_dotted_names_with_hyphen_place_part_and_untitled_opener():
    assert "卡尔-海因茨·施密特" in _people("德国总统卡尔-海因茨·施密特向越南发来贺电。")
    assert "西沙瓦·乔本坎" in _people("前老挝建国阵线主席西沙瓦·乔本坎出席。")
    people = _people("墨西哥劳动党协调员阿尔贝托·罗萨·古铁雷斯致唁电。")
    assert "阿尔贝托·罗萨·古铁雷斯" in people and "罗萨·古铁雷斯" not in people


def test_name_before_title_with_inner_stop_and_full_post():
    assert "张和安" in _people("张和安副总理:野战医院每一位医生都值得表彰。")
    assert "梁文强" in _people("范明政转达苏林总书记、梁文强国家主席对中方的问候。")
    assert "黎可永" in _people("各国政党领导就黎可永同志逝世致唁电。")


def test_conjunction_between_two_names_is_no_name():
    assert "阮和黄" not in _people("越南政府总理和黄副总理出席会议。")


def test_place_as_vietnamese_given_name():
    ents = _ents("越南分会主席范红河向古巴领导人递交信函。")
    assert ("PERSON", "范红河") in ents and ("LOCATION", "红河") not in ents


def test_no_person_reads_a_province_before_its_post():
    assert not _people("越南谅山、广宁、河江、宣平省委书记出席会晤。")


def test_buildings_by_their_word_are_locations():
    ents = _ents("随后两国代表团在莱州省会议中心举行会谈,并出席越中友好文化之家落成仪式。")
    assert ("LOCATION", "莱州省会议中心") in ents and ("LOCATION", "越中友好文化之家") in ents
    assert ("LOCATION", "凯山·丰威汉纪念馆") in _ents("代表团在万象参观凯山·丰威汉纪念馆。")


def test_natural_features_by_their_word():
    ents = _ents("中方在长沙群岛的北礁、南钥礁和安达沙洲填海,美舰随后驶往苏比克湾。")
    assert {("LOCATION", "北礁"), ("LOCATION", "南钥礁"), ("LOCATION", "安达沙洲"), ("LOCATION", "苏比克湾")} <= ents
    names = {n for _, n in ents}
    assert not any(n.startswith("驶往") for n in names)
    assert not any("人工岛" in n or "造岛" in n for n in {n for _, n in _ents("中方填土造岛,建成大型人工岛。")})


def test_place_never_starts_inside_a_known_name():
    names = {n for _, n in _ents("活动在越南莱州省和中国云南省举行。")}
    assert "国云南省" not in names


def test_chained_places_after_a_place_read_by_rule():
    assert {("LOCATION", "坚平省"), ("LOCATION", "迪兰市")} <= _ents("会议在坚平省迪兰市举行。")


def test_periodical_in_title_marks_and_navy_by_country():
    ents = _ents("据《南方早报》报道,菲律宾海军与印尼海军举行联合演习。")
    assert {("ORG", "南方早报"), ("ORG", "菲律宾海军")} <= ents
    assert not {n for t, n in _ents("双方发表《联合声明》。") if t == "ORG"}


def test_ships_named_in_hao_next_to_a_ship_word():
    ents = _ents("美国海军航空母舰里根号将访问岘港,并率领霍珀号(USS Hopper)驱逐舰。中国海洋地质九号船队继续作业。")
    assert {("ORG", "里根号"), ("ORG", "霍珀号"), ("ORG", "海洋地质九号")} <= ents
    assert not any(n.endswith("号") for _, n in _ents("当天举行第三号文件签署仪式。"))


def test_desk_in_bracketed_credit():
    assert ("ORG", "国际新闻中心") in _ents("〔国际新闻中心/综合报导〕日本首相表示将访问越南。")
    assert not any(n == "即时新闻" for _, n in _ents("〔即时新闻/综合报导〕日本首相表示将访问越南。"))


def test_counted_noun_and_session_end_no_body():
    names = {n for _, n in _ents("对话有助于推动两国人民军队关系朝着两党确定的方向发展。在越南第十四届国会上。")}
    assert not any(n.endswith("两党") for n in names) and "越南第十四届国会" not in names


def test_places_joined_by_hyphens_inside_a_body_name():
    ents = _ents("柬埔寨主办伊洛瓦底江-湄南河-湄公河经济合作战略峰会。")
    assert {("LOCATION", "伊洛瓦底江"), ("LOCATION", "湄南河")} <= ents


def test_dotted_name_run_into_a_body_word_is_the_body():
    ents = _ents("萨尔瓦多法拉本多·马蒂民族解放阵线致电祝贺。")
    assert ("ORG", "法拉本多·马蒂民族解放阵线") in ents
    assert ("PERSON", "法拉本多·马蒂民族解放阵线") not in ents


def test_name_alone_before_a_verb_of_speech_opens_a_sentence():
    assert "何卫" in _people("双方合作成果丰硕。何卫表示,两国关系发展良好。")
    people = _people("会谈取得成功。文章指出,两国合作良好。林业部表示支持。阮总理强调合作。")
    assert not people & {"文章", "林业部", "阮总理"}


def test_communes_and_states_by_their_word_over_a_known_city_inside():
    ents = _ents("代表团访问了平福省春安乡,随后前往昆士兰州。")
    assert {("LOCATION", "春安乡"), ("LOCATION", "昆士兰州")} <= ents
    assert ("LOCATION", "兰州") not in ents
    assert not {n for t, n in _ents("他回到家乡,看望城乡居民。") if t == "LOCATION"}


def test_country_right_after_opener_qualifies_the_body_and_board_is_no_body():
    ents = _ents("老挝越南商会常务委员会委员、海外越南侨胞协会副主席出席。")
    assert {("ORG", "老挝越南商会"), ("ORG", "海外越南侨胞协会")} <= ents
    assert not any(n.endswith("常务委员会") for _, n in ents)


def test_known_body_held_inside_a_longer_body_read_by_rule_is_part_of_it():
    ents = _ents("老挝越南商会常务委员会委员出席。")
    assert ("ORG", "老挝越南商会") in ents and ("ORG", "越南工商会") not in ents


def test_non_names_after_openers_and_titles():
    names = {n for _, n in _ents("日本媒体援引日本政府官员的话报道。越南全党团结。2019年世界大格局暗淡。"
                                 "东盟各国友好组织出席。在五省党委书记会晤上。四省人委会主席参加。")}
    assert not names & {"日本媒体援引日本政府", "越南全党", "世界大格局", "东盟各国友好组织", "五省", "参加"}
    assert ("ORG", "加拿大马列共产党") in _ents("加拿大马列共产党党员接受采访。")


def test_noun_glued_before_a_dotted_name_is_left_out():
    assert "鲁普·纳拉扬·达斯" in _people("印度人民院前官员鲁普·纳拉扬·达斯表示祝贺。")


def test_name_after_a_verb_of_meeting_or_message():
    people = _people("国家副主席致电韦德林,祝贺他当选。主席会见了代表团。祝贺大会成功。")
    assert "韦德林" in people and not people & {"代表团", "大会成功"}


def test_name_written_one_character_short_is_the_same_person():
    doc = extract("题目\n\n越南国会主席阮氏金玉出席会议。俄罗斯议长致电阮氏金,祝贺她就任。\n")
    people = [e for e in doc.entities if e.type == "PERSON"]
    assert len(people) == 1 and {"阮氏金玉", "阮氏金"} <= set(people[0].mentions)


def test_latin_name_inline_after_a_post_or_before_a_form_of_address():
    people = _people("日本共产党党首Tomoko Tamura向越共中央致唁电。阮文年向Bounmy Sisouk 女士转达问候。据Nikkei Asia报道。")
    assert {"Tomoko Tamura", "Bounmy Sisouk"} <= people and "Nikkei Asia" not in people


def test_bare_body_the_home_country_lacks_is_the_named_country_s():
    ents = _ents("越南国家主席张晋创与中共中央总书记、国家主席习近平,国务院总理李克强通电话。越南国会主席出席。"
                 "越南外交部发表声明。越南政府高度重视。")
    assert ("ORG", "中国国务院") in ents


def test_one_feature_under_both_perspectives_names_is_one_entity():
    doc = extract("题目\n\n中方在南沙群岛建岛,越南称为长沙群岛。西沙群岛(越称黄沙群岛)也有争议。\n")
    places = [e for e in doc.entities if e.type == "LOCATION"]
    assert len(places) == 2
    assert any({"南沙群岛", "长沙群岛"} <= set(e.mentions) for e in places)


def test_body_word_that_opens_a_title_ends_a_body_name():
    ents = _ents("古巴副总理、古共中央书记处书记罗德里格斯出席。")
    assert ("ORG", "古共中央书记处") in ents
    names = {n for _, n in _ents("越南四省人民委员会副主席出席。外交部副部长出席。")}
    assert "越南四省人民委员会" not in names and "外交部副部" not in names


def test_institution_named_after_a_person_is_the_body_not_the_person():
    ents = _ents("学员在黎笋国家政治学院学习。")
    assert ("ORG", "黎笋国家政治学院") in ents and not {n for t, n in ents if t == "PERSON"}


def test_stop_character_opening_a_body_word_does_not_end_the_name():
    ents = _ents("据悉,国际能效署发布报告。土耳其灾难应急管理局局长表示。")
    assert {("ORG", "国际能效署"), ("ORG", "土耳其灾难应急管理局")} <= ents


def test_more_credit_labels_name_people():
    people = _people("两国签署协议。(图:越通社)文/图:阮明河 编译:黄兰")
    assert {"阮明河", "黄兰"} <= people


def test_name_before_his_party_or_spouse():
    people = _people("热烈欢迎普金一行来访。代表团一行抵达。阮春发夫妇出席。")
    assert {"普金", "阮春发"} <= people and "代表团" not in people


def test_place_by_rule_neither_holds_a_country_nor_a_verb_before_a_known_place():
    names = {n for _, n in _ents("为了提高奥兰群岛的地位。新西兰驻福克兰群岛大使出席。祝贺他连任赫德岛和麦克唐纳群岛总统。")}
    assert not names & {"提高奥兰群岛", "驻福克兰群岛", "连任赫德岛"}


def test_foreign_company_is_named_without_its_country():
    ents = _ents("越南公安部长会见美国罗德集团首席执行官。越南外交部长出席。越南电力集团代表出席。")
    assert ("ORG", "罗德集团") in ents and ("ORG", "美国罗德集团") not in ents
    assert ("ORG", "越南电力集团") in ents


def test_a_body_before_its_post_is_no_name():
    people = _people("马达加斯加总统、武装部队总司令拉乔利纳致贺电。越南公安部长梁三光出席。")
    assert "拉乔利纳" in people and "武装部队" not in people
