"""Facts (fh57): what a person leads, puts forward or addresses is the person's own count, as the
sentence tells it: '某船长率12名船员出海' (the people led), '某外长在会上提出四项建议' (the proposals),
'某国务卿在河内对300多名大学生发表演讲' (the people addressed), not the country the person serves.
A country that puts something forward still holds it. Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def holders(sentence: str) -> list[tuple[float, str | None]]:
    doc = extract("新闻\n\n越通社河内2024年3月5日电 " + sentence + "\n", source="t.txt")
    return [(f.value, f.subject) for f in doc.facts]  # type: ignore[misc]


@pytest.mark.parametrize(("sentence", "value", "person"), [
    ("越南渔船船长阮文安5日率12名船员出海捕鱼。", 12, "阮文安"),
    ("中国外长王毅在会上提出四项建议。", 4, "王毅"),
    ("中国外长王毅在雅加达对200名青年发表演讲。", 200, "王毅"),
])
def test_the_person_acting_holds_the_count(sentence: str, value: float, person: str) -> None:
    assert (value, person) in holders(sentence)


def test_a_country_putting_forward_holds_it() -> None:
    assert (4, "中国") in holders("中国在会上提出四项建议。")
