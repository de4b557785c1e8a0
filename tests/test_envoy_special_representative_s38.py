"""作为某某特别代表: the one whose special representative travels sends him and makes no visit (as with 特使)."""

import pytest

from eventpage import sides

HEAD = "两国关系\n\n2025-03-09\n越通社河内——"


def visits(sentence: str) -> list[list[str]]:
    return sides(sentence + "\n", "VISIT", HEAD)


@pytest.mark.parametrize("sentence", [
    "全国政协主席王沪宁作为国家主席习近平特别代表率代表团赴越南出席活动。",
    "全国政协主席王沪宁作为国家主席习近平特别代表率代表团对越南进行访问。",
    "全国政协主席王沪宁作为习近平主席的特别代表赴越南出席活动。",
])
def test_the_special_representative_visits(sentence: str) -> None:
    assert visits(sentence) == [["王沪宁", "越南"]]
