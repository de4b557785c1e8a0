"""Dates and status of events on unseen pages, round 3 (issue 13): the disposal 将 that tells a deed,
not a plan; a day told before the news with a comma after 此前; a bare day before 结束; 应…邀请,
which frames a trip and invites no one. All sentences invented."""

from __future__ import annotations

from dipnet.extract.attributes.modality import disposal
from dipnet.pipeline import extract
from dipnet.timex.parse import find_times
from dipnet.timex.publication import infer_published
from eventpage import dated as events


def test_a_disposal_jiang_tells_a_deed():
    e = events("6月10日上午,越南外交部副部长阮文甲在仪式上将越南政府捐赠的医疗物资移交给老挝。", "AID")[0]
    assert (e.status, e.date) == ("occurred", "2025-06-10"), (e.status, e.date)


def test_a_future_jiang_before_a_disposal_stays_a_plan():
    text = "双方将继续将两国关系提升为新的高度"
    assert not disposal(text, text.index("将"))
    assert disposal(text, text.index("将", text.index("将") + 1))
    text = "甲国将把援助物资移交给乙国"
    assert not disposal(text, text.index("将"))
    text = "甲国将作为东盟主席国出席"
    assert not disposal(text, text.index("将"))
    e = events("越南政府将于6月20日向老挝捐赠一批医疗物资。", "AID")[0]
    assert e.status == "planned"


def test_a_day_told_as_before_the_news_with_a_comma_is_not_the_reports():
    text = ("乙国总理将访问甲国\n\n应甲国总理邀请,乙国总理将从11月27日至28日对甲国进行正式访问。\n\n"
            "两国于1976年建交。2024年10月,两国外长举行会晤。此前,2024年7月17日,两国外交部举行政治磋商。")
    got = infer_published(text=text, url=None, meta=None)
    assert got is not None and got.date != "2024-07-17", got


def test_at_the_invitation_of_is_no_invitation_to_come():
    e = events("6月9日晚,越南政府总理阮文甲一行离开金边启程回国,圆满结束应柬埔寨首相邀请赴柬埔寨出席湄公河-澜沧江合作领导人会议之旅。",
               "CONFERENCE")[0]
    assert e.status == "occurred", e.status
    e = events("越南政府总理阮文甲邀请柬埔寨首相出席湄公河-澜沧江合作领导人会议。", "CONFERENCE")[0]
    assert e.status == "planned", e.status


def test_a_disposal_aimed_at_stays_a_plan():
    text = "两国领导人同意保持互访,面向将双边关系提升至全面战略伙伴水平"
    assert not disposal(text, text.index("将"))


def test_a_bare_day_before_ending_a_trip_is_one_trip():
    head = "测试新闻\n\n越通社河内——2025年6月11日,乙国代表团抵达甲国。\n\n"
    body = ("在河内访问的日本首相菅义伟9日与越南总理阮春福举行会谈。\n\n"
            "日本首相菅义伟10日结束了对越南的访问,从河内启程,抵达印度尼西亚首都雅加达。")
    visits = events(body, "VISIT", head)
    vn = [e for e in visits if "越南" in e.participants]
    assert len(vn) == 1, [(e.date, e.participants) for e in vn]
    idn = [e for e in visits if "印度尼西亚" in e.participants]
    assert idn and idn[0].date == "2025-06-10", [(e.date, e.participants) for e in idn]


def test_a_trip_told_as_ending_is_dated_by_its_span():
    e = [v for v in events("越南国家主席梁强6月2日下午圆满结束从5月29日至6月2日对日本进行国事访问之行。", "VISIT")
         if "日本" in v.participants][0]
    assert (e.date, e.end_date) == ("2025-05-29", "2025-06-02"), (e.date, e.end_date)
    head = "美国国会代表团圆满结束访越之旅\n\n越通社河内——2025年6月9日,美国国会代表团一行已离开越南,圆满结束对越南的正式访问。\n\n"
    body = "美国国会代表团从6月5日至9日对越南进行正式访问。"
    e = [v for v in events(body, "VISIT", head) if "越南" in v.participants][0]
    assert e.date == "2025-06-05", e.date


