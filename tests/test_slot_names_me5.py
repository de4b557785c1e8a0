"""A post's holder named right after it in a meeting's partner slot is a person whatever the name's characters
(a foreign name with a character outside the transliteration table): after a verb of meeting, a land or body and
its post, up to the clause's end; after 与/同, a land and its post, up to the verb of talking; after a land's or
body's post, up to a form of address (女士, 陛下). Plain words in the slot (期间, 友好, 本人) are no names."""

import pytest

from dipnet.pipeline import extract

HEAD = "两国关系\n\n2025-03-09\n新华社北京3月9日电 "


def _doc(sentence: str):  # type: ignore[no-untyped-def]
    return extract(HEAD + sentence + "\n", source="slots.txt")


def people(sentence: str) -> set[str]:
    return {e.name for e in _doc(sentence).entities if e.type == "PERSON"}


def met(sentence: str) -> list[list[str]]:
    return sorted(sorted(e.participants) for e in _doc(sentence).events if e.type == "MEET")


@pytest.mark.parametrize(("sentence", "name"), [
    ("国务委员王建国8日在北京会见瑙鲁总理笛萨楠,双方就合作交换意见。", "笛萨楠"),
    ("国务委员王建国8日拜会斐济副外长显蓬。", "显蓬"),
    ("国务委员王建国8日会见了来访的斐济外长诺淑雅。", "诺淑雅"),
    ("国务委员王建国8日会见南太大学校长塔淑妮,介绍了中国的发展。", "塔淑妮"),
])
def test_the_one_met_after_a_lands_post(sentence: str, name: str) -> None:
    assert name in people(sentence)
    assert any(name in p for p in met(sentence))


@pytest.mark.parametrize("sentence", [
    "国务委员王建国8日在苏瓦与斐济总理玛于尔贡举行会谈。",
    "国务委员王建国8日与斐济总理玛于尔贡会谈。",
    "国务委员王建国8日同斐济总理玛于尔贡在苏瓦举行会谈。",
])
def test_the_partner_of_talks_up_to_the_verb(sentence: str) -> None:
    assert met(sentence) == [sorted(["玛于尔贡", "王建国"])]


def test_a_form_of_address_closes_the_name() -> None:
    sentence = "中国驻瑙鲁大使王建国8日礼节性向瑙鲁议会议长贡于尔达女士辞行。"
    assert "贡于尔达" in people(sentence)
    assert met(sentence) == [sorted(["王建国", "贡于尔达"])]


@pytest.mark.parametrize("sentence", [
    "国务委员王建国与斐济总理亲切会谈。",
    "国务委员王建国与斐济总理闭门会谈。",
    "国务委员王建国与斐济总理小范围会谈。",
    "国务委员王建国会见斐济总统本人。",
    "国务委员王建国拜会斐济外长期间,双方交换意见。",
    "国务委员王建国会见斐济总理一行。",
    "国务委员王建国会见斐济总统夫人。",
    "国务委员王建国会见斐济总理时表示,双方应加强合作。",
])
def test_plain_words_in_the_slot_are_no_names(sentence: str) -> None:
    assert people(sentence) == {"王建国"}
