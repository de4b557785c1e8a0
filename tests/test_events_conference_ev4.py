"""A conference told across several sentences (ev4, stop 51): who the sentences after it place there, when they
name it again by a pointing word and a short name (本届南博会), attend it by 参与 (the Hong Kong, Taiwan and
Singapore papers' 参加), or stand after a sentence that goes on telling it (这场峰会…) or after an idiom holding a
trigger (越来越); and a gathering named only as the time another follows is not the one attended. Invented
sentences."""

from __future__ import annotations

from eventpage import of


def _with(body: str, person: str) -> list[list[str]]:
    return [e.participants for e in of(body, "CONFERENCE") if any(person in p for p in e.participants)]


def test_attendees_of_the_fair_named_again_by_its_short_name_attend_it():
    body = ("国务院副总理丁薛祥将于8月16日出席在广西南宁举行的第21届中国—东盟博览会和中国—东盟商务与投资峰会开幕式并致辞。"
            "柬埔寨首相洪玛奈、老挝总理宋赛将出席本届东博会开幕式。")
    assert any("东盟" in p for p in _with(body, "洪玛奈"))


def test_leaders_who_took_part_in_this_summit_attend_it():
    body = ("第43届东盟峰会9月5日在雅加达召开。"
            "除缅甸外,共有9国领导人参与了这次峰会,其中包括新加坡总理李显龙。")
    assert _with(body, "李显龙")


def test_more_and_more_is_no_visit_that_ends_the_telling_of_the_summit():
    body = ("第43届东盟峰会9月5日在雅加达召开。"
            "印尼总统佐科在峰会开幕致辞时指出,地区面临越来越复杂的挑战。"
            "马来西亚总理安瓦尔、新加坡总理李显龙出席峰会。")
    assert _with(body, "安瓦尔")


_TOLD_ON = ("欧盟—非盟峰会今天在罗安达进入第二天。"
            "本次在罗安达举行的欧盟—非盟峰会聚焦移民与贸易。"
            "这场峰会在二十国集团峰会后紧接着举行。"
            "欧洲昨天忙于协商乌克兰问题。"
            "南非总统拉马福萨、肯尼亚总统鲁托与会。")


def test_attendees_after_sentences_that_go_on_telling_the_summit_attend_it():
    assert any("非洲联盟" in p or "欧盟" in p for p in _with(_TOLD_ON, "拉马福萨"))


def test_the_summit_named_as_the_time_another_follows_has_none_of_its_attendees():
    g20 = [e.participants for e in of(_TOLD_ON, "CONFERENCE") if "二十国集团" in e.participants]
    assert g20 and not any("拉马福萨" in p for p in g20)


def test_the_second_of_two_meetings_joined_by_he_keeps_the_bloc_its_name_begins_with():
    # …非正式会议和东盟与韩国…会议: 和 right after the first meeting's word parts the two, not the 与 inside the second name
    body = "国防部长潘文江大将赴老挝出席11月15日在万象举行的东盟国防部长非正式会议和东盟与韩国国防部长会议。"
    confs = of(body, "CONFERENCE")
    assert len(confs) == 2 and all("东盟" in e.participants for e in confs)


def test_a_summit_attended_as_the_frame_of_a_trip_is_a_conference_of_the_one_going_on():
    # 在…出席…峰会框架下,某某…: the frame of attending it, no framework of cooperation
    body = "在11月21日至23日赴巴西出席二十国集团峰会框架下,越南政府总理范明政将同巴西总统卢拉举行会谈。"
    assert _with(body, "范明政") and any("二十国集团" in p for p in _with(body, "范明政"))


def test_cooperation_within_a_meetings_framework_is_no_conference():
    body = "越南代表团出席上述会议体现了越南在东盟防长会议和东盟防长扩大会议框架内的积极作用。"
    assert not any("东盟防长扩大会议" in p for e in of(body, "CONFERENCE") for p in e.participants)
