"""Event reading on a seventh round of unseen pages (issue 13; invented sentences): a meeting by video
between two people, bilateral meetings with several partners, interviews told from the reporter's
side, press conferences, arrest verbs, and the other classes the rounds before left."""

from __future__ import annotations

from eventpage import events, of


def test_a_video_meeting_between_two_people_is_their_call_not_a_conference():
    body = "越南外交部副部长阮明山6月9日与泰国外交部副部长颂猜举行视频会议,讨论两国合作。"
    assert not of(body, "CONFERENCE")
    got = of(body, "CALL")
    assert len(got) == 1 and len(got[0].participants) == 2 and "阮明山" in got[0].participants


def test_a_video_conference_of_a_body_or_of_several_stays_a_conference():
    assert of("东盟各国外长6月9日举行视频会议,讨论地区局势。", "CONFERENCE")
    assert not of("东盟各国外长6月9日举行视频会议,讨论地区局势。", "CALL")
    body = "越南外交部副部长阮明山6月9日与泰国外交部副部长颂猜、中国外交部副部长孙卫东举行视频会议。"
    assert of(body, "CONFERENCE")


def test_a_conference_word_inside_a_longer_call_word_is_still_read_as_before():
    # the other conferences of the page are not suppressed by the video rule
    body = "越南政府总理6月9日出席东盟峰会全体会议。"
    assert of(body, "CONFERENCE")


def test_a_bilateral_meeting_with_several_partners_is_a_meeting_each():
    body = "越南外交部长阮明山6月9日与泰国外交部长颂猜和中国外交部副部长孙卫东举行了双边会晤。"
    got = of(body, "MEET")
    assert len(got) == 2
    assert all(len(e.participants) == 2 and "阮明山" in e.participants for e in got)
    assert len({e.participants[1] for e in got}) == 2


def test_a_three_way_meeting_stays_one():
    body = "越南外交部长阮明山6月9日与泰国外交部长颂猜和中国外交部副部长孙卫东举行了三方会晤。"
    assert len(of(body, "MEET")) == 1


def test_the_one_a_reporter_interviews_is_the_speaker():
    body = "《河内新报》记者日前就两国合作前景采访了越南驻泰国大使阮文勇。"
    got = of(body, "STATEMENT")
    assert got and got[0].participants == ["阮文勇"]


def test_one_who_gives_an_interview_still_speaks():
    body = "越南驻泰国大使阮文勇6月9日接受《河内新报》记者采访时表示,两国合作前景广阔。"
    got = of(body, "STATEMENT")
    assert got and got[0].participants[0] == "阮文勇"


def test_a_press_conference_is_a_statement_not_a_reception():
    body = "越南驻泰国大使阮文勇6月9日在曼谷举行记者招待会,介绍越南国庆筹备情况。"
    assert not of(body, "MEET")
    got = of(body, "STATEMENT")
    assert got and got[0].participants == ["阮文勇"] and got[0].attributes.get("kind") == "press conference"


def test_a_reception_held_is_still_a_meeting():
    assert of("越南驻泰国大使馆6月9日在曼谷举行招待会,庆祝越南国庆。", "MEET")


def test_arrest_verbs_are_law_enforcement():
    got = of("泰国警方6月9日拘捕了12名非法入境的嫌疑人。", "LAW_ENFORCEMENT")
    assert got and got[0].attributes.get("trigger") == "拘捕"


def test_a_forum_named_before_a_rotating_chair_is_the_body_of_the_seat():
    got = of("越南6月9日当选为东盟地区论坛轮值主席国。", "MULTILATERAL_ROLE")
    assert got and {"越南", "东盟地区论坛"} <= set(got[0].participants)


def test_an_event_told_as_done_inside_what_is_planned_occurred():
    got = of("阮文勇表示,两国将继续落实不久前泰国总理佩通坦访问越南期间达成的共识。", "VISIT")
    assert got and got[0].status == "occurred"


def test_an_event_still_to_come_stays_planned():
    got = of("阮文勇表示,泰国总理佩通坦将于下周访问越南。", "VISIT")
    assert got and got[0].status == "planned"


def test_a_wish_or_a_proposal_alone_is_still_no_event():
    assert not of("阮文勇建议两国尽早签署自由贸易协定。", "AGREEMENT")
    assert not of("阮文勇表示希望早日再次会见泰国总理。", "MEET")
    assert not of("双方将落实第十次联委会会议精神。", "CONFERENCE")


def test_a_units_founding_is_no_deployment_unless_it_is_sent():
    assert not of("2024年3月成立的越南三号二级野战医院是越南参加联合国维和行动的单位。", "DEPLOYMENT")
    assert of("越南2024年成立的三号二级野战医院10月1日启程赴南苏丹。", "DEPLOYMENT")


