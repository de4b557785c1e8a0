"""The word lists of the 号-day and 明起/明晨/明晚 patterns read from the timex data file (timewords.json),
not written in code: every listed word still blocks its reading, and the readings they do not block stay."""

from __future__ import annotations

from dipnet.timex import find_times
from dipnet.timex.patterns import BARE_DAYU, TABLE
from dipnet.timex.words import WORDS


def _days(text: str) -> list[str | None]:
    return [t.value for t in find_times(text, "2025-03-10") if t.precision == "day"]


def test_hao_nouns_come_from_the_data_file() -> None:
    nouns = WORDS["hao_day_not_before"]
    assert {"公路", "出口", "会议室"} <= set(nouns)
    for noun in nouns:
        assert noun in BARE_DAYU
        assert _days(f"车队沿7号{noun}前行") == [], noun  # a number naming a thing, not the 7th


def test_hao_day_still_read() -> None:
    assert _days("代表团将在12号签署协议") == ["2025-03-12"]


def test_ming_characters_come_from_the_data_file() -> None:
    chars = WORDS["ming_relative_not_after"]
    assert {"说", "表", "证"} <= set(chars)
    relative = TABLE["relative"][0]
    for ch in chars:
        assert f"(?<![{''.join(chars)}])明起" in relative
        got = [t for t in find_times(f"会议{ch}明起草工作的安排", "2025-03-10") if t.kind == "relative"]
        assert got == [], ch  # 明 ends the word before it: not tomorrow


def test_ming_still_read_as_tomorrow() -> None:
    got = [t.value for t in find_times("部长明起将出访三国", "2025-03-10") if t.kind == "relative"]
    assert got == ["2025-03-11"]
