"""Numbers written with Arabic digits and Chinese place words after a 千 (1千8百, 8千6百万), as Hong Kong,
Taiwan and some overseas outlets print them: the whole number is one value, not the last piece."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.extract.figures.numbers import to_value
from dipnet.pipeline import extract

PAGE = "新华社北京2024年5月20日电 {}(完)\n"


def values(sentence: str, unit: str) -> list[float]:
    doc = extract(PAGE.format(sentence), source="t.txt")
    return [f.value for f in extract_facts(doc) if f.unit == unit]  # type: ignore[misc]


def test_digits_with_place_words_read_whole():
    assert to_value("2千4百") == 2400
    assert to_value("7千3百万") == 73_000_000
    assert to_value("6千零2十") == 6020
    assert to_value("9千2百5十亿") == 925_000_000_000


def test_a_sum_with_place_words_keeps_its_thousands():
    got = values("甲国政府宣布将向乙国提供5千7百万美元的重建援助。", "USD")
    assert got == [57_000_000]


def test_a_count_of_people_with_place_words_keeps_its_thousands():
    got = values("甲国已向乙国派出2千3百名救援人员。", "person")
    assert got == [2300]


def test_a_bare_thousand_and_spoken_shorthand_are_unchanged():
    assert to_value("4千") == 4000
    assert to_value("6千万") == 60_000_000
    assert to_value("3千5") is None  # spoken shorthand stays unread, as before
