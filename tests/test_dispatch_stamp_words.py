"""One list of the words that close a dispatch line after its day (timewords.json dispatch_stamp_after) serves the
filing day of relative days (timex), of the lead and of dispatch lines (extract): a phone call on a day is no stamp."""

from dipnet.extract.attributes.datecues import dispatch_line
from dipnet.extract.common.timeindex import DISPATCH
from dipnet.model import TimeExpr


def _day(text: str, day: str) -> TimeExpr:
    start = text.index(day)
    return TimeExpr(start, start + len(day), "2031-05-07", "day")


def test_a_news_agency_line_closed_by_its_words_is_a_dispatch_line() -> None:
    for text in ("本报河内7日电 两国外长举行会谈。", "(万象7日讯)两国外长举行会谈。", "据报7日消息,两国外长举行会谈。"):
        t = _day(text, "7日")
        assert dispatch_line(text, t), text
        assert DISPATCH.match(text, t.end), text


def test_a_call_or_broadcast_on_that_day_is_no_dispatch_line() -> None:
    for text in ("两国外长7日电话会谈。", "部长7日电视讲话中表示支持。"):
        t = _day(text, "7日")
        assert not dispatch_line(text, t), text
        assert not DISPATCH.match(text, t.end), text
