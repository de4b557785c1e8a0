"""The standard words of Chinese diplomatic news for meetings and visits (lx1, issue 13), read from invented
sentences: words the data lacked (往见, 递交任命书, 茶话会, 首访, 访 + a land's one-character short form) and
the places where they are none (采访中, 此访意义, a visit sought)."""

from __future__ import annotations

from eventpage import of


def _parts(text: str, type_: str) -> list[list[str]]:
    return [e.participants for e in of(text, type_)]


def test_visit_to_china_by_its_short_form():
    # Taiwan, Hong Kong and Japanese papers: 访中 is a visit to China
    visits = of("日本外相岩屋毅拟于下月访中,并与中国外长王毅举行会谈。", "VISIT")
    assert any(e.participants == ["岩屋毅", "中国"] and e.status == "planned" for e in visits)


def test_zhong_after_an_interview_or_a_trip_is_no_visit_to_china():
    assert not _parts("日本外相岩屋毅在接受共同社采访中表示,日中两国应加强合作。", "VISIT")
    assert not any("中国" in v for v in _parts("岩屋毅在出访中多次会见侨胞。", "VISIT"))


def test_visit_by_a_short_form_the_knowledge_base_holds():
    assert ["习近平", "匈牙利"] in _parts("国家主席习近平将于5月访匈,并同匈牙利总理欧尔班举行会谈。", "VISIT")


def test_the_meaning_of_a_visit_is_no_visit_to_italy():
    # (a guard: it passes without the not_trigger 访意(?=义) too, as 此访 reads first)
    assert not any("意大利" in v for v in _parts("王毅表示,此访意义重大。", "VISIT"))


def test_a_visit_sought_is_none():
    assert not _parts("岩屋毅表示,他一直在寻找合适的访中时机。", "VISIT")


def test_the_land_chosen_for_a_first_visit_hosts_it():
    assert ["赛塔", "越南"] in _parts("泰国总理赛塔就任后即选择越南作为首访国家。", "VISIT")


def test_an_envoy_going_to_see_a_minister_meets_him():
    assert ["姜再冬", "沙伦赛"] in _parts("中国驻老挝大使姜再冬往见老挝外长沙伦赛,双方就双边关系交换意见。", "MEET")


def test_presenting_a_letter_of_appointment_is_a_meeting():
    assert ["侯艳琪", "高金洪"] in _parts("中国驻东盟使团团长侯艳琪向东盟秘书长高金洪递交任命书。", "MEET")


def test_a_photograph_together_is_a_meeting_of_the_people_named():
    assert ["黄春战", "宋赛·西潘敦"] in _parts("越南国防部副部长黄春战与老挝国防部副部长宋赛一行合影留念。", "MEET")


def test_a_photograph_with_a_group_left_unnamed_is_none():
    assert not _parts("越南救援队员同越南驻老挝大使馆干部和志愿者合影。", "MEET")


def test_a_delegation_touring_a_land_visits_it():
    assert ["沙伦赛", "越南"] in _parts("老挝外长沙伦赛一行考察越南海防港。", "VISIT")


def test_a_scientific_survey_is_no_visit():
    assert not _parts("老挝外长沙伦赛一行在越南进行科学考察。", "VISIT")


def test_a_phone_conversation_is_a_call():
    assert ["王毅", "沙伦赛"] in _parts("中国外长王毅与老挝外长沙伦赛电话沟通,就双边关系交换意见。", "CALL")


def test_telegraphed_congratulations_and_condolences_are_messages():
    assert ["习近平", "通伦·西苏里"] in _parts("国家主席习近平电贺通伦·西苏里当选老挝国家主席。", "MESSAGE")
    assert ["梁强", "通伦·西苏里"] in _parts("越南国家主席梁强电唁老挝国家主席通伦,对老挝遭受洪灾表示慰问。", "MESSAGE")


def test_a_letter_of_thanks_is_a_message():
    assert ["裴青山", "沙伦赛"] in _parts("越南外交部长裴青山致感谢函给老挝外长沙伦赛。", "MESSAGE")


def test_a_two_character_short_form_names_its_own_land():
    # 访新西兰: New Zealand, not Singapore (访新)
    assert ["梁强", "新西兰"] in _parts("越南国家主席梁强将于下月访新西兰。", "VISIT")


def test_arriving_in_a_land_by_its_short_form_visits_it():
    assert ["梁强", "柬埔寨"] in _parts("越南国家主席梁强昨晚抵柬。", "VISIT")
    # (a guard: a place whose name holds the character is no such land, 抵日内瓦)
    assert not any("日本" in v for v in _parts("越南外交部长裴青山抵日内瓦出席人权理事会会议。", "VISIT"))


def test_a_friendly_chat_is_a_meeting():
    assert ["梁强", "通伦·西苏里"] in _parts("越南国家主席梁强与老挝国家主席通伦亲切叙谈。", "MEET")


def test_a_short_form_after_dui_right_before_the_visit_hosts_it():
    # 新 alone is ambiguous (新 = new); 对新进行国事访问 names Singapore
    assert ["梁强", "新加坡"] in _parts("应新加坡总理黄循财邀请,越南国家主席梁强将于下月对新进行国事访问。", "VISIT")


def test_receiving_a_guest_is_a_meeting():
    assert ["阮伯雄", "沙伦赛"] in _parts("越南驻老挝大使阮伯雄在大使馆迎接老挝外长沙伦赛。", "MEET")


def test_a_greeting_at_the_airport_or_an_occasion_met_is_no_meeting():
    assert not _parts("越南驻老挝大使阮伯雄到机场迎接老挝外长沙伦赛。", "MEET")
    assert not _parts("老挝外长沙伦赛与越南驻老挝大使阮伯雄共同迎接建交60周年。", "MEET")


def test_the_words_read_in_traditional_script():
    # pages in Traditional script are read after conversion: 訪中 and 往見 are the same words
    assert ["岩屋毅", "中国"] in _parts("日本外相岩屋毅擬於下月訪中,並與中國外長王毅舉行會談。", "VISIT")
    assert ["姜再冬", "沙伦赛"] in _parts("中國駐寮國大使姜再冬往見寮國外長沙倫賽。", "MEET")


def test_taiwan_and_hong_kong_words_for_a_visit_and_a_banquet():
    # 参访 (Taiwan), 莅访 (Hong Kong, Singapore): a visit; 款宴: a banquet given for a guest
    assert ["岩屋毅", "越南"] in _parts("日本眾議員岩屋毅率團參訪越南。", "VISIT")
    assert ["岩屋毅", "越南"] in _parts("日本外相岩屋毅将于下月莅访越南。", "VISIT")
    assert ["裴青山", "沙伦赛"] in _parts("越南外交部长裴青山款宴老挝外长沙伦赛。", "MEET")
