"""The raw lists of data/events.toml that the Codebook does not carry as fields of its own (issue 13:
words read only by the modules that use them, e.g. visits.py's greeting words)."""

from __future__ import annotations

import re
import tomllib
from functools import cache, lru_cache
from importlib import resources

from dipnet.datakeys import required
from dipnet.rx import plain as _plain


@lru_cache(maxsize=1)
def _data() -> dict[str, object]:
    return tomllib.loads(resources.files("dipnet.extract.data").joinpath("events.toml").read_text("utf-8"))


@cache
def words_of(key: str) -> tuple[str, ...]:
    """A list of words of events.toml, by its key (a missing key fails loudly: DataKeyError)."""
    got = required(_data(), key, "events.toml")
    return tuple(str(w) for w in got) if isinstance(got, list) else ()


@cache
def any_word(key: str) -> re.Pattern[str]:
    """One pattern matching any word of the list `key` (longest first)."""
    return _plain("|".join(sorted((re.escape(w) for w in words_of(key)), key=len, reverse=True)) or "(?!)")


@cache
def pattern_of(key: str) -> str:
    """A regular expression of events.toml, by its key (a missing key fails loudly: an empty pattern in its
    place would match everywhere, e.g. every partner of a meeting read as a group left unnamed). Remembered:
    asked some 36 times a page, per clause and candidate (a missing key raises each time: nothing is kept)."""
    got = required(_data(), key, "events.toml")
    return got if isinstance(got, str) else ""


@cache
def table_of(key: str) -> dict[str, str]:
    """A table of events.toml (word → word), by its key (a missing key fails loudly)."""
    got = required(_data(), key, "events.toml")
    return {str(k): str(v) for k, v in got.items()} if isinstance(got, dict) else {}
