"""A sentence of attendance closing a meeting report joins the report's meeting, not one recalled in a party's
reported words (extract/participants/partywords.py, me7): the words neither end the reading nor use up its
reach, and a meeting told inside them takes no attendance after its paragraph. Invented sentences."""

from __future__ import annotations

from eventpage import of

HEAD = "测试新闻\n\n新华社北京2024年5月10日电 "


def meets(body: str) -> list[set[str]]:
    return [set(e.participants) for e in of(body, "MEET", HEAD)]


def test_a_meeting_recalled_in_the_host_s_words_does_not_end_the_reading():
    body = ("全国人大常委会委员长赵乐际10日在人民大会堂会见了芬兰议长哈卡宁。\n\n"
            "赵乐际说,近年来,两国元首习近平和斯图布多次会晤,双方合作不断深化。\n\n"
            "哈卡宁表示,芬方愿加强两国立法机构交流。\n\n"
            "李鸿忠参加会见。")
    got = meets(body)
    assert any({"赵乐际", "哈卡宁", "李鸿忠"} <= p for p in got), got
    assert not any("李鸿忠" in p and "斯图布" in p for p in got), got


def test_the_closing_attendance_is_not_the_recalled_meeting_s():
    body = ("2024年5月8日,驻柬埔寨大使汪文斌辞行拜会柬埔寨首相洪玛奈。\n\n"
            "洪玛奈高度评价汪大使的贡献并表示,他本人就任以来已经两次同李强总理会见。\n\n"
            "中国驻柬埔寨使馆政务参赞孙力、武官赵勇出席活动。")
    got = meets(body)
    assert any({"汪文斌", "洪玛奈", "孙力", "赵勇"} <= p for p in got), got
    assert not any("李强" in p and "孙力" in p for p in got), got


def test_long_reported_words_use_up_no_reach():
    said = "".join(f"双方要在第{n}个领域加强合作。" for n in "一二三四五六七八九十")
    body = ("国家主席习近平10日在人民大会堂会见来华进行国事访问的智利总统博里奇。\n\n"
            f"习近平强调,{said}\n\n"
            f"博里奇表示,{said}\n\n"
            "国务委员谌贻琴等参加会见。")
    got = meets(body)
    assert any({"习近平", "博里奇", "谌贻琴"} <= p for p in got), got
