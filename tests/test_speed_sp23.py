"""sp23 (issue 13's speed condition): each function sp23 changed gives what the code it replaced gave, on
random and invented text (the replaced code is rebuilt from the new code's source, speedref.as_before, or
kept here, and compared with the new)."""

from __future__ import annotations

import importlib
import random
import re

import ahocorasick_rs

from dipnet.extract.common.page import EventPage
from dipnet.extract.common.timeindex import TimeIndex
from dipnet.model import Coverage, Document, Mention, Segment, TimeExpr
from dipnet.recognize.lexicon import Words, name_rules
from speedref import as_before as _as_before

suffixed = importlib.import_module("dipnet.recognize.suffixed")
factcontext = importlib.import_module("dipnet.extract.figures.factcontext")
factwords = importlib.import_module("dipnet.extract.figures.factwords")


def as_before(method, new: str, old: str):  # type: ignore[no-untyped-def]
    """speedref.as_before for a method: its source is dedented by one level, so are the texts given here."""
    def out(text: str) -> str:
        return "\n".join(line[4:] if line.startswith("    ") else line for line in text.split("\n"))
    return _as_before(method, out(new), out(old))


def _segments(rng: random.Random, size: int) -> list[Segment]:
    out = []
    for _ in range(rng.randint(0, 8)):
        a = rng.randint(0, size)
        b = rng.randint(a, size)
        out.append(Segment(rng.choice(["title", "body", "brief", "caption"]), a, b, rng.choice([None, 0, 1, 2])))
    return out


def test_segment_at_and_brief_at_as_before() -> None:
    """segment_at and brief_at (now with its lookup inline) give what segment_at with its key tuple gave,
    also after the segments are replaced by another list or grow."""
    old_at = as_before(Document.segment_at, """        segments = self.segments
        cached = self.__dict__.get("_segment_index")  # (the list's id, its length, the index: no key tuple per call)
        if cached is None or cached[0] != id(segments) or cached[1] != len(segments):
            cached = (id(segments), len(segments), SegmentIndex(segments))
            self.__dict__["_segment_index"] = cached
        index = cached[2]""", """        key = (id(self.segments), len(self.segments))
        cached = self.__dict__.get("_old_segment_index")
        if cached is None or cached[0] != key:
            cached = (key, SegmentIndex(self.segments))
            self.__dict__["_old_segment_index"] = cached
        index = cached[1]""")
    rng = random.Random(23)
    for _ in range(400):
        doc = Document(doc_id="d", source="s", raw="x" * 60, text="x" * 60, offsets=list(range(61)))
        doc.segments = _segments(rng, 60)
        for step in range(3):
            for pos in range(-1, 62):
                got = doc.segment_at(pos)
                assert got is old_at(doc, pos)
                assert doc.brief_at(pos) == (got.brief if got is not None else None)
            if step == 0:
                doc.segments.append(Segment("body", 0, 60, 3))  # grown
            else:
                doc.segments = _segments(rng, 60)  # replaced


def test_coverage_as_before() -> None:
    """Coverage without its b > a test marks what it marked (spans empty, reversed or past the end included)."""
    old_init = as_before(Coverage.__init__, """            marks[a:b] = b"\\x01" * (b - a)  # (a span with b <= a: no bytes into an empty slice, no change)""",
                         """            if b > a:
                marks[a:b] = b"\\x01" * (b - a)""")
    rng = random.Random(7)
    for _ in range(3000):
        size = rng.randint(0, 30)
        spans = [(rng.randint(-2, size + 3), rng.randint(-2, size + 3)) for _ in range(rng.randint(0, 6))]
        spans = [(a, b) for a, b in spans if a >= 0 and b >= 0]
        new = Coverage(size, spans)
        old = Coverage.__new__(Coverage)
        old_init(old, size, spans)
        assert new._marks == old._marks


