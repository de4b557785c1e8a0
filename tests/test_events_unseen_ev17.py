"""Event reading on phrasings met on Vietnamese wires' Chinese pages the project had never seen (ev17, issue
13, the event types other than visits, meetings and calls: messages, statements, elections, conferences, aid,
deployments, protests; invented sentences)."""

from __future__ import annotations

from eventpage import of


def test_a_condolence_whose_topic_runs_over_commas_keeps_its_sender():
    # 某某已就甲国遭受洪灾,造成…损失向乙致慰问电: the topic's commas stand between the sender and 向; the same
    # day's message of another of the sender's ministers to the same land is the same country's message
    body = ("越南领导人向印度尼西亚领导人致慰问电\n\n"
            "越通社河内——越南国家主席阮文甲5月3日已就印度尼西亚遭受特大洪灾,造成大量人员伤亡向印度尼西亚总统阿里·萨利姆致慰问电。\n\n"
            "当天,越南外交部长黎文乙已致电印度尼西亚外交部长诺拉·哈米德表示慰问。")
    messages = of(body, "MESSAGE")
    assert any({"阮文甲", "阿里·萨利姆", "黎文乙", "诺拉·哈米德"} <= set(e.participants) for e in messages)
    assert not any(e.participants == ["黎文乙", "诺拉·哈米德"] for e in messages)


def test_a_body_named_inside_what_a_clause_is_about_does_not_speak():
    # 同时对老挝以东盟轮值主席国身份主持会议表示支持: 东盟 stands inside what 对 opens; no body's statement
    body = ("越南国防部长将出席东盟会议\n\n"
            "越通社河内——应美国国防部长的邀请,越南国防部长阮文甲将出席于9月29日在美国召开的东盟—美国国防部长非正式会议。\n\n"
            "此访有助于促进越南和与会各国之间的双边防务合作,同时对老挝以东盟轮值主席国身份主持会议表示支持。")
    assert not any("东盟" in e.participants for e in of(body, "STATEMENT"))


def test_leaders_left_unnamed_make_no_statement_of_the_one_they_address():
    # 古巴领导人祝愿阮文甲…,并表示…: the message's content from unnamed leaders; 阮文甲 is addressed, says nothing
    body = ("各国领导人致电祝贺阮文甲当选越南国家主席\n\n"
            "越通社河内——值此阮文甲当选越南国家主席之际,古巴、老挝等国领导人纷纷向阮文甲致贺电。\n\n"
            "古巴国家主席迪亚斯-卡内尔向越南国家主席阮文甲致贺电。古巴领导人祝愿阮文甲在新岗位上取得更大成就,"
            "并表示将进一步加强与越南的友好合作关系。")
    assert not of(body, "STATEMENT")


def test_the_one_elected_in_the_passive_is_the_person_before_bei():
    # 祝贺阮文甲同志被越南第十五届国会选举为…主席: 阮文甲 is elected (the sender's land is no party), and it is the
    # election the lead tells, not a second one
    body = ("各国领导致电祝贺越南新任国家主席\n\n"
            "越通社河内——值此阮文甲同志当选越南社会主义共和国主席之际,古巴、泰国等国家领导人发来贺电,祝贺阮文甲同志当选越南国家主席。\n\n"
            "泰国总理巴育祝贺阮文甲同志被越南第十五届国会选举为越南社会主义共和国主席;同时强调,越南和泰国互为亲密朋友。")
    elections = of(body, "ELECTION")
    assert len(elections) == 1 and "阮文甲" in elections[0].participants
    assert "泰国" not in elections[0].participants


def test_a_foreign_ministry_rebutted_brings_its_country_into_the_protest():
    # 越南驳斥中国外交部发言人…的错误言论: the protest is against China, told through its ministry
    body = ("越南驳斥中国外交部发言人关于长沙群岛主权的错误言论\n\n"
            "越南外交部发言人黎文甲11月13日答记者问表示,越南完全驳斥中国外交部发言人就长沙群岛主权所做出的表示。")
    assert any({"越南", "中国"} <= set(e.participants) for e in of(body, "DISAPPROVE"))


def test_a_mission_told_in_passing_joins_the_deployment_once_merged():
    # 这是越南在参加联合国维和行动中的重要事件 stands apart from the headline's deployment until the later
    # sentence (…野战医院已前往中非) has merged into it: then they are one deployment
    body = ("越南三号二级野战医院抵达中非执行任务\n\n"
            "越南时间5日晚,承载越南三号二级野战医院40名干部的飞机已经抵达中非首都班吉。这是越南在参加联合国维和行动中的重要事件。\n"
            "参加联合国维和行动的越南三号二级野战医院维和战士已前往中非参与维和任务。")
    assert len(of(body, "DEPLOYMENT", head="")) == 1


