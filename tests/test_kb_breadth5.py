"""Knowledge-base breadth, fifth pass (issue 13), on invented sentences: the forms outlets other
than VNA write for leaders already listed (陈清敏, 潘文买, 沙伦塞, 朴奉珠), people of the DPRK, Russia,
Hong Kong and Macao named bare, Vietnam's procurators and provincial secretaries with their titles,
and a longer name that holds a listed shorter one (李勇浩 is not 李勇)."""

from __future__ import annotations

from dipnet.kb import load_kb
from dipnet.model import Document
from dipnet.pipeline import extract


def _doc(text: str) -> Document:
    return extract("题目\n\n" + text + "\n")


def _links(text: str) -> dict[str, str | None]:
    return {e.name: e.kb_id for e in _doc(text).entities if e.type == "PERSON"}


def test_variant_forms_link_to_the_listed_leader():
    doc = _doc("越南国会主席陈清敏在河内会见来访的客人。胡志明市人民委员会主席潘文买出席。")
    ids = {e.kb_id for e in doc.entities if e.type == "PERSON"}
    assert "person:tran-thanh-man" in ids
    assert "person:phan-van-mai" in ids


def test_a_name_with_the_title_after_it_is_found_and_holds_the_role():
    doc = _doc("越南副总理胡德福与老挝沙伦塞副总理举行会谈。")
    roles = {(r.person_id, r.title) for r in doc.roles}
    assert ("person:saleumxay-kommasith", "副总理") in roles


def test_dprk_leaders_named_bare_are_people():
    got = _links("崔龙海、朴奉珠和金与正到车站送行,努光铁陪同。")
    assert got.get("崔龙海") == "person:choe-ryong-hae"
    assert got.get("朴奉珠") == "person:pak-pong-ju"
    assert got.get("金与正") == "person:kim-yo-jong"
    assert got.get("努光铁") == "person:no-kwang-chol"


def test_a_longer_name_is_not_read_as_a_listed_shorter_one():
    got = _links("朝鲜外务相李勇浩在会上发言。")
    assert "person:li-yong-unido" not in got.values()
    assert "person:ri-yong-ho" in got.values()


def test_procurator_and_provincial_secretaries_hold_their_roles():
    doc = _doc("越南最高人民检察院检察长黎明智会见中方代表团。谅山省委书记林氏芳清和河江省委书记赵才荣出席。")
    roles = {r.person_id: r.title for r in doc.roles}
    assert "检察长" in roles.get("person:le-minh-tri", "")
    assert "省委书记" in roles.get("person:lam-thi-phuong-thanh", "")
    assert "省委书记" in roles.get("person:trieu-tai-vinh", "")


def test_hong_kong_macao_and_russian_figures_are_people():
    got = _links("林郑月娥、贺一诚和特鲁特涅夫出席论坛开幕式。")
    assert got.get("林郑月娥") == "person:carrie-lam"
    assert got.get("贺一诚") == "person:ho-iat-seng"
    assert got.get("特鲁特涅夫") == "person:yury-trutnev"


def test_new_posts_are_dated():
    kb = load_kb()
    tri = kb.positions("person:le-minh-tri")
    assert any(p.title == "最高人民检察院院长" and p.start == "2016-04" for p in tri)
    kim = kb.positions("person:kim-jae-ryong")
    assert any(p.title == "内阁总理" and p.end == "2020-08-13" for p in kim)
