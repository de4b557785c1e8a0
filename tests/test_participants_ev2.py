"""Probes of ev2's participant fixes (issue 13: extra actors on pages never seen; invented sentences).

(a) A land and a body of its own among one event's actors: the gold names one side once. A body the sentence names
only inside a title (外交部发言人, 驻华使馆负责人) beside its land named on its own qualifies the speaker, and is no side;
a protest is between lands, and its body named nowhere in the sentence goes too. A land named only inside the names of
bodies that act stays (signings and gifts are the lands'), and an election keeps the post's body."""

from __future__ import annotations

import pytest

from eventpage import of

XINHUA = "测试新闻\n\n新华社北京2025年6月10日电 "

TITLED_BODIES = [
    ("外交部发言人就日方在七国集团峰会上无理指责中方答记者问。", "中国外交部"),
    ("外交部发言人就美方在东亚峰会上无理指责中国答记者问。", "中国外交部"),
    ("中国外交部发言人就美方在东亚峰会上无理指责中国答记者问。", "中国外交部"),
    ("菲律宾外交部发言人就中方在仁爱礁的行动表示强烈抗议,指责中国侵犯菲律宾主权。", "菲律宾外交部"),
]


@pytest.mark.parametrize(("body", "titled"), TITLED_BODIES)
def test_a_body_named_only_in_a_title_beside_its_land_is_no_side(body: str, titled: str) -> None:
    found = of(body, "DISAPPROVE", XINHUA)
    assert found
    assert all(titled not in e.participants for e in found)
    assert all(titled not in e.participants for e in of(body, "CONFERENCE", XINHUA))


def test_the_speaking_body_of_a_statement_stays() -> None:
    assert [e.participants for e in of(TITLED_BODIES[0][0], "STATEMENT", XINHUA)] == [["中国外交部"]]


def test_the_lands_of_ministries_that_sign_stay() -> None:
    body = "中澳签署《中国商务部与澳大利亚外交贸易部关于加强发展合作的谅解备忘录》。"
    found = of(body, "AGREEMENT", XINHUA)
    assert found and all({"中国", "澳大利亚"} <= set(e.participants) for e in found)


def test_an_election_keeps_the_body_of_the_post() -> None:
    found = of("越共中央政治局委员王廷惠当选越南国会主席。", "ELECTION")
    assert found and all("越南国会" in e.participants for e in found)


# (b) An organ of an international body that meets as a body of its own (联合国大会, 东盟地区论坛) brings no parent to
# the meeting it holds or is named at; a meeting of the parent's members (东盟外长会议, 东盟防长扩大会议) does.
STANDING = [
    ("越南外交部长裴青山12日在老挝万象出席东盟地区论坛外长会。", "东盟"),
    ("第79届联合国大会15日在纽约开幕,越南国家主席梁强出席并发表讲话。", "联合国"),
    ("10月14日,联合国大会在纽约举行全体会议,选举产生新一届经社理事会成员。", "联合国"),
]


@pytest.mark.parametrize(("body", "parent"), STANDING)
def test_an_organ_meeting_as_a_body_of_its_own_brings_no_parent(body: str, parent: str) -> None:
    found = of(body, "CONFERENCE")
    assert found and all(parent not in e.participants for e in found)


@pytest.mark.parametrize("body", ["越南外交部长裴青山12日在老挝万象出席第57届东盟外长会议。", "越南国防部长潘文江出席第十届东盟防长扩大会议。"])
def test_a_meeting_of_the_members_brings_its_parent(body: str) -> None:
    found = of(body, "CONFERENCE")
    assert found and all("东盟" in e.participants for e in found)


# (c) Two short forms before a body word and 间…委员会 (越老政府间委员会) name the joint committee of the two, which holds
# the session: neither each country's government nor the countries take part; a meeting of the two countries' own
# bodies (越中两国公安部…会议) still has them.
JOINT = [
    ("越南政府总理范明政与老挝政府总理宋赛·西潘敦共同主持越老政府间委员会第48次会议。", ["宋赛·西潘敦", "范明政", "越老政府间委员会"]),
    ("国务委员王毅同柬埔寨副首相贺南洪共同主持中柬政府间协调委员会第五次会议。", ["王毅", "贺南洪", "中柬政府间协调委员会"]),
]


