"""Relation-level words of data/relations.toml (lx8) on invented sentences: each name or verb is a
standard form of the language, and without it the sentence yields no relation (or the wrong since)."""

from __future__ import annotations

from dipnet.extract.relations import extract_relations
from dipnet.model import Relation
from dipnet.pipeline import extract

PAGE = "越通社河内——2021年4月9日,{}(完)\n"


def relations(sentence: str) -> set[tuple[frozenset[str], str]]:
    rs: list[Relation] = extract_relations(extract(PAGE.format(sentence), source="t.txt"))
    return {(frozenset((r.a, r.b)), r.level) for r in rs}


def since_of(sentence: str) -> dict[str, str | None]:
    rs: list[Relation] = extract_relations(extract(PAGE.format(sentence), source="t.txt"))
    return {r.level: r.since for r in rs}


def test_strategic_cooperative_relation_without_partner_is_the_strategic_partnership() -> None:
    rs = relations("部长说,近年来泰国与新西兰的战略合作关系日益巩固。")
    assert (frozenset(("泰国", "新西兰")), "strategic_partnership") in rs


def test_normalizing_bang_jiao_is_diplomatic_relations() -> None:
    rs = relations("部长回顾了1978年匈牙利与智利邦交正常化的历程。")
    assert (frozenset(("匈牙利", "智利")), "diplomatic_relations") in rs


def test_restoring_diplomatic_relations_is_diplomatic_relations() -> None:
    rs = relations("声明指出,秘鲁与挪威决定恢复外交关系,互派大使。")
    assert (frozenset(("秘鲁", "挪威")), "diplomatic_relations") in rs


def test_short_comprehensive_partner_is_the_comprehensive_partnership() -> None:
    rs = relations("他说,蒙古和丹麦是全面伙伴,双方合作前景广阔。")
    assert (frozenset(("蒙古", "丹麦")), "comprehensive_partnership") in rs


def test_malaysian_short_strategic_partner_is_the_strategic_partnership() -> None:
    rs = relations("首相指出,马来西亚与瑞典是策略伙伴,将扩大贸易。")
    assert (frozenset(("马来西亚", "瑞典")), "strategic_partnership") in rs


def test_the_arab_league_is_a_party() -> None:
    rs = relations("阿盟秘书长表示,期待推动中国与阿盟的战略伙伴关系持续深化。")
    assert (frozenset(("中国", "阿拉伯国家联盟")), "strategic_partnership") in rs


def test_becoming_partners_in_a_year_dates_the_relation() -> None:
    assert since_of("挪威与秘鲁于1995年结成全面伙伴关系。").get("comprehensive_partnership") == "1995"
    assert since_of("挪威与秘鲁于1995年缔结战略伙伴关系。").get("strategic_partnership") == "1995"


def test_adjectival_strategic_names_the_same_levels() -> None:
    assert relations("部长说,挪威与秘鲁的全面战略性伙伴关系不断深化。") == \
        {(frozenset(("挪威", "秘鲁")), "comprehensive_strategic_partnership")}
    assert relations("部长说,挪威与秘鲁的战略协作伙伴关系不断深化。") == \
        {(frozenset(("挪威", "秘鲁")), "strategic_partnership")}


def test_malaysian_comprehensive_strategic_cooperative_partnership_is_that_level() -> None:
    rs = relations("首相说,马来西亚与柬埔寨的全面策略合作伙伴关系不断深化。")
    assert rs == {(frozenset(("马来西亚", "柬埔寨")), "comprehensive_strategic_cooperative_partnership")}
