"""Event reading on a second round of pages the project had never seen (issue 13; invented sentences):
headlines that retell the article, meetings named in quotes or with an abbreviation, bodies whose names
hold a meeting word, messages told by 致电 in a list or framed by 贺电指出, who gives aid and to whom, law
enforcement by two countries' police, talks wished for, calls one by one under a joint headline, national
days without an owner, seats listed in groups, upgrades, and 会 as "will"."""

from __future__ import annotations

from dipnet.pipeline import extract
from eventpage import of


def test_a_headline_without_a_time_of_its_own_is_the_articles_event():
    page = ("越南驻华大使馆举行越中建交75周年招待会\n\n越通社北京——2025年1月16日,越南驻华大使馆1月15日在北京举行越中建交75周年"
            "招待会。中国外交部副部长孙卫东出席。越南驻华大使范清平在招待会上致辞。")
    got = extract(page, source="t.txt").events
    assert len([e for e in got if e.type == "ANNIVERSARY"]) == 1


def test_a_meeting_named_in_quotes_or_with_an_abbreviation():
    quoted = of("由越南外交学院和中国国际问题研究院联合主办的“越中智库对话:地区合作研讨会”8日在河内开幕。", "CONFERENCE")
    assert quoted and quoted[0].attributes["name"].startswith("越中智库对话")
    abbrev = of("越南外交部部长裴青山出席以视频形式举行的湄公河之友(FOM)部长会议。", "CONFERENCE")
    assert abbrev and "裴青山" in abbrev[0].participants


def test_a_meeting_word_inside_a_bodys_name_or_a_congress_as_a_topic_is_no_conference():
    assert not of("越南祖国阵线中央委员会向中国人民政治协商会议全国委员会致贺电。", "CONFERENCE")
    assert not of("两国学者在河内研讨中共二十大的主要成果。", "CONFERENCE")
    assert not of("越方对中方在长沙群岛投入使用一系列设施表示反对。", "CONFERENCE")


def test_telegrams_listed_by_semicolons_are_one_message_of_the_people():
    body = ("越南领导人向老挝领导人致贺信,庆祝两国建交63周年。国家主席梁强致电老挝国家主席通伦·西苏里;"
            "政府总理范明政致电老挝总理宋赛·西潘敦,庆祝两国建交63周年。")
    assert not of(body, "CALL")
    msgs = of(body, "MESSAGE")
    assert len(msgs) == 1 and {"梁强", "范明政", "通伦·西苏里"} <= set(msgs[0].participants)
    assert "越南" not in msgs[0].participants


def test_who_gives_aid_and_to_whom():
    to = of("越南驻古巴大使代表越南政府向古巴卫生部捐赠一批医疗物资。", "AID")
    assert to and to[0].source == ["越南"] and to[0].target[:1] == ["古巴卫生部"]
    by = of("老挝接收由越南国防部捐赠的一批医疗物资。", "AID")
    assert by and by[0].source == ["越南国防部"]


def test_aid_told_again_with_a_body_for_its_country_is_one():
    body = ("越南国防部向老挝国防部捐赠一批医疗物资。老挝国防部感谢越南国防部的及时援助。"
            "老挝感谢越南国防部的援助。")
    assert len(of(body, "AID")) == 1


def test_a_greeting_framed_by_the_message_is_the_message_and_no_statement():
    body = "贺电指出,值此两国建交75周年之际,范明政向中国国务院总理李强致以热烈祝贺。"
    msgs = of(body, "MESSAGE")
    assert msgs and {"范明政", "李强"} <= set(msgs[0].participants)
    assert not of(body, "STATEMENT")
    assert not of("会谈中,范明政向李强致以亲切问候。", "MESSAGE")


def test_law_enforcement_by_two_countries_police():
    both = of("越南与柬埔寨两国警方开展联合行动,双方共抓获犯罪嫌疑人30名。", "LAW_ENFORCEMENT")
    assert both and {"越南", "柬埔寨"} <= set(both[0].participants)
    handed = of("越南警方在河内将5名犯罪嫌疑人移交老挝警方。", "LAW_ENFORCEMENT")
    assert handed and handed[0].status == "occurred"
    assert not of("越南向老挝移交了一批大米。", "LAW_ENFORCEMENT")


def test_talks_wished_for_or_appraised_in_general_are_none():
    assert not of("特朗普表示,希望早日再次会见苏林。", "MEET")
    assert not of("两位总理高度评价两国高层的会晤。", "MEET")
    assert of("苏林6月10日会见了特朗普。", "MEET")


