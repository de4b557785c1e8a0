"""Talks with the leaders of listed lands, the leaders unnamed (普京与越南、泰国和老挝领导人举行会谈): one meeting
with each land, the last one of the list too; a single land's unnamed leaders still name no side."""

import pytest

from dipnet.pipeline import extract

HEAD = "两国关系\n\n2025-03-09\n新华社北京3月9日电 "


def sides(sentence: str, etype: str = "MEET") -> list[list[str]]:
    doc = extract(HEAD + sentence + "\n", source="lands.txt")
    return sorted(sorted(e.participants) for e in doc.events if e.type == etype)


@pytest.mark.parametrize("sentence", [
    "普京8日与越南、泰国和老挝领导人举行会谈。",
    "普京8日与越南、泰国、老挝领导人举行会谈。",
    "普京8日分别与越南、泰国和老挝领导人举行会谈。",
])
def test_one_meeting_with_each_land(sentence: str) -> None:
    assert sides(sentence) == [["普京", "泰国"], ["普京", "老挝"], ["普京", "越南"]]


def test_calls_too() -> None:
    assert sides("习近平8日同越南和老挝领导人举行视频会晤。", "CALL") == [["习近平", "老挝"], ["习近平", "越南"]]


def test_a_single_lands_unnamed_leaders_name_no_side() -> None:
    assert sides("按日程安排,访问期间范明政将与中国党、国家和地方主要领导人举行会谈。") == []
