"""(en26) Entities on Hong Kong / Macao pages, on invented sentences: the bare 特区政府 is the
government of the SAR the page names (an organization), the SAR's government named in full stays an
organization (not the region standing for itself), and 礼宾府 is a place."""

from __future__ import annotations

from invented import page_of
from invented import titles as _roles


def _entities(text: str) -> dict[str, tuple[str, set[str]]]:
    return {e.name: (e.type, set(e.mentions)) for e in page_of(text).entities}


def test_bare_sar_government_is_the_named_sar_government():
    ents = _entities("香港特区行政长官周启明昨日会见来访的客人。他说，特区政府将继续推动两地交流合作。")
    assert ents.get("香港特别行政区政府", ("", set()))[0] == "ORG"
    assert "特区政府" in ents["香港特别行政区政府"][1]


def test_bare_sar_government_in_traditional_script_on_a_macao_page():
    ents = _entities("澳門特別行政區經濟司司長表示，特區政府高度重視與各國的經貿往來。")
    assert ents.get("澳门特别行政区政府", ("", set()))[0] == "ORG"
    assert {"特區政府", "特区政府"} & ents["澳门特别行政区政府"][1]


def test_sar_government_named_in_full_stays_an_organization():
    ents = _entities("澳门特别行政区政府今日宣布将派团出席展会。")
    assert ents.get("澳门特别行政区政府", ("", set()))[0] == "ORG"


def test_government_house_is_a_place():
    ents = _entities("香港特区行政长官昨日在礼宾府接见了来访的代表团。")
    assert ents.get("礼宾府", ("", set()))[0] == "LOCATION"


def test_sar_government_opening_a_bureau_name_is_part_of_it():
    ents = _entities("澳门特别行政区政府旅游局今日发布消息。")
    assert "澳门特别行政区政府" not in ents


def test_post_word_in_charge_before_a_name_and_rank():
    roles = _roles("代表团由某国陆军学校射击训练负责人田中一郎少将率领。")
    assert any(t.endswith("负责人") for t in roles.get("田中一郎", set()))
    assert "少将" in roles.get("田中一郎", set())


def test_commander_post_before_a_name_and_rank():
    roles = _roles("据悉，舰艇编队指挥员邓建华少将将拜会当地军政领导。")
    assert any(t.endswith("指挥员") for t in roles.get("邓建华", set()))
    assert "少将" in roles.get("邓建华", set())


def test_rank_vouches_for_a_name_that_holds_a_word():
    roles = _roles("该国国防部对外局副局长黎大会少将出席了吹风会。")
    assert "少将" in roles.get("黎大会", set())
    assert any(t.endswith("副局长") for t in roles.get("黎大会", set()))
