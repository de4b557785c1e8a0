"""Events on invented text (issue 13, third round of unseen pages): triggers the pages word otherwise and
parties told around the clause rather than in it."""

from __future__ import annotations

from tests.eventpage import of

HEAD = "测试新闻\n\n新华社北京5月8日电 "


def test_an_arrival_statement_is_the_leaders_statement():
    got = of("甲国总统安德森7日抵达北京,并发表抵京声明。", "STATEMENT", HEAD)
    assert got and got[0].participants == ["安德森"]
    assert not of("两国7日发表联合声明。", "STATEMENT", HEAD)  # (a joint one is no one's statement)


def test_two_heads_of_state_named_in_the_next_sentence():
    body = "两国元首7日在人民大会堂举行会晤。国家主席习近平欢迎普京总统来华进行国事访问。"
    got = of(body, "MEET", HEAD)
    assert got and set(got[0].participants) >= {"习近平", "普京"}


def test_visitors_of_different_countries_each_make_a_visit():
    body = "应外长王毅邀请,新加坡外长维文、马来西亚外长希沙慕丁、菲律宾外长洛钦将于5月20日对中国进行访问。"
    got = sorted(e.participants[0] for e in of(body, "VISIT", HEAD))
    assert len(got) == 3


def test_a_pronoun_subject_meeting_partners_listed_over_a_comma():
    body = "甲国国防部长安德森今天起对乙国进行访问。他也将同乙国总理李文德,以及国务资政王大成会面。"
    got = of(body, "MEET", "测试新闻\n\n新华社新加坡5月30日电 ")
    assert got and "安德森" in got[0].participants


def test_remarks_of_one_who_sends_or_gets_a_message_are_a_statement_of_their_own():
    body = ("甲党7月26日举行党主席选举,王大成当选党主席。王大成当晚在竞选办公室发表谈话。"
            "乙党主席李文德27日致电,祝贺王大成当选甲党主席。王大成同日复电。")
    got = of(body, "STATEMENT", "测试新闻\n\n中新网台北7月27日电 ")
    assert any(e.participants == ["王大成"] for e in got)


def test_a_pair_signing_after_talks_is_the_two_countries():
    body = "韩国总统李在明7日在庆州会晤中国国家主席习近平,双方签署7项谅解备忘录。"
    got = of(body, "AGREEMENT", HEAD)
    assert got and set(got[0].participants) == {"韩国", "中国"}


def test_two_heads_of_state_signing_sign_themselves():
    body = "国家主席胡锦涛27日同俄罗斯总统梅德韦杰夫举行会谈。会谈后,两国元首签署了《中俄联合声明》。"
    got = of(body, "AGREEMENT", HEAD)
    assert got and {"胡锦涛", "梅德韦杰夫"} <= set(got[0].participants)


def test_talk_with_the_press_is_a_statement_and_a_spokesperson_replies():
    body = "对于外界关注总统赖清德是否有出访计划,外交部长林佳龙7日在外交部与媒体茶叙表示,出访行程还在规划中。"
    got = of(body, "STATEMENT", HEAD)
    assert got and got[0].participants == ["林佳龙"] and not of(body, "MEET", HEAD)
    assert of("外交部发言人毛宁7日以“无可奉告”回应。", "STATEMENT", HEAD)


def test_two_heads_of_state_each_named_in_a_sentence_after():
    body = "两国元首7日在人民大会堂举行会晤。习近平指出,两国关系持续健康发展。普京表示,愿同中方加强合作。"
    got = of(body, "MEET", HEAD)
    assert got and set(got[0].participants) >= {"习近平", "普京"}


def test_a_message_congratulating_a_body_is_addressed_to_it():
    got = of("老挝人民革命党中央总书记通伦7日发来贺电,祝贺中国共产党成立100周年。", "MESSAGE", HEAD)
    assert got and "中国共产党" in got[0].participants
