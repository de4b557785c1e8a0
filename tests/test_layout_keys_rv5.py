"""(rv5) The layout keys of the caption and teaser-row rules are required: a packaged layout.toml without
one fails loudly (DataKeyError) instead of switching its rule off."""

from __future__ import annotations

import tomllib
from types import SimpleNamespace
from typing import Any

import pytest

from dipnet import layout
from dipnet.errors import DataKeyError


@pytest.mark.parametrize("key", ["caption_tails", "caption_tail_max", "predicate_openers"])
def test_a_missing_layout_key_fails_loudly(monkeypatch: pytest.MonkeyPatch, key: str) -> None:
    def without(text: str) -> dict[str, Any]:
        return {k: v for k, v in tomllib.loads(text).items() if k != key}

    monkeypatch.setattr(layout, "tomllib", SimpleNamespace(loads=without))
    layout.load_layout.cache_clear()
    try:
        with pytest.raises(DataKeyError, match=rf"layout\.toml: no key '{key}'"):
            layout.load_layout()
    finally:
        layout.load_layout.cache_clear()
