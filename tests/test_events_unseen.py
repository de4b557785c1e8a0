"""Event reading on phrasings met on pages the project had never seen (issue 13; invented sentences):
the welcomer hosts, a title after 担任 is a post, 推动构建 is ongoing work, a news outlet reporting is no
speaker, the deceased acts in nothing, a day inside a visit's span is that visit, a message lead goes on
sender by sender, party congresses told in passing, hosts after 对, letters, people set apart (除…外),
the other side of 双边关系, and a joint statement that announces the upgrade."""

from __future__ import annotations

from dipnet.pipeline import extract
from eventpage import events, of


def test_the_welcomer_hosts_the_visit_and_is_no_visitor():
    visits = of("越南政府总理范明政热烈欢迎新加坡总理黄循财对越南进行正式访问。", "VISIT")
    assert visits and all("范明政" not in v.participants for v in visits)
    assert any(v.participants == ["黄循财", "越南"] for v in visits)


def test_a_title_after_a_verb_of_taking_office_is_no_actor():
    body = "越南政府总理范明政6月10日会见了新加坡总理黄循财。这是黄循财担任总理后首次访问越南。"
    visits = of(body, "VISIT")
    assert visits and all("范明政" not in v.participants for v in visits)


def test_building_a_community_is_a_change_only_where_declared():
    assert not of("双方同意继续推动构建具有战略意义的越中命运共同体。", "RELATION_CHANGE")
    assert not of("越方愿同中方深化合作,推动构建越中命运共同体。", "RELATION_CHANGE")
    assert of("两国领导人共同宣布构建具有战略意义的越中命运共同体。", "RELATION_CHANGE")


def test_a_news_outlet_reporting_is_no_statement():
    body = "越南国会主席陈青敏6月10日在北京会见了中国全国人大常委会委员长赵乐际。越通社指出,这是两人今年首次会晤。"
    assert all("越通社" not in e.participants for e in of(body, "STATEMENT"))


def test_the_deceased_is_no_speaker_nor_sender():
    body = "各国领导人对原越南国家主席黎德英逝世表示沉痛哀悼。"
    assert all("黎德英" not in e.participants for e in events(body))


def test_a_day_inside_a_visits_span_is_that_visit():
    body = "新加坡总理黄循财6月9日至11日对越南进行正式访问。6月10日上午,越南政府总理范明政举行仪式,欢迎黄循财访越。"
    visits = [v for v in of(body, "VISIT") if "黄循财" in v.participants]
    assert len(visits) == 1


def test_a_message_lead_goes_on_sender_by_sender():
    body = ("值此苏林同志当选越南国家主席之际,古巴、老挝等国家领导人发来贺电,祝贺苏林同志。\n\n"
            "古巴国家主席迪亚斯-卡内尔祝愿苏林在新岗位上取得更大成就。\n\n"
            "老挝人民革命党中央总书记、国家主席通伦·西苏里强调,两国关系不断向前发展。")
    msgs = of(body, "MESSAGE")
    pairs = {(tuple(m.source), tuple(m.target)) for m in msgs}
    assert (("迪亚斯-卡内尔",), ("苏林",)) in pairs
    assert (("通伦·西苏里",), ("苏林",)) in pairs
    assert all("苏林" not in m.source for m in msgs)  # the occasion names no sender
    assert all(any(p in ("迪亚斯-卡内尔", "通伦·西苏里") for p in m.source) for m in msgs)  # no lead of lands
    assert not of(body, "STATEMENT")  # what a message says is the message


def test_a_party_congress_told_in_passing():
    conf = of("这是越共十三大之后越南政府总理范明政首次访问中国。", "CONFERENCE")
    assert [c.participants for c in conf] == [["越南共产党"]]
    assert not of("在越共十三大外交路线的指引下,越南外交取得重要成就。", "CONFERENCE")


def test_a_one_character_host_after_dui():
    visits = of("新加坡总理黄循财将对越进行正式访问。", "VISIT")
    assert [v.participants for v in visits] == [["黄循财", "越南"]]
    assert visits[0].status == "planned"


