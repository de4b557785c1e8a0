"""Instruments carried forward as signed before are no agreement (vn1, issue 13): pushed on or carried out
(推进, 推动, 开展) as what was signed before (已签署的, 所签署的), or reached by leaders named only as the pair's
(两国领导人达成的协议), they name no instrument and tell no signing (the official gold counts none of 落实所签署的
合作文件; extras on fp70 fp76 fp78). A signing told (已签署合作协议), a dated one or named signers stay. Invented
sentences."""

from __future__ import annotations

import pytest

from eventpage import of


@pytest.mark.parametrize("body", [
    "智利与挪威同意,各部门应积极推进已签署的合作协议,确保取得实效。",
    "此访旨在深化智利与挪威的友好关系,推动两国领导人所签署的合作协议落地实施。",
    "智利将继续与挪威密切配合,并有效开展所签署的合作协议。",
    "智利外长说,不过,要将两国领导人达成的协议变成现实需要双方的共同努力。",
])
def test_an_instrument_carried_forward_is_no_agreement(body: str) -> None:
    assert not of(body, "AGREEMENT")


@pytest.mark.parametrize("body", [
    "智利与挪威同意推动两国关系发展,并已签署合作协议。",
    "双方就有效推进2015年智利众议院与挪威议会所签署的合作协议的措施交换了意见。",
    "根据智利外交部同挪威外交部之间达成的协议,智方将向挪方提供帮助。",
])
def test_a_signing_told_dated_or_named_stays(body: str) -> None:
    assert of(body, "AGREEMENT")
