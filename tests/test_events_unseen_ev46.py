"""Meetings with a group the text leaves unnamed (ev46, issue 13: VNA, cnyes; invented sentences): the one
who meets the group is the MEET's party, not the lands or places that qualify the group."""

from __future__ import annotations

from eventpage import of


def test_a_community_abroad_met_leaves_only_the_visitor():
    meets = of("越南国家主席阮春福当天与旅居法国越南人社群会面。", "MEET")
    assert [e.participants for e in meets] == [["阮春福"]]


def test_a_lands_own_people_named_by_its_short_form_are_met_by_the_leader():
    meets = of("韩国总统文在寅与在华韩人座谈,听取他们的意见。", "MEET")
    assert [e.participants for e in meets] == [["文在寅"]]


def test_the_city_of_the_meeting_is_no_party_beside_a_group():
    meets = of("国家主席习近平在巴黎会见旅法华侨华人代表。", "MEET")
    assert [e.participants for e in meets] == [["习近平"]]


def test_the_subject_of_a_list_of_doings_meets_the_group_its_last_part_names():
    body = "按计划,阮春福主席将与法国总统马克龙举行会谈;参观一所中学;与旅法越南人社群会面。"
    meets = of(body, "MEET")
    assert ["阮春福"] in [e.participants for e in meets]
    assert any(set(e.participants) == {"阮春福", "马克龙"} for e in meets)  # the talks stay apart


def test_a_body_the_group_works_for_stays_a_party():
    meets = of("越南国会主席王廷惠看望了越南驻日本大使馆工作人员和在日本学习的越南留学生。", "MEET")
    assert [e.participants for e in meets] == [["王廷惠", "越南驻日本大使馆"]]


def test_a_chance_to_meet_welcomed_is_no_meeting():
    # (a guard of the rule above: the group met would make a MEET of a wish)
    assert not of("阮春福说,他很高兴有机会再来法国与老朋友见面。", "MEET")


def test_hospitality_received_from_hosts_named_is_a_meeting_with_the_guest():
    # (ev46, CNA and Malaysian papers) 得到/获得 as 受到: the clause names the hosts, the sentence's subject is the guest
    body = "2019年,国家主席习近平对泰国进行国事访问,得到泰国国王哇集拉隆功和王后苏提达的盛情款待。"
    meets = of(body, "MEET")
    assert meets and {"习近平", "玛哈·哇集拉隆功"} <= set(meets[0].participants)
    body = "今天,越南国会主席王廷惠率团访问老挝,获得老挝国会主席赛宋蓬的热情接待。"
    assert any(set(e.participants) == {"王廷惠", "赛宋蓬·丰威汉"} for e in of(body, "MEET"))


def test_hospitality_thanked_for_names_no_host_and_no_meeting():
    # (a guard: 受到的盛情款待 is the hospitality thanked for, no host named after the verb)
    assert not of("阮春福感谢访问期间受到的盛情款待。", "MEET")


def test_those_attending_along_told_after_a_meeting_are_at_it():
    # (VNA: the words that place people at a conference, 一同出席, place them at a meeting told just before)
    body = "越南国家主席梁强在河内会见了老挝国会主席赛宋蓬。越南国会主席陈青敏和政府总理范明政一同出席。"
    meets = of(body, "MEET")
    assert meets and {"梁强", "赛宋蓬·丰威汉", "陈青敏", "范明政"} <= set(meets[0].participants)
