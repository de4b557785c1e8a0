"""A person whose verb appraises or speaks of an instrument (某某欢迎…的签署, 某某高度赞赏…联合声明, 某某就两国签署…接受
采访, 某某对…协议的落实情况表示满意) is no party of the agreement (tp, stop 55); people who sign, witness or attend its
signing stay."""

from __future__ import annotations

import pytest

from eventpage import first_sides


def _agreement(body: str) -> list[str]:
    return first_sides(body, "AGREEMENT")


@pytest.mark.parametrize("body, gone", [
    ("在经贸领域,智利总统黎文成欢迎「智挪货品贸易协定」(CNTGA)第二次修订议定书及「智挪自由贸易区2.0版」的签署,强调支持开放市场。", "黎文成"),
    ("智利总统黎文成并高度赞赏智挪两国发表的联合声明内容。", "黎文成"),  # (one named after a partnership is its RELATION_CHANGE: nw4)
    ("智利外交部副部长黎文成就智挪两国签署《南极科研合作协定》的意义接受媒体记者的采访。", "黎文成"),
])
def test_an_appraiser_signs_nothing(body: str, gone: str) -> None:
    assert gone not in _agreement(body)


@pytest.mark.parametrize("body, kept", [
    ("智利总统黎文成和挪威首相何文山9日共同签署了智挪联合声明。", {"黎文成", "何文山"}),
    ("智利总统黎文成和挪威首相何文山出席欢迎仪式后签署了渔业合作协定。", {"黎文成", "何文山"}),
])
def test_a_signer_stays(body: str, kept: set[str]) -> None:
    assert kept <= set(_agreement(body))
