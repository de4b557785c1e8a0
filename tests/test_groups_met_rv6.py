"""(rv6) A meeting with a group left unnamed whose noun opens with a partner character (同胞: 同): the group is
read from the partner word before it (与), not from the 同 inside the noun, so the lands qualifying the group
are no parties (invented sentences)."""

from __future__ import annotations

from eventpage import of


def test_compatriots_met_leave_only_the_one_who_meets_them() -> None:
    meets = of("老挝国家主席通伦次日与旅居法国的老挝同胞会面。", "MEET")
    assert [e.participants for e in meets] == [["通伦·西苏里"]]


def test_a_group_after_the_partner_word_tong_still_reads() -> None:  # (a guard)
    meets = of("老挝国家主席通伦次日同旅居法国的老挝侨胞会面。", "MEET")
    assert [e.participants for e in meets] == [["通伦·西苏里"]]
