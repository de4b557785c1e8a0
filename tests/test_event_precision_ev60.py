"""Events read where no one event is told (ev60, issue 13, checklist probes; invented sentences in several registers,
Simplified and Traditional): a meeting word followed by the role it has (东盟峰会的作用不可替代, 加强…大会和…论坛,以及
…机制的作用), a meeting, session or press conference left indefinite (某会议, 某次例行记者会), and a briefing a visitor
listens to (听取…关于…情况的介绍) — with guards that the events told beside them stay."""

from __future__ import annotations

import pytest

from dipnet.model import Event
from dipnet.pipeline import extract

DATELINES = ["越通社河内——2025年3月5日,", "新华社北京3月5日电 ", "（中央社記者王小明台北2025年3月5日電）", "【联合早报讯】2025年3月5日,"]


def _events(body: str, dateline: str) -> list[Event]:
    return extract("测试新闻\n\n" + dateline + body, source="t.txt").events


ROLES = [
    "新加坡总理黄循财在国会说,东盟峰会的作用不可替代。",
    "新加坡總理黃循財在國會說,東盟峰會的作用不可替代。",
    "越南积极加强东盟议会联盟大会(AIPA)和亚太经济合作论坛,以及湄公河合作机制的作用。",
    "越南積極加強東盟議會聯盟大會(AIPA)和亞太經濟合作論壇,以及湄公河合作機制的作用。",
    "中方认为,东亚峰会的战略引领作用应当得到加强。",
]


@pytest.mark.parametrize("dateline", DATELINES[:2])
@pytest.mark.parametrize("body", ROLES)
def test_a_meeting_told_by_its_role_is_no_conference(body: str, dateline: str) -> None:
    got = [e for e in _events(body, dateline) if e.type == "CONFERENCE"]
    assert not got, [(e.participants, e.attributes.get("trigger")) for e in got]


INDEFINITE = [
    ("越南国会常务委员会某会议场景。", "CONFERENCE"),
    ("越南国会某次全体会议现场。(图片来源:越通社)", "CONFERENCE"),
    ("越南國會某次全體會議現場。(圖片來源:越通社)", "CONFERENCE"),
    ("中国外交部某次例行记者会现场。", "STATEMENT"),
    ("中國外交部某次例行記者會現場。", "STATEMENT"),
]


@pytest.mark.parametrize("dateline", DATELINES[::3])
@pytest.mark.parametrize(("body", "type_"), INDEFINITE)
def test_an_indefinite_meeting_is_no_event(body: str, type_: str, dateline: str) -> None:
    got = [e for e in _events(body, dateline) if e.type == type_]
    assert not got, [(e.participants, e.attributes.get("trigger")) for e in got]


BRIEFINGS = [
    "老挝代表团在广州听取了广东省外事办公室关于当地经济发展情况的介绍。",
    "老挝代表团在河内参观越南军事历史博物馆,听取越南国防部关于越南人民军建设情况的介绍。",
    "寮國代表團在河內參觀越南軍事歷史博物館,聽取越南國防部關於越南人民軍建設情況的介紹。",
    "各国驻华武官将访问南京、杭州等地,听取东部战区情况介绍,参观部队。",
]


@pytest.mark.parametrize("dateline", DATELINES[:2])
@pytest.mark.parametrize("body", BRIEFINGS)
def test_a_briefing_listened_to_is_no_statement(body: str, dateline: str) -> None:
    got = [e for e in _events(body, dateline) if e.type == "STATEMENT"]
    assert not got, [(e.participants, e.attributes.get("trigger")) for e in got]


# guards: the events told beside these words stay
KEPT = [
    ("国务院总理李强在万象出席第27次东盟与中日韩领导人会议并发表讲话,强调该机制发挥了重要作用。", "CONFERENCE", "李强"),
    ("政府总理范明政在河内出席越南-东盟商业论坛并强调企业的作用。", "CONFERENCE", "范明政"),
    ("国会主席陈青敏出席越南-老挝合作论坛,强调地方的作用。", "CONFERENCE", "陈青敏"),
    # (a list item after the meeting's name never says or judges: the attendees judging a role attend a meeting held)
    ("第46届东盟峰会与会领导人高度评价越南的作用。", "CONFERENCE", "东盟"),
    ("首届中越青年论坛与会代表肯定了两国青年的桥梁作用。", "CONFERENCE", None),
    ("据悉,越南国会主席陈青敏在河内会见了老挝国会主席赛宋蓬·丰威汉。", "MEET", "陈青敏"),
    ("与会代表听取了国家主席习近平的重要讲话。", "STATEMENT", "习近平"),
    ("越南驻华大使向中国外交部介绍了越南经济社会发展情况。", "STATEMENT", None),
]


@pytest.mark.parametrize(("body", "type_", "who"), KEPT)
def test_the_events_told_beside_stay(body: str, type_: str, who: str | None) -> None:
    got = [e for e in _events(body, DATELINES[0]) if e.type == type_]
    assert got, body
    assert who is None or any(who in e.participants for e in got), [e.participants for e in got]


