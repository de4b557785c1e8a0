"""Time words of registers outside the mainland wires (dt3, stop 40): Hong Kong and Macau releases, Taiwan's CNA,
Singapore and Malaysian papers. Every sentence is invented."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract
from dipnet.timex.parse import find_times

_XH = "两国加强合作\n\n2025年05月08日 10:20\n\n新华社北京5月8日电 {}\n"
_CNA = "雙邊關係持續深化\n\n2025/05/08 10:20\n\n（中央社記者林明台北8日電）{}\n"
_ZB = "两国关系进一步发展\n\n2025年5月8日\n\n（北京综合讯）{}\n"


def _dates(page: str, etype: str, who: str) -> list[str | None]:
    doc = extract(page, source="t.txt")
    return [e.date for e in doc.events if e.type == etype and any(who in p for p in e.participants)]


@pytest.mark.parametrize("page, who, date", [
    (_XH.format("1975年7月1日，甲国和乙国建立外交关系。1985年，两国签署了贸易协定。两年后，乙国总统马科斯访问了中国。"),
     "马科斯", "1987"),
    (_XH.format("2013年，两国签署了合作协定。十年后，越南国家主席苏林访问了中国。"), "苏林", "2023"),
    (_CNA.format("1992年8月24日，台灣與韓國斷交。2002年，雙方簽署了協定。三年後，韓國外長朴振訪問台灣。"), "朴振", "2005"),
    (_ZB.format("2010年3月5日，两国签署了协定。2015年，两国再次签署协定。五年后，新加坡总理李显龙访问了中国。"), "李显龙", "2020"),
])
def test_a_length_of_years_then_hou_counts_from_the_last_year_named(page: str, who: str, date: str) -> None:
    # N年后 opening a clause after a year named later than the last full day: N years after that year
    assert _dates(page, "VISIT", who) == [date]


_HK = "行政長官會見訪港代表團\n\n2025年5月8日（星期四）\n\n{}\n"
_SC = "大马与邻国加强合作\n\n2025年05月08日 10:20\n\n（吉隆坡8日讯）{}\n"


@pytest.mark.parametrize("page, etype, who, date", [
    (_ZB.format("新加坡总理黄循财上年访问了中国。"), "VISIT", "黄循财", "2024"),
    (_HK.format("上年香港與越南簽署了投資協定。"), "AGREEMENT", "越南", "2024"),
    (_CNA.format("外交部長林佳龍上年度訪問巴拉圭。"), "VISIT", "林佳龙", "2024"),
])
def test_shang_nian_is_the_previous_year(page: str, etype: str, who: str, date: str) -> None:
    # 上年 (Hong Kong, Macau, CNA): the year before the report's, as 去年
    assert _dates(page, etype, who) == [date]


@pytest.mark.parametrize("page, etype, who, date", [
    (_HK.format("行政長官李家超前日在禮賓府會見新加坡外交部長。"), "MEET", "李家超", "2025-05-06"),
    (_HK.format("澳門特區政府前日與葡萄牙簽署合作協議。"), "AGREEMENT", "葡萄牙", "2025-05-06"),
    (_SC.format("首相安华前日会见了新加坡总理黄循财。"), "MEET", "黄循财", "2025-05-06"),
    # guard: 前日本… is a former Japanese one, no time
    (_XH.format("前日本首相鸠山由纪夫8日会见了中国外长王毅。"), "MEET", "王毅", "2025-05-08"),
])
def test_qian_ri_before_what_it_dates_is_the_day_before_yesterday(page: str, etype: str, who: str, date: str) -> None:
    # 前日 (Hong Kong, Macau, Taiwan): the day before yesterday, as 前天
    assert _dates(page, etype, who) == [date]


def _spans(page: str, etype: str, who: str) -> list[tuple[str | None, str | None]]:
    doc = extract(page, source="t.txt")
    return [(e.date, e.end_date) for e in doc.events if e.type == etype and any(who in p for p in e.participants)]


@pytest.mark.parametrize("page, etype, who, span", [
    (_ZB.format("新加坡总理黄循财今明两天出席在吉隆坡举行的东盟峰会。"), "CONFERENCE", "黄循财", ("2025-05-08", "2025-05-09")),
    (_SC.format("东盟外长今明两日在吉隆坡举行会议。"), "CONFERENCE", "东盟", ("2025-05-08", "2025-05-09")),
    (_CNA.format("外交部長林佳龍明後兩天訪問巴拉圭。"), "VISIT", "林佳龙", ("2025-05-09", "2025-05-10")),
])
def test_two_days_named_together_are_a_span_of_those_days(page: str, etype: str, who: str,
                                                         span: tuple[str, str]) -> None:
    # 今明两天 (today and tomorrow), 明后两天: the two days, not a length of two days with no day
    assert _spans(page, etype, who) == [span]


@pytest.mark.parametrize("verb", ["建立外交关系", "恢复", "决定", "成立", "当选", "派遣", "部署", "续签", "换文", "邀请", "欢迎",
                                  "磋商", "拒绝", "任命", "递交", "讲话", "庆祝", "运抵"])
def test_a_bare_day_between_a_subject_and_any_verb_is_that_day(verb: str) -> None:
    # 越南7日派遣…, 两国7日建立外交关系: the day before the verb, whatever the verb
    text = f"甲国政府7日{verb}。"
    assert [(text[t.start:t.end], t.value) for t in find_times(text, "2025-05-08")] == [("7日", "2025-05-07")]


@pytest.mark.parametrize("text", ["甲国向日本出口了30日元的商品。", "两国外长7日内举行会谈。", "游客可享受15日免签入境。",
                                  "中东3日行圆满结束。", "他在7日本土的比赛中获胜。", "为期3日间的会议。"])
def test_a_number_before_a_word_of_ri_or_a_count_of_days_is_no_day(text: str) -> None:
    # 日 of 日元, 日本; 3日内, 15日免签, 3日行: no day of the month
    assert not [t for t in find_times(text, "2025-05-08") if t.value]


@pytest.mark.parametrize("page, date", [
    ("两国外长会见\n\n两国外长在北京会见,就双边关系交换意见。双方同意加强经贸和人文交流。\n（责任编辑：张三）\n2019-07-06 10:21\n",
     "2019-07-06"),
    ("兩國外長會面\n\n兩國外長在台北會面,就雙邊關係交換意見。雙方同意加強經貿和人文交流。\n（責任編輯：張三）\n2019/07/06 10:21\n",
     "2019-07-06"),
    ("两国外长会见\n\n两国外长在北京会见,就双边关系交换意见。双方同意加强经贸和人文交流。\n（责编：张三）\n发布时间：2019年7月6日\n",
     "2019-07-06"),
    # guard: a dated line of other stories after the sign-off is no stamp of the page
    ("两国外长会见\n\n两国外长在北京会见,就双边关系交换意见。双方同意加强经贸和人文交流。\n（责任编辑：张三）\n\n相关新闻\n"
     "2019-07-01 甲国外长访问乙国\n", None),
])
def test_a_stamp_on_the_line_after_the_editors_signoff_dates_the_page(page: str, date: str | None) -> None:
    doc = extract(page, source="t.txt")
    assert (doc.published.date if doc.published else None) == date


def _told(body: str) -> list[tuple[str, str | None]]:
    doc = extract(_XH.format(body), source="t.txt")
    at = doc.text.find("电 ") + 2  # (the body after the dateline)
    return [(doc.text[t.start:t.end], t.value) for t in doc.times if t.start >= at]


@pytest.mark.parametrize("body, want", [
    ("2019年3月5日，两国建立外交关系。翌年，甲国总统访问乙国。", ("翌年", "2020")),
    ("2019年3月5日，两国建立外交关系。次年，甲国总统访问乙国。", ("次年", "2020")),
    ("2019年3月5日，两国建立外交关系。次月，甲国总统访问乙国。", ("次月", "2019-04")),
    ("行政长官前晚在礼宾府设宴款待甲国总理。", ("前晚", "2025-05-06")),
    ("甲国外长将于后日抵达乙国。", ("后日", "2025-05-10")),
])
def test_time_words_of_hong_kong_taiwan_and_singapore_writing(body: str, want: tuple[str, str]) -> None:
    # 翌年/次年/次月 after the time named; 前晚 (the evening before last), 后日
    assert want in _told(body)


@pytest.mark.parametrize("body, word", [
    ("两国举行第一次年会。", "次年"), ("双方召开首次年度会议。", "次年"), ("此后日本外相访问中国。", "后日"),
])
def test_words_holding_the_characters_of_those_time_words_are_no_time(body: str, word: str) -> None:
    assert all(w != word for w, _ in _told(body))


def test_the_end_of_last_year_written_with_nian_twice_is_last_years() -> None:
    # 去年年底: 年底 is of 去年, not a second time of the report's year
    assert _told("甲国外长于去年年底访问乙国。") == [("去年", "2024")]


@pytest.mark.parametrize("body", ["两国外长会谈前晚，甲国总理举行宴会。", "峰会开幕前日，各国外长抵达。"])
def test_qian_ri_after_an_occasion_is_its_eve_not_the_day_before_yesterday(body: str) -> None:
    assert all(v != "2025-05-06" for _, v in _told(body))


@pytest.mark.parametrize("body", ["那年中国与甲国建立外交关系。", "某年中两国签署了协定。"])
def test_nian_zhong_after_a_year_word_is_no_time_of_the_report(body: str) -> None:
    # 年中 is not read bare: 那年中国 (that year, China…), 某年中 are no middle of the report's year
    assert all(w != "年中" for w, _ in _told(body))
