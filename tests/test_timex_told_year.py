"""Relative days and years as Hong Kong and Taiwan papers write them (invented text)."""

from dipnet.timex.parse import find_times


def _values(text: str, anchor: str) -> dict[str, str | None]:
    return {text[t.start:t.end]: t.value for t in find_times(text, anchor)}


def test_zuo_alone_before_its_verb_is_yesterday() -> None:
    got = _values("外交部发言人某某昨宣布,甲国外长将于下周访华。", "2023-07-12")
    assert got.get("昨") == "2023-07-11"
    assert _values("某某昨午抵达河内。", "2023-07-12").get("昨") == "2023-07-11"
    assert "昨" not in _values("昨天的会谈取得成果。", "2023-07-12")  # read as 昨天


def test_a_month_day_in_a_sentence_that_told_last_year_is_of_last_year() -> None:
    got = _values("甲国大使某某去年抵达乙国履新后,亦于7月29日向乙国外交部递交了国书副本。", "2022-04-02")
    assert got["7月29日"] == "2021-07-29"
    # the next sentence is the report's year again
    got = _values("去年双边贸易额增长一成。3月5日,两国外长举行会谈。", "2022-04-02")
    assert got["3月5日"] == "2022-03-05"


def test_days_before_the_report_and_that_evening() -> None:
    got = _values("两天前,甲国外长同乙国外长通电话。", "2024-03-13")
    assert got["两天"] == "2024-03-11"
    assert _values("当晚,甲国主席举行欢迎宴会。", "2024-03-13")["当晚"] == "2024-03-13"
    assert _values("两天后举行会谈。", "2024-03-13")["两天"] is None  # a span after: no day


def test_a_bare_day_announced_for_later_is_the_next_such_day() -> None:
    assert _values("甲国外长将于28日访问乙国。", "2024-03-05")["28日"] == "2024-03-28"
    assert _values("甲国外长28日在首都会见乙国外长。", "2024-03-05")["28日"] == "2024-02-28"  # told as done
    got = find_times("甲国总统将于28至30日访问乙国。", "2024-03-05")[0]
    assert (got.value, got.end_value) == ("2024-03-28", "2024-03-30")


def test_a_month_or_month_day_announced_for_later_is_not_last_years() -> None:
    assert _values("甲国外长将于11月5日访问乙国。", "2024-03-05")["11月5日"] == "2024-11-05"
    assert _values("甲国外长将于11月访问乙国。", "2024-03-05")["11月"] == "2024-11"
    assert _values("甲国外长11月5日访问了乙国。", "2024-03-05")["11月5日"] == "2023-11-05"  # told as done
