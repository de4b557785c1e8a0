"""Standard words of the event types in Hong Kong, Taiwan, Singapore and Malaysian usage (lx3): words the data
lacked (拜候, 晋谒, 慰唁, 签妥, 升格为, 增派, 工作坊, 东道国, 否认, 华诞, 就职, 递解, 反驳, 砲轰)
read from invented sentences, some written in Traditional script (normalized to Simplified before reading)."""

from __future__ import annotations

from eventpage import of


def _parts(text: str, type_: str) -> list[list[str]]:
    return [e.participants for e in of(text, type_)]


def _any_with(text: str, type_: str, *names: str) -> bool:
    return any(set(names) <= set(e.participants) for e in of(text, type_))


def test_a_courtesy_call_in_hong_kong_usage_is_a_meeting():
    assert _any_with("行政长官李家超15日在礼宾府拜候到访的新加坡总理黄循财。", "MEET", "李家超", "黄循财")


def test_a_call_on_the_president_in_taiwan_usage_is_a_meeting():
    assert _any_with("巴拉圭总统培尼亚9日晉謁總統賴清德,雙方就經貿合作交換意見。", "MEET", "培尼亚", "赖清德")


def test_a_condolence_telegram_in_taiwan_usage_is_a_message():
    assert _any_with("林佳龍23日慰唁巴拉圭總統培尼亞,對水災罹難者表達哀悼。", "MESSAGE", "林佳龙", "培尼亚")


def test_an_agreement_signed_in_taiwan_usage():
    assert _any_with("台灣與巴拉圭14日在台北簽妥農業技術合作計畫書。", "AGREEMENT", "台湾", "巴拉圭")


def test_a_relation_raised_in_the_word_of_other_outlets():
    assert of("马来西亚与越南25日宣布将双边关系升格为全面战略伙伴关系。", "RELATION_CHANGE")


def test_more_troops_sent_is_a_deployment():
    assert _any_with("美国18日宣布增派两艘驱逐舰前往菲律宾。", "DEPLOYMENT", "美国", "菲律宾")


def test_a_workshop_is_a_conference():
    assert of("东盟与日本26日在曼谷举行第三届海上安全工作坊。", "CONFERENCE")


def test_a_host_country_is_a_multilateral_role():
    assert of("马来西亚将于2027年担任东盟峰会东道国。", "MULTILATERAL_ROLE")


def test_a_denial_is_a_statement():
    assert ["毛宁"] in _parts("外交部发言人毛宁21日否认中方曾向该国提出此项要求。", "STATEMENT")


def test_a_founding_anniversary_named_by_its_honorific():
    assert _any_with("各国使节出席庆祝新加坡建国华诞的招待会。", "ANNIVERSARY", "新加坡")


def test_taking_office_is_an_election():
    assert of("黄循财5月15日宣誓就职新加坡总理。", "ELECTION")


def test_a_deportation_in_hong_kong_usage_is_law_enforcement():
    assert _any_with("香港入境处14日将三名越南籍人士递解出境,交由越南警方处理。", "LAW_ENFORCEMENT", "越南")


def test_a_rebuttal_is_a_disapproval():
    assert of("越南外交部4日反驳菲律宾有关南海的无理主张。", "DISAPPROVE")


def test_a_broadside_in_taiwan_script_is_a_disapproval():
    assert of("菲律賓外交部13日砲轟中國海警在南海的危險行為。", "DISAPPROVE")


def test_a_relation_established_by_its_standard_verb():
    assert _any_with("越南与新加坡25日宣布确立全面战略伙伴关系。", "RELATION_CHANGE", "越南", "新加坡")


def test_relations_normalized_in_the_word_of_japanese_and_taiwan_papers():
    assert _any_with("日中两国1972年9月29日实现邦交正常化。", "RELATION_CHANGE", "日本", "中国")


def test_a_host_country_by_its_standard_word():
    assert _any_with("马来西亚将于2027年担任东盟峰会主办国。", "MULTILATERAL_ROLE", "马来西亚")


def test_hosting_something_international_is_no_host_country():
    # (a guard: 主办国际… straddles the new word; it passes without the word too)
    assert not of("越南将主办国际防务展。", "MULTILATERAL_ROLE")


def test_talks_held_online_in_hong_kong_usage_are_a_call():
    assert _any_with("新加坡外长维文26日与越南外长裴青山在网上举行会谈。", "CALL", "裴青山")


def test_a_treaty_concluded_by_its_legal_verb():
    assert _any_with("越南与柬埔寨12日订立陆地边界补充条约。", "AGREEMENT", "越南", "柬埔寨")


def test_goals_set_are_no_agreement():
    # (a guard: bare 订立; it passes without the word too)
    assert not of("两国12日订立发展目标。", "AGREEMENT")


def test_a_warning_is_a_statement():
    assert ["布林肯"] in _parts("美国国务卿布林肯12日警告朝鲜不要进行核试验。", "STATEMENT")


def test_a_world_expo_is_a_conference():
    assert _any_with("越南副总理陈红河12日赴日本出席大阪世博会。", "CONFERENCE", "陈红河")


def test_a_criminal_detention_by_its_short_form_is_law_enforcement():
    assert _any_with("老挝公安部10日刑拘两名越南籍嫌犯。", "LAW_ENFORCEMENT", "越南")


def test_a_joint_vision_statement_is_an_agreement():
    assert _any_with("越南与新加坡通过了2026-2030年防务合作联合愿景声明。", "AGREEMENT", "越南", "新加坡")


def test_a_ministry_statement_in_singapore_and_malaysian_usage():
    assert ["马来西亚外交部"] in _parts("马来西亚外交部14日发表文告,对菲律宾的地震灾情表示关注。", "STATEMENT")


def test_words_said_without_hiding_them_are_a_statement():
    assert ["马纳罗"] in _parts("菲律宾外长马纳罗不讳言,两国存在分歧。", "STATEMENT")


def test_a_joint_statement_in_korean_and_japanese_usage_is_an_agreement():
    assert _any_with("韩美两国元首12日在首尔发表共同声明。", "AGREEMENT", "韩国", "美国")


def test_a_joint_press_statement_is_an_agreement():
    events = of("日本与菲律宾两国外长9日在马尼拉发表联合新闻声明。", "AGREEMENT")
    assert any(e.attributes.get("instrument") == "joint press statement" for e in events)