def test_starting_in_as_before() -> None:
    """starting_in gives a new list equal to the old copy of the slice, for a list and a tuple of times."""
    old = as_before(TimeIndex.starting_in, """            got = self.times[lo:hi]  # (a list's slice is a new list already: copied again only where times is no list)
            return got if type(got) is list else list(got)""", """            return list(self.times[lo:hi])""")
    rng = random.Random(3)
    for _ in range(500):
        starts = sorted(rng.randint(0, 40) for _ in range(rng.randint(0, 8)))
        if rng.random() < 0.3:
            rng.shuffle(starts)
        times = [TimeExpr(s, s + 2, "2024", "year") for s in starts]
        for seq in (times, tuple(times)):
            index = TimeIndex(seq)
            for _ in range(10):
                a, b = sorted((rng.randint(-1, 42), rng.randint(-1, 42)))
                got = index.starting_in(a, b)
                assert type(got) is list and got == old(index, a, b)
                if seq is times:
                    assert got is not times


def test_in_span_as_before() -> None:
    """in_span with its memo dict made once gives the old answers, each caller its own list."""
    old = as_before(EventPage.in_span, """        done: dict[tuple[int, int], list[Mention]] | None = self.__dict__.get("_in_span")
        if done is None:  # (made on the first question, not a new empty dict handed to setdefault per call)
            done = self.__dict__["_in_span"] = {}""", """        done: dict[tuple[int, int], list[Mention]] = self.__dict__.setdefault("_old_in_span", {})""")
    rng = random.Random(5)
    for _ in range(200):
        page = EventPage.__new__(EventPage)
        spans = sorted((s, s + rng.randint(1, 6)) for s in (rng.randint(0, 40) for _ in range(rng.randint(0, 10))))
        page.mentions = [Mention(a, b, "x" * (b - a), "PERSON") for a, b in spans]
        page._starts = [m.start for m in page.mentions]
        page._longest = max([m.end - m.start for m in page.mentions], default=0)
        page._holders = EventPage._holding(page)
        for _ in range(30):
            a, b = sorted((rng.randint(0, 48), rng.randint(0, 48)))
            got, want = page.in_span(a, b), old(page, a, b)
            assert got == want and got is not want
            got.append(page.mentions[0]) if page.mentions else None  # a caller changing its list changes no other's
            assert page.in_span(a, b) == want


def test_money_names_as_before() -> None:
    data = factwords.load_data("facts.toml")
    assert factwords.money_names() == frozenset(w for u in data["units"] if u["kind"] == "money" for w in u["words"] if w)
    assert factwords.money_names() is factwords.money_names()


def _word_starts_old(words: Words, text: str) -> list[int]:
    """_word_starts before sp23: an automaton of the list's own, every start of every word (overlaps too)."""
    if not words.words:
        return []
    ac = ahocorasick_rs.AhoCorasick(list(words.words))
    return sorted({s for _, s, _ in ac.find_matches_as_indexes(text, overlapping=True)})


def test_word_starts_as_before() -> None:
    """Read off the page's pass, where a suffix starts is what the list's own automaton found, for the rules'
    suffix lists (held by the pass) and for a list the pass does not hold (read by str.find)."""
    rules = name_rules()
    lists = [rules.org_suffixes, rules.joint_body_suffixes or Words(()), rules.namesake_suffixes or Words(()),
             Words(["委员会", "会", "员会", "合作社", "甲乙"]), Words(())]
    rng = random.Random(11)
    pieces = ["越南", "河内", "市", "人民", "，", "。", "与", "合作", "中", "x", "\n"]
    for words in lists[:3]:
        pieces += list(words.words)[:60]
    for _ in range(600):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        for words in lists:
            assert suffixed._word_starts(words, text) == _word_starts_old(words, text)


def _page_text(rng: random.Random, pieces: list[str], n: int) -> str:
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, n)))


