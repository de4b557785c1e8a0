"""Events other than visits, talks, calls and messages on phrasings met on pages of outlets the
project had never seen (issue 13; invented sentences): a handover certificate, a running count of
partners and a meeting named after an instrument are no signing; a pronoun or unnamed leaders are no
speaker; what a story tells after its dispatch line is on the day its lead tells."""

from __future__ import annotations

from dipnet.pipeline import extract
from eventpage import events, of


def test_a_handover_certificate_signed_is_no_agreement():
    body = "中国驻老挝大使张明向老挝卫生部移交了一批援助物资,双方签署了物资交接证书。"
    assert not of(body, "AGREEMENT")
    assert of(body, "AID")


def test_a_memorandum_signed_is_still_an_agreement():
    body = "中国驻老挝大使张明与老挝卫生部长签署了卫生合作谅解备忘录。"
    assert of(body, "AGREEMENT")


def test_a_running_count_of_partners_is_no_signing():
    body = "截至目前,中国已同80多个国家和国际组织签署了共建合作文件。"
    assert not of(body, "AGREEMENT")


def test_a_meeting_named_after_an_instrument_is_no_signing():
    body = "老挝总理宋赛6月10日出席了东亚自由贸易协定领导人会议。"
    assert not of(body, "AGREEMENT")
    assert of(body, "CONFERENCE")


def test_a_pronoun_speaks_not_the_body_it_names():
    body = "老挝总理宋赛6月10日在会议闭幕式上致辞,他对东盟各成员国给予的支持表示感谢。"
    assert all(e.participants != ["东盟"] for e in of(body, "STATEMENT"))


def test_unnamed_leaders_of_a_body_are_no_speaker():
    body = "与会东盟国家领导人积极评价双方关系取得的成就。"
    assert all("东盟" not in e.participants for e in of(body, "STATEMENT"))


def test_what_follows_a_dispatch_line_is_on_the_lead_day():
    page = ("援助物资交接仪式在万象举行\n\n2024-07-18 10:02\n\n新华社万象7月17日电 中国政府援助老挝的物资交接仪式"
            "16日在万象举行。\n\n中国驻老挝大使张明表示,中国愿继续向老挝提供力所能及的帮助。\n")
    said = [e for e in extract(page, source="t.txt").events if e.type == "STATEMENT"]
    assert said and all(e.date == "2024-07-16" for e in said)


def test_the_spokesperson_named_after_the_setting_speaks():
    body = "在6月10日的外交部例行记者会上,发言人张明表示,中方欢迎老挝和越南签署合作协议。"
    said = of(body, "STATEMENT")
    assert said and all(e.participants == ["张明"] for e in said)


def test_the_spokesperson_is_no_party_of_the_signing_told():
    body = "中国外交部发言人张明:老挝和越南6月9日签署合作协议,中方对此表示欢迎。"
    signed = of(body, "AGREEMENT")
    assert signed and all("张明" not in e.participants for e in signed)


def test_the_opening_ceremony_is_part_of_the_forum_told():
    body = "第五届澜湄合作论坛6月10日在万象开幕。老挝国家主席通伦作开幕式主旨演讲。"
    assert len(of(body, "CONFERENCE")) == 1


def test_an_occasion_ahead_frames_the_event_and_plans_nothing():
    body = "在国庆节即将到来之际,中国驻老挝大使张明6月10日看望了在老挝的中资企业代表。"
    assert all(e.status == "occurred" for e in events(body) if e.type in ("MEET", "STATEMENT"))


def test_who_accepts_an_interview_gives_it_not_the_outlet():
    body = "6月10日,中国驻老挝大使张明前往中央广播电视总台演播室,接受记者专访。"
    said = of(body, "STATEMENT")
    assert said and all(e.participants == ["张明"] for e in said)


def test_a_span_since_an_event_tells_no_event():
    body = "老挝驻华大使张明6月10日致辞,回顾老挝与中国建交以来双边关系发展成果。"
    assert not of(body, "RELATION_CHANGE")


def test_a_span_since_a_dated_event_keeps_the_event():
    body = "自1961年老挝与中国建交以来,双边关系不断发展。"
    assert of(body, "RELATION_CHANGE")


