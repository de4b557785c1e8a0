"""(rv6) events.toml's lists and patterns are read loudly: a key the code asks for and the file lacks (renamed,
mistyped) raises DataKeyError naming the file and the key, instead of an empty pattern (which matches
everywhere) or an empty list switching a rule off or on unseen."""

from __future__ import annotations

import pytest

from dipnet.errors import DataKeyError
from dipnet.extract.common.eventwords import pattern_of, words_of


def test_a_missing_pattern_key_fails_loudly() -> None:
    with pytest.raises(DataKeyError, match=r"events\.toml: no key 'no_such_pattern_rv6'"):
        pattern_of("no_such_pattern_rv6")


def test_a_missing_word_list_key_fails_loudly() -> None:
    with pytest.raises(DataKeyError, match=r"events\.toml: no key 'no_such_words_rv6'"):
        words_of("no_such_words_rv6")


def test_present_keys_read_as_before() -> None:  # (a guard)
    assert words_of("group_partner_words") == ("与", "同")
    assert pattern_of("group_filler_end").endswith("$")
