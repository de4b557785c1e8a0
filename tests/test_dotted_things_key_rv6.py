"""(rv6) names.toml's dotted_thing_words is required: rules without it fail loudly (DataKeyError) where a
dotted run's last part is tested, instead of quietly reading a medal's name as a person."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dipnet.errors import DataKeyError
from dipnet.recognize.dotted import dotted_names
from dipnet.recognize.lexicon import name_rules


def test_rules_without_the_thing_words_fail_loudly() -> None:
    rules = name_rules()
    without = replace(rules, name_read_words=tuple(kv for kv in rules.name_read_words if kv[0] != "dotted_thing_words"))
    text = "他获颁安德烈·科夫通勋章。"
    k = text.index("安")
    with pytest.raises(DataKeyError, match=r"names\.toml: no key 'dotted_thing_words'"):
        dotted_names(text, without, {k}, set(), set())