def test_a_treaty_named_is_no_extradition():
    body = "中国驻老挝大使张明6月10日与老挝外交部长互换了《中国和老挝引渡条约》批准书。"
    assert not of(body, "LAW_ENFORCEMENT")


def test_a_headline_protest_is_the_summons_below():
    page = ("外交部就日本对华制裁提出严正抗议\n\n新华社北京6月10日电 10日,外交部副部长孙卫东召见日本驻华大使,"
            "代表中国政府就日方对华实施单边制裁提出严正抗议和强烈谴责。\n")
    assert len([e for e in extract(page, source="t.txt").events if e.type == "DISAPPROVE"]) == 1


def test_what_the_summoner_says_is_the_protest():
    body = "外交部副部长张明6月10日召见老挝驻华大使,提出严正抗议,强调中方维护自身利益的决心坚定不移。"
    assert not of(body, "STATEMENT")


def test_a_meeting_name_ending_in_hui_is_no_will():
    body = "有记者提问,日前七国集团外长会发表联合声明,再度炒作有关议题。"
    signed = of(body, "AGREEMENT")
    assert signed and all(e.status == "occurred" for e in signed)


def test_lately_is_the_month_of_the_page():
    body = "有记者提问,日前七国集团外长会发表联合声明,再度炒作有关议题。"
    met = of(body, "CONFERENCE")
    assert met and all(e.date == "2025-06" for e in met)


def test_today_in_reported_words_is_the_day_they_were_said():
    page = ("中老签署合作协定\n\n2024-07-18 10:02\n\n新华社万象7月17日电 中国驻老挝大使张明16日在万象与老挝外交部长"
            "签署了两国经济技术合作协定。\n\n张明在签字仪式上致辞时表示,今天的签字仪式标志着两国合作进入新阶段。\n")
    signed = [e for e in extract(page, source="t.txt").events if e.type == "AGREEMENT"]
    assert signed and all(e.date == "2024-07-16" for e in signed)


def test_each_of_the_people_before_respectively_speaks():
    body = "6月10日,中国驻老挝大使姜再冬,老挝国会副主席、老中友好协会主席宋赛分别致辞。"
    speakers = {e.participants[0] for e in of(body, "STATEMENT")}
    assert "姜再冬" in speakers and len(speakers) == 2


def test_a_sum_of_deals_signed_is_no_signing():
    body = "据组委会介绍,本届博览会预计达成签约项目金额500亿元人民币。"
    assert not of(body, "AGREEMENT")
    body = "自2010年首届博览会举办以来,中国与老挝各方共签订合作项目300个。"
    assert not of(body, "AGREEMENT")


def test_today_under_a_dispatch_line_is_its_day():
    page = ("山东省与老挝万象市举行会谈\n\n2024年7月18日07:30\n\n本报济南7月17日讯 今天下午,山东省与老挝万象市举行工作会谈。\n\n"
            "会谈后,双方签署了友好交流合作备忘录。\n")
    signed = [e for e in extract(page, source="t.txt").events if e.type == "AGREEMENT"]
    assert signed and all(e.date == "2024-07-17" for e in signed)


def test_a_signing_made_the_occasion_of_a_wish_is_told_not_planned():
    body = "老挝总理宋赛6月10日表示,希望双方以中老两国签署合作备忘录为契机,进一步深化合作。"
    signed = of(body, "AGREEMENT")
    assert signed and all(e.status == "occurred" for e in signed)


def test_an_undated_founding_after_which_tells_no_change():
    body = "老挝总理宋赛6月10日表示,两国领导人达成的共识为老挝与中国建交后两国关系发展注入了动力。"
    assert not of(body, "RELATION_CHANGE")


def test_one_attending_a_meeting_holds_no_meeting_of_their_own():
    body = ("6月10日,广东省委书记黄坤明在广州会见老挝总理宋赛。会见后,副省长张明和老挝外交部长沙伦赛签署合作备忘录。"
            "中国驻老挝大使姜再冬参加会见。")
    met = of(body, "MEET")
    assert met and all("黄坤明" in e.participants for e in met)


def test_a_lead_that_says_today_keeps_the_dispatch_day():
    page = ("外交部回应美方声明\n\n2024-07-18 10:02\n\n(中央社记者台北17日电)美国国务院15日宣布对台军售,外交部今天表示欢迎。\n\n"
            "外交部发言人张明指出,美方的决定有助于地区和平。\n")
    said = [e for e in extract(page, source="t.txt").events if e.type == "STATEMENT"]
    assert said and all(e.date == "2024-07-17" for e in said)


