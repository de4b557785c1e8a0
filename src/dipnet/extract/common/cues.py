"""Cue words of the actor readers (actors.py, visits.py, carry.py, lists.py), from data/cues.toml."""

from __future__ import annotations

import re
import tomllib
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from dipnet.datakeys import required

# «name» inside a cue stands for the cue called name: a list of words two cues share is written once
_REFERENCE = re.compile(r"«([a-z0-9_]+)»")


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return tomllib.loads(resources.files("dipnet.extract.data").joinpath("cues.toml").read_text("utf-8"))


@cache
def cue(name: str) -> str:
    """A cue: a word or a regular expression (remembered: asked for at every trigger and mention), with each
    «other» in it replaced by the cue called other; a name the file lacks raises DataKeyError."""
    value = required(_data(), name, "cues.toml")
    assert isinstance(value, str), name
    return with_cues(value)


def with_cues(pattern: str) -> str:
    """A pattern of another data file with each «name» in it replaced by the cue called name (a word list that
    file's patterns share with the cues, written once: events.toml trigger_needs and statements.toml with the
    posting platforms and the conference frame)."""
    return _REFERENCE.sub(lambda m: cue(m.group(1)), pattern)


@cache
def cues(name: str) -> tuple[str, ...]:
    """A list of cue words."""
    return tuple(_data()[name])


def cue_number(name: str) -> int:
    """A number of cues.toml (a name the file lacks raises DataKeyError)."""
    return int(required(_data(), name, "cues.toml"))


def cue_table(name: str) -> dict[str, int]:
    """A table of cue words and their values (三 → 3)."""
    return dict(_data()[name])
