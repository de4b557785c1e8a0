"""Events on invented text (issue 13, ev8 round of unseen pages)."""

from __future__ import annotations

from tests.eventpage import of

HEAD = "测试新闻\n\n新华社北京5月8日电 "


def test_words_to_reporters_after_an_arrival_are_a_statement_of_their_own():
    body = ("应国家主席习近平邀请,泰国总理巴育今天开始对中国进行正式访问。晚间8点,巴育的专机抵达北京首都国际机场。"
            "外交部长王毅到机场迎接。\n\n今天下午,王毅在北京对记者表示,两国人民有着长久友好交往。")
    got = of(body, "STATEMENT", HEAD)
    assert [e.participants for e in got] == [["王毅"]]
