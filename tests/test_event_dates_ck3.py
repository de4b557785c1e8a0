"""Event dates and status of the standard constructions of diplomatic news, helper ck3 (invented
sentences; issue 13). Each test holds variants of one construction, written the way wires vary it."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

_PAGE = "两国加强合作\n\n2025年05月06日 10:20\n\n新华社河内5月6日电 {}\n"


def _events(sentence: str, etype: str) -> list[tuple[str, str | None, str | None]]:
    doc = extract(_PAGE.format(sentence), source="t.txt")
    return [(e.status, e.date, e.end_date) for e in doc.events if e.type == etype]


@pytest.mark.parametrize("sentence, expected", [
    ("越南国家主席梁强将于5月12日前往日本进行国事访问。", ("planned", "2025-05-12")),
    ("梁强主席将于12日前往新加坡进行国事访问。", ("planned", "2025-05-12")),
    ("越南國家主席梁強將於5月12日前往泰國進行國事訪問。", ("planned", "2025-05-12")),
    ("越南国家主席梁强5月4日前往老挝进行国事访问。", ("occurred", "2025-05-04")),
])
def test_a_day_before_qianwang_is_the_trips_day_not_a_deadline(sentence: str, expected: tuple[str, str]) -> None:
    # 10日前往 is 'on the 10th went to', not 10日前 'before the 10th'
    got = _events(sentence, "VISIT")
    assert got and got[0][:2] == expected, got


@pytest.mark.parametrize("sentence, etype", [
    ("按计划，梁强主席将与老挝国家主席通伦举行会谈；会见老挝总理宋赛·西潘敦；见证两国合作文件签署仪式等。", "MEET"),
    ("按计划，梁强主席将与老挝国家主席通伦举行会谈；会见老挝总理宋赛·西潘敦；见证两国合作文件签署仪式等。", "AGREEMENT"),
    ("访问期间，梁强主席将同老挝国家主席通伦举行会谈；接见老挝总理宋赛·西潘敦；出席越老友好论坛。", "CONFERENCE"),
    ("按計劃，梁強主席將與老撾國家主席通倫舉行會談；會見老撾總理宋賽·西潘敦；見證兩國合作文件簽署儀式。", "AGREEMENT"),
])
def test_every_item_of_a_programme_listed_with_semicolons_is_planned(sentence: str, etype: str) -> None:
    # the plan of the first item (将…) holds over the items after it that open on their verb
    got = _events(sentence, etype)
    assert got and all(s == "planned" for s, _, _ in got), got


@pytest.mark.parametrize("sentence", [
    "访问期间，梁强主席将与老挝总理宋赛举行会谈；礼节性拜会老挝国家主席通伦；会见老挝国会主席赛宋奔。",
    "访问期间，梁强主席将与老挝总理宋赛举行会谈；分别会见老挝国家主席通伦和老挝国会主席赛宋奔。",
])
def test_a_programme_item_opened_by_a_word_of_manner_is_still_planned(sentence: str) -> None:
    # (ta) 礼节性拜会…, 分别会见…: a word of manner or order before the item's verb leaves it an item of the plan
    got = _events(sentence, "MEET")
    assert len(got) >= 3 and all(s == "planned" for s, _, _ in got), got


def test_items_of_a_done_day_listed_with_semicolons_stay_done() -> None:
    got = _events("5月4日，梁强主席同老挝国家主席通伦举行会谈；会见老挝总理宋赛·西潘敦；见证两国合作文件签署。", "MEET")
    assert len(got) == 2 and all(s == "occurred" for s, _, _ in got), got


def _on(stamp: str, sentence: str, etype: str) -> list[tuple[str, str | None, str | None]]:
    doc = extract(f"两国加强合作\n\n{stamp} 10:20\n\n新华社河内电 {sentence}\n", source="t.txt")
    return [(e.status, e.date, e.end_date) for e in doc.events if e.type == etype]


@pytest.mark.parametrize("stamp, sentence, status", [
    ("2020年07月06日", "泰国外长表示，泰方将与越方密切配合，助力越南圆满担任2020年东盟轮值主席国。", "occurred"),
    ("2020年07月06日", "日本将全力支持越南履行2020年东盟轮值主席国职责。", "occurred"),
    ("2021年07月06日", "各方将支持越南担任2020－2021年联合国安理会非常任理事国。", "occurred"),
    ("2019年07月06日", "越南将担任2020年东盟轮值主席国。", "planned"),
    ("2020年07月06日", "越南将于2021年担任东盟轮值主席国。", "planned"),
])
def test_a_seat_of_the_reports_year_is_held_now(stamp: str, sentence: str, status: str) -> None:
    got = _on(stamp, sentence, "MULTILATERAL_ROLE")
    assert got and all(s == status for s, _, _ in got), got


@pytest.mark.parametrize("sentence, etype", [
    ("2025年是越老建交63周年，越南外交部发表声明表示，越方愿同老方深化合作。", "STATEMENT"),
    ("今年是越老建交63周年，越南国家主席梁强同老挝国家主席通伦互致贺电。", "MESSAGE"),
    ("今年恰逢越老建交63周年，两国外长在河内签署了合作协议。", "AGREEMENT"),
    ("2025年是越老建交63周年，也是越老团结友好年，梁强主席会见了老挝驻越南大使。", "MEET"),
])
def test_a_year_of_an_anniversary_told_with_a_copula_does_not_date_the_event_after_it(sentence: str, etype: str) -> None:
    # 今年是…N周年,[event]: the year names the occasion; the event is the report's (here the dispatch's day)
    got = _events(sentence, etype)
    assert got and all(d == "2025-05-06" for _, d, _ in got), got


def test_a_year_framing_a_friendship_year_still_dates_its_events() -> None:
    got = _events("2022年是越柬友好年，越南政府总理范明政对柬埔寨进行了正式访问。", "VISIT")
    assert got and got[0][1] == "2022", got


@pytest.mark.parametrize("sentence, status", [
    ("会议期间，越南国防部长潘文江将作大会发言，并与各国防长会面。", "planned"),
    ("在河内期间，范明政总理将出席越老投资论坛并发表讲话。", "planned"),
    ("范明政总理将在开幕式上致辞。", "planned"),
    ("范明政總理將出席越老投資論壇並發表講話。", "planned"),
    ("越南将继续推进合作，范明政总理在会上发表讲话。", "occurred"),
    ("范明政总理在开幕式上致辞时表示，越南将继续扩大开放。", "occurred"),
])
def test_a_speech_act_its_own_clause_plans_is_planned(sentence: str, status: str) -> None:
    got = _events(sentence, "STATEMENT")
    assert got and all(s == status for s, _, _ in got), got
