"""Events on invented text, one mechanism each (issue 13, second round): who the parties are and how
many events a sentence tells — run-together headlines, delegations and their heads, meetings one by
one, witnesses of a signing, several countries to one seat, an assembly acting as a body."""

from __future__ import annotations

from dipnet.extract.common.clauses import clauses
from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def events(body: str, type_: str):
    return [e for e in extract(HEAD + body, source="t.txt").events if e.type == type_]


def test_run_together_headlines_are_sentences_of_their_own():
    text = ("越南国家主席梁强会见老挝国家主席通伦·西苏里 越南政府总理范明政出席东盟峰会开幕式 "
            "越南国会主席王廷惠对柬埔寨进行正式访问\n")
    doc = extract(text, source="t.txt")
    sentences = {c.sentence for c in clauses(doc)}
    assert len(sentences) >= 3
    meets = [e for e in doc.events if e.type == "MEET"]
    assert meets and all("范明政" not in e.participants and "王廷惠" not in e.participants for e in meets)


def test_a_line_broken_word_is_no_headline_gap():
    doc = extract("测试新闻\n\n越南与各国建立了战略伙伴和全面伙伴 关系的网络,成果显著。\n", source="t.txt")
    assert len({c.sentence for c in clauses(doc)}) == 2  # the title and the one sentence


def test_a_delegation_met_is_a_party_with_its_head():
    # (ev31: a head named as leading it meets for the body: seeds 郑文决会见了由…英拉万·乔本潘率领的…代表团 →
    # [郑文决, 英拉万·乔本潘]; dev2 冯光青会见了由…孙建国上将率领…的中国国防部代表团 → [冯光青, 孙建国])
    body = "越南国家主席梁强会见了以老挝人民革命党中央书记处常务书记本通·吉玛尼为团长的老挝人民革命党代表团。"
    got = events(body, "MEET")
    assert got and {"梁强", "本通·吉玛尼"} <= set(got[0].participants)
    assert "老挝人民革命党" not in got[0].participants


def test_meetings_one_by_one_are_one_event_each():
    body = "美国总统拜登其后相继与越南政府总理范明政,以及越南国家主席梁强会面。"
    got = sorted(sorted(e.participants) for e in events(body, "MEET"))
    assert got == sorted([sorted(["拜登", "范明政"]), sorted(["拜登", "梁强"])])


def test_witnesses_of_a_signing_stand_for_their_countries():
    body = "越南国家主席梁强与韩国总统尹锡悦见证两国外交部合作谅解备忘录签署仪式。"
    got = events(body, "AGREEMENT")
    assert got and {"越南", "韩国"} <= set(got[0].participants)
    assert not {"梁强", "尹锡悦"} & set(got[0].participants)


def test_whom_one_met_at_a_forum_did_not_attend_it():
    body = "越南政府副总理黎明慨出席第十届湄公河-日本合作峰会期间会见了日本首相石破茂。"
    got = events(body, "CONFERENCE")
    assert got and "黎明慨" in got[0].participants and "石破茂" not in got[0].participants


def test_countries_elected_to_one_seat_hold_one_role_each():
    body = "联合国大会7日选举越南、爱沙尼亚、突尼斯为安理会非常任理事国。"
    roles = events(body, "MULTILATERAL_ROLE")
    countries = sorted(c for e in roles for c in e.participants if c in ("越南", "爱沙尼亚", "突尼斯"))
    assert len(roles) == 3 and countries == ["爱沙尼亚", "突尼斯", "越南"]
    assert not events(body, "CONFERENCE")  # the assembly acts as a body: no meeting is reported


def test_a_speaker_of_parliament_holds_no_meeting():
    body = "泰国国家立法议会议长蓬碧致电祝贺阮氏金银就任越南国会主席。"
    assert not events(body, "CONFERENCE")


def test_the_host_who_received_an_attendee_did_not_attend():
    body = "中国国家主席习近平在天津会见来华出席上海合作组织峰会的越南政府总理范明政。"
    got = events(body, "CONFERENCE")
    assert got and "范明政" in got[0].participants and "习近平" not in got[0].participants


def test_an_anniversary_is_of_what_was_founded_not_of_who_celebrates():
    body = "越南友好组织联合会将与中国人民对外友好协会举办越中建交75周年纪念活动。"
    got = events(body, "ANNIVERSARY")
    assert got and set(got[0].participants) == {"越南", "中国"}
    army = events("越南国防部在河内举行越南人民军建军80周年庆典。", "ANNIVERSARY")
    assert army and army[0].participants == ["越南人民军"]


def test_the_subject_of_the_sentence_meets_whom_the_next_clause_names():
    got = events("越南政府总理范明政周二在政府驻地,会见中国驻越南大使何炜。", "MEET")
    assert got and {"范明政", "何炜"} <= set(got[0].participants)


def test_peacekeeping_as_a_field_of_cooperation_sends_no_unit():
    body = "越方愿同中方在军队建设、维和等领域加深交流与合作。"
    assert not events(body, "DEPLOYMENT")


def test_more_ways_to_disapprove_and_to_take_office():
    assert events("德国联邦政府召见了越南驻德大使,警告此案对两国关系的影响。", "DISAPPROVE")
    got = events("中央组织部副部长潘升安出任高平省省委书记。", "ELECTION")
    assert got and "潘升安" in got[0].participants


def test_a_year_naming_the_summit_is_not_the_meetings_date():
    body = "6月8日下午,中国国家主席习近平在天津会见来华出席2025年上海合作组织峰会的越南政府总理范明政。"
    got = events(body, "MEET")
    assert got and got[0].date == "2025-06-08" and got[0].date_precision == "day"


def test_a_day_after_an_inferred_page_date_is_no_plan():
    from dipnet.extract.events import extract_events
    from dipnet.model import DateValue

    doc = extract("测试新闻\n\n越南政府总理范明政周二(10月1日)在政府驻地会见中国驻越南大使何炜。", source="t.txt")
    doc.published = DateValue(date="2024-09-29", precision="day", method="inferred", confidence=0.7)
    meets = [e for e in extract_events(doc) if e.type == "MEET"]
    assert meets and all(e.status == "occurred" for e in meets)
    doc.published = DateValue(date="2024-09-29", precision="day", method="metadata", confidence=0.9)
    meets = [e for e in extract_events(doc) if e.type == "MEET"]
    assert meets and all(e.status == "planned" for e in meets if e.date and e.date > "2024-09-29")


def test_i_in_reported_speech_is_the_speaker():
    body = "中国国家主席习近平指出,我今年4月对越南进行国事访问,双方达成重要共识。"
    visits = events(body, "VISIT")
    assert visits and visits[0].source == ["习近平"] and visits[0].target == ["越南"]
    assert not events("越南外交部发言人表示,我国对柬埔寨进行访问的安排已确定。", "VISIT")


def test_a_press_statement_and_a_condolence_post():
    said = events("越南外交部发言人范秋姮10月2日晚上发表声明,要求尊重越南主权。", "STATEMENT")
    assert said and said[0].participants == ["范秋姮"]
    sent = events("新加坡总理李显龙向泰国总理巴育致唁函,对泰国前首相逝世表达深切慰问。", "MESSAGE")
    assert sent and {"李显龙", "巴育"} <= set(sent[0].participants)
