"""A page whose URL cannot be parsed is read from its text alone, with a problem naming why (invented page)."""

from __future__ import annotations

import pytest

from dipnet.model import Page
from dipnet.pipeline import process_page

TEXT = ("越南总理会见老挝外长\n\n越通社河内——3月5日，越南总理在河内会见了到访的老挝外长。"
        "双方同意加强合作。\n")


@pytest.mark.parametrize("url", ["https://[example.org/a/越南总理会见老挝外长纪要", "http://example.org:99999/news/1.html"])
def test_a_damaged_url_is_dropped_with_a_problem_and_the_page_is_read(url: str) -> None:
    doc = process_page(Page(source=url, text=TEXT, url=url))
    assert doc.url is None
    assert [(p.stage, "cannot be parsed" in p.reason) for p in doc.problems] == [("normalize", True)]
    assert doc.title == "越南总理会见老挝外长"
    assert any(e.type == "MEET" for e in doc.events)


def test_a_sound_url_is_kept_without_a_problem() -> None:
    url = "https://example.org/news/2025/0305/1.html"
    doc = process_page(Page(source=url, text=TEXT, url=url))
    assert doc.url == url and doc.problems == []
