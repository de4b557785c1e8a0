"""Checklist probes of the leads ev54 left (ev56, issue 13; invented sentences in several registers).

A welcome ceremony held for a named guest (甲在…为乙举行欢迎仪式) is the guest's visit as well as the meeting:
the welcomer hosts by their land, or the place after 在 by its country."""

from __future__ import annotations

import pytest

from eventpage import sides

WELCOMED = [
    ("古巴国家主席迪亚斯-卡内尔4日在哈瓦那为越南国家主席梁强举行隆重欢迎仪式。", ["古巴", "梁强"]),
    ("国家主席习近平4日在人民大会堂为越共中央总书记苏林举行欢迎仪式。", ["中国", "苏林"]),
    ("國家主席習近平4日在人民大會堂為越共中央總書記蘇林舉行歡迎儀式。", ["中国", "苏林"]),
    ("越南政府总理范明政4日上午在河内主席府为柬埔寨首相洪玛奈举行隆重欢迎仪式。", ["洪玛奈", "越南"]),
    ("总理黄循财前天在总统府为中国国务院总理李强举行了欢迎仪式。", ["新加坡", "李强"]),
]


@pytest.mark.parametrize(("body", "visit"), WELCOMED)
def test_a_welcome_ceremony_for_a_guest_is_their_visit(body: str, visit: list[str]) -> None:
    assert visit in sides(body, "VISIT")
    assert len(sides(body, "MEET")) == 1


NO_GUEST = [
    "外交部4日为新任驻华使节举行欢迎仪式。",  # (no land hosts them apart from their own)
    "欢迎仪式结束后，两国领导人举行会谈。",
    "泰国外长出席了在曼谷举行的欢迎仪式。",
]


@pytest.mark.parametrize("body", NO_GUEST)
def test_a_ceremony_naming_no_guest_is_no_visit(body: str) -> None:
    assert sides(body, "VISIT") == []


def test_the_guests_consort_is_no_second_visitor() -> None:
    body = "国家主席习近平4日在人民大会堂为泰国国王哇集拉隆功和王后素提达举行欢迎仪式。"
    assert sides(body, "VISIT") == [["中国", "玛哈·哇集拉隆功"]]


# a visitor told by land and post alone with a bare day before the verb, as with 于 (ev56)
POST_DAY = [
    ("老挝总理4日访问越南。", ["老挝", "越南"]),
    ("泰国外长3日抵达河内，开始对越南进行为期三天的正式访问。", ["泰国", "越南"]),
    ("寮國總理4日訪問越南。", ["老挝", "越南"]),
    ("越南国防部长4日飞抵北京，开始对中国进行工作访问并出席论坛。", ["中国", "越南国防部"]),
    ("柬埔寨首相周二抵达北京，对中国进行正式访问。", ["中国", "柬埔寨"]),
]


@pytest.mark.parametrize(("body", "visit"), POST_DAY)
def test_a_post_alone_with_a_bare_day_visits(body: str, visit: list[str]) -> None:
    assert visit in sides(body, "VISIT")


def test_a_named_holder_after_the_day_is_the_visitor() -> None:
    assert sides("老挝总理宋赛4日访问越南。", "VISIT") == [["宋赛·西潘敦", "越南"]]


# a headline naming the host beside a bare title, then the titled visitor opening the lead: the title's own land
# is the one written right before it, not a land of the headline above it (ev56)
HEADLINED = [
    ("柬埔寨首相访问越南", "柬埔寨首相洪玛奈4日抵达河内，开始对越南进行为期三天的正式访问。", ["洪玛奈", "越南"]),
    ("老挝总理访问越南", "老挝总理宋赛4日抵达河内，开始对越南进行为期三天的正式访问。", ["宋赛·西潘敦", "越南"]),
    ("寮國總理訪問越南", "寮國總理宋賽4日抵達河內，開始對越南進行為期三天的正式訪問。", ["宋赛·西潘敦", "越南"]),
]


@pytest.mark.parametrize(("head", "body", "visit"), HEADLINED)
def test_a_headline_land_is_not_the_visitors_own(head: str, body: str, visit: list[str]) -> None:
    assert sides(body, "VISIT", f"{head}\n\n2025-06-10\n\n越通社河内——") == [visit]


# the anniversary of a forum's founding is of the forum itself (SPEC), though its name ends like a meeting's (ev56)
FORUMS = [
    ("今年适逢中非合作论坛成立26周年。", "中非合作论坛"),
    ("明年是博鳌亚洲论坛创办二十六周年。", "博鳌亚洲论坛"),
    ("今年是中非合作論壇成立26週年。", "中非合作论坛"),
]


@pytest.mark.parametrize(("body", "forum"), FORUMS)
def test_a_forums_founding_anniversary_is_of_the_forum(body: str, forum: str) -> None:
    assert sides(body, "ANNIVERSARY") == [[forum]]


def test_a_forum_held_is_no_anniversary() -> None:
    assert sides("第三届中非合作论坛部长级会议4日在北京举行。", "ANNIVERSARY") == []


# the country holding an election its winner is told with, named before the election word (ev56)
WON = [
    ("共和党候选人特朗普周二赢得美国总统大选。", ["特朗普", "美国"]),
    ("特朗普在美国总统选举中胜出。", ["特朗普", "美国"]),
    ("川普週二贏得美國總統大選。", ["特朗普", "美国"]),
]


@pytest.mark.parametrize(("body", "election"), WON)
def test_an_election_won_names_its_country(body: str, election: list[str]) -> None:
    assert sides(body, "ELECTION") == [election]


def test_the_winners_own_title_land_is_not_read_as_held() -> None:
    assert sides("美国总统特朗普的盟友在地方选举中获胜。", "ELECTION") in ([], [["特朗普"]])


# a body whose unnamed leaders are the partner of talks is the side; the city after 在 is where (ev56)
BODY_LEADERS = [
    ("越南国防部代表团3日在金边与柬埔寨国防部领导举行会谈。", ["柬埔寨国防部", "越南国防部"]),
    ("越南公安部代表团3日在万象同老挝公安部主要领导举行会谈。", ["老挝公安部", "越南公安部"]),
    ("越南國防部代表團3日在金邊與柬埔寨國防部領導舉行會談。", ["柬埔寨国防部", "越南国防部"]),
]


@pytest.mark.parametrize(("body", "meet"), BODY_LEADERS)
def test_a_bodys_leaders_make_the_body_a_side(body: str, meet: list[str]) -> None:
    assert sides(body, "MEET") == [meet]


def test_a_lands_unnamed_leaders_stay_no_side() -> None:
    got = sides("越南国防部长潘文江3日在北京同中国党和国家领导人举行会谈。", "MEET")
    assert all("中国" not in m for m in got)


# 对话 of 建立对话关系 names a relation, no dialogue held before the summit: the summit keeps its parties (ev56)
def test_a_relations_dialogue_word_cuts_no_summits_parties() -> None:
    assert ["东盟", "中国"] in sides("中国和东盟建立对话关系30周年纪念峰会4日在南宁举行。", "CONFERENCE")
