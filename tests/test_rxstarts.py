"""rxstarts.finditer gives pattern.finditer's matches, trying the pattern only where a match can start."""

from __future__ import annotations

import random
import re

from dipnet.rxstarts import finditer, places

PATTERNS = [
    r"[(（](?:图片来源|来源|图)[:：]\s*(?P<name>[\u4e00-\u9fff]{2,10})\s*[)）]|(?:^|\n|(?<=[)）]))[ \u3000]*"
    r"(?P<n2>[\u4e00-\u9fff]{1,6}社)\d{1,2}月",
    r"(?:(?:根据|据|援引)|[「“《]|(?:^|(?<=[。，,；;：:\n])))(?P<name>[\u4e00-\u9fff]{2,9}?)[」”》]?等?(?:报道|消息)",
    r"(?:^|(?<=[。!?\n,;:]))\s*(?:上午|下午)?(总统|总理)(?=表示|说)",
    r"(?m)^\s*(?:在|此次)?(?:会见|会谈)(?:时|中)[,，]",
    r"(?i)&(?:#[0-9]{1,7}|[a-z]{2,8});|(?<!!)\[([^\[\]\n]{1,20})\]\(/[^\s()]*\)|</?(?:p|br)>",
]
ALPHABET = list("&#;[]!/<>pPbBrR在此会见谈时中据根援引「“《」”》。，,；;：:\n()（）图来源社报道消息等总统理上下午表示说月 \u30001203新华人民") + ["图片来源", "新华社", "据报道"]


def test_places_read_from_the_openings() -> None:
    where = places(PATTERNS[1])
    assert where is not None and where.at_zero
    assert set("根据援「“《") <= where.firsts and set("。，\n") <= where.afters
    assert places(r"\s*总统") is None  # an opening that may be absent: not read
    assert places(r"(?=总统)") is None  # a look-ahead alone
    assert places(r"(?=总统)总").firsts == {"总"}  # type: ignore[union-attr]
    assert places(r"(?i)a[bc]") is None and places(r"(?i)&a") is not None  # a letter's other case


def test_same_matches_as_finditer_on_random_text() -> None:
    rnd = random.Random(17)
    for source in PATTERNS:
        pattern = re.compile(source)
        where = places(source)
        assert where is not None
        for _ in range(3000):
            text = "".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 40)))
            want = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in finditer(pattern, text, where)] == want, text


def test_unknown_places_fall_back() -> None:
    pattern = re.compile(r"\s*总统")
    assert [m.span() for m in finditer(pattern, " 总统 总统", None)] == [(0, 3), (3, 6)]


def test_needed_words_narrow_the_places() -> None:
    pattern = re.compile(PATTERNS[1])
    where, need = places(PATTERNS[1]), (re.compile("报道|消息"), 2 + 9 + 2)
    rnd = random.Random(13)
    for _ in range(3000):
        text = "".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 40)))
        want = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in finditer(pattern, text, where, need)] == want, text
    assert list(finditer(pattern, "据新华社说", where, need)) == []  # no verb: not read
