"""Event reading on phrasings met on pages the project had never seen (ev14, issue 13: visits, meetings,
calls, messages and statements from Xinhua, CNA, udn, Zaobao, RFI, DW, KBS, Malaysian papers; invented
sentences)."""

from __future__ import annotations

from eventpage import of


def test_a_leader_naming_an_administration_takes_no_part():
    # 卢拉政府成立以来: the administration dates the talks; 卢拉 meets no one
    body = ("新华社北京3月5日电 3月5日，外交部长王毅在北京同到访的巴西外长维埃拉举行会谈。"
            "这是卢拉政府成立以来两国外长首次举行会谈。")
    meets = of(body, "MEET")
    assert meets and not any("卢拉" in e.participants for e in meets)


def test_a_spouse_beside_the_visitor_is_no_host():
    body = ("本报金边讯 新加坡总理李显龙今早抵达柬埔寨,展开为期2日的国事访问。"
            "李显龙及夫人何晶乘搭的专机于上午9时抵达金边国际机场,并受到柬埔寨外交部长布拉索恭迎。")
    visits = of(body, "VISIT")
    assert visits and all(e.participants == ["李显龙", "柬埔寨"] for e in visits)


def test_a_visit_just_ended_in_a_relative_clause_has_its_host():
    # 刚刚结束对越南访问的…李强: the land after 对 hosts the visit the relative clause tells; the clause after
    # the arrival goes on from the same subject (开始对日本进行正式访问)
    body = "两国关系良好。\n\n刚刚结束对越南访问的中国国务院总理李强于5日下午抵达东京,开始对日本进行正式访问。"
    visits = of(body, "VISIT")
    assert any(e.participants == ["李强", "越南"] for e in visits)
    assert any(e.participants == ["李强", "日本"] for e in visits)


def test_a_clause_opening_with_its_day_goes_on_from_the_subject():
    body = "两国关系良好。\n\n国务院总理李强在结束对越南的访问后,于5日下午抵达东京,对日本进行正式访问。"
    visits = of(body, "VISIT")
    assert any(e.participants == ["李强", "日本"] for e in visits)


def test_the_welcomer_of_an_unnamed_visitor_visits_no_one():
    # 欢迎韩国外交部长月内访华: the minister, named by title only, would visit; the welcomer stays home
    body = "习近平表示,欢迎南韩外交部长月内访华,也欢迎日本外务大臣年内访华。"
    assert not any("习近平" in e.participants for e in of(body, "VISIT"))
    # (a welcome to a named visitor is still that visitor's visit)
    assert any(e.participants == ["拉夫罗夫", "中国"] for e in of("王毅表示,中方欢迎俄罗斯外长拉夫罗夫月内访华。", "VISIT"))


def test_talks_named_by_a_pair_and_a_post_are_the_two_post_holders():
    # 中法总理年度会晤: the two premiers the page names meet, not the two lands nor the city
    body = "应法国总理巴尔尼耶邀请,国务院总理李强抵达巴黎,开始对法国进行正式访问,并举行中法总理年度会晤。"
    meets = of(body, "MEET")
    assert meets and all(e.participants == ["李强", "巴尔尼耶"] for e in meets)


def test_an_earlier_meeting_told_as_such_stays_apart_from_todays_talks():
    # 两人上一次会面是在今年3月: an earlier meeting; today's talks, told without a day, are not it
    body = ("印尼总统普拉博沃与新加坡总理黄循财举行会谈,讨论了两国关系。\n\n"
            "这是黄循财上任后第三次和普拉博沃会面,两人上一次会面是在今年3月黄循财访问印尼期间。")
    meets = of(body, "MEET", head="测试新闻\n\n本报讯 ")  # (a page without a date of its own)
    assert len(meets) == 2 and "2025-03" in {e.date for e in meets}


def test_words_at_a_press_briefing_after_talks_are_a_statement_of_their_own():
    body = "17日,韩国外交部长官赵显同中国外交部部长王毅在北京举行会谈。赵显在晚宴后举行的特派记者座谈会上表示,中方未提及无核化。"
    assert any(e.participants == ["赵显"] for e in of(body, "STATEMENT"))


