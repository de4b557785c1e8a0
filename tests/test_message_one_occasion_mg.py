"""One MESSAGE per sending country on one occasion (SPEC): a minister's message told after the leaders' with no time
of its own (值此之际,…外长某某也向…致贺电) is part of their message, not a second one dated by the occasion's day
(merging/undated.py, MESSAGE among the kinds an untimed mention joins its dated twin)."""

from __future__ import annotations

from dipnet.pipeline import extract


def _messages(text: str):
    return [e for e in extract(text, source="t.txt").events if e.type == "MESSAGE"]


def test_the_foreign_ministers_message_on_the_occasion_joins_the_leaders():
    # (the page is dated by the occasion's day the lead names; the minister's clause, of no time of its own, takes it)
    text = ("越南领导人致贺电祝贺老挝国庆\n\n"
            "值老挝人民民主共和国国庆50周年之际(1975年12月2日——2025年12月2日),2025年11月28日,越南领导人向老挝领导人致贺电。\n"
            "值老挝人民民主共和国国庆50周年之际(1975年12月2日——2025年12月2日),2025年11月28日,越共中央总书记苏林、"
            "国家主席梁强分别向老挝人民革命党中央总书记、国家主席通伦致贺电。\n\n"
            "贺电中,越南领导人高度评价老挝人民取得的重要成就。\n\n"
            "值此之际,越南政府副总理兼外交部长裴青山也向老挝外交部长通沙万致贺电。(完)\n")
    msgs = _messages(text)
    assert len(msgs) == 1, [(e.participants, e.date) for e in msgs]
    assert {"苏林", "梁强", "裴青山"} <= set(msgs[0].participants)
    assert msgs[0].date == "2025-11-28"


def test_a_message_of_another_land_on_the_occasion_stays_apart():
    text = ("各国领导人致电祝贺老挝国庆\n\n"
            "值老挝人民民主共和国国庆50周年之际(1975年12月2日—2025年12月2日),2025年11月28日,越南国家主席梁强"
            "向老挝人民革命党中央总书记、国家主席通伦致贺电。\n\n"
            "值此之际,柬埔寨首相洪马奈也向老挝总理宋赛·西潘敦致贺电。\n")
    msgs = _messages(text)
    assert len(msgs) == 2, [(e.participants, e.date) for e in msgs]
