"""A country's one-character form inside a plain word names no country: 对立 (对 + 立 is no Lithuania),
越来越 (来 + 越 + 大 no Vietnam), 缔约方/签约方/履约方 (约 + 方 no Jordan). Sentences invented (en5)."""

from __future__ import annotations

from dipnet.pipeline import extract


def _countries(text: str) -> set[str]:
    return {e.name for e in extract(text).entities if e.type == "COUNTRY"}


def test_opposition_is_no_lithuania():
    assert "立陶宛" not in _countries("外长会谈\n\n双方表示不愿看到地区出现新的对立。\n")


def test_more_and_more_is_no_vietnam():
    assert "越南" not in _countries("外长会谈\n\n两国的合作空间越来越大,朋友越来越多。\n")


def test_contracting_parties_are_no_jordan():
    assert "约旦" not in _countries("大会筹备\n\n第十七次缔约方大会筹备顺利,各签约方和履约方均表示支持。\n")


def test_a_real_side_still_reads():
    assert "约旦" in _countries("外长会谈\n\n约方表示支持,中约两国将加强合作。\n")
