"""Entity mechanisms of Traditional-script and overseas pages (fe1, issue 13): invented text."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _record(text: str, url: str | None = None) -> dict:
    return to_record(extract("题目\n\n" + text + "\n", url=url))


def _names(text: str, url: str | None = None) -> set[tuple[str, str]]:
    return {(e["type"], e["name"].replace(" ", "")) for e in _record(text, url)["entities"]}


def _mentions(text: str, url: str | None = None) -> set[str]:
    return {m for e in _record(text, url)["entities"] for m in e["mentions"]}


# --- a degree or profession used as an address after a name ends the name (nameends.toml) ---

def test_a_known_foreign_name_before_a_degree_is_the_person():
    text = "出席者包括馬國高教部長贊比里博士與多名官員。"
    assert ("PERSON", "赞比里") in _names(text)
    assert not any(m.startswith("赞比里博") for m in _mentions(text))


def test_a_known_foreign_name_before_a_degree_after_a_bare_post():
    text = "部长赞比里博士与各国代表交流。"
    assert ("PERSON", "赞比里") in _names(text)


# --- short forms of three countries before 三边 (names.toml compound_context) ---

def test_three_short_forms_before_trilateral_are_three_countries():
    names = _names("雙方同意深化美日韓三邊合作,共同應對區域挑戰。")
    assert {("COUNTRY", "美国"), ("COUNTRY", "日本"), ("COUNTRY", "韩国")} <= names


# --- a reporter's name before a known airport in a dateline is no part of the airport ---

def test_a_reporter_before_a_known_airport_is_a_person():
    text = "(中央社記者林美華桃園機場8日電)行政院長今天啟程出訪。"
    names = _names(text)
    assert ("PERSON", "林美华") in names
    assert not any(t == "LOCATION" and n.startswith("林美华") for t, n in names)


# --- a bare body word right after a compound of two countries' short forms is theirs ---

def test_a_government_after_a_pair_of_short_forms_is_not_the_outlets_country():
    text = "日本首相與韓國總統今天會談。她表示，日韓政府會密切溝通，推動合作。"
    names = _names(text, url="https://udn.com/news/story/6809/1234567")
    assert ("LOCATION", "台湾") not in names and ("COUNTRY", "台湾") not in names
    assert "政府" not in _mentions(text, url="https://udn.com/news/story/6809/1234567")


# --- Hong Kong's, Taiwan's and Malaysia's forms of known names (kb/data aliases) ---

def test_hong_kong_and_taiwan_forms_of_bodies_are_the_known_bodies():
    names = _names("據日本放送協會報導，五角大廈發言人表示，世銀與亞銀將提供貸款。")
    assert {("ORG", "日本广播协会"), ("ORG", "美国国防部"), ("ORG", "世界银行"), ("ORG", "亚洲开发银行")} <= names


def test_hong_kong_taiwan_and_malaysia_forms_of_leaders_are_the_known_people():
    names = _names("英國前首相辛偉誠與文翠珊出席。菲律賓總統馬可斯與南非總統拉瑪佛沙通電話。"
                   "印尼前總統梅嘉瓦蒂、巴基斯坦前總理伊姆蘭汗和大馬前首相伊斯邁沙比里出席。")
    assert {("PERSON", "苏纳克"), ("PERSON", "特雷莎·梅"), ("PERSON", "小马科斯"), ("PERSON", "拉马福萨"),
            ("PERSON", "梅加瓦蒂"), ("PERSON", "伊姆兰·汗"), ("PERSON", "伊斯迈尔·沙必里")} <= names


def test_taiwan_forms_of_capitals_are_the_known_capitals():
    names = _names("代表團抵達墨西哥市，隨後前往普利托利亞。")
    assert {("LOCATION", "墨西哥城"), ("LOCATION", "比勒陀利亚")} <= names


# --- landmarks of Hong Kong's, Macau's, Taiwan's and Singapore's news (places.tsv) ---

def test_the_bridge_before_a_border_building_is_a_place():
    assert ("LOCATION", "港珠澳大桥") in _names("行政長官啟程前在港珠澳大橋口岸會見記者。")


def test_the_memorial_park_is_the_memorial_hall():
    assert ("LOCATION", "中正纪念堂") in _names("總統在中正紀念公園以軍禮歡迎來訪的元首。")


def test_singapores_parliament_house_is_a_place_not_a_parliament():
    names = _names("總理在新加坡國會大廈為來訪的總理舉行歡迎儀式。")
    assert ("LOCATION", "新加坡国会大厦") in names
    assert ("ORG", "新加坡国会") not in names


# --- a ministry's post listed with 、 after a post its country opens is that country's ministry ---

def test_a_ministry_post_after_a_comma_listed_post_is_the_countrys_ministry():
    names = _names("德國副總理、經濟部長施密特今天表示，將加強合作。")
    assert ("ORG", "德国经济部") in names


def test_a_finance_ministry_post_after_a_comma_listed_post():
    names = _names("法国总理、财政部长勒梅尔出席会议。")
    assert ("ORG", "法国财政部") in names
