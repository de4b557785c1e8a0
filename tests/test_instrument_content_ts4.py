"""What an instrument holds is no event of its own, whatever the word's type (ts4, issue 13): the terms told after the
instrument by a verb of allowing (容许/允许, the instrument named by its abbreviation alone too) and the title of an
instrument (《…备忘录》) name what it is about — no deployment, gift or meeting is told. The instrument's signing
stays, and so does an act told beside it. Invented sentences."""

from __future__ import annotations

import pytest

from eventpage import of


@pytest.mark.parametrize(("sentence", "kind"), [
    ("泰国总理与到访的老挝总理会面,双方签署《互访部队协定》,容许两国在对方境内部署士兵。", "DEPLOYMENT"),
    ("泰国与老挝两国开始洽谈LSA,允许泰国军队与老挝军队在燃料补给方面相互提供支援。", "AID"),
    ("泰国与老挝签署了《泰国向老挝捐赠医疗物资的换文》。", "AID"),
    ("泰国与老挝签署了《关于泰老两国领导人举行年度会晤的谅解备忘录》。", "MEET"),
    ("泰国与老挝签署了《泰国向老挝派遣维和部队的协定》。", "DEPLOYMENT"),
])
def test_a_word_inside_an_instruments_terms_or_title_is_no_event(sentence: str, kind: str) -> None:
    assert not of(sentence, kind)


def test_the_instrument_itself_is_signed() -> None:
    sentence = "泰国总理与到访的老挝总理会面,双方签署《互访部队协定》,容许两国在对方境内部署士兵。"
    assert of(sentence, "AGREEMENT")


@pytest.mark.parametrize(("sentence", "kind"), [
    ("两国签署协定后,泰国6月9日向老挝派遣一支维和部队。", "DEPLOYMENT"),
    ("泰国与老挝签署合作文件,泰国6月9日向老挝捐赠一批医疗物资。", "AID"),
])
def test_an_act_told_beside_an_instrument_stays(sentence: str, kind: str) -> None:
    assert of(sentence, kind)