def test_zhuanfang_is_a_visit():
    visits = of("根据安排,离开越南后,中国国家主席习近平将转访新加坡。", "VISIT")
    assert any(v.participants == ["习近平", "新加坡"] and v.status == "planned" for v in visits)


def test_a_letter_is_a_message_and_what_it_says_no_statement():
    body = "新加坡总理黄循财6月8日在写给越南政府总理范明政的信中说,两国关系发展良好。"
    msgs = of(body, "MESSAGE")
    assert msgs and msgs[0].source == ["黄循财"] and msgs[0].target == ["范明政"]
    assert not of(body, "STATEMENT")


def test_people_set_apart_are_no_subject():
    body = "中国外交部长王毅6月10日访问越南。除苏林外,他还会见了越南政府总理范明政。"
    meets = of(body, "MEET")
    assert meets and all(m.participants[0] == "王毅" and "苏林" not in m.participants for m in meets)


def test_the_other_side_of_a_bilateral_upgrade_and_its_joint_statement():
    body = ("越共中央总书记苏林6月10日在伦敦与英国首相斯塔默举行会谈,会后发表联合声明,"
            "正式将双边关系提升为全面战略伙伴关系。")
    rc = of(body, "RELATION_CHANGE")
    assert rc and set(rc[0].participants) == {"越南", "英国"} and rc[0].status == "occurred"
    assert not of(body, "AGREEMENT")


def test_a_headline_parts_its_clauses_with_a_space_and_a_visit_not_told_is_none():
    doc = extract("王毅访问越南会见越南领导人 未提及习近平访越事宜\n\n中国外交部长王毅12月1日在河内会见了越南政府总理范明政。",
                  source="t.txt")
    assert all("习近平" not in e.participants for e in doc.events)


def test_the_visitors_listed_after_daofang_de():
    body = "越共中央总书记苏林在河内会见到访的中国外交部长王毅、公安部长王小洪及国防部长董军。"
    visits = of(body, "VISIT")
    assert visits and {"王毅", "王小洪", "董军"} <= set(visits[0].participants)


def test_the_one_arriving_in_a_time_frame_visits_not_the_subject():
    body = "越南国会主席王廷惠6月8日抵达北京。中国国家主席习近平在王廷惠一行抵达北京后就安排会见。"
    visits = of(body, "VISIT")
    assert visits and all("习近平" not in v.participants for v in visits)


def test_a_visit_referred_to_again_is_the_visit_told():
    body = "美国总统拜登将于9月底访问越南。这是拜登首度访越,两国有关部门正积极准备。他指出,拜登这次访越意义重大。"
    visits = [v for v in of(body, "VISIT") if "拜登" in v.participants]
    assert len(visits) == 1 and visits[0].status == "planned"


def test_the_national_day_of_a_message_is_its_occasion_and_in_the_message_its_frame():
    body = ("值越南国庆80周年之际,中国、老挝等国领导人向越南领导人致贺电。\n\n"
            "中共中央总书记、国家主席习近平向越共中央总书记苏林致国庆贺电。\n\n"
            "老挝领导人在贺电中对越南给予的支持表示感谢。")
    assert all(e.participants != ["苏林"] for e in of(body, "ANNIVERSARY"))
    msgs = of(body, "MESSAGE")
    assert any(m.source == ["习近平"] and m.target == ["苏林"] for m in msgs)
    assert not any(m.source == ["老挝"] for m in msgs)  # 在贺电中: the message told, not another


def test_the_one_met_at_a_welcome_ceremony_visits_and_visits_each_way_as_a_goal_are_none():
    body = ("柬埔寨首相洪森今天起访问越南2天,阮春福上午在河内举行迎接洪森到访仪式。"
            "阮春福与洪森在会谈中同意通过增进两国高层接触和互访深化双方政治关系。")
    visits = of(body, "VISIT")
    assert visits and all(v.participants[0] == "洪森" for v in visits)


