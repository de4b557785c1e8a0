"""Aid listed among the fields of cooperation to strengthen (加强农业、教育、官方开发援助等领域的合作) is a field,
no aid given; aid given to a field (提供医疗领域援助) stays aid."""

import pytest

from eventpage import sides as sides_of

HEAD = "两国关系\n\n2025年03月05日 10:20\n\n越通社河内——"
TALKS = "3月5日,越南政府总理范明政在河内同老挝总理宋赛·西潘敦举行会谈。"


def aid(text: str) -> list[list[str]]:
    return sides_of(text + "\n", "AID", HEAD)


@pytest.mark.parametrize("sentence", [
    "双方一致同意加强农业、教育、官方开发援助等领域的合作。",
    "双方同意深化农业、卫生、发展援助等领域合作。",
    "雙方一致同意加強投資、貿易、官方開發援助等領域的合作。",
    "双方一致同意加强农业、官方开发援助资金、旅游等领域的合作。",
])
def test_a_field_of_cooperation_is_no_aid(sentence: str) -> None:
    assert aid(TALKS + sentence) == []


@pytest.mark.parametrize("sentence, sides", [
    ("越南向老挝提供医疗领域援助。", ["老挝", "越南"]),
    ("日本向越南提供官方开发援助,帮助越南发展农业等领域。", ["日本", "越南"]),
])
def test_aid_given_stays(sentence: str, sides: list[str]) -> None:
    assert aid(sentence) == [sides]
