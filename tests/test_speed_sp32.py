"""(sp32) Speed-only changes, output unchanged: a pattern anchored at the string's start is compiled as re
compiles it (no skip set); the numbered-event plan is made once per set of words a text holds; the plan words read
from the data once; a program's codes made plain ints only for a file; no skip set of nearly every character (invented texts)."""

from __future__ import annotations

import random
import re

import pytest

from dipnet import rx
from dipnet.timex import knowledge

_TOKENS = ["国", "国庆", "的", "大国", "国家", "后", "之后", ",", "，", "。", "\n", "三", "周年", "甲", "乙", "丙", "x", " "]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_TOKENS) for _ in range(rng.randint(0, 20))) for _ in range(n)]


_ANCHORED = (r"^国(?!庆)|^的[^,，。]{0,6}?(?:国家|大国)", r"^(?:后|之后)(?![,，])", r"\A[一二三]+周年", r"^(?:甲|(?:^乙))丙")


def test_a_pattern_anchored_at_the_start_gets_re_s_own_program() -> None:
    # (re's program tries at the start once; a skip set had the engine try at each 国, 的, 后 … of the text)
    for src in _ANCHORED:
        assert rx.compile(src) == re.compile(src), src


def test_a_pattern_that_may_start_elsewhere_keeps_its_skip_set() -> None:
    for src in (r"(?:^|x)国(?!庆)", r"^国(?!庆)|的国家", r"(?<=甲)^国|^的"):
        assert rx.compile(src) != re.compile(src), src
    assert rx.compile(r"^国(?!庆)|^的国家", re.M) != re.compile(r"^国(?!庆)|^的国家", re.M)  # (^ at every line)


def test_anchored_patterns_find_what_re_finds_from_any_place() -> None:
    for src in _ANCHORED:
        fast, plain = rx.compile(src), re.compile(src)
        for t in _texts(400, 3):
            for pos in range(0, min(len(t), 3) + 1):
                a, b = plain.search(t, pos), fast.search(t, pos)
                assert (a and a.span()) == (b and b.span()), (src, t, pos)


def test_the_numbered_plan_is_made_once_per_set_of_words() -> None:
    knowledge._numbered_plan.cache_clear()
    first = knowledge._numbered_tried("越共第十四次全国代表大会在河内开幕。")
    again = knowledge._numbered_tried("越共第十四次全国代表大会在河内隆重开幕。")  # (the same words: planned once)
    assert knowledge._numbered_plan.cache_info().hits >= 1
    assert first == again and first


def test_plan_words_are_read_from_the_data_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from dipnet.extract.attributes import modality

    text, marker = "乙国政府欢迎丙国总理访问,双方,并为访问做准备。", re.compile("将|计划")
    for b in range(1, len(text)):  # (what it asks, made once)
        modality.plan_marked(marker, text, 0, b)
    calls: list[int] = []
    words = modality._words

    def counted() -> dict[str, list[str]]:
        calls.append(1)
        return words()

    monkeypatch.setattr(modality, "_words", counted)
    for b in range(1, len(text)):  # (asked again: nothing read from the data)
        modality.plan_marked(marker, text, 0, b)
    assert calls == []


def test_a_program_s_codes_are_made_plain_ints_only_where_a_file_is_written(monkeypatch: pytest.MonkeyPatch) -> None:
    # (the engine takes the compiler's own codes; marshal, writing the programs file, takes plain ints only)
    monkeypatch.setattr(rx, "_programs", dict)  # (none kept by an earlier run: this one compiles it)
    key = ("(?<=甲)乙{2}sp32", None, 0)
    rx.gated(*key)
    assert any(type(code) is not int for code in rx._NEW[key][1])


def test_a_set_of_nearly_every_character_is_no_skip_set() -> None:
    # (the Han range, or a negated class: the engine tested it at nearly every character and skipped nothing)
    for src in (r"[\u4e00-\u9fff、]{0,8}?(?:部长|大使)", r"(\S)(欧|非)(?=双边)", r"(?<!与)[\u4e00-\u9fff]{2}舰"):
        assert rx.compile(src) == re.compile(src), src
    assert rx.compile(r"(?<!与)[甲乙丙]{2}舰") != re.compile(r"(?<!与)[甲乙丙]{2}舰")  # (a few characters: a skip set)