# talks one is willing to hold, or talks as a mechanism, a momentum or a goal: no MEET (the words stay a statement)
UNREAL_TALKS = [
    "马来西亚首相安瓦尔说,他有意在年内与新加坡总理黄循财举行会晤。",
    "日本首相向韩国总统表示,日本有意与朝鲜举行双边会谈。",
    "總統賴清德表示,願與美國新任國務卿會面,深化台美關係。",
    "首相安瓦尔说,他愿同印尼总统普拉博沃就边界问题举行会谈。",
    "越南与老挝两国领导人同意继续加强各级会晤机制,密切高层互访。",
    "双方同意保持高层会晤势头,加强各层级交往。",
    "中方愿同老方保持高层会晤传统,推动两国关系深入发展。",
    "越南与日本同意充分发挥两国外长定期会晤机制的作用。",
    "兩國領導人同意保持高層會晤和各級別交往。",
]


@pytest.mark.parametrize("dateline", DATELINES[:2])
@pytest.mark.parametrize("body", UNREAL_TALKS)
def test_talks_wished_for_or_kept_as_a_mechanism_are_no_meeting(body: str, dateline: str) -> None:
    got = [e for e in _events(body, dateline) if e.type in ("MEET", "CALL")]
    assert not got, [(e.type, e.participants, e.attributes.get("trigger")) for e in got]


def test_a_visit_one_is_glad_to_make_is_no_visit() -> None:
    page = "泰国总理乐意访问越南\n\n越通社河内——2025年3月5日,泰国总理佩通坦表示,乐意在双方方便的时候访问越南。"
    got = [e for e in extract(page, source="t.txt").events if e.type == "VISIT"]
    assert not got, [e.participants for e in got]


# guards: talks held or announced, and a readiness said inside talks, stay one MEET
HELD_TALKS = [
    ("外交部长王毅在河内同越南外长裴青山举行会晤,双方同意建立外长定期会晤机制。", "王毅"),
    ("马来西亚首相安瓦尔与印尼总统普拉博沃举行年度领导人会晤。", "安瓦尔·易卜拉欣"),
    ("政府总理范明政会见泰国总理佩通坦。范明政表示,越方愿同泰方加强合作。", "范明政"),
    ("外交部发言人宣布,新加坡外长维文将于3月8日访华,外交部长王毅将与他举行会谈。", "王毅"),
]


@pytest.mark.parametrize(("body", "who"), HELD_TALKS)
def test_talks_held_or_announced_stay(body: str, who: str) -> None:
    got = [e for e in _events(body, DATELINES[0]) if e.type == "MEET"]
    assert len(got) == 1 and who in got[0].participants, [(e.participants, e.status) for e in got]


# a meeting word inside the aim a facility serves (为…会晤…创造便利条件): no MEET, and the speaker's words stay a statement
AIMS = [
    ("新加坡外长维文表示,新加坡愿为各国商人在机场会晤和交流创造便利条件。", "维文·巴拉克里希南"),
    ("外交部发言人毛宁表示,中方愿为两国企业家会面交流提供便利。", "毛宁"),
    ("外交部表示,將持續為台日雙方官員會面創造有利條件。", None),
]


@pytest.mark.parametrize("dateline", DATELINES[:2])
@pytest.mark.parametrize(("body", "speaker"), AIMS)
def test_a_meeting_in_an_aim_is_no_meeting(body: str, speaker: str | None, dateline: str) -> None:
    got = _events(body, dateline)
    assert not [e for e in got if e.type == "MEET"], [(e.type, e.participants) for e in got]
    assert speaker is None or any(e.type == "STATEMENT" and speaker in e.participants for e in got), \
        [(e.type, e.participants) for e in got]


def test_a_forum_that_provides_a_platform_stays() -> None:
    got = _events("为期两天的中越青年论坛5日在南宁开幕,论坛为两国青年提供了交流平台。", DATELINES[1])
    assert [e for e in got if e.type == "CONFERENCE"], [(e.type, e.participants) for e in got]


# an election word inside a body's name (国家选举委员会, 中央選舉委員會) tells no election; an election result stays one
BODY_NAMED = [
    "国会主席、国家选举委员会主席陈青敏主持召开国家选举委员会第五次会议。",
    "中央選舉委員會召開委員會議,審議公投案。",
    "中国驻越南大使何炜会见越南国家选举委员会副主席。",
]


@pytest.mark.parametrize("dateline", DATELINES[:3:2])
@pytest.mark.parametrize("body", BODY_NAMED)
def test_an_election_committee_is_no_election(body: str, dateline: str) -> None:
    got = [e for e in _events(body, dateline) if e.type == "ELECTION"]
    assert not got, [(e.participants, e.attributes.get("trigger")) for e in got]


def test_a_result_the_committee_announces_stays_an_election() -> None:
    got = [e for e in _events("国家选举委员会正式公布第十六届国会代表选举结果。", DATELINES[0]) if e.type == "ELECTION"]
    assert got and "越南国会" in got[0].participants, [e.participants for e in got]


