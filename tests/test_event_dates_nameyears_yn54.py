"""Years that belong to a name, not to the event (stop 54, yn): a stage of work a meeting is named after,
a title the event speaks of, the horizon of a vision. All sentences invented."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def _events(body: str, type_: str):
    found = [e for e in extract(HEAD + body, source="t.txt").events if e.type == type_]
    assert found, f"no {type_} in {body}"
    return found


def test_a_stage_of_years_naming_a_meeting_does_not_date_it():
    body = "越南外交部副部长阮文甲在越乙2008-2021年阶段陆地边界工作总结会议上发表讲话。"
    for e in _events(body, "STATEMENT"):
        assert not (e.date or "").startswith("2008"), e.date


def test_a_title_holding_the_trigger_keeps_its_year():
    body = "双方高度评价《1995年越老边界协定》的意义。"
    assert any(e.date == "1995" for e in _events(body, "AGREEMENT"))


def test_a_year_inside_the_title_spoken_of_does_not_date_the_interview():
    body = "越南外交部副部长阮文甲就两国签署《1990年和2004年的补充协定》的意义接受媒体记者的采访。"
    for e in _events(body, "STATEMENT"):
        assert e.date == "2025-06-10", e.date


def test_the_horizon_of_a_vision_is_no_date_and_makes_nothing_planned():
    body = "俄罗斯总统普京对越南进行国事访问,两国正努力落实2035年全面战略伙伴关系愿景联合声明。"
    for e in _events(body, "AGREEMENT"):
        assert e.status == "occurred" and not (e.date or "").startswith("2035"), (e.status, e.date)


def test_a_vision_signed_in_a_month_keeps_that_month():
    body = "越南和老挝于2019年3月签署了两国2030年共同愿景声明。"
    assert any(e.date == "2019-03" for e in _events(body, "AGREEMENT"))


def test_a_seat_told_by_its_election_is_dated_by_the_election_not_the_term():
    body = "2018年6月,越南以高票当选了2019-2020年任期联合国人权理事会成员。"
    roles = _events(body, "MULTILATERAL_ROLE")
    assert any(e.date == "2018-06" and e.status == "occurred" for e in roles), [(e.date, e.status) for e in roles]


def test_a_seat_elected_on_a_day_for_years_ahead_is_of_that_day():
    body = "6月7日,在美国纽约联合国总部,越南以高票当选为2027年和2028年安理会非常任理事国。"
    roles = _events(body, "MULTILATERAL_ROLE")
    assert any(e.date == "2025-06-07" and e.status == "occurred" for e in roles), [(e.date, e.status) for e in roles]


def test_a_vision_titled_with_its_years_keeps_them_apart_from_another_signing():
    body = "2012年签署的两国海上合作备忘录和《2019-2024年越南和老挝防务合作联合愿景声明》有效落地实施。"
    assert len(_events(body, "AGREEMENT")) == 2
