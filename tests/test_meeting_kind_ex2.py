"""A meeting word naming a kind of meeting, none held (ex2, issue 13; invented sentences, Simplified and Traditional): the
counted head of a copula's predicate (这是…第三次外长级对话, 联委会是…最后一次高层经贸对话活动) and a meeting named as a
mechanism (边境会晤已成为…机制活动, 设立了…政治磋商等…合作机制) — with guards that the meetings told beside them stay."""

from __future__ import annotations

import pytest

from dipnet.model import Event
from dipnet.pipeline import extract

DATELINES = ["越通社河内——2025年3月5日,", "新华社北京3月5日电 "]


def _events(body: str, dateline: str) -> list[Event]:
    return extract("测试新闻\n\n" + dateline + body, source="t.txt").events


KINDS = [
    "泰国外长马里斯5日在曼谷表示,泰越关系发展良好。他指出,这是自2024年泰国总理赛塔与越方将关系升级为全面战略伙伴后"
    "第二次外长级对话。",
    "國務院副總理何立峰將與泰國副總理普坦共同主持第十五屆中泰經貿聯委會。外交部發言人毛寧說,第十五屆中泰經貿聯委會是"
    "今年中泰兩國間最後一次高層經貿對話活動。",
    "国务院副总理何立峰将与泰国副总理普坦共同主持第十五届中泰经贸联委会。外交部发言人毛宁说,第十五届中泰经贸联委会是"
    "今年中泰两国间最后一次高层经贸对话活动。",
    "越南国防部长潘文江和中国国防部长董军5日出席活动。两军边境高层会晤已成为两军年度机制活动。",
    "據悉,越南外交部副部長阮明姮和智利外交部副部長希爾1975年簽署建交公報。兩國還設立了政府間委員會、副外長級政治磋商"
    "等重要合作機制。",
    "据悉,越南外交部副部长阮明姮和智利外交部副部长希尔1975年签署建交公报。两国还设立了政府间委员会、副外长级政治磋商"
    "等重要合作机制。",
]


@pytest.mark.parametrize("dateline", DATELINES)
@pytest.mark.parametrize("body", KINDS)
def test_a_kind_of_meeting_is_no_meet(body: str, dateline: str) -> None:
    got = [e for e in _events(body, dateline) if e.type == "MEET"]
    assert not got, [(e.participants, e.attributes.get("trigger")) for e in got]


TOLD = [
    ("越南国家主席梁强5日在河内会见了老挝总理宋赛·西潘敦,这是两人今年第二次会晤。", {"梁强", "宋赛·西潘敦"}),
    ("柬埔寨首相洪玛奈4日同泰国总理佩通坦举行会谈,双方同意完善边境合作机制。", {"洪玛奈", "佩通坦"}),
    ("越南国家主席梁强5日在河内会见了老挝总理宋赛·西潘敦,但是双方未就第三次会晤作出安排。", {"梁强", "宋赛·西潘敦"}),
]


@pytest.mark.parametrize("dateline", DATELINES)
@pytest.mark.parametrize(("body", "people"), TOLD)
def test_the_meeting_told_beside_it_stays(body: str, people: set[str], dateline: str) -> None:
    got = [e for e in _events(body, dateline) if e.type == "MEET"]
    assert any(people <= set(e.participants) for e in got), [(e.participants, e.attributes.get("trigger")) for e in got]