def test_a_meeting_named_as_a_framework_or_by_its_working_group_is_no_meeting():
    # …扩大会议(ADMM+)框架内的合作活动; 继续实施…扩大会议专家组的观察员计划: a framework and a working group, no
    # meeting held besides the one the lead tells
    body = ("东盟加强防务合作\n\n"
            "东盟国防部长非正式会议3月5日上午在老挝万象举行。越南国防部副部长阮文甲上将率越南高级军事代表团出席会议。\n\n"
            "阮文甲上将在会上发表讲话时表示,东盟国防部长扩大会议(ADMM+)框架内的合作活动要尊重东盟宪章的基本原则。"
            "越南支持继续实施东盟国防部长扩大会议专家组的观察员计划。")
    assert len(of(body, "CONFERENCE", head="")) == 1


def test_a_party_named_with_its_state_and_people_brings_its_country():
    # 向老挝党、国家和人民提供…援助: the aid goes to Laos, not only to its party
    body = ("越南党、国家和人民决定向老挝党、国家和人民提供包括100万美元的现金在内的紧急援助。")
    assert any("老挝" in e.participants for e in of(body, "AID"))


def test_a_un_head_listed_among_a_lead_s_senders_sends_a_message_of_the_un():
    # 古巴、泰国等国家领导人以及联合国秘书长发来贺电…; 联合国秘书长古特雷斯相信…: the UN's message stands apart
    # from the first country's, not merged into it for a land the page could not tell
    body = ("各国领导致电祝贺越南新任国家主席\n\n"
            "越通社河内--值此阮文甲同志当选越南社会主义共和国主席之际,古巴、泰国等国家领导人以及联合国秘书长发来贺电和贺信,"
            "祝贺阮文甲同志当选越南国家主席。\n\n"
            "古巴共和国国家主席迪亚斯-卡内尔祝愿国家主席阮文甲在新任务中取得成功。\n\n"
            "联合国秘书长古特雷斯相信在阮文甲同志的领导下,越南人民将继续取得更大成就。")
    messages = of(body, "MESSAGE", head="")
    assert any(e.participants == ["古特雷斯", "阮文甲"] for e in messages)
    assert not any({"迪亚斯-卡内尔", "古特雷斯"} <= set(e.participants) for e in messages)


def test_the_land_a_un_mission_is_named_for_is_where_the_unit_serves():
    # 圆满完成联合国南苏丹特派团维和任务: the hospital served in South Sudan
    body = ("越南野战医院完成维和任务\n\n"
            "越通社河内——12月5日,越南国防部举行表彰大会,表彰一号二级野战医院圆满完成联合国南苏丹特派团维和任务。")
    assert any("南苏丹" in e.participants for e in of(body, "DEPLOYMENT", head=""))


def test_a_provincial_party_secretary_s_post_is_in_the_province():
    # 出任广宁省省委书记: the appointment is to a post in 广宁省, the province named, not its committee
    body = ("人事任免\n\n越通社河内——12月3日,中央组织部副部长阮文丙出任广宁省省委书记。")
    elections = of(body, "ELECTION", head="")
    assert any({"阮文丙", "广宁省"} <= set(e.participants) for e in elections)


def test_a_message_after_a_quote_its_paragraph_never_closes_is_read():
    # 萨尔瓦多共和国“法拉本多…阵线、…总书记某某等向…致唁电: the “ is a slip of the page; each sender's message stands,
    # the front's own (the land named right before its body is no party beside it: official dev, ac3)
    body = ("各国致唁电\n\n越通社河内——8月14日,萨尔瓦多共和国“法拉本多•马蒂民族解放阵线、巴勒斯坦解放阵线总书记纳耶夫·"
            "哈瓦特迈赫、埃及阿拉伯社会主义联盟阿明·萨利赫等向越南共产党中央对外委员会致唁电。")
    messages = of(body, "MESSAGE", head="")
    assert any("纳耶夫·哈瓦特迈赫" in e.participants for e in messages)
    assert any("法拉本多·马蒂民族解放阵线" in e.participants and "萨尔瓦多" not in e.participants for e in messages)


def test_a_body_of_no_land_named_right_after_a_land_speaks_for_it():
    # 萨尔瓦多共和国“法拉本多…阵线: the front is El Salvador's, so its message does not join another land's; the land
    # itself is no party beside its body (official dev, ac3)
    body = ("各国致唁电\n\n越通社河内——8月14日,印度尼西亚政府以及部分政党领导就阮文丁同志逝世向越南党、国家、人民致唁电。\n\n"
            "萨尔瓦多共和国“法拉本多•马蒂民族解放阵线向越南共产党中央对外委员会致唁电。")
    messages = of(body, "MESSAGE", head="")
    assert any("法拉本多·马蒂民族解放阵线" in e.participants and not {"印度尼西亚", "萨尔瓦多"} & set(e.participants)
               for e in messages)


