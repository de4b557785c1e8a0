"""Events on invented text (issue 13, ev10 round: several partners, statements beside a visit)."""

from __future__ import annotations

from tests.eventpage import of

HEAD = "测试新闻\n\n中央社记者台北5日电 "


def test_a_second_meeting_verb_read_as_a_title_is_a_meeting_of_its_own():
    # 晋见甲及会晤外长乙: 会晤外长 is no title of 乙; two verbs, two meetings (as 分别 would tell)
    body = "外交部长王大明将率团访问巴拉圭,访问期间将晋见巴国总统卡洛斯及会晤外长罗培兹,就共同关切事项交换意见。"
    got = [e.participants for e in of(body, "MEET", HEAD)]
    assert ["王大明", "卡洛斯"] in got
    assert ["王大明", "罗培兹"] in got



def test_an_address_after_talks_the_same_day_is_a_statement_of_its_own():
    # 随后前往国会发表演说: an address (SPEC: a speech is a statement), not words said within the talks
    body = "总统马英九16日会晤圣卢西亚总理安东尼,并签署联合公报,随后前往该国国会发表演说。"
    got = [e.participants for e in of(body, "STATEMENT", HEAD)]
    assert ["马英九"] in got


def test_a_press_release_beside_a_meeting_is_a_statement_of_its_own():
    # 发布新闻稿表示: words put out in writing are a press statement, not the content of the meeting told before
    body = ("立法院长王金平今天率团访美,上午与美国在台协会处长司徒文会面。"
            "王金平发布新闻稿表示,此行目的是推动对美国会外交。")
    got = [e.participants for e in of(body, "STATEMENT", HEAD)]
    assert ["王金平"] in got
