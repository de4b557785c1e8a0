"""Event wording beyond visits and meetings (issue 13): the triggers other outlets use for receptions,
credentials, abbreviated meeting names, seats, port calls, protests and accusations, read on invented
sentences; and an election only where a person is elected or a body elects."""

from __future__ import annotations

import pytest

from dipnet.extract.common.codes import codebook
from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def events(body: str, type_: str):
    return [e for e in extract(HEAD + body, source="t.txt").events if e.type == type_]


@pytest.mark.parametrize(("body", "type_", "who"), [
    ("越南驻墨西哥大使阮文海向墨西哥总统递交了国书。", "MEET", {"阮文海"}),
    ("中国和东盟国家高官会在北京举行。", "CONFERENCE", {"东盟"}),
    ("越南国防部长潘文江出席香格里拉对话会。", "CONFERENCE", {"潘文江"}),
    ("越南将担任2027年东盟-日本关系协调员。", "MULTILATERAL_ROLE", {"越南", "东盟"}),
    ("日本海上自卫队的两艘护卫舰今天停靠在越南金兰湾国际港。", "DEPLOYMENT", {"越南"}),
    ("中方一贯反对菲律宾对中国领土提出非法主张。", "DISAPPROVE", {"中国"}),
    ("越南与老挝携手建构特殊团结关系命运共同体。", "RELATION_CHANGE", {"越南", "老挝"}),
    ("越南国家主席梁强在联合国大会上发表演讲。", "STATEMENT", {"梁强"}),
])
def test_other_outlets_wording_is_read(body: str, type_: str, who: set[str]):
    got = events(body, type_)
    assert got, f"no {type_} in {body}"
    assert who <= set(got[0].participants) | set(got[0].source) | {got[0].location}


def test_a_ministers_meeting_named_short_or_in_full_is_one_meeting_with_its_name():
    # 外长会 inside 外长会议 does not cut the name short
    full = events("越南外长裴青山出席第57届东盟外长会议。", "CONFERENCE")
    short = events("越南外长裴青山出席第57届东盟外长会。", "CONFERENCE")
    assert [e.attributes["name"] for e in full] == ["第57届东盟外长会议"]
    assert [e.attributes["name"] for e in short] == ["第57届东盟外长会"]


def test_a_reception_is_a_meeting_of_kind_reception():
    got = events("中国驻越南大使洪小勇在河内主持招待会,越南副总理范平明出席。", "MEET")
    assert got and got[0].attributes.get("kind") == "reception"


def test_a_body_electing_countries_to_seats_is_an_election():
    got = events("联合国大会选举越南、爱沙尼亚为安理会非常任理事国。", "ELECTION")
    assert got and {"越南", "爱沙尼亚"} <= set(got[0].participants)


def test_a_country_winning_a_seat_is_its_role_not_an_election():
    body = "越南以最高票当选联合国人权理事会成员。"
    assert not events(body, "ELECTION")
    assert events(body, "MULTILATERAL_ROLE")


def test_a_bare_member_word_is_no_seat():
    assert not events("联合国人权理事会成员对越南的报告表示欢迎。", "MULTILATERAL_ROLE")


def test_a_person_elected_is_still_an_election():
    assert events("国会选举王廷惠为国会主席。", "ELECTION")


def test_every_added_trigger_is_simplified_and_of_a_known_type():
    cb = codebook()
    names = {t.name for t in cb.types}
    import opencc  # the pages are folded to Simplified before triggers are looked for

    t2s = opencc.OpenCC("t2s")
    for t in cb.types:
        assert t.name in names
        for w in t.triggers:
            assert t2s.convert(w) == w, f"{t.name} trigger {w} is not Simplified"


def test_a_meeting_named_in_quotes_is_a_named_meeting():
    got = events("王毅当日在“新起点、新理念、新实践——中国与世界”研讨会中表示,中国愿与东盟合作。", "CONFERENCE")
    assert got and got[0].attributes["name"] == "“新起点、新理念、新实践——中国与世界”研讨会"
    assert "王毅" in got[0].participants
    # a quotation (its clauses punctuated) before a bare meeting word is no name
    assert not events("越南外长裴青山呼吁各方“团结合作,共同应对挑战”论坛取得成功。", "CONFERENCE")


@pytest.mark.parametrize("body", [
    "越南和泰国两国警方于今年3月至8月开展了为期半年的联合追逃行动。",
    "一艘渔船在作业时遭泰国海警巡逻船追捕。",
    "经越南移民局强力追缉,已有20名失联人员到案。",
])
def test_a_hunt_for_fugitives_is_law_enforcement(body: str):
    # (ev, stop 54) 追逃 追捕 追缉: the chase told as what police or a coast guard did
    assert events(body, "LAW_ENFORCEMENT"), body


def test_an_enforcement_word_qualifying_information_is_no_act():
    # 追捕信息, 缉捕能力: the word as the attribute of a noun, nothing done
    assert not events("越南警察二十年来处理了数千条跨国追捕信息,并不断提高缉捕能力。", "LAW_ENFORCEMENT")
