"""A country's foreign ministry or embassy named beside the country itself as a side of a protest or a gift adds no
party: the country is the side (xa, stop 57; official dev2 n44 大陆外交部…坚决反对 → 中国, 越南). Invented sentences."""

from __future__ import annotations

import pytest

from eventpage import sides

BESIDE_LAND = [
    ("越南外交部发言人黎氏秋恒8日表示,越南已就此事向中国外交部提出严正抗议,要求中国立即停止一切侵权行为。", "DISAPPROVE",
     {"中国", "越南"}),
    ("越南已向河内的中国大使馆提出严正抗议,要求中国撤走钻井平台。", "DISAPPROVE", {"中国", "越南"}),
    ("台湾外交部14日宣布,台湾向帕劳捐赠5万剂疫苗,协助帕劳抗击疫情。", "AID", {"台湾", "帕劳"}),
    ("日本外务省宣布,日本向菲律宾捐赠10艘巡逻船,帮助菲律宾加强海上执法能力。", "AID", {"日本", "菲律宾"}),
    ("越南外交部14日宣布,越南向老挝捐赠500吨大米,帮助老挝灾民渡过难关。", "AID", {"越南", "老挝"}),
    ("越南外交部14日宣布,越南向老挝捐贈500噸大米,幫助老撾災民渡過難關。", "AID", {"越南", "老挝"}),
]


@pytest.mark.parametrize(("body", "kind", "parties"), BESIDE_LAND)
def test_an_organ_beside_its_own_land_is_no_party(body: str, kind: str, parties: set[str]) -> None:
    assert [set(s) for s in sides(body, kind)] == [parties]


def test_two_ministries_signing_keep_their_names() -> None:
    # (an organ whose land is no side of its own stays: 甲外交部与乙外交部签署 is theirs)
    assert [set(s) for s in sides("越南外交部与柬埔寨外交与国际合作部9日在金边签署合作备忘录。", "AGREEMENT")] == \
        [{"越南外交部", "柬埔寨外交与国际合作部"}]
