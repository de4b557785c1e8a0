"""The country that becomes or completes a seat holds it; the one supporting or helping it does not (nw3, issue 13:
支持甲成为…理事国, 协助甲完成…轮值主席国…, 帮助甲圆满完成…职责; invented sentences)."""

from __future__ import annotations

from eventpage import of


def _parties(body: str) -> list[set[str]]:
    return [set(e.participants) for e in of(body, "MULTILATERAL_ROLE")]


def test_the_land_supporting_another_to_become_a_member_is_no_party():
    body = "蒙古外长感谢秘鲁政府支持蒙古成为联合国安理会非常任理事国。"
    roles = _parties(body)
    assert roles and all("秘鲁" not in r for r in roles)
    assert any({"蒙古", "联合国安理会"} <= r for r in roles)


def test_the_land_helping_another_complete_two_seats_is_no_party_and_each_seat_is_one_role():
    body = "老挝总理高度评价泰国协助老挝完成2030年东盟轮值主席国、2031至2032年任期联合国安理会非常任理事国等任务。"
    roles = _parties(body)
    assert roles and all("泰国" not in r for r in roles)
    assert {"老挝", "东盟"} in roles and {"老挝", "联合国安理会"} in roles


def test_a_land_named_inside_the_seat_after_a_well_completed_term_is_no_party():
    body = "双方同意帮助柬埔寨圆满完成2031至2034年任期东盟-日本关系协调员职责。"
    roles = _parties(body)
    assert roles and all("日本" not in r for r in roles)
    assert any({"柬埔寨", "东盟"} <= r for r in roles)
