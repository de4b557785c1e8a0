"""One walker of the sentences after an event's clause (extract/common/following.py), shared by the readers that
look there for the people a lead or a setting left unnamed (participants/namedafter.py, settingspeakers.py): how far
it reads (sentences, paragraphs), whether it reads after a headline, what ends a sentence and the stop it marks."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.following import sentences_after
from dipnet.model import Segment

TITLE = "甲乙两国外长会晤\n"
LEAD = "甲国外长在某市会见乙国外长。会见中,甲方介绍了情况;乙方表示赞同。双方还谈到合作。\n"
BODY = "第二段第一句。第二段第二句。\n"
THIRD = "第三段。\n"
BRIEF = "另一则消息。\n"


def _page() -> Any:
    """A page of a title, a lead, two body paragraphs and a paragraph of another brief (only what the walker reads)."""
    text, segments, at = "", [], 0
    for kind, part, brief in (("title", TITLE, None), ("lead", LEAD, None), ("body", BODY, None),
                              ("body", THIRD, None), ("body", BRIEF, 1)):
        segments.append(Segment(kind, at, at + len(part), brief))
        text, at = text + part, at + len(part)
    doc = SimpleNamespace(text=text, segments=segments,
                          segment_at=lambda pos: next((s for s in segments if s.start <= pos < s.end), None))
    return SimpleNamespace(doc=doc)


def _clause(page: Any, words: str) -> Clause:
    start = page.doc.text.index(words)
    end = min(i for mark in "。\n" if (i := page.doc.text.find(mark, start)) != -1) + 1
    return Clause(start, start + len(words), (start, end), None)


def _read(page: Any, spans: list[tuple[int, int, bool]]) -> list[str]:
    return [page.doc.text[a:b] for a, b, _ in spans]


def test_it_reads_as_many_sentences_as_its_reach_across_paragraphs() -> None:
    page = _page()
    c = _clause(page, "甲国外长在某市会见乙国外长")
    assert _read(page, list(sentences_after(page, c, 4))) == ["会见中,甲方介绍了情况;", "乙方表示赞同。",
                                                             "双方还谈到合作。", "第二段第一句。"]


def test_what_ends_a_sentence_is_a_parameter() -> None:
    page = _page()
    c = _clause(page, "甲国外长在某市会见乙国外长")
    assert _read(page, list(sentences_after(page, c, 1, ends="。!?\n"))) == ["会见中,甲方介绍了情况;乙方表示赞同。"]


def test_it_reads_no_further_than_its_paragraphs_nor_into_another_brief() -> None:
    page = _page()
    c = _clause(page, "第二段第一句")
    assert _read(page, list(sentences_after(page, c, 9, paragraphs=1))) == ["第二段第二句。"]
    assert _read(page, list(sentences_after(page, c, 9))) == ["第二段第二句。", "第三段。"]


def test_after_a_headline_only_where_asked() -> None:
    page = _page()
    c = _clause(page, "甲乙两国外长会晤")
    assert list(sentences_after(page, c, 2, after_headline=False)) == []
    assert _read(page, list(sentences_after(page, c, 1))) == ["甲国外长在某市会见乙国外长。"]


def test_each_sentence_comes_with_whether_the_stop_holds_of_it() -> None:
    page = _page()
    c = _clause(page, "甲国外长在某市会见乙国外长")
    marks = [s for _, _, s in sentences_after(page, c, 3, stop=lambda a, b: "赞同" in page.doc.text[a:b])]
    assert marks == [False, True, False]
