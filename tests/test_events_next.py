"""Filters that must not block real events, messages per sending country, and visits told around a
meeting or a departure (invented sentences)."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def events(body: str, type_: str):
    return [e for e in extract(HEAD + body, source="t.txt").events if e.type == type_]


def test_an_international_security_conference_is_a_conference_a_countrys_security_council_none():
    conf = events("俄罗斯国防部长别洛乌索夫在莫斯科国际安全会议上表示,各方应加强合作。", "CONFERENCE")
    assert [e.attributes.get("name") for e in conf] == ["莫斯科国际安全会议"]
    assert not events("越南公安部长梁三光会见白俄罗斯安全会议国务秘书沃尔福维奇。", "CONFERENCE")


def test_a_signing_of_counted_documents_is_a_signing():
    for body in ("会谈后,越南总理范明政和老挝总理宋赛·西潘敦见证了36项合作文件的签署。",
                 "会谈后,越南总理范明政和老挝总理宋赛·西潘敦共同见证双方36项合作文件的交换仪式。"):
        got = events(body, "AGREEMENT")
        assert got and {"越南", "老挝"} <= set(got[0].participants), body


def test_an_announced_upgrade_happened_an_announced_date_is_ahead():
    done = events("越南国家主席梁强和老挝国家主席通伦宣布将越老关系提升为全面战略伙伴关系。", "RELATION_CHANGE")
    ahead = events("越南和老挝宣布将于明年将两国关系提升为全面战略伙伴关系。", "RELATION_CHANGE")
    assert [e.status for e in done] == ["occurred"]
    assert [e.status for e in ahead] == ["planned"]
