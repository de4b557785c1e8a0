"""A person told only as the one who travels, beside an agreement of the same sentence (某某此次访问甲国…同乙签署;
在某某访华期间,中老就…协定签署达成共识; 某某(Name)对越南进行访问之际,两国签署…) is no signer: the agreement's sides
are the lands (ac3, visitframes.py; invented sentences, Simplified and Traditional). The subjects of the signing clause
itself stay (对老挝进行国事访问期间,甲与乙共同出席了…交换仪式)."""

from __future__ import annotations

import pytest

from eventpage import sides

VISITORS = [
    ("印尼总统佐科此次访问越南体现出印度尼西亚在2018年同东盟签署《东南亚友好合作条约》之后对合作的重视。",
     "佐科", {"印度尼西亚", "东盟"}),
    ("在老挝国家主席通伦访华期间,中老就铁路合作协定签署达成原则共识。", "通伦", {"中国", "老挝"}),
    ("2019年5月,在日本首相安倍晋三(Shinzo Abe)对越南进行访问之际,两国签署了《航空合作协定》和《能源合作协定》。",
     "安倍晋三", {"日本", "越南"}),
    ("俄罗斯总统普京这次访日是借日本与欧盟2月签署《经济合作协定》之机,来加强与日本的合作。", "普京", {"日本", "欧盟"}),
    ("在老撾國家主席通倫訪華期間,中老就鐵路合作協定簽署達成原則共識。", "通伦", {"中国", "老挝"}),
]


@pytest.mark.parametrize(("body", "visitor", "lands"), VISITORS)
def test_the_visitor_of_a_frame_signs_nothing(body: str, visitor: str, lands: set[str]) -> None:
    got = sides(body, "AGREEMENT")
    assert got, body
    assert any(lands <= set(s) for s in got), got
    assert not any(any(visitor in p for p in s) for s in got), got


def test_the_signing_clauses_own_people_stay() -> None:
    got = sides("对老挝进行国事访问期间,越南国家主席梁强与老挝国家主席通伦共同出席了两国合作文件交换仪式。", "AGREEMENT")
    assert any({"梁强", "越南", "老挝"} <= set(s) and any("通伦" in p for p in s) for s in got), got
