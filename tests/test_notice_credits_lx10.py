"""A notice line that credits a photo or a story to a news outlet (© 法新社, [Copyright 时事社]) names
that outlet (SPEC: credits name entities), where the rest of a site notice names none."""

from __future__ import annotations

from dipnet.pipeline import extract


def _ids(text: str) -> set[str]:
    return {e.id for e in extract(text).entities}


def test_an_outlet_credited_in_a_notice_line_is_an_entity():
    ids = _ids("两国外长举行会谈\n\n2026年5月2日，两国外长在河内举行会谈，双方同意扩大合作。\n"
               "© AFP 2024 / JANE ROE 两国外长举行会谈\n[Copyright The Jiji Press, Ltd.]\n")
    assert "org:fr-afp" in ids
    assert "org:jp-jiji" in ids


def test_a_notice_still_names_no_place_or_person():
    ids = _ids("两国外长举行会谈\n\n2026年5月2日，两国外长举行会谈，双方同意扩大合作。\n"
               "© AFP 2024 版权所有 北京\n")
    assert "org:fr-afp" in ids
    assert "place:beijing" not in ids
