"""Knowledge-base breadth, sixth pass (issue 13), on invented sentences: Vietnam's friendship
associations and their short forms, the National Assembly's committees as renamed in 2025, Laos's
ministries under their short forms, partners' companies, China's cities, seas and regions, memorial
sites; and the hazards new rows must not bring (a company inside a site's name, a region that holds a
country's name, a trail that holds a person's name)."""

from __future__ import annotations

from dipnet.kb import load_kb
from dipnet.pipeline import extract
from invented import entity_ids as _ids


def _entities(text: str) -> dict[str, str]:
    doc = extract("题目\n\n" + text + "\n")
    return {e.name: e.type for e in doc.entities}


def test_friendship_associations_with_further_countries_are_whole_bodies():
    got = _entities("越南以色列友好协会和越南埃及友好协会代表团访问开罗。")
    assert got.get("越南以色列友好协会") == "ORG"
    assert got.get("越南埃及友好协会") == "ORG"
    assert "以色列友好协会" not in got and "埃及友好协会" not in got


def test_short_forms_of_friendship_associations_link_to_the_body():
    ids = _ids("越日友协主席会见日本客人,越中友协副主席陪同。")
    assert "越日友协" in ids.get("org:vn-jp-fa", [])
    assert "越中友协" in ids.get("org:vn-cn-fa", [])


def test_partners_associations_with_vietnam_are_not_people():
    got = _entities("韩越议员友好协会会长与日越友好协会代表出席。")
    assert got.get("韩越议员友好协会") == "ORG"
    assert got.get("日越友好协会") == "ORG"
    assert "韩越" not in got


def test_national_assembly_committees_renamed_in_2025():
    ids = _ids("越南国会国防安全与外交委员会主任和越南国会经济与财政委员会副主任出席会议。")
    assert "越南国会国防安全与外交委员会" in ids.get("org:vn-na-ndsc", [])
    assert "越南国会经济与财政委员会" in ids.get("org:vn-na-ec", [])
    ids = _ids("越南国会民愿与监察委员会主任出席会议。")
    assert "org:vn-na-petitions" in ids


def test_a_laotian_ministry_is_not_read_as_vietnams():
    ids = _ids("老挝自然资源环境部部长会见越南代表团。")
    assert "org:la-monre" in ids
    assert "org:vn-monre" not in ids


def test_partners_companies_are_bodies_and_a_site_keeps_its_name():
    ids = _ids("三星和丰田汽车在北宁省投资,台积电和鸿海也派代表出席。")
    for oid in ("org:kr-samsung", "org:jp-toyota", "org:tw-tsmc", "org:tw-foxconn"):
        assert oid in ids, oid
    got = _entities("三星堆遗址出土的文物在河内展出。")
    assert got.get("三星堆") == "LOCATION"
    assert "三星集团" not in got


def test_chinas_cities_and_border_counties_are_places():
    got = _entities("代表团先后访问温州市、绵阳、宜宾和麻栗坡,并考察田蓬口岸。")
    for name in ("温州市", "绵阳", "宜宾", "麻栗坡", "田蓬口岸"):
        assert got.get(name) == "LOCATION", name
    # a two-character city name that is also a person's name is listed only with 市
    got = _entities("广西壮族自治区副主席黄石表示欢迎,记者常德报道。")
    assert "黄石市" not in got and "常德市" not in got


def test_regions_and_trails_that_hold_other_names():
    got = _entities("撒哈拉以南非洲国家代表和南高加索国家代表出席。老兵重走胡志明小道。")
    assert got.get("撒哈拉以南非洲") == "LOCATION"
    assert got.get("南高加索") == "LOCATION"
    assert got.get("胡志明小道") == "LOCATION"
    assert "南非" not in got
    assert "胡志明" not in got


def test_aircraft_models_do_not_make_the_maker_a_party():
    kb = load_kb()
    assert not kb.by_name("波音")
    assert [e.id for e in kb.by_name("Boeing")] == ["org:us-boeing"]


def test_a_port_that_holds_a_countrys_name_is_the_port():
    got = _entities("越南企业在马里埃尔发展特区投资,俄罗斯科学翰林院远东研究院举行研讨会。")
    assert got.get("马列尔") == "LOCATION"
    assert "马里" not in got
    ids = _ids("俄罗斯科学翰林院远东研究院举行研讨会。")
    assert "org:ru-ifes" in ids


def test_bare_names_of_vietnams_bodies_on_a_vietnamese_page():
    ids = _ids("越通社河内——国会民愿与监察委员会主任和越南劳动总联合会代表会见老挝客人。")
    assert "org:vn-na-petitions" in ids
    assert "org:vgcl" in ids
    ids = _ids("越通社河内——越共中央委员、中央宣传与民运部部长会见老挝客人。")
    assert "org:cpv-cpt" in ids


def test_party_names_that_hold_other_names():
    got = _entities("捷克摩拉维亚共产党和印尼繁荣公正党代表团访问河内。")
    assert got.get("捷克和摩拉维亚共产党") == "ORG"
    assert got.get("繁荣公正党") == "ORG"
    assert "亚美尼亚" not in got
    assert "人民公正党" not in got


def test_new_names_stay_out_of_plain_words_and_foreign_names():
    got = _entities("指南通知发布,越南充分发挥作用,确保山区发展,此前海警船只返航,创新乡村建设,"
                    "这里海洋资源丰富,广东营商环境改善,学士和硕士学位,统一部署工作,劳动报酬提高。")
    assert set(got) <= {"越南", "广东"}, got
    got = _entities("越南驻古巴大使利亚尼斯·托里斯和国际足联主席吉安尼·因凡蒂诺出席。")
    assert "尼斯市" not in got and "吉安市" not in got


def test_friendship_parliamentarians_groups_are_bodies_with_both_countries():
    got = _entities("法越友好议员小组主席和越美友好议员小组主席出席,越南白俄罗斯友好协会代表也出席。")
    assert got.get("法越友好议员小组") == "ORG"
    assert got.get("越美友好议员小组") == "ORG"
    for name in ("法国", "越南", "美国", "白俄罗斯"):
        assert got.get(name) == "COUNTRY", name


def test_provincial_fronts_and_cppcc_committees_are_their_own_bodies():
    ids = _ids("越南祖国阵线胡志明市委员会副主席与中国辽宁省政协副主席会谈,代表团在胡志明广场敬献花圈。")
    assert "org:vff-hcm" in ids and "org:vff" not in ids
    assert "org:cn-liaoning-cppcc" in ids
    got = _entities("代表团在胡志明广场敬献花圈。")
    assert got.get("胡志明广场") == "LOCATION" and "胡志明" not in got
