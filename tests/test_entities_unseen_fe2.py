"""Entity mechanisms of never-seen pages (fe2, issue 13): invented text."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _record(text: str, url: str | None = None) -> dict:
    return to_record(extract("题目\n\n" + text + "\n", url=url))


def _entities(text: str) -> list[dict]:
    return _record(text)["entities"]


def _names(text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["name"]) for e in _entities(text)}


# --- kb data: an office's title is no organization's name on a page ---

def test_the_title_of_an_office_is_not_read_as_an_organization():
    names = _names("新华社北京3月1日电 多国领导人致电祝贺李明当选中华人民共和国主席。")
    assert not any(n == "中华人民共和国主席" for _, n in names)
    assert ("COUNTRY", "中国") in names


# --- kb data: a guesthouse under its plain name is one place, with or without its city ---

def test_a_guesthouse_named_after_its_city_is_one_known_place():
    ents = _entities("越南国家主席阮文甲在北京钓鱼台宾馆会见了来访的客人。")
    places = [e for e in ents if e["type"] == "LOCATION" and "钓鱼台" in "".join(e["mentions"])]
    assert len(places) == 1 and places[0]["name"] == "钓鱼台国宾馆"


# --- kb data: the vaccine maker's short form ---

def test_the_vaccine_makers_short_form_is_the_company():
    assert ("ORG", "中国医药集团") in _names("越南军队接收了一批中国国药新冠疫苗。")


# --- a seat where the text puts someone in it is a place; the body elsewhere (seats.py, seats.toml) ---

def test_a_seat_after_a_place_word_is_a_place_and_the_body_stays_where_it_acts():
    text = "美國國防部長甲某計劃在五角大樓接待來訪的菲律賓國防部長。五角大樓發布聲明說,雙方將加強合作。"
    names = _names(text)
    assert ("LOCATION", "五角大楼") in names
    assert ("ORG", "美国国防部") in names


def test_a_seat_someone_returns_to_is_a_place_not_a_body():
    names = _names("美国总统某某重返白宫后首次访问亚洲。")
    assert ("LOCATION", "白宫") in names
    assert not any(t == "ORG" and n == "白宫" for t, n in names)


def test_a_seat_that_acts_stays_the_body():
    names = _names("白宫发言人表示,对于白宫的决定不予置评。")
    assert ("ORG", "白宫") in names
    assert not any(t == "LOCATION" and n == "白宫" for t, n in names)


def test_a_meeting_held_in_a_seat_takes_it_as_its_place():
    ents = _entities("美国国防部长甲某在五角大楼会见了来访的日本防卫大臣乙某。")
    assert ("LOCATION", "五角大楼") in {(e["type"], e["name"]) for e in ents}


# --- a dotted name ends before a word that holds a transliteration character (names.toml name_stops) ---

def test_a_dotted_name_ends_before_closely():
    names = _names("某国总统阿卡·巴拉多密切关注局势发展。")
    assert ("PERSON", "阿卡·巴拉多") in names
    assert not any("密" in n for _, n in names)


def test_a_dotted_name_ends_before_scheduled_for():
    names = _names("某国总统阿卡·巴拉多定于周二访问中国。")
    assert ("PERSON", "阿卡·巴拉多") in names
    assert not any(n.endswith("定") for _, n in names)


# --- a term's qualifier before a post is no given name (people.py _TERM_QUALIFIERS) ---

def test_congratulating_the_president_elect_names_no_person_after_the_verb():
    names = _names("甲国总统致电恭贺候任总统乙某某胜选。")
    assert not any(n.startswith("贺") for _, n in names)


def test_congratulating_the_new_president_names_no_person_after_the_verb():
    names = _names("甲国总理致电祝贺新任总统。")
    assert not any(t == "PERSON" for t, _ in names)


# --- a count in words inside a place's tail names no body (suffixed.py _COUNTED_IN) ---

def test_one_of_a_citys_air_bases_is_no_body():
    names = _names("某国总统在马尼拉一个空军基地启程访华。")
    assert ("LOCATION", "马尼拉") in names
    assert not any(t == "ORG" for t, _ in names)


# --- a hall of a known building is a place, not an office (names.toml place_like_org_suffixes) ---

def test_a_hall_of_a_known_building_is_a_place():
    names = _names("会谈前,甲国主席在人民大会堂北大厅为客人举行欢迎仪式。")
    assert ("LOCATION", "人民大会堂北大厅") in names
    assert not any(t == "ORG" for t, _ in names)


def test_an_office_ending_in_the_same_character_stays_a_body():
    assert ("ORG", "越南政府办公厅") in _names("越南政府办公厅主任出席了会议。")


# --- names.toml: a pair's ministers' meeting, a handed-over suspect, a report's adverb, several parties ---

def test_two_short_forms_before_a_ministers_meeting_are_the_two_countries():
    names = _names("国事访问结束后,法德部长会议将于周二晚上在柏林举行。")
    assert {("COUNTRY", "法国"), ("COUNTRY", "德国")} <= names
    assert not any(t == "PERSON" for t, _ in names)


def test_a_suspect_handed_over_to_the_police_is_a_person_not_a_body():
    names = _names("中方将嫌疑人阿卡·巴拉多移交俄罗斯警方。")
    assert ("PERSON", "阿卡·巴拉多") in names
    assert not any("移交" in n for _, n in names)


def test_an_outlet_reporting_earlier_is_the_outlet():
    names = _names("金融时报稍早报导,中国已邀请甲国总统访华。")
    assert not any("稍早" in n for _, n in names)


def test_a_multi_party_delegation_names_the_country_only():
    names = _names("全国人大副委员长会见卢森堡多党代表团。")
    assert ("COUNTRY", "卢森堡") in names
    assert not any("多党" in n for _, n in names)


def test_the_state_ministry_of_commerce_is_chinas():
    assert ("ORG", "中国商务部") in _names("国家商务部部长助理张向东发言时表示。")


# --- a bare ministry in a country's chain of posts that names no holder (owners.py chain_country, _UNHELD) ---

def test_the_last_post_of_a_holderless_chain_joined_by_and_is_the_countrys_ministry():
    names = _names("澳门特区行政长官贺某表示,将分别拜会葡萄牙总统、总理和外交部长。")
    assert ("ORG", "葡萄牙外交部") in names
    assert not any(n == "澳门外交部" for _, n in names)


def test_the_last_post_of_a_holderless_chain_joined_by_a_list_mark_is_the_countrys_ministry():
    assert ("ORG", "葡萄牙外交部") in _names("代表团将拜会葡萄牙总统、外交部长。")


def test_a_chain_with_a_holder_keeps_the_country_as_the_page_writes_it():
    assert ("ORG", "瑞士联邦外交部") in _names("应瑞士联邦委员兼外交部长卡西斯邀请,王毅将访问瑞士。")
