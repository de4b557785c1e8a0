"""A subject set off by a comma (ts4, issue 13): the text before the comma names only the subject — people with
their titles, joined by 和/与/及, closed by 等人 — and the text after it opens the predicate (a time word, an
adverb, a coverb, the verb): the predicate keeps its subject (a visit has its visitor, talks both their sides).
A clause before the comma with its own verb, or a predicate opening on a new subject, stays apart.
Sentences invented."""

import pytest

from dipnet.extract.common.topiccomma import subject_commas
from dipnet.pipeline import extract


def page(sentence: str):  # noqa: ANN201
    return extract("消息\n\n新华社北京3月5日电 " + sentence + "\n", source="topiccomma.txt")


def events(sentence: str) -> list[tuple[str, list[str]]]:
    return [(e.type, e.participants) for e in page(sentence).events]


@pytest.mark.parametrize("sentence, kind, names", [
    ("泰国副总理他纳,早前已经出访老挝。", "VISIT", {"他纳", "老挝"}),
    ("法国总统马克龙和德国总理默克尔,在柏林举行会谈。", "MEET", {"马克龙", "默克尔"}),
    ("英国首相特雷莎·梅与澳大利亚总理特恩布尔,昨天举行会谈。", "MEET", {"特雷莎·梅", "特恩布尔"}),
    ("美国参议院多数党领袖舒默与共和党领袖麦卡锡等人,在国会跟俄罗斯总理梅德韦杰夫见面。", "MEET",
     {"舒默", "麦卡锡", "梅德韦杰夫"}),
])
def test_the_predicate_keeps_its_subject(sentence: str, kind: str, names: set[str]) -> None:
    got = [set(p) for t, p in events(sentence) if t == kind]
    assert any(names <= p for p in got), events(sentence)


@pytest.mark.parametrize("sentence", [
    "泰国外长会见了老挝副总理宋赛,在会谈中双方同意加强合作。",  # (a clause with its own verb)
    "据泰国媒体报道,老挝副总理宋赛在曼谷访问。",
    "泰国外长敦·帕马威奈表示,泰方愿同老方加强合作。",
])
def test_a_clause_of_its_own_stays_apart(sentence: str) -> None:
    doc = page(sentence)
    assert subject_commas(doc) == [], [doc.text[i - 8:i + 8] for i in subject_commas(doc)]


def test_the_comma_is_restored() -> None:
    doc = page("法国总统马克龙和德国总理默克尔,在柏林举行会谈。")
    assert "默克尔,在柏林" in doc.text
