"""How a line opens and is built, for the join of sentences broken over lines (broken_lines): a paragraph's opening
words (reported speech, a word only sentences open with, a lead's day) against a heading's or a slogan's parallel
clauses and a bracketed label. Words from data/line_breaks.toml."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

from dipnet.rx import plain as _plain


@lru_cache(maxsize=1)
def _data() -> dict[str, list[str]]:
    return tomllib.loads(resources.files("dipnet.data").joinpath("line_breaks.toml").read_text("utf-8"))


# a bracketed label opening a line ("[焦点图]…", "【视频】…"): a caption or a heading, not a paragraph's words
LABELLED = _plain(r"[\[【〖]")


def parallel(line: str) -> bool:
    """A heading's or a slogan's parallel clauses, each a few characters, of one length give or take one
    ("坚持合作共赢,推动共同发展"): a paragraph's opening words cut short end on a clause of any length."""
    parts = line.split(",")
    clauses = [len(c) for c in parts]
    return 4 <= min(clauses) and max(clauses) <= 12 and max(clauses) - min(clauses) <= 1 \
        and not any(c.endswith(_said()) for c in parts[:-1])


@lru_cache(maxsize=1)
def _said() -> tuple[str, ...]:
    """Words a clause ends with when it opens reported speech (line_breaks.toml)."""
    return tuple(_data()["said_words"])


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    """Words a sentence opens with before its first comma and no headline does (line_breaks.toml)."""
    return frozenset(_data()["sentence_openers"])


# a sentence's opening day or year ("6月18日在…", "18日,…", "2019年,…")
DAY_OPENS = _plain(r"(?:[0-9]{4}年|(?:[0-9]{1,2}月)?[0-9]{1,2}日)")


def opens_a_sentence(line: str) -> bool:
    """The line opens with reported speech (its first clause ends with a word like 表示, 说: said_words), with
    a word that opens sentences and no headline ("迄今,", "此前,": sentence_openers), or with a lead's day and
    a comma ("3月5日,", "8月17日下午,", "当地时间5日,", "77年来,")."""
    if "," not in line:
        return False
    first = line.split(",", 1)[0]
    return first.endswith(_said()) or first in _openers() or bool(day_lead().match(line)) \
        or bool(_FIRST_DAY.fullmatch(first))


# a lead's day and the part of it, or a span of years, as a sentence's first clause ("8月17日下午", "77年来")
_FIRST_DAY = _plain(r"(?:[0-9]{4}年)?(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:上午|下午|中午|晚|晚间|早上|凌晨)?|[0-9]{1,4}年来")


@lru_cache(maxsize=1)
def day_lead() -> re.Pattern[str]:
    """A lead's opening day and the comma after it ("11月18日,", "2025年11月18日电 ", "当地时间11月18日,", or the day
    alone where the month is the page's: "18日,")."""
    words = "|".join(map(re.escape, _data()["day_lead_words"]))
    return _plain(rf"(?:{words})?(?:[0-9]{{4}}年)?(?:[0-9]{{1,2}}月)?[0-9]{{1,2}}日电?[,: ]")
