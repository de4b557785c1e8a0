"""Event reading on a twelfth round of unseen pages (issue 13; invented sentences): the wording of other
outlets (觐见, 复电, 预定), a roll of messages whose lead names its recipient after the verb and whose
paragraphs tell each sender's words, two speakers of parliament as the pair that talks, and a visit told
as the frame of reported words."""

from __future__ import annotations

from eventpage import of


def test_an_audience_with_a_king_is_a_meeting():
    body = "越南国家主席阮文山在曼谷觐见泰国国王拉玛十世。"
    got = of(body, "MEET")
    assert len(got) == 1 and set(got[0].participants) == {"阮文山", "拉玛十世"}


def test_a_reply_goes_to_who_wrote_the_message_before():
    body = "老挝国家主席通沙·本西致电祝贺阮文山当选越南国家主席;阮文山同日复电。"
    got = sorted((e.source, e.target) for e in of(body, "MESSAGE"))
    assert got == [(["通沙·本西"], ["阮文山"]), (["阮文山"], ["通沙·本西"])]


def test_a_roll_of_messages_addressed_after_the_verb_is_one_message_per_paragraph():
    body = ("一些国家领导人陆续致电致函阮文山,热烈祝贺阮文山当选越南国家主席。\n\n"
            "老挝国家主席通沙·本西表示,欣悉您当选越南国家主席,我谨表示衷心祝贺。\n\n"
            "古巴国家主席米格尔·罗德里格斯表示,衷心祝贺您当选越南国家主席。")
    got = sorted(sorted(e.participants) for e in of(body, "MESSAGE"))
    assert got == [["米格尔·罗德里格斯", "阮文山"], ["通沙·本西", "阮文山"]]


def test_the_two_speakers_of_parliament_are_the_pair_that_talks():
    body = ("应老挝国会主席通沙·本西邀请,越南国会主席阮文山于5月15日至17日对老挝进行正式访问。\n\n"
            "老挝国会副主席坎平·赛雅佳透露,访老期间,两国国会主席进行了会谈。")
    meets = of(body, "MEET")
    assert [sorted(e.participants) for e in meets] == [["通沙·本西", "阮文山"]]
    assert all("坎平·赛雅佳" not in e.participants for e in of(body, "VISIT"))


def test_a_meeting_booked_ahead_is_planned():
    body = "马来西亚外长表示,阮文山是中国国家主席张建国预定会见的首批领导人之一。"
    got = of(body, "MEET")
    assert got and all(e.status == "planned" for e in got)


def test_going_to_the_airport_to_greet_a_guest_is_no_visit():
    body = ("中国国家主席张建国抵达河内,开始对越南进行国事访问。"
            "越南国家主席阮文山前往内排国际机场迎接张建国和中国高级代表团。")
    visitors = [v for e in of(body, "VISIT") for v in e.source]
    assert "阮文山" not in visitors and "张建国" in visitors


def test_a_relative_clause_of_a_visit_may_go_on_with_a_second_verb():
    body = "越南外交部长阮文山与来越进行正式访问并出席湄公河合作第六次领导人会议的中国外交部长张建国举行了会谈。"
    got = of(body, "VISIT")
    assert [e.participants for e in got] == [["张建国", "越南"]]


def test_who_appraises_a_call_of_two_others_is_no_party_to_it():
    body = "美国国务卿约翰·米勒高度评价越共中央总书记阮文山与美国总统詹姆斯·卡特今年3月30日通电话所取得的结果。"
    got = of(body, "CALL")
    assert [sorted(e.participants) for e in got] == [sorted(["阮文山", "詹姆斯·卡特"])]


def test_a_delegation_met_brings_its_head_and_may_stand_after_the_partner_word():
    body = ("8月26日至30日,广西壮族自治区党委书记张建国率广西代表团访问越南。\n\n"
            "访问期间,越共中央总书记阮文山接见了广西代表团。越南政府总理黎文海与代表团进行了工作会谈。")
    got = sorted(sorted(e.participants) for e in of(body, "MEET"))
    assert ["张建国", "阮文山"] in [[p for p in g if p != "广西"] for g in got]
    assert any("黎文海" in g and "张建国" in g for g in got)


