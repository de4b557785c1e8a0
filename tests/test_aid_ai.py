"""Aid read on invented sentences (ai, stop 56): 支援 is aid only where something is handed over."""

from __future__ import annotations

from eventpage import of


def test_backing_a_course_or_development_is_no_aid():
    assert not of("王部长表示,中方将支援越方走好自己的发展道路,支援越方筹备好下一届大会。", "AID")
    assert not of("美国总统表示,美国支援菲律宾的发展,包括经济和科技合作。", "AID")
    assert not of("秘书长表示,新任主席国的计划对各成员国执行及支援相关计划十分有利。", "AID")


def test_goods_or_relief_given_by_support_is_still_aid():
    assert of("越南政府6月9日向老挝支援500吨大米,帮助老挝灾民。", "AID")
    assert of("柬埔寨6月9日向泰国支援一批医疗物资。", "AID")
    assert of("6月9日,越南政府支援老挝灾区200亿越盾。", "AID")