def test_instruments_referred_to_are_no_signing():
    # 落实…期间所达成的协议与共识; 在符合合作文件与协议的基础上; 联合声明中所提到的…活动: instruments referred to
    bodies = ["双方一致同意严格落实越南国家主席阮文甲对老挝进行国事访问(2024年4月)期间所达成的协议与共识,推动越老关系发展。",
              "阮文甲强调,两国防务合作在符合合作文件与协议的基础上不断发展。",
              "越中两国人民友好交流活动在河内举行。这是两党两国高级领导人互访期间所发布的联合声明中所提到的民间外交活动之一。"]
    for body in bodies:
        assert not of(body, "AGREEMENT"), body


def test_words_right_after_a_message_s_verb_are_no_statement():
    # 向某某致电表示慰问: the sympathy is the message's; nobody makes a statement
    body = ("法国、德国外交部长向越南政府副总理兼外交部长黎文乙致电表示慰问。")
    assert not of(body, "STATEMENT")


def test_countries_ministers_messages_are_no_summary_of_other_lands_messages():
    # 法国、德国和意大利外交部长向…黎文乙致电: no sender named, but no other message of these lands is told on the page
    # (the Lao and Thai leaders' are): three messages of their own, each to Vietnam's minister (whose title's bare
    # 外交部 after 兼 is Vietnam's, not the Italian ministry named before)
    body = ("世界各国领导人就越南遭受洪灾向越南领导人致电表示慰问\n\n"
            "越通社河内——世界各国领导人就越南遭受洪灾造成重大损失,继续向越南领导人致电致函表示慰问。\n\n"
            "老挝国家主席通伦、政府总理宋赛向越南国家和人民表示深切慰问。\n\n"
            "泰国总理阿努廷对越南遭受的损失深感同情,愿向越南提供支持。\n\n"
            "法国、德国和意大利外交部长向越南政府副总理兼外交部长黎文乙致电表示慰问。")
    messages = of(body, "MESSAGE", head="")
    assert any(e.participants == ["法国", "黎文乙"] for e in messages)
    assert any(e.participants == ["德国", "黎文乙"] for e in messages)
    assert any("黎文乙" in e.participants and any("意大利" in p for p in e.participants) for e in messages)


def test_a_bare_ministry_in_the_recipient_s_own_title_is_his_country_s():
    # 当天,意大利外交部长向越南政府副总理兼外交部长黎文乙致电: the bare 外交部 after 兼 is Vietnam's, so both Italian
    # messages of the day go to Vietnam and are one message (one per sending country)
    body = ("各国致电慰问\n\n越通社河内——9月12日,意大利总统马里奥·罗西向越南国家主席阮文甲致电表示慰问。"
            "当天,意大利外交部长向越南政府副总理兼外交部长黎文乙致电表示慰问。")
    messages = of(body, "MESSAGE", head="")
    assert len(messages) == 1 and {"马里奥·罗西", "黎文乙"} <= set(messages[0].participants)


def test_remarks_told_as_a_thing_are_no_second_statement():
    # …答记者问表示,越南完全驳斥某某8号就…所做出的表示: the last 表示 is the remarks rebutted (a noun), no statement
    # of the spokesperson dated to them
    body = ("越南驳斥中国外交部发言人的错误言论\n\n发布时间:2019-11-13 10:20\n\n"
            "越南外交部发言人黎文甲11月13日就中国外交部发言人11月8日发表的言论答记者问表示,"
            "越南完全驳斥中国外交部发言人8号就黄沙群岛主权所做出的表示。")
    assert len(of(body, "STATEMENT", head="")) == 1


def test_a_colon_inside_a_sender_s_title_does_not_cut_the_list_of_senders():
    # …法国总统皮埃尔·杜兰、白俄罗斯总统:亚历山大·卢卡申科等各国领导人向…致贺电: the colon is a slip inside a title;
    # every sender listed sends a message
    body = ("世界各国领导人向越南新任国家主席阮文甲致贺电\n\n"
            "越通社河内——值此阮文甲同志当选越南社会主义共和国国家主席之际,泰国国王哇集拉隆功、韩国总统金大元、"
            "法国总统皮埃尔·杜兰、白俄罗斯总统:亚历山大·卢卡申科等各国领导人向越南新任国家主席阮文甲致贺电。")
    senders = {p for e in of(body, "MESSAGE", head="") for p in e.source}
    assert {"金大元", "皮埃尔·杜兰"} <= senders


def test_a_joint_statement_issued_with_an_upgrade_is_the_relation_change():
    # 宣布将两国关系提升为全面战略伙伴关系,并发表联合声明: the statement announces the upgrade (SPEC), no AGREEMENT
    body = ("测试新闻\n\n越通社惠灵顿——2025年2月26日,越南政府总理阮文甲与新西兰总理卢克森举行会谈。"
            "会谈后,两国领导人宣布将越新关系提升为全面战略伙伴关系,并发表联合声明。")
    assert of(body, "RELATION_CHANGE", head="") and not of(body, "AGREEMENT", head="")
