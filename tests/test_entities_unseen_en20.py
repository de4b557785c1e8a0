"""Entity and role classes recurring on the GENERAL tuning pages (invented text)."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _record(text: str) -> dict:
    return to_record(extract("题目\n\n" + text + "\n"))


def _people(text: str) -> set[str]:
    return {e["name"].replace(" ", "") for e in _record(text)["entities"] if e["type"] == "PERSON"}


def _roles(text: str) -> set[tuple[str, str]]:
    return {(r["person"].replace(" ", ""), r["title"]) for r in _record(text)["roles"]}


def test_a_latin_name_after_a_post_holds_the_post():
    roles = _roles("菲律宾驻老挝大使Marco Delantar Ruiz表示,两国将加强农业合作。")
    assert any(p == "MarcoDelantarRuiz" and t.endswith("大使") for p, t in roles)


def test_a_latin_name_a_date_follows_is_read():
    text = "缅甸驻柬埔寨大使Thawda Kyawsoe Lin3月4日率团前往越南驻柬埔寨大使馆表示祝贺。"
    assert "ThawdaKyawsoeLin" in _people(text)
    assert any(p == "ThawdaKyawsoeLin" and t.endswith("大使") for p, t in _roles(text))


def test_a_latin_name_with_accents_is_read():
    text = "国会副主席阮文明会见了智利共青团主席Andrés Pérez Ortúzar 一行。"
    assert "AndrésPérezOrtúzar" in _people(text)


def test_a_latin_name_before_a_rank_holds_the_rank():
    text = "范文山中将向Pavel Ilyich Morozov少将赠送纪念品。"
    assert "PavelIlyichMorozov" in _people(text)
    assert ("PavelIlyichMorozov", "少将") in _roles(text)


def test_a_latin_name_after_a_post_and_before_a_rank_holds_both():
    roles = _roles("阮文南上校会见由处长Bounmy Keophilavong少将率领的老挝代表团。")
    assert {t for p, t in roles if p == "BounmyKeophilavong"} >= {"少将"}
    assert any(p == "BounmyKeophilavong" and t.endswith("处长") for p, t in roles)


def test_latin_words_before_a_plain_word_are_no_person():
    assert not {"GreenRiver", "GreenRiverPark"} & _people("双方出席了Green River Park项目开工仪式。")


def test_a_chain_post_qualified_by_a_body_with_a_verb_like_word_keeps_the_chain():
    roles = _roles("葡萄牙共产党中央政治局委员、中央组织协调委员会委员、国际部部长安娜·林德女士一行抵达河内。")
    titles = {t for p, t in roles if p == "安娜·林德"}
    assert any(t.endswith("中央政治局委员") for t in titles)
    assert any(t.endswith("国际部部长") for t in titles)


def test_a_chain_post_qualified_by_a_long_named_body_keeps_the_chain():
    roles = _roles("越南国会主席会见了德国联邦议院副议长、德国联邦议院与越南国会友好小组主席汉斯·韦伯。")
    titles = {t for p, t in roles if p == "汉斯·韦伯"}
    assert any(t.endswith("副议长") for t in titles) and any(t.endswith("小组主席") for t in titles)


def test_an_envoy_of_another_leader_keeps_the_chain():
    roles = _roles("越共中央委员、外交部副部长、国家主席特使阮明德于5月6日抵达首尔。")
    titles = {t for p, t in roles if p == "阮明德"}
    assert {"越共中央委员", "外交部副部长"} <= titles


def test_a_chain_of_another_person_is_not_taken_over_a_verb():
    roles = _roles("越共中央政治局委员、国防部长潘文江大将会见了老挝人民军总参谋长坎良·奥塔萨。")
    titles = {t for p, t in roles if p == "坎良·奥塔萨"}
    assert titles and not any("会见" in t or t == "越共中央政治局委员" for t in titles)


def _places(text: str) -> set[str]:
    return {e["name"] for e in _record(text)["entities"] if e["type"] == "LOCATION"}


def test_a_place_whose_name_ends_in_he_after_a_known_place_is_read():
    assert "宁和县" in _places("代表团前往越南谅山省宁和县考察边境贸易。")


def test_a_place_whose_name_ends_in_he_after_a_joining_word_is_read():
    assert "西和坊" in _places("河内市市委书记与西和坊选民进行接触。")


def test_he_joining_two_bodies_opens_no_place():
    assert not any(p.endswith("和县") for p in _places("省政府和县政府的代表出席了会议。"))


def test_a_second_post_in_full_after_a_name_and_a_post_is_held():
    roles = _roles("双方将同王小明总书记、国家主席以及其他领导人举行会谈。")
    assert {("王小明", "总书记"), ("王小明", "国家主席")} <= roles
