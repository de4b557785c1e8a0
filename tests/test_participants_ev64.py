"""Probes of the leads left for extract/participants (ev64; invented sentences, Simplified and Traditional, in the
registers of several outlets).

(a) A unit sent with the land it helps told in a purpose clause before the sending clause (为帮助某国…,某国派遣了…):
the land helped is where the unit goes, as 前往某国 would say; a purpose that names no land adds none."""

from __future__ import annotations

import pytest

from eventpage import of, sides

AIDED = [
    ("为帮助菲律宾抗击台风灾害,美国派遣了一支海军陆战队。", ["美国", "菲律宾"]),
    ("為了幫助菲律賓的災後復原,美國派遣了一個航母戰鬥群、兩千名海軍陸戰隊員並投入數千萬美元。", ["美国", "菲律宾"]),
    ("為協助土耳其震後救援,日本派遣了一支搜救隊。", ["土耳其", "日本"]),
    ("据报道,为了援助缅甸地震灾区,泰国派遣了一支救援队。", ["泰国", "缅甸"]),
    ("为支援尼泊尔灾后重建,印度派遣了一支工程部队。", ["印度", "尼泊尔"]),
]


@pytest.mark.parametrize(("body", "parties"), AIDED)
def test_the_land_a_purpose_clause_helps_is_where_the_unit_goes(body: str, parties: list[str]) -> None:
    assert sides(body, "DEPLOYMENT") == [sorted(parties)]


@pytest.mark.parametrize("body", ["为帮助学员提高技能,越南派遣了一批教官。", "美国派遣了一支航母战斗群。"])
def test_a_purpose_naming_no_land_adds_no_destination(body: str) -> None:
    assert sides(body, "DEPLOYMENT") == []


# (b) A visit told as the first trip after taking office (某某就任…后,即对某国进行访问): the one who took office,
# named in the time clause before the trip's clause, visits; in reported words too (他说,某某就任…后,…), where the
# speaker is no visitor.
FIRST_TRIPS = [
    ("他说,通伦总书记就任老挝新一届领导人后,即对中国进行首次正式友好访问,令人鼓舞。", ["通伦·西苏里", "中国"]),
    ("黄循财就任总理后,首次对马来西亚进行正式访问。", ["黄循财", "马来西亚"]),
    ("新加坡总理黄循财上任后,即对马来西亚进行正式访问。", ["黄循财", "马来西亚"]),
    ("菲律賓總統小馬科斯上任後,首度對印尼進行國事訪問。", ["小马科斯", "印度尼西亚"]),
    ("石破茂当选首相后不久,首次赴美国进行工作访问。", ["石破茂", "美国"]),
]
# (guards: a word of going on the reader already knew, 随即 and 便, goes on as before)
GOING_ON = [
    ("菲律賓總統小馬科斯上任後,隨即對印尼進行國事訪問。", ["小马科斯", "印度尼西亚"]),
    ("石破茂当选首相后不久,便赴美国进行工作访问。", ["石破茂", "美国"]),
]


@pytest.mark.parametrize(("body", "parties"), FIRST_TRIPS + GOING_ON)
def test_the_one_who_took_office_makes_the_trip(body: str, parties: list[str]) -> None:
    assert sides(body, "VISIT") == [sorted(parties)]


def test_a_call_after_taking_office_stays_a_call_of_the_one_who_took_office() -> None:
    assert sides("黄循财就任总理后,与马来西亚总理安华通电话。", "CALL") == [sorted(["黄循财", "安瓦尔·易卜拉欣"])]


# (c) A condolence visit split by a comma (某某来到某国驻华使馆,吊唁…): the clause of going names the mourner and the
# body that receives the condolences, with 逝世 or without it (the one mourned is no recipient either way).
MOURNING_VISITS = [
    ("国家主席习近平来到越南驻华使馆,吊唁越共中央总书记阮富仲逝世。", ["习近平", "越南驻中国大使馆"]),
    ("國家主席習近平前往越南駐華使館,弔唁越共中央總書記阮富仲。", ["习近平", "越南驻中国大使馆"]),
    ("外交部长王毅前往泰国驻华使馆,吊唁泰国前总理川·立派逝世。", ["王毅", "泰国驻华使馆"]),
    ("7月20日上午,国家主席习近平专程来到越南驻华使馆,吊唁越共中央总书记阮富仲。", ["习近平", "越南驻中国大使馆"]),
]


@pytest.mark.parametrize(("body", "parties"), MOURNING_VISITS)
def test_a_condolence_visit_split_by_a_comma_goes_to_the_body_visited(body: str, parties: list[str]) -> None:
    assert sides(body, "MESSAGE") == [sorted(parties)]


# (d) A speaker quoted at a gathering (他援引某某此前的讲话说 / 他引述某某的话说) spoke elsewhere: the one quoted is not
# seated at the conference told before, and the pronoun's speaker, not the one quoted, says the words.
FORUM = "第十届香山论坛5日在北京开幕。中国国防部长董军出席并致辞。"
QUOTED = [
    (FORUM + "他援引美国国防部长奥斯汀此前的讲话说,各方应加强沟通。", "奥斯汀"),
    ("第十屆香山論壇5日在北京開幕。中國國防部長董軍出席並致辭。他引述美國國防部長奧斯汀此前的講話指出,各方應加強溝通。", "奥斯汀"),
    (FORUM + "他引述联合国秘书长古特雷斯的话说,和平来之不易。", "古特雷斯"),
    (FORUM + "他援引东盟秘书长高金洪此前的讲话强调,合作是唯一出路。", "高金洪"),
]


