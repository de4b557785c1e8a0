"""Where a personal name read by rule ends, from the words that follow it (data/nameends.toml): a
reader that takes three or four characters after a title runs on into the next word where the
name is shorter (某某 + 大年初二, 某某 + 临时代理, 某某 + 今(18日) + 表示); the name ends where
such a word opens, keeping two characters at least."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

from dipnet.datakeys import required


@lru_cache(maxsize=1)
def _data() -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    data = tomllib.loads(resources.files("dipnet.recognize.data").joinpath("nameends.toml").read_text("utf-8"))
    file = "recognize/data/nameends.toml"
    words = tuple(sorted(required(data, "follower_words", file), key=len, reverse=True))
    days = str(required(data, "day_words", file))
    # 今(18日), 今(18)日, 今18日: the day word, a bracket perhaps, one or two figures and 日 or a bracket
    day = re.compile(rf"[{re.escape(days)}][(（]?\d{{1,2}}(?:[日)）])") if days else None
    return words, day


def follower_at(text: str, k: int) -> bool:
    """Whether a word that follows names (a time or adverb word) opens at text[k]."""
    words, day = _data()
    return text.startswith(words, k) or (day is not None and day.match(text, k) is not None)


def name_end(text: str, start: int, end: int) -> int:
    """`end`, or an earlier end where a follower word opens inside the name read over [start, end)
    (李某 + 大年初二: the name is 李某); two characters at least stay the name's."""
    return next((k for k in range(start + 2, end) if follower_at(text, k)), end)
