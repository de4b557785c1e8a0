"""The Security Council's open debate (公开辩论会, 公开辩论) is a session attended, as a meeting is."""

import pytest

from dipnet.pipeline import extract

HEAD = "两国关系\n\n2025年03月05日 10:20\n\n越通社河内——"


@pytest.mark.parametrize("sentence", [
    "越南外交部副部长阮明姮出席联合国安理会公开辩论会。",
    "越南外交部副部长阮明姮出席联合国安理会公开辩论。",
    "越南外交部副部长阮明姮出席聯合國安理會公開辯論會。",
])
def test_an_open_debate_attended(sentence: str) -> None:
    doc = extract(HEAD + sentence + "\n", source="debate.txt")
    held = [set(e.participants) for e in doc.events if e.type == "CONFERENCE"]
    assert len(held) == 1 and {"阮明姮", "联合国安理会"} <= held[0]
