"""Checklist probes of event type boundaries (ty1, issue 13; invented sentences, the way other outlets word
them): a video link told as the means of attending a conference (通过视频连线出席…会议) is the conference
attended, no CALL between its parties; a video link with a partner (与某某视频连线) stays their call."""

from __future__ import annotations

import pytest

from eventpage import events, sides

ATTENDED_BY_LINK = [
    "马来西亚首相安瓦尔今日通过视频连线出席东盟数字部长会议开幕式。",
    "外交部长王毅5日在北京通过视频连线出席中国—东盟外长会。",
    "政府总理范明政5日以视频连线方式出席第二十八届东盟—日本领导人会议。",
    "美国总统特朗普周三通过视频连线出席七国集团峰会并发言。",
    "新加坡总理黄循财昨天以视频连线的方式出席联合国海洋大会。",
    "越南国家主席梁强5日通过视频连线出席东盟—韩国领导人会议。",
    "泰国总理佩通坦昨天通过视频连线出席联合国气候变化大会。",
]


@pytest.mark.parametrize("body", ATTENDED_BY_LINK)
def test_a_conference_attended_by_video_link_is_no_call(body: str) -> None:
    found = events(body)
    assert [e.type for e in found if e.type in ("CONFERENCE", "CALL")] == ["CONFERENCE"]


# (guards: these pass before the change too; they keep the exclusion from reaching a link with a partner)
@pytest.mark.parametrize(("body", "pair"), [
    ("马来西亚首相安瓦尔今日与中国总理李强视频连线，讨论两国合作。", ["安瓦尔·易卜拉欣", "李强"]),
    ("外交部长王毅5日同新加坡外长维文·巴拉克里希南视频连线。", ["王毅", "维文·巴拉克里希南"]),
])
def test_a_video_link_with_a_partner_stays_a_call(body: str, pair: list[str]) -> None:
    assert pair in sides(body, "CALL")


# a remote meeting in each outlet's word (电话会议, TW 视讯会议, HK 视像会议): a meeting of many is a conference
MANY_BY_LINK = [
    "七国集团领导人周二举行电话会议，讨论乌克兰局势。",
    "外交部長林佳龍5日與多國友邦外長舉行視訊會議。",
    "行政長官李家超今日出席粵港澳大灣區建設領導小組視像會議。",
    "法国总统马克龙周三与多位欧洲领导人举行电话会议，讨论乌克兰问题。",
    "东盟各国外长昨天举行视讯会议，讨论缅甸局势。",
    "首相安瓦尔今日出席东盟领导人特别视讯会议。",
]


@pytest.mark.parametrize("body", MANY_BY_LINK)
def test_a_remote_meeting_of_many_is_a_conference(body: str) -> None:
    assert [e.type for e in events(body) if e.type in ("CONFERENCE", "CALL")] == ["CONFERENCE"]


@pytest.mark.parametrize(("head", "pair"), [
    ("行政长官与新加坡总理举行视频会议", ["李家超", "黄循财"]),
    ("外交部长与日本外相举行视频会议", ["岩屋毅", "林佳龙"]),
])
def test_a_remote_meeting_of_two_told_by_titles_is_their_call(head: str, pair: list[str]) -> None:
    """A headline naming one side by its title alone (行政长官与…): the same call as the body's, no conference."""
    body = {"李家超": "行政長官李家超今日與新加坡總理黃循財舉行視像會議。",
            "岩屋毅": "外交部長林佳龍5日與日本外務大臣岩屋毅舉行視訊會議。"}[pair[0]]
    found = events(body, head + "\n\n越通社河内——2025年6月10日,")
    assert [sorted(e.participants) for e in found if e.type in ("CONFERENCE", "CALL")] == [pair]


# a welcome told by its ceremony before the guest (Xinhua 举行仪式欢迎…, VNA 主持仪式,欢迎…, CNA 以军礼欢迎…): the
# host's meeting with the guest, as 为某某举行欢迎仪式 already was
WELCOMED = [
    ("国家主席习近平5日在人民大会堂举行仪式欢迎越共中央总书记苏林。", ["习近平", "苏林"]),
    ("國家主席習近平5日在人民大會堂舉行儀式歡迎越共中央總書記蘇林。", ["习近平", "苏林"]),
    ("政府总理范明政5日在河内主持仪式，欢迎新加坡总理黄循财访问越南。", ["范明政", "黄循财"]),
    ("總統賴清德5日以軍禮歡迎帛琉總統惠恕仁。", ["惠普斯", "赖清德"]),
    ("老挝国家主席通伦·西苏里5日在万象举行隆重仪式，热烈欢迎越南国家主席梁强。", ["梁强", "通伦·西苏里"]),
]


@pytest.mark.parametrize(("body", "pair"), WELCOMED)
def test_a_welcome_told_by_its_ceremony_is_a_meeting(body: str, pair: list[str]) -> None:
    assert pair in sides(body, "MEET")


# (guards: no ceremony before 欢迎, no meeting — these pass before the change too)
@pytest.mark.parametrize("body", [
    "越南外交部发言人5日表示，越方对此表示欢迎。",
    "政府总理范明政欢迎新加坡企业扩大对越投资。",
])
def test_a_bare_welcome_is_no_meeting(body: str) -> None:
    assert sides(body, "MEET") == []


# a 座谈会 someone attends or chairs is a conference, as a 研讨会 is, and a speech there its STATEMENT (not words
# said inside talks): Xinhua/VNA 出席…座谈会并致辞, CNA 出席…座談會
SEMINARS = [
    ("政府总理范明政5日出席越南—新加坡企业座谈会并致辞。", "范明政"),
    ("国务院总理李强5日在雅加达出席中印尼企业家座谈会并发表讲话。", "李强"),
    ("外交部長林佳龍5日出席台美產業合作座談會並致詞。", "林佳龙"),
    ("国家主席梁强5日在东京主持越日地方合作座谈会并讲话。", "梁强"),
]


@pytest.mark.parametrize(("body", "who"), SEMINARS)
def test_a_seminar_attended_is_a_conference_and_its_speech_a_statement(body: str, who: str) -> None:
    found = events(body)
    assert {e.type for e in found} >= {"CONFERENCE", "STATEMENT"} and "MEET" not in {e.type for e in found}
    assert any(e.type == "STATEMENT" and who in e.participants for e in found)


# (guard: passes before the change too) 座谈 between two sides stays their meeting
def test_a_talk_between_two_delegations_stays_a_meeting() -> None:
    body = "越老友好协会代表团5日与老越友好协会代表团在河内举行座谈。"
    assert ["老越友好协会", "越老友好协会"] in sides(body, "MEET")


# a body named alone before the joiner is a side of many, not one titled partner: a conference
@pytest.mark.parametrize("body", [
    "东盟与中国外长5日举行视频会议，讨论南海问题。",
    "东盟与中国外长昨天举行视讯会议。",
])
def test_a_body_and_a_land_meeting_by_video_is_a_conference(body: str) -> None:
    assert [e.type for e in events(body) if e.type in ("CONFERENCE", "CALL")] == ["CONFERENCE"]
