"""Numbers (fc1, issue 13): the rest after 亿 written as digits with 千万 (1亿2千万, 3亿5千万), as Hong Kong,
Taiwan and VOA print them, is read whole, not cut at 千. Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


@pytest.mark.parametrize("sentence, value, unit", [
    ("日本向越南提供1亿2千万日元无偿援助。", 1.2e8, "JPY"),
    ("美國宣布提供3億5千萬美元的援助。", 3.5e8, "USD"),
    ("该项目总投资1亿2000万美元。", 1.2e8, "USD"),  # (already read: the digits' own rest)
])
def test_the_rest_after_yi_is_read_whole(sentence: str, value: float, unit: str) -> None:
    doc = extract("题目\n\n新华社河内2024年3月5日电 " + sentence + "\n", source="t.txt")
    assert (value, unit) in [(f.value, f.unit) for f in doc.facts]
