"""Dates told as history (issue 13, dates): a founding year is no page year; a bare 建交N年来 counted from
the relation whose sides the sentence beside it names; N年前 dates the event it opens; a bare day before
an adverb (22日将出席) is a day. All sentences invented."""

from __future__ import annotations

from dipnet.timex import infer_published
from dipnet.timex.parse import find_times
from dipnet.timex.year import infer_year
from eventpage import dated


def test_a_founding_year_is_not_the_page_year() -> None:
    text = ("甲乙友好协会会长会见代表团\n\n甲乙友好协会成立于2001年,是从事民间交往的团体。"
            "8月3日,协会会长在河内会见了到访的青年代表团。")
    got = infer_published(text=text, url=None, meta=None)
    assert got is None or not (got.date or "").startswith("2001"), got
    also = "该基金会2003年成立的时候只有五名员工。9月5日,基金会主席会见了来访的客人。"
    got = infer_published(text=also, url=None, meta=None)
    assert got is None or not (got.date or "").startswith("2003"), got


def test_a_bare_anniversary_count_takes_the_sides_told_beside_it() -> None:
    text = ("外长11日在首都会见巴基斯坦外长。外长表示,巴基斯坦是中国的可靠朋友。"
            "建交55年来,无论形势如何变化,两国始终相互支持。")
    got = infer_year(text)
    assert got is not None and got.year == 2006, got  # relations of 1951, 55 years on
    after = "建交60年来,中缅两国始终相互尊重。双方表示将继续加强合作。"
    got = infer_year(after)
    assert got is not None and got.year == 2010, got  # relations of 1950


def test_years_ago_dates_the_event_it_opens() -> None:
    e = dated("40年前,美国总统尼克松访问中国,两国关系从此翻开新的一页。", "VISIT")
    nixon = [x for x in e if "尼克松" in x.participants]
    assert nixon and nixon[0].date == "1985", [(x.participants, x.date) for x in e]


def test_a_day_before_an_adverb_is_a_day() -> None:
    for text, day in (("代表团22日将出席会议。", "2023-10-22"), ("他12日也会见了外长。", "2023-10-12"),
                      ("他14日还访问了河内。", "2023-10-14")):
        got = [t.value for t in find_times(text, "2023-10-11")]
        assert got == [day], (text, got)
    e = dated("越南代表团12日将出席东盟外长会议。", "CONFERENCE")
    assert e[0].date == "2025-06-12" and e[0].status == "planned", (e[0].date, e[0].status)


def test_years_ago_on_this_day_is_that_day() -> None:
    got = [(t.value, t.precision) for t in find_times("五年前的今天,两国外长在首都签署协定。", "2025-06-10")]
    assert got == [("2020-06-10", "day")], got
    e = dated("3年前的今天,越南国家主席梁强访问了老挝。", "VISIT")
    assert e[0].date == "2022-06-10", e[0].date


def test_a_date_still_to_be_made_known_is_a_plan() -> None:
    e = dated("外交部发言人表示,中方欢迎日本首相岸田文雄访华,会在适当时候公布具体日期。", "VISIT")
    assert e[0].status == "planned", e[0].status
    e = dated("日本首相岸田文雄将访问越南,具体日期另行公布。", "VISIT")
    assert e[0].status == "planned", e[0].status



def test_a_time_ahead_before_the_verb_plans_the_event() -> None:
    e = dated("消息人士说,越南国家主席梁强和老挝总理下周在万象会面。", "MEET")
    assert e[0].status == "planned", (e[0].status, e[0].date)
    e = dated("上周,越南国家主席梁强和老挝总理在万象会面。", "MEET")
    assert e[0].status == "occurred", (e[0].status, e[0].date)


def test_a_dispatch_day_in_the_clause_gives_way_to_the_events_own() -> None:
    head = "测试新闻\n\n"
    body = "据新华社南宁6月9日电(记者 阮文甲)中国—东盟建立对话关系30周年纪念峰会将于11日在南宁举行,各国领导人陆续抵达。"
    from eventpage import of
    e = of(body, "CONFERENCE", head + "2025-06-11 10:00\n\n")  # posted the day after the dispatch
    assert e and e[0].date == "2025-06-11", [(x.date, x.status) for x in e]


def test_a_year_told_as_history_is_not_the_page_year() -> None:
    for told in ("两国于1992年建交。", "甲国外长曾于2010年访问乙国。", "早在2004年两国就签署了协定。"):
        text = "甲国外长会见乙国大使\n\n8月3日,甲国外长在首都会见乙国大使。" + told
        got = infer_published(text=text, url=None, meta=None)
        year = next(y for y in ("1992", "2010", "2004") if y in told)
        assert got is None or not (got.date or "").startswith(year), (told, got)


def test_a_tour_starts_with_the_first_country_listed() -> None:
    body = "3月22日至4月1日,越南国家主席梁强对荷兰、法国、德国和比利时进行国事访问。"
    got = {x.participants[-1]: (x.date, x.date_precision) for x in dated(body, "VISIT")}
    assert got.get("荷兰") == ("2025-03-22", "day"), got
    assert got.get("法国") == ("2025-03", "month") and got.get("比利时") == ("2025-03", "month"), got


def test_a_tours_span_is_not_the_leg_told_as_ending() -> None:
    body = ("3月22日至4月1日,越南国家主席梁强对荷兰、法国、德国和比利时进行国事访问。"
            "梁强4月1日结束对比利时的国事访问回国。")
    legs = [x for x in dated(body, "VISIT") if "比利时" in x.participants]
    assert any(x.date == "2025-04-01" for x in legs), [(x.date, x.end_date) for x in legs]


def test_a_year_in_the_urls_query_is_the_pages() -> None:
    got = infer_published(text="测试新闻\n\n甲国总统17日在首都会见乙国总理。", url="https://hd.example.com/news.php?r=19641&y=2023", meta=None)
    assert got is not None and got.date[:4] == "2023", got


def test_a_day_before_de_is_a_day_and_a_count_of_days_is_not() -> None:
    got = [t.value for t in find_times("发言人在8日的例行记者会上表示", "2023-10-11")]
    assert got == ["2023-10-08"], got
    for text in ("进行为期5日的国事访问", "连续3日的会谈"):
        assert not [t.value for t in find_times(text, "2023-10-11") if t.value], text


def test_a_day_before_a_verb_of_saying_is_a_day() -> None:
    for text, day in (("甲国外交部20日重申立场。", "2024-01-20"), ("乙国总理18日强调合作。", "2024-01-18"),
                      ("丙国政府16日证实此事。", "2024-01-16")):
        got = [t.value for t in find_times(text, "2024-01-21")]
        assert got == [day], (text, got)


def test_a_day_before_a_verb_of_going_is_a_day() -> None:
    for text, day in (("各国领导人于19日陆续抵达首都。", "2024-01-19"), ("总理15日展开访问。", "2024-01-15"),
                      ("总统20日过境第三国。", "2024-01-20"), ("代表团18日前往边境。", "2024-01-18")):
        got = [t.value for t in find_times(text, "2024-01-21")]
        assert got == [day], (text, got)
