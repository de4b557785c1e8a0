"""The data of facts (data/*.toml, read once) and its word lists as tuples and expressions, for the
questions asked at every number: a tuple to `startswith`/`endswith` at once, an expression (codes.any_of)
to find any of a list in one pass, instead of a Python test per word."""

from __future__ import annotations

import re
import tomllib
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent.with_name("data")


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


@cache
def giving_verbs(sums: bool) -> str:
    """The verbs of giving as one alternation (facts.toml giving_verb_words; giving_sum_words too where `sums`)."""
    data = load_data("facts.toml")
    return "|".join(map(re.escape, data["giving_verb_words"] + (data["giving_sum_words"] if sums else [])))


@cache
def gift_before() -> str:
    """A verb of giving right before 的 (波兰援助的…): giving_verb_words but gift_before_not, and gift_before_more."""
    data = load_data("facts.toml")
    verbs = [w for w in data["giving_verb_words"] if w not in data["gift_before_not"]] + data["gift_before_more"]
    return "(?:" + "|".join(map(re.escape, verbs)) + ")的"
