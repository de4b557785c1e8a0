"""News agencies credited by their Latin names under photos are the agencies (en2, issue 13; kb/data/orgs.tsv
aliases, general knowledge): invented text."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _orgs(text: str) -> dict[str, list[str]]:
    ents = to_record(extract("题目\n\n" + text + "\n"))["entities"]
    return {e["name"]: e["mentions"] for e in ents if e["type"] == "ORG"}


def test_a_credit_in_brackets_names_the_agency():
    assert "路透社" in _orgs("两国外长会谈后共同会见记者。(Reuters)")


def test_agencies_joined_by_a_slash_in_a_credit_are_each_named():
    orgs = _orgs("会谈前两国领导人握手。图片来源: picture-alliance/dpa, EPA/Yonhap")
    assert "德新社" in orgs and "韩联社" in orgs


def test_the_russian_agency_in_a_credit_is_not_its_successor():
    orgs = _orgs("两国总统在克里姆林宫举行会谈。(Foto:RIA-Novosti)")
    assert any("RIA-Novosti" in m for m in orgs.values())
    assert "卫星通讯社" not in orgs
