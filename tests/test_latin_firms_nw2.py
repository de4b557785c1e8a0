"""A firm named in Latin letters with its company word right after it (Vinfast公司, IMR  Malaysia有限公司) is an
organization, the word with it, as a Chinese name is with its opener before the word (nw2, issue 13; invented
sentences)."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def _orgs(body: str) -> list[str]:
    return [e.name for e in extract(HEAD + body, source="t.txt").entities if e.type == "ORG"]


def test_a_firm_opening_a_sentence_is_read():
    assert "Brightway公司" in _orgs("两国贸易往来日益密切。Brightway公司在海防市兴建一座电池工厂。")


def test_a_firm_after_a_plain_word_is_read():
    # 合资企业 + the name: no country or place opens it
    assert "Lumora公司" in _orgs("该集团与当地伙伴成立的合资企业Lumora公司计划扩大投资规模。")


def test_a_limited_company_of_two_words_is_read_whole():
    orgs = _orgs("另有两家企业选择在该省扩大业务,即Kestrel Valley有限公司和Norwind有限公司。")
    assert "Kestrel Valley有限公司" in orgs and "Norwind有限公司" in orgs


def test_a_country_before_the_firm_still_gives_way():
    # 美国 + 某公司: the foreign firm is named without the country that introduces it (mentions.py)
    assert "Hartwell公司" in _orgs("美国Hartwell公司宣布在越南设立办事处。")


def test_latin_words_without_a_company_word_stay_unread():
    assert _orgs("他在会上引用了Bright Future一词。") == ["越通社"]
