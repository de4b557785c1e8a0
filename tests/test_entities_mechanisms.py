"""Entity mechanisms on invented text: a bare body in a coordination after another country's body,
countries written as short forms inside a forum's name, a ruler named by country and title, and a
country's one-character form inside a plain word."""

from __future__ import annotations

from dipnet.pipeline import extract


def _ents(text: str) -> set[tuple[str, str]]:
    doc = extract("题目\n\n" + text + "\n")
    return {(e.type, e.name) for e in doc.entities}


def test_body_after_another_countrys_body_is_that_countrys():
    ents = _ents("越南国防部长潘文江感谢中国中央军委和国防部对越南代表团的接待。")
    assert ("ORG", "中国国防部") in ents


def test_bare_body_alone_stays_home():
    ents = _ents("越南国防部长潘文江在河内表示,国防部将加强合作。")
    assert ("ORG", "中国国防部") not in ents


def test_short_forms_inside_forum_name_are_countries():
    ents = _ents("当天,东盟与中日韩外长会议在巴厘岛举行。")
    assert {("COUNTRY", "日本"), ("COUNTRY", "韩国")} <= ents


def test_short_forms_spelling_a_name_are_not_split():
    ents = _ents("越南-俄罗斯友好协会代表团访问了河内。")
    assert ("COUNTRY", "罗马尼亚") not in ents


def test_ruler_by_country_and_title_names_the_country():
    ents = _ents("国家主席梁强与文莱苏丹一致同意提升全面伙伴关系水平。")
    assert ("COUNTRY", "文莱") in ents


def test_short_form_inside_plain_word_is_no_country():
    ents = _ents("中美关系符合两国人民的根本利益,实现互利共赢。")
    assert ("COUNTRY", "利比亚") not in ents


def test_spaced_byline_names_every_reporter():
    ents = _ents("新华网上海9月2日电(记者 侯丽军 桑彤)正值越南庆祝国庆65周年之际。")
    assert {("PERSON", "侯丽军"), ("PERSON", "桑彤")} <= ents


def test_byline_names_end_at_a_credit_word():
    ents = _ents("本报河内电(记者 侯丽军 报道)越南国会当天开幕。")
    assert ("PERSON", "侯丽军") in ents
    assert ("PERSON", "报道") not in ents


def test_spaced_words_after_reporter_in_prose_are_no_names():
    ents = _ents("越南外交部发言人在记者 会见 时表示欢迎。")
    assert not any(t == "PERSON" for t, _ in ents)


def test_site_notice_above_headline_names_no_entity():
    doc = extract("为达最佳浏览效果,建议使用Chrome或Edge的浏览器。\n\n限制级\n"
                  "根据规定,已于网站首页或各该限制级网页,依台湾网站分级推广基金会规定作标示。\n\n"
                  "越南情报官遭德国驱逐\n\n越南特工涉嫌在德国柏林绑架前越共高官。\n")
    names = {e.name for e in doc.entities}
    assert "台湾网站分级推广基金会" not in names and "台湾" not in names
    assert {"越南", "德国", "柏林"} <= names


def test_authorities_of_a_country_are_the_country():
    ents = _ents("越南当局否认,德国当局驱逐了越南外交官。")
    assert {("COUNTRY", "越南"), ("COUNTRY", "德国")} <= ents
    assert not any(t == "ORG" and n.endswith("当局") for t, n in ents)


def test_smart_city_is_no_place():
    ents = _ents("越南总理会见韩国代表团,双方侧重于绿色工业园区、智慧城市等领域合作。")
    assert ("LOCATION", "智慧城市") not in ents
