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


def test_a_group_meeting_told_twice_is_one_meeting() -> None:
    # (the first telling gains the minister the next sentence places at it; the second names the leader alone)
    body = "老挝国家主席通伦当天与旅居法国的老挝侨胞会面。外交部长沙伦赛一同出席。\n\n通伦在与旅法老挝侨胞会面时表示,老挝始终关心海外侨胞。"
    meets = of(body, "MEET")
    assert len(meets) == 1 and meets[0].participants[0] == "通伦·西苏里"


def test_a_group_meeting_stays_apart_from_talks_with_a_named_partner() -> None:  # (a guard)
    body = "老挝国家主席通伦次日与法国总统马克龙举行会谈;与旅法老挝侨胞会面。"
    meets = of(body, "MEET")
    assert sorted(len(e.participants) for e in meets) == [1, 2]
