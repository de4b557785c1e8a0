"""(rv5) A day the sentence writes out before the event's word is the event's day, even beside a 前一天 that
counts back from another event (6月5日,即某事前一天,…会谈). Invented sentences."""

from __future__ import annotations

from dipnet.pipeline import extract


def test_a_day_written_out_wins_over_a_day_counted_back() -> None:
    text = ("新华社河内2031年6月9日电\n越南国家主席6月8日抵达老挝进行国事访问。"
            "6月5日,即老挝国会开幕前一天,越南外交部长同老挝外交部长举行会谈。\n")
    meets = [e.date for e in extract(text, source="t.txt").events if e.type == "MEET"]
    assert meets == ["2031-06-05"], meets
