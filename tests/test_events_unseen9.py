"""Event reading on a ninth round of unseen pages (issue 13; invented sentences): a headline naming one
side of a call or meeting by a country's post (英国国务卿) over the article that names the people, a
headline or lead summing up meetings the article tells one by one, and a lead whose senders are all the
world's leaders unnamed."""

from __future__ import annotations

from eventpage import events, of


def test_a_headline_naming_a_post_of_a_country_is_the_call_below():
    head = "越南外交部副部长与英国国务卿通电话\n\n越通社河内——2025年6月10日,"
    body = "越南外交部副部长阮文海在外交部总部与英国国务卿彼得·约翰逊通电话,讨论两国合作。"
    got = of(body, "CALL", head)
    assert len(got) == 1 and set(got[0].participants) == {"阮文海", "彼得·约翰逊"}


def test_a_headline_naming_two_countries_ministers_sums_up_two_meetings():
    head = "越南外长会见中国、老挝两国外长\n\n越通社河内——2025年6月10日,"
    body = ("会议期间,越南外长阮文海分别与中国外交部长张建国和老挝外交部长通沙·本西举行双边会晤。"
            "在会见张建国时,阮文海表示愿加强合作。")
    got = of(body, "MEET", head)
    assert sorted(sorted(e.participants) for e in got) == [["张建国", "阮文海"], ["通沙·本西", "阮文海"]]


def test_a_lead_of_two_hosts_sums_up_their_meetings_told_apart():
    head = "测试新闻\n\n"
    body = ("越共中央总书记阮文山及越南总理黎文海会见中国外长张建国。\n\n"
            "越共中央总书记阮文山在河内会见到访的中国外交部长张建国。阮文山表示愿深化合作。\n\n"
            "越南总理黎文海随后亦会见张建国。")
    got = [e for e in events("越通社河内——2025年6月10日," + body, head) if e.type == "MEET"]
    assert sorted(sorted(e.participants) for e in got) == [["张建国", "阮文山"], ["张建国", "黎文海"]]


def test_a_lead_of_the_world_leaders_unnamed_adds_no_message_nor_call():
    body = ("各国领导人就阮文山当选越南国家主席、黎文海当选政府总理致贺信、贺电和通话。\n\n"
            "老挝国家主席通沙·本西就阮文山当选国家主席向他致贺电并通电话表示祝贺。\n\n"
            "同日,中国国务院总理张建国致电祝贺黎文海当选越南政府总理。")
    got = events(body)
    messages = sorted(sorted(e.participants) for e in got if e.type == "MESSAGE")
    assert messages == [["张建国", "黎文海"], ["通沙·本西", "阮文山"]]
    calls = [e for e in got if e.type == "CALL"]
    assert len(calls) == 1 and set(calls[0].participants) == {"通沙·本西", "阮文山"}


def test_a_sender_titled_by_the_un_keeps_a_message_of_its_own():
    body = ("值此越南国庆之际,多国领导人和联合国秘书长向越南领导人发来贺电。\n\n"
            "联合国秘书长约翰·史密斯向越南国家主席阮文山致贺电,并向越南人民表示祝贺。\n\n"
            "英国国王彼得·约翰逊向越南国家主席阮文山发来贺电。")
    got = of(body, "MESSAGE")
    assert sorted(sorted(e.participants) for e in got) == [["彼得·约翰逊", "阮文山"], ["约翰·史密斯", "阮文山"]]


def test_messages_exchanged_go_each_way():
    body = ("值此两国建交70周年之际,越南国家主席阮文山,政府总理黎文海已与中国国家主席张建国,中国国务院总理王建华互致贺电。")
    got = of(body, "MESSAGE")
    ways = sorted((sorted(e.source), sorted(e.target)) for e in got)
    assert ways == [(["张建国", "王建华"], ["阮文山", "黎文海"]), (["阮文山", "黎文海"], ["张建国", "王建华"])]


def test_a_headline_of_the_two_lands_exchanging_messages_joins_neither_way():
    head = "越中两国领导人互致贺电\n\n越通社河内——2025年6月10日,"
    body = "越南国家主席阮文山同中国国家主席张建国互致贺电,庆祝两国建交70周年。"
    got = of(body, "MESSAGE", head)
    assert sorted((e.source, e.target) for e in got) == [(["张建国"], ["阮文山"]), (["阮文山"], ["张建国"])]


def test_an_envoy_unknown_to_the_kb_speaks_for_the_land_that_sends_them():
    from dipnet.extract.common.page import EventPage
    from dipnet.extract.merging.headsums import stated_lands
    from dipnet.pipeline import extract

    doc = extract("测试新闻\n\n越通社河内——2025年6月10日,越南驻墨西哥兼驻萨尔瓦多大使阮文海向萨尔瓦多副总统"
                  "费利克斯·乌略亚递交国书。英国国务卿彼得·约翰逊也出席。", source="t.txt")
    lands = stated_lands(EventPage(doc), {e.name: e.country for e in doc.entities if e.country})
    assert lands["阮文海"] == "VN" and lands["彼得·约翰逊"] == "GB"


