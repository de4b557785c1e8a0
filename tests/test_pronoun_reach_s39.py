"""Pronouns told across paragraphs (issue 13, discourse): the one met told by a pronoun after the meeting word
(新加坡总统尚达曼会见了他) is the one the sentence before is about, as 与他 is; and a pronoun opening a paragraph
after one that names no one (4日下午,两国总理举行会谈。/ 5日,他会见了…) goes back to the paragraph that does."""

import pytest

from eventpage import of

HEAD = "测试新闻\n\n2025-03-05\n\n"
ARRIVAL = "新华社北京3月5日电 国务院总理李强4日抵达新加坡,开始对新加坡进行正式访问。\n"


def meetings(body: str) -> list[set[str]]:
    return [set(e.participants) for e in of(body, "MEET", HEAD)]


@pytest.mark.parametrize("second", [
    "当天,新加坡总统尚达曼会见了他。",
    "当天,新加坡总统尚达曼在总统府会见他。",
    "当晚,新加坡总统尚达曼设宴款待他。",
])
def test_pronoun_met_after_the_word(second: str) -> None:
    assert {"李强", "尚达曼"} in meetings(ARRIVAL + second + "\n")


def test_pronoun_after_a_paragraph_naming_no_one() -> None:
    body = ("新华社东京3月5日电 应日本首相石破茂邀请,越南政府总理范明政于3月4日至6日对日本进行正式访问。\n"
            "4日下午,两国总理举行会谈。\n5日,他会见了日本天皇德仁。\n")
    assert {"范明政", "德仁"} in meetings(body)


def test_pronoun_speaking_is_no_one_met() -> None:
    # 会见时他表示…: the pronoun speaks in the meeting told before; no one is added to it
    body = ARRIVAL + "当天,新加坡总统尚达曼会见李强。会见时,他表示,新中关系发展良好。\n"
    assert meetings(body) == [{"李强", "尚达曼"}]
