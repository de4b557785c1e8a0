"""Cue words of the actor readers (actors.py, visits.py, carry.py, lists.py), from data/cues.toml."""

from __future__ import annotations

import tomllib
from functools import cache, lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return tomllib.loads(resources.files("dipnet.extract.data").joinpath("cues.toml").read_text("utf-8"))


@cache
def cue(name: str) -> str:
    """A cue: a word or a regular expression (remembered: asked for at every trigger and mention)."""
    value = _data()[name]
    assert isinstance(value, str), name
    return value


@cache
def cues(name: str) -> tuple[str, ...]:
    """A list of cue words."""
    return tuple(_data()[name])


def cue_table(name: str) -> dict[str, int]:
    """A table of cue words and their values (三 → 3)."""
    return dict(_data()[name])