def test_a_headline_meeting_a_body_is_the_meeting_with_the_one_it_titles():
    head = "张伟明会见顺化市委书记\n\n新华社顺化——2025年6月10日,"
    body = "正在越南访问的中国国家主席张伟明会见了顺化市委书记阮文海。阮文海热烈欢迎张伟明访问顺化。"
    got = of(body, "MEET", head)
    assert [sorted(e.participants) for e in got] == [["张伟明", "阮文海"]]


def test_a_lead_of_lands_listed_adds_no_message_beside_their_leaders():
    body = ("蒙古、柬埔寨、韩国等国领导人就越南中部地区各省遭遇洪灾和泥石流带来重大的人员伤亡和财产损失,"
            "向越南领导人和人民致慰问信和慰问电。\n\n蒙古国总统巴特·巴雅尔已向越共中央总书记、国家主席阮文山致慰问电。\n\n"
            "柬埔寨首相洪森向越南政府总理黎文海致慰问信。\n\n值此机会,韩国外交部长康京和向越南政府副总理兼外长范文明致慰问电。")
    got = of(body, "MESSAGE")
    assert len(got) == 3 and all(any(p in e.participants for p in ("巴特·巴雅尔", "洪森", "康京和")) for e in got)


def test_subjects_listed_with_a_pause_mark_before_also_each_meet_the_guest():
    body = ("外交部发言人表示,国家主席张伟明将与陈文山会谈,国务院总理王建华、全国人大常委会委员长刘建民、"
            "全国政协主席赵明也将分别会见陈文山。")
    got = of(body, "MEET")
    assert sorted(sorted(e.participants) for e in got) == [["刘建民", "陈文山"], ["张伟明", "陈文山"],
                                                          ["王建华", "陈文山"], ["赵明", "陈文山"]]


def test_a_clause_after_a_semicolon_goes_on_from_the_pronouns_referent_not_its_partner():
    body = ("日本外务省表示,日本首相山本太郎将从10月18日至21日对越南进行访问。在河内,他将会见越共中央总书记阮文山;"
            "与越南政府总理黎文海举行会谈;并发表演讲。")
    got = of(body, "MEET")
    assert sorted(sorted(e.participants) for e in got) == [["山本太郎", "阮文山"], ["山本太郎", "黎文海"]]


def test_a_welcome_ceremony_told_without_its_guest_meets_the_one_welcomed_before():
    body = ("老挝国家主席通沙·本西抵达河内,开始对越南进行国事访问。\n\n"
            "6月10日上午,欢迎老挝国家主席通沙·本西及夫人的正式仪式在主席府隆重举行。越共中央总书记阮文山及夫人主持欢迎仪式。")
    got = of(body, "MEET")
    assert got and sorted(got[0].participants) == ["通沙·本西", "阮文山"]


def test_a_trip_through_lands_listed_after_the_movement_word_is_a_visit_to_each():
    got = of("阮文山7月11日至13日前往老挝、柬埔寨进行国事访问。", "VISIT")
    assert sorted(e.participants[-1] for e in got) == ["柬埔寨", "老挝"] and all(e.participants[0] == "阮文山" for e in got)


def test_a_visit_clause_opening_with_its_days_goes_on_from_the_sentences_subject():
    got = of("阮文山5月当选国家主席后,7月11日至13日即前往老挝进行国事访问。", "VISIT")
    assert got and got[0].participants == ["阮文山", "老挝"]


def test_what_a_spokesperson_reports_goes_on_from_the_one_it_opens_with():
    body = "越南外交部发言人黎明说,越南副总理兼外长阮文海访美期间将与美国国务卿约翰·史密斯会晤,并与美国商界领袖会晤。"
    got = of(body, "MEET")
    assert got and all("黎明" not in e.participants for e in got) and \
        any(set(e.participants) >= {"阮文海", "约翰·史密斯"} for e in got)


def test_a_headline_ending_a_trip_is_the_trip_the_article_dates():
    head = "越南政府总理阮文山圆满结束对美国进行的正式访问\n\n越通社河内——2025年6月2日,"
    body = ("越南政府总理阮文山和越南政府高级代表团已抵达内排国际机场,圆满结束对美国进行的正式访问。\n\n"
            "在从5月29日至31日访美期间,阮文山出席了45场活动。")
    got = of(body, "VISIT", head)
    assert len(got) == 1 and got[0].participants == ["阮文山", "美国"]


def test_a_headline_welcoming_a_listed_guest_makes_the_host_no_visitor():
    head = "阮文山主持仪式 欢迎老挝人民革命党中央总书记、国家主席通沙·本西访越\n\n越通社河内——2025年6月10日,"
    body = "老挝国家主席通沙·本西抵达河内,开始对越南进行国事访问。"
    got = of(body, "VISIT", head)
    assert got and all(e.participants[0] != "阮文山" for e in got)
