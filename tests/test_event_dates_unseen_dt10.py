"""Event dates on unseen pages, helper dt10 (invented sentences): a wire's round-up line's day, the time a
later clause names as the trip's (访问时间为…), and a statement told after a plan announced."""

from __future__ import annotations

from dipnet.pipeline import extract


def _events(text: str, kind: str) -> list[tuple[str, str | None, str | None, str | None]]:
    doc = extract(text, source="t.txt")
    return [(e.status, e.date, e.date_precision, e.end_date) for e in doc.events if e.type == kind]


def test_a_round_up_lines_day_is_the_filing_not_the_trips() -> None:
    text = ("日本首相拟访法国\n\n2031/05/14 10:20\n\n"
            "(某社东京14日综合外电报导)日本首相岸田文雄已就2032年夏天访问法国展开协调。\n")
    got = _events(text, "VISIT")
    assert got and got[0][1] == "2032" and got[0][2] == "year", got


def test_the_time_a_later_clause_names_as_the_trips_dates_it() -> None:
    text = ("外长相继访华\n\n2031年3月10日\n\n日本外相林芳正定于3月20日至24日对中国进行访问。"
            "韩国外长朴振则将同期抵华,访问时间为3月21日至23日。\n")
    got = sorted(_events(text, "VISIT"), key=lambda e: e[1] or "")
    assert ("planned", "2031-03-21", "day", "2031-03-23") in got, got


def test_a_statement_after_a_plan_is_on_the_report_day() -> None:
    text = ("外交部长将访问非洲三国\n\n2031年1月3日\n\n1月3日,外交部发言人王五宣布,外交部长赵六将于1月9日至15日访问"
            "甲国、乙国和丙国。王五介绍,此次访问是外长连续第十年新年首访非洲。\n")
    said = _events(text, "STATEMENT")
    assert said and all(d == "2031-01-03" for _, d, _, _ in said), said


def test_the_year_after_is_the_one_after_the_year_told_before() -> None:
    text = ("两国友好往来回顾\n\n2031年6月2日\n\n一九八一年,日本外相访问中国,开启两国交往。"
            "这次访问后,岸田文雄于第二年访问了中国。\n")
    got = [(d, p) for _, d, p, _ in _events(text, "VISIT")]
    assert ("1982", "year") in got, got


def test_a_second_annual_meeting_is_no_year_after() -> None:
    text = ("两国总理会晤\n\n2035年6月2日\n\n两国于2030年签署合作协议。"
            "岸田文雄与李强举行第二次年度会晤。\n")
    got = [d for _, d, _, _ in _events(text, "MEET")]
    assert got and all((d or "")[:4] != "2031" for d in got), got


def test_a_plan_is_not_dated_by_a_day_years_before_told_in_its_paragraph() -> None:
    text = ("议员将访台\n\n date 2031-12-19 快讯\n\n"
            "岸田文雄2028年5月3日出席在台北举行的论坛。岸田文雄此行正安排与赖清德会谈。\n")
    got = [(s, d) for s, d, _, _ in _events(text, "MEET")]
    assert got and all((d or "")[:4] == "2031" for _, d in got), got


def test_a_plan_told_without_its_days_takes_the_days_the_page_gives_it() -> None:
    text = ("外长会晤\n\n2031年10月23日\n\n王毅当地时间周一(21日)在巴黎与法国总统马克龙会晤。王毅表示,中方热烈欢迎马克龙总统即将访问中国。"
            "马克龙将在11月4至6日期间访问中国。\n")
    got = _events(text, "VISIT")
    planned = [d for s, d, _, _ in got if s == "planned"]
    assert planned and all(d == "2031-11-04" for d in planned), got


def test_a_wire_id_of_capitals_then_the_day_dates_the_page() -> None:
    from dipnet.timex.stamps import url_date

    got = url_date("https://cn.example.kr/view/ACK20171113001700881")
    assert got is not None and got.date == "2017-11-13", got


def test_a_month_right_before_the_visit_word_is_the_visits_not_the_talks_day() -> None:
    text = ("两国外长会谈\n\n2031年2月10日\n\n外务省表示,林芳正与王毅8日在万象举行会谈时就林芳正3月访华达成一致。\n")
    got = _events(text, "VISIT")
    assert got and got[0][1] == "2031-03" and got[0][0] == "planned", got
