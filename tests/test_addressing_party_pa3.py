"""One who opens a sentence after a meeting by reporting, presenting or handing something to a party of it
(大使某某向总书记某某汇报了… / 某某向外长介绍了…) is at that meeting, a party of it (pa3, stop 41, checklist
probes; participants/settingspeakers.addressing_parties, called for meetings and for meetings with a group). Guards:
someone's envoy (某某的代表向…), a time or tense of its own (当天下午…向…颁授, 曾向, 下月将向), another meeting told
between, the press."""

import pytest

from eventpage import sides

VNA = "越南领导人会见\n\n越通社河内——"
XINHUA = "中马外长见面\n\n新华社北京4月8日电 "


@pytest.mark.parametrize("body, want", [
    ("4月8日下午,范明政总理在河内会见了韩国国会议长禹元植。韩国驻越南大使崔荣森向范明政总理介绍了韩国企业在越投资的新动向。",
     ["崔荣森", "禹元植", "范明政"]),
    ("4月8日下午,范明政总理在河内会见了韩国国会议长禹元植。韩国驻越南大使崔荣森向范明政通报了两国议会交流计划。",
     ["崔荣森", "禹元植", "范明政"]),
    ("4月8日下午,范明政总理在河内会见了韩国国会议长禹元植。崔荣森大将向范明政通报了两国议会交流计划。",
     ["崔荣森", "禹元植", "范明政"]),
    ("4月8日下午,范明政總理在河內會見了韓國國會議長禹元植。韓國駐越南大使崔榮森向范明政總理介紹了韓國企業在越投資的新動向。",
     ["崔荣森", "禹元植", "范明政"]),
])
def test_who_addresses_a_party_after_the_meeting_is_at_it(body: str, want: list[str]) -> None:
    assert sides(body + "\n", "MEET", VNA) == [want]


def test_who_reports_at_a_meeting_with_a_group_is_at_it() -> None:
    body = ("在访问日本期间,越南国家主席梁强4月8日会见了越南驻日本大使馆工作人员和旅日越南人代表。"
            "越南驻日本大使范光孝向梁强主席和代表团汇报了两国地方合作的新进展。\n")
    assert any("范光孝" in p and "梁强" in p for p in sides(body, "MEET", VNA))


@pytest.mark.parametrize("after", [  # (guards: true before too)
    "当天下午马来西亚驻华大使诺维尔向王毅转交了安华首相的信函。",
    "马来西亚首相安华的特使向王毅转交了一封信函。",
    "外交部发言人毛宁向媒体介绍了会见的主要内容。",
])
def test_no_one_of_another_occasion_is_added(after: str) -> None:
    body = "外交部长王毅8日在北京会见马来西亚外长卡迪尔。" + after + "\n"
    assert sides(body, "MEET", XINHUA) == [["卡迪尔", "王毅"]]


@pytest.mark.parametrize("after", [
    "马来西亚驻华大使诺维尔下月将向王毅递交安华首相的邀请函。",
    "马来西亚驻华大使诺维尔曾向王毅介绍过两国青年交流计划。",
])
def test_one_addressing_a_party_at_another_time_is_not_added(after: str) -> None:
    body = "外交部长王毅8日在北京会见马来西亚外长卡迪尔。" + after + "\n"
    assert sides(body, "MEET", XINHUA) == [["卡迪尔", "王毅"]]
