"""Events on invented text (issue 13, ch1: the channel an event takes from its parties' posts and bodies)."""

from __future__ import annotations

from tests.eventpage import of


def test_a_party_leader_s_official_visit_is_party_diplomacy():
    # the visitor's post is a party post (越共中央总书记): his official visit is the party's
    body = "越共中央总书记阮文安于3月对古巴进行正式访问。"
    got = of(body, "VISIT")
    assert got and all(e.channel == "party" for e in got)


def test_a_party_delegation_s_working_visit_is_party_diplomacy():
    # the visitor is a party's delegation: a working visit does not make it the state's
    body = "由意大利共产党中央委员马里奥率领的意大利共产党代表团对越南进行工作访问。"
    got = of(body, "VISIT")
    assert got and all(e.channel == "party" for e in got)


def test_a_party_leader_s_state_visit_stays_the_state_s():
    # 国事访问 is the state's whoever makes it
    body = "越共中央总书记阮文安于3月对古巴进行国事访问。"
    got = of(body, "VISIT")
    assert got and all(e.channel == "state" for e in got)


def test_talks_of_both_sides_take_the_posts_written_before():
    # 双方举行了会谈 names nobody: the two police ministers named in the sentence before make it security
    body = ("5月3日,越南公安部部长黎文强在河内主持仪式,欢迎老挝公安部部长坎培·奔塔率领的代表团。"
            "欢迎仪式结束后,双方举行了会谈。")
    got = of(body, "MEET")
    assert got and all(e.channel == "security" for e in got)


def test_an_anniversary_a_friendship_body_holds_is_people_s_diplomacy():
    # the holder (a city's friendship union) decides, not the land whose national day it is
    body = "10月2日晚,海防市友好组织联合会隆重举行见面会,庆祝匈牙利国庆60周年。"
    got = of(body, "ANNIVERSARY")
    assert got and all(e.channel == "people" for e in got)


def test_an_anniversary_of_diplomatic_relations_is_the_states():
    # 两党两国 in the clause does not make the relations' anniversary a party one
    body = "两党两国共同庆祝越匈建交60周年。"
    got = of(body, "ANNIVERSARY")
    assert got and all(e.channel == "state" for e in got)


def test_a_friendship_body_named_in_a_meeting_s_name_holds_no_anniversary():
    # 民间友好组织大会 is the meeting's name, not a holder of the anniversary
    body = "第三届亚欧民间友好组织大会正值东盟成立50周年暨亚欧会议成立20周年之际举行。"
    got = of(body, "ANNIVERSARY")
    assert all(e.channel != "people" for e in got)


def test_a_prime_minister_receiving_a_banker_is_economic_diplomacy_of_the_state():
    # the banker's business is people's side, but a head of government receiving him is the state's
    body = "越南政府总理阮文安6月9日在河内会见了日本樱花银行总裁山本一郎。"
    got = of(body, "MEET")
    assert got and all(e.channel == "state" for e in got)


def test_a_president_receiving_a_consultative_body_s_leader_is_the_state_s():
    # 政协 is a people's body; the president named without his title again still holds a state post
    body = "国家主席阮文安会见中国全国政协副主席张海林。6月9日,阮文安主席接见前来拜访的中国政协副主席张海林。"
    got = of(body, "MEET")
    assert got and all(e.channel == "state" for e in got)


def test_a_city_leader_receiving_a_company_stays_people_s_diplomacy():
    # a locality's post (人民委员会主席) is no national one: the city's dealings stay people's diplomacy
    body = "海防市人民委员会主席陈文平会见了韩国三星集团董事长金大中。"
    got = of(body, "MEET")
    assert got and all(e.channel == "people" for e in got)


def test_two_cities_councils_meeting_is_people_s_diplomacy():
    # both parties hold posts of a city's organ (人民议会, 人大常委会): a locality's dealings
    body = "6月9日,海防市人民议会副主席黎氏兰会见了正在对海防市进行工作访问的中国昆明市人大常委会副主任王建国。"
    got = of(body, "MEET")
    assert got and all(e.channel == "people" for e in got)


def test_a_city_committee_chairman_s_words_are_people_s_diplomacy():
    # the speaker's post is a city's organ's (人民委员会主席): a locality, no state post
    body = "海防市人民委员会主席陈文平表示,今年是海防市非常艰难的一年。"
    got = of(body, "STATEMENT")
    assert got and all(e.channel == "people" for e in got)