def test_aid_from_one_giver_to_several_is_still_split_by_recipient():
    got = of("越南向老挝、柬埔寨提供援助。", "AID")
    assert sorted(e.target[0] for e in got) == ["柬埔寨", "老挝"]
    assert len(of("日本政府向泰国提供援助,援助金额为100万美元。", "AID")) == 1


def test_a_written_interview_word_gives_the_kind_interview():
    got = of("越南外交部长阮文勇6月9日接受《曼谷邮报》记者专访。", "STATEMENT")
    assert got and got[0].attributes.get("kind") == "interview"
    assert got[0].participants == ["阮文勇"]  # the interviewee speaks, not the paper that asks (ss, stop 55)


def test_a_send_off_ceremony_still_to_be_held_plans_the_deployment_and_its_headline():
    head = "越南三号工兵队履行联合国维和任务\n\n越通社河内——2025年6月10日,"
    body = "越南三号工兵队赴阿卜耶伊履行联合国维和任务的欢送仪式将于6月18日在河内举行。"
    got = of(body, "DEPLOYMENT", head=head)
    assert len(got) == 1 and got[0].status == "planned"


def test_a_reporter_credited_in_the_byline_is_no_party_anywhere_on_the_page():
    head = "通緝犯潛逃泰國 台泰警方合作緝獲\n\n"
    body = "(中央社記者林美華台北18日電)陳姓男子涉嫌持槍被判刑,他在判刑後潛逃泰國遭通緝,泰國警方昨天將其緝捕到案。"
    for e in events(body, head=head):
        assert "林美华" not in e.participants


def test_the_object_marker_after_succeeded_tells_what_was_done():
    got = of("泰国警方6月9日成功将两名嫌疑人缉捕到案。", "LAW_ENFORCEMENT")
    assert got and got[0].status == "occurred"


def test_a_talk_with_reporters_only_is_an_interview_not_a_meeting():
    body = "越南驻泰国大使阮文勇6月9日与泰国媒体记者就两国关系进行交谈。"
    assert not of(body, "MEET")
    got = of(body, "STATEMENT")
    assert got and got[0].participants == ["阮文勇"] and got[0].attributes.get("kind") == "interview"


def test_a_meeting_with_reporters_present_elsewhere_stays_a_meeting():
    assert of("越南驻泰国大使阮文勇6月9日会见了泰国外交部副部长颂猜,记者在场。", "MEET")


def test_the_guests_of_a_deployments_ceremony_are_no_parties_to_it():
    body = ("越南国防部6月9日在河内举行越南三号工兵队赴阿卜耶伊执行维和任务出征仪式。"
            "联合国驻越南代表以及美国、日本、韩国等国驻越南大使一同出席出征仪式。")
    got = of(body, "DEPLOYMENT")
    assert got
    assert not any({"美国", "日本", "韩国"} & set(e.participants) for e in got)


def test_the_country_right_after_a_seat_holds_it_even_inside_a_title():
    head = "外交部:系列外長會將於6月9日舉行\n\n編輯:某某|2020-06-08 17:25:33|來源:測試新聞客戶端\n\n"
    body = ("6月8日,外交部發言人汪文斌主持例行記者會。會上,汪文斌宣佈系列外長會將於6月9日以視頻方式舉行。"
            "應東盟輪值主席國越南副總理兼外長范平明邀請,王毅國務委員兼外長將出席9日相關會議。")
    got = of(body, "MULTILATERAL_ROLE", head=head)
    assert got and got[0].participants[0] == "越南" and "中国" not in got[0].participants


def test_aid_received_from_a_body_of_a_country_is_one_aid():
    got = of("泰国卫生部6月9日接收日本外务省捐赠的医疗设备。", "AID")
    assert len(got) == 1


def test_lands_named_in_what_a_trip_is_for_are_no_legs_of_it():
    got = of("梁强6月9日会见了赴越出席越老柬三国峰会的老挝国家主席通伦。", "VISIT")
    assert len(got) == 1 and got[0].target == ["越南"]


def test_a_spokesperson_announcing_a_meeting_to_come_does_not_attend_it():
    body = "外交部发言人汪文斌20日宣布:首次中国-太平洋岛国外长会将于10月21日以视频方式举行。"
    for e in of(body, "CONFERENCE", head="测试新闻\n\n新华社北京10月20日电 "):
        assert "汪文斌" not in e.participants


def test_a_chair_announcing_the_opening_attends():
    got = of("越南国会主席王廷惠6月9日宣布第十五届国会第九次会议开幕。", "CONFERENCE")
    assert got and "王廷惠" in got[0].participants
