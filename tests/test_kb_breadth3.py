"""Knowledge-base breadth, third pass (issue 13), on invented sentences: places below province level
and natural features (airports, ports, border gates, prefectures, seas), bodies with no opener or an
unusual suffix, a neighbour's ministry written in full; and the hazards new rows must not bring (a
place inside a person's name or inside a longer plain word)."""

from __future__ import annotations

from dipnet.kb import load_kb
from dipnet.pipeline import extract


def _entities(text: str) -> dict[str, str]:
    doc = extract("题目\n\n" + text + "\n")
    return {e.name: e.type for e in doc.entities}


def test_airports_ports_and_border_gates_are_places():
    got = _entities("代表团经吉碑国际机场抵达海防,随后考察了盖梅-氏威港和峙马口岸。")
    for name in ("吉碑国际机场", "盖梅-氏威港", "峙马口岸"):
        assert got.get(name) == "LOCATION", name


def test_prefectures_provinces_and_regions_abroad_are_places():
    got = _entities("山梨县知事会见了全罗南道代表团和俄罗斯滨海边疆区行政长官。")
    assert got.get("山梨县") == "LOCATION"
    assert got.get("全罗南道") == "LOCATION"
    assert got.get("滨海边疆区") == "LOCATION"
    assert got.get("俄罗斯") == "COUNTRY"  # the country before the region stays its own entity


def test_a_neighbours_ministry_in_full_is_not_a_vietnamese_one():
    got = _entities("老挝自然资源与环境部副部长率团访问河内。")
    assert got.get("老挝自然资源与环境部") == "ORG"
    assert "越南资源环境部" not in got


def test_other_names_of_a_body_find_it():
    got = _entities("越南是首个与亚欧经济联盟签署自贸协定的国家。大韩贸易投资振兴公社在河内设有代表处。")
    assert got.get("欧亚经济联盟") == "ORG"
    assert got.get("大韩贸易投资振兴公社") == "ORG"


def test_a_forum_held_as_a_numbered_meeting_is_no_body():
    got = _entities("第十届越中人民论坛于9月在北京举行。")
    assert "越中人民论坛" not in got


def test_a_city_government_is_still_read_as_a_body():
    got = _entities("首尔市政府与釜山市政府签署合作协议。")
    assert got.get("首尔市政府") == "ORG"
    assert got.get("釜山市政府") == "ORG"


def test_new_places_stay_out_of_names_and_plain_words():
    got = _entities("代总领事徐州会见了美国学者理查德。东南亚齐心协力,湖北外事办公室官员在大城市考察。")
    assert got.get("徐州") != "LOCATION"
    assert "乍得" not in got
    assert not {"亚齐", "亚齐省", "北京外国语大学", "大城府"} & set(got)
    got = _entities("菲律宾海军和日本海军舰艇访问金兰湾。")
    assert not {"日本海", "菲律宾海"} & set(got)


def test_no_short_alias_that_common_words_hold():
    kb = load_kb()
    for word in ("大城", "里约", "亚齐", "北外", "查德", "长山", "纳闽", "黄海", "长江"):
        assert not [e for e in kb.lookup(word) if e.type == "LOCATION" and word in e.aliases], word
