"""Bodies listed as forums of every kind (在东盟、联合国等多边论坛上相互支持, 在东盟等地区论坛上密切配合) hold no meeting;
a named meeting, or a forum whose own name holds 等 (性别平等论坛), stays one."""

import pytest

from dipnet.pipeline import extract

HEAD = "两国关系\n\n2025年03月05日 10:20\n\n越通社河内——"


def conferences(sentence: str) -> list[str]:
    doc = extract(HEAD + sentence + "\n", source="listed.txt")
    return [str(e.attributes.get("name")) for e in doc.events if e.type == "CONFERENCE"]


@pytest.mark.parametrize("sentence", [
    "双方同意在东盟、联合国等多边论坛上相互支持。",
    "越南与老挝同意在东盟等地区论坛上密切配合。",
    "雙方同意在東盟、聯合國等多邊論壇上相互支持。",
    "两国同意在联合国、亚太经合组织等国际论坛上加强协调。",
])
def test_forums_listed_hold_no_meeting(sentence: str) -> None:
    assert conferences(sentence) == []


@pytest.mark.parametrize("sentence, name", [
    ("越南政府总理范明政出席性别平等论坛。", "性别平等论坛"),
    ("越南政府总理范明政出席东盟峰会等一系列会议。", "东盟峰会"),
])
def test_meetings_named_stay(sentence: str, name: str) -> None:
    assert conferences(sentence) == [name]
