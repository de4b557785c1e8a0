"""Lines that carry the page's stamp (its date with a time or a label), a byline (the outlet or the reporter
credited), and the shape of a headline: asked by the furniture readers and by those that find the headline."""

from __future__ import annotations

from dipnet.layout import Layout, stands_as_label
from dipnet.rx import plain as _plain

_CJK = _plain(r"[\u4e00-\u9fff]")
_CREDIT_LINE = _plain(r"[\u4e00-\u9fff]{1,4}\s?[:：/／丨|]\s?[^\s,，。;:：]{2,12}(?:\s[^\s,，。;:：]{2,12})?")
# a page's date as a stamp prints it: 2017-09-08, 2018/11/26, 2019年3月5日, 25/03/2019
STAMP_DATE = _plain(r"(?:19|20)\d{2}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}|\d{1,2}/\d{1,2}/(?:19|20)\d{2}")
CLOCK = _plain(r"\d{1,2}:\d{2}")
_SENTENCE = _plain(r"[。;!?]|[,，](?=\s?[\u4e00-\u9fff])")  # a stamp's weekday keeps its comma: "星期二, 05/03/2019"


def is_stamp(text: str, layout: Layout) -> bool:
    """The page's stamp line: its date with a time or a label ("时间:2017-09-08 22:57:36 来源:某网",
    "发布时间:2024-11-24", "信息来源:网络 信息发布时间:2018/11/26 20:23"), no sentence in it."""
    if len(text) > 80 or _SENTENCE.search(text) or not STAMP_DATE.search(text):
        return False
    # "2022-06-30·某报-综合报导": the date and the outlet's byline
    return bool(CLOCK.search(text)) or stands_as_label(text, layout.stamp_labels) \
        or STAMP_DATE.match(text) is not None and text.endswith(layout.byline_ends)


def is_byline(text: str, layout: Layout) -> bool:
    """A line that credits the outlet or the reporter, not a headline: "某某新闻/综合报导",
    "早报记者 某某", "记者某某/综合外电报导" (short, no sentence)."""
    if len(text) > 30 or _SENTENCE.search(text) or "。" in text:
        return False
    if text.endswith(layout.byline_ends) and ("/" in text or "／" in text or "记者" in text or "記者" in text
                                              or text in layout.byline_ends):
        return True
    # the reporter's word, then only a name (two to four characters, maybe a space between), maybe the
    # photographer's 摄 after it ("某社记者 某某 摄")
    if _plain(r"\S{0,8}?(?:记者|記者)\s?[\u4e00-\u9fff]{2,4}(?:\s[\u4e00-\u9fff]{2,4})?(?:\s?摄)?").fullmatch(text):
        return True
    # a credit word, a mark, a few words ("文/某某", "来源:某某网", "责任编辑:某某")
    return _CREDIT_LINE.fullmatch(text) is not None and any(
        text.startswith(w) and text[len(w):].lstrip()[:1] in ":：/／丨|" for w in layout.credit_words)


def headline_shaped(text: str | None) -> bool:
    """A headline's shape: a line of some Chinese words, not long, with no sentence's end."""
    return text is not None and 8 <= len(text) <= 60 and not _plain(r"[。!?;:：]$").search(text) \
        and "。" not in text and bool(_CJK.search(text)) \
        and not (STAMP_DATE.search(text) and CLOCK.search(text))  # a stamp line is no headline
