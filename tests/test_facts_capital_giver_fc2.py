"""Facts (fc2, issue 13): a capital that acts as a state (首尔宣布向乌克兰提供…, 华府已向菲律宾提供…,
莫斯科承诺向河内提供…: the way VOA, RFI, Zaobao and Xinhua's world pages name governments) gives the sum
for its country; the one given to holds nothing; a capital told as a place changes nothing.
Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def holders(lead: str, sentence: str) -> list[tuple[float, str | None]]:
    doc = extract("援助\n\n" + lead + sentence + "\n", source="t.txt")
    return [(f.value, f.subject) for f in doc.facts]  # type: ignore[misc]


@pytest.mark.parametrize(("lead", "sentence", "value", "giver"), [
    ("新华社北京2024年3月5日电 ", "首尔宣布向乌克兰追加提供1亿美元人道主义援助。", 100000000, "韩国"),
    ("新华社北京2024年3月5日电 ", "首尔已向乌克兰追加提供1亿美元人道主义援助。", 100000000, "韩国"),
    ("【联合早报讯】", "华府宣布向菲律宾提供5亿美元军事援助。", 500000000, "美国"),
    ("新华社北京2024年3月5日电 ", "华府已向菲律宾提供5亿美元军事援助。", 500000000, "美国"),
    ("法广2024年3月5日", "莫斯科承诺向河内提供15亿美元的信贷额度。", 1500000000, "俄罗斯"),
    ("（中央社記者王大明台北2024年3月5日電）", "東京決定向菲律賓提供6億美元低利貸款。", 600000000, "日本"),
])
def test_a_capital_acting_as_a_state_gives_for_its_country(lead: str, sentence: str, value: float, giver: str) -> None:
    assert holders(lead, sentence) == [(value, giver)]


@pytest.mark.parametrize(("sentence", "value", "holder"), [
    ("韩国宣布向乌克兰追加提供1亿美元人道主义援助。", 100000000, "韩国"),
    ("中国在北京宣布向柬埔寨提供3亿元人民币援助。", 300000000, "中国"),
    ("在首尔举行的会议上,韩国宣布向乌克兰提供1亿美元援助。", 100000000, "韩国"),
])
def test_countries_and_cities_keep_their_figures(sentence: str, value: float, holder: str) -> None:
    assert (value, holder) in holders("新华社北京2024年3月5日电 ", sentence)
