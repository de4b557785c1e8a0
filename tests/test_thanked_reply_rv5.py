"""(rv5) Thanks in a clause of their own after aid told the ordinary way (甲向乙提供援助,乙对此表示感谢) are the
receiver's reply: the one before 向 still gives. Thanks closing a 对/向…表示感谢 frame, even past a clause that names
no one, still name the one thanked as the giver (thanked.py). Invented sentences."""

from __future__ import annotations

import pytest

from eventpage import of


def _gifts(body: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(tuple(e.source), tuple(e.target)) for e in of(body, "AID")]


@pytest.mark.parametrize("body", [
    "中国向老挝提供紧急援助,老挝政府对此表示衷心感谢。",  # its own subject and its own object
    "韩国向越南提供500万美元援助,越方表示感谢。",  # its own subject
])
def test_thanks_replying_to_aid_leave_its_giver(body: str) -> None:
    giver, taker = body[:2], body[3:5]
    assert _gifts(body) == [((giver,), (taker,))]


def test_thanks_closing_the_frame_past_a_clause_naming_no_one_name_the_giver() -> None:
    body = "柬埔寨首相洪文达向日本卫生部门优先向柬埔寨提供疫苗,并转让检测试剂配方表示感谢。"
    assert _gifts(body) == [(("日本",), ("柬埔寨",))]
