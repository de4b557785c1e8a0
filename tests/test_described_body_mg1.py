"""mg1 (issue 13): a body or unit described right after its name (X是一个…组织, X是由甲、乙…组成的…组织,
X是第一支…的救援队) is told what it is: no event of it there, and so no land of the description joins the
event the page tells (invented sentences)."""

from __future__ import annotations

from eventpage import of, sides


def test_members_of_a_described_forum_attend_nothing() -> None:
    body = ("北京香山论坛2025年年会9日在北京开幕。“北京香山论坛”是由日本、韩国等国组成的地区性国际组织,"
            "老挝以观察员身份参与相关活动。")
    got = sides(body, "CONFERENCE")
    assert got and all("日本" not in g and "韩国" not in g for g in got)


def test_forum_said_to_be_an_organization_brings_no_land() -> None:
    body = "北京香山论坛第十届年会9日在北京开幕。北京香山论坛是一个非政府的地区性国际组织,至今已举办十届。"
    got = sides(body, "CONFERENCE")
    assert got and all("越南" not in g for g in got)  # (the dateline's land, brought by the description before)


def test_unit_said_to_be_the_first_brings_no_recogniser() -> None:
    body = "越南救援队9日抵达土耳其,随即开展搜救行动。越南救援队是第一支抵达灾区的经联合国认证的东南亚救援队。"
    got = sides(body, "DEPLOYMENT")
    assert got and all("联合国" not in g for g in got)


def test_a_forum_held_is_still_told() -> None:
    assert of("北京香山论坛9日在北京开幕,来自50个国家的代表出席。", "CONFERENCE")
