"""Entity classes recurring on the GENERAL2 and entities-pool tuning pages (invented text), en22."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _record(text: str) -> dict:
    return to_record(extract("题目\n\n" + text + "\n"))


def _names(text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["name"].replace(" ", "")) for e in _record(text)["entities"]}


def _roles(text: str) -> set[tuple[str, str]]:
    return {(r["person"].replace(" ", ""), r["title"]) for r in _record(text)["roles"]}


# --- 中欧 before a word of relations is China and Europe ---

def test_china_europe_pair_before_relations_names_europe():
    names = _names("两国领导人表示,愿为中欧关系稳定发展注入新的动力。")
    assert ("LOCATION", "欧洲") in names
    assert ("COUNTRY", "中国") in names


def test_china_europe_pair_before_partnership_names_europe():
    names = _names("会谈中,双方重申坚持中欧伙伴关系的定位。")
    assert ("LOCATION", "欧洲") in names


def test_central_europe_is_no_pair():
    names = _names("来自中欧国家的二十名学者出席了研讨会。")
    assert ("LOCATION", "欧洲") not in names


# --- a body + the branch's place + a branch word is one organization ---

def test_friendship_society_branch_is_one_body():
    names = _names("越日友好协会岘港市分会主席阮文甲表示,双方将加强合作。")
    assert ("ORG", "越日友好协会岘港市分会") in names
    assert ("ORG", "越日友好协会") not in names
    assert ("LOCATION", "岘港") in names


def test_chamber_branch_is_one_body():
    names = _names("此次捐款由越南日本总商会岘港市分会及各省商会共同筹集。")
    assert ("ORG", "越南日本总商会岘港市分会") in names
    assert ("ORG", "越南日本总商会") not in names


def test_branch_of_a_body_read_by_its_word_after_a_country():
    names = _names("美國在台協會台中分處長李約翰出席儀式。")
    assert ("ORG", "美国在台协会台中分处") in names
    assert ("李约翰", "美国在台协会台中分处长") in _roles("美國在台協會台中分處長李約翰出席儀式。")


def test_body_and_a_later_branch_word_stay_apart():
    names = _names("越日友好协会主席阮文甲表示,岘港市分会将加强合作。")
    assert ("ORG", "越日友好协会") in names
    assert not any(n.endswith("分会") for _, n in names)


# --- a newspaper named without 报 where a periodical stands ---

def test_paper_in_title_brackets_is_the_paper():
    rec = _record("据《人民军队》报道,越南国防部副部长3日会见老挝代表团。")
    ents = {e["name"]: e["mentions"] for e in rec["entities"]}
    assert "人民军队报" in ents and "人民军队" in ents["人民军队报"]
    assert "越南人民军" not in ents


def test_masthead_opening_the_article_is_the_paper():
    names = _names("2024/05/06, 10:00 (GMT+7)\n人民军队:应老挝国防部邀请,越南国防部副部长访问老挝。")
    assert ("ORG", "人民军队报") in names
    assert ("ORG", "越南人民军") not in names


def test_two_armies_are_no_paper():
    names = _names("双方表示,两国人民军队将继续加强交流与合作。")
    assert ("ORG", "人民军队报") not in names


def test_a_forum_held_by_a_military_body_is_defence():
    rec = _record("越南代表团9月13日在北京出席北京香山论坛。")
    conf = [e for e in rec["events"] if e["type"] == "CONFERENCE"]
    assert conf and all(e["channel"] == "defence" for e in conf)


# --- an outlet named in Latin letters where only an outlet stands ---

def test_latin_outlet_cited_as_reporting():
    assert ("ORG", "Dantri-N") in _names("据 Dantri-N 报道,两国国防部长举行会谈。")


def test_latin_outlet_after_a_word_for_a_paper():
    assert ("ORG", "HanoiTimes") in _names("越南的英文日报——HanoiTimes的网络版每天更新。")


def test_latin_outlet_after_a_word_for_a_platform():
    assert ("ORG", "Kutlu") in _names("部长在社交媒体平台Kutlu上发表声明,欢迎两国合作。")


def test_latin_words_elsewhere_are_no_outlet():
    names = _names("越南选手Nguyen Van An在比赛中获得金牌。")
    assert not any(t == "ORG" for t, _ in names)


# --- a bare body word after a country's one-character form opening a sentence is that country's ---

def test_short_form_before_a_ministry_names_the_country_in_full_on_the_page():
    names = _names("中国向塞内加尔提供粮食援助。塞外交部长在交接仪式上致辞。")
    assert ("ORG", "塞内加尔外交部") in names
    assert ("ORG", "中国外交部") not in names


def test_short_form_before_a_ministry_in_a_source_line():
    rec = _record("土耳其总统会见到访的各国代表。\n来源:土外交部")
    ents = {e["name"]: e["mentions"] for e in rec["entities"]}
    assert "土耳其外交部" in ents and "土外交部" in ents["土耳其外交部"]


def test_short_form_before_a_legislature():
    names = _names("代表团应邀访问马耳他。马议会议长会见了代表团一行。")
    assert ("ORG", "马耳他议会") in names


def test_short_form_of_two_countries_on_the_page_names_none():
    names = _names("塞尔维亚和塞浦路斯代表出席会议。塞外交部长致辞。")
    assert ("ORG", "塞尔维亚外交部") not in names
    assert ("ORG", "塞浦路斯外交部") not in names


def test_new_government_is_no_short_form():
    names = _names("新加坡总理访问邻国。新政府将继续推进各项改革。")
    assert ("ORG", "新加坡政府") not in names
