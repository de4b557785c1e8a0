"""sm3 (issue 13): a relationship set up between a country and a bloc or a continent has the bloc as its
second party — the bloc after a partner word with other words before it, a bloc glued to the country
after the trigger, a continent's one character glued to the country's (invented sentences)."""

from __future__ import annotations

from eventpage import sides


def test_bloc_after_partner_word_is_a_party() -> None:
    got = sides("韩国于2009年与东盟建立战略伙伴关系。", "RELATION_CHANGE", head="测试新闻\n\n新华社北京5月3日电 ")
    assert any("东盟" in g and "韩国" in g for g in got)


def test_country_with_bloc_glued_after_the_trigger() -> None:
    got = sides("法国总统5月2日宣布建立法国欧盟新型战略伙伴关系。", "RELATION_CHANGE")
    assert any("欧盟" in g and "法国" in g for g in got)


def test_continent_character_glued_to_a_country() -> None:
    got = sides("2018年,中国领导人同各国领导人一致同意将中非关系提升为全面战略合作伙伴关系。", "RELATION_CHANGE")
    assert any("非洲" in g and "中国" in g for g in got)


def test_two_countries_keep_the_bloc_out() -> None:
    got = sides("在东盟峰会期间,越南与日本5月2日建立全面战略伙伴关系。", "RELATION_CHANGE")
    assert got and all("东盟" not in g for g in got)
