"""sp10: the faster paths find exactly what the old ones did (invented text)."""

from __future__ import annotations

import importlib
import random
import re
from pathlib import Path

import pytest

from dipnet.recognize.gazetteer import gazetteer
from dipnet.recognize.kbviews import post_words as _posts
from dipnet.rxneeds import may_match, needed_words
from dipnet.timex.pageday import _CJK, _STRIP_DATE, date_strip_lines
from dipnet.timex.schoolyears import school_years as _school_years


def _old_date_strip_lines(text: str) -> str:
    if len(_STRIP_DATE.findall(text)) < 3:
        return text
    out = []
    for ln in text.split("\n"):
        dates = list(_STRIP_DATE.finditer(ln))
        words = len(_CJK.findall(_STRIP_DATE.sub("", ln)))
        out.append(" " * len(ln) if len(dates) >= 3 and words <= 2 * len(dates) // 3 else ln)
    return "\n".join(out)


def test_date_strip_lines_as_before() -> None:
    texts = [
        "本报讯 2024-01-02 发布\n正文说明两国关系。",
        "2024-01-02,1| 2024-01-03,2| 2024-01-04,3|\n外长会谈于2024年3月5日举行。",
        "甲2024-01-02乙2024-01-03丙\n丁2024-01-04戊己庚辛壬癸",  # three dates, none three on one line
        "2024-01-02 2024-01-03 2024-01-04 今天天气很好大家都来了\n2024-02-02 2024-02-03 2024-02-04 一二",
        "",
    ]
    for text in texts:
        assert date_strip_lines(text) == _old_date_strip_lines(text)
    assert date_strip_lines(texts[1]).startswith(" " * 10)  # the calendar line is still blanked


def test_posts_are_the_post_titles() -> None:
    kb = gazetteer().kb
    assert _posts(kb) == frozenset(t for t, info in kb.titles().items() if info.kind == "post")
    assert _posts(kb) is _posts(kb)


def test_needed_words_read_from_patterns() -> None:
    assert needed_words(r"(?<![\d.第])(?P<y>[89]\d|1[01]\d)\s?(?:学|學)年(?:度)?") == (("学年", "學年"),)
    assert needed_words(r"ab(?=c)cd") == (("abcd",),)
    assert needed_words(r"a|bc") == (("a", "bc"),)
    assert needed_words(r"(?i)abc") is None
    assert needed_words(r"\d+") is None
    assert needed_words(r"x?(?:甲|乙)丙\d") == (("乙丙", "甲丙"),)
    assert needed_words(r"\d+月\d+日(?:星期|周)") == (("日周", "日星期"), ("月",))
    assert not may_match(needed_words(r"\d+月\d+日"), "5月份")


def test_needed_words_never_turn_a_match_away() -> None:
    rng = random.Random(7)
    patterns = [r"(?<![\d.第])(?P<y>[89]\d|1[01]\d)\s?(?:学|學)年(?:度)?", r"[甲乙](?:子|丑)?年\d", r"a(?:b|)c+d",
                r"(?:今|明)天\s?(?=会)", r"^\s*第\d+届", r"\d月\d日(?:今|明)?天", r"(?<=学)年(?!度)会"]
    alphabet = "甲乙子丑年学學度今明天会第届 abcd0189\n"
    for source in patterns:
        words = needed_words(source)
        compiled = re.compile(source)
        for _ in range(3000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
            if compiled.search(text):
                assert may_match(words, text), (source, text)


def test_school_year_still_read() -> None:
    got = _school_years("据统计,109学年度共有新生入学。", [])
    assert [(t.value, t.note) for t in got] == [("2020", "ROC school year 109 = 2020")]
    assert _school_years("据统计,109年度共有新生入学。", []) == []


def test_gated_scans_as_the_plain_ones() -> None:
    from dipnet.rxneeds import finditer, may_hold, search

    pattern = re.compile(r"(?<![\d.第])(?P<y>[89]\d|1[01]\d)\s?(?:学|學)年(?:度)?")
    for text in ("109学年度与110學年", "109年度", "", "学年"):
        assert [m.span() for m in finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]
        got, want = search(pattern, text), pattern.search(text)
        assert (got and got.span()) == (want and want.span())
        assert may_hold(pattern, text) or want is None
    assert not may_hold(pattern, "109年度")
    assert may_hold(re.compile(r"\d+"), "")  # no words read: every text may hold a match


_PAGE_TEXT = ("越南国会主席在河内会见老挝国民议会议长,双方同意加强议会议员交流。"
              "国际安全会议期间,越南外交部副部长与常任理事国代表举行会谈。")


def test_in_span_remembered_and_each_caller_gets_its_own_list() -> None:
    from dipnet.extract.common.page import EventPage
    from dipnet.model import Page
    from dipnet.normalize import normalize
    from dipnet.pipeline import run_stages

    page = EventPage(run_stages(normalize(Page(source="t", text=_PAGE_TEXT))))
    spans = [(0, len(_PAGE_TEXT)), (0, 20), (5, 40), (33, len(_PAGE_TEXT))]
    first = [page.in_span(a, b) for a, b in spans]
    fresh = EventPage(page.doc)
    for (a, b), got in zip(spans, first, strict=True):
        again = page.in_span(a, b)
        assert again == got and again is not got
        assert [id(m) for m in fresh.in_span(a, b)] == [id(m) for m in got]
    first[0].clear()  # a caller's list is its own
    assert page.in_span(*spans[0]) == fresh.in_span(*spans[0])


def test_whole_title_as_found() -> None:
    from dipnet.recognize.partnames import _whole_title

    gaz = gazetteer()
    for tail in ("总理", "主席", "外长", "长会", "国主席", "议长"):
        assert _whole_title(tail) == any(s == 0 and t == len(tail) for s, t, _ in gaz.find_titles(tail))


_FACT_TEXT = ("越南与老挝是全面战略合作伙伴关系。两国贸易额达到三十五亿美元,同比增长12.5%。"
              "越南国会主席在河内会见老挝国民议会议长。")


def test_one_context_for_facts_and_relations_of_an_unchanged_page() -> None:
    from dipnet.extract.facts import extract_facts
    from dipnet.extract.figures.factcontext import Context
    from dipnet.extract.figures.sharedcontext import context_of
    from dipnet.extract.relations import extract_relations
    from dipnet.model import Mention, Page
    from dipnet.normalize import normalize
    from dipnet.pipeline import run_stages

    doc = run_stages(normalize(Page(source="t", text=_FACT_TEXT)))
    facts, relations = doc.facts, doc.relations
    ctx = context_of(doc)
    assert context_of(doc) is ctx
    doc.facts = []  # an output of the stages: the context never reads it
    assert context_of(doc) is ctx
    doc.mentions = list(doc.mentions)  # another list: a context of its own
    again = context_of(doc)
    assert again is not ctx
    doc.mentions.append(Mention(0, 2, "越南", "COUNTRY"))  # one more mention: again
    assert context_of(doc) is not again
    doc.mentions.pop()
    other = run_stages(normalize(Page(source="u", text=_FACT_TEXT)))
    assert context_of(other) is not context_of(doc)
    # what the stages find with the shared context is what a fresh one finds
    assert extract_facts(other) == facts and extract_relations(other) == relations
    assert isinstance(context_of(other), Context)


def test_titles_of_the_last_long_text_kept() -> None:
    gaz = gazetteer()
    text = "越南国家主席会见老挝国会主席和柬埔寨首相。" * 4  # longer than 64 characters
    first = gaz.find_titles(text)
    want = [(s, e, gaz.title_forms[i]) for i, s, e in gaz.titles.find_matches_as_indexes(text)]
    assert first == want and first
    first.clear()  # a caller's list is its own
    assert gaz.find_titles(text) == want
    short = gaz.find_titles("总理")
    assert short == [(s, e, gaz.title_forms[i]) for i, s, e in gaz.titles.find_matches_as_indexes("总理")]
    assert gaz.find_titles(text) == want  # a short text asked between keeps the long one's
    other = text + "外长"
    assert gaz.find_titles(other) == [(s, e, gaz.title_forms[i]) for i, s, e in gaz.titles.find_matches_as_indexes(other)]


def test_gates_kept_between_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import dipnet.rxneeds as rn

    monkeypatch.setenv("DIPNET_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rn, "_NEW", {})
    rn._kept.cache_clear()
    source = r"(?<=记者)招待会(?:上)?"
    assert rn._gate(source, 0) == (("招待会",),)
    assert rn._gate("说明", 0) is None  # a literal prefix: the engine skips by itself
    rn._save()
    rn._kept.cache_clear()
    assert rn._kept()[(source, 0)] == (("招待会",),) and rn._kept()[("说明", 0)] is None
    rn._kept.cache_clear()


def test_surname_posts_as_the_search_finds_them() -> None:
    from dipnet.extract.common.shortrefs import _patterns, _post_words, _surname_posts

    post_at = _patterns()[0]
    text = "蔡总统与马总理会谈,国务卿访问,牛大使、李副总理和王外长外相总书记委员长出席。总统府"
    want: dict[int, str] = {}
    m = post_at.search(text)
    while m is not None:
        want[m.start()] = m.group()
        m = post_at.search(text, m.start() + 1)
    assert _post_words() and want
    got = _surname_posts(text, post_at)
    # the same places read as the search reads them
    sr = importlib.import_module("dipnet.extract.common.shortrefs")
    saved = sr._post_words
    try:
        sr._post_words = lambda: ()  # type: ignore[assignment]
        assert _surname_posts(text, post_at) == got
    finally:
        sr._post_words = saved


def test_at_least_counts_as_findall() -> None:
    from dipnet.rxneeds import at_least

    rng = random.Random(11)
    han = re.compile(r"[\u4e00-\u9fff]")
    for _ in range(500):
        text = "".join(rng.choice("中国ab 1越南。") for _ in range(rng.randint(0, 15)))
        a = rng.randint(0, len(text))
        z = rng.randint(a, len(text) + 2)
        for n in (0, 1, 4, 8):
            assert at_least(han, text, n) == (len(han.findall(text)) >= n)
            assert at_least(han, text, n, a, z) == (len(han.findall(text, a, z)) >= n)


def test_in_order_as_the_tuple_key() -> None:
    from dipnet.model import Mention, in_order, sort_in_order

    rng = random.Random(3)
    for _ in range(300):
        ms = []
        for i in range(rng.randint(0, 30)):
            a = rng.randint(0, 8)
            ms.append(Mention(a, a + rng.randint(0, 4), f"m{i}", "ORG"))
        want = sorted(ms, key=lambda m: (m.start, -m.end))
        assert [id(m) for m in in_order(ms)] == [id(m) for m in want]
        same = list(ms)
        sort_in_order(same)
        assert [id(m) for m in same] == [id(m) for m in want]
