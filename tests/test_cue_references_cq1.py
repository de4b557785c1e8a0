"""(cq1) A string cue may name another with «name»: the word list two cues share is written once in cues.toml,
and each cue reads as if the list were spelled out; a reference to a cue the file lacks fails loudly."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from dipnet.errors import DataKeyError
from dipnet.extract.common import cues


@pytest.fixture
def fake_cues(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    data = {"words": "甲方|乙方", "opening": "^(?:«words»|双方)(?:还|也)", "twice": "«words»,«words»",
            "broken": "(?:«nowhere»)"}
    monkeypatch.setattr(cues, "_data", lambda: data)
    cues.cue.cache_clear()
    yield
    cues.cue.cache_clear()


def test_a_reference_reads_as_the_named_cue(fake_cues: None) -> None:
    assert cues.cue("opening") == "^(?:甲方|乙方|双方)(?:还|也)"
    assert cues.cue("twice") == "甲方|乙方,甲方|乙方"
    assert re.match(cues.cue("opening"), "乙方还表示")


def test_a_reference_to_a_missing_cue_names_it(fake_cues: None) -> None:
    with pytest.raises(DataKeyError, match=r"cues\.toml: no key 'nowhere'"):
        cues.cue("broken")


def test_the_shipped_cues_hold_no_dangling_reference() -> None:
    cues.cue.cache_clear()
    for name, value in cues._data().items():
        if isinstance(value, str):
            assert "«" not in cues.cue(name), name


def test_shared_lists_open_both_cues() -> None:
    """The pair words of the joint press cues and the list words of the count lists, each kept once."""
    cues.cue.cache_clear()
    for name in ("joint_press_pair_before", "joint_pair_subject"):
        assert "两国领导人" in cues.cue(name) and "«" not in cues.cue(name)
    assert re.match(cues.cue("count_list_lead"), ",分别是") and re.match(cues.cue("count_list_open"), "分別為:")
