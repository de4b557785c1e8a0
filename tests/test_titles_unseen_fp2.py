"""Titles on invented pages (fp2): a wire's dateline of compiled reports on a line of its own."""
from __future__ import annotations

from dipnet.model import Page
from dipnet.normalize import normalize
from dipnet.segment import segment


def _title(text: str) -> str:
    return segment(normalize(Page(source="t.txt", text=text))).title


_STORY = "甲国举行的乙丙高峰会今天进入最后阶段，各国领袖试图为加强合作的承诺充实具体内容。"


def test_a_dateline_of_compiled_wire_reports_opens_the_story_under_it() -> None:
    # "中央社／ 某地25日綜合外電報導" is the dateline, as "中央社／ 某地30日專電" is: it opens the story under it, the
    # lead; the page printed no headline, and its title is its first line, the crawl's date line (as the gold of
    # fp42, fp47, fp57 reads it, and the official gold a headless page's first line: dev d16, d18)
    for dateline in ("中央社／ 安哥拉魯安達25日綜合外電報導", "中央社／ 東京30日專電"):
        page = f" date 2025-11-25 快訊\n\n{dateline}\n\n{_STORY}\n\n法新社報導，峰會進入第2天。\n"
        doc = segment(normalize(Page(source="t.txt", text=page)))
        assert doc.title == "date 2025-11-25 快訊", dateline
        kinds = [(s.kind, doc.text[s.start:s.end]) for s in doc.segments]
        assert [k for k, _ in kinds[:3]] == ["title", "dateline", "lead"], dateline
        assert kinds[2][1].startswith("甲国举行的乙丙高峰会"), dateline


def test_a_reporters_byline_over_a_caption_stays_the_first_line() -> None:  # (a guard: the byline convention)
    page = "聯合報／ 記者林大文／即時報導\n甲國總理（右一）與乙國總理舉行會談。（新華社）\n乙國總理25日抵達甲國訪問。\n"
    assert _title(page) == "聯合報／ 記者林大文／即時報導"
