"""A person with no title read from the sentence's frame: the partner between 与/同 and a verb of
meeting or talking, and a long transliterated name right after a verb of meeting (invented text)."""

from __future__ import annotations

from dipnet.pipeline import extract


def _people(text: str) -> set[str]:
    doc = extract("题目\n\n" + text + "\n")
    return {m.text for m in doc.mentions if m.type == "PERSON"}


def test_partner_before_a_verb_of_talks_is_a_person():
    assert "卡拉巴耶夫" in _people("外交部长王某与卡拉巴耶夫举行会谈,双方表示满意。")
    # the slot holds no body or group (与美方, 与各国)
    people = _people("外交部长王某同卡拉巴耶夫通电话。他还与美方举行会谈,并与各国举行会谈。")
    assert "卡拉巴耶夫" in people and "美方" not in people and "各国" not in people


def test_long_transliterated_name_after_a_verb_of_meeting_is_a_person():
    assert "卡拉巴耶夫斯基" in _people("总理阮某会见了卡拉巴耶夫斯基,双方交换意见。")


def test_names_listed_after_the_one_met_and_a_visitors_word_are_people():
    people = _people("国家主席黄某在河内会见了来访的卡拉巴耶夫和郭鹤年。")
    assert {"卡拉巴耶夫", "郭鹤年"} <= people


def test_name_after_a_descriptor_of_a_kind_of_person_after_a_verb_of_meeting():
    assert "郭某年" in _people("大使白某今天专程前往拜会该国首富郭某年。")
    assert "林某某" in _people("总理阮某会见了知名企业家林某某,双方交换意见。")