def test_reads_off_the_page_pass_as_before() -> None:
    """The currency spans, read off recognition's pass over the page, and the
    not-triggers' matches, their search skipped where the pass says a word each match needs is absent, give
    what was found before; a text the pass did not read is read as before."""
    from dipnet.extract.common.codes import codebook
    from dipnet.recognize.scan import found_words, scanned

    page = importlib.import_module("dipnet.extract.common.page")
    old_matches = _as_before(page._matches_at_each_start, """    held = page_words(text)  # (the page's text: which words it holds, read off recognition's one pass)
    for pattern in patterns:
        if held is not None and lacks(held, pattern):
            continue  # (a word every match holds is nowhere on the page: no search of it; most pages hold none)
""", """    for pattern in patterns:
""")
    cb = codebook()
    money = sorted(factwords.money_names())
    rng = random.Random(13)
    pieces = ["越南", "中国", "，", "。", "1", "2", "日", "月", "年", "与", "x", "\n", "会", "人民", "双边", "国际", "记者"]
    pieces += money[:20] + [p.pattern for p in cb.not_triggers if p.pattern.isalpha()]
    pieces += ["安全会议", "峰会", "会议", "招待会", "来越", "来华", "甲乙丙"]
    for k in range(600):
        text = _page_text(rng, pieces, 60)
        if k % 3:  # the page recognition read last (else another text is)
            found_words(text, ["越南"])
            assert scanned(text)
        else:
            found_words(text + "。", ["越南"])
            assert not scanned(text) or not text
        old_money = sorted((s, e) for _, s, e in ahocorasick_rs.AhoCorasick(money).find_matches_as_indexes(text, overlapping=True))
        ctx = factcontext.Context.__new__(factcontext.Context)
        ctx.text = text
        assert ctx._currency_spans == (old_money, max(map(len, money)))
        # (and a pattern whose word the pass does not look for: searched, never taken for absent)
        patterns = (*cb.not_triggers, re.compile("(?<=双边)甲乙丙"))
        assert page._matches_at_each_start(text, patterns) == old_matches(text, patterns)


def test_dfa_automata_as_before() -> None:
    """The word pass, the titles' and the numbered words' automata, built with the implementation each names
    (DFAs once, contiguous NFAs now), find what the default automata over the same words found (overlapping,
    or leftmost-longest for the titles)."""
    from dipnet.recognize.gazetteer import gazetteer
    from dipnet.recognize.scan import word_scan

    knowledge = importlib.import_module("dipnet.timex.knowledge")
    scan, gaz = word_scan(), gazetteer()
    cases = [(scan._ac, list(scan._words), True, {}),
             (gaz.titles, list(gaz.title_forms), False, {"matchkind": ahocorasick_rs.MatchKind.LeftmostLongest})]
    rng = random.Random(17)
    for ac, words, overlapping, kw in cases:
        default = ahocorasick_rs.AhoCorasick(words, **kw)
        pieces = rng.sample(words, min(200, len(words))) + ["，", "。", "x", "1", "越南"]
        for _ in range(300):
            text = _page_text(rng, pieces, 30)
            if overlapping:
                assert ac.find_matches_as_indexes(text, overlapping=True) == \
                    default.find_matches_as_indexes(text, overlapping=True)
            else:
                assert ac.find_matches_as_indexes(text) == default.find_matches_as_indexes(text)
    # the numbered words: the automaton _numbered_words builds, and one built over the same words by default
    real = knowledge.ahocorasick_rs.AhoCorasick
    knowledge._numbered_words.cache_clear()
    try:
        knowledge.ahocorasick_rs.AhoCorasick = lambda words, **kw: real(words)  # the default automaton
        plain = knowledge._numbered_words()
    finally:
        knowledge.ahocorasick_rs.AhoCorasick = real
        knowledge._numbered_words.cache_clear()
    assert knowledge._numbered_words()[0] is not plain[0]
    pieces = ["2", "一带一路", "第", "届", "次", "全会", "，", "。", "越南", "2024年", "十三", "中全会", "APEC"]
    for _ in range(300):
        text = _page_text(rng, pieces, 20)
        assert knowledge._numbered_words()[0].find_matches_as_indexes(text, overlapping=True) == \
            plain[0].find_matches_as_indexes(text, overlapping=True)
