"""会议 right after an association's word (投资促进会 + 议: 投资促进会议) is a meeting's name, not a body named
促进会 followed by 议: the conference is read; 国会 + 议长, 议会 + 议员 keep the body."""

import pytest

from dipnet.pipeline import extract

HEAD = "两国关系\n\n2025年03月05日 10:20\n\n越通社河内——"


def read(sentence: str) -> tuple[list[str], list[str]]:
    doc = extract(HEAD + sentence + "\n", source="meeting.txt")
    return [e.type for e in doc.events], [e.name for e in doc.entities if e.type == "ORG"]


@pytest.mark.parametrize("sentence", [
    "越南政府总理范明政出席越南-日本投资促进会议。",
    "越南政府总理范明政在河内主持越南-日本投资促进会议。",
    "越南政府总理范明政主持召开越南-日本投资促进会议。",
    "越南政府总理范明政出席2025年越南投资促进会议。",
    "越南政府总理范明政出席在东京举行的越南投资促进会议。",
])
def test_a_promotion_meeting_is_a_conference(sentence: str) -> None:
    types, orgs = read(sentence)
    assert "CONFERENCE" in types
    assert not any(o.endswith("促进会") for o in orgs)


@pytest.mark.parametrize("sentence, body", [
    ("越南国会议长王庭惠会见老挝国会主席。", "越南国会"),
    ("越南国会议员阮文安出席会议。", "越南国会"),
    ("日本国民外交促进会会长访问越南。", "日本国民外交促进会"),
])
def test_a_body_before_its_own_word_stays(sentence: str, body: str) -> None:
    assert body in read(sentence)[1]
