"""The instrument that sets a partnership up is the RELATION_CHANGE, not an AGREEMENT of its own (nw4, issue 13:
签署了建立全面伙伴关系的协议; 发表联合声明,宣布建立…伙伴关系; 签署的关于甲与乙战略伙伴关系的联合声明; invented
sentences)."""

from __future__ import annotations

from eventpage import of

# a lead of its own: the sentences under test stand apart from the dateline's day
LEAD = "测试新闻\n\n越通社河内——2025年6月10日,越南外长会见智利外长。\n\n"


def test_the_agreement_setting_up_a_partnership_is_the_change_only():
    body = "2011年,越智签署了建立全面伙伴关系的协议。"
    assert not of(body, "AGREEMENT")
    assert of(body, "RELATION_CHANGE")


def test_a_statement_announcing_a_partnership_is_the_change_only():
    body = "2005年6月,泰国总理对越南进行国事访问,两国发表联合声明,宣布建立全面合作伙伴关系。"
    assert not of(body, "AGREEMENT")
    assert of(body, "RELATION_CHANGE")


def test_a_statement_named_by_its_partnership_is_that_change():
    body = "于2016年签署的关于越南与智利战略伙伴关系的联合声明已成为两国的重要里程碑,把河内与圣地亚哥关系提升到新水平。"
    assert not of(body, "AGREEMENT", LEAD)
    changes = [e for e in of(body, "RELATION_CHANGE", LEAD) if e.date != "2025-06-10"]
    assert [(e.date, sorted(e.participants)) for e in changes] == [("2016", ["智利", "越南"])]


def test_a_statement_deepening_a_standing_partnership_stays_an_agreement():
    body = "两国同意落实2022年发表的《关于进一步加强和深化越智全面伙伴关系的联合声明》。"
    assert of(body, "AGREEMENT")
    assert not of(body, "RELATION_CHANGE")


def test_a_trade_agreement_named_with_partnership_stays_an_agreement():
    body = "越南与智利共同签署了《区域全面经济伙伴关系协定》,并决定建立自由贸易区。"
    assert of(body, "AGREEMENT")
