"""Disapproval a deed or a remark arouses (helper di1, issue 13): the lands named between the verb of arousing
(引起, 引发, 招致…) and the protest word disapprove, one event each, of whoever did or said what aroused it — the
other parties of the sentence, or the land of the first one the sentence before names (此言论). Official dev2 keeps
one event per land (此言论先后引起…和…的不满); 不满 alone is a protest only after such a verb."""

from __future__ import annotations

from dipnet.pipeline import extract


def protests(text: str) -> set[tuple[str, frozenset[str]]]:
    doc = extract("标题\n\n2023年3月5日 新华社北京3月5日电 " + text + "\n")
    return {(e.source[0], frozenset(e.target)) for e in doc.events if e.type == "DISAPPROVE" and e.source}


def test_each_land_aroused_disapproves_of_the_deed() -> None:
    assert protests("蒙古国本月在边境举行军事演习,引起俄罗斯和哈萨克斯坦的批评。") == {
        ("俄罗斯", frozenset({"蒙古"})), ("哈萨克斯坦", frozenset({"蒙古"}))}


def test_a_remark_told_before_is_disapproved_of() -> None:
    assert protests("智利总统上周发表讲话。但此言论引起秘鲁和玻利维亚的不满。") == {
        ("秘鲁", frozenset({"智利"})), ("玻利维亚", frozenset({"智利"}))}


def test_the_one_aroused_protests_against_both_signers() -> None:
    assert protests("巴西和阿根廷签署了开采协议,引起智利抗议。") == {("智利", frozenset({"巴西", "阿根廷"}))}


def test_displeasure_without_arousing_is_no_new_protest() -> None:
    assert protests("两国关系出现不满情绪。") == set()
    assert protests("埃及对此表示不满。") == {("埃及", frozenset())}
