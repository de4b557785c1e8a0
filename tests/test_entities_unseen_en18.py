"""Entity classes found by reading the output of pages with no entity gold (invented text)."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _types(text: str) -> dict[str, str]:
    rec = to_record(extract("题目\n\n" + text + "\n"))
    return {e["name"]: e["type"] for e in rec["entities"]}


def test_a_thing_given_or_sent_ends_the_country_s_name():
    types = _types("据该协定,甲国将向越南提供二十亿美元政府开发援助。泰国于1990年向柬埔寨派出工兵分队。")
    assert not any(n.startswith(("越南提", "柬埔寨派")) for n in types)
    assert types.get("柬埔寨") == "COUNTRY"


def test_a_part_or_size_of_a_set_of_bodies_is_no_body():
    types = _types("访问期间,他会见了中国部分大型集团领导,并参观了韩国大规模集团。当地也有不少大学生。")
    assert not [n for n, t in types.items() if t == "ORG"]


def test_a_demonstrative_superlative_or_verb_opens_no_place():
    types = _types("该国对这两个群岛拥有主权。甲乡是越南最贫困县之一。各方应维护半岛和平。"
                   "甲县与乙国丙州龙门县缔结友好县关系。中方敦促日方反省历史。")
    places = [n for n, t in types.items() if t == "LOCATION"]
    assert "龙门县" in places
    assert not [n for n in places if n.startswith(("这", "最", "维护", "缔结", "友好")) or n.endswith("反省")]


def test_a_dotted_name_ends_where_its_clause_opens():
    types = _types("警方逮捕了嫌犯卡尔·潘。卡尔·潘因涉嫌诈骗被通缉。逮捕卡尔·潘意味着根据协议完成移交。"
                   "该刊登载了学者贝特·莱昂题为《海外社群》的文章。外交大臣詹姆斯·拉米计划于下月访问北京。")
    people = sorted(n for n, t in types.items() if t == "PERSON")
    assert people == ["卡尔·潘", "詹姆斯·拉米", "贝特·莱昂"]


def test_a_credit_or_quoting_verb_ends_the_outlet_s_name():
    types = _types("甲国两位部长举行会谈。(图/翻摄新华社)产经新闻引述外交部消息指出,该团将访问乙国。"
                   "丙国政府批准丁国在伦敦兴建巨型使馆。")
    orgs = sorted(n for n, t in types.items() if t == "ORG")
    assert "新华社" in orgs and "产经新闻" in orgs
    assert not [n for n in orgs if any(w in n for w in ("翻摄", "引述", "兴建", "巨型"))]
