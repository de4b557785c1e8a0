"""Names that pages never seen write in ways the open sets rarely do: a locality's own bodies named
by the place and a body word, transliterated names joined by an ASCII full stop, bodies whose
names hold a stop word inside a word, foreign names after a title that wants a surname. Invented
text only."""

from __future__ import annotations

from dipnet.pipeline import extract


def _names(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in extract("题目\n\n" + text + "\n").entities}


def test_a_place_and_a_body_word_name_the_places_body_and_the_place():
    got = _names("清化市政府与会安市人民政府签署协议。岘港市人民议会主席阮某出席,太平省省委书记陈某致辞。"
                 "北宁省人民法院和北宁省人民检察院也派员出席。")
    assert {("ORG", "清化市政府"), ("ORG", "会安市人民政府"), ("ORG", "岘港市人民议会"), ("ORG", "太平省委"),
            ("ORG", "北宁省人民法院"), ("ORG", "北宁省人民检察院")} <= got
    assert {("LOCATION", "岘港"), ("LOCATION", "太平")} <= {(t, n.removesuffix("市").removesuffix("省"))
                                                          for t, n in got}


def test_a_country_and_a_bare_government_word_stay_the_country():
    got = _names("越南政府与老挝政府签署协议。")
    assert ("COUNTRY", "越南") in got and not any(n.endswith("政府") for _, n in got)


def test_a_stop_that_closes_a_plain_word_inside_a_body_ends_no_name():
    got = _names("亚洲智能城市论坛在河内开幕。泰国社会保障局和日本供应链研究院也派员出席。")
    assert {("ORG", "亚洲智能城市论坛"), ("ORG", "泰国社会保障局"), ("ORG", "日本供应链研究院")} <= got



def _people(text: str) -> set[str]:
    return {n for t, n in _names(text) if t == "PERSON"}


def test_a_full_stop_written_for_the_middle_dot_joins_one_name():
    got = _people("越南外交部长会见了俄罗斯专家阿列克谢.伊万诺夫。阿列克谢.伊万诺夫表示,两国合作前景广阔。")
    assert "阿列克谢·伊万诺夫" in got and not got & {"阿列克谢", "伊万诺夫"}


def test_a_full_stop_between_two_sentences_joins_no_name():
    got = _people("双方会谈在河内举行.他们表示满意。会议由越方主持.伊万诺夫随后发言。客人是诺维.他们表示感谢。")
    assert not any("." in n for n in got)


def test_a_foreign_name_after_a_title_that_is_also_a_noun_is_read():
    got = _people("加拿大众议员马格努森访问河内。英国议员巴恩斯表示支持。")
    assert {"马格努森", "巴恩斯"} <= got


def test_a_plain_word_after_such_a_title_is_no_name():
    got = _people("美国众议员们表示支持。两国代表参加会议。越南记者团抵达。")
    assert not got


def test_a_known_name_after_a_full_stop_is_the_dotted_names_last_part():
    doc = extract("题目\n\n俄罗斯总统弗拉基米尔.普京会见越南客人。\n")
    people = [e for e in doc.entities if e.type == "PERSON"]
    assert len(people) == 1 and "弗拉基米尔.普京" in people[0].mentions
    assert people[0].kb_id is not None  # the known person, not a new one


def test_a_name_written_with_a_full_stop_is_filed_with_the_middle_dot():
    doc = extract("题目\n\n越南外交部长会见了俄罗斯专家阿列克谢.伊万诺夫。\n")
    people = {e.name: e.mentions for e in doc.entities if e.type == "PERSON"}
    assert people.get("阿列克谢·伊万诺夫") == ["阿列克谢.伊万诺夫"]
