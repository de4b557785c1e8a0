"""Events on invented text (issue 13, ch1: the channel an event takes from its parties' posts and bodies)."""

from __future__ import annotations

from tests.eventpage import of


def test_a_party_leader_s_official_visit_is_party_diplomacy():
    # the visitor's post is a party post (越共中央总书记): his official visit is the party's
    body = "越共中央总书记阮文安于3月对古巴进行正式访问。"
    got = of(body, "VISIT")
    assert got and all(e.channel == "party" for e in got)


def test_a_party_delegation_s_working_visit_is_party_diplomacy():
    # the visitor is a party's delegation: a working visit does not make it the state's
    body = "由意大利共产党中央委员马里奥率领的意大利共产党代表团对越南进行工作访问。"
    got = of(body, "VISIT")
    assert got and all(e.channel == "party" for e in got)


def test_a_party_leader_s_state_visit_stays_the_state_s():
    # 国事访问 is the state's whoever makes it
    body = "越共中央总书记阮文安于3月对古巴进行国事访问。"
    got = of(body, "VISIT")
    assert got and all(e.channel == "state" for e in got)


def test_talks_of_both_sides_take_the_posts_written_before():
    # 双方举行了会谈 names nobody: the two police ministers named in the sentence before make it security
    body = ("5月3日,越南公安部部长黎文强在河内主持仪式,欢迎老挝公安部部长坎培·奔塔率领的代表团。"
            "欢迎仪式结束后,双方举行了会谈。")
    got = of(body, "MEET")
    assert got and all(e.channel == "security" for e in got)
