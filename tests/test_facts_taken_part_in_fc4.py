"""Facts (fc4, issue 13): the body or mission a party takes part in (参加联合国维和行动, 参加东盟) holds none of the
figures told after it; the party that takes part does (as after 加入, and after 参与, read so through its 与).
Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def holders(sentence: str) -> list[tuple[float, str | None]]:
    doc = extract("题目\n\n越通社河内2024年3月5日电——" + sentence + "\n", source="t.txt")
    return [(f.value, f.subject) for f in doc.facts]  # type: ignore[misc]


@pytest.mark.parametrize("sentence, value, holder", [
    ("越南人民军参加联合国维和行动已逾十载。", 10, "越南人民军"),
    ("越南参加联合国维和行动逾十载,先后派出多支分队。", 10, "越南"),
    ("越南首次参加联合国维和行动至今,已派出800多人次。", 800, "越南"),
    ("越南参加东盟已有29年,期间举办了3次峰会。", 3, "越南"),
])
def test_what_is_taken_part_in_holds_no_figure(sentence: str, value: float, holder: str) -> None:
    got = holders(sentence)
    assert (value, holder) in got, got


def test_the_event_taken_part_in_keeps_its_attendance() -> None:
    got = holders("越南代表团参加了第43届东盟峰会,与会的共有10国领导人。")
    assert any(v == 10 and s and "峰会" in s for v, s in got), got
