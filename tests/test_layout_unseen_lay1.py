"""Page-level layout slips that cost a whole page its events, facts and entities (lay1). All text here
is invented."""

from __future__ import annotations

from dipnet.model import Page
from dipnet.normalize import normalize
from dipnet.segment import segment


def _doc(text: str):  # type: ignore[no-untyped-def]
    return segment(normalize(Page(source="t.txt", text=text)))


def _zones(text: str, line: str) -> set[str]:
    doc = _doc(text)
    at = doc.text.index(line)
    return {s.kind for s in doc.segments if s.start <= at < s.end}


# a page that opens with its story's first paragraph: no headline was printed (or crawled)
UNTITLED = ("3月5日,北方国外交部长甲乙丙在首都会见南方国驻该国大使丁戊己,双方就扩大两国贸易合作交换意见。"
            "甲乙丙表示,去年两国贸易额达到12亿美元,同比增长8.5%。\n"
            "丁戊己表示,南方国愿同北方国一道推动两国关系不断向前发展。")


def test_an_opening_paragraph_is_the_title_and_the_lead() -> None:
    doc = _doc(UNTITLED)
    first = UNTITLED.split("\n")[0]
    assert doc.title == first  # (the first line is all the page gives for a title)
    assert _zones(UNTITLED, "3月5日") == {"lead"}
    assert _zones(UNTITLED, "丁戊己表示") == {"body"}


def test_a_crawl_date_before_an_opening_paragraph_is_furniture() -> None:
    page = "date 2024-03-06 " + UNTITLED
    assert _zones(page, "date 2024") == {"boilerplate"}
    assert _zones(page, "3月5日") == {"lead"}


def test_a_headline_stays_the_title() -> None:
    page = "北方国外交部长会见南方国大使\n" + UNTITLED
    doc = _doc(page)
    assert doc.title == "北方国外交部长会见南方国大使"
    assert _zones(page, "北方国外交部长会见南方国大使") == {"title"}
    assert _zones(page, "3月5日") == {"lead"}
