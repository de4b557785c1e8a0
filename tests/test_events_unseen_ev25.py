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
