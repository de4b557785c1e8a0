"""Events on invented text (issue 13, ev9 round: miss classes tallied over every older tuning set)."""

from __future__ import annotations

from tests.eventpage import of

HEAD = "测试新闻\n\n新华社北京5月8日电 "


def test_a_listed_visitor_named_short_after_a_land_is_a_visitor_too():
    # 印尼外长蕾特诺 after 甲、: the name, shorter than the known full one, is no title of the person before
    got = of("越南总理阮晋勇、马来西亚总理巴达维昨日已先后抵达北京。", "VISIT", HEAD)
    assert any("阿卜杜拉·巴达维" in e.participants for e in got)
    assert any("阮晋勇" in e.participants for e in got)


def test_an_invitation_set_aside_after_the_words_opening_is_not_the_visitor():
    body = ("外交部发言人华春莹宣布,应德国外长马斯邀请,王毅将于5月3日至6日对德国进行正式访问,"
            "赴法国出席中法战略对话。")
    got = of(body, "VISIT", HEAD)
    assert ["王毅", "法国"] in [e.participants for e in got]
    assert not any("华春莹" in e.participants for e in got)


def test_a_visitor_set_apart_by_a_comma_before_a_relative_day_arrives():
    # 某某,周三(19日)抵达…: a weekday or today/yesterday opening the clause names no one; the subject goes on
    for day in ("周三(19日)", "昨天", "今(8)日"):
        got = of(f"中央外事办主任杨洁篪,{day}抵达新加坡,展开为期三天的访问。", "VISIT", HEAD)
        assert ["杨洁篪", "新加坡"] in [e.participants for e in got], day


def test_going_on_with_the_journey_after_an_invitation_carries_the_visitor():
    body = "王毅于周五应泰国外长敦之邀,续程前往泰国曼谷进行为期两天的访问。"
    got = of(body, "VISIT", HEAD)
    assert ["王毅", "泰国"] in [e.participants for e in got]


def test_a_tour_of_a_region_is_no_visit_beside_the_visits_to_its_countries():
    body = ("外交部长王毅昨天抵达新加坡,开始为期三天的访问。"
            "这是王毅今年首次出访东南亚,也是他出访东南亚的第一站。")
    got = of(body, "VISIT", HEAD)
    assert [e.participants for e in got] == [["王毅", "新加坡"]]


def test_a_tour_of_a_region_with_its_countries_listed_is_a_visit_to_each():
    got = of("国家主席习近平下月将出访南美洲三国,分别是巴西、秘鲁,以及智利。", "VISIT", HEAD)
    assert sorted(e.participants[1] for e in got) == ["巴西", "智利", "秘鲁"]
