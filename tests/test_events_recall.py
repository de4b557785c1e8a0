"""Event recall on phrasings of other outlets (invented sentences): a conference's people told after
it, speakers listed or named after the first speech word, calls by phone or video, 致电 read by what
it conveys, lists of people that run on past a comma."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def events(body: str):
    return extract(HEAD + body, source="t.txt").events


def of(body: str, type_: str):
    return [e for e in events(body) if e.type == type_]


def test_conference_people_told_in_the_next_sentences():
    body = ("第九届东盟-日本青年友好大会6月10日上午在河内开幕。越南政府副总理黎明慨和200多名代表一同出席。\n"
            "会上,日本驻越南大使伊藤直树表示,日本愿同东盟各国加强青年交流。")
    conf = of(body, "CONFERENCE")
    assert conf and {"黎明慨", "伊藤直树"} <= set(conf[0].participants)


def test_conference_people_stop_at_another_meeting():
    body = ("第九届东盟-日本青年友好大会6月10日上午在河内开幕。同日,越南政府副总理黎明慨会见了日本驻越南大使伊藤直树。"
            "伊藤直树出席了会见。")
    conf = of(body, "CONFERENCE")
    assert conf and "伊藤直树" not in conf[0].participants


def test_speaker_named_after_the_first_speech_word():
    st = of("开幕式上致辞时,越南政府总理范明政强调,各方必须加强配合。", "STATEMENT")
    assert [e.participants for e in st] == [["范明政"]]


def test_listed_speakers_speak_each_and_joint_press_conference_is_one():
    st = of("越南外交部副部长阮明武、日本驻越南大使伊藤直树出席并致辞。", "STATEMENT")
    assert sorted(p for e in st for p in e.participants) == ["伊藤直树", "阮明武"] and len(st) == 2
    joint = of("越南政府总理范明政与日本首相石破茂共同主持记者会。", "STATEMENT")
    assert len(joint) == 1 and {"范明政", "石破茂"} <= set(joint[0].participants)


def test_talks_by_video_or_phone_are_a_call_not_a_meeting():
    for body in ("越南政府总理范明政同日本首相石破茂通过视频方式举行会谈。",
                 "越南政府总理范明政与日本首相石破茂举行电话会谈。",
                 "越南外交部长裴青山与美国国务卿鲁比奥通了电话。"):
        got = events(body)
        assert [e.type for e in got if e.type in ("MEET", "CALL")] == ["CALL"], body
    assert [e.type for e in events("越南政府总理范明政与日本首相石破茂举行会谈。") if e.type in ("MEET", "CALL")] == ["MEET"]


def test_zhidian_is_a_call_unless_it_conveys_a_message():
    calls = of("越南外交部长裴青山今天分别致电新加坡外长维文,以及柬埔寨外长布拉索昆,讨论地区局势。", "CALL")
    assert {p for e in calls for p in e.participants} >= {"裴青山", "维文·巴拉克里希南", "布拉索昆"} and len(calls) == 2
    got = events("越共中央总书记苏林致电老挝人民革命党中央委员会总书记通伦·西苏里,祝贺老挝国庆50周年。")
    assert [e.type for e in got if e.type in ("MESSAGE", "CALL")] == ["MESSAGE"]


def test_titled_names_after_a_comma_go_on_the_list_met():
    meet = of("越共中央办公室主任阮文年拜访了老挝前政府总理西沙瓦·乔本潘,前总理通辛·坦马冯。", "MEET")
    assert meet and {"阮文年", "西沙瓦·乔本潘", "通辛·坦马冯"} <= set(meet[0].participants)
    alone = of("越共中央办公室主任阮文年拜访了老挝前政府总理西沙瓦·乔本潘,通辛·坦马冯随后表示欢迎。", "MEET")
    assert alone and "通辛·坦马冯" not in alone[0].participants


def test_a_delegation_welcomed_is_its_visit():
    body = "越南国防部长潘文江5月15日上午在河内隆重举行仪式,欢迎以中国国务委员兼国防部长董军上将为团长的中国国防部高级代表团。"
    visits = of(body, "VISIT")
    assert visits and set(visits[0].participants) == {"董军", "越南"}
    assert not of("越南外交部发言人对此表示欢迎。", "VISIT")


def test_visit_frame_names_its_visitor_after_it():
    visits = of("在访问老挝期间,越共中央总书记苏林同老挝国家主席通伦举行会谈。", "VISIT")
    assert visits and set(visits[0].participants) == {"苏林", "老挝"}


def test_conference_attended_by_the_sentence_subject_not_the_last_person_met():
    body = "越南政府总理范明政9日抵达东京。访问期间,范明政将与日本首相石破茂举行会谈,会见日本天皇德仁,并出席越日经济论坛。"
    conf = of(body, "CONFERENCE")
    assert conf and "范明政" in conf[0].participants and "德仁" not in conf[0].participants


def test_message_occasion_is_no_sender_and_the_congratulated_is_the_recipient():
    got = of("中国国家主席习近平就越南遭受台风灾害向越南国家主席梁强致慰问电。", "MESSAGE")
    assert [e.participants for e in got] == [["习近平", "梁强"]]
    sent = of("泰国总理阿努廷发来贺电,祝贺范明政再次当选越南政府总理。", "MESSAGE")
    assert sent and {"阿努廷", "范明政"} <= set(sent[0].participants)


def test_clause_going_on_carries_the_visitor_and_more_meeting_words():
    visits = of("越南外长裴青山出访欧洲,先后访问法国和德国。", "VISIT")
    hosts = {p for e in visits for p in e.participants if p != "裴青山"}
    assert {"法国", "德国"} <= hosts and all("裴青山" in e.participants for e in visits)
    assert of("越南總理范明政昨日與新加坡總理黃循財晤面。", "MEET")


def test_both_sides_named_in_an_earlier_paragraph():
    body = ("越南国防部长潘文江与中国国防部长董军在老街出席边境友好交流活动。\n"
            "随后,两国代表团举行会谈。")
    meets = of(body, "MEET")
    assert meets and {"潘文江", "董军"} <= set(meets[0].participants)


def test_appointment_names_the_locality_of_the_post():
    got = of("中央组织部副部长潘升安出任高平省省委书记。", "ELECTION")
    assert got and "潘升安" in got[0].participants and any(p.startswith("高平") for p in got[0].participants)


def test_protest_names_the_person_who_makes_it():
    got = of("越南外交部长裴青山强烈要求中方立即释放越南渔民。", "DISAPPROVE")
    assert got and "裴青山" in got[0].participants


def test_press_conference_after_talks_and_speech_at_a_reception_are_statements():
    body = "越南国家主席梁强与韩国总统李在明举行会谈之后召开了记者会,公布双方达成的共识。"
    st = of(body, "STATEMENT")
    assert len(st) == 1 and {"梁强", "李在明"} <= set(st[0].participants)
    assert of(body, "MEET")
    body = "中国驻越南大使何炜主持国庆招待会。何炜在招待会上发言时介绍了两国合作成果。"
    assert [e.participants for e in of(body, "STATEMENT")] == [["何炜"]]


def test_onward_leg_after_a_trip_told_by_pronoun():
    body = "美国总统拜登9月10日抵达河内,对越南进行国事访问。他结束两日越南之行后,便会转往日本东京。"
    hosts = {p for e in of(body, "VISIT") if "拜登" in e.participants for p in e.participants}
    assert {"越南", "日本"} <= hosts


def test_host_who_invited_co_chairs_the_meeting():
    body = ("应中国国务委员、公安部部长王小洪的邀请,越南公安部部长梁三光率团对中国进行访问,"
            "并共同主持召开两国公安部第五次合作打击犯罪会议。")
    conf = of(body, "CONFERENCE")
    assert conf and {"梁三光", "王小洪"} <= set(conf[0].participants)


def test_spokesperson_named_clauses_before_the_speech_word():
    body = ("越南外交部发言人范秋姮1月14日就中国在东海的活动,特别是在黄沙群岛组织军事训练等答记者问时强调,"
            "越南坚决反对上述行为。")
    assert ["范秋姮"] in [e.participants for e in of(body, "STATEMENT")]


def test_courtesy_call_after_an_unknown_name_is_a_meeting():
    for body in ("越南驻华大使范德平拜会中国外交部副部长孙卫东。", "越南驻华大使范德平拜访中国外交部副部长孙卫东。",
                 "越南驻华大使范德平宴请中国外交部副部长孙卫东。"):
        meet = of(body, "MEET")
        assert meet and {"范德平", "孙卫东"} <= set(meet[0].participants), body


def test_unknown_dotted_name_ends_before_the_verb():
    meet = of("老挝副总理宋赛·因塔冯座谈越南驻老挝大使阮明心。", "MEET")
    assert meet and "宋赛·因塔冯" in meet[0].participants


def test_protest_at_an_unnamed_party_is_at_the_page_s_other_country():
    body = ("越南外交部就越南与中国在黄沙群岛的争议发表声明。"
            "中国外交部发言人汪文斌表示,中方一贯反对相关国家对中国领土提出非法主张。")
    got = of(body, "DISAPPROVE")
    assert got and {"中国", "越南"} <= set(got[0].participants)


def test_election_names_the_assembly_and_a_meeting_the_list_after_a_colon():
    got = of("联合国大会10月14日选举越南、印度、巴基斯坦和英国为人权理事会成员。", "ELECTION")
    assert got and {"联合国大会", "越南", "英国"} <= set(got[0].participants)
    conf = of("第十届湄公河-澜沧江合作外长会议在万象举行,与会国家:越南、老挝、柬埔寨和泰国。", "CONFERENCE")
    assert conf and {"越南", "老挝", "柬埔寨", "泰国"} <= set(conf[0].participants)


def test_year_naming_a_summit_gives_way_to_the_day_after_it():
    conf = of("据报道。\n2025年东盟峰会10月26日在吉隆坡开幕。越南政府总理范明政率团出席。", "CONFERENCE")
    assert conf and conf[0].date == "2025-10-26" and "范明政" in conf[0].participants


def test_instrument_with_no_party_named_is_between_the_page_s_two_countries():
    body = "越南政府总理范明政与新加坡总理黄循财通电话。越南和新加坡同意:\n有效实施大米贸易合作备忘录,保障粮食安全。"
    got = [e for e in of(body, "AGREEMENT") if "备忘录" in e.attributes.get("trigger", "")]
    assert got and {"越南", "新加坡"} <= set(got[0].participants)


def test_reception_guests_told_after_it():
    body = ("中国驻越南大使何炜主持国庆招待会。出席招待会的越方代表有:越南政府副总理兼外长裴青山,"
            "外交部副部长阮明姮。中方代表有:中国驻胡志明市总领事魏华祥;各界代表一同出席。")
    meet = of(body, "MEET")
    assert meet and {"何炜", "裴青山", "阮明姮", "魏华祥"} <= set(meet[0].participants)


def test_mutual_visits_of_two_named_leaders_and_none_as_a_goal():
    got = of("习近平总书记与阮富仲总书记2017年互访,推动两国关系发展。", "VISIT")
    assert sorted(tuple(e.participants) for e in got) == [("习近平", "越南"), ("阮富仲", "中国")]
    assert not of("双方同意保持高层互访。", "VISIT")


def test_two_anniversaries_joined_by_ji_and_a_bloc_s_partnership():
    body = "据报道。\n大会正值东盟成立45周年暨东盟与中国建立战略对话伙伴关系21周年之际举行。"
    parties = [set(e.participants) for e in of(body, "ANNIVERSARY")]
    assert {"东盟"} in parties and {"东盟", "中国"} in parties


def test_two_anniversaries_celebrated_on_one_day_stay_two():
    body = ("据报道。\n12月5日,胡志明市友好组织联合会举行见面会,庆祝罗马尼亚国庆107周年和越罗建交75周年。")
    parties = [set(e.participants) for e in of(body, "ANNIVERSARY")]
    assert {"罗马尼亚"} in parties and {"越南", "罗马尼亚"} in parties


def test_visitor_s_own_country_hosts_no_leg_of_the_trip():
    hosts = {p for e in of("越共中央总书记苏林访柬为越柬友谊掀开新篇章。", "VISIT") for p in e.participants}
    assert "柬埔寨" in hosts and "越南" not in hosts


def test_sender_before_president_elect_is_not_the_one_elected():
    got = of("国家主席胡锦涛向美国当选连任总统奥巴马致贺电。", "ELECTION")
    assert all("胡锦涛" not in e.participants for e in got)


def test_listed_people_going_on_to_thank_make_one_statement():
    body = "古巴副总理丰塞卡、古巴外交部长罗德里格斯出席交接仪式,并代表古巴政府向越方表示感谢。"
    st = of(body, "STATEMENT")
    assert len(st) == 1 and len(st[0].participants) == 2 and "丰塞卡" in st[0].participants
