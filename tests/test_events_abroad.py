"""Talks held abroad tell the visit of the land's guest (extract/participants/abroad.py, ev5 stop 51): the host country
named only by its capital and its leader. Invented sentences."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n新华社北京2025年6月10日电 "


def events(body: str, type_: str) -> list[tuple[str, ...]]:
    return [tuple(e.participants) for e in extract(HEAD + body, source="t.txt").events if e.type == type_]


def test_a_leader_meeting_in_a_foreign_capital_visits_that_land():
    visits = events("国家主席习近平9日在内罗毕同肯尼亚总统鲁托举行会谈,双方同意深化合作。", "VISIT")
    assert ("习近平", "肯尼亚") in visits, visits


def test_the_host_told_by_its_leader_only():
    body = "法国总统马克龙正在非洲访问。他9日上午在卢萨卡会晤了赞比亚总统,下午前往下一站。"
    assert any(set(v) == {"马克龙", "赞比亚"} for v in events(body, "VISIT"))


def test_no_visit_for_an_envoy_a_minister_or_talks_at_home():
    body = ("越南政府总理范明政9日在河内会见了日本驻越大使伊藤直树。"
            "越南公安部长梁三光9日在河内会见了美国副国务卿坎贝尔。"
            "国家主席习近平9日在北京会见了越南国家主席梁强。")
    visits = events(body, "VISIT")
    assert not any("伊藤直树" in v or "坎贝尔" in v or ("习近平" in v) for v in visits), visits


def test_no_visit_from_an_invitation_or_an_archive_photo():
    body = ("报道称,中国已邀请美国总统特朗普赴北京与国家主席习近平会晤。"
            "资料图片:2015年9月25日,国家主席习近平在华盛顿同美国总统奥巴马举行会谈。")
    visits = events(body, "VISIT")
    assert not any(v == ("特朗普", "中国") or v == ("习近平", "美国") for v in visits), visits


def test_a_visit_told_already_is_not_told_again():
    body = "国家主席习近平8日抵达内罗毕,开始对肯尼亚进行国事访问。9日,习近平在内罗毕同肯尼亚总统鲁托举行会谈。"
    visits = [v for v in events(body, "VISIT") if set(v) == {"习近平", "肯尼亚"}]
    assert len(visits) == 1, visits


def test_a_welcome_ceremony_the_host_holds_tells_the_guests_visit():
    body = "越南国防部长潘文江大将9日下午在国防部总部主持了迎接以泰国国防部长素廷为团长率领的该国高级军事代表团仪式。"
    assert ("素廷", "越南") in events(body, "VISIT") or any(set(v) == {"素廷", "越南"} for v in events(body, "VISIT"))


def test_the_one_who_holds_the_ceremony_hosts_not_the_guest():
    body = "越南党和国家为老挝国家主席通伦举行了最高规格的欢迎仪式,越共中央总书记苏林出席。"
    visits = events(body, "VISIT")
    assert not any("苏林" in v or "老挝" in v for v in visits), visits


def test_a_spouse_rides_along_on_the_leaders_visit():
    body = "9日,泰国国王哇集拉隆功为国家主席习近平和夫人彭丽媛举行隆重欢迎仪式。"
    visits = events(body, "VISIT")
    assert not any("彭丽媛" in v for v in visits), visits


def test_a_queen_named_after_the_king_rides_along_too():
    body = "9日上午,国家主席习近平和夫人彭丽媛为泰国国王哇集拉隆功和素提达王后举行隆重欢迎仪式。"
    visits = events(body, "VISIT")
    assert not any("素提达" in v for v in visits), visits