@pytest.mark.parametrize(("body", "parties"), JOINT)
def test_a_joint_committee_holds_its_session_without_the_governments(body: str, parties: list[str]) -> None:
    assert [sorted(e.participants) for e in of(body, "CONFERENCE")] == [sorted(parties)]


def test_the_two_countries_own_bodies_still_meet() -> None:
    assert [sorted(e.participants) for e in of("越中两国公安部第四次打击犯罪合作会议在河内举行。", "CONFERENCE")] == \
        [["中国公安部", "越南公安部"]]


# (d) An election told 选举[titles][name]为[post]: the posts the one elected holds, between the verb and the name, are not
# the election's; the electing body before the verb and the post after the name are. A post standing for its holder
# (就任新加坡总理后) keeps its land.
HELD = [
    ("越南国会以高票选举越共中央政治局委员、河内市委书记王廷惠为越南国会主席。", ["王廷惠", "越南国会"]),
    ("国会选举越共中央政治局委员、胡志明市委书记阮文年为国会主席。", ["越南国会", "阮文年"]),
]


@pytest.mark.parametrize(("body", "parties"), HELD)
def test_the_posts_the_elected_holds_are_not_the_elections(body: str, parties: list[str]) -> None:
    assert [sorted(e.participants) for e in of(body, "ELECTION")] == [sorted(parties)]


# (e) A message's body named only inside the post its recipient takes (致电祝贺某某就任越南国会主席) is no recipient beside
# her (SPEC: the people where the text names them); a headline summing up the messages names the post too.
POSTED = [
    ("俄罗斯、蒙古等领导人致电祝贺阮氏金银任越南国会主席\n\n越通社河内——2025年6月10日,",
     "俄罗斯联邦委员会主席马特维延科已致电阮氏金银,祝贺她就任越南国会主席。\n\n"
     "值此之际,泰国国家立法议会议长蓬碧、乌克兰最高拉达议长格罗伊斯曼已分别致电祝贺阮氏金银就任越南国会主席。", "阮氏金银"),
    ("老挝、柬埔寨等国领导人致电祝贺王廷惠任越南国会主席\n\n越通社河内——2025年6月10日,",
     "老挝国会主席赛宋蓬·丰威汉已致电王廷惠,祝贺他就任越南国会主席。\n\n"
     "值此之际,柬埔寨国会主席韩桑林、泰国国会主席万·穆罕默德·诺已分别致电祝贺王廷惠就任越南国会主席。", "王廷惠"),
]


@pytest.mark.parametrize(("head", "body", "recipient"), POSTED)
def test_the_body_of_a_post_taken_is_no_recipient(head: str, body: str, recipient: str) -> None:
    found = of(body, "MESSAGE", "测试" + head)
    assert len(found) >= 3
    assert all("越南国会" not in e.participants for e in found)
    assert all(recipient in e.participants for e in found)


# (f) Talks' land whose leader the talks name, named only inside his title (越南国家主席张晋创会见…): he stands for it, it is
# no side of its own (SPEC: a meeting between named people); lands named on their own (韩国和中国外长) stay.
LEADERS = [
    ("8月27日在河内主席府,越南国家主席张晋创会见了前来递交国书的奥地利、亚美尼亚等两国新任驻越大使。", ["亚美尼亚", "奥地利", "张晋创"]),
    ("6月10日在河内主席府,越南国家主席梁强会见了前来递交国书的德国、法国、意大利等三国新任驻越大使。", ["德国", "意大利", "梁强", "法国"]),
]


@pytest.mark.parametrize(("body", "parties"), LEADERS)
def test_the_land_of_a_leader_named_at_talks_is_no_side(body: str, parties: list[str]) -> None:
    assert [sorted(e.participants) for e in of(body, "MEET")] == [sorted(parties)]


def test_lands_named_on_their_own_stay_at_talks() -> None:
    assert [sorted(e.participants) for e in of("韩国和中国外长将于周二举行会谈。", "MEET")] == [["中国", "韩国"]]


def test_the_two_lands_a_compound_names_stay_at_their_leaders_summit() -> None:
    found = of("新加坡总理黄循财7日在布城出席新马领导人非正式峰会。", "MEET")
    assert found and {"新加坡", "马来西亚"} <= set(found[0].participants)
