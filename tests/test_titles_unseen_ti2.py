"""Titles on invented pages (session 6, helper ti2): a title stays on one printed line."""
from __future__ import annotations

from dipnet.model import Page
from dipnet.normalize import normalize
from dipnet.segment import segment


def _title(text: str) -> str:
    return segment(normalize(Page(source="t.txt", text=text))).title


def test_caption_with_no_full_stop_is_not_run_into_the_story_under_it() -> None:
    # a headless opening: a photo's caption ending in its agency (no full stop), then the story
    page = ("date 2025-03-04 2月28日，甲國總統與乙國外長在首都舉行會談。路透社\n\n"
            "乙國外交部今天表示，雙方同意擴大經貿合作，並將在年內簽署新的投資協議，兩國官員已展開磋商。\n\n"
            "甲國總統辦公室稱，會談氣氛友好。\n")
    assert _title(page) == "date 2025-03-04 2月28日，甲國總統與乙國外長在首都舉行會談。路透社"
