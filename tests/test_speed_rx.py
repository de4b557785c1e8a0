"""dipnet.rx: patterns compiled with a skip set find exactly what the plain patterns find (issue 17)."""

from __future__ import annotations

import dataclasses
import random
import re

from dipnet import rx

# invented text pieces: digits, dates, words the codebook's and the year reader's patterns look for
TOKENS = ["2024", "年", "5", "月", "12", "日", "号", " ", "\n", "(", ")", ",", "。", "将", "将于", "大将", "即将", "会",
          "会见", "时", "明天", "明", "访", "赴", "星期", "二", "周", "三", "第一季度", "前", "个", "尾声", "举行",
          "越南", "总理", "特使", "逝世", "的", "同志", "175", "号", "军", "医院", "Nguyen", "Van", "An", "阮", "说",
          "date", "日期", ":", "-", "/", "双边", "峰会", "国际", "安全会议", "希望", "计划", "拟", "预期", "目标",
          "a", "b", "c", "x", "y"]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(TOKENS) for _ in range(rng.randint(0, 30))) for _ in range(n)]


def _same(fast: re.Pattern[str], plain: re.Pattern[str], texts: list[str]) -> None:
    for t in texts:
        want = [(m.span(), m.groups()) for m in plain.finditer(t)]
        assert [(m.span(), m.groups()) for m in fast.finditer(t)] == want, (plain.pattern, t)
        for pos in (1, 3):  # searched from inside the text, as callers do with (text, start, end)
            a, b = plain.search(t, pos, len(t) - 1), fast.search(t, pos, len(t) - 1)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (plain.pattern, t, pos)


def test_skip_set_patterns_find_what_plain_patterns_find() -> None:
    own = [r"(?<![\d.])\d{2,3}号?(?=军)|(?<![\d.])\d{2,3}号", r"[ \n]+", r"(?<![大上中少])将于|即将|(?<!关于)将(?![军\d])",
           r"(?:^|\s)(?:date|日期)\s?[::]?\s?(?P<y>\d{4})", r"(?P<y>\d{4})\s?年(?:即将)?(?:尾声|结束)",
           r"(?:\d{1,2}月)?\d{1,2}日(?:上午|下午)?$", r"明天|(?<![说表])明(?=[赴访])", r"(?:x|)y", r"a*b|c?d"]
    texts = _texts(500, 17)
    for src in own:
        _same(rx.compile(src), re.compile(src), texts)
    _same(rx.compile(r"^\s*(?:将|会)", re.M), re.compile(r"^\s*(?:将|会)", re.M), texts)


def test_the_codebook_and_year_patterns_compiled_with_rx_match_as_before() -> None:
    """Every pattern of the event codebook and of the year reader, compiled plain and with rx."""
    from dipnet.extract.common.codes import codebook
    from dipnet.timex import editions, year

    found: list[re.Pattern[str]] = []
    cb = codebook()
    for f in dataclasses.fields(cb):
        v = getattr(cb, f.name)
        found += [v] if isinstance(v, re.Pattern) else [p for p in v if isinstance(p, re.Pattern)] \
            if isinstance(v, tuple) else []
    found += [v for mod in (year, editions) for v in vars(mod).values() if isinstance(v, re.Pattern)]
    found += list(year.WEEKDAY_PAIRS)
    assert len(found) > 40
    texts = _texts(150, 5)
    for p in found:
        _same(p, re.compile(p.pattern, p.flags), texts)


def test_rx_adds_a_skip_set_only_where_the_engine_has_none() -> None:
    # a look-behind or a repeat first: compiled anew (its program differs by the skip set)
    assert rx.compile(r"(?<!\d)\d日") != re.compile(r"(?<!\d)\d日")
    assert rx.compile(r"[ \n]+") != re.compile(r"[ \n]+")
    # a literal first (the engine skips by itself), a negated set, a possibly empty match: as re compiles it
    for src in (r"将于|即将", r"[^a]+b", r"a?", r"(?i)ab"):
        assert rx.compile(src) == re.compile(src), src
    assert rx.compile(r"(?<!\d)\d日") is rx.compile(r"(?<!\d)\d日")  # compiled once


def test_every_time_pattern_is_read_in_order_and_planned_by_its_words() -> None:
    """find_times reads the patterns in the table's order, the most specific first (a pattern added
    to the table takes its place by where it is written); and _scan's plan for a text is the
    patterns whose every word list the text holds."""
    from dipnet.timex import parse, scan
    from dipnet.timex.patterns import needs

    rank = scan._RANK
    for specific, general in (("full_range", "full"), ("full", "month_day"), ("month_day_range", "month_day"),
                              ("month_day", "day"), ("year_month", "year"), ("day_range", "day"),
                              ("anniversary", "duration"), ("lunar", "month_day")):
        assert rank[specific] < rank[general], (specific, general)
    assert max(rank, key=rank.__getitem__) == "duration_short"
    # a full date is read whole, not as its year and its month-day
    got = parse.find_times("2024年5月3日", None)
    assert [(t.value, t.precision) for t in got] == [("2024-05-03", "day")]
    for text in ("2024年5月3日至5日", "去年10月", "农历正月初一", "昨(27)日", "为期三天", "", "x"):
        held = scan._held(text)
        # (the lists held as bits: bit k for list k)
        assert [bool(held >> k & 1) for k in range(len(scan._LISTS))] == [any(w in text for w in ws) for ws in scan._LISTS], text
        want = [n for n in scan._PATTERNS if all(any(w in text for w in ws) for ws in needs(n))]
        assert list(scan._plan(held)) == want, text
    scan._scan.cache_clear()
    got = scan._scan("2024年5月3日至5日访问")
    assert "full_range" in got and all(got.values())  # only patterns with matches are kept


def test_patterns_that_can_match_empty_step_on_as_plain_ones() -> None:
    """A pattern that can match nothing (only a look-ahead, or all optional) is not gated: under a
    one-character gate finditer returned the same empty match forever."""
    from itertools import islice

    texts = _texts(200, 5) + ["中越关系中越", "越越越"]
    for fast, plain in ((rx.gated("(?=[中越][中越])", "中越"), re.compile("(?=[中越][中越])")),
                        (rx.compile("(?<=[越中])(?=关系)|x?"), re.compile("(?<=[越中])(?=关系)|x?"))):
        for t in texts:  # islice: the looping pattern must fail the test, not hang it
            assert [m.span() for m in islice(fast.finditer(t), len(t) + 2)] == [m.span() for m in plain.finditer(t)]
