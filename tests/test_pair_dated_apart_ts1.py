"""Talks named by the compound of two lands' short forms (中老两军首次边境会晤, 泰柬…战略对话), told with a time of
their own in a sentence naming no person, are an occasion of their own: the two lands are their sides, not the
people of the sentences before (who met or attended on another day), and a retelling of the day's talks by those
people does not merge into them (shortpairs.pair_dated_apart, sides.pair_talks, sameday.dates_agree; issue 13,
ts1: fp43, fp47, fp52). The pair's post (两国外长) still stands for its holders named before. Invented sentences."""

from __future__ import annotations

import pytest

from eventpage import of


def _meets(body: str) -> list[tuple[str | None, list[str]]]:
    return [(e.date, sorted(e.participants)) for e in of(body, "MEET")]


@pytest.mark.parametrize("body", [
    "老挝国防部长占沙蒙和中国驻老挝大使姜再冬出席开幕式。中老两军首次边境会晤于2019年5月在中国云南勐腊举行。",
    "老挝国防部长占沙蒙和中国驻老挝大使姜再冬出席开幕式。中老两军首次边境会晤於2019年5月在中國雲南勐臘舉行。",
])
def test_the_pair_of_an_earlier_meeting_are_its_sides(body: str) -> None:
    got = _meets(body)
    assert ("2019-05", ["中国", "老挝"]) in got, got


@pytest.mark.parametrize("body", [
    "泰国外长塔尼10日与柬埔寨外长索卡在金边会面。他表示,很高兴两国继5月初在曼谷举行第3次泰柬外交与国防战略对话后再度会面。",
    "泰國外長塔尼10日與柬埔寨外長索卡在金邊會面。他表示,很高興兩國繼5月初在曼谷舉行第3次泰柬外交與國防戰略對話後再度會面。",
])
def test_a_dialogue_of_the_pair_told_by_a_speaker_is_the_lands(body: str) -> None:
    got = _meets(body)
    assert ("2025-05", ["柬埔寨", "泰国"]) in got, got
    assert ("2025-06-10", ["塔尼", "索卡"]) in got, got


def test_a_retelling_by_the_people_does_not_join_the_pair_talks() -> None:
    got = _meets("泰国外长塔尼与柬埔寨外长索卡10日在金边举行第5次外长会议。两国外长会面气氛友好。"
                 "他表示,很高兴两国继6月初在曼谷举行第3次泰柬外交与国防战略对话后再度会面。")
    assert ("2025-06", ["柬埔寨", "泰国"]) in got, got
    assert ("2025-06-10", ["塔尼", "索卡"]) in got, got


def test_the_pair_post_stands_for_its_holders_named_before() -> None:
    got = _meets("王毅与越南外长裴青山8日在河内举行会谈。中越两国外长次日再次举行会谈。")
    assert ("2025-06-09", ["王毅", "裴青山"]) in got, got
