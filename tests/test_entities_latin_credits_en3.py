"""A photo credit written in Latin letters names its photographers and agencies (en3, issue 13;
recognize/latincredits.py): invented text."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _ents(text: str) -> set[tuple[str, str]]:
    r = to_record(extract("题目\n\n两国外长举行会谈。\n" + text + "\n双方同意加强合作。\n"))
    return {(e["type"], m) for e in r["entities"] for m in [e["name"], *e["mentions"]]}


def test_a_photographer_and_an_unknown_agency_after_the_label():
    ents = _ents("图片来源: Maria Keller/photo-union")
    assert ("PERSON", "Maria Keller") in ents and ("ORG", "photo-union") in ents


def test_a_press_service_and_a_person_listed_with_known_agencies():
    ents = _ents("(Foto: Reuters, Jonas Weber, Presidential Press Service/AFP)")
    assert ("PERSON", "Jonas Weber") in ents and ("ORG", "Presidential Press Service") in ents
    assert not any(n == "Reuters" and t != "ORG" for t, n in ents)


def test_a_photographer_after_an_agency_and_its_photo_word():
    ents = _ents("© AP Photo / Lena Park")
    assert ("PERSON", "Lena Park") in ents
    assert not any(n == "Photo" for _, n in ents)


def test_a_site_named_by_its_address():
    ents = _ents("(图片来源:http://tinmoi.vn)")
    assert ("ORG", "tinmoi.vn") in ents


def test_a_person_named_before_a_known_agency_in_one_piece():
    ents = _ents("Foto: Karl Brandt dpa")
    assert ("PERSON", "Karl Brandt") in ents


def test_a_copyright_line_names_no_one():
    ents = _ents("Copyright © 2001-2020 Example Media Group All Rights Reserved")
    assert not any(t == "PERSON" for t, _ in ents)
