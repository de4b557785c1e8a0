"""Event precision on invented sentences (issue 13): a trigger is an event only where it is the
predicate of something told as happening — not the occasion a count of years names, an aim, an
invitation, a bare membership word, a name inside a post — and one real-world event told twice on a
page is one event."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def events(body: str, type_: str):
    return [e for e in extract(HEAD + body, source="t.txt").events if e.type == type_]


def test_a_count_of_years_names_the_occasion_not_the_event():
    assert not events("柬埔寨国会主席韩桑林出席越南国会首次普选70周年庆典。", "ELECTION")
    assert not events("这是越中两国建交六十五年来两国国防部长的首次边境会晤。", "RELATION_CHANGE")
    # the founding written out is the event itself
    assert events("越南与韩国于1992年12月22日建立外交关系。", "RELATION_CHANGE")


def test_an_aim_is_no_event_but_what_was_agreed_is_done():
    assert not events("双方对越澳关系表示满意,为将两国关系提升为战略伙伴关系奠定坚实基础。", "RELATION_CHANGE")
    done = events("越南与韩国领导人一致同意,将越韩关系提升为全面战略伙伴关系。", "RELATION_CHANGE")
    assert [e.status for e in done] == ["occurred"]


def test_an_invitation_to_visit_is_no_visit_but_the_visit_it_answers_is():
    assert not events("通话中,越南国家主席阮春福邀请韩国总统尹锡悦访问越南。", "VISIT")
    got = events("应越南国家主席阮春福的邀请,韩国总统尹锡悦对越南进行国事访问。", "VISIT")
    assert got and got[0].source == ["尹锡悦"]


def test_a_bare_membership_word_is_no_seat():
    assert not events("越南与100多个国家建立防务合作关系,包括5个联合国安理会常任理事国。", "MULTILATERAL_ROLE")
    assert not events("当年东盟只有五个成员国。", "MULTILATERAL_ROLE")
    assert events("越南以最高票当选联合国人权理事会成员国。", "MULTILATERAL_ROLE")


def test_a_shorter_trigger_inside_a_refused_one_is_refused_too():
    assert not events("双方交换公安力量参与联合国维和行动的经验。", "DEPLOYMENT")


def test_an_assembly_named_in_a_post_or_acting_as_a_body_holds_no_meeting():
    assert not events("越南当选联合国大会副主席。", "CONFERENCE")
    assert not events("越南在世界经济论坛公布的全球竞争力排行榜上上升了10位。", "CONFERENCE")


def test_talks_told_by_their_countries_and_by_their_people_are_one_meeting():
    body = ("越中两军举行边境高层会晤。越南国防部长冯光清与中国国防部长常万全在老街举行会晤。"
            "常万全对能与冯光清共同主持本次会晤表示高兴。")
    got = events(body, "MEET")
    assert len(got) == 1
    # (冯光清 is a spelling the wires use for 冯光青: the KB holds it as his alias, so the canonical name stands)
    assert {"冯光青", "常万全"} <= set(got[0].participants)


def test_a_call_told_again_without_its_day_is_the_call_told_with_it():
    # the retelling first (it takes the report's day), the call with its own day in the next paragraph
    body = ("越南与新加坡关系良好。越南政府总理范明政同越方代表团与新加坡总理黄循财通电话。\n\n"
            "6月9日下午,越南政府总理范明政与新加坡总理黄循财通电话。")
    got = events(body, "CALL")
    assert [e.date for e in got] == ["2025-06-09"]
    # two calls each told with its own day stay two
    two = events("6月9日,范明政与黄循财通电话。\n\n6月3日,范明政与黄循财通电话。", "CALL")
    assert len(two) == 2


def test_a_deadline_is_not_when_the_words_were_said():
    body = "越南国防部举行会议。为有效实现从现在到2030年的任务,潘文江大将强调,应加强国防对外工作。"
    said = events(body, "STATEMENT")
    assert said and all(e.date == "2025-06-10" for e in said)


def test_one_unit_named_again_is_one_deployment():
    body = ("越南国防部12月5日为越南人民军一号二级野战医院圆满完成联合国南苏丹特派团维和任务举行表彰大会。"
            "张和平副总理对一号二级野战医院在联合国驻南苏丹特派团执行维和任务过程中所取得的出色成绩给予了充分表扬。"
            "一号二级野战医院全体干部战士们已根据南苏丹特派团的要求参加所有培训活动。")
    assert len(events(body, "DEPLOYMENT")) == 1


def test_a_membership_verb_elsewhere_in_the_sentence_makes_no_seat_of_a_bare_membership_word():
    body = "越南此次成功连任,反映出联合国成员国对越南的信任与支持。"
    assert not events(body, "MULTILATERAL_ROLE")


def test_a_joint_statement_announcing_an_upgrade_is_the_relation_change():
    body = "两国总理签署关于越南政府与新西兰政府建立全面战略伙伴关系的联合声明。"
    assert not events(body, "AGREEMENT")
    assert events(body, "RELATION_CHANGE")
    # a joint statement on anything else is an agreement (the countries named: 海上合作 holds no 上合,
    # so without them the statement has no participant)
    assert events("越南和新西兰两国外长发表关于加强海上合作的联合声明。", "AGREEMENT")


def test_a_bodys_report_is_no_statement():
    assert not events("美国战略与国际研究中心本月发布的报告称,越南扩大了岛礁工程。", "STATEMENT")
    assert not events("越中友好协会报告明确指出,协会活动吸引了各界人士参加。", "STATEMENT")
    # a spokesperson's answer is one
    assert events("越南外交部发言人黎氏秋姮表示,越南坚决维护主权。", "STATEMENT")


def test_years_ago_is_no_anniversary():
    assert not events("他表示,胡志明主席80周年前宣读《独立宣言》这一历史性里程碑体现了越南的精神力量。", "ANNIVERSARY")
    assert events("越南与老挝举行活动纪念两国建交50周年。", "ANNIVERSARY")


def test_one_rescue_mission_told_again_is_one_deployment():
    body = ("越南公安部救援队在土耳其开展搜救工作。越南救援队的精神和作用得到了土耳其人民和当地政府的认可。"
            "在开展营救工作的同时,越南公安部救援队还向土耳其民众赠送方便面和干粮。")
    got = events(body, "DEPLOYMENT")
    assert len(got) == 1, [(e.participants, e.attributes) for e in got]


def test_a_meetings_minutes_are_no_meeting():
    assert not events("各方深入宣传贯彻越中陆地边界三个法律文件和越中陆界联委会会议纪要。", "CONFERENCE")


def test_a_relation_told_to_grow_with_no_level_is_no_change():
    body = "他称一年来的突出成果包括:中国与俄罗斯全面战略协作伙伴关系提升到新阶段、中美进入共同构建新型大国关系的新时期。"
    assert not events(body, "RELATION_CHANGE")
    assert events("越南与韩国领导人一致同意,将越韩关系提升至全面战略伙伴关系。", "RELATION_CHANGE")


def test_opposing_anything_of_a_kind_is_a_principle_not_a_protest():
    assert not events("越南与法国强烈反对一切威胁使用武力或违背国际法使用武力的行为。", "DISAPPROVE")
    assert events("越南坚决反对中国海洋调查船继续侵犯越南海域的主权权利。", "DISAPPROVE")


def test_a_press_conference_after_talks_is_a_statement_of_both_leaders():
    body = ("越南国家主席武文赏与老挝国家主席通伦·西苏里举行会谈。会谈后,武文赏与通伦·西苏里共同主持记者会,"
            "介绍会谈成果。")
    got = events(body, "STATEMENT")
    assert [sorted(e.participants) for e in got] == [sorted(["武文赏", "通伦·西苏里"])]
    # what a party says in the talks stays their content
    assert not events("越南国家主席武文赏与老挝国家主席通伦·西苏里举行会谈。武文赏表示,越南高度重视越老关系。",
                      "STATEMENT")


def test_what_a_message_says_is_no_statement():
    body = "古巴共产党中央委员会第一书记、古巴国家主席迪亚斯-卡内尔在贺电中表示,越南共产党的领导作用不断增强。"
    assert not events(body, "STATEMENT")


def test_the_documents_one_sentence_lists_for_the_same_parties_are_one_signing():
    # the two countries named: 两国外交部 is both countries' ministries, no one country's, so the
    # bare body words alone give the signing no participant
    body = ("越南和新西兰两国领导人见证了双方多项合作文件的交换仪式,包括两国政府间经济合作协定、两国外交部合作备忘录和两国国防部"
            "防务合作协议。")
    assert len(events(body, "AGREEMENT")) == 1
