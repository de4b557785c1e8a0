"""The month of a numbered event a page's head tells as happening now (invented sentences): a summit opening
today gives its month, and the day told without a month falls in it; a term's first session of the National
Assembly gives July; the ASEAN summit named in full (东南亚国家协会, Taiwan's 东协) is read as the short name;
one told as still to come or as past gives no month."""

from __future__ import annotations

from dipnet.pipeline import extract
from dipnet.timex.knowledge import numbered_mentions


def _published(text: str) -> tuple[str | None, str]:
    got = extract(text).published
    return (got.date, got.evidence or "") if got else (None, "")


def test_a_summit_opening_today_gives_the_page_its_month_and_the_glossed_day() -> None:
    date, why = _published("第31届东盟峰会今(13)日在甲市开幕\n\n第31届东盟峰会今(13)日在甲市开幕,"
                           "各国领导人将讨论地区合作。")
    assert date == "2017-11-13"
    assert "第31届东盟峰会" in why and "month 11" in why


def test_the_full_name_of_the_association_is_the_summit_too() -> None:
    for name in ("第33届东南亚国家协会峰会", "第33届东协峰会", "第33届东南亚国家联盟峰会"):
        got = [nm for nm in numbered_mentions(f"{name}在乙市举行。") if nm.name == "ASEAN Summit"]
        assert got and got[0].start == 2018 and got[0].month == 11


def test_a_terms_first_session_that_just_elected_the_leaders_gives_july() -> None:
    date, _ = _published("各国领导人致贺电\n\n越南第十四届国会第一次会议已选出某某为国家主席。值此之际,"
                         "甲国领导人向某某致贺电。")
    assert date == "2016-07"
    # a regular session runs over two months: no month
    date, _ = _published("越南第十四届国会第三次会议已通过多项法律。值此之际,甲国议长致贺电。")
    assert date == "2017"


def test_a_summit_told_as_still_to_come_or_as_past_gives_no_month() -> None:
    assert _published("乙国总理某某将于下月出席在甲市举行的亚太经合组织第二十五次领导人非正式会议。")[0] == "2017"
    assert _published("乙国总理某某将于下月出席在甲市举行的第37届东盟峰会。双方将讨论合作。")[0] == "2020"
    assert _published("甲国外长某某表示,第37届东盟峰会前夕,各方已就文件达成一致。")[0] == "2020"
    assert _published("乙国总理某某曾出席第37届东盟峰会。双方讨论合作。")[0] == "2020"
