"""Facts (fa6, stop 62): a meeting named as the occasion of the act that tells a figure (在…会议上宣布的,
在…峰会召开期间宣布, 在…峰会期间签署了, 在…会议上提出的) holds none of it, and neither does a party
inside that frame (the land the meeting is held in, a land in its name): the one who announces,
proposes or signs does (or the body a speaker stands for). A meeting attended keeps its attendance;
a session with no such act keeps its votes. Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def holders(text: str, value: float) -> set[str]:
    return {f.subject for f in extract(text, source="t.txt").facts if f.value == value}


@pytest.mark.parametrize("text, value, holder", [
    ("援助到位\n\n华盛顿4月2日电 据报道,新援助包括美国国务卿史密斯在德国举行的乌克兰重建会议上宣布的3亿美元援助。\n",
     300000000, "美国"),
    ("主席宣布贷款\n\n北京9月5日电 中国国家主席李明在“亚非合作论坛”第二次峰会召开期间宣布,向论坛成员国提供200亿美元贷款。\n",
     20000000000, "中国"),
    ("投资协议\n\n雅加达3月8日电 印度尼西亚投资部长说,上周在雅加达举行的日本峰会期间签署了约80亿美元的投资协议。\n",
     8000000000, "印度尼西亚"),
    ("宣言发表\n\n金边1月11日电 宣言说,与会领导人对在第一次外长会议上提出的30个合作项目以及第二次部长会泰方提出的12个倡议"
     "取得的进展表示满意。\n", 12, "泰国"),
])
def test_the_occasion_of_an_act_holds_no_figure(text: str, value: float, holder: str) -> None:
    assert holders(text, value) == {holder}


def test_a_meeting_named_as_an_occasion_holds_no_count() -> None:
    text = ("宣言发表\n\n金边1月11日电 宣言说,与会领导人对在第一次外长会议上提出的30个合作项目取得的进展表示满意。\n")
    assert "第一次外长会议" not in holders(text, 30)


@pytest.mark.parametrize("text, value, holder", [
    ("论坛开幕\n\n河内5月3日电 第三届东亚友好论坛在河内举行,来自20个国家的300名代表出席。\n", 300, "第三届东亚友好论坛"),
    ("国会选举主席\n\n河内4月2日电 在越南第十五届国会第五次会议上,480名国会代表中的470名投了赞成票。\n", 480, "越南国会"),
])
def test_meetings_attended_or_voting_keep_their_figures(text: str, value: float, holder: str) -> None:
    assert holders(text, value) == {holder}
