"""The years of a programme carried out (fx, stop 54): its object may stand between the verb and the
years (在推行改革20多年之后, 历经超过十年的建设), and the achievements of a programme's years
(30年开发事业的巨大成就) are a claim of those years; a bare span opening a clause stays none. Invented
sentences."""

from __future__ import annotations

import pytest

from invented import fact_units

X = "新华社河内3月5日电 "


@pytest.mark.parametrize("body, want", [
    (X + "老挝在推行改革20多年之后,国际地位明显提高。", 20),
    (X + "历经超过十年的建设,该港口已成为地区枢纽。", 10),
    (X + "报告回顾了该国30年开发事业的巨大成就。", 30),
])
def test_the_years_of_a_programme_are_a_claim(body: str, want: int) -> None:
    got = fact_units(body)
    assert (want, "year") in got, got


def test_a_bare_span_opening_a_clause_is_no_claim() -> None:
    got = fact_units(X + "老挝改革40年来,继承和发扬了本国的外交传统。")
    assert (40, "year") not in got, got
