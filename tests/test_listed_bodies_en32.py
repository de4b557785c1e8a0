"""A bare body word late in a list (甲国商业部、外交部和财政部) is the country's that opens the list,
not the home country's."""

import pytest

from dipnet.pipeline import extract


def _orgs(head: str, sentence: str) -> set[str]:
    doc = extract("题目\n\n" + head + sentence + "\n")
    return {e.name for e in doc.entities if e.type == "ORG"}


@pytest.mark.parametrize("head, sentence, wrong", [
    ("新华社北京3月5日电 ", "泰国副总理会见日本客人，泰国商业部、外交部和财政部官员陪同。", "中国财政部"),
    ("越通社河内——", "泰國副總理會見日本客人，泰國商業部、外交部和財政部官員陪同。", "越南财政部"),
    ("越通社河内——", "老挝总理会见日本部长，老挝外交部、计划投资部和财政部负责人出席。", "越南财政部"),
    ("越通社河内——", "老挝总理会见日本部长，老挝外交部、财政部、计划投资部负责人出席。", "越南计划投资部"),
])
def test_a_late_bare_word_is_not_the_home_countrys(head: str, sentence: str, wrong: str) -> None:
    assert wrong not in _orgs(head, sentence)


@pytest.mark.parametrize("head, sentence, right", [
    ("新华社北京3月5日电 ", "会谈后，中国外交部、商务部和国防部官员举行了工作会议。", "中国国防部"),
    ("越通社河内——", "老挝总理会见日本部长，老挝外交部、计划投资部和财政部负责人出席。", "老挝财政部"),
])
def test_the_list_opener_owns_it(head: str, sentence: str, right: str) -> None:
    assert right in _orgs(head, sentence)


@pytest.mark.parametrize("sentence, wrong", [
    ("菲律宾总统访问越南。菲外交部、国防部官员陪同。", "中国国防部"),
    ("塞拉利昂总统会见越南客人。塞外交部和财政部官员在座。", "中国财政部"),
    ("菲律賓總統訪問越南。菲外交部、國防部官員陪同。", "中国国防部"),
])
def test_a_short_form_opens_the_list(sentence: str, wrong: str) -> None:
    assert wrong not in _orgs("新华社北京3月5日电 ", sentence)
