"""Counts told by numbers that count nothing (fx15, issue 13): a pair named as two things with
something between them (两座城市之间的第一份合作协议: the two cities, no count), the title of a top
list (2023年十大典型活动, 十大新闻事件: a selection named by its size, no count of anything done), and
the past year a review looks back on (一年来,两国…: over the last year, no duration claimed). A count
of priority areas (八大优先领域) stays a count; people in Chinese numerals before a casualty word
(两人死亡) are a toll. Households (户) are counted as a claim only in a damage toll (57户住宅倒塌,
160万户停电), not where they are the homes of a place or the receivers of gifts (全村共416户,
向200户贫困家庭赠送礼物) (fx16). The officials a page speaks of, counted in small Chinese numerals
(两位部长, 三位国会主席) are the people meant, no count (fx19). People counted as a report's sources (引述四名
消息人士的说法, 据3名知情人士透露, 1名上班族告诉记者) tell where the story comes from, no count of it (fx57).
Words are in data/facts.toml."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dipnet import rx

from .factwords import words
from .numbers import parse_number

if TYPE_CHECKING:  # the context type is only needed for hints
    from .factcontext import Context
    from .quantities import UnitWord


def counts_nothing(ctx: Context, m: re.Match[str], u: UnitWord, end: int) -> bool:
    """The number at m, its unit ending at `end`, is one of the above."""
    text, data = ctx.text, ctx.data
    value = parse_number(m)
    if u.kind == "count" and value == 2 and rx.compile(data["pair_between_after"]).match(text, end, end + 10):
        return True
    if u.word == "大" and text.startswith(words("top_list_after"), end):
        return True
    if u.word in data["household_units"] and rx.compile(data["damage_after"]).match(text, end, end + 12) is None:
        return True
    if u.word in data["the_n_classifiers"] and m.group("cn") and isinstance(value, float) and value < 10 \
            and rx.compile(data["the_n_officials_after"]).match(text, end, end + 12) \
            and not text.endswith(words("the_n_totals_before"), 0, m.start()):  # (共有五位部长出席: a count)
        return True
    if u.kind == "person" and (text.endswith(words("sources_before"), 0, m.start())
                               or rx.compile(data["sources_after"]).match(text, end, end + 16)):
        return True  # 引述四名消息人士的说法: the report's sources
    return u.kind == "year" and value == 1 and text.startswith(words("review_year_after"), end)


def casualty_count(ctx: Context, u: UnitWord, end: int) -> bool:
    """People counted right before a casualty word (两人死亡和失踪, 一人受伤): a toll, told in Chinese
    numerals from one up (other small Chinese-numeral counts are mostly 'the two': 两人就…交换意见)."""
    return u.kind == "person" and rx.compile(ctx.data["casualty_after"]).match(ctx.text, end, end + 10) is not None
