"""Events on invented text (issue 13, ev7 round of unseen pages)."""

from __future__ import annotations

from tests.eventpage import of

HEAD = "测试新闻\n\n中央社台北5月8日电 "


def test_a_trip_told_by_the_short_form_of_taiwan_is_hosted_by_taiwan():
    got = of("越南国家主席陈大光将于5月28日访台。", "VISIT", HEAD)
    assert got and got[0].participants == ["陈大光", "台湾"]
    got = of("越南国家主席陈大光8日来台访问。", "VISIT", HEAD)
    assert got and got[0].participants == ["陈大光", "台湾"]


def test_a_wish_for_a_congress_told_before_holds_no_meeting_of_its_own():
    body = "中共中央总书记习近平致信祝贺越南共产党第十四次全国代表大会召开。\n\n习近平在贺信中表示,祝贺大会成功召开。"
    got = of(body, "CONFERENCE", "测试新闻\n\n新华社北京5月8日电 ")
    assert [e.participants for e in got] == [["越南共产党"]]


def test_two_lands_heads_of_state_meeting_is_talks_of_the_two():
    got = of("11月16日,习近平在利马出席中美元首会议。", "MEET", "测试新闻\n\n新华社北京11月24日电 ")
    assert got and {"中国", "美国", "习近平"} <= set(got[0].participants)
