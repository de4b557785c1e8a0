"""Events on invented text (issue 13, ev29: ordinary pages of many outlets; event words inside the topic of a
discussion, planned and occurred)."""

from __future__ import annotations

from tests.eventpage import of


def test_talks_named_as_the_topic_of_a_call_are_no_meeting():
    # 就…会谈的筹备方案进行了讨论: the talks are what the call is about, not talks the callers hold
    body = ("甲国总统张明和乙国总统李华10日通电话。张明在通话中介绍了有关情况,"
            "并同李华就顺利举行丙丁两国首脑会谈的筹备方案进行了讨论。")
    assert not of(body, "MEET")
    assert of(body, "CALL")


def test_a_dialogue_the_sides_agree_on_is_no_meeting():
    # 就…战略对话达成共识: the dialogue is the object of the consensus
    body = "老挝大使王立说,两国外交部门今后也可望就给老挝游客办理签证的便利以及两国之间的战略对话达成共识。"
    assert not of(body, "MEET")


def test_an_instrument_discussed_is_no_signing():
    # 就《…协定》等交换意见: the instrument is a topic, nothing is signed
    body = "甲国外长赵林9日与乙国外长陈方举行会谈,双方就《两国渔业合作协定》等问题交换意见。"
    assert not of(body, "AGREEMENT")


def test_talks_held_and_then_discussion_keep_the_meeting():
    # 就…举行会谈并交换意见: a conjunction after the meeting word: the talks are held
    body = "甲国外长赵林10日在首都同乙国外长陈方就双边关系举行会谈并深入交换意见。"
    assert of(body, "MEET")


def test_a_dated_instrument_in_the_topic_is_still_told():
    # 就落实2019年…所签署的协议…交换意见: the topic dates a past signing, a retrospective event
    body = "甲国议长赵林与乙国议长陈方就有效落实2019年两国议会所签署的合作协议的措施深入交换了意见。"
    assert of(body, "AGREEMENT")


def test_a_visit_announced_for_today_and_begun_with_talks_is_under_way():
    # the spokesperson announced the visit from the 10th; on the 10th the host's minister met the visitor in
    # the capital: the visit has begun (occurred), the announcement no longer plans it
    body = ("中国外交部长王毅10日上午在北京会见来访的秘鲁外交部长加西亚。\n\n"
            "中国外交部发言人毛宁6日曾宣布,应王毅邀请,加西亚将于6月10日起对中国进行正式访问。")
    visits = of(body, "VISIT")
    assert visits and all(v.status == "occurred" for v in visits)


def test_a_visit_planned_after_talks_at_home_stays_planned():
    # talks at home on the 10th, then a trip announced from the 10th to another land: still to come
    body = ("越南政府总理范明山10日上午在河内会见秘鲁外交部长加西亚。\n\n"
            "范明山将于6月10日晚启程对日本进行正式访问。")
    visits = [v for v in of(body, "VISIT") if "日本" in v.participants]
    assert visits and all(v.status == "planned" for v in visits)
