"""sp3 of stop 60 (issue 17): each path it added finds what the one it stands beside finds, on random invented
text (a page's words found word by word or by an automaton without a DFA, a chair's body words found by `in`,
a word list looked up past the text's end)."""

from __future__ import annotations

import importlib
import random

import ahocorasick_rs

from dipnet.recognize.lexicon import Words

chairs = importlib.import_module("dipnet.timex.chairs")
page = importlib.import_module("dipnet.extract.common.page")

_ALPHA = list("今昨明前去本上下这同当来周星礼日期天年月号初旬中底农历阴正大甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
              "一二三四五六七八九十廿0123456789()（）-/.~至到和、，。 \n为历逾超近会议")


def _text(rng: random.Random, size: int = 60) -> str:
    return "".join(rng.choice(_ALPHA) for _ in range(rng.randrange(0, size)))


def test_occurrences_by_words_or_automaton() -> None:
    """_occurrences gives what repeated str.find from each found word's end gives, whichever way it reads."""
    rng = random.Random(9)
    for _ in range(600):
        text = _text(rng, 400) * rng.choice([1, 1, 40])
        words = sorted({w for _ in range(rng.randrange(1, 60)) if (w := _text(rng, 4))})
        if not words:
            continue
        want = [page._find_after_each(text, w) for w in words]
        assert page._occurrences(text, words) == want
        for kind in (None, ahocorasick_rs.Implementation.NoncontiguousNFA):
            at: list[list[int]] = [[] for _ in words]
            for i, s, _ in ahocorasick_rs.AhoCorasick(words, implementation=kind).find_matches_as_indexes(text, overlapping=True):
                if not at[i] or s >= at[i][-1] + len(words[i]):
                    at[i].append(s)
            assert at == want


def test_chair_words_found_by_in() -> None:
    """A body's plain words held by a text exactly where the search of their alternation finds one."""
    rng = random.Random(2)
    rules, words = chairs._rules(), chairs._plain_words()
    assert len(rules) == len(words) and any(w is not None for w in words)
    pieces = [w for ws in words if ws for w in ws] + ["金", "砖", "欧", "盟", "东", "G2", "0"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces + ["，", "的", "国"]) for _ in range(rng.randrange(0, 8)))
        for (_, _, _, _, named_body), ws in zip(rules, words, strict=True):
            if ws is not None:
                assert any(w in text for w in ws) == (named_body.search(text) is not None)


def test_words_at_past_the_end() -> None:
    def old_at(words: Words, text: str, i: int, min_len: int = 1, min_end: int = 0) -> str | None:
        if i >= len(text):
            return None
        got = words._by_first.get(text[i])
        if got is None or not text.startswith(got, i):
            return None
        for w in got:
            if text.startswith(w, i):
                return w if len(w) >= min_len and i + len(w) >= min_end else None
        return None

    rng = random.Random(4)
    words = Words(["会议", "会", "议长", "国会", "国会议长", "长"])
    for _ in range(3000):
        text = "".join(rng.choice("会议长国的") for _ in range(rng.randrange(1, 12)))
        i, lo, end = rng.randrange(-len(text), len(text) + 3), rng.randrange(1, 4), rng.randrange(0, 14)
        assert words.at(text, i, lo, end) == old_at(words, text, i, lo, end)