def test_handing_over_a_letter_of_appointment_is_no_election():
    body = "中国驻非盟使团团长王毅大使13日向非盟委员会主席祖马递交任命书。"
    assert not of(body, "ELECTION")


def test_a_forum_named_in_quotes_with_a_subtitle_is_attended_by_the_list_subject_and_partner():
    # 李强将同巴尔尼耶举行会晤、…、共同出席“中法论坛——共创未来”: the list goes on from its subject, 共同 with the partner
    body = "李强抵达巴黎。\n\n访问期间,李强将同巴尔尼耶举行会晤、见证双方合作文件签署、共同出席“中法论坛——共创未来”并发表演讲。"
    forums = of(body, "CONFERENCE")
    assert any({"李强", "巴尔尼耶"} <= set(e.participants) for e in forums)


def test_an_undated_archive_photo_caption_tells_no_event():
    body = "李强抵达东京,开始对日本进行正式访问。\n\n东亚三国领导人在东协峰会上(档案照片)图片来源: AP\n\n两国将签署多项协议。"
    assert not of(body, "CONFERENCE")
    # (a caption dating a past event still tells it)
    dated = "胡锦涛致电奥巴马。\n\n资料图片:2011年1月19日,中国国家主席胡锦涛在华盛顿同美国总统奥巴马举行会谈。"
    assert any(e.date == "2011-01-19" for e in of(dated, "MEET"))


def test_earlier_visits_listed_after_a_trip_go_on_from_its_subject():
    body = "首相安华今早抵达泰国,展开为期1日的官式访问。这是安华任相后的第三次海外访问,之前是访问印尼及汶莱。"
    hosts = {e.participants[-1] for e in of(body, "VISIT")}
    assert {"泰国", "印度尼西亚", "文莱"} <= hosts


def test_talks_named_as_a_topic_to_settle_are_no_meeting():
    # 赴北京协调总统访华日程及两国首脑会谈议题等事宜: the talks are what is coordinated, not held
    body = "韩国外长康京和将于下周赴北京协调总统文在寅访华日程及韩中首脑会谈议题等事宜。"
    assert not any("文在寅" in e.participants for e in of(body, "MEET"))


def test_the_two_leaders_told_by_a_pair_word_attend_the_closing():
    body = "中国国家主席习近平和法国总统马克龙8日在巴黎举行会谈。两国元首还共同出席了中法企业家委员会闭幕式。"
    assert any({"习近平", "马克龙"} <= set(e.participants) for e in of(body, "CONFERENCE"))


def test_the_city_talks_are_held_in_is_no_side_of_them():
    meets = of("外交部长王毅8日在北京会见来访的埃及外交部长。", "MEET")
    assert meets and all("北京" not in e.participants for e in meets)
    # (a locality whose own body hosts is a side: 河内市委书记在河内会见…代表团)
    local = of("河内市委书记8日在河内会见了老挝万象市代表团。", "MEET")
    assert any("河内" in e.participants for e in local)


def test_a_message_whose_recipient_is_told_in_the_clause_after():
    # 致唁电,就…洪灾向巴基斯坦总统某某表示深切慰问: the one condoled with receives the message
    head = "测试新闻\n\n2025年6月10日\n\n"
    body = "国家主席习近平8日致唁电,就巴基斯坦发生严重洪灾向巴总统扎尔达里表示深切慰问。"
    assert any(set(e.participants) == {"习近平", "扎尔达里"} for e in of(body, "MESSAGE", head))
    body = "国家主席习近平8日致电,就巴基斯坦发生严重洪灾向巴基斯坦政府和人民表示深切慰问。"
    assert any(set(e.participants) == {"习近平", "巴基斯坦"} for e in of(body, "MESSAGE", head))


def test_the_words_of_a_message_told_after_it_are_no_statement():
    head = "测试新闻\n\n2025年6月10日\n\n"
    body = "国家主席习近平8日致电,就巴基斯坦发生严重洪灾向巴基斯坦总统扎尔达里表示深切慰问。"
    assert not of(body, "STATEMENT", head)
