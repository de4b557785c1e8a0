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


ROC_HEAD = "新闻稿\n\n"


def test_a_visit_to_hua_on_a_page_of_the_republic_of_china_is_to_taiwan():
    # 抵华访问 where the page names 中华民国 (and not the People's Republic): the 华 is Taiwan's
    body = ("帛琉共和国总统雷明等一行今天下午抵华访问。雷明总统对中华民国的民主成就深表推崇。")
    got = [e.participants for e in of(body, "VISIT", ROC_HEAD)]
    assert ["雷明", "台湾"] in got and not [p for p in got if "中国" in p]


def test_a_visit_to_hua_elsewhere_stays_a_visit_to_china():  # (a guard: the People's Republic named, or neither)
    for tail in ("", "他祝贺中华人民共和国成立75周年。"):
        body = "帛琉共和国总统雷明等一行今天下午抵华访问。" + tail
        got = [e.participants for e in of(body, "VISIT", ROC_HEAD)]
        assert ["雷明", "中国"] in got, tail



def test_this_trip_named_back_as_the_last_one_is_the_visit_told_with_its_own_day():
    # 此次将是某某最后一次访韩: the visit told before, not another one on the day another clause names (10月4日)
    head = "测试新闻\n\n(首尔26日讯)"
    body = ("日本首相石破茂将于9月30日至10月1日访问韩国。由于执政党将于10月4日选出新任领导人,"
            "因此外界预料此次将是石破茂以首相身分最后一次访韩。")
    got = [(e.participants, e.date) for e in of(body, "VISIT", head)]
    assert got and all(d != "2025-10-04" and not (d or "").endswith("10-04") for _, d in got)
