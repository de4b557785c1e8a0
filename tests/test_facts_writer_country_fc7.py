"""Facts (fc7, issue 13): 我国 is the writer's own country. Where the page's URL does not tell the outlet's
country, its dateline agency does (（中央社…電） -> 台湾, 越通社 -> 越南, 联合早报 -> 新加坡); before, 我国 fell
to the country the page names most, often the receiver of a gift. Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def holders(body: str) -> list[tuple[float, str | None]]:
    doc = extract("题目\n\n" + body + "\n", source="t.txt")
    return [(f.value, f.subject) for f in doc.facts]  # type: ignore[misc]


C = "（中央社記者王大明台北2024年3月5日電）"


@pytest.mark.parametrize("body, value, holder", [
    (C + "我國捐贈菲律賓1000公噸白米。", 1000, "台湾"),
    (C + "我國向菲律賓捐贈1000公噸白米。", 1000, "台湾"),
    ("越通社河内2024年3月5日电——泰国总理会见了越南代表团。泰国是重要伙伴。我国去年对泰国出口达90亿美元。", 9e9, "越南"),
    ("【联合早报2024年3月5日讯】马来西亚部长访问新加坡。我国去年对马来西亚出口达500亿新元。", 5e10, "新加坡"),
])
def test_wo_guo_is_the_dateline_agencys_country(body: str, value: float, holder: str) -> None:
    got = holders(body)
    assert (value, holder) in got, got


def test_the_url_still_tells_first() -> None:
    doc = extract("题目\n\n" + C + "我國捐贈菲律賓1000公噸白米。\n", source="t.txt", url="https://www.sinchew.com.my/x.html")
    assert (1000, "马来西亚") in [(f.value, f.subject) for f in doc.facts]
