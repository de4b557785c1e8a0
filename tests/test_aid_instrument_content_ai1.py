"""Aid read on invented sentences (ai1, issue 13): aid told as what an instrument holds, covers or allows (in the
documents a signing lists, in the fields an agreement covers, in an instrument's own name, in what it lets the
sides do) is the instrument's content, its AGREEMENT: no gift given. Aid handed over under an instrument stays."""

from __future__ import annotations

import pytest

from eventpage import of


@pytest.mark.parametrize("sentence", [
    "泰国与老挝6月9日签署4份文件,包括两国政府经济合作协定和泰国援助老挝国家体育馆维修项目换文。",
    "缅甸与泰国领导人达成15项协议,涵盖领域包括自由贸易、金融援助、基础设施建设等。",
    "泰国与柬埔寨同意签署「后勤物资提供协定」(LSA),以便在救灾中支援对方。",
    "泰国与柬埔寨签署后勤协定,允许泰国军队向柬埔寨军队提供燃料和医疗支援。",
])
def test_aid_inside_an_instrument_is_no_gift(sentence: str) -> None:
    assert not of(sentence, "AID")


@pytest.mark.parametrize("sentence", [
    "泰国向老挝移交了根据两国达成的协议提供的500吨无偿援助大米。",
    "两国签署协议后,泰国向老挝提供了500吨援助大米。",
    "泰国与老挝签署合作文件,泰国6月9日向老挝捐赠一批医疗物资。",
])
def test_aid_given_beside_an_instrument_stays(sentence: str) -> None:
    assert [sorted(e.participants) for e in of(sentence, "AID")] == [["泰国", "老挝"]]
