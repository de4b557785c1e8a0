"""The data of facts (data/*.toml, read once) and its word lists as tuples and expressions, for the
questions asked at every number: a tuple to `startswith`/`endswith` at once, an expression (codes.any_of)
to find any of a list in one pass, instead of a Python test per word."""

from __future__ import annotations

import tomllib
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).with_name("data")


@lru_cache(maxsize=4)
def load_data(name: str) -> dict[str, Any]:
    with open(DATA / name, "rb") as f:
        return tomllib.load(f)


@cache
def words(key: str) -> tuple[str, ...]:
    """The word list `key` of facts.toml as a tuple (what a loop over it goes through, in order)."""
    return tuple(load_data("facts.toml")[key])


@cache
def money_names() -> frozenset[str]:
    """The currencies' names of facts.toml (asked once per page: read once)."""
    return frozenset(w for u in load_data("facts.toml")["units"] if u["kind"] == "money" for w in u["words"] if w)


@cache
def money_words() -> tuple[str, ...]:
    """money_names in order (the page's word pass, recognize/scan.py, holds them)."""
    return tuple(sorted(money_names()))
