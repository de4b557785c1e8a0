"""After a post, a three-character name that opens with a surname which is also a stop word (祝, 于, 向)
is read when a verb of meeting follows it; a time, count or adverb there is no name."""

import pytest

from dipnet.pipeline import extract


def _people(sentence: str) -> set[str]:
    doc = extract("题目\n\n新华社北京3月5日电 " + sentence + "\n")
    return {m for e in doc.entities if e.type == "PERSON" for m in [e.name, *(e.mentions or [])]}


@pytest.mark.parametrize("sentence, name", [
    ("驻巴西大使祝青桥会见了巴西外长。", "祝青桥"),
    ("中国驻智利大使祝文山拜会智利外长。", "祝文山"),
    ("驻缅甸大使于大海会见缅甸官员。", "于大海"),
    ("駐巴西大使祝青橋會見了巴西外長。", "祝青桥"),
    ("驻老挝大使向春林会晤老挝副总理。", "向春林"),
])
def test_a_stop_surname_before_a_meeting_verb(sentence: str, name: str) -> None:
    assert name in _people(sentence)


@pytest.mark.parametrize("sentence, word", [
    ("驻巴西大使于本月会见了巴西外长。", "于本月"),
    ("驻巴西大使曾多次会见巴西外长。", "曾多次"),
    ("驻巴西大使曾专程拜会巴西外长。", "曾专程"),
    ("驻巴西大使于当天会见巴西外长。", "于当天"),
    ("驻巴西大使向记者表示，双方关系良好。", "向记者"),
    ("驻巴西大使和夫人会见了当地侨领。", "和夫人"),
    ("驻巴西大使祝贺两国建交五十周年。", "祝贺两"),
])
def test_no_name_of_a_time_or_adverb(sentence: str, word: str) -> None:
    assert not any(word in m for m in _people(sentence))
