"""A meeting whose manner the text leaves open or mixed is a meeting, not a call (helper ev, stop 53; invented
sentences): a remote word named beside its in-person alternative (线上或线下会谈, 以线上线下相结合方式举行会谈,
会晤或电话晤谈) tells no phone or video talks of their own; a remote word alone still does."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

_XH = "两国加强合作\n\n2025年05月08日 10:20\n\n新华社北京5月8日电 {}\n"


def _types(sentence: str) -> list[str]:
    return sorted(e.type for e in extract(_XH.format(sentence), source="t.txt").events)


@pytest.mark.parametrize("sentence", [
    "8日,老挝外长通沙万与越南外长裴青山进行线上或线下会谈。",
    "8日,老挝外长通沙万与越南外长裴青山以线上线下相结合方式举行会谈。",
    "8日,老挝外长通沙万在纽约与美国多位政要会晤或电话晤谈。",
])
def test_a_meeting_told_with_its_manner_left_open_is_no_call(sentence: str) -> None:
    assert _types(sentence) == ["MEET"]


@pytest.mark.parametrize("sentence", [
    "8日,老挝外长通沙万与越南外长裴青山举行线上会谈。",
    "8日,老挝外长通沙万与越南外长裴青山通过视频方式举行会谈。",
])
def test_a_remote_word_alone_still_tells_a_call(sentence: str) -> None:
    assert _types(sentence) == ["CALL"]
