"""Facts (ho56): a party standing right before a receiver frame (向/给 X) and a verb of giving is the
giver of that clause even where an outer verb or joiner makes the whole clause its object:
'某副总理对泰国政府宣布向老挝再提供50万剂疫苗…' (of Thailand's pledge),
'双方交换了《议定书》和韩国向柬埔寨移交三辆救护车的证书' (a document and Korea's handover).
Two givers joined by 和/与 name no single giver. Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def holders(sentence: str) -> list[tuple[float, str | None]]:
    doc = extract("援助\n\n越通社河内2024年3月5日电 " + sentence + "\n", source="t.txt")
    return [(f.value, f.subject) for f in doc.facts]  # type: ignore[misc]


@pytest.mark.parametrize(("sentence", "value", "giver"), [
    ("老挝副总理对泰国政府宣布向老挝再提供50万剂新冠疫苗的援助。", 500000, "泰国"),  # (the page cut after it)
    ("双方讨论了合作措施。宋赛对泰国政府宣布向老挝再提供50万剂新冠疫苗的援助。", 500000, "泰国"),
    ("柬埔寨外交大臣对韩国向柬埔寨提供300万美元援助表示感谢。", 3000000, "韩国"),
    ("结束会谈,甲部长和乙大臣已交换《议定书》和韩国向柬埔寨移交三辆救护车。", 3, "韩国"),
    ("会谈后,两国部长交换了《议定书》和韩国向柬埔寨转交三辆救护车的证书。", 3, "韩国"),
])
def test_the_party_before_the_receiver_frame_gives(sentence: str, value: float, giver: str) -> None:
    assert (value, giver) in holders(sentence)


def test_two_givers_joined_are_no_single_giver() -> None:
    assert (3000000, "日本") not in holders("柬埔寨感谢韩国和日本向柬埔寨提供300万美元援助。")


def test_a_channel_after_its_giver_does_not_give() -> None:
    assert (500000, "泰国驻老挝大使馆") not in holders("老挝副总理接受了泰国政府通过泰国驻老挝大使馆向灾民提供的50万美元援助。")
