"""A land that qualifies a thing, a place or a sum beside a party body of its own — a pair's common noun (…越柬边界线),
a short noun closing its clause (…等越南特产。), a place of its own (在中国云南省…), its currency (澳门元) — is no party of
an AID or an AGREEMENT (ag5, landmodifier.py; invented sentences); a land before its verb stays (越南始终…)."""

from __future__ import annotations

import pytest

from eventpage import sides

QUALIFIED = [
    ("越南祖国阵线中央委员会与柬埔寨团结发展祖国阵线在金边举行会议。同时,签署了联合通报,就建设一条和平的越柬边界线"
     "达成一致。", "AGREEMENT", {"越南", "柬埔寨"}),
    ("中国红十字会援助老挝的物资启运仪式在中国云南省昆明市举行。", "AID", {"中国"}),
    ("越南公安部向土耳其AFAD机构捐赠药品,同时赠送咖啡等越南特产。", "AID", {"越南"}),
    ("澳门特区政府宣布向斐济提供800万澳门元资金援助。", "AID", {"澳门"}),
]


@pytest.mark.parametrize(("body", "kind", "lands"), QUALIFIED)
def test_a_land_qualifying_a_noun_is_no_party(body: str, kind: str, lands: set[str]) -> None:
    got = sides(body, kind)
    assert got, body
    assert not any(lands & set(s) for s in got), got


def test_a_land_before_its_verb_stays() -> None:
    got = sides("越南始终支持老挝抗灾,越南国防部向老挝国防部捐赠医疗设备。", "AID")
    assert any("越南" in s for s in got), got
