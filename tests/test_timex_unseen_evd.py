"""Time words on unseen pages (issue 13, helper evd): a bare day written with 号, as spoken and Hong Kong,
Singapore and Malaysian news write it; 明起/今起 'from tomorrow/today on'; a chinatimes-style id with a
section code after it. All sentences invented."""

from __future__ import annotations

from dipnet.timex.parse import find_times
from dipnet.timex.stamps import url_date


def _times(text: str, anchor: str) -> dict[str, tuple[str | None, str | None]]:
    return {text[t.start:t.end]: (t.value, t.end_value) for t in find_times(text, anchor)}


def test_a_bare_day_with_hao_is_a_day() -> None:
    got = _times("甲国和乙国将在15号,签署文件。", "2019-03-11")
    assert got.get("15号") == ("2019-03-15", None), got


def test_a_span_of_days_with_hao() -> None:
    got = _times("外长将出席7号至9号举行的会议。", "2019-03-05")
    assert got.get("7号至9号") == ("2019-03-07", "2019-03-09"), got


def test_a_relative_day_glossed_with_hao_keeps_the_day() -> None:
    got = _times("甲国总统今天(16号)开始访问乙国。", "2019-03-17")
    assert got.get("16号") == ("2019-03-16", None), got


def test_a_number_naming_a_road_or_a_room_is_no_day() -> None:
    text = "改扩建12号公路,他在3号会议室会见来宾,从5号出口离开。"
    assert not [t for t in find_times(text, "2019-03-11") if t.value], _times(text, "2019-03-11")


def test_from_tomorrow_on() -> None:
    got = _times("代表团明起赴甲国访问,另一团今起访问乙国。", "2020-05-04")
    assert got.get("明起") == ("2020-05-05", None) and got.get("今起") == ("2020-05-04", None), got


def test_ming_qi_inside_a_word_is_no_time() -> None:
    assert not find_times("他说明起草的文件内容。", "2020-05-04")


def test_an_id_opening_with_the_day_then_a_section_code() -> None:
    got = url_date("https://news.example.com.tw/realtimenews/20210315003456-260408")
    assert got is not None and got.date == "2021-03-15", got


def test_a_page_glossing_its_today_has_that_today_throughout() -> None:
    from dipnet.pipeline import extract
    text = ("老挝总理抵达河内\n[2019-10-19 09:07:14] 来源:某台\n应邀请,老挝总理通伦今天(18号)开始对越南进行正式访问。\n"
            "今天下午,范平明在河内对记者表示,越南与老挝山水相连。\n")
    doc = extract(text)
    said = [e.date for e in doc.events if e.type == "STATEMENT"]
    assert said == ["2019-10-18"], [(e.type, e.date) for e in doc.events]
