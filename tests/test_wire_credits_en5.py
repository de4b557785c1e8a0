"""A wire agency's own photo credit needs no label: the agency then a slash before the photographer
(REUTERS/某某), or the photographer on their own after a caption then a slash and the agency (某某/AFP); a
Chinese photographer's label (摄影师:) opens a Latin credit too, and a pool credit joined by a hyphen
(某某-Pool) leaves the name. A Latin name inside an English sentence before /AFP is no credit. Sentences and
names invented (en5)."""

from __future__ import annotations

from dipnet.pipeline import extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities if e.type == "PERSON"}


def test_photographer_before_the_agency_under_a_caption():
    assert "Mark Tully" in _people("总统会见外长\n\n某国总统甲某\n某国总统甲某 Mark Tully/AFP\n总统在新德里会见外长。\n")


def test_agency_before_the_photographer():
    people = _people("外长会谈\n\n双方签署协议。REUTERS/Rania Haddad (EGYPT - Tags: POLITICS)\n")
    assert "Rania Haddad" in people


def test_photographer_label_and_pool_credit():
    people = _people("两国复交\n\n瑙鲁是世界第三小的国家。摄影师:Paolo Rossini-Pool\n")
    assert "Paolo Rossini" in people and "Paolo Rossini-Pool" not in people


def test_a_name_inside_english_prose_is_no_credit():
    people = _people("外长会谈\n\n双方签署协议。\nThe report said Prime Minister Modi/AFP and others agreed.\n")
    assert not {"Minister Modi", "Prime Minister Modi"} & people
