"""A delegation referred back stands for the one the page named leading it (ev40, issue 13; invented sentences)."""

from __future__ import annotations

from eventpage import of

_LED = "由智利众议长卡蒂·维尔塔宁率领的智利议会代表团于3月9日访问越南。越南国会主席陈青敏与代表团举行会谈。"


def test_a_delegation_after_a_report_frame_meets_through_its_leader():
    # 外交部指出,访团也与甲、乙会面: the report frame before it, the people after 与 are met; the leader meets
    # them, not the host of the talks told in the sentence before
    meets = of(_LED + "越南外交部指出,访团也与越南国会副主席阮德明、越南副总理黎明凯会面。", "MEET")
    assert any({"卡蒂·维尔塔宁", "阮德明", "黎明凯"} <= set(e.participants) for e in meets)
    assert not any({"陈青敏", "阮德明"} <= set(e.participants) for e in meets)


def test_a_named_member_before_the_partner_word_meets_himself():
    # 代表团成员甲与乙会面: a person named before 与 is the one who meets, not the leader
    meets = of(_LED + "越南外交部指出,代表团成员罗德里戈·佩雷斯与越南副总理黎明凯会面。", "MEET")
    assert any({"罗德里戈·佩雷斯", "黎明凯"} <= set(e.participants) for e in meets)
    assert not any({"卡蒂·维尔塔宁", "黎明凯"} <= set(e.participants) for e in meets)


def test_a_delegation_met_by_its_land_meets_through_the_head_told_before():
    # 甲、乙分别会见某国高级代表团, its head told before (由某某率领的某国高级代表团): each meets the head
    head = "老挝领导人会见智利高级代表团\n\n越通社万象——2025年6月10日,"
    meets = of("应老挝政府的邀请,由智利参议院议长卡洛斯·门多萨率领的智利高级代表团于6月7日抵达万象,对老挝进行正式访问。"
               "6月9日在万象,老挝国家主席坎蓬·西萨纳,老挝总理宋萨·本玛分别会见智利高级代表团。", "MEET", head)
    assert any({"坎蓬·西萨纳", "卡洛斯·门多萨"} <= set(e.participants) for e in meets)
    assert any({"宋萨·本玛", "卡洛斯·门多萨"} <= set(e.participants) for e in meets)


def test_a_locality_youth_delegation_touring_a_foreign_province_is_a_visit_of_the_two_localities():
    # 某地青年代表团考察外国某省: no person and no land travels, the two localities are the sides (SPEC)
    visits = of("广西壮族自治区百色市青年代表团考察越南高平省农业合作社发展模式。", "VISIT")
    # (the canonical short forms; the gold names 百色市/高平省 in full with these as aliases)
    assert [{"百色", "高平"} <= set(e.participants) for e in visits] == [True]


def test_a_delegation_led_by_a_governor_visits_a_city_as_its_province():
    # 由某道知事某某率领的代表团对某市进行工作访问: the governor's province visits the city
    visits = of("由韩国忠清北道知事金永焕率领的工作代表团对岘港市进行工作访问。", "VISIT")
    assert [{"忠清北道", "岘港"} <= set(e.participants) for e in visits] == [True]  # (岘港: the short form, as above)


def test_a_provincial_delegation_visiting_a_province_abroad_names_both_provinces():
    # 某省委书记某某率领某省高级代表团对越南某省进行工作访问 (read before too: a guard for the pair)
    visits = of("老挝琅南塔省委书记兼省长宋蓬率领琅南塔省高级代表团于6月3日至4日对越南奠边省进行工作访问。", "VISIT")
    assert any({"琅南塔", "奠边"} <= {p.removesuffix("省") for p in e.participants} for e in visits)


def test_a_visit_to_a_country_by_a_locality_delegation_keeps_the_country():
    # 某省代表团对中国进行访问: the host is a land, no locality pair is made
    visits = of("越南广宁省委书记阮春强率领广宁省代表团于6月3日对中国进行友好访问。", "VISIT")
    assert any("中国" in e.participants for e in visits)
