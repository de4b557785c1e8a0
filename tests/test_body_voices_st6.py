"""A body's words where the page names the body's spokesperson (外交部强调… beside 外交部发言人某某:「…」; a headline's
外交部发言人回应 over 外交部发言人某某主持例行记者会) are that spokesperson's: SPEC, a STATEMENT is a named official's
(st6, issue 13: fp55, fp62, fp64; official dev2 n25 gives a ministry's press event to its named spokesperson).
Another land's spokesperson speaks not for the body, and a statement the body puts out in writing stays its own.
Invented sentences."""

from __future__ import annotations

from tests.eventpage import of


def _speakers(body: str) -> list[list[str]]:
    return [e.participants for e in of(body, "STATEMENT")]


def test_a_ministry_speaking_where_its_spokesperson_is_named_is_the_spokesperson():
    body = ("两国外长在首尔会面。\n\n在北京,中国外交部强调各国应通过对话解决分歧。\n\n"
            "中国外交部发言人张明远:“地区合作不应针对第三方。”")
    speakers = _speakers(body)
    assert ["张明远"] in speakers
    assert ["中国外交部"] not in speakers


def test_another_lands_spokesperson_does_not_speak_for_the_body():
    body = ("越南外交部表示,越方对有关事件感到遗憾。\n\n"
            "中国外交部发言人张明远:“有关报道与事实不符。”")
    assert ["越南外交部"] in _speakers(body)


def test_a_statement_put_out_in_writing_stays_the_bodys():
    body = ("中国外交部当天发表声明称,中方对有关决定表示欢迎。\n\n"
            "中国外交部发言人张明远:“中方愿同各方加强沟通。”")
    assert ["中国外交部"] in _speakers(body)
