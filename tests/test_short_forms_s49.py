"""A one-character country form opening a plain word after a word of being or going (在日前举行的: recently) names no
country; after the same word as a country (在日访问期间, 驻日大使) it still does (invented sentences)."""

from __future__ import annotations

from dipnet.pipeline import extract


def _countries(text: str) -> list[str]:
    return [m.text for m in extract("标题\n\n" + text + "\n").mentions if m.type == "COUNTRY"]


def test_a_form_opening_a_plain_word_after_a_word_of_being_is_no_country() -> None:
    assert _countries("在日前举行的东亚合作领导人系列会议上,李强总理与东盟国家领导人举行会谈。") == []
    assert _countries("双方将在日内签署协议。") == []


def test_the_form_as_a_country_after_the_same_words_stays() -> None:
    assert "日" in _countries("越南外长在日访问期间会见了日本首相。")
    assert _countries("驻日大使出席活动。") == ["日"]
