"""Teaser stamps in the layouts news sites print them in, on invented pages (issue 13, br1 probes)."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

_HEAD = ("蒙古与哈萨克斯坦举行外长磋商\n\n2024-06-12 10:30 来源:某某网\n\n"
         "新华社乌兰巴托6月12日电 蒙古外长与哈萨克斯坦外长12日在乌兰巴托举行磋商,双方同意扩大过境运输合作。"
         "双方还就地区形势交换了意见。\n\n相关新闻\n")
_TEASERS = [("智利外长抵达利马开始工作访问", 2024, 6, 10), ("巴西总统出席南美国家首脑会议", 2024, 5, 28)]


def _briefs(stamp: str) -> list[tuple[str, str | None]]:
    months = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    lines = [stamp.format(h=h, y=y, m=m, d=d, mon=months[m]) for h, y, m, d in _TEASERS]
    doc = extract(_HEAD + "\n".join(lines) + "\n", source="br1.txt")
    return [(doc.text[b.headline.start:b.headline.end], b.published.date if b.published else None) for b in doc.briefs]


@pytest.mark.parametrize("stamp", [
    "{h} {m:02d}-{d:02d}",            # a month and day of two figures after the headline
    "{h} {y}.{m:02d}.{d:02d}",        # a stamp with dots
    "{h}\n{y}-{m:02d}-{d:02d}",       # a stamp on a line of its own
    "{h}\n{y}年{m}月{d}日",
    "{h}\n{y}-{m:02d}-{d:02d} 14:02",
    "{h}\n{m}月{d}日",
    "{h} [{m:02d}/{d:02d}]",          # a bracketed month and day
    "[{m:02d}-{d:02d}] {h}",          # …before the headline
    "{h}\n[{m:02d}/{d:02d}]",
    "{h} {y}年{m:02d}月{d:02d}日 10:20:33",  # a stamp with seconds
    "{h} {m}/{d}",                    # a month and day parted by a slash
    "{y}-{m:02d}-{d:02d} | {h}",      # a stamp before the headline, after a bar
    "{m:02d}-{d:02d} {h}",
    "{m}月{d}日 {h}",
])
def test_a_teasers_stamp_is_its_date_and_no_part_of_its_headline(stamp: str) -> None:
    assert _briefs(stamp) == [(h, f"{y}-{m:02d}-{d:02d}") for h, y, m, d in _TEASERS]


@pytest.mark.parametrize("stamp", ["{h} {m}月{d}日 10:20", "{h} 2天前", "{h} 昨天 09:40"])
def test_a_teasers_short_stamp_is_no_part_of_its_headline(stamp: str) -> None:
    assert [h for h, _ in _briefs(stamp)] == [h for h, *_ in _TEASERS]



@pytest.mark.parametrize("stamp", [
    "{h} {y}-{m:02d}-{d:02d}T10:20:00",  # a machine stamp
    "{h}({m}月{d}日)",                   # a month and day in brackets
    "{h}\nJun {d}, {y}",                  # a stamp in English
    "{h}\n{d} June {y}",
    "{h}\n发布时间:{y}-{m:02d}-{d:02d} 10:20",  # a stamp's label before it
    "{h}\n新华网 {y}-{m:02d}-{d:02d}",     # the outlet's name before it
    "{y}-{m:02d}-{d:02d}\n{h}",           # stamps over their headlines
])
def test_a_teasers_stamp_in_more_layouts_is_its_date(stamp: str) -> None:
    got = _briefs(stamp.replace("Jun {d}", "{mon} {d}").replace("June", "{mon}"))
    assert got == [(h, f"{y}-{m:02d}-{d:02d}") for h, y, m, d in _TEASERS]


@pytest.mark.parametrize("marker", ["相关资讯", "大家都在看", "相关新闻推荐", "今日热点"])
def test_common_headings_open_the_teaser_block(marker: str) -> None:
    doc = extract(_HEAD.replace("相关新闻", marker) + "智利外长抵达利马开始工作访问 2024-06-10\n", source="br1.txt")
    assert [doc.text[b.headline.start:b.headline.end] for b in doc.briefs] == ["智利外长抵达利马开始工作访问"]


def test_a_month_and_day_stamp_is_of_the_year_nearest_the_pages_day() -> None:
    head = _HEAD.replace("2024-06-12", "2025-01-05").replace("6月12日电", "1月5日电").replace("12日在", "5日在")
    doc = extract(head + "智利外长抵达利马开始工作访问 12-28\n巴西总统出席南美国家首脑会议 01-03\n", source="br1.txt")
    assert [b.published.date if b.published else None for b in doc.briefs] == ["2024-12-28", "2025-01-03"]


@pytest.mark.parametrize("stamp", ["{h} {y}-{m:02d}-{d:02d}", "{h}\n{y}-{m:02d}-{d:02d}", "{h}\n{mon} {d}, {y}"])
def test_a_list_of_dated_headlines_under_a_story_is_teasers_without_a_heading(stamp: str) -> None:
    months = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    lines = [stamp.format(h=h, y=y, m=m, d=d, mon=months[m]) for h, y, m, d in _TEASERS]
    doc = extract(_HEAD.replace("相关新闻\n", "") + "\n".join(lines) + "\n", source="br1.txt")
    got = [(doc.text[b.headline.start:b.headline.end], b.published.date if b.published else None) for b in doc.briefs]
    assert got == [(h, f"{y}-{m:02d}-{d:02d}") for h, y, m, d in _TEASERS]


def test_a_stamp_line_closed_by_its_source_dates_the_teaser_over_it() -> None:
    assert _briefs("{h}\n{y}-{m:02d}-{d:02d} 来源:新华网") == [(h, f"{y}-{m:02d}-{d:02d}") for h, y, m, d in _TEASERS]


def test_a_teasers_picture_with_its_headline_as_alt_text_is_no_second_teaser() -> None:
    got = _briefs("![{h}](https://img.example.com/{y}/pic.jpg)\n{h} {y}-{m:02d}-{d:02d}")
    assert got == [(h, f"{y}-{m:02d}-{d:02d}") for h, y, m, d in _TEASERS]


@pytest.mark.parametrize("stamp", ["{h} {y}-{m:02d}-{d:02d}\n据报道,双方当天同意加强交通合作。",
                                   "{h} {mon} {d}, {y}\n据报道,双方当天同意加强交通合作。"])
def test_a_summary_under_a_stamped_headline_is_that_teasers_summary(stamp: str) -> None:
    assert _briefs(stamp) == [(h, f"{y}-{m:02d}-{d:02d}") for h, y, m, d in _TEASERS]
