"""Events on invented text (issue 13, fp2 round: Traditional, Singapore/Malaysian and wire pages on
diplomacy beyond Vietnam)."""

from __future__ import annotations

from tests.eventpage import of

HEAD = "测试新闻\n\n中央社台北7日电 "


def test_a_visit_on_an_invitation_that_names_the_host_only_there():
    # 应甲国总统的邀请前往访问 / 进行访问: no place after the word, the inviter's country hosts
    for body in ("总统林大文7日应巴拉圭总统的邀请前往访问。", "总统林大文7日应巴拉圭总统的邀请进行访问。",
                 "应巴拉圭总统的邀请,总统林大文7日启程前往访问。"):
        got = [e.participants for e in of(body, "VISIT", HEAD)]
        assert ["林大文", "巴拉圭"] in got, body


def test_a_visit_on_the_invitation_of_several_countries_visits_each():
    # 应甲、乙、丙和丁4国元首的邀请前往访问: the heads unnamed, each country named hosts a visit
    body = "总统林大文7日应宏都拉斯、尼加拉瓜、瓜地马拉和萨尔瓦多4国元首的邀请前往访问。"
    got = [e.participants for e in of(body, "VISIT", HEAD)]
    for land in ("洪都拉斯", "尼加拉瓜", "危地马拉", "萨尔瓦多"):
        assert ["林大文", land] in got


def test_an_invitation_from_the_visitors_own_side_hosts_nothing():  # (a guard: no visit of one's own land)
    body = "总统林大文7日应台湾工商团体的邀请前往访问。"
    assert not [e for e in of(body, "VISIT", HEAD) if "台湾" in e.participants]
