"""Event reading on an eleventh round of unseen pages (issue 13; invented sentences): the two countries
两国 stands for where the page names one of them only through its people, a bloc joined to a country as
a party of their relation, two countries' leaders' summits as meetings, aid handed over by an embassy's
envoy, and the people of a speech about a party congress."""

from __future__ import annotations

from eventpage import of


def test_both_countries_where_the_page_names_one_only_through_its_leader():
    head = "测试新闻\n\n新华社河内2025年4月14日电 "
    body = "国家主席习近平14日在河内同越共中央总书记苏林举行会谈。会谈后,两国领导人共同见证签署30份双边合作文件。"
    got = of(body, "AGREEMENT", head)
    assert got and {"中国", "越南"} <= set(got[0].participants)


def test_a_bloc_joined_to_a_country_is_a_party_of_their_relation():
    for body in ("东盟—中国于2021年建立全面战略伙伴关系。", "2021年,东盟与中国建立全面战略伙伴关系。"):
        got = of(body, "RELATION_CHANGE")
        assert got and {"中国", "东盟"} <= set(got[0].participants), body


def test_two_countries_leaders_summit_is_a_meeting_of_the_two():
    got = of("新加坡总理黄循财7日在布城出席新马领导人非正式峰会。", "MEET")
    assert got and {"新加坡", "马来西亚"} <= set(got[0].participants)
    assert not of("新加坡总理黄循财7日在布城出席新马领导人非正式峰会。", "CONFERENCE")
    got = of("新加坡总理黄循财与印度总理莫迪在新德里举行新印领导人会议。", "MEET")
    assert got and {"新加坡", "印度"} <= set(got[0].participants)


def test_a_blocs_leaders_meeting_stays_a_conference():
    assert of("越南总理出席在雅加达举行的第25届东盟-中国领导人会议。", "CONFERENCE")
    # three countries' short forms in a run are no pair of two
    assert of("日本首相石破茂出席中日韩领导人会议。", "CONFERENCE")
    assert not of("日本首相石破茂出席中日韩领导人会议。", "MEET")
    # two short forms of several readings each name a pair only where the page names both countries
    assert not of("习近平出席中非领导人会议。", "MEET")


def test_aid_handed_over_by_an_envoy_is_given_by_the_envoys_country():
    head = "驻甲国使馆向卫生部捐赠医疗物资\n\n新华社万象2025年6月9日电 "
    body = "驻老挝大使馆临时代办刘建明9日向老挝卫生部捐赠一批医疗物资。老挝卫生部副部长出席交接仪式,感谢中方的无私援助。"
    got = of(body, "AID", head)
    assert got and got[0].participants[0] == "中国" and "老挝卫生部" in got[0].participants
    # an envoy named with the word after the name, who speaks for the embassy: the country the page
    # names beside the recipient's gives (the recognizer may guess the envoy's land from the host's)
    head = "捐赠仪式在仰光举行\n\n新华社仰光2025年6月9日电 "
    body = "王立新大使代表使馆、总领馆和中资企业向缅甸政府捐赠了救灾款。缅甸部长代表缅甸政府接受了捐赠,感谢中方的慷慨援助。"
    got = of(body, "AID", head)
    assert got and got[0].participants[0] == "中国" and "缅甸" in got[0].participants


def test_a_delegations_head_named_apart_visits_with_it():
    head = "丙国共产党代表团访问越南\n\n越通社河内——2025年6月10日,"
    body = ("越共中央书记处常务书记陈锦秀10日在河内会见了正在越南进行访问的古巴共产党中央委员会国际部代表团。"
            "代表团团长、古共中央国际部部长埃米利奥·洛萨达表示,古巴珍视与越南的特殊关系。")
    got = of(body, "VISIT", head)
    assert len(got) == 1 and "埃米利奥·洛萨达" in got[0].participants


def test_who_attends_a_gathering_celebrating_a_party_congress_takes_no_part_in_the_congress():
    body = ("越南驻柬埔寨大使馆举行见面会,庆祝越南共产党第十四次全国代表大会取得圆满成功。"
            "越南驻柬埔寨大使阮辉祥和柬埔寨人民党代表出席。")
    got = of(body, "CONFERENCE")
    assert got and all("阮辉祥" not in e.participants for e in got)


def test_a_party_congress_is_its_partys_not_the_celebrating_bodys():
    got = of("越南驻柬埔寨大使馆庆祝越共十四大成功召开。", "CONFERENCE", "测试新闻\n\n越通社金边——2026年2月10日,")
    assert got and all("越南驻柬埔寨大使馆" not in e.participants for e in got)


def test_an_anniversary_of_a_bloc_and_a_country_joined_by_a_dash_is_of_both():
    for body in ("中国—东盟建立战略伙伴关系20周年纪念活动在雅加达举行。", "越南外交部举行招待会,庆祝东盟—中国建立对话关系30周年。"):
        got = of(body, "ANNIVERSARY")
        assert got and {"中国", "东盟"} <= set(got[0].participants), body


def test_both_countries_named_by_a_compound_of_their_short_forms():
    head = "测试新闻\n\n新华社莫斯科2025年5月8日电 "
    body = "在中俄元首的共同见证下,两国有关部门此次签署了十余份合作文件。"
    got = of(body, "AGREEMENT", head)
    assert got and {"中国", "俄罗斯"} <= set(got[0].participants)


def test_a_delegations_head_told_as_leading_it_visits_with_it():
    head = "越南国会代表团访问老挝\n\n越通社万象——2025年6月10日,"
    got = of("应老挝国会邀请,越南国会副主席阮文德率团于6月9日至11日对老挝进行正式访问。", "VISIT", head)
    assert len(got) == 1 and "阮文德" in got[0].participants
    body = "越共中央对外部部长黎怀忠10日在河内会见了正在越南进行工作访问的中国共产党代表团。代表团由中联部副部长孙明华率领。"
    got = of(body, "VISIT", "中国共产党代表团访问越南\n\n越通社河内——2025年6月10日,")
    assert len(got) == 1 and "孙明华" in got[0].participants
