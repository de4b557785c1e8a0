"""Relations in constructions the probe grid of helper rl4 (/work/notes/s7/rl4/probes.md) found unread or misread,
on invented sentences: a level told as standing with its short name, a pair of short forms before a qualified
level, and a level denied."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

HEAD = "标题\n\n2025年3月5日 新华社北京3月5日电 "


def relations(text: str) -> set[tuple[frozenset[str], str]]:
    doc = extract(HEAD + text + "\n", source="probe.txt")
    return {(frozenset((r.a, r.b)), r.level) for r in doc.relations}


# 战略合作伙伴 without 关系 is the strategic partnership, as 全面战略合作伙伴 is its own level's short form
@pytest.mark.parametrize("text, pair", [
    ("中国同巴基斯坦是全天候战略合作伙伴。", ("中国", "巴基斯坦")),
    ("中國和巴基斯坦是全天候戰略合作夥伴。", ("中国", "巴基斯坦")),
    ("越南与泰国是重要的战略合作伙伴。", ("越南", "泰国")),
])
def test_strategic_cooperative_partner_without_relation(text: str, pair: tuple[str, str]) -> None:
    assert relations(text) == {(frozenset(pair), "strategic_partnership")}


def test_strategic_cooperative_partner_country_is_no_relation() -> None:
    assert relations("中国是巴西的战略合作伙伴国之一。") == set()


# two short forms that could each stand for several countries (中巴, 马中) name the pair before a qualifier of the
# level too (全天候, 永久, 高水平), when each is the one country the page names opening with it
@pytest.mark.parametrize("text, pair, level", [
    ("巴基斯坦总理访华。中巴全天候战略合作伙伴关系牢不可破。", ("中国", "巴基斯坦"), "strategic_partnership"),
    ("马来西亚总理访华。马中高水平全面战略伙伴关系稳步发展。", ("中国", "马来西亚"), "comprehensive_strategic_partnership"),
    ("巴西总统访华。中巴永久全面战略伙伴关系稳步发展。", ("中国", "巴西"), "comprehensive_strategic_partnership"),
])
def test_short_forms_before_a_qualified_level(text: str, pair: tuple[str, str], level: str) -> None:
    assert relations(text) == {(frozenset(pair), level)}


def test_short_forms_before_a_qualifier_stay_unread_when_ambiguous() -> None:
    assert relations("巴西和巴基斯坦外长访华。中巴全天候战略合作伙伴关系牢不可破。") == set()


# a level its clause denies before naming it is no relation held
@pytest.mark.parametrize("text", [
    "菲律宾并非越南的全面战略伙伴。",
    "菲律賓並非越南的全面戰略夥伴。",
    "美国和越南尚未建立全面战略伙伴关系。",
    "越南与新西兰尚未建交。",
    "智利同越南还没有建立战略伙伴关系。",
])
def test_denied_level_is_no_relation(text: str) -> None:
    assert relations(text) == set()


# …but a denial in another clause, one the clause turns from (不是…而是), or one after the level leaves it held
@pytest.mark.parametrize("text, pair, level", [
    ("越南已与美国建立全面战略伙伴关系,但尚未与新西兰建立战略伙伴关系。", ("越南", "美国"),
     "comprehensive_strategic_partnership"),
    ("中国与巴西不是一般的伙伴而是全面战略伙伴。", ("中国", "巴西"), "comprehensive_strategic_partnership"),
    ("没有任何力量能够阻挡中越全面战略合作伙伴关系的发展。", ("中国", "越南"),
     "comprehensive_strategic_cooperative_partnership"),
    ("中俄全面战略协作伙伴关系不是针对第三方的。", ("中国", "俄罗斯"), "comprehensive_strategic_cooperative_partnership"),
])
def test_denial_elsewhere_leaves_the_level(text: str, pair: tuple[str, str], level: str) -> None:
    assert relations(text) == {(frozenset(pair), level)}


def since_of(text: str) -> set[tuple[frozenset[str], str, str | None]]:
    doc = extract(HEAD + text + "\n", source="probe.txt")
    return {(frozenset((r.a, r.b)), r.level, r.since) for r in doc.relations}


# diplomatic relations the page announces as set up, between a pair whose founding date is not known (invented
# announcements of pairs timex/data/relations.json does not date), date from
# the page (as an announced upgrade does); a known founding date still wins
@pytest.mark.parametrize("text, pair, since", [
    ("不丹宣布与中国建交。", ("中国", "不丹"), "2025-03-05"),
    ("中国与图瓦卢正式建立外交关系。", ("中国", "图瓦卢"), "2025-03-05"),
    ("中國和瑙魯宣布恢復外交關係。", ("中国", "瑙鲁"), "2025-03-05"),
    ("越南与古巴建交以来两国关系发展顺利。", ("越南", "古巴"), "1960-12-02"),
])
def test_announced_diplomatic_relations_since(text: str, pair: tuple[str, str], since: str) -> None:
    assert since_of(text) == {(frozenset(pair), "diplomatic_relations", since)}


# a role clause (作为某国的…伙伴) names the holder; its partner is the party the sentence names after the clause
@pytest.mark.parametrize("text, pair, level", [
    ("作为越南的全面战略伙伴,印度一向重视对越关系。", ("越南", "印度"), "comprehensive_strategic_partnership"),
    ("作为中国的全面战略合作伙伴,柬埔寨始终支持中方。", ("中国", "柬埔寨"),
     "comprehensive_strategic_cooperative_partnership"),
    ("作為越南的全面戰略夥伴,日本一向重視對越關係。", ("越南", "日本"), "comprehensive_strategic_partnership"),
])
def test_role_clause_partner_after_it(text: str, pair: tuple[str, str], level: str) -> None:
    assert relations(text) == {(frozenset(pair), level)}


def test_role_clause_without_a_partner_is_no_relation() -> None:
    assert relations("作为越南的全面战略伙伴,一向重视对越关系。") == set()


# 建交 ending a building verb before 交通/交易 (修建交通, 兴建交通, 组建交易) is no relation; nor is 复交 inside 恢复交流,
# 修复交通 or 复交谈判
@pytest.mark.parametrize("text", [
    "越南与老挝合作修建交通基础设施。",
    "中国帮助柬埔寨兴建交通网络。",
    "越南与日本共同组建交易平台。",
    "中国与印尼恢复交流。",
    "越南与老挝修复交通线路。",
])
def test_establish_inside_a_longer_word_is_no_relation(text: str) -> None:
    assert relations(text) == set()


# 复交 restores diplomatic relations: dated by its sentence, else by the page when announced
@pytest.mark.parametrize("text, pair, since", [
    ("中国与印度尼西亚于1990年复交。", ("中国", "印度尼西亚"), "1990"),
    ("中國與印尼1990年復交。", ("中国", "印度尼西亚"), "1990"),
    ("中国和巴拉圭宣布复交。", ("中国", "巴拉圭"), "2025-03-05"),
])
def test_restored_relations(text: str, pair: tuple[str, str], since: str) -> None:
    assert since_of(text) == {(frozenset(pair), "diplomatic_relations", since)}


# 某国分别与甲国和乙国建立…: the party before 分别与 holds the level with each, not the first partner with the second
@pytest.mark.parametrize("text, partners", [
    ("越南分别与美国和日本建立全面战略伙伴关系。", ("美国", "日本")),
    ("柬埔寨分别同中国和老挝建立全面战略伙伴关系。", ("中国", "老挝")),
])
def test_holder_before_each_partner(text: str, partners: tuple[str, str]) -> None:
    holder = text[:2] if text.startswith("越南") else "柬埔寨"
    assert relations(text) == {(frozenset((holder, x)), "comprehensive_strategic_partnership") for x in partners}


# the level's own clause naming two parties is their tie; the pair of an earlier clause is another tie's
@pytest.mark.parametrize("text, pair, level", [
    ("美国与菲律宾是同盟关系,越南与美国是全面战略伙伴。", ("越南", "美国"), "comprehensive_strategic_partnership"),
    ("日本同韩国互为邻国,日本与越南建立全面战略伙伴关系。", ("越南", "日本"), "comprehensive_strategic_partnership"),
])
def test_pair_of_the_level_clause(text: str, pair: tuple[str, str], level: str) -> None:
    assert relations(text) == {(frozenset(pair), level)}
