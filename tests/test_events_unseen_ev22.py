"""Event reading on phrasings met on pages the project had never seen (ev22, issue 13, events recall: gold events
the pipeline missed; invented sentences)."""

from __future__ import annotations

from eventpage import of


def test_the_body_that_holds_a_reception_is_one_of_its_parties():
    # 大使馆…在曼谷隆重举行国庆招待会。某某出席: the embassy hosts it, a party beside its guests
    body = ("越南驻泰国大使馆在曼谷隆重举行国庆招待会。泰国外交部副部长颂吉·汶他出席。"
            "越南驻泰国大使阮文甲在招待会上致辞。")
    meets = of(body, "MEET")
    assert meets and all("越南驻泰国大使馆" in e.participants for e in meets)
    assert any("颂吉·汶他" in e.participants for e in meets)


def test_the_committee_that_holds_a_meet_and_greet_gathering_is_one_of_its_parties():
    # 人民委员会举行…代表见面会: the committee hosts the gathering
    body = ("岘港市人民委员会举行外国驻该市总领事和国际组织代表见面会。"
            "岘港市人民委员会主席黎文乙表示,各国领事为本市发展作出贡献。"
            "韩国驻岘港总领事金秀哲表示,愿继续推动合作。")
    meets = of(body, "MEET")
    assert any("岘港市人民委员会" in e.participants for e in meets)


def test_bodies_holding_a_gathering_together_stay_its_only_bodies():
    # 甲与乙联合举行…见面会: the joint hosts are read as before, the gathering is not split
    body = "越南友好组织联合会与中国人民对外友好协会在河内联合举行越中人民友好见面会。"
    meets = of(body, "MEET")
    assert len(meets) == 1
    assert {"越南友好组织联合会", "中国人民对外友好协会"} <= set(meets[0].participants)


def test_an_attendee_told_in_a_clause_after_the_conference_attends_it():
    # …将于…举行…高官会,副部长某某将率团与会: the attendee in the clause after the meeting's
    body = "中国与东盟将于6月20日至21日在万象举行第十二次高官会,外交部副部长王文乙将率团与会。"
    confs = of(body, "CONFERENCE")
    assert any("王文乙" in e.participants for e in confs)


_DELEGATION = ("6月9日,日本前外务大臣山田一郎率领的日本国会议员代表团抵达河内,开始对越南进行访问。"
               "越南外交部长阮文甲会见了代表团。")


def test_a_delegation_referred_back_meets_through_its_leader():
    # 代表团一行当天还拜会了甲、乙: the delegation's leader, not the subject of the sentence before
    body = _DELEGATION + "代表团一行当天还拜会了越南国会副主席陈文乙。"
    meets = of(body, "MEET")
    assert any(set(e.participants) == {"山田一郎", "陈文乙"} for e in meets)
    assert not any({"阮文甲", "陈文乙"} <= set(e.participants) for e in meets)


def test_a_visiting_delegation_opening_the_sentence_meets_through_the_visitor():
    # 某某来华访问…。访问团在华期间为…,将拜会甲: the one whose visit it is
    body = ("外交部发言人王文丁今天表示,中方欢迎圣卢西亚外交部长包尔斯来华访问,国家副主席李文戊将会见他。"
            "访问团在华期间为13至17日,将拜会全国人大常委会副委员长赵文己。")
    meets = of(body, "MEET")
    assert any({"包尔斯", "赵文己"} <= set(e.participants) for e in meets)
