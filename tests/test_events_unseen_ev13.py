"""Event reading on phrasings met on pages the project had never seen (ev13, issue 13; invented
sentences): the land of an ambassador summoned is protested to, a law or decree a head of state signs is
no agreement."""

from __future__ import annotations

from eventpage import of


def test_the_land_of_the_ambassador_summoned_is_protested_to():
    # (a second paragraph about the protester's own history: the land protested to stays the one summoned)
    body = ("泰国外交部副部长阿努查6月9日奉示紧急召见柬埔寨驻泰大使占塔,就柬埔寨首相洪玛奈近期涉边境错误言行提出严正交涉和强烈抗议。"
            "\n\n阿努查重申,边境问题是泰国核心利益。今年是泰国建国90周年,90年前泰国打败外国侵略者,如今谁敢干涉泰国内政,泰方必将坚决回击。")
    protests = of(body, "DISAPPROVE")
    assert protests and any({"阿努查", "柬埔寨"} <= set(e.participants) for e in protests)


def test_a_law_signed_at_home_is_no_agreement():
    assert not of("印尼总统6月9日签署“海洋区域法案”,中方对此提出严正交涉。", "AGREEMENT")
    assert not of("美国总统6月9日签署行政令,限制对外投资。", "AGREEMENT")
    # (an instrument signed by two countries is still one)
    assert of("越南与老挝6月9日签署了海洋合作谅解备忘录。", "AGREEMENT")
