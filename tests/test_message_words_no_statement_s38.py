"""致电某某,对…表示慰问 / 就其当选表示热烈祝贺: the clause after a message's word tells what the message says;
the one it is addressed to makes no statement of their own (the same held before only with 向…表示)."""

import pytest

from dipnet.pipeline import extract

HEAD = "两国关系\n\n2025年03月05日 10:20\n\n越通社河内——"


def types(sentence: str) -> list[str]:
    doc = extract(HEAD + sentence + "\n", source="words.txt")
    return sorted(e.type for e in doc.events)


@pytest.mark.parametrize("sentence", [
    "越南国家主席梁强致电俄罗斯总统普京,对莫斯科发生的恐怖袭击事件表示慰问。",
    "越南国家主席梁强致电俄罗斯总统普京,对其再次当选表示热烈祝贺。",
    "越南国家主席梁强致电俄罗斯总统普京,就莫斯科发生的恐怖袭击事件表示慰问。",
    "越南國家主席梁強致電俄羅斯總統普京,對莫斯科發生的恐怖襲擊事件表示慰問。",
    "越南政府总理范明政致信老挝总理宋赛·西潘敦,对老方的支持表示感谢。",
    "越南国家主席梁强3月4日致电老挝国家主席通伦,对老挝北部发生的洪灾表示深切慰问。",
])
def test_the_message_says_it(sentence: str) -> None:
    assert types(sentence) == ["MESSAGE"]


def test_words_after_a_meeting_are_not_touched() -> None:
    # the rule is the message's: talks keep their own reading
    assert types("越南国家主席梁强会见老挝总理宋赛·西潘敦,对老方的支持表示感谢。") == ["MEET"]
