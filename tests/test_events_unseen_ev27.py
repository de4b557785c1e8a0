"""Events precision on the ordinary (GENERAL) pages' recurring phrasings (ev27, issue 13; invented sentences)."""

from __future__ import annotations

from eventpage import of

_TALKS = "两国部长举行会谈\n\n越通社河内——3月9日,越南工贸部长与泰国商务部长在河内举行会谈。"


def test_agreements_reached_before_and_carried_out_are_no_signing():
    # 落实…所达成的协议: the agreements reached before, referred back to, no signing told
    body = _TALKS + "两位部长同意继续认真落实两国高层领导人在历次会晤和通话中所达成的协议。"
    assert not of(body, "AGREEMENT")


def test_agreements_signed_before_and_carried_out_are_no_signing():
    # 积极落实所签署的协议: the agreements signed before, none named
    body = _TALKS + "两位部长强调,双方应积极落实所签署的协议。"
    assert not of(body, "AGREEMENT")


def test_agreements_reached_in_every_field_are_no_signing():
    # 落实…在各领域…所达成各合作协议: the agreements of every field, a back-reference
    body = _TALKS + "越方将此访视为落实两国在各领域,特别是农业领域所达成各合作协议的具体体现。"
    assert not of(body, "AGREEMENT")


def test_every_trade_agreement_carried_out_is_no_signing():
    # 实施各项自由贸易协定: every agreement of a kind, none signed here
    body = _TALKS + "双方同意实施各项自由贸易协定和边境贸易协议。"
    assert not of(body, "AGREEMENT")


def test_a_dated_agreement_carried_out_is_still_an_agreement():
    # 落实2019年…所签署的合作协议: a retrospective the text dates (guard)
    body = _TALKS + "双方就有效落实2019年两国工贸部所签署的合作协议交换了意见。"
    assert of(body, "AGREEMENT")


def test_an_agreement_reached_last_year_and_carried_out_is_still_an_agreement():
    # 落实…去年…所达成的协议: the text dates it to a year (guard)
    body = _TALKS + "泰方部长表示,双方要继续落实两国部长去年在曼谷会晤时所达成的协议。"
    assert of(body, "AGREEMENT")


def test_a_named_instrument_after_the_back_reference_is_still_an_agreement():
    # 落实所签署的合作协议,尤其是…关于…的声明: the sentence names the instrument meant (guard)
    body = _TALKS + "双方一致同意继续有效落实所签署的合作协议,尤其是两国关于2030年前贸易合作愿景的声明。"
    assert of(body, "AGREEMENT")


def test_a_signing_is_still_an_agreement():
    # 签署了…谅解备忘录 (guard)
    body = _TALKS + "会谈后,两位部长签署了关于大米贸易合作的谅解备忘录。"
    assert of(body, "AGREEMENT")
