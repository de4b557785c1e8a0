"""An agreement named only as the one signed before, by a relative clause (…达成的协议, 某某访问期间所签署的联合声明):
the clause tells no signing, so the talk-holders and the visitor of the sentence are no parties of it (signers.py);
the relative verb's own subject and a clause with an exchanging verb of its own keep their people."""

from __future__ import annotations

from eventpage import of


def test_talk_holders_before_an_agreement_reached_before_are_no_parties():
    body = ("泰国总理巴育昨天与到访的老挝总理宋赛·西潘敦举行会谈,围绕前年达成的泰国向老挝提供电力的协议,"
            "双方就扩大合作交换了意见。")
    got = of(body, "AGREEMENT")
    assert got and all(not {"巴育", "宋赛·西潘敦"} & set(e.participants) for e in got)


def test_a_visitor_timing_a_statement_issued_before_is_no_party():
    body = "两国外长一致同意,两国须本着老挝总理宋赛·西潘敦访泰期间所签署的联合声明的精神推进合作。"
    got = of(body, "AGREEMENT")
    assert got and all("宋赛·西潘敦" not in e.participants for e in got)


def test_the_relative_verbs_own_subject_and_an_exchange_keep_their_signers():
    assert {"巴育", "宋赛·西潘敦"} <= set(of("巴育与宋赛·西潘敦共同签署的合作协议今年生效。", "AGREEMENT")[0].participants)
    got = of("巴育和宋赛·西潘敦交换双方签署的合作文件。", "AGREEMENT")
    assert {"巴育", "宋赛·西潘敦"} <= set(got[0].participants)
