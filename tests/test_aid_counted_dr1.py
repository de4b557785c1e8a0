"""A counted thing given after 提供 (some ships, tonnes, scholarships, an amount of money) is AID, whatever words name
it; 提供 with nothing counted (便利, 支持, 咨询) stays none (dr1, issue 13; invented sentences)."""

import pytest

from eventpage import sides

HEAD = "两国关系\n\n2025年03月05日 10:20\n\n越通社河内——"


def aid(sentence: str) -> list[list[str]]:
    return sides(sentence + "\n", "AID", HEAD)


@pytest.mark.parametrize("sentence, parties", [
    ("越南政府将向老挝提供8艘海警船。", ["老挝", "越南"]),
    ("日本去年向柬埔寨提供了2架运输机。", ["日本", "柬埔寨"]),
    ("越南向古巴提供3000吨水泥,用于灾后重建。", ["古巴", "越南"]),
    ("越南向老挝提供1,500份留学名额。", ["老挝", "越南"]),
    ("越南政府愿提供老挝20亿美元额度的资金支持。", ["老挝", "越南"]),
])
def test_a_counted_thing_provided_is_aid(sentence: str, parties: list[str]) -> None:
    assert aid(sentence) == [parties]


@pytest.mark.parametrize("sentence", [
    "越南向老挝提供便利,推动两国贸易往来。",
    "越南将继续向老挝提供支持。",
    "越南专家为老挝政府提供咨询。",
    "越南为老挝的3个项目提供技术咨询。",
])
def test_nothing_counted_is_no_aid(sentence: str) -> None:
    assert aid(sentence) == []
