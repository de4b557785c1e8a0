"""Event reading on a fifth round of unseen pages (issue 13; invented sentences): who sends the messages
a lead sums up (the one its occasion names is addressed; senders listed with commas), visitors told in
a relative clause or a frame that opens with the visit verb, the land a party's short form names, and
who appraises a visit."""

from __future__ import annotations

from eventpage import events, of


def test_the_one_an_occasion_names_receives_the_messages_told_sender_by_sender():
    body = ("值此阮富仲当选越南国家主席之际,印度、缅甸等国领导人纷纷致贺电。\n\n"
            "印度总统科温德在贺电中重申,印度重视发展对越关系。\n\n"
            "缅甸总统吴温敏表示相信,越南将取得更大成就。")
    msgs = of(body, "MESSAGE")
    assert {tuple(m.source) for m in msgs} == {("科温德",), ("吴温敏",)}
    assert all(m.target == ["阮富仲"] for m in msgs)
    assert not of(body, "STATEMENT")


def test_senders_listed_with_commas_for_titles_holding_a_mark():
    body = ("值此苏林连任越共中央总书记之际,老挝人民革命党中央总书记、国家主席通伦,"
            "中共中央总书记、国家主席习近平分别向苏林致贺电。")
    senders = {s for m in of(body, "MESSAGE") for s in m.source}
    assert {"通伦·西苏里", "习近平"} <= senders


def test_a_visitor_after_de_whose_title_holds_a_mark():
    body = "6月9日,中共中央总书记、国家主席习近平在北京同来华进行国事访问的越共中央总书记、国家主席苏林举行会谈。"
    visits = of(body, "VISIT")
    assert visits and visits[0].source == ["苏林"] and visits[0].target == ["中国"]


def test_a_frame_opening_with_the_visit_verb_is_the_next_subjects_visit():
    body = "访问法国期间,当地时间6月7日,越南国家主席梁强会见了法越友好协会主席阮海南。"
    visits = of(body, "VISIT")
    assert visits and visits[0].source == ["梁强"] and visits[0].target == ["法国"]
    arrived = of("抵达北京后,越南国会主席王廷惠一行走访了越南驻中国大使馆。", "VISIT")
    assert arrived and arrived[0].source == ["王廷惠"] and arrived[0].target == ["中国"]


def test_the_frames_subject_at_home_visits_no_one():
    body = "访越期间,越共中央总书记苏林会见了法国总统马克龙。"
    assert not [v for v in of(body, "VISIT") if "苏林" in v.participants]


def test_the_one_who_appraises_a_visit_is_no_visitor():
    body = "会谈中,新西兰总理卢克森高度评价范明政总理在两国建交50周年之际访问新西兰。"
    visits = of(body, "VISIT")
    assert visits and visits[0].source == ["范明政"]


def test_partners_listed_with_commas_before_the_meeting_word_meet_the_subject_one_by_one():
    body = ("访越期间,王勇分别与越共中央书记处常务书记、中央组织部部长张氏梅,"
            "越共中央书记处书记、越南祖国阵线中央主席杜文战,越共广宁省委书记阮春记等会见会谈。")
    pairs = {tuple(m.participants) for m in of(body, "MEET")}
    assert pairs == {("王勇", "张氏梅"), ("王勇", "杜文战"), ("王勇", "阮春记")}


def test_who_goes_along_escorts_the_visitor():
    body = "外交部长王毅等人陪同习近平访问越南。"
    visits = of(body, "VISIT")
    assert visits and visits[0].source == ["习近平"]


def test_talks_of_the_two_leaders_one_named_before_and_one_after():
    body = ("中方密集邀请多国领导人到访,第一位是越共中央总书记阮富仲。"
            "两国领导人中午举行会谈,习近平表示愿进一步发展两国关系。")
    meets = of(body, "MEET")
    assert meets and set(meets[0].participants) == {"阮富仲", "习近平"}


def test_a_lead_of_many_unnamed_leaders_goes_on_leader_by_leader():
    body = ("世界各国领导人就越南遭受洪灾向越南领导人致电表示慰问。\n\n"
            "老挝总理宋赛、国会主席赛宋蓬向越南人民特别是遇难者家属表示深切慰问。\n\n"
            "印度总理莫迪对越南遭受的损失深感同情。")
    msgs = of(body, "MESSAGE")
    senders = {tuple(m.source) for m in msgs}
    assert ("莫迪",) in senders and any(n.startswith("宋赛") for s in senders for n in s)
    assert all(m.target == ["越南"] for m in msgs)


def test_the_speaker_invited_visits_and_a_meeting_agreed_on_is_none():
    body = ("6月9日,国家主席梁强同老挝国家主席通伦举行会谈。\n\n"
            "梁强指出,很高兴应通伦同志邀请对老挝进行国事访问。去年你访越期间,我们相约在万象见面。")
    visits = of(body, "VISIT")
    assert any(v.source == ["梁强"] and v.target == ["老挝"] for v in visits)
    assert [m.participants for m in of(body, "MEET")] == [["梁强", "通伦·西苏里"]]


