"""pd (stop 54): a deputy premier's term in kb/data/positions.tsv that started on the wrong day kept
a page naming him with another holder's title from any year their terms share. 裴青山 was approved as
副总理 (keeping the foreign ministry) by the National Assembly on 2024-08-26, not in 2025."""

from __future__ import annotations

from dipnet.kb import load_kb
from dipnet.pipeline import extract


def test_deputy_premier_and_foreign_minister_term_starts_in_august_2024() -> None:
    posts = {(p.title, p.start) for p in load_kb().positions("person:bui-thanh-son")}
    assert ("副总理", "2024-08-26") in posts


def test_a_page_naming_him_with_a_secretary_of_state_of_2021_2025_is_dated_inside_both_terms() -> None:
    # invented: the US secretary of state left office on 2025-01-20, so the two titles meet only in 2024-25
    doc = extract("越南政府副总理兼外交部长裴青山与美国国务卿布林肯通电话，双方就双边合作交换意见。\n", source="t.txt")
    assert doc.published is not None
    assert doc.published.date[:4] in ("2024", "2025"), doc.published
    assert "2024-08-26" in (doc.published.evidence or ""), doc.published
