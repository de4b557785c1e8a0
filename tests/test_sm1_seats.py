"""One seat, one holder (sm1, issue 13), on invented sentences: a seat told once in a clause is one
MULTILATERAL_ROLE held by the country its words place there — right after the seat word (also after 的),
before a dash — not one per country the clause names; two bodies' seats each with their own holder."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def roles(body: str):
    return [e for e in extract(HEAD + body, source="t.txt").events if e.type == "MULTILATERAL_ROLE"]


def lands(e) -> set[str]:
    return {p for p in e.participants if p in ("越南", "老挝", "柬埔寨", "马来西亚", "科威特", "泰国")}


def test_the_country_after_the_seat_and_de_holds_it_not_the_speaker():
    got = roles("越南政府总理范明政高度赞赏作为2024年东盟轮值主席的老挝,表示希望两国密切配合,巩固东盟团结。")
    assert len(got) == 1 and lands(got[0]) == {"老挝"}


def test_two_bodies_seats_each_with_its_own_holder():
    got = roles("东盟轮值主席国马来西亚总理安瓦尔、海合会轮值主席国科威特王储萨巴赫以及各国领导人出席。")
    held = {(frozenset(lands(e)), next(p for p in e.participants if p not in lands(e))) for e in got}
    assert len(got) == 2
    assert {next(iter(h)) for h, _ in held} == {"马来西亚", "科威特"}
    assert all(len(h) == 1 for h, _ in held)


def test_countries_scattered_over_the_clause_make_one_seat():
    got = roles("泰国愿协助老挝开展各项重要外交活动,其中包括2026年举行的泰国-老挝友好峰会、2026年担任东盟轮值主席国等。")
    assert len(got) == 1


def test_a_country_set_off_by_a_dash_before_its_seat_holds_it():
    got = roles("此次会议肯定越南对老挝人民民主共和国——2024年东盟轮值主席国给予的充分支持。")
    assert len(got) == 1 and lands(got[0]) == {"老挝"}


def test_a_list_of_countries_elected_still_holds_a_seat_each():
    got = roles("联合国大会7日选举越南、泰国和马来西亚为安理会非常任理事国。")
    assert len(got) == 3 and set().union(*(lands(e) for e in got)) == {"越南", "泰国", "马来西亚"}
