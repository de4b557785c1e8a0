"""Constructions around known verbs read off the unannotated pool of 303 unseen pages (fm2, issue 13). Invented
sentences, Simplified and Traditional: a comma between a partner named with its coverb and the verb of meeting
(某某同某局局长某某,举行磋商; 甲将与某某,和乙会谈) is no clause break."""

from __future__ import annotations

import pytest

from eventpage import sides

_CHINA = "测试新闻\n\n新华社北京2025年6月10日电 "


@pytest.mark.parametrize(("body", "pair"), [
    ("外交部部长助理刘明远9日在北京同俄罗斯外交部政策规划局局长柯斯金,举行新一轮中俄外交政策磋商。", {"刘明远", "柯斯金"}),
    ("外交部部長助理劉明遠9日在北京同俄羅斯外交部政策規劃局局長柯斯金,舉行新一輪中俄外交政策磋商。", {"刘明远", "柯斯金"}),
    ("外交部长王毅9日在北京与泰国外长敦·帕马威奈,举行会谈。", {"王毅", "敦·帕马威奈"}),
])
def test_a_partner_parted_from_the_verb_by_a_comma_is_met(body: str, pair: set[str]) -> None:
    got = sides(body, "MEET")
    assert len(got) == 1 and pair <= set(got[0])


def test_a_second_partner_after_the_comma_joins_the_first() -> None:
    got = sides("马克龙将与同期访华的欧盟委员会主席冯德莱恩,和国家主席习近平会谈。", "MEET")
    assert got and {"马克龙", "冯德莱恩", "习近平"} <= set(got[0])


@pytest.mark.parametrize("body", [
    "与此同时,两国外长9日举行会谈。",
    "同年6月,两国外长举行会谈。",
])
def test_a_time_or_a_linking_word_opens_no_partner(body: str) -> None:
    got = sides(body, "MEET")
    assert not any("此同时" in p or "年6月" in p for g in got for p in g)


@pytest.mark.parametrize("body", [
    "普京应中国国家主席习近平的邀请,明天(15日)到中国进行两天国事访问。",
    "普京應中國國家主席習近平的邀請,6月15日到中國訪問。",
])
def test_a_visit_told_after_an_invitation_frame_goes_on_from_its_subject(body: str) -> None:
    got = sides(body, "VISIT")
    assert got and {"普京", "中国"} <= set(got[0])


@pytest.mark.parametrize(("body", "visitor"), [
    # a long foreign post with 和 inside (the UK's foreign secretary) is one post, its land the one before it
    ("应王毅外长邀请,英国外交和联邦事务大臣杰克·斯托林将于6月20日对中国进行正式访问。", "杰克·斯托林"),
    ("應王毅外長邀請,英國外交和聯邦事務大臣傑克·斯托林將於6月20日對中國進行正式訪問。", "杰克·斯托林"),
    # a body's own committee, unnamed, between the body and the post: the body's land is the holder's
    ("应王毅邀请,卢森堡议会法律委员会主席薇薇安·罗斯瓦将于6月20日对中国进行正式访问。", "薇薇安·罗斯瓦"),
])
def test_a_foreign_guest_under_a_long_post_visits(body: str, visitor: str) -> None:
    got = sides(body, "VISIT", _CHINA)  # (on a Chinese wire's page a guest whose land is unread is taken for a Chinese)
    assert got and {visitor, "中国"} <= set(got[0])


def test_a_committee_in_a_list_of_posts_states_no_land() -> None:
    from invented import page_of
    page = page_of("老挝越侨企业协会常务委员会委员、海外越南企业家协会副主席范氏明兰接受记者采访。")
    assert {e.name: e.country for e in page.entities}.get("范氏明兰") == "VN"


@pytest.mark.parametrize("body", [
    "5月2日上午国务院总理温嘉华离京,开始为期11天的欧洲之行。温此行将出访德国、比利时和爱尔兰。",
    "5月2日上午國務院總理溫嘉華離京,開始為期11天的歐洲之行。溫此行將出訪德國、比利時和愛爾蘭。",
])
def test_a_person_named_again_by_the_surname_alone_visits(body: str) -> None:
    got = sides(body, "VISIT", _CHINA)
    assert {"温嘉华", "德国"} in [set(g) for g in got]


def test_a_surname_two_people_share_refers_to_none() -> None:
    got = sides("5月2日,国务院总理温嘉华和副总理温立国离京。温此行将出访德国。", "VISIT", _CHINA)
    assert not any("温嘉华" in g or "温立国" in g for g in got)


@pytest.mark.parametrize("body", [
    "越共中央总书记苏林18日来华访问。李强总理、赵乐际委员长、王沪宁政协主席分别同他会见。",
    "越共中央总书记苏林18日来华访问。李強總理、趙樂際委員長、王滬寧政協主席分別同他會見。",
])
def test_hosts_named_before_a_post_of_their_body_each_meet_the_guest(body: str) -> None:
    got = [set(g) for g in sides(body, "MEET", _CHINA)]
    assert {"李强", "苏林"} in got and {"赵乐际", "苏林"} in got and {"王沪宁", "苏林"} in got
    assert {"李强", "赵乐际"} not in got


@pytest.mark.parametrize("body", [
    "韩国国会韩中议员联盟代表团18日对中国进行正式访问。代表团还将同全国人大常委会委员长赵乐际举行会谈。",
    "韩国国会韩中议员联盟代表团18日对中国进行正式访问。该代表团还将同全国人大常委会委员长赵乐际举行会谈。",
])
def test_a_delegation_led_by_no_one_named_meets_as_its_body(body: str) -> None:
    got = sides(body, "MEET", _CHINA)
    assert got and {"韩国国会", "赵乐际"} <= set(got[0])
