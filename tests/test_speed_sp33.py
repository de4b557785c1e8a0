"""sp33 (issue 13's speed condition): the teaser functions that now look at a line's last character before
the stamp's and the "more" link's patterns give what the patterns alone gave, on random invented lines."""

from __future__ import annotations

import random

from dipnet import teaser
from dipnet.layout import load_layout
from dipnet.siteparts import _PATH, section_path

# invented pieces: stamps' parts, weekdays, brackets, clocks, counters, "more" links, words (no page's text)
PIECES = ["2024", "2025-06-10", "06/10", "6月10日", "2024年6月10日", "113年", "10:20", "10:20:30", " AM", " p.m.", "2024-06-10 10:20 AM", "2024/6/10 10:20 p.m.",
          "星期一", "周日", "(一)", "（日）", "[", "]", "【", "】", "(", ")", "（", "）", " ", "  ", "\n", "|", "｜", "T",
          "3天前", "2小时前", "今天", "阅读", "评论:", "12", "１２", "٣", "两国会谈", "某某网", "合作。", "…", "[详细]",
          "【全文】", "更多>>", "详细》", "»", ">", "Jan", "4 Jan 2026", "Sept 4, 2025", "M", "m", ".", "前", "日", "天"]


def _lines(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 8))) for _ in range(n)]


def _trailing_before(text: str) -> int | None:
    st = teaser._TRAILING_STAMP.search(text)
    return st.start() if st and st.start() > 0 else None


def test_trailing_stamp_as_the_pattern_alone() -> None:
    for text in _lines(20000, 33):
        assert teaser.trailing_stamp(text) == _trailing_before(text), text


def _span_before(text: str) -> tuple[int, int, tuple[int, int] | None]:
    """teaser_span as it was: the trailing stamp's pattern tried on every line."""
    a = m.end() if (m := teaser._BULLET.match(text)) else 0
    a = teaser._past_label(text, a, ())
    if (lead := teaser._LEADING_STAMP.match(text, a)) and teaser.at_least(teaser._CJK, text, 4, lead.end()):
        return lead.end(), len(text), (a, a + len(lead.group().rstrip()))
    st = teaser._TRAILING_STAMP.search(text, a)
    z = st.start() if st else len(text)
    if not teaser.at_least(teaser._CJK, text, 4, a, z):
        return 0, len(text), None
    return a, z, ((st.start() + len(st.group()) - len(st.group().lstrip()), len(text)) if st else None)


def test_teaser_span_as_the_pattern_alone() -> None:
    for text in _lines(20000, 34):
        # (teaser_span reads these parts, then heads a card of sentences by its first one (dt6): the parts are what sp33 sped up)
        assert teaser._parts(text) == _span_before(text), text


def test_linked_summary_as_the_pattern_alone() -> None:
    for text in _lines(20000, 35):
        m = teaser._MORE_LINK.search(text)
        before = m is not None and text[:m.start()].rstrip().endswith(("。", "…", "...", "!", "?"))
        assert teaser._more_linked(text) == before, text  # (linked_summary is this or a cut summary (dt6))


def test_section_path_needs_a_slash() -> None:
    rnd = random.Random(36)
    words = ["国际", "东南亚", "越南", "News", "/", "／", " ", "记者", "某某", "1"]
    for _ in range(5000):
        text = "".join(rnd.choice(words) for _ in range(rnd.randint(1, 6)))
        if _PATH.fullmatch(text) is not None and len(text) <= 24:
            assert "/" in text or "／" in text
        if "/" not in text and "／" not in text:
            assert _PATH.fullmatch(text) is None and not section_path(text, load_layout())
