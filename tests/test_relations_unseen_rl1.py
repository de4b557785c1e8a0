"""Relations on invented sentences (rl1): which parties a sentence names are the relation's two sides."""

from __future__ import annotations

from dipnet.extract.relations import extract_relations
from dipnet.model import Relation
from dipnet.pipeline import extract

PAGE = "越通社河内——2021年4月9日,{}(完)\n"


def relations(sentence: str) -> set[tuple[frozenset[str], str]]:
    rs: list[Relation] = extract_relations(extract(PAGE.format(sentence), source="t.txt"))
    return {(frozenset((r.a, r.b)), r.level) for r in rs}


def test_a_body_the_holder_is_a_member_of_is_no_side() -> None:
    rs = relations("大使强调,菲律宾作为东盟第一个成员同越南结成战略伙伴关系,意义重大。")
    assert rs == {(frozenset(("越南", "菲律宾")), "strategic_partnership")}


def test_a_body_the_holder_is_a_core_state_of_is_no_side() -> None:
    rs = relations("德国是欧盟核心大国,也是较早同越南建交的西方国家之一。")
    assert rs == {(frozenset(("越南", "德国")), "diplomatic_relations")}


def test_a_body_named_with_its_alias_before_among_is_no_side() -> None:
    rs = relations("印度尼西亚是越南在东协(ASEAN)中最早建立战略伙伴关系的国家之一。")
    assert rs == {(frozenset(("越南", "印度尼西亚")), "strategic_partnership")}



def test_liangguo_after_a_semicolon_is_the_pair_named_before_it() -> None:
    rs = relations("泰国领导人致电越南领导人;双方表示,两国战略伙伴关系将不断深化。"
                   "文莱苏丹也向越南致以祝贺。文莱和越南都是东盟成员,文莱支持越南,文莱感谢越南。")
    assert (frozenset(("越南", "泰国")), "strategic_partnership") in rs
    assert (frozenset(("越南", "文莱")), "strategic_partnership") not in rs


def test_liangguo_after_a_sentence_on_a_compound_is_that_pair() -> None:
    rs = relations("美国与越南加强教育合作。今年也是越老建交60周年。这是把两国特殊团结关系推上新高度的契机。"
                   "美国支持越南的发展。")
    assert (frozenset(("越南", "老挝")), "special_relationship") in rs
    assert (frozenset(("越南", "美国")), "special_relationship") not in rs


def test_aligning_development_strategies_is_an_act_not_a_level() -> None:
    assert not relations("泰国总理表示,愿与越方共同推进两国的发展战略对接,扩大合作。")
    assert not relations("柬埔寨与老挝同意加强发展战略对接。")


def test_the_pair_named_after_the_level_word_when_none_is_before_it() -> None:
    rs = relations("自1976年建交以来,越南与泰国的关系不断发展。")
    assert (frozenset(("越南", "泰国")), "diplomatic_relations") in rs


def test_liangguo_after_the_level_word_when_no_party_is_before_it() -> None:
    rs = relations("泰国总理巴育致电越南总理。电文指出,在战略伙伴关系基础上,两国已将合作拓展到多个领域。")
    assert (frozenset(("越南", "泰国")), "strategic_partnership") in rs


def _since(sentence: str) -> dict[tuple[frozenset[str], str], str | None]:
    doc = extract("越通社河内——2019年3月5日\n" + sentence + "(完)\n", source="t.txt")
    return {(frozenset((r.a, r.b)), r.level): r.since for r in extract_relations(doc)}


def test_since_is_the_year_a_span_opened_by_zi_starts_at() -> None:
    rs = _since("部长表示,自2016年越南和印度尼西亚的关系升级为战略伙伴关系以来,双边贸易稳步增长。")
    assert rs[(frozenset(("越南", "印度尼西亚")), "strategic_partnership")] == "2016"
    rs = _since("他说,自2013年建立全面伙伴关系以来,越南与澳大利亚的合作取得进展。")
    assert rs[(frozenset(("越南", "澳大利亚")), "comprehensive_partnership")] == "2013"


def test_level_names_written_otherwise() -> None:
    assert relations("中国和德国领导人同意推动两国全方位战略伙伴关系深入发展。") == {
        (frozenset(("中国", "德国")), "comprehensive_strategic_partnership")}
    assert relations("双方愿巩固越南与老挝伟大、特殊友好与全面合作伙伴关系。") == {
        (frozenset(("越南", "老挝")), "special_relationship")}
    assert relations("部长说,马来西亚与泰国的策略伙伴关系日益密切。") == {
        (frozenset(("马来西亚", "泰国")), "strategic_partnership")}


def test_two_ambiguous_short_forms_are_the_countries_the_page_names() -> None:
    rs = relations("巴基斯坦总理会见中国外长。中国驻巴大使说,今年是中巴建交75周年。")
    assert (frozenset(("中国", "巴基斯坦")), "diplomatic_relations") in rs
    rs = relations("马耳他总统会见中国客人,表示马中两国建交以来合作顺利。")
    assert (frozenset(("中国", "马耳他")), "diplomatic_relations") in rs


def test_since_is_counted_back_from_years_of_relations() -> None:
    rs = _since("部长表示,冰岛同越南建交45年来,两国合作不断发展。")
    assert rs[(frozenset(("越南", "冰岛")), "diplomatic_relations")] == "1974"


def test_ambiguous_short_forms_before_guanxi_earlier_in_the_sentence() -> None:
    rs = relations("马耳他外长在会见中国大使时表示,马中关系发展顺利,全面战略伙伴关系内涵不断丰富。")
    assert (frozenset(("中国", "马耳他")), "comprehensive_strategic_partnership") in rs


def test_an_anniversary_counts_from_the_year_its_clause_gives() -> None:
    rs = _since("部长说,泰国和越南明年庆祝建立战略伙伴关系15周年。")
    assert rs[(frozenset(("越南", "泰国")), "strategic_partnership")] == "2005"
