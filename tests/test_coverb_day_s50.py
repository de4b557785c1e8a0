"""同日 and 当日 are the same day only where 日 does not open 日本 (invented sentences)."""

from dipnet.pipeline import extract

URL = "https://example.vn/2019/07/30/a.html"


def _times(body: str) -> list[tuple[str, str | None]]:
    doc = extract("标题\n\n" + body, url=URL)
    return [(doc.text[t.start:t.end], t.value) for t in doc.times]


def test_with_japan_is_no_same_day() -> None:
    doc = extract("标题\n\n越通社曼谷2019年7月30日电——8月1日，东盟将同日本举行外长会议，讨论地区局势。", url=URL)
    assert ("同日", "2019-07-30") not in [(doc.text[t.start:t.end], t.value) for t in doc.times]
    assert [e.date for e in doc.events if e.type == "CONFERENCE"] == ["2019-08-01"]


def test_when_japan_is_no_same_day() -> None:
    assert [w for w, _ in _times("新华社东京2019年7月30日电——当日本首相抵达北京时，记者在机场等候。")] == ["2019年7月30日"]


def test_the_same_day_still_reads() -> None:
    got = _times("越通社河内2019年7月30日电——7月29日，两国外长举行会谈。同日，越南外长会见了日本大使。")
    assert ("同日", "2019-07-29") in got
