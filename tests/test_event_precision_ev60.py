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
    ("据悉,越南国会主席陈青敏在河内会见了老挝国会主席赛宋蓬·丰威汉。", "MEET", "陈青敏"),
    ("与会代表听取了国家主席习近平的重要讲话。", "STATEMENT", "习近平"),
    ("越南驻华大使向中国外交部介绍了越南经济社会发展情况。", "STATEMENT", None),
]


@pytest.mark.parametrize(("body", "type_", "who"), KEPT)
def test_the_events_told_beside_stay(body: str, type_: str, who: str | None) -> None:
    got = [e for e in _events(body, DATELINES[0]) if e.type == type_]
    assert got, body
    assert who is None or any(who in e.participants for e in got), [e.participants for e in got]