def test_a_ministry_statement_is_its_spokesperson_s_whatever_the_outlet_calls_its_land():
    body = ("大陆外交部周一回应相关提问时称,南沙群岛是中国的固有领土。大陆外交部发言人郭嘉昆6月9日主持例行记者会,"
            "他在回应提问时表示,中方坚决反对有关国家的建设活动。")
    said = of(body, "STATEMENT")
    assert said and all(e.participants == ["郭嘉昆"] for e in said)


def test_reading_out_another_s_resolution_is_no_statement():
    body = "6月10日,国会秘书长张明代表国会常委会宣读关于选举国会主席的决议草案。"
    assert not of(body, "STATEMENT")


def test_the_people_who_once_gave_aid_give_none_now():
    body = "6月10日,越南与中国援越退伍军人和烈士家属举行座谈。"
    assert not of(body, "AID")


def test_talks_a_spokesperson_speaks_on_are_no_meeting_of_theirs():
    body = ("6月10日,习近平在北京会见老挝总理宋赛。中国代表团新闻发言人、外交部新闻发言人马朝旭会后就两国领导人会见"
            "对媒体吹风。")
    met = of(body, "MEET")
    assert met and all("习近平" in e.participants for e in met)


def test_forums_of_joined_scopes_are_a_kind_not_a_meeting():
    body = "老挝国防部副部长宋赛6月10日强调,老挝将积极参与国际和地区防务安全合作论坛,提出更多倡议。"
    assert not of(body, "CONFERENCE")


def test_a_meeting_word_listed_among_activities_is_no_meeting():
    body = "据统计,今年以来老挝总理宋赛主持并参加了50项对外活动,包括会谈、会见、工作会议以及出席国际会议。"
    assert all(e.attributes.get("name") != "工作会议" for e in of(body, "CONFERENCE"))


def test_a_plan_one_country_s_meeting_adopts_is_no_agreement():
    body = "6月10日,越南外交部第31届外交会议闭幕,与会代表通过决议和行动计划。"
    assert not of(body, "AGREEMENT")


def test_a_forum_named_two_ways_on_one_day_is_one():
    body = ("6月10日,老挝总理宋赛会见出席老中人民论坛第5次会议的代表。宋赛对双方6月10日成功举行老挝与中国人民论坛"
            "第5次会议表示祝贺。")
    assert len(of(body, "CONFERENCE")) == 1


def test_a_memorandum_named_bare_is_the_one_signed_before():
    body = ("老挝和中国2017年11月签署两国政府间关于共建经济走廊的谅解备忘录。6月10日,宋赛表示,双方正在配合完善"
            "谅解备忘录落实计划。")
    signed = of(body, "AGREEMENT")
    assert len(signed) == 1 and signed[0].date == "2017-11"


def test_words_framed_as_a_message_s_go_on_in_the_next_sentence():
    body = ("6月10日,东盟中心在北京举行成立五周年招待会。王毅外长在贺信中高度评价中心成立以来的工作。"
            "王毅外长表示,今年正值中国—东盟建立对话关系25周年。")
    assert all("王毅" not in e.participants for e in of(body, "STATEMENT"))


def test_a_plan_the_sentence_tells_done_is_done():
    body = "中国驻老挝大使姜再冬6月10日表示,中国政府决定向老挝提供紧急人道主义物资援助,首批物资已运抵万象。"
    aid = of(body, "AID")
    assert aid and all(e.status == "occurred" for e in aid)


def test_a_second_batch_still_to_come_stays_planned():
    body = "中国驻老挝大使姜再冬6月10日表示,中方将向老挝提供第二批援助物资,首批物资已运抵万象。"
    aid = of(body, "AID")
    assert aid and all(e.status == "planned" for e in aid)


def test_the_chair_before_a_list_of_speakers_gives_no_speech():
    body = "6月10日,开幕式由越南国会主席陈青敏主持,中国全国人大常委会委员长赵乐际,老挝国会主席赛宋蓬分别致辞。"
    speakers = {e.participants[0] for e in of(body, "STATEMENT")}
    assert "陈青敏" not in speakers and "赵乐际" in speakers
