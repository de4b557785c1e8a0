"""Relations set up under a qualified level name (永久/全天候/新时代 before the level) or restored at ambassador
level, read off invented sentences (the probe grid of helper rl2, /work/notes/s7/rl2/probes.md): each is the
relation it names and the RELATION_CHANGE that establishes it."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

DATED = "标题\n\n2023年3月5日 新华社北京3月5日电 "


def read(text: str) -> tuple[set[tuple[frozenset[str], str]], list[str]]:
    doc = extract(text + "\n", source="probe.txt")
    return {(frozenset((r.a, r.b)), r.level) for r in doc.relations}, sorted(e.type for e in doc.events)


# restoring relations at ambassador level is restoring diplomatic relations (the event was read, the relation not)
@pytest.mark.parametrize("text, pair", [
    (DATED + "中国和瑙鲁宣布恢复大使级外交关系。", ("中国", "瑙鲁")),
    ("标题\n\n2024年1月24日,中国与瑙鲁签署联合公报,恢复大使级外交关系。", ("中国", "瑙鲁")),
    (DATED + "中華人民共和國與瑙魯共和國決定恢復大使級外交關係。", ("中国", "瑙鲁")),
    (DATED + "中国同圣多美和普林西比恢复大使级外交关系。", ("中国", "圣多美和普林西比")),
])
def test_restored_at_ambassador_level(text: str, pair: tuple[str, str]) -> None:
    assert read(text) == ({(frozenset(pair), "diplomatic_relations")}, ["RELATION_CHANGE"])


# 建立 (宣布/决定/同意/正式建立; or 宣布发展) + a qualifier (新时代, 全天候, 永久) or a longer name before the level: the
# relation is established
@pytest.mark.parametrize("text, pair, level", [
    (DATED + "中国和巴基斯坦宣布建立新时代全天候战略合作伙伴关系。", ("中国", "巴基斯坦"), "strategic_partnership"),
    (DATED + "中国与巴基斯坦决定建立全天候战略合作伙伴关系。", ("中国", "巴基斯坦"), "strategic_partnership"),
    (DATED + "中國與巴基斯坦宣布建立全天候戰略合作夥伴關係。", ("中国", "巴基斯坦"), "strategic_partnership"),
    (DATED + "中国与老挝宣布建立新时代全面战略合作伙伴关系。", ("中国", "老挝"),
     "comprehensive_strategic_cooperative_partnership"),
    (DATED + "中國與老撾宣佈建立新時代全面戰略合作夥伴關係。", ("中国", "老挝"),
     "comprehensive_strategic_cooperative_partnership"),
    (DATED + "中國和哈薩克斯坦宣布建立永久全面戰略夥伴關係。", ("中国", "哈萨克斯坦"), "comprehensive_strategic_partnership"),
    (DATED + "中国与匈牙利宣布建立新时代全天候全面战略伙伴关系。", ("中国", "匈牙利"), "comprehensive_strategic_partnership"),
    (DATED + "中国与白俄罗斯宣布建立全天候全面战略伙伴关系。", ("中国", "白俄罗斯"), "comprehensive_strategic_partnership"),
    (DATED + "中国与巴基斯坦决定建立战略合作伙伴关系。", ("中国", "巴基斯坦"), "strategic_partnership"),
    (DATED + "中国与巴基斯坦建立全天候战略合作伙伴关系。", ("中国", "巴基斯坦"), "strategic_partnership"),
    ("标题\n\n2015年4月,中国与巴基斯坦建立全天候战略合作伙伴关系。", ("中国", "巴基斯坦"), "strategic_partnership"),
    (DATED + "中国和哈萨克斯坦宣布发展永久全面战略伙伴关系。", ("中国", "哈萨克斯坦"), "comprehensive_strategic_partnership"),
    ("标题\n\n2019年9月,中国与哈萨克斯坦宣布发展永久全面战略伙伴关系。", ("中国", "哈萨克斯坦"),
     "comprehensive_strategic_partnership"),
])
def test_qualified_level_is_established(text: str, pair: tuple[str, str], level: str) -> None:
    assert read(text) == ({(frozenset(pair), level)}, ["RELATION_CHANGE"])



# relations set up, then the communiqué that sets them up told after a comma, or before it with the communiqués'
# formula 相互承认并…: the communiqué is the change
# (SPEC: a joint statement announcing the change is that change), no AGREEMENT of its own
@pytest.mark.parametrize("text", [
    DATED + "两国政府决定即日起建立大使级外交关系,中国外长和瑙鲁外长4日在北京签署联合公报。",
    DATED + "中国与所罗门群岛恢复大使级外交关系,两国代表当天签署了联合公报。",
    DATED + "中國與瑙魯決定建立外交關係,雙方外長在北京簽署聯合公報。",
    DATED + "中国和萨尔瓦多签署联合公报,决定相互承认并建立大使级外交关系。",
    DATED + "中国与基里巴斯签署联合公报,相互承认并恢复大使级外交关系。",
])
def test_communique_after_the_change_is_the_change(text: str) -> None:
    assert read(text)[1] == ["RELATION_CHANGE"]


# the setting up looked back on (N周年, 以来, 的第N年) tells no change, unless dated right before its verb
@pytest.mark.parametrize("text, changes", [
    (DATED + "今年是中国与巴基斯坦宣布建立全面战略伙伴关系10周年。", 0),
    (DATED + "中国与巴基斯坦宣布建立全天候战略合作伙伴关系以来,两国合作不断深化。", 0),
    (DATED + "中国与巴基斯坦决定建立全天候战略合作伙伴关系的第十年,两国合作硕果累累。", 0),
    (DATED + "纪念中国与老挝宣布建立新时代全面战略合作伙伴关系五周年招待会在万象举行。", 0),
    (DATED + "中国与巴基斯坦2013年宣布建立全天候战略合作伙伴关系以来,两国合作不断深化。", 1),
    # the span of years in brackets after the anniversary dates the founding itself
    (DATED + "双方同意举办活动庆祝老柬建交60周年(1962.6.15-2022.6.15)。", 1),
    (DATED + "雙方同意舉辦活動慶祝老柬建交60週年（1962年6月15日-2022年6月15日）。", 1),
])
def test_looked_back_setting_up_is_no_change(text: str, changes: int) -> None:
    assert read(text)[1].count("RELATION_CHANGE") == changes