def test_a_delegation_qualified_by_the_relative_clause_of_its_visit_visits_with_its_head():
    body = ("越南国家主席阮文山6日下午在主席府接见了以老挝国会主席通沙·本西为团长率领,"
            "前来越南进行正式访问的老挝高级代表团。")
    got = of(body, "VISIT")
    assert [e.participants for e in got] == [["通沙·本西", "越南"]]


def test_a_list_of_senders_parted_by_a_semicolon_sends_one_message():
    body = ("老挝人民革命党中央委员会总书记、国家主席通沙·本西(Thongsa Bounsy);政府总理坎平·赛雅佳和国会主席"
            "本米·西潘敦向越共中央总书记阮文山、越南政府总理黎文海致国庆贺电,热烈祝贺越南取得的成就。")
    got = of(body, "MESSAGE")
    assert len(got) == 1 and {"通沙·本西", "坎平·赛雅佳", "阮文山"} <= set(got[0].participants)


def test_a_telegram_beside_a_letter_is_a_message_not_a_call():
    body = "值此越南建国76周年之际,印度、日本等国领导纷纷致电或致函越南党和国家领导。"
    assert of(body, "CALL") == []


def test_a_clause_going_on_from_an_invitation_tells_no_visit():
    body = "美国总统约翰·米勒邀请阮文山9月出席联合国成立80周年纪念活动,并对美国进行国事访问。"
    assert of(body, "VISIT") == []


def test_the_partner_of_a_call_told_before_the_visit_word_is_no_visitor():
    head = "阮文山与约翰·米勒通电话9月访美\n\n越通社河内——2025年6月10日,"
    body = "越南国家主席阮文山今天与美国总统约翰·米勒通电话。"
    got = of(body, "VISIT", head)
    assert got and all("约翰·米勒" not in e.participants for e in got)


def test_a_countrys_people_met_are_not_the_country():
    body = "越南国家主席阮文山访问广州期间,还将与在粤新加坡人会面。"
    assert all("新加坡" not in e.participants for e in of(body, "MEET"))


def test_who_else_attended_the_meeting_told_before_holds_no_meeting_of_their_own():
    body = ("中国国务委员张建国今天下午拜会了马来西亚首相阮文山。两人后来进行了闭门会议,就双方感兴趣的问题进行了交谈。"
            "出席会见的还有中国外交部副部长黎文海和中国驻马大使王春贵。")
    got = of(body, "MEET")
    assert len(got) == 1 and {"张建国", "阮文山"} <= set(got[0].participants)


def test_talks_with_a_countrys_leaders_left_unnamed_name_no_partner():
    body = "按日程安排,访问期间越南国会主席阮文山将与中国党、国家和地方主要领导人举行会谈。"
    assert of(body, "MEET") == []


def test_hong_kong_wording_of_meeting_and_arriving():
    assert [e.participants for e in of("国家主席张建国昨日在北京晤越共中央总书记阮文山。", "MEET")] == [["张建国", "阮文山"]]
    assert [e.participants for e in of("越南总理阮文山昨抵京,展开为期三天的访问。", "VISIT")] == [["阮文山", "中国"]]
    got = of("美国国务卿约翰·米勒昨日抵河内访问,并与越南总理阮文山会面。", "VISIT")
    assert [e.participants for e in got] == [["约翰·米勒", "越南"]]


def test_a_partner_told_by_a_pronoun_is_the_one_the_sentence_before_is_about():
    body = "老挝国家主席通沙·本西9日抵达河内,开始对越南进行国事访问。当天下午,越共中央总书记阮文山与他举行会谈。"
    got = of(body, "MEET")
    assert [sorted(e.participants) for e in got] == [sorted(["阮文山", "通沙·本西"])]


def test_a_partner_told_by_qi_and_a_letter_to_one_named_after_gei():
    body = "老挝总理通沙·本西9日抵达河内。越南政府总理阮文山当天为其举行欢迎仪式并同其举行会谈。"
    assert [sorted(e.participants) for e in of(body, "MEET")] == [sorted(["阮文山", "通沙·本西"])]
    got = of("越共中央总书记阮文山给中国国家主席张建国写信,感谢中国的支持。", "MESSAGE")
    assert [(e.source, e.target) for e in got] == [(["阮文山"], ["张建国"])]
