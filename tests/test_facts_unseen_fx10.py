"""Facts (fx10, issue 13): who holds a figure. The members of a list its count counts hold none
of it; a seller holds what it sells to the party after 向. Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "新华社北京2024年5月20日电 {}\n"


def facts(sentence: str) -> list[Fact]:
    return extract_facts(extract(PAGE.format(sentence), source="t.txt"))


def holders(sentence: str, value: float) -> list[str]:
    return [f.subject for f in facts(sentence) if f.value == value]


def test_the_last_member_of_a_closed_list_holds_none_of_its_count():
    # 马里、刚果(金)和南苏丹3个特派团: three missions counted; the country that sends people holds it
    got = holders("越南已派出300名维和人员参加联合国马里、刚果(金)和南苏丹3个特派团的行动。", 3)
    assert got == ["越南"]


def test_the_members_of_a_closed_list_of_allies_hold_none_of_its_count():
    got = holders("台湾外交部长出席酒会,并邀请斐济、汤加及萨摩亚3个友邦驻台大使出席。", 3)
    assert got and not any(h in ("萨摩亚", "汤加", "斐济") for h in got)


def test_a_party_heading_its_own_item_of_a_list_still_holds_it():
    # 越南10个省份和柬埔寨9个省份: each country names its own item, no closed list of parties
    got = {f.subject: f.value for f in facts("该线路经过越南10个省份和柬埔寨9个省份。")}
    assert got.get("柬埔寨") == 9 and got.get("越南") == 10


def test_a_seller_holds_what_it_sells_to_the_party_after_xiang():
    got = holders("美国波音公司未来5年将向越南VietJet航空公司出售80架飞机。", 80)
    assert got == ["波音公司"]


def test_the_members_of_an_open_list_counted_hold_no_later_count_of_the_clause():
    # 覆盖德国、波兰、匈牙利等15个…国家和国内40个城市: the line covers them; the cities are its too
    got = holders("中吉乌铁路跨境货物运输已覆盖德国、波兰、匈牙利等15个共建国家和国内40个城市。", 40)
    assert got == ["中吉乌铁路"]
