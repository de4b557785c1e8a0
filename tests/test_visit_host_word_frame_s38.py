"""A visit word naming its host closes a frame (普京访华期间…, 访越时…): the host is the word's, the lands the
clause names after it are met there, not visited."""

import pytest

from dipnet.pipeline import extract

HEAD = "两国关系\n\n2025-03-09\n新华社北京3月9日电 "


def visits(sentence: str) -> list[list[str]]:
    doc = extract(HEAD + sentence + "\n", source="framehost.txt")
    return sorted(sorted(e.participants) for e in doc.events if e.type == "VISIT")


@pytest.mark.parametrize("sentence, host", [
    ("普京访华期间计划与越南、泰国和老挝领导人举行会晤。", "中国"),
    ("普京访越时与泰国和老挝领导人举行会谈。", "越南"),
])
def test_the_word_names_the_host(sentence: str, host: str) -> None:
    assert visits(sentence) == [sorted(["普京", host])]
