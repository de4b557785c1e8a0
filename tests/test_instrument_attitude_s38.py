"""An instrument welcomed, kept, broken or left (欢迎各方达成停火协议, 遵守与老挝签署的边界协定, 退出…协议) is an attitude
to it, no signing told; a signing after a welcome ceremony (欢迎仪式后,…见证签署) stays."""

import pytest

from eventpage import sides

HEAD = "两国关系\n\n2025年03月05日 10:20\n\n越通社河内——"


def signed(text: str) -> list[list[str]]:
    return sides(text + "\n", "AGREEMENT", HEAD)


@pytest.mark.parametrize("sentence", [
    "越南欢迎各方达成停火协议。",
    "越南外交部发表声明,欢迎停火协议。",
    "越南一贯遵守与老挝签署的边界协定。",
    "越南一貫遵守與老撾簽署的邊界協定。",
    "柬埔寨外长强调,各方应恪守与越南签署的边界条约。",
])
def test_an_attitude_is_no_signing(sentence: str) -> None:
    assert signed(sentence) == []


def test_a_signing_after_a_welcome_ceremony_stays() -> None:
    got = signed("3月5日,越南国家主席梁强为老挝国家主席通伦举行欢迎仪式。欢迎仪式后,两国领导人见证签署了多项合作协议。")
    assert len(got) == 1 and {"越南", "老挝"} <= set(got[0])
