"""Names told after the clause of a signing, a gift, a protest or a change of relations are no parties of it, once the
clauses up to its word name one (issue 13, extra actors: 引起中国抗议, 有助于越南成为欧盟在东盟的…伙伴); where those
name none, the sentence's names stand. Invented sentences."""

from __future__ import annotations

import pytest

from eventpage import sides

TOLD_AFTER = [
    ("越南与老挝3日在万象签署了三项合作协议,此举引起泰国的关注。", "AGREEMENT", ["老挝", "越南"]),
    ("印度与越南签署了太空合作谅解备忘录,新加坡和泰国也表示欢迎。", "AGREEMENT", ["印度", "越南"]),
    ("越南坚决反对中国在该海域的钻探活动,并呼吁印度尼西亚等国关注局势。", "DISAPPROVE", ["中国", "越南"]),
    ("日本政府向越南提供了一批医疗物资,帮助越南应对老挝边境的疫情。", "AID", ["日本", "越南"]),
    ("越南同意与美国将两国关系提升为全面战略伙伴关系,澳大利亚对此表示欢迎。", "RELATION_CHANGE", ["美国", "越南"]),
]


@pytest.mark.parametrize(("body", "kind", "parties"), TOLD_AFTER)
def test_a_name_told_after_the_clause_is_no_party(body: str, kind: str, parties: list[str]) -> None:
    assert sides(body, kind) == [parties]


def test_the_sentence_names_stand_where_the_clause_names_none() -> None:
    assert sides("签署了合作备忘录,根据该备忘录,中国将向柬埔寨提供援助。", "AGREEMENT") == [["中国", "柬埔寨"]]


def test_a_protest_keeps_the_land_told_after_it_until_both_sides_are_named() -> None:
    # (the one protested against is often told in the clause after the word: 坚决反对,并要求…)
    assert sides("越南外交部发言人表示,越南坚决反对,并要求菲律宾立即停止上述行为。", "DISAPPROVE") == [["菲律宾", "越南"]]
