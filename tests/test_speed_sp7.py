"""Speed-ups that must find what the plain reading finds (issue 17): the time patterns tried only
before their unit, skip sets read from negated sets and classes, and normalize's shortcuts."""

from __future__ import annotations

import random
import re

from dipnet import rx, rxstarts
from dipnet.normalize import _NOT_HAN, _NOT_LATIN, _tidy_spaces, language_of
from dipnet.timex import scan

TOKENS = ["2014", "年", "5", "月", "12", "日", "号", " ", "\n", ":", "至", "-", "~", "—", "到", "十二", "三十一",
          "二〇二四", "一九九", "周", "周年", "星期", "天", "个月", "载", "为期", "近", "多", "第", "(", ")", "/", ".",
          "上", "今", "昨", "中", "越南", "19", "2", "113", "、", "和", "农历", "正月", "初三", "甲子", "前", "3", "0"]


def _texts(n: int, seed: int, tokens: list[str]) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(tokens) for _ in range(rng.randint(0, 50))) for _ in range(n)]


def test_time_patterns_tried_before_their_unit_find_what_finditer_finds() -> None:
    assert scan._UNITS["full"] == (frozenset("年"), 4, 5) and scan._UNITS["month_day"] == (frozenset("月"), 1, 4)
    assert scan._UNITS["relative"] is None  # opens with its words: the engine's own skip
    texts = _texts(1500, 7, TOKENS) + ["2024年5月12日至14日", "为期3天的访问", "一九九九年十二月", "9至12日访问"]
    for t in texts:
        for name, (p, _) in scan._PATTERNS.items():
            unit = scan._UNITS[name]
            if unit is None:
                continue
            got = rxstarts.finditer_near(p, t, rxstarts.unit_places(t, unit[0]), unit[1], unit[2])
            assert [(m.span(), m.groups()) for m in got] == [(m.span(), m.groups()) for m in p.finditer(t)], (name, t)


def test_stamps_tried_before_their_unit_find_what_search_finds() -> None:
    from dipnet.timex import stamps

    tokens = ["2014", "年", "5", "月", "12", "日", " ", "\n", ":", "-", "/", ".", "|", ",", "15:05", "8:8", "来源", "稿源",
              "新华网", "date", "日期", "时间", "记者", "2019-06-09", "25/11/2023", "19:00", "发布时间", "A+", "A-", "GMT+8"]
    assert stamps._UNITS[stamps._STAMPS[3][0]] == (frozenset(":"), 1, 2)  # a clock before the date
    for t in _texts(1500, 11, tokens):
        for pattern in stamps._UNITS:
            want, got = pattern.search(t), stamps._search(pattern, t, {})
            assert (want and (want.span(), want.groups())) == (got and (got.span(), got.groups())), (pattern.pattern, t)


def test_unit_read_from_the_pattern() -> None:
    assert rxstarts.unit(r"(?<!\d)\d{1,2}\s?日") == (frozenset("日"), 1, 3)
    assert rxstarts.unit(r"(?:甲|乙)?\d+年") is None  # a number of any length before
    assert rxstarts.unit(r"a?b") == (frozenset("b"), 0, 1)


def test_skip_sets_of_negated_sets_and_classes_find_what_plain_patterns_find() -> None:
    sources = [r"[^\u4e00-\u9fff]+", r"[^。!?;\n]+[。!?;]?", r"(?<=x)[^ab]c", r"\d+年", r"(?=[\d〇零])(?<!\d)\d{4}年",
               r"[\d一二]+月", r"\s+x", r"\w+@", r"[\s(]\(", r"(?a)\d+年", r"\W+1", r"(?<=\s)\D年", r"[^a]*b"]
    chars = list("12ab中国年月 \n\t。!一二〇零٣_x@()\u2028") + ["\U0001d7d8"]  # ٣ and 𝟘: digits of other scripts
    texts = _texts(600, 3, chars)
    for source in sources:
        fast, plain = rx.gated(source), re.compile(source)
        for t in texts:
            assert [(m.span(), m.groups()) for m in fast.finditer(t)] == [(m.span(), m.groups()) for m in plain.finditer(t)], (source, t)
            assert fast.sub("", t) == plain.sub("", t)
    assert rx.gated(r"\d+年").search("第٣年") is not None  # another script's digit opens a match too


def _language_counted(raw: str, simplified: str) -> str:
    han = len(_NOT_HAN.sub("", raw))
    latin = len(_NOT_LATIN.sub("", raw))
    if han < 20 and latin > han:
        return "en"
    if han == 0:
        return "und"
    changed = 0 if raw == simplified else sum(1 for a, b in zip(raw, simplified, strict=False) if a != b and "\u4e00" <= a <= "\u9fff")
    return "zh-Hant" if changed > max(3, han * 0.03) else "zh-Hans"


def test_language_of_as_counted() -> None:
    for raw in ["越南外交部发言人就南海问题答记者问" * 2, "越南外交部发言人就南海问答", "外交部 Foreign Ministry press", "", "12345",
                "越南" * 9 + "abc", "越南" * 10]:
        assert language_of(raw, raw) == _language_counted(raw, raw), raw


def test_tidy_spaces_keeps_a_lone_space_between_two_han_or_where_neither_is_cjk() -> None:
    text = "越南 外交部\n12 月 29 日 ab cd , 中 文  两个 \n\n\n 下一段 x"
    out, origin = _tidy_spaces(text, list(range(len(text))))
    assert out == "越南 外交部\n12月29日ab cd ,中 文 两个\n\n下一段x"
    assert all(text[k] == ch for k, ch in zip(origin, out, strict=True))
