"""A conference attended by people told in the sentences before it (issue 13, discourse): a pronoun subject
(访问期间,他将出席…论坛) stands for the one the page is about, and a pair word (两国总理/两位总书记/双方共同出席)
for the two people of the talks told right before, also where that sentence ends its own paragraph."""

import pytest

from eventpage import of

HEAD = "测试新闻\n\n2025-03-05\n\n"
VISIT = "越通社河内——政府总理范明政4日抵达东京,开始对日本进行正式访问。\n"


def attendees(body: str) -> list[set[str]]:
    return [set(e.participants) for e in of(body, "CONFERENCE", HEAD)]


@pytest.mark.parametrize("body, who", [
    ("新华社北京3月5日电 外交部长王毅将于3月8日至9日访问越南。\n访问期间,他将出席中越友好论坛。\n", {"王毅"}),
    (VISIT + "5日,他出席了越日经济论坛并发表讲话。\n", {"范明政"}),
    ("越通社河内——国家主席梁强4日抵达东京,开始对日本进行国事访问。\n当天,他还出席了越日地方合作论坛。\n", {"梁强"}),
])
def test_pronoun_subject_attends(body: str, who: set[str]) -> None:
    assert any(who <= p for p in attendees(body))


@pytest.mark.parametrize("talks, attend, who", [
    ("当天,范明政与石破茂举行会谈。", "会谈后,两国总理共同出席了越日经济论坛。", {"范明政", "石破茂"}),
    ("当天,范明政与石破茂举行会谈。", "会谈后,双方共同出席了越日经济论坛。", {"范明政", "石破茂"}),
    ("3月5日,苏林总书记同通伦总书记举行会谈。", "会谈后,两位总书记共同出席了越老友谊年开幕式。", {"苏林", "通伦·西苏里"}),
    ("3月5日,越共中央总书记苏林同老挝国家主席通伦举行会谈。", "会谈后,两国领导人共同出席了越老友谊年开幕式。",
     {"苏林", "通伦·西苏里"}),
])
@pytest.mark.parametrize("joint", ["\n", ""])
def test_pair_word_after_the_talks(talks: str, attend: str, who: set[str], joint: str) -> None:
    # the talks' sentence ends its paragraph (VNA's layout: one sentence a paragraph) or runs on
    body = VISIT + talks + joint + attend + "\n"
    assert any(who <= p for p in attendees(body))


def test_pronoun_partner_is_no_subject() -> None:
    # 与他共同出席: the pronoun is the partner; the one named before the partner word attends with him
    body = VISIT + "当天,石破茂与他共同出席了越日经济论坛。\n"
    assert any({"范明政", "石破茂"} <= p for p in attendees(body))
