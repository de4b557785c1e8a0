"""The pillar of localities' dealings (ch2, issue 13; invented sentences)."""

from __future__ import annotations

from eventpage import of


def _channels(body: str, type_: str) -> list[str | None]:
    return [e.channel for e in of(body, type_)]


def test_a_province_delegation_visiting_a_province_is_people_diplomacy_despite_a_party_word():
    # 某党中央委员会、…省委书记兼省长某某率领…省代表团对…省进行工作访问: two provinces deal, not the parties
    got = _channels("柬埔寨人民党中央委员会委员、柬埔寨茶胶省省委书记兼省长韩山率领茶胶省代表团于3月4日至5日对越南安江省"
                    "进行工作访问。", "VISIT")
    assert got == ["people"]


def test_a_foreign_prefecture_governor_leading_a_delegation_to_a_city_is_people_diplomacy():
    # 知事 is a locality's post, not a national one: the prefecture visits the city
    got = _channels("由日本静冈县知事川上健一率领的工作代表团3月4日对岘港市进行工作访问。", "VISIT")
    assert got == ["people"]


def test_a_joint_working_committee_of_provinces_is_people_diplomacy():
    # 甲省、乙省与丙省联合工作委员会第N次会议: localities meet, not states
    got = _channels("越南老街省、莱州省与中国云南省联合工作委员会第八次会议5月10日在老街省举行。", "CONFERENCE")
    assert got == ["people"]


def test_a_prime_minister_attending_two_provinces_joint_committee_stays_state_diplomacy():
    # guard: a national statesman among the parties decides, however many provinces take part
    got = _channels("越南政府总理阮文安出席越南老街省与中国云南省联合工作委员会第八次会议。", "CONFERENCE")
    assert got == ["state"]


def test_a_party_delegation_meeting_provincial_leaders_stays_party_diplomacy():
    # guard: a meeting is not among the locality-pair types: a party's delegation keeps the party's pillar
    got = _channels("葡萄牙共产党代表团3月5日同岘港市、广南省领导举行座谈。", "MEET")
    assert got == ["party"]