@pytest.mark.parametrize(("body", "quoted"), QUOTED)
def test_the_one_quoted_is_not_at_the_conference(body: str, quoted: str) -> None:
    assert sides(body, "CONFERENCE") == [sorted(["北京香山论坛", "董军"])]


def test_the_pronoun_speaks_the_words_it_quotes() -> None:
    assert ["董军"] in sides(FORUM + "他引述联合国秘书长古特雷斯的话说,和平来之不易。", "STATEMENT")
    assert ["古特雷斯"] not in sides(FORUM + "他引述联合国秘书长古特雷斯的话说,和平来之不易。", "STATEMENT")


def test_a_speaker_of_the_conference_told_after_it_is_still_seated() -> None:
    body = "第十届香山论坛5日在北京开幕。美国国防部长奥斯汀出席并发表讲话。他说,各方应加强沟通。"
    assert sides(body, "CONFERENCE") == [sorted(["北京香山论坛", "奥斯汀"])]


# (e) Those who join a meeting told before (某某一同会见了某某一行 / 某某、某某一同会见) are at that meeting: one MEET
# with all of them, not a meeting of their own.
MEETING = "越共中央总书记苏林5日会见了老挝国家主席通伦。"
JOINED = [
    (MEETING + "越南国家主席梁强一同会见了通伦一行。", ["梁强", "苏林", "通伦·西苏里"]),
    (MEETING + "越南国家主席梁强、政府总理范明政一同会见。", ["梁强", "范明政", "苏林", "通伦·西苏里"]),
    ("越共中央總書記蘇林5日會見了老撾國家主席通倫。越南國家主席梁強一同會見了通倫一行。", ["梁强", "苏林", "通伦·西苏里"]),
    (MEETING + "国会主席陈青敏和政府总理范明政一同会见了通伦一行。", ["陈青敏", "范明政", "苏林", "通伦·西苏里"]),
]


@pytest.mark.parametrize(("body", "parties"), JOINED)
def test_those_who_join_a_meeting_are_at_it(body: str, parties: list[str]) -> None:
    assert sides(body, "MEET") == [sorted(parties)]


def test_those_meeting_together_another_partner_meet_on_their_own() -> None:
    body = "越南国家主席梁强5日会见了老挝外长。越共中央总书记苏林和国会主席陈青敏一同会见了老挝国家主席通伦。"
    assert sorted(["苏林", "陈青敏", "通伦·西苏里"]) in sides(body, "MEET")


# (f) A planned speech told with a pronoun after the visit (…将于下周访华。他将在某大学发表演讲): the one the pronoun
# carries on from speaks, not the venue after 在.
SPEECHES = [
    ("印尼总统普拉博沃将于下周访华。届时,他将在清华大学发表演讲。", "普拉博沃·苏比安托"),
    ("印尼总统普拉博沃将于下周访华。他还将在中国人民大学发表演讲。", "普拉博沃·苏比安托"),
    ("印尼總統普拉博沃將於下週訪華。屆時,他將在清華大學發表演講。", "普拉博沃·苏比安托"),
    ("越南国家主席梁强将于下周访问法国。他将在法国国民议会发表讲话。", "梁强"),
]


@pytest.mark.parametrize(("body", "who"), SPEECHES)
def test_a_planned_speech_is_the_guests_not_the_venues(body: str, who: str) -> None:
    assert sides(body, "STATEMENT") == [[who]]


# (g) A delegation led on the invitation of a post with no name (应某国国防部长的邀请,某某率领代表团将出席…): the land
# the post is told with hosts, as a named inviter's land does; an invitation from the visitor's own land hosts nothing.
INVITED = [
    ("应美国国防部长的邀请,越南国防部长潘文江大将率领越南高级军事代表团将出席在美国夏威夷召开的东盟—美国国防部长非正式会议。",
     ["潘文江", "美国"]),
    ("應美國國防部長的邀請,越南國防部長潘文江大將率領越南高級軍事代表團將出席在美國夏威夷召開的東盟—美國國防部長非正式會議。",
     ["潘文江", "美国"]),
    ("应澳大利亚国防部长的邀请,越南国防部长潘文江率领越南军事代表团将出席在悉尼举行的东盟—澳大利亚国防部长会议。",
     ["潘文江", "澳大利亚"]),
]


@pytest.mark.parametrize(("body", "parties"), INVITED)
def test_the_land_of_an_unnamed_inviting_post_hosts(body: str, parties: list[str]) -> None:
    assert sides(body, "VISIT") == [sorted(parties)]
    assert [e.status for e in of(body, "VISIT")] == ["planned"]  # (率领…代表团将出席: the delegation's plan)


def test_an_invitation_from_the_visitors_own_land_hosts_nothing() -> None:
    assert sides("应越南国防部的邀请,越南国防部长潘文江率领代表团出席会议。", "VISIT") == []
