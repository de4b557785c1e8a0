"""Event dates on invented sentences (helper dt1, h60): a month or month-day with no year that the
nearest-year reading puts more than four months after the page ('3月' on a November page), with no
word of its clause telling it as still to come, is the past one: what a page only tells has been;
a month that far ahead is announced (将于, 计划, 明年). Near months, and far ones announced, keep the
nearest (or the coming) year."""

from __future__ import annotations

from dipnet.timex.parse import find_times


def _value(text: str, words: str, anchor: str) -> str | None:
    return next((t.value for t in find_times(text, anchor) if text[t.start:t.end].startswith(words)), None)


def test_a_bare_month_far_ahead_is_last_one() -> None:
    assert _value("该国外长3月正式访问河内时,转交了总统的邀请信。", "3月", "2031-11-09") == "2031-03"


def test_a_month_named_with_fen_far_ahead_is_this_years() -> None:
    assert _value("这一年成果丰硕。4月份,两国结束了长达八年的谈判。", "4月份", "2031-12-02") == "2031-04"


def test_a_month_day_far_ahead_is_the_past_one() -> None:
    assert _value("时任总理5月2日访问首都,双方开始磋商渔业协定。", "5月2日", "2031-11-20") == "2031-05-02"


def test_a_near_month_ahead_stays_ahead() -> None:
    assert _value("两国领导人1月在边境口岸会晤。", "1月", "2031-11-20") == "2032-01"


def test_a_far_month_told_as_coming_stays_ahead() -> None:
    assert _value("两国外长3月将在首都举行第五次战略对话。", "3月", "2031-10-25") == "2032-03"
    assert _value("双方计划3月签署渔业合作协定。", "3月", "2031-10-25") == "2032-03"


def test_an_event_told_in_a_far_month_has_occurred() -> None:
    from dipnet.pipeline import extract
    text = ("越柬两国外长举行会谈\n\n新华社河内2025年10月18日电 越南外长今天在河内会见柬埔寨外长。\n\n"
            "柬埔寨首相洪玛奈3月对越南进行正式访问,双方签署了多项合作文件。\n")
    doc = extract(text, url="https://example.org/news/2025/1018/b2.html")
    got = [(e.date, e.status) for e in doc.events if e.type == "VISIT"]
    assert got and all(d == "2025-03" and s == "occurred" for d, s in got), got
