"""The words the event-dating rules read (data/eventdates.toml), loaded once."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def words() -> dict[str, Any]:  # lists of words, and a few strings and tables (no narrower type: mypyc checks it)
    data: dict[str, Any] = tomllib.loads(
        resources.files("dipnet.extract.data").joinpath("eventdates.toml").read_text("utf-8"))
    return data
