"""Event dates and status on invented sentences (issue 13): which time dates the event, the end of a
range, tomorrow, the aims of a departure, an anniversary still to come."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def of_type(body: str, type_: str, head: str = HEAD):
    found = [e for e in extract(head + body, source="t.txt").events if e.type == type_]
    assert found, f"no {type_} in {body}"
    return found


def test_background_year_before_first_time_is_not_the_visits_date():
    # the years of the congresses frame the visit (…后…首次访华); the visit is on the report's day
    body = "这是2021年越南成功举办越共十三大、中国2022年成功举办中共二十大后越南国家主席武文赏首次访华。"
    visits = of_type(body, "VISIT")
    assert all(not (e.date or "").startswith(("2021", "2022")) for e in visits), [e.date for e in visits]


def test_a_year_that_is_the_events_own_stays():
    e = of_type("越南与欧盟于2019年签署了自由贸易协定。", "AGREEMENT")[0]
    assert e.date == "2019" and e.date_precision == "year"


def test_after_the_visit_ends_is_the_last_day_of_its_range():
    body = ("6月8日至9日,越南国家主席梁强对法国进行国事访问。访问结束后,双方发表了关于将双边关系"
            "提升至全面战略伙伴关系的联合声明。")
    e = of_type(body, "RELATION_CHANGE")[0]
    assert e.date == "2025-06-09", e.date


def test_a_year_naming_the_forum_yields_to_the_day_the_sentence_opens_with():
    body = "越南外交部发布消息。\n\n自2025年6月5日至7日,越南外交部副部长邓黄江出席了在新加坡举行的2025年彭博创新经济论坛年会。"
    e = of_type(body, "CONFERENCE")[0]
    assert e.date == "2025-06-05" and e.date_precision == "day" and e.end_date == "2025-06-07"


def test_a_day_inside_the_sentence_dates_its_own_clause_not_the_forum():
    body = "越南外交部发布消息。\n\n中国国务院副总理李克强6月5日在会见越南政府副总理黄忠海时,对黄忠海出席2025年博鳌亚洲论坛予以高度评价。"
    e = of_type(body, "CONFERENCE")[0]
    assert e.date == "2025" and e.date_precision == "year"


def test_a_year_framing_a_span_is_no_name():
    # 2025年底: the end of the year, not the opening day's event
    e = of_type("6月5日,越南表示,2025年底前将与欧盟签署协定。", "AGREEMENT")[0]
    assert e.date != "2025-06-05"


def test_tomorrow_is_planned():
    e = of_type("中共中央政治局常委王沪宁率团明赴越南进行访问。", "VISIT")[0]
    assert e.status == "planned"
    e = of_type("越南外交部长裴青山明天对日本进行正式访问。", "VISIT")[0]
    assert e.status == "planned"


def test_the_aims_of_a_departure_are_planned():
    body = ("越共中央总书记苏林率领越南高级代表团离开河内,对老挝进行国事访问,"
            "并与老挝人民革命党中央委员会总书记通伦·西苏里举行会谈。")
    assert all(e.status == "planned" for e in of_type(body, "MEET"))


def test_the_departure_itself_is_the_visit_that_occurred():
    body = "越共中央总书记苏林率团离开河内启程对老挝进行国事访问。"
    assert all(e.status == "occurred" for e in of_type(body, "VISIT"))


def test_a_meeting_before_the_departure_occurred():
    body = ("越共中央总书记苏林离开河内前,会见了老挝人民革命党中央委员会总书记通伦·西苏里。")
    assert all(e.status == "occurred" for e in of_type(body, "MEET"))


def test_an_anniversary_after_the_report_is_planned():
    head = "测试新闻\n\n越通社河内——2025年12月1日,"
    # the day the sentence names is the celebration's; the national day after the report is still ahead
    body = "12月1日,越共中央总书记苏林出席老挝国庆50周年庆典并主持招待会。"
    e = of_type(body, "ANNIVERSARY", head)[0]
    assert e.status == "planned"
    head = "测试新闻\n\n越通社河内——2025年12月3日,"
    body = "越共中央总书记苏林出席了老挝国庆50周年庆典。"
    e = of_type(body, "ANNIVERSARY", head)[0]
    assert e.status == "occurred"


def test_a_wish_to_hold_well_and_nearly_reaching_are_planned():
    # 开好: to hold it well, still to come; 接近…达成: not reached yet
    assert [e.status for e in of_type("习近平强调,中方支持越方开好越共十四大。", "CONFERENCE")] == ["planned"]
    assert [e.status for e in of_type("以色列宣布接近与真主党达成停火协议。", "AGREEMENT")] == ["planned"]
    # 继续办好…庆祝活动: the celebrations go on (told as happening)
    assert [e.status for e in of_type("双方要继续办好越中建交75周年庆祝活动。", "ANNIVERSARY")] == ["occurred"]
    assert [e.status for e in of_type("越南政府总理出席第十届湄公河-日本合作峰会。", "CONFERENCE")] == ["occurred"]


def test_a_page_dated_to_its_month_takes_the_story_day_of_that_month():
    head = "测试新闻\n\n应中国国家主席的邀请,越南国家主席武文赏出席从2023年10月17日至20日在北京举行的国际合作高峰论坛。\n\n"
    body = "这是2021年越南成功举办越共十三大后越南国家主席武文赏首次访华。"
    doc = extract(head + body, source="t.txt")
    assert doc.published and doc.published.precision == "month"  # (the page date this test is about)
    assert [e.date for e in doc.events if e.type == "VISIT"] == ["2023-10-17"]


def test_one_signing_read_twice_in_a_sentence_keeps_the_date_the_sentence_writes():
    head = "测试新闻\n\n越通社河内——2025年6月10日电。"
    body = "越南和中国签署两国政府间关于推进共建“一带一路”倡议和“两廊一圈”框架对接合作规划谅解备忘录(2017年11月)。"
    got = of_type(body, "AGREEMENT", head)
    assert [e.date for e in got] == ["2017-11"]
