"""An instrument whose name two countries' short forms open (落实中越联合声明精神, 落实越柬两国外交部的协议) is named as a
title names one: a verb of carrying it out does not turn it down, and it is an AGREEMENT of the pair (SPEC: a named
instrument referred to; official dev2 n20). Where the pair is the subject (越中双方同意落实协议) or the instrument is
named only by a relative 所/达成 (两国领导人所达成的协议), no instrument is named (invented sentences)."""

from __future__ import annotations

import pytest

from eventpage import sides

NAMED = [
    ("双方同意继续落实中越联合声明精神,推动两国关系向前发展。", ["中国", "越南"]),
    ("两国外长同意积极落实越柬两国外交部的合作协议,加强沟通。", ["柬埔寨", "越南"]),
    ("双方表示将认真执行中老边境口岸管理协定,维护边境稳定。", ["中国", "老挝"]),
]


@pytest.mark.parametrize(("body", "pair"), NAMED)
def test_an_instrument_the_pair_names_is_their_agreement(body: str, pair: list[str]) -> None:
    assert sides(body, "AGREEMENT") == [pair]


@pytest.mark.parametrize("body", ["越中双方同意认真落实协议,推动务实合作。",
                                  "双方应严格落实越中两国领导人所达成的协议与共识。",
                                  "中越两国同意继续落实合作协议,深化友谊。"])
def test_no_name_no_agreement(body: str) -> None:
    assert sides(body, "AGREEMENT") == []


def test_the_visitor_carrying_it_out_is_no_party() -> None:
    body = "8月5日至8日,云南省委书记王宁率代表团访问越南,贯彻落实两国领导人达成的重要共识,落实中越联合声明精神,深化各领域合作。"
    assert sides(body, "AGREEMENT") == [["中国", "越南"]]


def test_people_who_exchange_in_the_sentence_stay() -> None:
    body = "会谈结束后,越南外长裴青山和老挝外长沙伦赛交换了《合作协议》和落实中老边境口岸管理协定的《备忘录》。"
    assert all("裴青山" in s for s in sides(body, "AGREEMENT"))
