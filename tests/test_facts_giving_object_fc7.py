"""Facts (fc7, issue 13): a verb of giving whose receiver stands right after it (赠予斐济, 提供乌克兰) makes
the receiver its object, and the giver before the verb holds the gift, also with an adverb of repetition
or of time between the giver and the verb (再提供, 今天提供, 无偿援助). Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def holders(body: str) -> list[tuple[float, str | None]]:
    doc = extract("题目\n\n" + body + "\n", source="t.txt")
    return [(f.value, f.subject) for f in doc.facts]  # type: ignore[misc]


X = "新华社北京2024年3月5日电 "
H = "美国之音2024年3月5日报道——"
V = "越通社河内2024年3月5日电——"


@pytest.mark.parametrize("body, value, holder", [
    (X + "中方赠予斐济500吨物资。", 500, "中国"),
    (H + "美国再提供乌克兰10亿美元军事援助。", 1e9, "美国"),
    (H + "美国今天提供乌克兰10亿美元军事援助。", 1e9, "美国"),
    (V + "日本政府近日提供越南30万剂疫苗。", 3e5, "日本"),
])
def test_the_giver_before_the_verb_holds_the_gift(body: str, value: float, holder: str) -> None:
    got = holders(body)
    assert (value, holder) in got, got


@pytest.mark.parametrize("body, value, holder", [
    (V + "老挝向越南提供50万美元援助。", 5e5, "老挝"),  # the receiver after 向, as before
    (V + "越南获得日本提供的50万美元援助。", 5e5, "日本"),  # the giver right before 提供的
])
def test_other_gifts_keep_their_giver(body: str, value: float, holder: str) -> None:
    got = holders(body)
    assert (value, holder) in got, got
