"""A protest a spokesperson announces inside a quoted answer is a DISAPPROVE on a day the page tells (ev41, issue 13;
invented sentences)."""

from __future__ import annotations

from eventpage import of

HEAD = "测试新闻\n\n"


def test_a_condemnation_in_an_answer_at_a_briefing_is_a_protest_on_the_briefing_day():
    # 例行记者会 told with its day, then 回答…提问时,发言人某某指出:“某国…谴责…”: the government's own act that day
    body = ("6月3日,老挝外交部发言人张明远主持举行外交部例行记者会。\n\n"
            "回答记者关于老挝对缅甸边境冲突有何反应的提问时,张明远指出:“老挝对局势深表担忧,同时谴责针对平民的袭击行为。”")
    got = of(body, "DISAPPROVE", HEAD + "2025年6月4日\n\n")
    assert got and "老挝" in got[0].participants
    assert got[0].date == "2025-06-03"


def test_a_demarche_with_its_own_day_inside_the_answer_is_a_protest():
    # a caption names the spokesperson, the quote tells the deed with its own day (5日,…已经约见…,提出严正交涉)
    body = ("老挝外交部发言人张明远(图片来源:通讯社)\n"
            "“对于这一问题,5日,老挝外交部已经约见泰国驻老挝大使,提出严正交涉。”")
    got = of(body, "DISAPPROVE", HEAD + "2025年6月10日\n\n")
    # (the ministry that made the démarche stands for its land: official dev2 n42 names the land)
    assert got and {"老挝", "泰国"} <= set(got[0].participants)


def test_a_protest_quoted_with_no_day_the_page_tells_stays_the_answers_content():
    # no briefing told, no day of the deed: the quote is what the spokesperson said, no protest of its own (guard)
    body = "老挝外交部发言人张明远表示:“老挝一贯谴责针对平民的袭击行为。”"
    assert not of(body, "DISAPPROVE", HEAD)


def test_condemning_every_act_of_a_kind_in_an_answer_on_an_incident_is_a_protest():
    # 记者问及…事件,发言人回答说:“某国谴责任何…行为,认为…是…”: the stance on the incident asked about
    body = ("6月3日,老挝外交部发言人张明远主持举行外交部例行记者会。\n\n"
            "有记者问及老挝如何看待6月1日发生在边境地区的枪击事件,张明远回答说:“老挝谴责任何针对平民的暴力行为,"
            "认为6月1日的枪击是严重罪行。”")
    got = of(body, "DISAPPROVE", HEAD + "2025年6月4日\n\n")
    assert got and "老挝" in got[0].participants


def test_two_sides_condemning_every_act_of_a_kind_stay_a_principle():
    # 双方强烈谴责任何形式的…: a principle the sides state, no protest at a party (guard, unchanged)
    body = "老挝总理与缅甸总理举行会谈。双方强烈谴责任何形式的暴力极端主义。"
    assert not of(body, "DISAPPROVE", HEAD + "2025年6月4日\n\n")
