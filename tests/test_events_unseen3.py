"""Event reading on a third round of unseen pages (issue 13; invented sentences): Chinese and party-channel
readouts of talks (an envoy sent by a named leader, the two sides' leaders spoken of by their post, a photo
of the talks), Taiwan and Hong Kong wording of visits, delegations sent, programmes named with an aid word,
and meeting abbreviations right before 会见."""

from __future__ import annotations

from dipnet.pipeline import extract
from eventpage import of


def test_the_leader_who_sends_an_envoy_by_name_takes_no_part():
    got = of("老挝外交部长、通伦主席特使沙伦赛6月9日在河内与越南外交部长裴青山举行会谈。", "MEET")
    assert got and "通伦" not in " ".join(got[0].participants)
    assert "裴青山" in got[0].participants and any(p.startswith("沙伦赛") for p in got[0].participants)


def test_the_two_sides_leaders_by_their_post_are_not_the_people_of_the_talks():
    body = ("中国外交部长王毅6月9日在北京同越南外交部长裴青山举行会谈。"
            "双方表示,愿遵循两党总书记通话达成的重要共识,推动两国关系发展。")
    calls = of(body, "CALL")
    assert not any({"王毅", "裴青山"} <= set(e.participants) for e in calls)


def test_a_photo_of_the_talks_is_the_leads_talks():
    body = ("越南外交部长裴青山6月9日在河内与老挝外交部长沙伦赛举行会谈。\n\n"
            "王毅表示,中国一贯重视同越南的关系,支持以苏林同志为首的越南共产党。\n\n"
            "双方会谈现场。图自越通社\n\n"
            "双方一致同意加强合作。")
    meets = of(body, "MEET")
    assert len(meets) == 1 and {"裴青山", "沙伦赛"} <= set(meets[0].participants)


def test_zaofang_is_a_visit():
    got = of("日本外务大臣上川阳子9日至11日造访越南,这是她就任后首次出访东南亚。", "VISIT")
    assert got and "越南" in got[0].participants


def test_a_delegation_sent_is_no_deployment():
    assert not of("老挝领导人感谢越南派遣代表团前来出席老挝国庆纪念活动。", "DEPLOYMENT")


def test_a_programme_named_with_an_aid_word_is_no_aid():
    assert not of("越南与日本讨论了日本「海洋能力建设支援」(OSA)计划下的合作。", "AID")


def test_a_meeting_abbreviation_before_huijian_is_no_conference():
    assert not of("中国代表团同柬埔寨人民党高官会见,交流治党经验。", "CONFERENCE")


def test_leaving_the_host_capital_ends_the_visit_told_in_the_same_sentence():
    got = of("老挝国家主席通伦和老挝高级代表团于6月9日晚离开首都河内,圆满结束对越南的国事访问。", "VISIT")
    assert got and got[0].participants[0].startswith("通伦") and "越南" in got[0].participants


def test_a_departure_then_two_visits_by_their_days():
    body = ("6月8日晚,越南国家主席梁强离开首都河内,应巴西总统卢拉的邀请,于6月9日至11日对巴西进行国事访问,"
            "并于6月12日至14日对阿根廷进行正式访问。")
    hosts = {p for e in of(body, "VISIT") for p in e.participants}
    assert {"巴西", "阿根廷"} <= hosts


def test_the_departure_the_evening_before_is_the_visit():
    page = ("梁强访问巴西\n\n越通社河内——2025年6月9日,越南国家主席梁强于6月9日至11日对巴西进行国事访问。\n\n"
            "此前,梁强6月8日晚启程赴巴西。")
    visits = [e for e in extract(page, source="t.txt").events if e.type == "VISIT"]
    assert len(visits) == 1


def test_the_one_a_frame_sentence_goes_on_about_attends_the_meetings_the_frame_names():
    body = ("在万象出席东盟外长会议和湄公河-日本合作外长会期间,7月9日上午,越南外交部长裴青山与日本外务大臣岩屋毅举行会谈。")
    confs = of(body, "CONFERENCE")
    assert len(confs) == 2 and all("裴青山" in e.participants for e in confs)
    summit = of("值此出席在秘鲁举行的亚太经合组织(APEC)领导人会议之际,越南国家主席梁强与智利总统博里奇举行双边会晤。", "CONFERENCE")
    assert summit and "梁强" in summit[0].participants


def test_a_visit_told_again_with_the_visitors_country_is_the_same_visit():
    body = ("6月9日上午,越共中央总书记苏林抵达万象,开始对老挝进行国事访问。\n\n"
            "民众在机场及沿途挥舞着两国国旗,热烈欢迎苏林总书记及越南高级代表团访老。")
    visits = of(body, "VISIT")
    assert len(visits) == 1 and "苏林" in visits[0].participants


def test_a_defence_dialogue_is_a_meeting():
    got = of("越南与澳大利亚9日在堪培拉举行首次副部长级外交—国防对话。", "MEET")
    assert got and {"越南", "澳大利亚"} <= set(got[0].participants)


def test_people_told_before_by_their_count():
    body = ("老挝国家主席通伦在万象会见到访的越南外交部长裴青山、公安部长梁三光及国防部长潘文江。\n\n"
            "通伦表示,老越关系不断发展。\n\n"
            "老挝总理宋赛随后亦会见三名部长。")
    meets = of(body, "MEET")
    assert any(e.participants[0].startswith("宋赛") and {"裴青山", "梁三光", "潘文江"} <= set(e.participants)
               for e in meets)


def test_a_semicolon_list_of_doings_goes_on_from_its_subject():
    body = ("访老期间,越南国会主席陈青敏会见了老挝人民革命党中央总书记通伦;向无名烈士纪念碑敬献花圈;"
            "出席合作文件交换仪式;会见老挝国会主席赛宋蓬。")
    meets = of(body, "MEET")
    assert any("陈青敏" in e.participants and any(p.startswith("赛宋蓬") for p in e.participants) for e in meets)


def test_a_question_whether_a_visit_will_be_is_no_visit():
    body = "被问及王毅会否在出席东盟外长会前访问越南时,外交部发言人表示,目前没有可以发布的消息。"
    assert not of(body, "VISIT")
