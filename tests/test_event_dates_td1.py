"""Event dates on invented sentences (td1, stop 51): a time that belongs to another event of the sentence
does not date the event — a time in an earlier clause of a split list, a time closed by 举行的 that
qualifies another noun, another day the page plans for a clause that opens with a part of the day."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2024年3月5日,"


def of_type(body: str, type_: str, head: str = HEAD):
    found = [e for e in extract(head + body, source="t.txt").events if e.type == type_]
    assert found, f"no {type_} in {body}"
    return found


def test_a_time_of_an_earlier_clause_does_not_date_a_split_partner():
    # the partners of the role are split one by one; 2035年 is the trade target's, in a clause before
    body = ("两国总理同意推动双边贸易额到2027年达500亿美元、到2035年达800亿美元,在国际问题上保持协调,"
            "支持泰国良好完成2023至2026年任期东盟-日本关系协调国职责。")
    roles = of_type(body, "MULTILATERAL_ROLE")
    assert all(not (e.date or "").startswith("2035") for e in roles), [(e.participants, e.date) for e in roles]


def test_a_time_closed_by_held_qualifies_the_other_event():
    # 2023年举行的…论坛 names a forum; the seat is taken up in 2025, the year right before its verb
    body = ("老挝国家主席强调,柬埔寨愿支持老挝筹备各项重要活动,其中包括2023年举行的湄公河合作论坛"
            "和2025年担任东盟轮值主席国。")
    roles = [e for e in of_type(body, "MULTILATERAL_ROLE") if "老挝" in e.participants and "东盟" in e.participants]
    assert roles and roles[0].date == "2025", [(e.participants, e.date) for e in roles]


def test_the_first_time_stays_without_a_qualifying_clause():
    body = "越南于2019年签署了自由贸易协定,2020年协定生效。"
    e = of_type(body, "AGREEMENT")[0]
    assert e.date == "2019", e.date


def test_an_afternoon_plan_goes_on_at_the_day_its_sentence_named():
    # today's arrival, the talks this afternoon: not the day he stays until, which the page names after it
    head = "测试新闻\n\n越通社东京——2024年3月5日电 "
    body = ("柬埔寨首相洪玛奈今天上午抵达东京,下午将与日本首相岸田文雄在首相官邸举行会谈。"
            "洪玛奈将在日本停留至7日,随后前往韩国访问。")
    meets = [e for e in of_type(body, "MEET", head) if "岸田文雄" in e.participants]
    assert meets and meets[0].date == "2024-03-05", [(e.participants, e.date, e.status) for e in meets]
