"""Events on invented text (issue 13, ev6 round of unseen pages): visits told only by their noun."""

from __future__ import annotations

from tests.eventpage import of

HEAD = "测试新闻\n\n新华社北京5月8日电 "


def test_a_visit_told_by_the_place_one_stays_in_is_hosted_by_its_country():
    got = of("日本外相岸田文雄8日继续在北京的访问,预计与中方官员会面。", "VISIT", HEAD)
    assert got and got[0].participants == ["岸田文雄", "中国"]
    got = of("日本外相岸田文雄8日继续在中国的访问。", "VISIT", HEAD)
    assert got and got[0].participants == ["岸田文雄", "中国"]
