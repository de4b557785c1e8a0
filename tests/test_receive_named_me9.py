"""A host receiving a guest named right after the verb (某某接待某某, 某某将接待某某一行) is a meeting of the two (me9,
issue 13; tw3 third set: fp42, fp46, fp71): 接待 asks for the guest's post or visit word after it where no one is
named, but a person named as its object, an aspect particle between them allowed, is as good. Invented sentences."""

from __future__ import annotations

import pytest

from eventpage import sides

NAMED = [
    ("菲律宾外长马纳罗今天下午将在马尼拉接待王毅一行。", ["王毅", "马纳罗"]),
    ("韩国外长赵兑烈也会在首尔大学接待范明政。", ["范明政", "赵兑烈"]),
    ("新加坡总理黄循财昨天接待了苏林。", ["苏林", "黄循财"]),
]


@pytest.mark.parametrize(("body", "met"), NAMED)
def test_a_guest_named_after_the_receiving_verb_is_met(body: str, met: list[str]) -> None:
    assert sorted(met) in sides(body, "MEET")


@pytest.mark.parametrize("body", [
    "该酒店去年接待游客超过200万人次。",  # visitors counted, no one named
    "这座博物馆今年接待的首位外国元首来自老挝。",  # the verb's object no person
])
def test_receiving_no_named_person_is_no_meeting(body: str) -> None:
    assert sides(body, "MEET") == []
