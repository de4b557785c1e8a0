"""An institute named only as where unnamed experts work (某研究中心的专家表示, 某大学教授表示, 某学院的学者们认为) does
not speak for them, and no named official speaks (SPEC): no STATEMENT; a named head of it, or the body's own
statement, still speaks (issue 13, ev53 probes). Sentences invented."""

import pytest

from dipnet.pipeline import extract


def statements(head: str, sentence: str) -> list[list[str]]:
    doc = extract("双边关系\n\n" + head + sentence + "\n", source="experts.txt")
    return [e.participants for e in doc.events if e.type == "STATEMENT"]


@pytest.mark.parametrize("head, sentence", [
    ("（德国之声）", "柏林墨卡托中国研究中心的专家表示，中德合作前景广阔。"),
    ("（德國之聲）", "柏林墨卡托中國研究中心的專家表示，中德合作前景廣闊。"),
    ("新华社东京3月5日电 ", "东京大学教授表示，日中关系正在改善。"),
    ("越通社河内——", "越南外交学院的学者们认为，越中合作前景广阔。"),
])
def test_unnamed_experts_speak_for_no_body(head: str, sentence: str) -> None:
    assert statements(head, sentence) == []


@pytest.mark.parametrize("head, sentence, who", [
    ("越通社河内——", "越南外交学院院长阮雄山表示，越中合作前景广阔。", "阮雄山"),
    ("新华社东京3月5日电 ", "东京大学5日发表声明表示，日中学术交流正在恢复。", "东京大学"),
])
def test_named_speakers_still_speak(head: str, sentence: str, who: str) -> None:
    assert [who] in statements(head, sentence)
