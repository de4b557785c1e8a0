"""Time expressions on Vietnamese wires' Chinese pages (helper dt12), on invented sentences: two days joined by
和 or 、 (本月5和6日, 11月5日和6日, 5、6日) are one stay over both."""

from __future__ import annotations

from dipnet.timex.parse import find_times


def _times(text: str, anchor: str | None = "2031-10-13") -> list[tuple[str, str | None, str, str | None]]:
    return [(text[t.start:t.end], t.value, t.precision, t.end_value) for t in find_times(text, anchor)]


def test_this_months_two_days_joined_by_he() -> None:
    got = _times("柬埔寨国会主席将于本月20和21日对越南进行正式访问。")
    assert ("本月20和21日", "2031-10-20", "day", "2031-10-21") in got, got


def test_a_month_day_and_a_bare_day_joined_keep_the_month() -> None:
    # without the joined read the bare '6日' took the anchor's month (October)
    got = _times("两国外长于11月5日和6日在万象举行会谈。")
    assert ("11月5日和6日", "2031-11-05", "day", "2031-11-06") in got, got
    got = _times("论坛于11月5日、6日在岘港举行。")
    assert ("11月5日、6日", "2031-11-05", "day", "2031-11-06") in got, got


def test_two_bare_days_joined_by_a_list_comma() -> None:
    got = _times("代表团于5、6日访问河内。")
    assert ("5、6日", "2031-10-05", "day", "2031-10-06") in got, got


def test_two_full_dates_joined_stay_apart() -> None:
    got = _times("双方于3月8日和9月2日分别举行纪念活动。")
    assert ("3月8日", "2032-03-08", "day", None) in got or ("3月8日", "2031-03-08", "day", None) in got, got
    assert all(end is None for _, _, _, end in got), got


def test_a_bare_year_end_or_within_the_year_is_the_reports_year() -> None:
    got = _times("双方同意年内举行第三次战略对话,柬埔寨首相有望于年底前访问越南。", "2031-03-10")
    assert ("年内", "2031", "year", None) in got, got
    assert ("年底", "2031", "year", None) in got, got
    assert ("月底", "2031-03", "month", None) in _times("两国外长将于月底会晤。", "2031-03-10")


def test_year_end_words_inside_other_words_are_no_time() -> None:
    assert _times("两国青年内部交流活跃,五年内建成。", "2031-03-10") == [] or \
        all(t[0] not in ("年内", "年底") for t in _times("两国青年内部交流活跃,五年内建成。", "2031-03-10"))


def test_an_update_paragraph_after_the_lead_dates_the_page() -> None:
    from dipnet.pipeline import extract
    text = ("越南救援队在灾区开展搜救\n\n越通社记者报道,当地时间2月17日,越南救援队在灾区继续开展搜救工作。\n\n"
            "2月17日,救援队协同当地力量搜救。\n\n*2月18日,越南国防部长向救援队致表扬信。\n")
    doc = extract(text, url="https://zh.vietnamplus.vn/test/182819.vnp")
    assert doc.published is not None and doc.published.date.endswith("-02-18"), doc.published


def test_a_planned_update_does_not_move_the_page_date() -> None:
    from dipnet.pipeline import extract
    text = ("越南救援队在灾区开展搜救\n\n越通社记者报道,当地时间2月17日,越南救援队在灾区继续开展搜救工作。\n\n"
            "*2月19日,越南国防部长将会见救援队。\n")
    doc = extract(text, url="https://zh.vietnamplus.vn/test/182819.vnp")
    assert doc.published is not None and doc.published.date.endswith("-02-17"), doc.published
