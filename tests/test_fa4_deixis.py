"""Deictic holder words (fa4, stop 52, issue 13): a figure whose clause names its holder only by a word
pointing elsewhere goes to what the word points to, not to the page's home country by default (SPEC:
the holder as the sentence tells it). 您 in words addressed to someone is the person addressed; 全国
right after a verb of mobilizing is the object of the party named before it; 我政府 speaks in the
writer's voice as 我国 does (figures/deixis.py, data/facts.toml). Invented sentences."""

from __future__ import annotations

from invented import fact_holders as holders

X = "新华社河内3月5日电 "


def _holder_of(got: list[tuple[float, str | None]], value: float) -> str | None:
    return next(h for v, h in got if v == value)


def test_you_in_words_addressed_to_someone_is_the_person_addressed() -> None:
    body = (X + "泰国总理巴育会见了柬埔寨首相洪森。\n\n"
            "巴育向洪森表示:“两国关系源远流长,多年来您曾五次访问泰国,为两国合作作出了贡献。”")
    got = holders(body)
    assert _holder_of(got, 5) == "洪森", got


def test_a_count_of_visits_by_you_with_no_addressee_named_is_left_as_before() -> None:
    body = X + "泰国总理巴育会见了柬埔寨首相洪森。\n\n巴育说:“多年来您曾五次访问泰国。”"
    got = holders(body)
    assert _holder_of(got, 5) != "洪森", got


def test_the_whole_country_a_body_mobilizes_holds_nothing_of_its_own() -> None:
    body = (X + "老挝遭受洪灾。\n\n越南祖国阵线中央委员会动员全国各机关、企业向老挝灾民捐款总价值20万美元的物资。")
    got = holders(body)
    assert _holder_of(got, 200000) == "越南祖国阵线中央委员会", got


def test_our_government_is_the_writers_country() -> None:
    body = "（中央社台北6月2日電）巴拉圭总统抵达访问。总统设宴款待,我政府官员等三十余人作陪。"
    got = holders(body)
    assert _holder_of(got, 30) == "台湾", got
