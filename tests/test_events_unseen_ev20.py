"""Event reading on phrasings met on pages no one had annotated (ev20, issue 13, precision; invented sentences)."""

from __future__ import annotations

from eventpage import of

_STORM = "台风袭击中部多省\n\n越通社河内——11月2日,强台风登陆越南中部沿海地区。"


def test_a_domestic_agencys_toll_is_no_statement():
    # 某管理局指出,…已造成N人死亡: a body reporting a toll gives data, no named official speaks
    body = _STORM + "越南防汛抗旱指挥部指出,暴雨引发的山洪已造成17人死亡,9人失踪。"
    assert not of(body, "STATEMENT")


def test_a_domestic_agencys_statistic_is_no_statement():
    # 某局表示,…总额达…: a statistic reported by an agency
    body = ("越南对外投资稳步增长\n\n越通社河内——7月5日,"
            "越南计划与投资部统计总局表示,今年前六个月越南出口总额达1200亿美元。")
    assert not of(body, "STATEMENT")


def test_a_foreign_ministrys_words_on_a_disaster_are_still_a_statement():
    # 外交部表示: a body of foreign affairs speaks (open gold counts these)
    body = _STORM + "泰国外交部表示,对台风造成的人员伤亡深表同情,愿向越方提供帮助。"
    assert of(body, "STATEMENT")


def test_a_bodys_press_release_on_aid_is_still_a_statement():
    # 发表新闻公报称: a press release of the body's own
    body = _STORM + "当天,韩国国际协力团发表新闻公报称,将向越南灾区提供价值50万美元的援助以帮助灾后重建,灾害已造成严重损失。"
    assert of(body, "STATEMENT")


def test_an_unnamed_official_of_a_ministry_is_no_named_speaker():
    # 某部某官员称: the ministry is only what an unnamed person belongs to
    body = ("越南水果出口增长\n\n越通社河内——4月3日,"
            "越南工贸部某官员称,尽管越南水果已进入欧洲市场,但开拓新市场仍面临不少困难。")
    assert not of(body, "STATEMENT")


def test_an_unnamed_commander_of_a_body_is_no_named_speaker():
    # 联合国…指挥官说: the commander left unnamed
    body = _STORM + "联合国驻马里维和部队指挥官说,越南工兵分队的官兵工作认真,深受当地民众好评。"
    assert not of(body, "STATEMENT")


def test_a_ministry_official_at_a_press_conference_still_speaks_for_it():
    # 在…新闻发布会上,商务部有关负责人表示: a press setting, as for a spokesperson
    body = ("商务部介绍双边经贸\n\n新华社北京3月5日电 在今天举行的商务部例行新闻发布会上,"
            "商务部有关负责人表示,中越双边贸易保持稳定。")
    assert of(body, "STATEMENT")


_TRADE = "两国经贸合作稳步发展\n\n越通社河内——3月8日,越南工贸部举行越南与智利经贸合作座谈会。"


def test_an_instrument_named_as_what_took_effect_is_no_signing():
    # 于…正式生效的《…协定》: the instrument took effect, nothing signed in the sentence
    body = _TRADE + "于2014年1月1日正式生效的《越南与智利自由贸易协定》为两国企业带来了新的机遇。"
    assert not of(body, "AGREEMENT")


def test_an_instrument_named_as_what_was_negotiated_is_no_signing():
    # …进行谈判的…协定: an instrument described by its negotiation
    body = _TRADE + "智方认为,这是智利迄今进行谈判的最全面的自由贸易协定。"
    assert not of(body, "AGREEMENT")


def test_an_instrument_under_talks_is_no_signing():
    # 正就签署…协定进行磋商: still being negotiated
    body = _TRADE + "目前,双方正就签署2026年至2030年阶段农业合作框架协定进行磋商。"
    assert not of(body, "AGREEMENT")


def test_an_instrument_referred_back_to_is_no_signing():
    # 据该协定,…: the instrument told before, referred back to
    body = _TRADE + "据该协定,智利将向越南开放农产品市场。"
    assert not of(body, "AGREEMENT")