def test_that_same_year_is_the_year_told_before():
    got = find_times("2024年7月19日,前任总书记去世,同年8月3日召开的全会选举新任总书记。", "2026-01-23")
    assert [t.value for t in got] == ["2024-07-19", "2024-08-03"], got
    got = find_times("同年8月3日召开全会。", "2026-01-23")
    assert got[0].value == "2026-08-03", got
    e = [x for x in events("2024年7月19日,前任总书记去世,同年8月3日召开的越共十三届中央全会选举苏林为总书记。", "ELECTION")
         if x.date and x.date.startswith("2024")]
    assert e and e[0].status == "occurred", e


def test_the_two_lands_anniversary_is_the_one_the_headline_names():
    head = "越南与新加坡建交50周年:越南外交部长访问新加坡\n\n越通社河内——2023年7月18日,越南外交部长抵达新加坡。\n\n"
    found = events("此次访问是在两国庆祝建交50周年的背景下进行的。", "ANNIVERSARY", head)
    assert [(e.date, e.status) for e in found] == [("2023-08-01", "planned")], [(e.date, e.status) for e in found]


def test_a_trip_ending_today_after_so_many_days_began_before():
    head = "测试新闻\n\n2024-10-26 | 中央社\n\n"
    e = [v for v in events("中共中央军委副主席张又侠今天结束为期3天的访问越南行程。", "VISIT", head) if "越南" in v.participants][0]
    assert (e.date, e.end_date) == ("2024-10-24", "2024-10-26"), (e.date, e.end_date)


def test_two_bare_days_joined_by_he():
    got = find_times("克里将于5日和6日赴马来西亚出席会议。", "2015-08-04")
    assert [t.value for t in got] == ["2015-08-05", "2015-08-06"], got
    assert find_times("5日和平协议", "2015-08-04") == [], "和平 after a bare number is no cue"


def test_a_bare_day_in_chinese_numerals():
    got = find_times("中国驻越南大使二十六日举行国庆招待会,十五日在河内会见。", "2006-09-27")
    assert [t.value for t in got] == ["2006-09-26", "2006-09-15"], got
    assert find_times("一日三餐,每日在", "2006-09-27") == []


def test_a_day_after_an_announcing_lead_day_is_still_to_come():
    text = ("中国外交部:越共总书记苏林8/18-20访华\n\n"
            "中国外交部发言人华春莹周四(8月15日)宣布,应习近平邀请,越共中央总书记、国家主席苏林18日至20日到中国进行国事访问。")
    visits = [e for e in extract(text, source="t.txt").events if e.type == "VISIT"]
    assert visits and all(e.status == "planned" for e in visits), [(e.date, e.status) for e in visits]


def test_a_past_meeting_inside_a_wish_is_no_plan():
    head = "测试新闻\n\n越通社河内——2012年9月17日,乙国代表团抵达甲国。\n\n"
    e = events("希望双方按照胡锦涛主席不久前在河内与张晋创主席会见时提出的意见,推动两国关系发展。", "MEET", head)[0]
    assert e.status == "occurred", e.status
    e = events("这将是继去年11月在釜山举行外长会之后,中国外长王毅与韩国外长再次会谈。", "MEET", head)[0]
    assert e.status == "planned", e.status


def test_a_plan_dated_by_its_announcing_takes_the_days_planned():
    head = "测试新闻\n\n2015-05-16 10:00\n\n"
    e = [v for v in events("日本自民党总务会长二阶俊博率代表团即将访华,他于15日在东京向媒体透露其访华日程定于5月20日至26日。",
                           "VISIT", head) if "中国" in v.participants][0]
    assert (e.status, e.date, e.end_date) == ("planned", "2015-05-20", "2015-05-26"), (e.status, e.date, e.end_date)


def test_a_bare_day_in_brackets_after_a_weekday_on_a_page_of_a_month():
    got = find_times("印度总理莫迪周六(3日)对越南进行访问", "2016-09")
    assert "2016-09-03" in [t.value for t in got], got


def test_a_trip_with_a_day_the_page_cannot_place_is_not_carried_into_the_plan():
    head = "苏林抵达广东\n\n越南国家主席苏林将于18日访问中国。2024年,两国关系发展良好。\n\n"
    body = "越南国家主席苏林周日(18日)抵达中国广东,展开对中国的国事访问。"
    got = [e for e in events(body, "VISIT", head) if "中国" in e.participants]
    assert any(e.status == "occurred" for e in got), [(e.date, e.status) for e in got]
