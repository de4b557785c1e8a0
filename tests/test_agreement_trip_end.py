"""结束了 tells an AGREEMENT only where what ended is a conflict or its negotiation; the end of a trip
(结束了…之行, 结束了对…的访问) is no instrument (stop 53: fp8, fp14 and two pools of stop 52). Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

HEAD = "老挝总理结束访问柬埔寨"


def _types(sentence: str) -> list[str]:
    text = f"{HEAD}\n\n新华社万象3月9日电 {sentence}\n"
    return [e.type for e in extract(text, source="probe.txt").events]


@pytest.mark.parametrize("sentence", [
    "老挝政府总理8日下午乘专机离开金边,结束了他为期三天的柬埔寨之行。",
    "老挝政府总理8日结束了对柬埔寨的正式访问,返回万象。",
])
def test_the_end_of_a_trip_is_no_agreement(sentence: str) -> None:
    assert "AGREEMENT" not in _types(sentence)


def test_negotiations_ended_are_still_an_agreement() -> None:
    assert "AGREEMENT" in _types("老挝和柬埔寨经过多轮磋商,8日在金边结束了关于陆地边界勘定的谈判。")
