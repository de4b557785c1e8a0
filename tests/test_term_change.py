"""A change of post told as this year's or last year's with its month, right before the name of the one
who changed ('今年三月离职的某某'), puts the page in the year the knowledge base dates that change to. All
text and people are invented."""

from dipnet.kb.base import Position
from dipnet.timex import infer_published
from dipnet.timex.termchange import term_change_spans

_HELD = {
    "person:jia": [Position("person:jia", "国家主席", None, "XX", "2019-04-10", "2021-04-12", "test"),
                   Position("person:jia", "副主席", None, "XX", "2016-04", "2019-04", "test"),  # moved up, not left
                   Position("person:jia", "部长", None, "XX", "2011-04", "2016-04-02", "test")],
}


def _positions(pid: str) -> list[Position]:
    return _HELD.get(pid, [])


def _at(text: str) -> list[tuple[int, str, str]]:
    return [(text.find("甲乙丙"), "person:jia", "甲乙丙")]


def test_a_leaving_told_as_this_years_month_dates_the_page_to_the_year_it_ended() -> None:
    text = "该国国会下周将选举新主席。今年四月辞职的甲乙丙曾任国家主席两年。"
    assert term_change_spans(text, _at(text), _positions) == [("甲乙丙(今年4月辞职)", "2021-04-12", "2021-12-31")]


def test_a_taking_of_office_told_as_last_years_month_dates_the_page_to_the_next_year() -> None:
    text = "去年4月就任的国家主席甲乙丙昨天会见了来访的代表团。"
    # two posts began in an April (2011, 2016, 2019): the month names no one year
    assert term_change_spans(text, _at(text), _positions) == []
    _HELD["person:yi"] = [Position("person:yi", "总理", None, "XX", "2020-04-07", None, "test")]
    text = "去年4月就任的总理丁戊己昨天会见了来访的代表团。"
    got = term_change_spans(text, [(text.find("丁戊己"), "person:yi", "丁戊己")], _positions)
    assert got == [("丁戊己(去年4月就任)", "2021-01-01", "2021-12-31")]


def test_a_post_left_for_another_is_a_move_and_no_month_in_the_kb_dates_nothing() -> None:
    text = "今年4月离职的甲乙丙出席了会议。"  # the 副主席 post ended in April 2019 as he became 国家主席
    assert term_change_spans(text, _at(text), _positions) == [("甲乙丙(今年4月离职)", "2021-04-12", "2021-12-31")]
    assert term_change_spans("今年9月卸任的甲乙丙出席了会议。", [(8, "person:jia", "甲乙丙")], _positions) == []


def test_the_change_weighs_against_the_years_other_named_terms_share_more() -> None:
    text = "总理甲某与议长乙某今天会见来访客人。今年四月辞职的丙某未出席。"
    terms = [("甲某", "2019-01-01", "2022-06-30"), ("乙某", "2019-01-01", "2022-06-30")]
    before = infer_published(text=text, url="https://news.example.org/a/1", meta=None, tenure=terms)
    after = infer_published(text=text, url="https://news.example.org/a/1", meta=None,
                            tenure=terms + [("丙某(今年4月辞职)", "2022-04-11", "2022-12-31")])
    assert before is not None and after is not None and after.date[:4] == "2022" and before.date[:4] != "2022"
