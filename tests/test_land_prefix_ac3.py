"""A land named only right before a body of its own that is a party (向土耳其AFAD机构移交, 中国国防科工局…提供, 萨尔瓦多
共和国“…阵线”…致唁电) qualifies the body and is no party beside it (ac3, landprefix.py; invented sentences); a land the
sentence names on its own too stays (越南向美国和美国波音公司各订购…)."""

from __future__ import annotations

import pytest

from eventpage import sides

PREFIXED = [
    ("越南卫生部工作组向土耳其AFAD机构移交一批救灾帐篷和药品。", "AID", "土耳其", "土耳其灾害应急管理局"),
    ("中国国防科工局为缅甸洪灾应对提供卫星遥感数据服务。", "AID", "中国", "国家国防科技工业局"),
    ("萨尔瓦多共和国“法拉本多·马蒂民族解放阵线”向越南共产党中央委员会致唁电。", "MESSAGE", "萨尔瓦多",
     "法拉本多·马蒂民族解放阵线"),
]


@pytest.mark.parametrize(("body", "kind", "land", "organ"), PREFIXED)
def test_a_land_before_its_own_body_qualifies_it(body: str, kind: str, land: str, organ: str) -> None:
    got = sides(body, kind)
    assert any(organ in s for s in got), got
    assert not any(land in s for s in got), got


def test_a_land_named_on_its_own_too_stays() -> None:
    got = sides("越南向美国和美国波音公司各订购一批设备并签署了协议。", "AGREEMENT")
    assert any({"越南", "美国", "波音公司"} <= set(s) for s in got), got
