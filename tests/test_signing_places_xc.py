"""A land, city or body named only as where an agreement is signed or passed round (在某国某城签署…, 于某机构上传阅…)
is where, not a party (xc; official dev2 keeps the signers only). Invented sentences: the land before a city after
在/于 that a signing word closes leaves the agreement's actors; a land the sentence names as a signer too stays."""

from __future__ import annotations

from eventpage import of


def _agreement(body: str) -> list[str]:
    got = of(body, "AGREEMENT")
    assert got, body
    return got[0].participants


def test_the_land_signed_in_is_no_party() -> None:
    got = _agreement("上周五,秘鲁与智利代表在泰国曼谷签署了渔业合作协议。")
    assert {"秘鲁", "智利"} <= set(got)
    assert "泰国" not in got


def test_a_signer_named_as_the_place_too_stays() -> None:
    got = _agreement("上周五,秘鲁与智利代表在智利圣地亚哥签署了渔业合作协议。")
    assert {"秘鲁", "智利"} <= set(got)
