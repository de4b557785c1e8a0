"""The shortcuts event and fact extraction take for speed answer what the plain loops they replace
answer: per-page tables (not_triggers, nested mentions), one expression for a word list, the NUMBER
lookahead, sentences read one at a time."""

from __future__ import annotations

import random
import re

from dipnet.extract.common.clauses import sentences_in as _sentences_in
from dipnet.extract.common.codes import any_of
from dipnet.extract.common.page import EventPage, _matches_at_each_start
from dipnet.extract.figures.numbers import NUMBER
from dipnet.model import Page
from dipnet.normalize import normalize
from dipnet.pipeline import run_stages

_TEXT = ("越南国会主席在河内会见老挝国民议会议长,双方同意加强议会议员交流。"
         "国际安全会议和东盟地区安全会议期间,越南外交部副部长与常任理事国代表举行会谈。"
         "两国贸易额达到三百五十亿美元,同比增长12.5%,约百万剂疫苗和1亿2000万美元援助!")


def test_not_trigger_matches_at_every_start_are_what_a_match_at_each_position_finds() -> None:
    patterns = (re.compile("议会议长"), re.compile("(?<!国际)安全会议"), re.compile("议会议[员长]"), re.compile("会议"))
    want = sorted((at, m.end()) for p in patterns for at in range(len(_TEXT) + 1)
                  if (m := p.match(_TEXT, at)) is not None)
    assert _matches_at_each_start(_TEXT, patterns) == want
    assert (_TEXT.index("安全会议"), _TEXT.index("安全会议") + 4) not in want  # 国际安全会议: the lookbehind sees before


def test_any_of_is_any_word_in_the_span() -> None:
    words = ("议长", "a.b", "[x]", "会谈")
    rng = random.Random(5)
    for _ in range(300):
        a = rng.randrange(len(_TEXT))
        b = rng.randrange(a, len(_TEXT) + 1)
        assert (any_of(words).search(_TEXT, a, b) is not None) == any(w in _TEXT[a:b] for w in words)
    assert any_of(()).search(_TEXT) is None
    assert any_of(("a.b",)).search("axb") is None  # the words are literal, not expressions


def test_number_lookahead_changes_no_match() -> None:
    plain = re.compile(NUMBER.pattern.removeprefix(NUMBER.pattern[:NUMBER.pattern.index("(?:") + 3])[:-1])
    for at in range(len(_TEXT)):
        got, want = NUMBER.match(_TEXT, at), plain.match(_TEXT, at)
        assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))
    assert [m.group() for m in NUMBER.finditer(_TEXT)] == [m.group() for m in plain.finditer(_TEXT)]


def test_nested_mentions_are_those_a_longer_one_holds() -> None:
    doc = run_stages(normalize(Page(source="t", text=_TEXT)))
    page = EventPage(doc)
    for i, m in enumerate(page.mentions):
        want = [o for o in page.mentions if o is not m and o.start <= m.start and m.end <= o.end
                and (o.end - o.start) > (m.end - m.start)]
        assert sorted(id(o) for o in page._holders[i]) == sorted(id(o) for o in want)
    inside = page.in_span(0, len(_TEXT))
    assert all(not any(o is not m and o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
                       for o in inside) for m in inside)


def test_sentences_in_end_at_the_first_mark() -> None:
    text = "甲。乙!  丙?丁\n戊"
    assert _sentences_in(text, 0, len(text)) == [(0, 2), (2, 4), (6, 8), (8, 10), (10, 11)]
    assert _sentences_in(text, 0, len(text), "。") == [(0, 2), (2, 11)]
