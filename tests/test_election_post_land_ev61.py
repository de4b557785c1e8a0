"""An ELECTION or a taking of office told with no post after its verb (新任总理某某就职): the post taken is the
one the title before the name states, and that title's land is a party, as the land after 当选 (当选美国总统)
is in the open gold (ev61; invented sentences, Simplified and Traditional)."""

from __future__ import annotations

import pytest

from eventpage import sides

TAKING_OFFICE = [
    ("泰国新任总理佩通坦8月宣誓就职后首次出访。", "泰国"),
    ("印尼总统普拉博沃10月就职以来,两国往来更加密切。", "印度尼西亚"),
    ("新加坡总理黄循财6日在总统府宣誓就职。", "新加坡"),
    ("泰國新任總理佩通坦八月宣誓就職後首次出訪。", "泰国"),
]


@pytest.mark.parametrize(("body", "land"), TAKING_OFFICE)
def test_the_titles_land_is_a_party_of_the_taking_of_office(body: str, land: str) -> None:
    assert any(land in s for s in sides(body, "ELECTION")), sides(body, "ELECTION")


def test_a_post_named_after_the_verb_keeps_its_own_land() -> None:
    got = sides("越南国家主席梁强当天致电,祝贺特朗普当选美国总统。", "ELECTION")
    assert got and all("越南" not in s and "美国" in s for s in got), got
