"""Relations read off invented wire sentences (the probe grid of helper rl1): each case is one
construction by which a page states a tie between two parties, its level and its start."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def relations(sentence: str) -> set[tuple[frozenset[str], str]]:
    doc = extract("标题\n\n2023年3月5日 新华社北京3月5日电 " + sentence + "\n")
    return {(frozenset((r.a, r.b)), r.level) for r in doc.relations}


# a body joined to a country by a dash (中国—东盟) is a party of its own, not the pair "中国-东盟", also when a
# word or an alias stands between it and the level (a dash right before the level was read already)
@pytest.mark.parametrize("sentence, pair, level", [
    ("今年是中国—东盟建立战略伙伴关系二十周年。", ("中国", "东盟"), "strategic_partnership"),
    ("部长表示,要深化「中國—東盟(東協)命運共同體」建设。", ("中国", "东盟"), "community_with_shared_future"),
    ("今年是中国—东盟建立对话关系三十周年,也是建立战略伙伴关系二十周年。", ("中国", "东盟"), "strategic_partnership"),
])
def test_dashed_body_is_its_own_party(sentence: str, pair: tuple[str, str], level: str) -> None:
    assert relations(sentence) == {(frozenset(pair), level)}


# 在…伙伴关系框架下: the frame two sides act in is a relation they hold
@pytest.mark.parametrize("sentence, pair, level", [
    ("双方同意在越中全面战略合作伙伴关系框架下加强海上合作。", ("越南", "中国"), "comprehensive_strategic_cooperative_partnership"),
    ("在东盟与中国战略伙伴关系框架下,双方开展了多项合作。", ("中国", "东盟"), "strategic_partnership"),
    ("在中俄全面战略协作伙伴关系框架下,两国能源合作不断深化。", ("中国", "俄罗斯"),
     "comprehensive_strategic_cooperative_partnership"),
])
def test_frame_of_cooperation_is_a_relation(sentence: str, pair: tuple[str, str], level: str) -> None:
    assert relations(sentence) == {(frozenset(pair), level)}


# the side relations are broken off with is no party to the relation told beside it
@pytest.mark.parametrize("sentence, pairs", [
    ("所罗门群岛政府宣布与台湾断交,与中国建交。", {("中国", "所罗门群岛")}),
    ("尼加拉瓜政府宣布同台湾断绝所谓“外交关系”,并与中华人民共和国恢复外交关系。", {("中国", "尼加拉瓜")}),
    ("瑙鲁政府宣布断绝与台湾的所谓“外交关系”,同中国建交。", {("中国", "瑙鲁")}),
])
def test_broken_off_side_is_no_party(sentence: str, pairs: set[tuple[str, str]]) -> None:
    assert relations(sentence) == {(frozenset(p), "diplomatic_relations") for p in pairs}


# the party the level word is said of (某国的…伙伴) holds it; the others named are its partners, not each other's
@pytest.mark.parametrize("sentence, pairs, level", [
    ("继中国、俄罗斯之后,印度成为越南的全面战略伙伴。", {("越南", "中国"), ("越南", "俄罗斯"), ("越南", "印度")},
     "comprehensive_strategic_partnership"),
    ("继美国之后,日本、澳大利亚也成为越南的全面战略伙伴。", {("越南", "美国"), ("越南", "日本"), ("越南", "澳大利亚")},
     "comprehensive_strategic_partnership"),
    ("在法国、意大利之后,西班牙也成为越南的战略伙伴。", {("越南", "法国"), ("越南", "意大利"), ("越南", "西班牙")},
     "strategic_partnership"),
])
def test_owner_of_the_level_holds_it(sentence: str, pairs: set[tuple[str, str]], level: str) -> None:
    assert relations(sentence) == {(frozenset(p), level) for p in pairs}


def since_of(sentence: str) -> dict[str, str | None]:
    doc = extract("标题\n\n2025年3月5日 越通社河内——" + sentence + "\n")
    return {r.level: (r.since or "")[:4] or None for r in doc.relations}


# a date in the clause of an earlier level word is that level's, not the upgrade's told after it
@pytest.mark.parametrize("sentence, old_level, old_year", [
    ("越南与美国2013年建立全面伙伴关系,此次访问期间两国宣布将关系提升为全面战略伙伴关系。", "comprehensive_partnership", "2013"),
    ("两国于2009年建立战略伙伴关系,此访期间,越南与日本将关系提升为全面战略伙伴关系。", "strategic_partnership", "2009"),
    ("越南和荷兰于2010年建立全面伙伴关系,本次会谈中两国领导人同意将关系升级为战略伙伴关系。",
     "comprehensive_partnership", "2010"),
])
def test_earlier_levels_date_is_its_own(sentence: str, old_level: str, old_year: str) -> None:
    since = since_of(sentence)
    assert since[old_level] == old_year
    new_level = next(lv for lv in since if lv != old_level)
    assert since[new_level] == "2025"


# 关系正常化 established the relations (since: the known founding), unless told as an aim or a process
@pytest.mark.parametrize("sentence, pair, year", [
    ("越美关系正常化30周年纪念活动在河内举行。", ("越南", "美国"), "1995"),
    ("从越美两国关系正常化以来,两国贸易不断增长。", ("越南", "美国"), "1995"),
    ("自1991年两国关系正常化以来,越中经贸合作迅速发展。", ("越南", "中国"), "1950"),
])
def test_normalization_is_diplomatic_relations(sentence: str, pair: tuple[str, str], year: str) -> None:
    assert since_of(sentence) == {"diplomatic_relations": year}
    assert relations(sentence) == {(frozenset(pair), "diplomatic_relations")}


# ...the same words told as an aim or a process are none (each beside a fact the rule reads)
@pytest.mark.parametrize("fact, aim", [
    ("1995年越南与美国实现关系正常化。", "双方同意推动两国关系正常化。"),
    ("越美关系正常化25周年之际,两国外长通电话。", "以色列与沙特关系正常化谈判陷入停滞。"),
    ("从越美两国关系正常化以来,双方合作成果丰硕。", "两国希望早日实现关系正常化。"),
])
def test_normalization_as_aim_is_none(fact: str, aim: str) -> None:
    assert relations(fact) == {(frozenset(("越南", "美国")), "diplomatic_relations")}
    assert relations(aim) == set()


# a wish, plan or proposal governing the verb that would set the level up makes it an aim, not a relation
@pytest.mark.parametrize("aim", [
    "越南希望与新西兰早日建立战略伙伴关系。",
    "越南与巴西正考虑建立战略伙伴关系。",
    "越南愿与智利建立全面伙伴关系。",
    "越南总理建议越南与新加坡尽快将关系升级为全面战略伙伴关系。",
])
def test_wished_level_is_no_relation(aim: str) -> None:
    assert relations(aim) == set()
