"""Facts (fc1, issue 13): a headline's figure told with a time of its own (今年再捐150万美元) is not the
body's same sum of another year (继去年捐赠150万美元后,今年再捐款150万美元): both years' sums are claims.
A headline's figure with no time of its own is still the body's, whatever year the body tells.
Invented pages."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def sums(page: str) -> list[tuple[float, str, str]]:
    doc = extract(page, source="t.txt")
    return sorted((f.value, f.unit, (f.as_of or "")[:4]) for f in doc.facts)  # type: ignore[misc]


@pytest.mark.parametrize("page", [
    "臺灣今年再捐150萬美元助APEC\n\n中央社台北2021年11月8日電 繼去年捐贈150萬美元後,今年臺灣再捐款150萬美元協助APEC推動合作計畫。\n",
    "臺灣援助APEC\n\n中央社台北2021年11月8日電 外交部今天說明對APEC的援助。\n\n今年再捐150萬美元\n\n"
    "繼去年捐贈150萬美元後,今年臺灣再捐款150萬美元協助APEC推動合作計畫。\n",
])
def test_a_timed_headline_sum_is_not_the_body_sum_of_another_year(page: str) -> None:
    assert sums(page) == [(1.5e6, "USD", "2020"), (1.5e6, "USD", "2021")]


def test_an_untimed_headline_sum_is_the_body_sum_of_its_year() -> None:
    page = "越南向古巴捐赠1万吨大米\n\n越通社河内2024年3月5日电——2023年越南政府向古巴捐赠了1万吨大米。\n"
    assert sums(page) == [(10000, "tonne", "2023")]
