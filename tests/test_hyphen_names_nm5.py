"""Foreign names cut short (nm5), on invented text: parts joined by a hyphen written for the middle dot
(名-姓) are one name, the same person as the dotted form the knowledge base files; a hyphen between two
known places or lands joins no name; two such names sharing a family part are two people; a dotted
name's last character outside the transliteration table stays the name's before a date."""

from __future__ import annotations

from dipnet.model import Document
from dipnet.pipeline import extract
from dipnet.recognize.dotted import other_given_names


def _doc(text: str) -> Document:
    return extract("题目\n\n" + text + "\n")


def _people(doc: Document) -> dict[str, list[str]]:
    return {e.name: e.mentions for e in doc.entities if e.type == "PERSON"}


def test_a_hyphen_joins_a_given_name_to_a_known_family_name():
    people = _people(_doc("美国国防部长劳埃德-奥斯汀周二在柏林发表讲话。"))
    assert not any(n.endswith("-") for n in people)
    assert any("劳埃德-奥斯汀" in ms for ms in people.values())


def test_a_hyphen_name_of_transliteration_characters_is_read_whole():
    doc = _doc("委内瑞拉外长卡洛斯-马尔多纳多当天会见了来访的越南代表团。")
    assert "卡洛斯-马尔多纳多" in _people(doc)


def test_a_hyphen_between_lands_or_known_places_is_no_name():
    doc = _doc("第五届中国-东盟论坛在南宁开幕，巴西-阿根廷边境口岸同日开放。")
    assert not _people(doc)


def test_father_and_son_sharing_a_family_part_stay_two_people():
    doc = _doc("习近平会见了新任总理贾斯汀-特鲁多。45年前，他的父亲皮埃尔-特鲁多曾访问中国。")
    people = _people(doc)
    assert not any("贾斯汀-特鲁多" in ms and "皮埃尔-特鲁多" in ms for ms in people.values())
    assert any("皮埃尔-特鲁多" in ms for ms in people.values())


def test_two_spellings_of_one_given_part_are_one_person():
    assert other_given_names("皮埃尔-特鲁多", "贾斯汀-特鲁多")
    assert not other_given_names("贾斯汀-特鲁多", "贾斯廷·特鲁多")
    assert not other_given_names("卜杜勒法塔赫·塞西", "阿卜杜勒-法塔赫·塞西")


def test_a_dotted_names_last_character_outside_the_table_before_a_date():
    doc = _doc("老挝副总理宋沙瓦·凌沙冯9日抵达河内进行访问。")
    assert "宋沙瓦·凌沙冯" in _people(doc)


def test_a_quoting_verb_ends_a_dotted_name():
    doc = _doc("波兰某市市长亚当·科瓦驰引用一句古诗表达感受。")
    assert "亚当·科瓦驰" in _people(doc)
