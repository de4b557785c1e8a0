"""Events on invented text (issue 13, ev12 round: extra events over many outlets)."""

from __future__ import annotations

from tests.eventpage import of

HEAD = "测试新闻\n\n新华社北京2024年9月3日电 "


def test_a_visit_told_on_its_arrival_and_again_for_a_later_day_is_one_visit():
    # 3日抵达…开始访问 (occurred), then 将于5日访问上海 (planned): one trip, one VISIT, the arrival's day
    body = "应国务院总理邀请,新西兰总理卡洛斯3日抵达北京,开始对中国进行正式访问。据悉,卡洛斯将于5日访问上海。"
    got = of(body, "VISIT", HEAD)
    assert len(got) == 1 and got[0].status == "occurred" and got[0].date and got[0].date.endswith("-03")


def test_a_visit_announced_for_its_first_day_and_told_again_for_the_next_is_one_visit():
    body = "外交部发言人宣布,新西兰总理卡洛斯将于9日起访华。10日,卡洛斯总理将正式对中国进行访问。"
    got = of(body, "VISIT", HEAD)
    assert len(got) == 1 and got[0].date and got[0].date.endswith("-09")


def test_visits_of_one_visitor_weeks_apart_stay_two():
    body = "新西兰总理卡洛斯3日抵达北京,开始对中国进行正式访问。卡洛斯曾于2024年6月10日访问中国。"
    got = sorted(e.date or "" for e in of(body, "VISIT", HEAD))
    assert got == ["2024-06-10", "2024-09-03"]  # the earlier trip is no day of this one
