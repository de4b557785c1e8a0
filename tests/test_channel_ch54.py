"""The pillar of a party leader's dealings with a land no party rules, and of crowds' protests (ch54; invented
sentences)."""

from __future__ import annotations

from eventpage import of


def _channels(body: str, type_: str) -> list[str | None]:
    return [e.channel for e in of(body, type_)]


def test_a_general_secretary_meeting_a_president_of_a_land_no_party_rules_is_state_diplomacy():
    # 越共中央总书记某某会见美国总统某某: there is no party across, the states deal
    assert _channels("越共中央总书记阮文安6月3日在河内会见美国总统拜登。", "MEET") == ["state"]


def test_a_general_secretary_holding_talks_with_a_prime_minister_is_state_diplomacy():
    assert _channels("越共中央总书记苏林3月10日在伦敦同英国首相斯塔默举行会谈。", "MEET") == ["state"]


def test_a_general_secretary_named_after_a_line_break_is_read_by_his_clause_only():
    # a headline's clause: the designation read back to the last stop must not run past the clause's start
    assert _channels("越南经济新闻\n越共总书记苏林出访会见英国首相斯塔默", "MEET") == ["state"]


def test_a_party_named_in_a_designation_is_no_word_of_the_act():
    # 甲先后与乙,以及越南共产党总书记丙会面: the split part with 丙 names the party only in his designation
    got = _channels("美国总统拜登6月3日先后与越南政府总理阮文安,以及越南共产党总书记阮文平会面。", "MEET")
    assert got == ["state", "state"]


def test_guard_a_general_secretarys_visit_to_a_land_a_party_rules_stays_party_diplomacy():
    assert _channels("越共中央总书记苏林于11月21日至23日对老挝进行正式访问。", "VISIT") == ["party"]


def test_guard_a_foreign_party_leader_stays_party_diplomacy():
    # a communist party's chairman of a land no party rules holds a party post, no state post
    assert _channels("越共中央总书记苏林3月5日会见日本共产党主席志位和夫。", "MEET") == ["party"]


def test_guard_the_clause_saying_the_parties_keeps_party_diplomacy():
    assert _channels("美国总统拜登6月3日同越共中央总书记阮文平就两党交流举行会谈。", "MEET") == ["party"]


def test_crowds_demonstrating_in_the_streets_is_people_diplomacy():
    assert _channels("大约200名越南人6月5日在河内街头举行反华示威。", "DISAPPROVE") == ["people"]


def test_guard_an_envoys_protest_at_demonstrations_stays_state_diplomacy():
    assert _channels("越南驻柬埔寨大使阮文明6月5日就示威活动向柬方提出抗议。", "DISAPPROVE") == ["state"]


def test_guard_a_foreign_partys_officer_with_a_seat_in_parliament_stays_party_diplomacy():
    # 某国共产党国际局局长某某 (also a member of parliament) writes to a party's foreign department head
    got = _channels("日本共产党中央政治局副委员长兼国际局局长绪方靖夫3月2日向越共中央对外部部长黄平君致慰问信。", "MESSAGE")
    assert got == ["party"]
