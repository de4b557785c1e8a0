"""Aid told by its purpose (ai3, issue 13): what one land provides for another's fight against an epidemic or a disaster
(为某国抗击疫情提供…帮助, 为某国地震应对提供…服务) and backing that fight (积极支持某国抗击疫情) is aid, whatever names
what is given; backing a stance or a seat, or help for development, is not. Two gifts neither of which tells a day of
its own are not one handover for sharing the page's day. Sentences invented."""

import pytest

from dipnet.pipeline import extract


def aids(sentence: str) -> list[tuple[list[str], str]]:
    doc = extract("消息\n\n新华社北京3月5日电 " + sentence + "\n", source="purpose.txt")
    return [(e.participants, e.status) for e in doc.events if e.type == "AID"]


@pytest.mark.parametrize("sentence, giver, receiver, status", [
    ("泰国总理表示,感谢马来西亚政府积极支持泰国抗击新冠肺炎疫情。", "马来西亚", "泰国", "occurred"),
    ("中方愿继续为老挝抗击疫情提供力所能及的帮助。", "中国", "老挝", "planned"),
    ("印度政府充分利用卫星资源,为尼泊尔地震应对提供空间技术服务。", "印度", "尼泊尔", "occurred"),
])
def test_aid_told_by_its_purpose(sentence: str, giver: str, receiver: str, status: str) -> None:
    got = aids(sentence)
    assert any({giver, receiver} <= set(p) and s == status for p, s in got), got


@pytest.mark.parametrize("sentence", [
    "泰国总理感谢马来西亚支持泰国担任东盟轮值主席国。",
    "中方愿继续为老挝发展提供力所能及的帮助。",
    "两国表示将相互支持对方坚持一个中国原则。",
])
def test_backing_no_fight_is_no_aid(sentence: str) -> None:
    assert aids(sentence) == []


def test_two_undated_gifts_of_two_bodies_stay_apart() -> None:
    doc = extract("消息\n\n2023-03-05 10:20 来源:新华网\n新华社万象3月5日电 洪灾发生后,越南红十字会向老挝提供20亿越南盾的人道主义援助。"
                  "越南国防部也向老挝提供了帐篷和毛毯等救灾物资。\n", source="twogifts.txt")
    got = [e.participants for e in doc.events if e.type == "AID"]
    assert len(got) == 2, got