def test_an_arrival_named_with_no_place_comes_to_the_place_told_before():
    body = "韩国总理韩德洙昨天在河内会见越南国家主席梁强。然而,韩德洙昨天到访前,两国已签署多项协议。"
    visits = of(body, "VISIT")
    assert visits and visits[0].source == ["韩德洙"] and visits[0].target == ["越南"]


def test_a_frame_with_only_its_host_before_the_verb():
    body = "对老挝进行工作访问期间,1月14日上午,越南外交部长黎怀忠会见了老挝总理宋赛。"
    visits = of(body, "VISIT")
    assert visits and visits[0].source == ["黎怀忠"] and visits[0].target == ["老挝"]


def test_the_one_welcomed_in_the_clause_after_a_welcome_ceremony_is_its_other_side():
    body = "下午,越南国会主席陈青敏在国会大厦举行正式欢迎仪式,热烈欢迎老挝国会主席赛宋蓬来访。"
    meets = of(body, "MEET")
    assert meets and meets[0].participants == ["陈青敏", "赛宋蓬·丰威汉"]


def test_a_bare_title_after_the_visitors_name_is_their_own():
    body = ("越南国家主席梁强6月9日会见中国客人。\n\n"
            "今年8月,苏林总书记、国家主席成功访华,两国领导人达成重要共识。")
    visits = of(body, "VISIT")
    assert visits and visits[0].source == ["苏林"]


def test_the_inviters_are_not_the_first_person_who_visits():
    body = "应越南国家主席梁强同志邀请,我很高兴开启对越南的国事访问。"
    assert not [v for v in of(body, "VISIT") if "梁强" in v.source]


def test_reporters_credited_in_a_dateline_act_in_nothing():
    body = "新华社北京6月9日电(记者张明)9日下午在人民大会堂会见了越南国家主席梁强。"
    assert not [e for e in events(body, head="测试新闻\n\n") if "张明" in e.participants]


def test_a_visit_in_other_words_is_no_meeting():
    body = "当地时间9日正午,中共中央总书记习近平抵达河内,应越共中央总书记苏林邀请,对越南进行国事拜访。"
    assert of(body, "VISIT") and not of(body, "MEET")


def test_a_meeting_referred_to_again_is_no_new_meeting():
    body = "河内市人民委员会主席陈士清表示,河内市公安局是本次会晤的安全保障机构。"
    assert not of(body, "MEET")


def test_the_recipient_named_before_the_message_word():
    body = ("一些外国领导人发来贺电,对梁强当选国家主席和范明政当选政府总理表示祝贺。\n\n"
            "古巴国家主席迪亚斯-卡内尔在致给越南国家主席梁强的贺电中表示祝贺。\n\n"
            "古巴总理马雷罗在致给越南政府总理范明政的贺电中强调两国特殊团结。")
    msgs = of(body, "MESSAGE")
    assert len(msgs) == 1 and set(msgs[0].target) == {"梁强", "范明政"}


def test_a_site_visited_on_a_trip_hosts_nothing():
    body = "同一天,河内市委书记丁进勇一行前往广州市黄花岗公园并敬献花圈。"
    assert not [v for v in of(body, "VISIT") if any(p.endswith("公园") for p in v.participants)]


def test_the_one_received_leads_the_trip_a_relative_clause_tells():
    body = ("9月3日在河内,越南国家主席梁强会见了由中国人民解放军副总参谋长何雷上将率领赴越出席"
            "第三次国防战略对话的中国军队代表团。")
    visits = of(body, "VISIT")
    assert visits and "梁强" not in visits[0].participants


def test_coming_to_a_place_shortened_visits_the_land_of_the_place_told_before():
    body = ("8月22日,省委书记王晓晖在成都会见越南国会副主席陈光方。\n\n"
            "会见中,王晓晖代表省委对陈光方一行来川访问表示欢迎。")
    visits = of(body, "VISIT", head="测试新闻\n\n越通社河内——2025年8月23日,")
    assert visits and visits[0].source == ["陈光方"] and visits[0].target == ["中国"]


def test_the_escorts_listed_after_the_visit_word_are_no_visitors():
    body = ("6月9日上午,政府总理范明政离开河内赴韩国进行正式访问。"
            "陪同范明政赴韩的有政府办公室主任陈文山;计划投资部部长阮志勇。")
    assert not [v for v in of(body, "VISIT") if "陈文山" in v.participants]
    escorted = "驻古巴大使马辉陪同在古访问的国家国际发展合作署署长罗照辉出席交接仪式。"
    assert [v for v in of(escorted, "VISIT") if v.source == ["罗照辉"]]


def test_an_unknown_persons_land_from_their_titled_mention_elsewhere():
    body = ("18日上午,越南国家副主席武氏映春会见了日本静冈县知事山田浩二。"
            "会见时,武氏映春表示相信山田浩二此次访越将取得成功。")
    visits = of(body, "VISIT")
    assert visits and visits[0].source == ["山田浩二"] and visits[0].target == ["越南"]
