"""Months of more recurring events (invented sentences): a numbered summit, forum, plenum or session told in a
page's head as happening now gives the page the month it was held in (G20, BRICS, SCO, the ASEAN foreign
ministers and the ARF, the NPC and CPPCC sessions, CPC plenums, GMS, Lancang-Mekong, ASEM, FOCAC, Mekong-Japan);
an edition spanning two months gives none; one told as over ('…全会精神', '…峰会以来') gives none; the
Shangri-La Dialogue skipped 2020 and 2021; the ARF's security policy conference is not the ARF itself; Summer
Davos and the Two Sessions are yearly meetings of a known month."""

from __future__ import annotations

from dipnet.pipeline import extract
from dipnet.timex.annual import annual_month
from dipnet.timex.knowledge import numbered_mentions


def _published(text: str) -> str | None:
    got = extract(text).published
    return got.date if got else None


def _known(text: str) -> list[tuple[str, int, int | None]]:
    return [(nm.name, nm.start, nm.month) for nm in numbered_mentions(text) if nm.kind in ("event", "happening")]


def test_numbered_editions_know_their_months() -> None:
    assert _known("第十一次二十国集团领导人峰会在甲市开幕。") == [("G20 summit", 2016, 9)]
    assert _known("金砖国家领导人第九次会晤在甲市举行。") == [("BRICS summit", 2017, 9)]
    assert _known("上海合作组织成员国元首理事会第十八次会议在甲市举行。") == [("SCO Council of Heads of State", 2018, 6)]
    assert _known("第51届东盟外长会议在甲市开幕。")[0][1:] == (2018, 8)
    assert _known("第50届东盟外长系列会议在甲市开幕。")[0][1:] == (2017, 8)
    assert _known("第25届东盟地区论坛在甲市举行。")[0][1:] == (2018, 8)
    assert _known("十三届全国人大三次会议在京开幕。中国")[0][1:] == (2020, 5)
    assert _known("全国政协十四届二次会议在京开幕。中国")[0][1:] == (2024, 3)
    assert _known("中国共产党第十九届中央委员会第四次全体会议在京举行。")[0][1:] == (2019, 10)
    assert _known("大湄公河次区域经济合作第六次领导人会议在甲市举行。")[0][1:] == (2018, 3)
    assert _known("澜沧江-湄公河合作第二次领导人会议在甲市举行。")[0][1:] == (2018, 1)
    assert _known("第10届亚欧首脑会议在甲市开幕。")[0][1:] == (2014, 10)
    assert _known("中非合作论坛第五届部长级会议在甲市开幕。")[0][1:] == (2012, 7)
    assert _known("第7届湄公河国家与日本峰会在甲市举行。")[0][1:] == (2015, 7)
    assert _known("二十国集团领导人伦敦峰会上,各方承诺合作。")[0][1:] == (2009, 4)


def test_an_edition_over_two_months_gives_no_month() -> None:
    assert _known("第十三次二十国集团领导人峰会在甲市开幕。") == [("G20 summit", 2018, None)]
    assert _known("第52届东盟外长会议在甲市开幕。")[0][1:] == (2019, None)


def test_the_shangri_la_dialogue_skipped_two_years() -> None:
    assert _known("第19届香格里拉对话今(10)日在甲市开幕。")[0][1:] == (2022, 6)
    assert _known("第21届香格里拉对话在甲市举行。")[0][1:] == (2024, None)


def test_the_arf_security_policy_conference_is_not_the_forum() -> None:
    assert _known("第17届东盟地区论坛安全政策会议以视频方式举行。") == []


def test_a_plenum_opening_today_dates_the_page_but_one_studied_after_does_not() -> None:
    assert _published("中国共产党第十九届中央委员会第四次全体会议今(28)日在京开幕,中国共产党中央委员会"
                      "总书记某某作工作报告。") == "2019-10-28"
    assert _published("中国共产党第十九届中央委员会第四次全体会议精神今(12)日在甲省宣讲,"
                      "中国共产党某某出席。") == "2019"


def test_summer_davos_and_the_two_sessions_are_of_their_months() -> None:
    assert annual_month("甲国总理某某出席夏季达沃斯论坛并致辞。", 2017) is not None
    assert annual_month("甲国总理某某出席夏季达沃斯论坛并致辞。", 2017)[0] == 6  # type: ignore[index]
    assert annual_month("乙国外长祝贺中国全国两会成功举行。", 2020)[0] == 5  # type: ignore[index]
    assert annual_month("乙国外长祝贺中国全国两会成功举行。", 2024)[0] == 3  # type: ignore[index]
    assert annual_month("甲国总理某某出席夏季达沃斯论坛并致辞。", 2021) is None
