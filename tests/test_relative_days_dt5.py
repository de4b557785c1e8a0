"""A day told relative to another (当天, 当晚, 次日, 翌日), helper dt5 (invented pages; issue 13): it counts from
the event named in its own clause where the page dates that event elsewhere, else from the day told before it,
a day still to come included where the relative day goes on with the plan, step by step."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

_PAGE = "两国加强合作\n\n2025年05月06日 10:20\n\n新华社河内5月6日电 {}\n"


def _dates(body: str, etype: str, who: str) -> list[tuple[str, str | None]]:
    doc = extract(_PAGE.format(body), source="t.txt")
    return [(e.status, e.date) for e in doc.events if e.type == etype and any(who in p for p in e.participants)]


@pytest.mark.parametrize("body", [
    "老挝总理宋赛·西潘敦将于10日抵达河内，次日会见越南国家主席梁强，翌日则会见越南政府总理范明政。",
    "老挝总理宋赛·西潘敦拟于5月10日抵达河内，次日会见越南国家主席梁强，翌日会见越南政府总理范明政。",
    "老撾總理宋賽·西潘敦將於10日抵達河內，次日會見越南國家主席梁強，翌日則會見越南政府總理范明政。",
])
def test_steps_of_a_plan_count_on_from_the_planned_day(body: str) -> None:
    # 将于10日抵达,次日会见…,翌日会见…: the 11th, then the 12th (each step from the one before), not the report's
    assert _dates(body, "MEET", "梁强") == [("planned", "2025-05-11")]
    assert _dates(body, "MEET", "范明政") == [("planned", "2025-05-12")]


@pytest.mark.parametrize("body", [
    "越南国家主席梁强将于5月10日对老挝进行国事访问。次日上午，梁强将同老挝国家主席通伦举行会谈。",
    "越南国家主席梁强将于5月10日对老挝进行国事访问。次日下午，梁强还将同老挝国家主席通伦举行会谈。",
    "越南國家主席梁強將於5月10日對老撾進行國事訪問。次日上午，梁強將同老撾國家主席通倫舉行會談。",
])
def test_a_part_of_the_day_does_not_hide_the_plan_told_of_it(body: str) -> None:
    # 次日上午,…将…: what is told of the day after the planned day is a plan, so it is the 11th
    assert _dates(body, "MEET", "通伦") == [("planned", "2025-05-11")]


@pytest.mark.parametrize("body", [
    "柬埔寨与泰国3日签署联合声明同意停火。5日，两国外长在吉隆坡举行会谈。"
    "越南外交部发言人在柬泰停火当晚发表声明表示欢迎。",
    "柬埔寨与泰国于5月3日同意停火。5日，两国外长在吉隆坡举行会谈。"
    "越南外交部发言人在柬泰两国停火的当晚发表声明表示欢迎。",
    "柬埔寨與泰國3日簽署聯合聲明同意停火。5日，兩國外長在吉隆坡舉行會談。"
    "越南外交部發言人在柬泰停火當晚發表聲明表示歡迎。",
])
def test_a_relative_day_after_an_event_named_counts_from_that_event(body: str) -> None:
    # 在柬泰停火当晚: the evening of the ceasefire the page dates the 3rd, not of the 5th told last
    assert [d for _, d in _dates(body, "STATEMENT", "越南外交部")] == ["2025-05-03"]


def test_a_day_to_come_no_plan_word_marks_does_not_carry_a_relative_day() -> None:
    # 10日至12日的访问…,当天…会见: the days qualify the visit spoken of; 当天 is the day the sentence opens with
    body = "越南国家主席梁强5日表示，老挝总理宋赛·西潘敦10日至12日的访问将深化两国关系，当天梁强还会见了老挝驻越南大使。"
    assert [d for _, d in _dates(body, "MEET", "梁强")] == ["2025-05-05"]
