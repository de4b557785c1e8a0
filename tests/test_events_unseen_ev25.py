"""Events on invented text (issue 13, ev25: general pages; the channel of what a spokesperson says)."""

from __future__ import annotations

from tests.eventpage import of


def test_a_spokesperson_on_a_defence_policy_speaks_for_the_state():
    # 国防政策 is what the answer is about: a foreign-ministry spokesperson's statement is state diplomacy
    body = "外交部发言人陈美兰在例行记者会上表示,本国一贯奉行和平、自卫的国防政策,愿与各国加强交流。"
    got = of(body, "STATEMENT")
    assert got and all(e.channel == "state" for e in got)


def test_a_protest_at_a_military_exercise_is_no_defence_event():
    # 军事演习 is the object of the protest; the protest is the foreign ministry's
    body = ("关于中国在越南黄沙群岛举行的军事演习,外交部发言人陈美兰强调,"
            "中方的行为严重侵犯了越南对该群岛的主权,越南对此坚决反对。")
    got = of(body, "DISAPPROVE")
    assert got and all(e.channel == "state" for e in got)


def test_a_police_officer_speaking_stays_in_security():
    # the speaker's own body written before the name (公安部…副局长) still types his words
    body = "公安部救援局副局长阮文和大校接受记者采访时强调,此次任务圆满完成。"
    got = of(body, "STATEMENT")
    assert got and all(e.channel == "security" for e in got)


def test_each_of_two_hosts_meeting_apart_keeps_the_pillar_of_its_own_post():
    # 分别会见: the party leader's meeting is the party's, the president's the state's (not the clause's at large)
    body = "越共中央总书记阮文安和国家主席黎明山分别会见了中国国务院副总理王建平。"
    got = {tuple(e.participants): e.channel for e in of(body, "MEET")}
    assert got.get(("黎明山", "王建平")) == "state"


def test_speeches_of_a_list_take_each_speaker_s_own_pillar():
    # 甲、乙、丙出席并致辞: a speech each; the ambassador's is no party speech because a party official is listed first
    body = "中共中央对外联络部副部长刘志强、越南驻华大使阮文平、中国驻越使馆参赞张海出席并致辞。"
    got = {e.participants[0]: e.channel for e in of(body, "STATEMENT")}
    assert got.get("阮文平") == "state"
