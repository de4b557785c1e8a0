"""Entity and role mechanisms found on unseen pages (session 5, en8), on invented text: characters of
Central Asian, Balkan, Nordic and West African names in transliteration, the abbreviated foreign
affairs committee of a parliament (外委会), and a TV outlet's credit block (监制丨某某, names glued one
after another after a bar)."""

from __future__ import annotations

from dipnet.model import Document
from dipnet.pipeline import extract


def _doc(text: str) -> Document:
    return extract("题目\n\n" + text + "\n")


def _people(text: str) -> set[str]:
    return {e.name for e in _doc(text).entities if e.type == "PERSON"}


def _roles(text: str) -> set[tuple[str, str]]:
    return {(r.person, r.title) for r in _doc(text).roles}


def test_transliterated_names_with_ji_kong_qi():
    assert "穆尔季诺夫" in _people("塔吉克斯坦外长穆尔季诺夫会见了来访的代表团。")
    assert "阿卜杜拉济兹" in _people("乌兹别克斯坦副总理阿卜杜拉济兹出席论坛。")
    assert "孔巴雷" in _people("几内亚外长孔巴雷表示,愿深化双边合作。")
    assert "达契维奇" in _people("塞尔维亚议长达契维奇在会上致辞。")


def test_a_parliaments_foreign_affairs_committee_abbreviated():
    doc = _doc("挪威议会外委会主席索尔海姆会见了中国代表团。")
    assert any(e.type == "ORG" and e.name.endswith("议会外委会") for e in doc.entities)
    assert any(r.person == "索尔海姆" and r.title.endswith("外委会主席") for r in doc.roles)


def test_a_name_after_a_credit_label_with_a_bar():
    people = _people("总统会见了外国客人。\n监制丨申立新\n录音丨孙海洋")
    assert {"申立新", "孙海洋"} <= people


def test_names_glued_after_a_credit_bar():
    text = "总统会见了外国客人。\n记者丨张伟李红梅\n摄像丨鄂文华王涛"
    assert {"张伟", "李红梅", "鄂文华", "王涛"} <= _people(text)
    roles = _roles(text)
    assert ("张伟", "记者") in roles and ("李红梅", "记者") in roles


def test_a_japanese_partys_secretary_general():
    text = "立宪民主党干事长小川淳也与公明党干事长冈本三成一同出席。"
    roles = _roles(text)
    assert any(p == "冈本三成" and t.endswith("干事长") for p, t in roles)


def test_chinas_democratic_parties_and_the_cppcc_written_in_full():
    doc = _doc("农工党中央代表团访问泰国。全国政治协商会议副主席会见了他们。")
    orgs = {e.name for e in doc.entities if e.type == "ORG"}
    assert "中国农工民主党" in orgs
    assert "中国人民政治协商会议全国委员会" in orgs
    assert "中国共产党" not in orgs  # 党中央 inside 农工党中央 is no CPC


def test_a_party_named_by_rule_before_the_post_of_its_chair():
    doc = _doc("冰岛社会民主党主席会见了代表团。")
    assert ("ORG", "冰岛社会民主党") in {(e.type, e.name) for e in doc.entities}
    # 和 closes the plain word 温和 inside a party's name and ends no name there
    assert any(e.type == "ORG" and e.name.endswith("温和党") for e in _doc("挪威温和党主席表示欢迎。").entities)
    # a body's last character before a post that is no post without it stays out (某局 + 局长)
    assert not any(e.type == "ORG" and e.name.endswith("局") for e in _doc("市公安局局长出席。").entities)


def test_a_news_photo_agency_and_a_region():
    doc = _doc("俄罗斯认为欧亚地区局势总体稳定。(欧新社照片)")
    ents = {(e.type, e.name) for e in doc.entities}
    assert ("LOCATION", "欧亚地区") in ents
    assert any(t == "ORG" and "欧新社" in e.mentions for e in doc.entities for t in [e.type])


def test_si_as_a_surname_in_a_dispatch_credit():
    text = "新华社开罗3月2日电(记者司文华)埃及总统当天表示欢迎。"
    assert "司文华" in _people(text)
    assert not _people("外交部条法司负责人表示。")


def test_pacific_regions_turkic_states_and_a_summit_meeting():
    doc = _doc("美拉尼西亚先锋集团领导人会议召开。突厥国家组织秘书长出席。中亚国家元首协商会晤在杜尚别举行。")
    ents = {(e.type, e.name) for e in doc.entities}
    assert ("LOCATION", "西亚") not in ents  # no region inside the name of another
    assert ("LOCATION", "美拉尼西亚") in ents
    assert ("ORG", "突厥国家组织") in ents
    # 会 of 协商会 opens the word 会晤: a meeting, no body
    assert not any(e.type == "ORG" and e.name.endswith("协商会") for e in doc.entities)


def test_the_short_words_of_a_lower_and_an_upper_house():
    doc = _doc("日本首相表示,前众院议长曾访华。日本参院选举将于7月举行。")
    orgs = {e.name for e in doc.entities if e.type == "ORG"}
    assert {"日本众议院", "日本参议院"} <= orgs
