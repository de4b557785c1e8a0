"""Event status and dates across the registers of diplomatic news, helper st1 (invented sentences; issue 13).
Each test holds variants of one construction, written the way wires and releases vary it."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

_XH = "两国加强合作\n\n2025年05月08日 10:20\n\n新华社北京5月8日电 {}\n"
_VNA = "越南与各国加强合作\n\n2025年05月08日 10:20\n\n越通社河内——{}\n"


def _events(page: str, etype: str) -> list[tuple[str, str | None]]:
    doc = extract(page, source="t.txt")
    return [(e.status, e.date) for e in doc.events if e.type == etype]


@pytest.mark.parametrize("page, etype, expected", [
    (_VNA.format("越南外交部长裴青山强调，越南高度重视对华关系，并将其视为外交政策的优先方向，感谢中方向越南捐赠了大批医疗物资。"),
     "AID", ("occurred", "2025-05-08")),
    (_XH.format("王毅表示，中方将其作为周边外交的重点，赞赏老方为两国合作作出的努力。7日，两国外长签署了合作协议。"),
     "AGREEMENT", ("occurred", "2025-05-07")),
    (_XH.format("李强指出，中方将之视为互利共赢的典范，7日，两国总理会见了记者并签署了合作文件。"),
     "AGREEMENT", ("occurred", "2025-05-07")),
    (_XH.format("中方将此作为新起点，中国外长王毅和老挝外长通沙万7日在北京签署了经贸合作协定。"),
     "AGREEMENT", ("occurred", "2025-05-07")),
    # guards: the future's 将 before its verb, and before an object of two characters, stays a plan
    (_XH.format("中国外长王毅和老挝外长通沙万将于5月10日签署经贸合作协定。"), "AGREEMENT", ("planned", "2025-05-10")),
    (_XH.format("中国外长王毅和老挝外长通沙万将在下周签署经贸合作协定。"), "AGREEMENT", ("planned", None)),
])
def test_a_pronoun_after_the_disposal_jiang_is_its_whole_object(page: str, etype: str,
                                                                 expected: tuple[str, str | None]) -> None:
    # 并将其视为…重中之重 is 'and regards it as': a deed told, no plan over the clauses after it
    got = _events(page, etype)
    assert got and (got[0][0], got[0][1] if expected[1] else None) == expected, got


_ZB = "两国关系进一步发展\n\n2025年5月8日\n\n（曼谷综合讯）{}\n"
_CNA = "雙邊關係持續深化\n\n2025/05/08 10:20\n\n（中央社記者林明台北8日電）{}\n"


@pytest.mark.parametrize("page, expected", [
    (_XH.format("7日，习近平在北京会见泰国总理。\n\n2011年，习近平曾对泰国进行正式访问。"), "2011"),
    (_CNA.format("7日，賴清德接見巴拉圭外長。\n\n2019年，巴拉圭總統貝尼亞曾訪問台灣。"), "2019"),
    (_ZB.format("2016年，泰国总理巴育曾对中国进行正式访问。"), "2016"),
    (_VNA.format("2011年12月，时任中国国家副主席习近平曾对越南进行正式访问。"), "2011-12"),
    # guards: the year after the marker still dates it
    (_CNA.format("巴拉圭總統貝尼亞曾於2018年訪問台灣。"), "2018"),
    # (ev54: a visit recalled with no date, 此前…曾…访问, is no event at all — SPEC and issue 13's convention; see
    # tests/test_events_probes_ev54.py)
    (_XH.format("两国关系发展顺利，泰国总理巴育曾于2016年对中国进行正式访问。"), "2016"),
])
def test_a_year_opening_the_sentence_dates_what_it_tells_in_passing(page: str, expected: str | None) -> None:
    # 2011年,某某曾访华: a retrospective event with its year (SPEC), though 曾 tells it in passing
    got = _events(page, "VISIT")
    assert got and got[-1][1] == expected, got


@pytest.mark.parametrize("page, etype, expected", [
    (_VNA.format("裴青山表示，越南将继续深化与中国的合作，感谢中方向越南捐赠了大批医疗物资。"), "AID", "occurred"),
    (_XH.format("王毅表示，中方将继续支持老挝，祝贺老挝成功举办了东盟峰会。"), "CONFERENCE", "occurred"),
    (_CNA.format("林佳龍表示，台灣將持續深化與巴拉圭的合作，感謝巴拉圭政府向台灣捐贈了一批物資。"), "AID", "occurred"),
    (_XH.format("李强表示，中方将同越方深化合作，2024年越共中央总书记苏林对中国进行了国事访问。"), "VISIT", "occurred"),
    # guards: the plan holds over a later clause that tells no deed, and over its own clause
    (_XH.format("法国总统马克龙将于5月12日访问中国，会见国家主席习近平。"), "MEET", "planned"),
    (_XH.format("王毅表示，中方将为了两国友好，于下月在北京举办中老合作论坛。"), "CONFERENCE", "planned"),
])
def test_a_plan_of_an_earlier_clause_does_not_hold_over_a_deed_told_with_le(page: str, etype: str, expected: str) -> None:
    # 将继续…,感谢…捐赠了…: the perfective 了 tells the donation done, whatever the sentence plans before it
    got = _events(page, etype)
    assert got and got[0][0] == expected, got


@pytest.mark.parametrize("page, expected", [
    (_XH.format("中国和所罗门群岛决定自5月7日起建立外交关系。"), ("occurred", "2025-05-07")),
    (_CNA.format("中國和索羅門群島決定自5月7日起建立外交關係。"), ("occurred", "2025-05-07")),
    (_VNA.format("越南与所罗门群岛决定从5月7日起建立外交关系。"), ("occurred", "2025-05-07")),
    (_XH.format("中国和瑙鲁决定自即日起建立外交关系。"), ("occurred", "2025-05-08")),  # (from the report's day)
    # guard: a day ahead is still to come
    (_XH.format("中国和所罗门群岛决定自5月10日起建立外交关系。"), ("planned", "2025-05-10")),
])
def test_a_decision_effective_from_a_day_is_done_or_ahead_by_that_day(page: str, expected: tuple[str, str]) -> None:
    # 两国决定自…起建立外交关系: the relations begin on that day, no plan of the decision's
    got = _events(page, "RELATION_CHANGE")
    assert got and got[0] == expected, got


_KL = "两国加强合作\n\n2025年05月08日 10:20\n\n新华社吉隆坡5月8日电 {}\n"


@pytest.mark.parametrize("page, expected", [
    (_KL.format("新加坡总理黄循财今天启程前往吉隆坡，出席今天开幕的第46届东盟峰会。"), ("occurred", "2025-05-08")),
    (_KL.format("国务院总理李强今天抵达吉隆坡，出席今日举行的第46届东盟峰会。"), ("occurred", "2025-05-08")),
    (_KL.format("國務院總理李強今天抵達吉隆坡，出席今天舉行的第46屆東盟峰會。"), ("occurred", "2025-05-08")),
    # guards: a meeting held tomorrow, and the 'today' of the leaving, leave the aim ahead
    (_KL.format("国务院总理李强今天抵达吉隆坡，出席明天举行的第46届东盟峰会。"), ("planned", "2025-05-09")),
    (_KL.format("新加坡总理黄循财今天启程前往吉隆坡出席第46届东盟峰会。"), ("planned", "2025-05-08")),
])
def test_the_aim_of_a_trip_held_today_is_under_way(page: str, expected: tuple[str, str]) -> None:
    # 抵达吉隆坡,出席今天开幕的…峰会: the summit the trip is for has begun, as with 5日至7日举行的… on the 5th
    got = _events(page, "CONFERENCE")
    assert got and got[0] == expected, got


_VOA = "美国与盟友加强合作\n\n2025年5月8日 10:20\n\n{}\n"


@pytest.mark.parametrize("page, etype, expected", [
    (_VOA.format("美国国务卿鲁比奥星期一到星期三访问越南。"), "VISIT", "2025-05-05"),
    (_VOA.format("美国国务卿鲁比奥星期一至星期三访问了越南和老挝。"), "VISIT", "2025-05-05"),
    (_ZB.format("新加坡总理黄循财周一到周三访问越南。"), "VISIT", "2025-05-05"),
    # guard: a later day right before the verb, not closing a span, still dates it
    (_XH.format("王毅7日在北京会见老挝外长时，双方同意于5月20日签署合作协议。"), "AGREEMENT", "2025-05-20"),
])
def test_the_first_end_of_a_span_of_weekdays_dates_the_event(page: str, etype: str, expected: str) -> None:
    # 星期一到星期三访问越南: the visit began on Monday; the Wednesday right before the verb ends the span
    got = _events(page, etype)
    assert got and got[0][1] == expected, got
