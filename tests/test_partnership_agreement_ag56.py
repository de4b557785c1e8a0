"""A strategic partnership's own agreement (签署战略伙伴协议, 签署战略合作伙伴协议) sets up the partnership: that is the
RELATION_CHANGE (SPEC: an instrument that announces an upgrade), no AGREEMENT of its own; an ordinary instrument
signed beside no partnership stays an AGREEMENT (invented sentences)."""

from __future__ import annotations

import pytest

from eventpage import sides


@pytest.mark.parametrize("body", ["越南与新加坡三年前签署战略伙伴协议,加深了双边合作。",
                                  "消息人士称,日本首相将访问越南,届时将与越南签署战略合作伙伴协议,提升双边关系。",
                                  "老挝与泰国正式签署全面战略伙伴关系协议,开启两国合作新篇章。"])
def test_a_partnership_agreement_is_no_agreement(body: str) -> None:
    assert sides(body, "AGREEMENT") == []


def test_an_ordinary_instrument_stays() -> None:
    assert sides("越南与日本签署了贸易协定和投资保护协定。", "AGREEMENT") == [["日本", "越南"]]
