"""Instruments referred back to as a class are no agreement (ag3, issue 13): carried out or built on, named only by
their having been signed or reached before (此前签署的, 所签署的, 所达成各项), by the fields they cover (各领域合作共识和协议)
or by the level that reached them (高层协议, 高级协议), they name no instrument and tell no signing (the official gold
counts none of 有效落实各项合作协议, 落实所签署的合作文件). A dated one, or one named, stays. Invented sentences."""

from __future__ import annotations

import pytest

from eventpage import of


@pytest.mark.parametrize("body", [
    "智利希望双方加强务实合作,有效落实此前签署的重要合作协议,使智挪关系达到新水平。",
    "智利与挪威同意,基于两国外交部领导所签署的文件,加强下列合作内容。",
    "智利和挪威两国议会在监督推动高层协议落实、分享立法经验方面发挥着重要作用。",
    "智利与挪威一致认为,双方应注重将两国所达成各项合作协议得到有效展开。",
    "智利愿与挪威一道,进一步落实好未来5年两国关系发展规划及各领域合作共识和协议。",
    "智利与挪威同意有效实施双边合作机制、高级协议。",
])
def test_a_class_of_instruments_is_no_agreement(body: str) -> None:
    assert not of(body, "AGREEMENT")


@pytest.mark.parametrize("body", [
    "双方就有效落实2015年智利众议院与挪威议会所签署的合作协议的措施交换了意见。",
    "根据智利外交部同挪威外交部之间达成的协议,智方将向挪方提供帮助。",
])
def test_a_dated_or_named_one_stays(body: str) -> None:
    assert of(body, "AGREEMENT")
