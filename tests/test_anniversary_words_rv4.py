"""(rv4) The anniversary's count word read by relations (建交N周年 → since) and by celebrations (a count listed
before the celebration's noun) is data: read from relations.toml and eventdates.toml, and a key missing there
fails loudly (DataKeyError) instead of switching the rule off."""

from __future__ import annotations

from typing import Any

import pytest

from dipnet.errors import DataKeyError
from dipnet.extract import relations
from dipnet.extract.attributes import celebrations
from dipnet.extract.common.datewords import words


def test_anniversary_count_reads_the_data_word() -> None:
    m = relations.anniversary_count().match("两国建交30周年")
    assert m is not None and m.group(1) == "30"
    assert relations.anniversary_count().match("两国建交30年") is None


def test_relations_key_missing_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    real = relations.load_data

    def without(name: str) -> dict[str, Any]:
        return {k: v for k, v in real(name).items() if k != "anniversary_after"}

    relations.anniversary_count.cache_clear()
    monkeypatch.setattr(relations, "load_data", without)
    try:
        with pytest.raises(DataKeyError, match=r"relations\.toml: no key 'anniversary_after'"):
            relations.anniversary_count()
    finally:
        relations.anniversary_count.cache_clear()


def test_celebrations_key_missing_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    kept = {k: v for k, v in words().items() if k != "celebration_listed"}
    monkeypatch.setattr(celebrations, "_words", lambda: kept)
    with pytest.raises(DataKeyError, match=r"eventdates\.toml: no key 'celebration_listed'"):
        celebrations._celebration_end("甲乙建交60周年和丙丁建交45周年的纪念活动", 8)
