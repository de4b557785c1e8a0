"""Years in office (fa4, stop 62, issue 13): a duration right after a post or a word of holding one (曾任…总理14年,
在位70年, 出任首相30多年以来, 阮大使四年多来) is a claim held by the person in the post (figures/tenures.py): the
one named before it with only a verb of taking the post between, or the one the page names with that post whose
surname opens the reference. A time after a post (总理3年前, 总统5年后) is no claim. Invented sentences."""

from __future__ import annotations

import pytest

from invented import fact_holders

X = "新华社河内3月5日电 "


@pytest.mark.parametrize("body, want", [
    (X + "新加坡前总理吴作栋曾任新加坡总理14年,此次再度访问越南。", (14, "吴作栋")),
    (X + "柬埔寨首相洪森出任首相30多年以来多次访华。", (30, "洪森")),
])
def test_years_in_a_post_taken_are_the_persons(body: str, want: tuple[int, str]) -> None:
    got = fact_holders(body)
    assert want in got, got


def test_years_of_reign_are_the_kings() -> None:
    got = fact_holders(X + "泰国已故国王普密蓬在位70年,深受民众爱戴。")
    assert [(v, h) for v, h in got if v == 70 and h and h.startswith("普密蓬")], got


@pytest.mark.parametrize("speaker", ["日本首相", "洪森"])
def test_surname_and_post_name_the_holder_named_before(speaker: str) -> None:
    body = (X + "越南驻日本大使阮国强结束任期回国前拜会日本首相。"
            + speaker + "高度评价阮大使四年多来为两国关系所作的贡献。")
    got = fact_holders(body)
    assert (4, "阮国强") in got, got


@pytest.mark.parametrize("body", [X + "老挝总理3年前曾访问越南。", X + "印尼总统5年后将卸任。"])
def test_a_time_after_a_post_is_no_claim(body: str) -> None:
    got = fact_holders(body)
    assert not [v for v, _ in got if v in (3, 5)], got
