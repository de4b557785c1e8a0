"""Events on invented text (issue 13, ev8 round of unseen pages)."""

from __future__ import annotations

from tests.eventpage import of

HEAD = "测试新闻\n\n新华社北京5月8日电 "


def test_words_to_reporters_after_an_arrival_are_a_statement_of_their_own():
    body = ("应国家主席习近平邀请,泰国总理巴育今天开始对中国进行正式访问。晚间8点,巴育的专机抵达北京首都国际机场。"
            "外交部长王毅到机场迎接。\n\n今天下午,王毅在北京对记者表示,两国人民有着长久友好交往。")
    got = of(body, "STATEMENT", HEAD)
    assert [e.participants for e in got] == [["王毅"]]


TW_HEAD = "测试新闻\n\n中央社台北5月8日电 "


def test_the_one_sent_to_lead_a_delegation_makes_the_trip():
    got = of("总统赖清德派任立法院长韩国瑜率领代表团,赴华府出席典礼。", "VISIT", TW_HEAD)
    assert [e.participants for e in got] == [["韩国瑜", "美国"]]


def test_the_delegation_received_is_its_leaders_told_before():
    body = "立法院长韩国瑜率领代表团,将赴华府出席典礼。\n\n赖清德今(8)日在总统府内接见代表团,并首先致词。"
    got = of(body, "MEET", TW_HEAD)
    assert got and "韩国瑜" in got[0].participants


def test_a_visit_told_by_reference_in_reported_words_is_hosted_by_the_teller():
    body = "老挝国家主席通伦表示,泰国总理巴育此访正值两国友好合作深入发展之际。"
    got = of(body, "VISIT", "测试新闻\n\n新华社万象5月8日电 ")
    assert [e.participants for e in got] == [["巴育", "老挝"]]


def test_a_trip_whose_leader_is_told_after_it_is_the_leaders():
    body = "立法院某联谊会明起将赴美国华府访问,为期5天,此行由立法院长韩国瑜率队。"
    got = of(body, "VISIT", TW_HEAD)
    assert [e.participants for e in got] == [["韩国瑜", "美国"]]


def test_a_plan_told_for_the_reports_own_day_keeps_that_day():
    body = ("首相高市早苗与国家主席习近平预计在31日举行会谈。首相将确认持续对话。"
            "首相也正在协调于30日与韩国总统李在明举行会谈。")
    got = of(body, "MEET", "测试新闻\n\n共同社东京2025年10月30日电 ")
    assert [e.date for e in got if "李在明" in e.participants] == ["2025-10-30"]


def test_talks_a_release_reports_merge_with_the_same_talks_told_on_their_day():
    body = ("柬埔寨外交部20日发布新闻稿称,中国特使邓锡军在金边会见了柬国总理洪玛奈。\n\n"
            "据报道,邓锡军19日拜会洪玛奈,并与副总理巴速坤举行会晤。")
    got = of(body, "MEET", "测试新闻\n\n新华社金边2025年12月20日电 ")
    assert [e.date for e in got if "洪玛奈" in e.participants] == ["2025-12-19"]


def test_a_speakers_post_and_a_system_hold_no_conference():
    body = "某某担任国会议长任内也曾应邀访台。李鹏向坎代介绍了中国人民代表大会制度。"
    assert of(body, "CONFERENCE", TW_HEAD) == []


def test_the_airport_arrived_at_hosts_no_visit_of_its_own():
    body = ("当地时间22日,国家主席习近平抵达圣地亚哥,对智利进行国事访问。\n\n"
            "下午2时20分许,习近平乘坐的专机抵达圣地亚哥国际机场。")
    got = of(body, "VISIT", "测试新闻\n\n新华社圣地亚哥2016年11月22日电 ")
    assert [e.participants for e in got] == [["习近平", "智利"]]


def test_the_gathering_a_speech_is_given_at_is_not_its_speaker():
    body = "今年1月,宋永武访问新加坡,并在香格里拉对话预备会议上发表主旨演讲。"
    got = of(body, "STATEMENT", HEAD)
    assert [e.participants for e in got] == [["宋永武"]]


def test_a_relative_day_glossed_by_the_day_in_brackets_takes_that_day():
    body = "应国家主席习近平邀请,菲律宾总统杜特尔特今天(18日)开始对中国进行国事访问。"
    got = of(body, "VISIT", "测试新闻\n\n[2016-10-19 09:07:14] 来源:央视新闻\n")
    assert [e.date for e in got] == ["2016-10-18"]


def test_our_country_hosting_a_visit_is_the_pages_other_country():
    body = "新加坡总理李显龙8日会见中国国家副主席韩正。韩正星期二起对我国进行两天正式访问。"
    got = of(body, "VISIT", "联合早报\n\n")
    assert [e.participants for e in got] == [["韩正", "新加坡"]]
