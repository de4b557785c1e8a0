"""Events recall on ordinary pages (ev28, issue 13): gold events missed on the GENERAL tuning pages, read from
invented sentences."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract
from eventpage import of


def _people(text: str) -> set[str]:
    rec = to_record(extract("题目\n\n" + text + "\n"))
    return {e["name"] for e in rec["entities"] if e["type"] == "PERSON"}


def test_a_latin_name_with_accents_after_a_post_is_a_person_and_a_party():
    # 主席 + Marta Pérez Díaz + 一行: letters with accents are letters
    body = "越南国会副主席阮文甲会见正在对越南进行工作访问的古巴妇联主席Marta Pérez Díaz 一行。"
    assert "Marta Pérez Díaz" in _people(body)
    assert any("Marta Pérez Díaz" in e.participants for e in of(body, "MEET"))
    assert any("Marta Pérez Díaz" in e.participants for e in of(body, "VISIT"))


def test_a_latin_name_before_a_post_that_follows_names_is_a_person():
    # 向 + Ivan Petrov Sokolov + 少将: a rank after the name vouches for it, as it does after 局长
    assert "Ivan Petrov Sokolov" in _people("阮文甲少将向Ivan Petrov Sokolov少将赠送纪念品。")
    # the name opens a paragraph, a post after it
    assert "Tomas Berglund" in _people("两国代表出席。\n\nTomas Berglund大使表示,愿加强合作。")


def test_a_latin_name_run_on_to_a_date_is_a_person():
    # 大使 + Anan Sombat + 9月1日: the crawl ran the date on to the name
    assert "Anan Sombat" in _people("泰国驻老挝大使Anan Sombat9月1日率团前来越南驻老挝大使馆表示祝贺。")


def test_latin_words_that_are_no_name_stay_none():
    # a product or a site word before Chinese, with no post or form of address around it
    people = _people("请使用 Microsoft Edge 的浏览器。\n\nEmail Print 太原省利用贷款。")
    assert not any(p.isascii() for p in people)


def test_a_pair_of_short_forms_signing_names_both_countries():
    # 老柬 + 签署: the pair is the subject of the signing, no other word of relations after it
    agreements = of("老柬签署和平协议,结束了争议。", "AGREEMENT")
    assert any({"老挝", "柬埔寨"} <= set(e.participants) for e in agreements)


def test_a_pair_of_short_forms_that_established_a_partnership_names_both():
    # 他表示,中老建立了…伙伴关系: the pair read before 建立 (a relation told without a date)
    changes = of("王文甲表示,中老建立了全面战略合作伙伴关系,值得珍惜。", "RELATION_CHANGE")
    assert any({"中国", "老挝"} <= set(e.participants) for e in changes)
