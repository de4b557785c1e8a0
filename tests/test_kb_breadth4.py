"""Knowledge-base breadth, fourth pass (issue 13), on invented sentences: leaders and ministers of
Africa, Latin America, the Middle East and the Pacific, China's ministers, legislatures, parties and
movements of those regions; and the hazards new rows must not bring (a short name that is a plain
word or sits inside another name, a body name that reads as a run of country short forms)."""

from __future__ import annotations

from dipnet.kb import load_kb
from dipnet.pipeline import extract


def _entities(text: str) -> dict[str, str]:
    doc = extract("题目\n\n" + text + "\n")
    return {e.name: e.type for e in doc.entities}


def test_leaders_of_further_regions_are_people():
    # named without a title before them: only the knowledge base knows them
    got = _entities("会后,肯雅塔、瓦塔拉和诺沃亚共同会见记者。苏达尼同萨法迪通电话。")
    for name in ("肯雅塔", "瓦塔拉", "诺沃亚", "苏达尼", "萨法迪"):
        assert got.get(name) == "PERSON", name


def test_a_xinhua_form_finds_the_person_not_a_name_inside_it():
    # 舒克里 holds 克里 (Kerry): without the row the shorter name was read inside it
    got = _entities("埃及外长舒克里在开罗会见伊朗外长阿拉格齐。")
    assert "克里" not in got
    names = {e.name: e for e in extract("题目\n\n埃及外长舒克里会见伊朗外长阿拉格齐。\n").entities}
    assert any("舒克里" in e.mentions for e in names.values())
    assert any("阿拉格齐" in e.mentions for e in names.values())


def test_chinese_ministers_are_people_with_dated_posts():
    got = _entities("中国人民银行行长潘功胜和财政部部长蓝佛安出席会议。")
    assert got.get("潘功胜") == "PERSON"
    assert got.get("蓝佛安") == "PERSON"
    kb = load_kb()
    posts = kb.positions("person:pan-gongsheng")
    assert any(p.start == "2023-07-25" and p.end is None for p in posts)


def test_legislatures_parties_and_movements_are_bodies():
    got = _entities("伊朗议会议长会见巴西国会代表团。以色列国防军与胡塞武装交火,"
                    "纳米比亚西南非洲人民组织和乌干达全国抵抗运动代表出席。")
    for name in ("伊朗议会", "巴西国会", "以色列国防军", "胡塞武装", "纳米比亚西南非洲人民组织",
                 "乌干达全国抵抗运动"):
        assert got.get(name) == "ORG", name
    assert "南非" not in got  # not read inside 西南非洲


def test_short_names_that_are_words_or_inside_names_stay_out():
    got = _entities("外交部发言人本周强调,各方应依据宪法基础开展对话。美国国务卿鲁比奥和"
                    "哥伦比亚外长出席,菲德尔·卡斯特罗的故居对外开放。")
    assert not {"周强", "法基", "比奥", "卡斯特"} & set(got)
    got = _entities("越南领导人致电祝贺荣获连任的总统。代表团访问英国考文垂市。")
    assert "贺荣" not in got
    assert got.get("考文垂") != "PERSON"


def test_former_heads_of_bodies_have_dated_posts():
    kb = load_kb()
    assert any(p.end == "2018-03-19" for p in kb.positions("person:zhou-xiaochuan"))
    got = _entities("美洲国家组织秘书长阿尔马格罗和联合国近东巴勒斯坦难民救济和工程处主任拉扎里尼发表声明。")
    assert got.get("阿尔马格罗") == "PERSON"
    assert got.get("拉扎里尼") == "PERSON"


def test_hamas_is_not_read_as_three_countries():
    got = _entities("哈马斯代表团抵达开罗。")
    assert not {"哈萨克斯坦", "马来西亚", "斯里兰卡"} & set(got)
