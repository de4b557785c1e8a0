"""A ceremony of a sports games (出席某届冬奥会开幕式, 亚运会闭幕式): the games are no conference, whoever attends
them (cf5, issue 13). The games' and the ceremonies' words are data (data/events.toml games_before,
games_ceremonies)."""

from __future__ import annotations

from dipnet.extract.common.eventwords import pattern_of, words_of
from dipnet.rx import plain as _plain


def games_ceremony(text: str, start: int, k: int, trig: str) -> bool:
    """Is the CONFERENCE word at k (its clause opening at start) the opening or closing ceremony of a sports games?"""
    if trig not in words_of("games_ceremonies"):
        return False
    return _plain(pattern_of("games_before")).search(text, max(start, k - 8), k) is not None
