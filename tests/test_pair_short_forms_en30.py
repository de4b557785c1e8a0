"""Malaysian, Singaporean and Taiwanese papers' forms: the pairs 马中, 中马, 星中, 中星, 新中 (each form
ambiguous alone) read as the country and China before a word of relations, 星国 as Singapore and
寮国人民革命党 as Laos's ruling party; 马 of a surname, 中星 of a satellite, 新中国 stay no pair."""

import pytest

from dipnet.pipeline import extract

HEAD = "新闻\n\n2025年03月05日 10:20\n\n"


def linked(text: str) -> set[str | None]:
    doc = extract(HEAD + text + "\n", source="pair.txt")
    return {m.kb_id for m in doc.mentions}


@pytest.mark.parametrize(("text", "expected"), [
    ("马中两国签署了一份合作备忘录。", {"country:MY", "country:CN"}),
    ("中马两国领导人举行会谈。", {"country:MY", "country:CN"}),
    ("马中关系近年来持续发展。", {"country:MY", "country:CN"}),
    ("马中建交五十周年纪念活动举行。", {"country:MY", "country:CN"}),
    ("马中商业论坛昨日开幕。", {"country:MY", "country:CN"}),
    ("星中关系不断深化。", {"country:SG", "country:CN"}),
    ("中星两国签署自由贸易协定。", {"country:SG", "country:CN"}),
    ("星中企业家交流会举行。", {"country:SG", "country:CN"}),
    ("新中建交三十五周年招待会举行。", {"country:SG", "country:CN"}),
    ("新中两国外长举行会谈。", {"country:SG", "country:CN"}),
    ("星国总理发表讲话。", {"country:SG"}),
    ("星國外交部發表聲明。", {"country:SG", "org:sg-mfa"}),
    ("星国与马来西亚签署协议。", {"country:SG", "country:MY"}),
    ("寮国人民革命党中央委员会召开会议。", {"org:lprp"}),
    ("寮国人民革命党总书记会见客人。", {"org:lprp"}),
])
def test_the_outlets_forms_are_read(text: str, expected: set[str]) -> None:
    assert expected <= linked(text)


@pytest.mark.parametrize("text", [
    "马先生中午出发。",
    "中星6号卫星发射成功。",
    "新中国成立以来取得巨大成就。",
])
def test_plain_words_name_no_pair(text: str) -> None:
    got = linked(text)
    assert "country:MY" not in got and "country:SG" not in got


@pytest.mark.parametrize(("text", "expected"), [
    ("澳门特区政府表示,本澳中葡合作不断加强。", {"country:CN", "country:PT"}),
    ("本澳中美关系研讨会举行。", {"country:CN", "country:US"}),
])
def test_this_territory_of_macau_is_no_australia(text: str, expected: set[str]) -> None:
    got = linked(text)
    assert "country:AU" not in got and expected <= got
