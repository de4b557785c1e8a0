"""A name ends before a word that follows names, though its first character writes names too (en2, issue
13; names.toml name_stops): invented text."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _people(text: str) -> set[str]:
    return {e["name"] for e in to_record(extract("题目\n\n" + text + "\n"))["entities"] if e["type"] == "PERSON"}


def test_a_dotted_name_ends_before_a_couple():
    people = _people("智利总统加夫列尔·博里奇夫妇结束对越南的国事访问。")
    assert not any(p.endswith("夫妇") for p in people)


def test_a_dotted_name_ends_before_an_accord():
    people = _people("两国总理与到访的马尔科姆·特恩布尔一致同意加强合作。")
    assert not any(p.endswith("一") for p in people)


def test_a_dotted_name_ends_before_an_order():
    people = _people("总理阿卜杜勒·汗下令成立调查委员会。")
    assert not any(p.endswith("下") for p in people)


def test_adverbs_after_a_groups_word_name_no_one():
    assert not _people("东盟各国代表齐齐出席,与会领袖齐声称赞这一倡议。")


def test_a_place_word_after_a_reporter_names_no_one():
    assert not _people("记者于街头看到,市内已挂出欢迎标语。")
