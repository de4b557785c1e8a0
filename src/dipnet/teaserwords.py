"""Loader of the words of teaser stamps, counters, "more" links and sign-offs (data/teaser_words.toml),
and the alternations the patterns of teaser.py, related.py and timex/briefstamps.py are built from."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dipnet.datakeys import required

_FILE = "teaser_words.toml"


@dataclass(frozen=True)
class TeaserWords:
    counter_words: tuple[str, ...]
    source_labels: tuple[str, ...]
    more_link_bracketed: tuple[str, ...]
    more_link_arrowed: tuple[str, ...]
    weekday_words: tuple[str, ...]
    weekday_figures: str
    day_halves: tuple[str, ...]
    list_age_units: tuple[str, ...]
    clock_days: tuple[str, ...]
    list_tail_days: tuple[str, ...]
    alone_days: tuple[str, ...]
    signoff_labels: tuple[str, ...]
    age_units: tuple[str, ...]
    age_today: tuple[str, ...]
    age_days_back: dict[str, int]
    age_day_unit: str
    last_week: tuple[str, ...]
    archive_photo: tuple[str, ...]
    photo_credits: tuple[str, ...]
    photo_sources: tuple[str, ...]
    glossed_days_ahead: dict[str, int]


@lru_cache(maxsize=1)
def teaser_words() -> TeaserWords:
    """The packaged words, read once."""
    data = tomllib.loads(resources.files("dipnet.data").joinpath(_FILE).read_text("utf-8"))

    def words(key: str) -> tuple[str, ...]:
        return tuple(str(w) for w in required(data, key, _FILE))

    return TeaserWords(
        words("counter_words"), words("source_labels"), words("more_link_bracketed"), words("more_link_arrowed"),
        words("weekday_words"), str(required(data, "weekday_figures", _FILE)), words("day_halves"),
        words("list_age_units"), words("clock_days"), words("list_tail_days"), words("alone_days"),
        words("signoff_labels"), words("age_units"), words("age_today"),
        {str(k): int(v) for k, v in required(data, "age_days_back", _FILE).items()},
        str(required(data, "age_day_unit", _FILE)), words("last_week"), words("archive_photo"),
        words("photo_credits"), words("photo_sources"),
        {str(k): int(v) for k, v in required(data, "glossed_days_ahead", _FILE).items()})


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """The words as a pattern's alternatives, in their order, each escaped ("阅读|浏览")."""
    return "|".join(re.escape(w) for w in words)
