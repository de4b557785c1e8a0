"""The name readers take their words from names.toml's [name_read_words] through one reader that says which key is
missing instead of reading an empty default (which would silently read no name at all)."""

import pytest

from dipnet.datakeys import DataKeyError
from dipnet.recognize.lexicon import name_rules, read_word


def test_a_word_list_is_read_as_the_rules_hold_it() -> None:
    assert read_word("organizer_verbs") == dict(name_rules().name_read_words)["organizer_verbs"]
    assert isinstance(read_word("organizer_verbs"), tuple)


def test_a_missing_key_names_the_file_and_key() -> None:
    with pytest.raises(DataKeyError, match="no_such_reading_word"):
        read_word("no_such_reading_word")
