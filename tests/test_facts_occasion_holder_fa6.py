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
    ("援助发放\n\n曼谷4月2日电 日本外相山田在泰国举行的缅甸人道问题会议上宣布的5000万美元援助将分两批发放。\n",
     50000000, "日本"),
    ("总统宣布\n\n首尔6月5日电 韩国总统金哲在“韩非合作论坛”首届峰会期间宣布,未来五年向非洲国家提供100亿美元发展资金。\n",
     10000000000, "韩国"),
    ("投资协议\n\n开罗3月8日电 埃及贸易部表示,本月在开罗举行的欧盟投资峰会期间签订了总额约40亿美元的投资协议。\n",
     4000000000, "埃及"),
])
def test_the_occasion_of_an_act_holds_no_figure(text: str, value: float, holder: str) -> None:
    assert holders(text, value) == {holder}


def test_a_meeting_named_as_an_occasion_holds_no_count() -> None:
    text = ("公报发表\n\n万象1月11日电 公报指出,与会各方欢迎在首次部长级会议上提出的25个示范项目,"
            "并赞赏越方在第三次高官会上提出的9项倡议。\n")
    assert "首次部长级会议" not in holders(text, 25)


@pytest.mark.parametrize("text, value, holder", [
    ("论坛开幕\n\n河内5月3日电 第三届东亚友好论坛在河内举行,来自20个国家的300名代表出席。\n", 300, "第三届东亚友好论坛"),
    ("国会选举主席\n\n河内4月2日电 在越南第十五届国会第五次会议上,480名国会代表中的470名投了赞成票。\n", 480, "越南国会"),
])
def test_meetings_attended_or_voting_keep_their_figures(text: str, value: float, holder: str) -> None:
    assert holders(text, value) == {holder}
