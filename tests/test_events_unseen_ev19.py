"""Event reading on phrasings met on pages the project had never seen (ev19, issue 13, the event types other
than visits, meetings and calls: conferences, statements, anniversaries, aid; invented sentences)."""

from __future__ import annotations

from eventpage import of

_TALKS = "两国总理举行会谈\n\n越通社河内——5月3日,越南政府总理阮文甲同柬埔寨首相洪玛奈举行会谈。"


def test_a_meeting_word_before_its_outcome_tells_no_meeting():
    # 落实…联合委员会会议的成果: the outcome of a meeting held before, no meeting told
    body = _TALKS + "双方同意继续推动两国合作,尤其是认真贯彻两国领导人达成的各项共识、越柬经济合作委员会会议的成果以及各地方的合作计划。"
    assert not of(body, "CONFERENCE")


def test_a_meeting_word_inside_a_ministers_portfolio_tells_no_meeting():
    # 世界博览会担当大臣: a minister's portfolio
    body = _TALKS + "\n\n同日,阮文甲还会见了日本前世界博览会担当大臣山田一郎众议员。"
    assert not of(body, "CONFERENCE")


def test_a_post_in_an_assembly_with_its_short_name_between_tells_no_meeting():
    # 联合国大会(简称:联大)主席: a post in the body, its short name between
    body = _TALKS + "\n\n此前,阮文甲与联合国大会(简称:联大)主席彼得·汉森举行会晤。"
    assert not of(body, "CONFERENCE")
