"""Entity classes that do not depend on knowing a name in advance (invented text)."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _types(text: str) -> dict[str, str]:
    rec = to_record(extract("题目\n\n" + text + "\n"))
    return {e["name"]: e["type"] for e in rec["entities"]}


def test_a_territory_listed_among_countries_is_reported_as_a_place():
    types = _types("今年前五个月,对该省投资的国家和地区中,新加坡居首,其次是中国香港、日本和中国台湾。")
    assert types.get("香港") == "LOCATION"
    assert types.get("台湾") == "LOCATION"
    assert types.get("新加坡") == "COUNTRY"
    assert types.get("日本") == "COUNTRY"


def test_a_territory_is_a_place_in_a_dateline_too():
    types = _types("某社澳门3月2日电 该国外交部长在澳门会见了葡萄牙客人。")
    assert types.get("澳门") == "LOCATION"
    assert types.get("葡萄牙") == "COUNTRY"


def _orgs(text: str) -> dict[str, list[str]]:
    rec = to_record(extract("题目\n\n" + text + "\n"))
    return {e["name"]: e["mentions"] for e in rec["entities"] if e["type"] == "ORG"}


def test_a_bare_presidential_unit_is_the_country_of_the_page_s_president():
    orgs = _orgs("智利总统索拉诺与秘鲁总统通了电话。据总统府新闻署发表的公报,双方讨论了渔业合作。")
    assert "智利总统府新闻署" in orgs
    assert "总统府新闻署" in orgs["智利总统府新闻署"]


def test_a_seat_before_a_staff_post_is_a_body_but_alone_a_place():
    orgs = _orgs("大使会见斐济总理卡拉。总理府常务秘书长马塔在座。")
    assert "斐济总理府" in orgs
    assert _orgs("两国领导人在总理府举行了会谈。") == {}


def test_an_office_in_a_chain_of_posts_is_the_country_opening_the_clause():
    orgs = _orgs("出席会议的有秘鲁总理卡拉、蒙古国政府副总理兼总统办公厅主任巴特尔。")
    assert "蒙古总统办公厅" in orgs or "蒙古国总统办公厅" in orgs


def test_a_seat_named_with_its_country_and_a_unit_is_one_body():
    orgs = _orgs("新华社5月3日电,智利总统府办公厅主任索托当天宣布,智方将派出代表团。")
    assert "智利总统府办公厅" in orgs


def test_a_committee_whose_fields_are_listed_with_commas_is_one_body():
    orgs = _orgs("泰国国会教育、文化及体育委员会主席颂通会见了越南客人。")
    assert "泰国国会教育、文化及体育委员会" in orgs
    orgs = _orgs("越南-古巴政府间农业、渔业合作联合委员会第九次会议在河内举行。")
    assert "越南-古巴政府间农业、渔业合作联合委员会" in orgs


def test_posts_places_and_two_ministries_listed_with_commas_are_no_one_body():
    orgs = _orgs("会议由越南政府副总理、国家数字转型委员会主席主持。")
    assert not any("、" in n for n in orgs)
    orgs = _orgs("越南谅山、广宁和高平联合工作委员会召开会议。")
    assert not any("、" in n for n in orgs)
    orgs = _orgs("泰国外交、国防部代表出席。")
    assert not any("、" in n for n in orgs)


def test_a_place_after_a_city_or_port_word_is_read_by_its_shape():
    types = _types("论坛在智利北部城市伊基克举行。货物经秘鲁港口帕伊塔(Paita)运出。")
    assert types.get("伊基克") == "LOCATION"
    assert types.get("帕伊塔") == "LOCATION"
    assert not any(n.startswith("安全") for n in _types("城市安全和港口费用都很重要。"))


def test_a_translator_s_or_author_s_credit_vouches_for_a_name_no_surname_list_holds():
    types = _types("两国将深化合作。\n编译:楚青岚\n来源:某国外交部")
    assert types.get("楚青岚") == "PERSON"
    types = _types("撰文:成慧文\n出版时间:昨日\n两国将深化合作。")
    assert types.get("成慧文") == "PERSON"


def test_a_photo_credit_closed_by_its_word_vouches_for_a_given_name_opening_with_a_stop():
    types = _types("青年代表参观了展览。越通社记者 中和 摄\n\n两国青年交流频繁。")
    assert types.get("中和") == "PERSON"


def test_a_former_state_is_a_country():
    types = _types("该国曾是前苏联的加盟共和国,1991年苏联解体后独立。它与捷克斯洛伐克和南斯拉夫都有往来。")
    assert types.get("苏联") == "COUNTRY"
    assert types.get("捷克斯洛伐克") == "COUNTRY"
    assert types.get("南斯拉夫") == "COUNTRY"
    assert "捷克" not in types


def test_every_or_many_places_of_a_level_are_no_place_name():
    types = _types("洪水袭击了高原各县和沿海多省,西部各市均受灾。")
    assert not any(n.endswith(("各县", "多省", "各市")) for n in types)
    assert _types("代表团访问了美国科罗拉多州。").get("科罗拉多州") == "LOCATION"


def test_the_network_credited_as_a_picture_s_source_is_no_outlet():
    orgs = _orgs("两国领导人会谈。(图片来源:互联网)\n两国还签署了协议。(图源:因特网)")
    assert "互联网" not in orgs and "因特网" not in orgs
    assert "南方新闻网" in _orgs("两国领导人会谈。(图片来源:南方新闻网)")
