"""Who takes part in an event (ev31, issue 13, event participants on ordinary pages; invented sentences)."""

from __future__ import annotations

from eventpage import of


def test_a_delegation_met_with_its_named_leader_meets_through_the_leader():
    # 会见了由某某率领的某部代表团: the leader meets, the ministry whose delegation it is does not
    meets = of("越南公安部部长梁三光会见了由中国公安部副部长王小洪率领的中国公安部代表团。", "MEET")
    assert meets and all("中国公安部" not in e.participants for e in meets)
    assert any({"梁三光", "王小洪"} <= set(e.participants) for e in meets)


def test_a_leader_told_as_head_before_a_long_relative_clause_still_leads():
    # 由某某为团长于…对越南进行工作访问的某委员会代表团
    meets = of("越南计划投资部部长阮志勇亲切会见了由中国国家发展改革委员会副主任张勇为团长于6月3日至6日"
               "对越南进行工作访问的中国国家发展改革委员会代表团。", "MEET")
    assert meets and all("中国国家发展改革委员会" not in e.participants for e in meets)
    assert any("张勇" in e.participants for e in meets)


def test_a_delegation_met_whose_head_is_named_in_another_sentence_meets_through_the_head():
    # 某某会见泰国国会高级代表团。…代表团由某某率领: the head named apart
    meets = of("越南国会副主席阮德明会见泰国国会高级代表团。泰国国会代表团由泰国国会副主席巴实·差猜率领。", "MEET")
    assert meets and all("泰国国会" not in e.participants for e in meets)
    assert any("巴实·差猜" in e.participants for e in meets)


def test_delegations_that_meet_as_subjects_keep_their_bodies():
    # 甲协会代表团与乙协会代表团进行座谈 (its heads named apart): the associations meet
    meets = of("越柬友好协会代表团与柬越友好协会代表团进行座谈。越柬友好协会代表团团长、越柬友好协会主席阮文山表示。", "MEET")
    assert any({"越柬友好协会", "柬越友好协会"} <= set(e.participants) for e in meets)


def test_an_agreement_for_the_two_legislatures_cooperation_is_theirs():
    # 双方还签署了新合作协议,为两国国会之间…: the two countries' legislatures sign, not the countries
    ags = of("柬埔寨国会主席韩桑林访问越南。访问期间,两国国会主席举行会谈。双方还签署了新合作协议,"
             "为两国国会之间今后的合作打下前提。", "AGREEMENT")
    assert ags and all("柬埔寨" not in e.participants for e in ags)
    assert any({"越南国会", "柬埔寨国会"} <= set(e.participants) for e in ags)


def test_an_agreement_named_as_the_two_legislatures_is_theirs():
    ags = of("会谈结束时,两国国会主席签署了越柬两国国会2024——2028年阶段合作协议。", "AGREEMENT")
    assert any({"越南国会", "柬埔寨国会"} <= set(e.participants) for e in ags)


def test_legislature_leaders_witnessing_a_signing_leave_it_to_the_countries():
    # 在两国国会主席的见证下,双方签署…: the legislatures' leaders witness, the countries sign
    ags = of("柬埔寨首相洪玛奈访问越南。在两国国会主席的见证下,双方签署了贸易合作协议。", "AGREEMENT")
    assert any({"越南", "柬埔寨"} <= set(e.participants) for e in ags)


def test_a_national_assembly_session_is_the_assembly_s_not_the_country_s():
    # 越南第十五届国会第十次会议: the assembly meets, 越南 only names whose it is
    confs = of("越南第十五届国会第十次会议正式闭幕。", "CONFERENCE")
    assert confs and all("越南" not in e.participants for e in confs)
    assert any("越南国会" in e.participants for e in confs)


def test_a_party_plenum_held_in_the_capital_is_the_party_s():
    confs = of("当地时间8月3日上午,老挝人民革命党第十一届中央委员会全体会议在老挝首都万象举行。", "CONFERENCE")
    assert confs and all("老挝" not in e.participants for e in confs)


def test_a_forum_in_a_host_country_attended_by_a_foreign_side_keeps_the_host():
    # 在中国北京出席香山论坛: a foreign minister attends, the host stays (open gold dev2)
    confs = of("在中国北京出席第十一届北京香山论坛期间,越南国防部长潘文江会见了中国国防部长董军。", "CONFERENCE")
    assert any("中国" in e.participants for e in confs)
