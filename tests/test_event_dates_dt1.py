"""How an event's day carries between the sentences of a page, helper dt1 (invented pages; issue 13).
Each test holds variants of one construction, written the way wires vary it."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

_PAGE = "两国加强合作\n\n2025年05月06日 10:20\n\n新华社河内5月6日电 {}\n"


def _events(body: str, etype: str, who: str = "") -> list[tuple[str, str | None, str | None]]:
    doc = extract(_PAGE.format(body), source="t.txt")
    return [(e.status, e.date, e.end_date) for e in doc.events
            if e.type == etype and (not who or any(who in p for p in e.participants))]


@pytest.mark.parametrize("body", [
    "5月5日，越南国家主席梁强在河内会见了由老挝国会副主席率领于5月3日至8日对越南进行访问的老挝国会代表团。",
    "5月5日下午，越南国家主席梁强在河内会见了于5月3日至8日对越南进行正式访问的老挝国会代表团。",
    "5月5日，越南國家主席梁強在河內會見了由老撾國會副主席率領於5月3日至8日對越南進行訪問的老撾國會代表團。",
])
def test_a_trips_days_describing_the_visitor_met_do_not_date_the_meeting(body: str) -> None:
    # 会见了…于N日至M日…访问的代表团: the days qualify the delegation; the day the sentence opens with dates the meeting
    got = _events(body, "MEET")
    assert got and all(d == "2025-05-05" and end is None for _, d, end in got), got


@pytest.mark.parametrize("body, etype", [
    ("5月5日，越南国家主席梁强在河内会见了由老挝国会副主席率领于5月3日至8日对越南进行访问的老挝国会代表团。"
     "会见后，双方签署了两国国会合作协议。", "AGREEMENT"),
    ("5月5日，越南政府总理范明政同老挝总理宋赛·西潘敦在河内举行会谈。两国于1962年9月5日建立外交关系。"
     "会谈后，两国总理共同见证了两国教育合作协议的签署。", "AGREEMENT"),
    ("5月5日，越南政府总理范明政同老挝总理宋赛·西潘敦在河内举行会谈。两国于1977年7月18日签署了友好合作条约。"
     "会谈结束后，两国总理共同出席了越老友好年闭幕式。", "CONFERENCE"),
    ("5月5日，越南政府總理范明政同老撾總理宋賽·西潘敦在河內舉行會談。兩國於1962年9月5日建立外交關係。"
     "會談後，兩國總理共同見證了兩國教育合作協議的簽署。", "AGREEMENT"),
])
def test_the_story_goes_on_at_its_own_day_past_a_day_told_aside(body: str, etype: str) -> None:
    # 会谈后/会见后 goes on from the talks of the 5th, not from a founding date or a visitor's trip told between
    got = _events(body, etype)
    assert got and all(d == "2025-05-05" for _, d, _ in got), got


@pytest.mark.parametrize("body, etype, date", [
    # guards: with no story day told before it in the paragraph, the day named last still carries
    ("1975年4月30日，越南南方获得解放。随后，越南和老挝签署了两国友好合作协议。", "AGREEMENT", "1975-04-30"),
    ("5月3日至8日，老挝国会代表团对越南进行访问。会见后，双方签署了两国国会合作协议。", "AGREEMENT", "2025-05-03"),
    ("5月5日，越南政府总理范明政同老挝总理宋赛·西潘敦在河内举行会谈。会谈后，两国总理共同见证了两国教育合作协议的签署。",
     "AGREEMENT", "2025-05-05"),
])
def test_the_day_named_last_carries_when_no_story_day_comes_before_it(body: str, etype: str, date: str) -> None:
    got = _events(body, etype)
    assert got and got[0][1] == date, got


@pytest.mark.parametrize("body, etype, who, expected", [
    ("5月2日至3日，越南外交部长裴青山出席了在万象举行的东盟外长会议。次日，裴青山会见了老挝外交部长通沙万。",
     "MEET", "通沙万", ("occurred", "2025-05-04")),
    ("5月1日至3日，老挝总理宋赛·西潘敦对越南进行正式访问。翌日，越南国家主席梁强致电宋赛·西潘敦。",
     "CALL", "宋赛", ("occurred", "2025-05-04")),
    ("越南外交部长裴青山将于5月8日至9日出席东盟外长会议。次日，裴青山将会见老挝外交部长通沙万。",
     "MEET", "通沙万", ("planned", "2025-05-10")),
])
def test_the_day_after_a_span_is_the_day_after_its_last_day(body: str, etype: str, who: str,
                                                             expected: tuple[str, str]) -> None:
    # N日至M日…。次日: M+1, not N+1
    got = _events(body, etype, who)
    assert got and got[0][:2] == expected, got


@pytest.mark.parametrize("body, etype, who", [
    ("老挝外交部长通沙万近日在万象会见了越南驻老挝大使。次日，越南外交部长裴青山同通沙万通电话。", "CALL", "裴青山"),
    ("越南外交部长裴青山日前在河内会见了老挝驻越南大使。次日，裴青山同老挝外交部长通沙万通电话。", "CALL", "通沙万"),
    ("老撾外交部長通沙萬近日在萬象會見了越南駐老撾大使。次日，越南外交部長裴青山同通沙萬通電話。", "CALL", "裴青山"),
])
def test_the_day_after_one_told_as_lately_is_known_to_its_month(body: str, etype: str, who: str) -> None:
    # 近日…。次日: not the day after the report (a plan), but some day of the page's month, done
    got = _events(body, etype, who)
    assert got and got[0][:2] == ("occurred", "2025-05"), got


@pytest.mark.parametrize("body, etype, who, date", [
    ("去年11月，越南政府总理范明政对老挝进行了正式访问。当时，老挝国家主席通伦会见了范明政。", "MEET", "通伦", "2024-11"),
    ("上个月，越南国会主席陈青敏对老挝进行了正式访问。当时，老挝国家主席通伦会见了陈青敏。", "MEET", "通伦", "2025-04"),
    ("去年11月，越南政府總理范明政對老撾進行了正式訪問。當時，老撾國家主席通倫會見了范明政。", "MEET", "通伦", "2024-11"),
])
def test_at_that_time_is_a_time_told_relative_to_the_report(body: str, etype: str, who: str, date: str) -> None:
    # 去年11月…。当时…: the time told just before, whether written out or relative to the report
    got = _events(body, etype, who)
    assert got and got[0][:2] == ("occurred", date), got


@pytest.mark.parametrize("body, etype, who, date", [
    ("5月1日，老挝总理宋赛·西潘敦抵达河内，开始对越南进行正式访问。两天后，越南国家主席梁强会见了宋赛·西潘敦。",
     "MEET", "梁强", "2025-05-03"),
    ("5月1日至3日，老挝总理宋赛·西潘敦对越南进行正式访问。一天后，越南外交部长裴青山同老挝外交部长通沙万通电话。",
     "CALL", "裴青山", "2025-05-04"),
    ("2009年4月1日，越南国家主席阮明哲在河内首次会见了老挝国家主席朱马里。7个月后，朱马里对越南进行了国事访问。",
     "VISIT", "", "2009-11"),
    ("5月1日，老撾總理宋賽·西潘敦抵達河內，開始對越南進行正式訪問。兩天後，越南國家主席梁強會見了宋賽·西潘敦。",
     "MEET", "梁强", "2025-05-03"),
])
def test_a_length_then_hou_opening_a_clause_counts_from_the_day_told(body: str, etype: str, who: str, date: str) -> None:
    # 两天后 / 7个月后 opening a clause: that long after the day told before it (after a span, from its last day)
    got = _events(body, etype, who)
    assert got and got[0][1] == date, got
