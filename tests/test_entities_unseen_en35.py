"""(en35) Entity leads left by stop 43's en34, ev60 and ev61, on invented sentences
(probe grids /work/notes/s7/en35/g*.txt, table /work/notes/s7/en35/probes.md)."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def _page(sentence: str, dateline: str = "【联合早报讯】") -> str:
    return "题目\n\n" + dateline + sentence + "\n"


# 新 (新当选, 新一任) + a post right after a land: the land qualifies the post as 新任 does, so the role
# names the land and a taking of office has its land as a party
_NEW_POSTS = [
    ("印尼新总统普拉博沃20日宣誓就职。", "普拉博沃·苏比安托", "印尼"),
    ("巴拉圭新总统培尼亚15日宣誓就职。", "培尼亚", "巴拉圭"),
    ("韓國新總統尹錫悅10日宣誓就職。", "尹锡悦", "韩国"),
    ("日本新首相石破茂今天表示将访问美国。", "石破茂", "日本"),
    ("老挝新总理宋赛·西潘敦出席了会议。", "宋赛·西潘敦", "老挝"),
    ("菲律宾新当选总统小马科斯将于6月就职。", "小马科斯", "菲律宾"),
    ("巴拉圭新一任总统培尼亚15日宣誓就职。", "培尼亚", "巴拉圭"),
]


@pytest.mark.parametrize("text,person,land", _NEW_POSTS)
def test_a_new_post_after_a_land_keeps_the_land_in_its_title(text: str, person: str, land: str) -> None:
    doc = extract(_page(text))
    titles = [r.title for r in doc.roles if r.person == person]
    assert titles and all(t.startswith(land) for t in titles)


def test_a_taking_of_office_by_a_new_president_names_the_land() -> None:
    doc = extract(_page("巴拉圭新总统培尼亚15日宣誓就职。"))
    assert any(e.type == "ELECTION" and "巴拉圭" in e.participants for e in doc.events)


def test_new_inside_a_word_opens_no_title() -> None:
    # 创新 ends in 新 with no land before it: the title stays the post alone
    doc = extract(_page("越南科技创新大臣阮某会见了日本客人。"))
    assert all("创新" not in r.title or r.title.startswith("越南") for r in doc.roles)


# a verb of sending or choosing between a land (or body) and a body's word ends the name: the land sends or
# chooses, no body named 土耳其派遣救援队 stands
_VERB_GLUED = [
    ("土耳其派遣救援队赴叙利亚灾区。", "土耳其派遣救援队"),
    ("日本派遣救援队前往土耳其。", "日本派遣救援队"),
    ("中国派出医疗队赴老挝。", "中国派出医疗队"),
    ("韩国增派维和部队前往黎巴嫩。", "韩国增派维和部队"),
    ("越南国会选举国会主席。", "越南国会选举国会"),
]


@pytest.mark.parametrize("text,junk", _VERB_GLUED)
def test_a_verb_of_sending_or_choosing_ends_a_body_s_name(text: str, junk: str) -> None:
    doc = extract(_page(text, "新华社北京3月5日电 "))
    assert not any(junk in e.name or junk in (e.mentions or []) for e in doc.entities)


def test_an_election_commission_keeps_its_name() -> None:
    doc = extract(_page("泰国选举委员会公布结果。", "新华社北京3月5日电 "))
    assert any(e.type == "ORG" and e.name == "泰国选举委员会" for e in doc.entities)


# a region's character after a country's short form of one country only, before a word of relations, names the
# region (越非 Vietnam and Africa), as it did after 中: kb.region_in_pair is the one rule
_REGION_PAIRS = [
    ("越非经贸合作潜力巨大。", "越南", "非洲", "南非"),
    ("越非关系发展良好。", "越南", "非洲", "南非"),
    ("越拉合作不断深化。", "越南", "拉丁美洲", "拉脱维亚"),
    ("老非友好交流日益密切。", "老挝", "非洲", "南非"),
    ("中非关系发展势头良好。", "中国", "非洲", "南非"),
]


@pytest.mark.parametrize("text,country,region,not_read", _REGION_PAIRS)
def test_a_region_s_character_after_a_country_s_short_form_is_the_region(
        text: str, country: str, region: str, not_read: str) -> None:
    doc = extract(_page(text, "越通社河内——"))
    names = {(e.type, e.name) for e in doc.entities}
    assert ("COUNTRY", country) in names and ("LOCATION", region) in names
    assert not any(n == not_read for _, n in names)


def test_region_in_pair_is_one_rule_in_the_kb() -> None:
    from dipnet.kb import load_kb
    kb = load_kb()
    assert kb.region_in_pair("中非") == "非洲" and kb.region_in_pair("越拉") == "拉美"
    assert kb.region_in_pair("越老") is None and kb.region_in_pair("非洲") is None


def test_a_person_s_name_spelling_a_pair_stays_a_name() -> None:
    doc = extract(_page("卢拉会谈后表示满意。", "越通社河内——"))
    assert not any(e.name in ("卢森堡", "拉丁美洲") for e in doc.entities)


# an ambiguous form's other reading, a territory (澳: 澳门), in a pair on a page that names the territory in full and
# the form's country by none of its names (shortalts.py)
_TERRITORY_PAIRS = [
    "澳門特區行政長官與葡萄牙外長會面。澳葡聯合委員會第六次會議在里斯本舉行。",
    "澳门与葡萄牙关系密切，澳葡合作成果丰硕。",
    "澳门特区政府代表团访问里斯本，澳葡经贸合作不断深化。",
]


@pytest.mark.parametrize("text", _TERRITORY_PAIRS)
def test_a_pair_s_ambiguous_form_on_a_page_of_its_territory_is_the_territory(text: str) -> None:
    names = {e.name for e in extract(_page(text, "新华社北京3月5日电 ")).entities}
    assert "澳门" in names and "葡萄牙" in names and "澳大利亚" not in names


@pytest.mark.parametrize("text", ["澳大利亚总理访问越南，越澳关系不断发展。", "澳葡經貿合作不斷深化。"])
def test_without_the_territory_named_the_form_keeps_its_country(text: str) -> None:
    names = {e.name for e in extract(_page(text, "新华社北京3月5日电 ")).entities}
    assert "澳大利亚" in names