def test_an_election_told_by_its_post_is_the_one_of_the_person_sworn_in() -> None:
    page = ("王廷惠当选国会主席\n\n越通社河内——2025年3月5日,国会秘书长代表国会常委会宣读关于选举国会主席、"
            "国家选举委员会主席的决议草案。\n王廷惠随后宣誓就任国会主席、国家选举委员会主席。")
    got = [e for e in extract(page, source="t.txt").events if e.type == "ELECTION"]
    assert len(got) == 1 and "王廷惠" in got[0].participants, [e.participants for e in got]


def test_two_bodies_electing_stay_two_elections() -> None:
    body = "越南国会选举梁强为国家主席。\n同日,老挝国会选举产生新一届国会领导。"
    got = [e for e in _events(body, DATELINES[0]) if e.type == "ELECTION"]
    assert len(got) == 2, [e.participants for e in got]


# a forum's founding spoken of, and a body named as a meeting that a country joins: no session held
FOUNDED_OR_JOINED = [
    "外交部发言人表示,中拉论坛的建立符合世界多极化趋势,有助于中拉加强合作。",
    "中非合作论坛的成立标志着中非关系进入新阶段。",
    "湄公河-日本合作论坛的创立为地区发展注入了新动力。",
    "今年是台灣加入亞太經濟合作會議(APEC)30週年。",
    "越南1996年加入亚欧会议,成为创始成员之一。",
]


@pytest.mark.parametrize("dateline", DATELINES[:2])
@pytest.mark.parametrize("body", FOUNDED_OR_JOINED)
def test_a_forum_founded_or_joined_is_no_conference(body: str, dateline: str) -> None:
    got = [e for e in _events(body, dateline) if e.type == "CONFERENCE"]
    assert not got, [(e.participants, e.attributes.get("name")) for e in got]


def test_a_forum_session_opening_stays() -> None:
    got = [e for e in _events("博鳌亚洲论坛2025年年会在海南博鳌开幕。", DATELINES[1]) if e.type == "CONFERENCE"]
    assert got, "the session held is a CONFERENCE"


# units sent recalled with no date (曾多次派遣…): history, no DEPLOYMENT; a dated recall and a mission under way stay
RECALLED_UNITS = [
    "越南媒体分析,美国曾经多次派遣驱逐舰到访越南,并展开共同训练。",
    "中国曾先后派出多批维和部队赴南苏丹执行任务。",
    "越南人民军曾派遣工兵队赴阿卜耶伊参加联合国维和行动。",
    "越南人民軍曾派遣工兵隊赴阿卜耶伊參加聯合國維和行動。",
]


@pytest.mark.parametrize("body", RECALLED_UNITS)
def test_units_sent_recalled_without_a_date_are_no_deployment(body: str) -> None:
    # (a dateline without a day: a day in the dateline's sentence would date the recall, as it does a visit's)
    got = [e for e in _events(body, "越通社河内——") if e.type == "DEPLOYMENT"]
    assert not got, [e.participants for e in got]


@pytest.mark.parametrize("body", ["越南曾于2014年派遣军官参加联合国维和行动。", "越南公安部救援队启程赴土耳其参与震后救援。"])
def test_a_dated_or_current_deployment_stays(body: str) -> None:
    assert [e for e in _events(body, "越通社河内——") if e.type == "DEPLOYMENT"], body


# an event word inside a target (力争…): none told (the headline names the two lands)
TARGETS = [
    ("越新合作", "越通社河内——", "双方力争在2026年越新工业园区模式建立30周年之际建成30个园区。"),
    ("中老合作", "越通社河内——", "两国力争在建交65周年之际实现双边贸易额翻一番。"),
    ("新馬合作", "（中央社記者王小明台北5日電）", "兩國力爭明年簽署自由貿易協定升級議定書。"),
]


@pytest.mark.parametrize(("head", "dateline", "body"), TARGETS)
def test_an_event_word_in_a_target_is_no_event(head: str, dateline: str, body: str) -> None:
    got = extract(f"{head}\n\n{dateline}{body}", source="t.txt").events
    assert not got, [(e.type, e.participants) for e in got]


def test_the_call_beside_a_target_stays() -> None:
    body = "国家主席梁强与韩国总统李在明通电话,双方力争到2030年实现双边贸易额1500亿美元。"
    assert [e for e in _events(body, DATELINES[0]) if e.type == "CALL"], body


# a body's press event and a person of its country speaking at that event: one STATEMENT, the person's
PRESS_EVENTS = [
    ("越南驻华大使馆在北京举行记者会,介绍越南经济发展情况。\n越南驻华大使范清平在记者会上说,越中经贸合作潜力巨大。", "越南驻中国大使馆"),
    ("新加坡外交部举行新闻发布会,说明外长维文的行程。\n维文在发布会上表示,新中关系稳步发展。", "新加坡外交部"),
]


@pytest.mark.parametrize(("body", "bodyname"), PRESS_EVENTS)
def test_the_person_at_the_body_press_event_speaks_for_it(body: str, bodyname: str) -> None:
    got = [e for e in _events(body, DATELINES[0]) if e.type == "STATEMENT"]
    assert got and not any(bodyname in e.participants for e in got), [e.participants for e in got]
