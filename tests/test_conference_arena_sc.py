"""A meeting named as the arena two sides go on working in (sc, stop 54): cooperation or mutual support placed in a
forum, or in the frameworks a list of meetings ends in, holds no session; a meeting attended or held stays one.
Invented sentences."""

from __future__ import annotations

from eventpage import of


def _names(body: str) -> list[list[str]]:
    return [e.participants for e in of(body, "CONFERENCE")]


def test_cooperation_kept_up_in_multilateral_forums_is_no_session():
    assert not _names("2024年5月3日,老挝与越南两国在联合国和其他多边论坛中保持密切合作并相互支持。")


def test_mutual_support_at_a_named_forum_is_no_session():
    assert not _names("2024年5月3日,两国在东盟地区论坛上相互支持。")


def test_the_two_frameworks_a_pair_of_meetings_names_hold_no_session():
    assert not _names("2024年5月3日,两国将继续在东盟外长会议及东亚峰会这两个框架下合作。")


def test_a_list_of_meetings_ending_in_frameworks_holds_no_session():
    assert not _names("2024年5月3日,双方同意加强在联合国、世界贸易组织、亚太经合组织、亚欧会议、中国-东盟等国际和地区框架内的配合。")


def test_a_forum_attended_is_still_a_session():
    assert _names("2024年5月3日,越南国家主席出席在北京举行的第三届一带一路国际合作高峰论坛并发表讲话。")