def test_a_joint_headline_over_calls_one_by_one():
    page = ("越南政府总理范明政与老挝总理宋赛·西潘敦和柬埔寨首相洪玛奈通电话\n\n越通社河内——2025年6月10日,"
            "越南政府总理范明政分别与老挝总理宋赛·西潘敦和柬埔寨首相洪玛奈通电话。")
    calls = [e for e in extract(page, source="t.txt").events if e.type == "CALL"]
    assert len(calls) == 2 and all(len(c.participants) == 2 for c in calls)


def test_a_national_day_without_its_owner_and_the_host_are_not_what_it_is_of():
    body = "中国驻越南大使何炜9月26日举行国庆招待会,庆祝中华人民共和国成立76周年。越南外交部代表出席了国庆招待会。"
    anniversaries = of(body, "ANNIVERSARY")
    assert anniversaries and all("何炜" not in a.participants and "越南" not in a.participants for a in anniversaries)


def test_a_deployment_word_inside_a_bodys_name_is_none():
    assert not of("越南维和局局长表示,各项工作进展顺利。", "DEPLOYMENT")


def test_seats_listed_in_groups_under_labels():
    body = "联合国大会选举产生人权理事会成员。此次选出的人权理事会成员为:非洲地区的埃及、南非;亚太地区的越南、印度。"
    roles = of(body, "MULTILATERAL_ROLE")
    assert {"埃及", "南非", "越南", "印度"} <= {p for r in roles for p in r.participants}


def test_an_upgrade_with_its_object_between_and_will_before_a_verb():
    body = "越南与新加坡友好。双方于2013年9月正式提升双边关系至战略伙伴层级。"
    assert of(body, "RELATION_CHANGE")
    meets = of("苏林11日至13日访问新加坡,12日他会出席欢迎仪式。", "MEET")
    assert all(m.status == "planned" for m in meets)


def test_chosen_by_the_assembly_and_a_co_chairs_partner():
    assert any("阮春福" in e.participants for e in of("阮春福獲國會選為國家主席。", "ELECTION"))
    body = "王毅1日至2日访问越南,期间除了与越南副总理陈流光共同主持越中双边合作指导委员会第15次会议,还和裴青山会面。"
    conferences = of(body, "CONFERENCE")
    assert conferences and {"王毅", "陈流光"} <= set(conferences[0].participants)


def test_a_document_named_a_plan_and_a_meeting_named_inside_a_document():
    body = "双方签署了2017年越南政府和老挝政府合作计划协议和越老政府间合作委员会第39次会议备忘录。"
    assert all(e.status == "occurred" for e in of(body, "AGREEMENT"))
    assert not of(body, "CONFERENCE")


def test_the_one_succeeded_and_a_meeting_being_described():
    elected = of("越南国会选举总理。阮春福接替阮晋勇出任总理。", "ELECTION")
    assert any("阮春福" in e.participants for e in elected)
    assert all("阮晋勇" not in e.participants for e in elected)
    assert not of("亚洲未来国际会议是由日本经济新闻社自1995年以来每年举办一次的国际论坛。", "CONFERENCE")


def test_who_tells_of_a_visit_is_no_visitor_and_the_tellers_land_hosts():
    visits = of("越共总书记阮富仲称习近平将来访。", "VISIT")
    assert visits and visits[0].participants == ["习近平", "越南"] and visits[0].status == "planned"


def test_the_way_a_meeting_is_held_is_no_other_meeting():
    body = ("越南政府总理阮春福出席了第36届东盟峰会开幕式。开幕式以视频会议的形式举行。"
            "出席开幕式的越方代表包括国会主席阮氏金银、政府副总理兼外长范平明等。")
    conferences = of(body, "CONFERENCE")
    assert conferences and {"阮春福", "阮氏金银", "范平明"} <= set(conferences[0].participants)


def test_a_signing_ceremony_as_the_time_of_a_speech_is_no_signing():
    assert not of("签字仪式后,范明政发表讲话。", "AGREEMENT")
    assert of("签字仪式后,范明政发表讲话。", "STATEMENT")


def test_talks_by_video_in_the_hong_kong_wording_are_a_call():
    body = "王毅與菲律賓外長洛欽舉行視像會談。"
    assert of(body, "CALL") and not of(body, "MEET")
