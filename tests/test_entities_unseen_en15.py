"""Vietnamese wire pages in Chinese (invented text): a photo credit naming the photographer by a bare
given name, a name closed by a verb with 了, the NPC Standing Committee written out after 中国, the
Fatherland Front's central committee without 越南, and a chain of posts whose second names a body
holding a country's short name."""

from __future__ import annotations

from dipnet.pipeline import extract


def _doc(text: str):
    return extract("题目\n\n" + text + "\n")


def _persons(text: str) -> set[str]:
    return {e.name for e in _doc(text).entities if e.type == "PERSON"}


def _roles(text: str) -> set[tuple[str, str]]:
    return {(r.person, r.title) for r in _doc(text).roles}


def test_photo_credit_closed_by_she_names_a_bare_given_name():
    text = "越通社河内——两国代表团举行会谈。\n会谈现场。越通社记者 永春 摄"
    assert "永春" in _persons(text)
    assert ("永春", "越通社记者") in _roles(text)


def test_a_spaced_credit_without_she_still_needs_a_surname():
    assert "永春" not in _persons("越通社河内——两国代表团举行会谈。\n会谈现场。越通社记者 永春\n")


def test_verb_with_le_closes_a_name_after_a_post():
    text = "国会副主席陈文领读了决议草案。国会副主席黎光领做了说明。"
    persons = _persons(text)
    assert "陈文领" in persons and "黎光领" in persons
    assert not {"陈文领读", "黎光领做"} & persons


def test_npc_standing_committee_written_out_after_china_is_one_body():
    doc = _doc("中国全国人民代表大会常务委员会副委员长李文军会见了客人。")
    orgs = {e.name: set(e.mentions) for e in doc.entities if e.type == "ORG"}
    assert "中国全国人民代表大会常务委员会" in orgs.get("中国全国人大常委会", set())


def test_fatherland_front_central_committee_without_vietnam_is_the_front():
    doc = _doc("越共中央书记处书记、祖国阵线中央委员会主席陈文安会见了客人。")
    orgs = {e.name: set(e.mentions) for e in doc.entities if e.type == "ORG"}
    assert "祖国阵线中央委员会" in orgs.get("越南祖国阵线中央委员会", set())
    assert "中国共产党" not in orgs


def test_post_chain_runs_past_a_body_holding_a_country_short_name():
    roles = _roles("某国议会外事委员会副主任委员、中越友好小组组长王立新到机场迎接。")
    assert ("王立新", "中越友好小组组长") in roles
    assert any(p == "王立新" and t.endswith("副主任委员") for p, t in roles)
