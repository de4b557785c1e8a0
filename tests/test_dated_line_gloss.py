"""A release with its own dated line above the body and a relative word glossed with the day in
Chinese numerals (今日（五月八日）, the way Hong Kong and Macau government releases write it): the date
line's year is written, so its month-day comes from its value, not from the note of a year-less day
(this once raised ValueError and the page gave nothing)."""

import pytest

from dipnet.pipeline import extract


@pytest.mark.parametrize(("text", "day"), [
    ("特首接見來訪部長\n\n2025年5月8日（星期四）\n\n行政長官今日（五月八日）在禮賓府接見來訪的泰國外交部長。\n", "2025-05-08"),
    ("特首接见来访部长\n\n2025年5月8日\n\n行政长官今日（五月八日）上午会见到访的泰国外交部长。\n", "2025-05-08"),
    ("特首接見來訪部長\n\n2025年5月9日（星期五）\n\n行政長官昨日（五月八日）在禮賓府接見來訪的泰國外交部長。\n", "2025-05-09"),
])
def test_a_dated_line_beside_a_glossed_relative_day(text: str, day: str) -> None:
    doc = extract(text)
    assert doc.published is not None and doc.published.date == day
