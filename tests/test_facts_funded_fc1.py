"""Facts (fc1, issue 13): a bare fund after a verb of funding (挹注基金, 向基金注资) is what is funded, not
the holder of the sum: the body that funds it holds it, even where the fund was named before. Invented
sentences (the fc1 probe grid, /work/notes/s7/fc1/probes.md)."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def holders(body: str, value: float) -> set[str]:
    doc = extract("题目\n\n" + body + "\n", source="t.txt")
    return {f.subject for f in doc.facts if f.value == value}


@pytest.mark.parametrize("body, value, holder", [
    ("中央社台北2024年3月5日電 外交部表示,將每年挹注基金100萬美元,協助友邦培訓人才。", 1e6, "台湾"),
    ("中央社台北2024年3月5日電 臺灣與該銀行成立「臺灣-亞洲夥伴信託基金」。外交部將每年挹注基金50萬美元。", 5e5, "台湾"),
    ("新华社河内2024年3月5日电 中国与东盟设立合作基金。中方此后又向基金注资1亿美元。", 1e8, "中国"),
])
def test_the_funder_holds_the_sum_not_the_fund(body: str, value: float, holder: str) -> None:
    got = holders(body, value)
    assert got and all(holder in h for h in got)