def test_a_congress_named_in_full_told_in_passing():
    conf = of("老挝国家主席通伦·西苏里祝贺越南共产党第十四次全国代表大会取得圆满成功。", "CONFERENCE")
    assert [c.participants for c in conf] == [["越南共产党"]]


def test_a_founding_told_beside_plans_is_history():
    rc = of("两国领导人一致同意,将配合举行越柬建交55周年(1967.6.24-2022.6.24)系列庆祝活动。", "RELATION_CHANGE")
    assert rc and all(r.status == "occurred" for r in rc)


def test_who_speaks_on_a_visit_is_no_visitor_and_a_headline_tells_the_story():
    doc = extract("习近平对越南进行的国事访问具有战略意义\n\n越通社河内——2025年4月10日,中共中央总书记、国家主席习近平"
                  "将于4月14日至15日对越南进行国事访问。在此访前夕,越南政府副总理裴青山就习近平此次访越的意义接受记者采访。",
                  source="t.txt")
    visits = [e for e in doc.events if e.type == "VISIT"]
    assert len(visits) == 1 and visits[0].status == "planned" and "裴青山" not in visits[0].participants


def test_a_visit_inside_a_frame_that_opens_the_sentence():
    body = "值此出席在华盛顿举行的东盟-美国特别峰会,并对美国进行工作访问之际,越南政府总理范明政会见了柬埔寨首相洪森。"
    visits = of(body, "VISIT")
    assert any(v.participants[:1] == ["范明政"] and "美国" in v.participants for v in visits)


def test_localities_that_sign_together_are_the_parties():
    ag = of("越南胡志明市与日本爱知县签署友好合作关系备忘录。", "AGREEMENT")
    assert ag and set(ag[0].participants) == {"胡志明市", "爱知县"}
    meets = of("越南公安部长梁三光在河内会见了美国负责东亚和太平洋事务的助理国务卿康达。", "MEET")
    assert meets and not {"东亚", "太平洋"} & set(meets[0].participants)


def test_condolences_delivered_at_an_embassy():
    msgs = of("中国国家主席习近平亲自到越南驻华使馆吊唁越共中央总书记阮富仲。", "MESSAGE")
    assert msgs and msgs[0].source == ["习近平"]
    assert "越南驻中国大使馆" in msgs[0].participants and "阮富仲" not in msgs[0].participants


def test_a_speech_at_the_signing_ceremony_is_no_second_signing():
    body = "胡志明市与老挝华潘省签署合作谅解备忘录。胡志明市人民委员会主席潘文买在签署仪式上发言时强调,两地合作前景广阔。"
    assert len(of(body, "AGREEMENT")) == 1


def test_visitors_going_each_on_their_own_date():
    visits = of("此前,美国前总统克林顿与小布什分别于2000年与2006年访问越南。", "VISIT")
    got = {(tuple(v.participants), v.date) for v in visits}
    assert (("比尔·克林顿", "越南"), "2000") in got and (("小布什", "越南"), "2006") in got


def test_a_mourning_ceremony_held_is_no_message():
    body = "越南驻中国大使馆为原越共中央总书记杜梅举行吊唁仪式并设置吊唁簿。"
    assert not of(body, "MESSAGE")


def test_an_event_in_a_relative_clause_of_its_result_was_held_and_a_claim_is_no_speech():
    body = "两国总理强调,双方将认真落实越共中央总书记苏林和中共中央总书记习近平最近通电话所达成的重要共识。"
    calls = of(body, "CALL")
    assert calls and all(c.status == "occurred" for c in calls)
    st = of("范平明否认了有关美国总统拜登访越意义不大的说法。", "STATEMENT")
    assert all("拜登" not in s.participants for s in st)


def test_the_principal_of_an_envoy_takes_no_part():
    body = "越共中央总书记苏林近日出席会议。中国外交部长王毅3日在北京会见越共总书记特使、越南外交部长黎怀忠。"
    meets = [m for m in of(body, "MEET") if "王毅" in m.participants]
    assert meets and all("苏林" not in m.participants for m in meets)
