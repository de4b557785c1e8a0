"""Facts (sw1, issue 13): a count of a person's own trips or meetings is the person's, however the clause tells
the trip or leaves the person out — the visit word made of 访 and a land's one character (访日, 访华), the lands
visited counted after what they include (访问包括…在内的五个国家), meetings counted with 会见, and a person told by a
pronoun opening an earlier clause of the sentence (他本人…,就已经三次同…会见: the subject of the sentence before,
whose words go on). Invented sentences."""

from __future__ import annotations

from dipnet.pipeline import extract


def holders(body: str) -> dict[float, str]:
    doc = extract("题目\n\n新华社北京2024年3月5日电 外交部宣布。" + body + "\n", source="t.txt")
    return {f.value: f.subject for f in doc.facts if f.unit == "count"}  # type: ignore[misc]


def test_a_visit_told_by_a_lands_one_character_is_the_visitors() -> None:
    got = holders("据报道,迄今为止洪森访问中国已9次,而包括这次访日总共才4次。")
    assert got.get(9) == "洪森"
    assert got.get(4) == "洪森"


def test_the_lands_visited_counted_after_what_they_include_are_the_visitors() -> None:
    got = holders("新加坡总理李显龙展开年内首次出访,下周访问包括越南和泰国在内的三个国家。")
    assert got.get(3) == "李显龙"


def test_meetings_counted_by_a_pronoun_opening_the_sentence_are_the_speakers() -> None:
    got = holders("柬埔寨首相洪森高度评价中国大使的贡献。两国交往密切,他本人就任不足一年,就已经四次同中国总理会见。")
    assert got.get(4) == "洪森"


def test_other_lands_are_no_pronoun() -> None:
    got = holders("柬埔寨首相洪森高度评价中国大使的贡献。其他国家领导人就任不足一年,就已经四次同中国总理会见。")
    assert got.get(4) != "洪森"
