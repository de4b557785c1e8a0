"""Filters that must not block real events, messages per sending country, and visits told around a
meeting or a departure (invented sentences)."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def events(body: str, type_: str):
    return [e for e in extract(HEAD + body, source="t.txt").events if e.type == type_]


def test_an_international_security_conference_is_a_conference_a_countrys_security_council_none():
    conf = events("俄罗斯国防部长别洛乌索夫在莫斯科国际安全会议上表示,各方应加强合作。", "CONFERENCE")
    assert [e.attributes.get("name") for e in conf] == ["莫斯科国际安全会议"]
    assert not events("越南公安部长梁三光会见白俄罗斯安全会议国务秘书沃尔福维奇。", "CONFERENCE")


def test_a_signing_of_counted_documents_is_a_signing():
    for body in ("会谈后,越南总理范明政和老挝总理宋赛·西潘敦见证了36项合作文件的签署。",
                 "会谈后,越南总理范明政和老挝总理宋赛·西潘敦共同见证双方36项合作文件的交换仪式。"):
        got = events(body, "AGREEMENT")
        assert got and {"越南", "老挝"} <= set(got[0].participants), body


def test_an_announced_upgrade_happened_an_announced_date_is_ahead():
    done = events("越南国家主席梁强和老挝国家主席通伦宣布将越老关系提升为全面战略伙伴关系。", "RELATION_CHANGE")
    ahead = events("越南和老挝宣布将于明年将两国关系提升为全面战略伙伴关系。", "RELATION_CHANGE")
    assert [e.status for e in done] == ["occurred"]
    assert [e.status for e in ahead] == ["planned"]


def test_a_message_addresses_the_one_congratulated_in_the_next_clause():
    for body in ("老挝国家主席通伦·西苏里致贺电,热烈祝贺苏林当选越共中央总书记。",
                 "老挝国家主席通伦·西苏里致贺电,对苏林当选越共中央总书记表示热烈祝贺。"):
        got = events(body, "MESSAGE")
        assert [set(e.participants) for e in got] == [{"通伦·西苏里", "苏林"}], body


def test_a_message_naming_no_one_goes_to_the_one_the_lead_addressed():
    body = ("苏林当选越共中央总书记之际,多国领导人致电祝贺苏林。老挝国家主席通伦·西苏里致贺电,祝贺苏林。"
            "古巴共产党中央委员会第一书记、国家主席迪亚斯-卡内尔也致贺电。")
    got = events(body, "MESSAGE")
    assert {frozenset(e.participants) for e in got} == {frozenset({"通伦·西苏里", "苏林"}),
                                                        frozenset({"迪亚斯-卡内尔", "苏林"})}


def test_messages_from_two_countries_whose_senders_carry_title_chains_stay_apart():
    body = ("马达加斯加总统、武装部队总司令拉乔利纳致贺电,祝贺苏林当选。"
            "莫桑比克解放阵线党主席、共和国总统查波致贺电,祝贺苏林当选。")
    got = events(body, "MESSAGE")
    assert {frozenset(e.participants) for e in got} == {frozenset({"拉乔利纳", "苏林"}), frozenset({"查波", "苏林"})}


def test_a_departure_then_a_clause_naming_only_the_host_is_the_visit():
    got = events("12月1日,苏林离开河内,对老挝进行国事访问。", "VISIT")
    assert [(e.participants, e.status) for e in got] == [(["苏林", "老挝"], "occurred")]
    # without a departure, 对…进行国事访问表示欢迎 is what the receiver welcomes, no visit of theirs
    assert not events("越南国家主席梁强会见了老挝总理,对老挝进行国事访问表示欢迎。", "VISIT")


def test_a_visit_told_as_a_relative_clause_on_the_one_received_leaves_out_the_receiver():
    led = events("陈锦秀会见了由本通·吉玛尼率领的、正在越南进行工作访问的老挝人民革命党高级代表团。", "VISIT")
    assert [set(e.participants) for e in led] == [{"本通·吉玛尼", "越南"}]
    body = events("党中央书记处常务书记陈锦秀会见正在越南进行工作访问的老挝人民革命党高级代表团。", "VISIT")
    assert [set(e.participants) for e in body] == [{"老挝人民革命党", "越南"}]


def test_a_visit_clause_naming_only_its_host_goes_on_from_the_subject():
    going = events("柬埔寨首相洪森于2016年10月赴越出席第七届柬老缅越合作峰会,并于2016年12月对越南进行正式访问。", "VISIT")
    assert ("2016-12", ["洪森", "越南"]) in [(e.date, e.participants) for e in going]
    told = events("习近平说,中越是友好邻邦。去年12月,对越南进行国事访问,双方共同宣布构建命运共同体。", "VISIT")
    assert [e.participants for e in told] == [["习近平", "越南"]]


def test_a_meeting_next_year_is_planned_and_named_without_the_verb():
    got = events("中方愿与越方加强高层交往,筹备好明年中越双边合作指导委员会第七次会议。", "CONFERENCE")
    assert [e.attributes.get("name") for e in got] == ["中越双边合作指导委员会第七次会议"]


def test_a_joint_body_of_localities_meets_as_its_localities_with_the_full_name():
    got = events("越南谅山、广宁、河江、高平与中国广西壮族自治区联合工作委员会第十次会议在谅山省举行。", "CONFERENCE")
    assert [e.attributes.get("name") for e in got] == ["越南谅山、广宁、河江、高平与中国广西壮族自治区联合工作委员会第十次会议"]
    assert "越南" not in got[0].participants and len(got[0].participants) == 5
    # two countries joined before the body stay the parties
    pair = events("越南与老挝政府间联合委员会第46次会议在河内举行。", "CONFERENCE")
    assert [set(e.participants) for e in pair] == [{"越南", "老挝"}]


def test_the_bereaved_family_is_no_recipient_where_a_government_is_named():
    got = events("印尼政府向越南政府和黎可漂同志家属致唁电。", "MESSAGE")
    assert [set(e.participants) for e in got] == [{"印度尼西亚", "越南"}]


def test_what_jiu_opens_is_the_occasion_whoever_sends():
    got = events("印尼政府就黎可漂同志逝世向越南政府致唁电。", "MESSAGE")
    assert [set(e.participants) for e in got] == [{"印度尼西亚", "越南"}]


def test_a_meeting_of_the_body_referred_back_to_has_that_body():
    got = events("作为国家网络安全指导委员会主任,范明政主持召开该委员会第一次会议。", "CONFERENCE")
    assert [set(e.participants) >= {"范明政", "国家网络安全指导委员会"} for e in got] == [True]


def test_two_countries_short_forms_before_a_ministry_are_each_countrys_ministry():
    got = events("越南公安部长陈大光与中国公安部长郭声琨共同主持召开越中两国公安部第四次合作打击犯罪会议。", "CONFERENCE")
    assert [set(e.participants) for e in got] == [{"陈大光", "郭声琨", "越南公安部", "中国公安部"}]
    # the leaders of the two countries are no body: the countries stay
    assert [set(e.participants) for e in events("越中两国领导人举行会谈。", "MEET")] == [{"越南", "中国"}]


def test_one_numbered_meeting_named_twice_is_one_spanning_its_days():
    got = events("越南外长裴青山6月13日出席第30届外交工作会议开幕式。6月17日,越南总理范明政出席第30届外交会议闭幕式。",
                 "CONFERENCE")
    assert [(set(e.participants), e.date, e.end_date) for e in got] == [({"裴青山", "范明政"}, "2025-06-13", "2025-06-17")]
    # two numbered meetings of other ordinals stay two
    two = events("越南外长裴青山6月13日出席第30届外交工作会议。6月17日,越南总理范明政出席第31届外交会议。", "CONFERENCE")
    assert len(two) == 2


def test_a_paper_named_after_the_person_of_a_frame_speaks_for_its_article():
    got = events("在越共中央总书记苏林于2月6日对柬埔寨进行国事访问前夕,柬埔寨《高棉时报》2月4日刊登了文章,其中强调,"
                 "越柬关系不断发展。", "STATEMENT")
    assert got and all(e.participants == ["高棉时报"] for e in got)
