"""Teasers in more layouts news sites print them in, on invented pages (issue 13, br2 probes): each teaser is a
brief with its headline alone, dated by its own stamp."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

_HEAD = ("智利外长与秘鲁外长在利马举行会谈\n\n2024-06-12 10:30 来源:某某网\n\n"
         "新华社利马6月12日电 智利外长与秘鲁外长12日在利马举行会谈,双方同意扩大矿业和港口合作。"
         "双方还就地区形势交换了意见。\n\n")
_TEASERS = [("巴西总统出席南美国家首脑会议", 2024, 6, 10, "星期一", "一"),
            ("阿根廷外长抵达圣地亚哥开始访问", 2024, 5, 28, "星期二", "二")]


def _briefs(marker: str, stamp: str) -> list[tuple[str, str | None]]:
    lines = [stamp.format(h=h, y=y, m=m, d=d, wd=wd, w=w) for h, y, m, d, wd, w in _TEASERS]
    doc = extract(_HEAD + (marker + "\n" if marker else "") + "\n".join(lines) + "\n", source="br2.txt")
    return [(doc.text[b.headline.start:b.headline.end], b.published.date if b.published else None) for b in doc.briefs]


_WANT = [(h, f"{y}-{m:02d}-{d:02d}") for h, y, m, d, *_ in _TEASERS]


@pytest.mark.parametrize("stamp", [
    "{h} {y}年{m}月{d}日 {wd}",              # a weekday after the stamp's day
    "{h}\n{y}年{m}月{d}日 {wd}",             # …on a line of its own under the headline
    "{h}\n{y}年{m}月{d}日({w})",             # the weekday's figure in brackets
    "{h}\n{y}/{m:02d}/{d:02d}({w}) 10:20",
    "{h}\n双方同意加强合作。\n{y}年{m}月{d}日 {wd}",  # under the teaser's summary
])
def test_a_teasers_stamp_with_its_weekday_is_its_date(stamp: str) -> None:
    assert _briefs("相关新闻", stamp) == _WANT


def test_stamped_teasers_with_weekdays_need_no_heading() -> None:
    assert _briefs("", "{h}\n{y}年{m}月{d}日 {wd}") == _WANT


@pytest.mark.parametrize("stamp", [
    "{h}\n{y}-{m:02d}-{d:02d} | 某某网",             # the outlet's name after the stamp
    "{h}\n某某日报 · {y}-{m:02d}-{d:02d}",            # …or before it, after a dot
    "{h}\n{y}年{m:02d}月{d:02d}日 10:20 来源:某某网",  # a source's label after a stamp of 年月日
    "{h}\n{y}-{m:02d}-{d:02d} 10:20:33 阅读:1234",   # a counter after the stamp
    "{h}\n{y}年{m}月{d}日 上午10:20",                 # the half of the day before the clock
    "{h}\n{y}年{m}月{d}日 10:20 AM",                  # a 12-hour clock
    "{h} {y}年{m}月{d}日 10:20AM",
    "{h} {r}年{m}月{d}日",                             # a year of the Republic (Taiwan)
])
def test_a_teasers_stamp_beside_a_source_or_a_clock_is_its_date(stamp: str) -> None:
    lines = [stamp.format(h=h, y=y, m=m, d=d, r=y - 1911) for h, y, m, d, *_ in _TEASERS]
    doc = extract(_HEAD + "相关新闻\n" + "\n".join(lines) + "\n", source="br2.txt")
    got = [(doc.text[b.headline.start:b.headline.end], b.published.date if b.published else None) for b in doc.briefs]
    assert got == _WANT


@pytest.mark.parametrize("marker", [
    "另见", "熱讀", "您可能也会喜欢", "推薦文章", "更多報導", "你可能錯過", "其他人还看了", "编辑精选", "点击排行",
    "Related News", "You may also like", "▶ 相关新闻",
])
def test_more_block_headings_open_the_teasers(marker: str) -> None:
    assert _briefs(marker, "{h}") == [(h, "2024-06") for h, *_ in _TEASERS]


_MORE = "双方表示,将继续推动两国在矿业、港口、交通和教育等领域的合作,造福两国人民。双方还同意密切在多边机制中的协调。"


@pytest.mark.parametrize("marker", ["热门新闻", "最新消息", "点击排行", "更多"])
def test_a_sidebars_heading_over_the_headline_leaves_the_story_whole(marker: str) -> None:
    head, stamp, story = _HEAD.strip().split("\n\n")
    text = "\n".join(["某某新闻网", marker, "某地举行国际马拉松赛", "某市发布暴雨预警", head, story, _MORE]) + "\n"
    doc = extract(text, source="br2.txt")
    assert doc.title == head
    assert not doc.briefs


def test_teaser_cards_with_a_summary_over_their_stamp_need_no_heading() -> None:
    assert _briefs("", "{h}\n双方同意在多个领域加强合作。\n{y}-{m:02d}-{d:02d} 10:20") == _WANT


@pytest.mark.parametrize("stamp", [
    "{h}\n发布时间:{y}-{m:02d}-{d:02d} 10:20 更新时间:{y}-{m:02d}-{d:02d} 11:00",  # two stamps, each labelled
    "{h}\n出版:{y}-{m:02d}-{d:02d} 10:20 更新:{y}-{m:02d}-{d:02d} 11:00",
    "{h}\n出版:{y}-{m:02d}-{d:02d} 10:20",
    "{h}\n{y}/{m:02d}/{d:02d} 10:20({m:02d}/{d:02d} 11:00 更新)",              # the update in brackets
    "{h}\n记者 某某 {y}-{m:02d}-{d:02d}",                                      # a reporter's credit before it
])
def test_a_teasers_stamp_line_with_two_stamps_or_a_credit_is_its_date(stamp: str) -> None:
    assert _briefs("相关新闻", stamp) == _WANT



@pytest.mark.parametrize("word", ["“一带一路”", "人类命运共同体", "亚投行"])
def test_an_eras_word_in_a_teaser_does_not_move_it_to_the_eras_first_year(word: str) -> None:
    # (the word bounds a page's year from below; the teaser's day is read in the page's year)
    text = _HEAD + f"相关新闻\n巴西总统谈{word}合作\n巴西总统10日在巴西利亚就{word}合作发表讲话。\n"
    doc = extract(text, source="br2.txt")
    assert [b.published.date if b.published else None for b in doc.briefs] == ["2024-06-10"]



@pytest.mark.parametrize("marker", ["相关新闻(2)", "相关新闻 (2条)", "相关阅读 MORE", "相关新闻 More+", "查看更多 >", "点击查看更多"])
def test_a_heading_with_its_count_or_a_more_link_opens_the_teasers(marker: str) -> None:
    assert _briefs(marker, "{h}") == [(h, "2024-06") for h, *_ in _TEASERS]


def test_teasers_in_a_row_parted_by_bars_are_one_brief_each() -> None:
    doc = extract(_HEAD + "相关新闻\n" + " | ".join(h for h, *_ in _TEASERS) + "\n", source="br2.txt")
    assert [doc.text[b.headline.start:b.headline.end] for b in doc.briefs] == [h for h, *_ in _TEASERS]


def test_a_counter_after_a_teasers_stamp_is_no_part_of_its_headline() -> None:
    assert _briefs("相关新闻", "{h} {y}-{m:02d}-{d:02d} 阅读 1234") == _WANT



_RESUMED = ["双方表示,将继续推动两国在矿业、港口、交通和教育等领域的合作,造福两国人民。双方还同意密切在多边机制中的协调。",
            "会谈后,两国外长共同见证签署了两国外交部2024年至2025年合作计划。秘鲁外长还将拜会智利总统。"]


@pytest.mark.parametrize("marker", ["相关阅读", "【延伸阅读】", "相关新闻:"])
def test_a_related_box_inside_the_story_leaves_the_rest_of_the_story_whole(marker: str) -> None:
    box = [marker] + [h for h, *_ in _TEASERS]
    doc = extract(_HEAD + "\n".join(box + _RESUMED + ["更多新闻", "乌拉圭外长会见巴拉圭驻乌大使"]) + "\n", source="br2.txt")
    heads = [doc.text[b.headline.start:b.headline.end] for b in doc.briefs]
    body = [doc.text[sg.start:sg.end] for sg in doc.segments if sg.kind == "body"]
    assert heads == [h for h, *_ in _TEASERS] + ["乌拉圭外长会见巴拉圭驻乌大使"]
    assert all(any(p in b for b in body) for p in _RESUMED)



@pytest.mark.parametrize("line", ["相关阅读:{h}", "【相关阅读】{h}", "延伸阅读: {h}"])
def test_one_related_link_on_its_line_inside_the_story_is_a_teaser(line: str) -> None:
    head = _TEASERS[0][0]
    doc = extract(_HEAD + "\n".join([line.format(h=head)] + _RESUMED) + "\n", source="br2.txt")
    assert [doc.text[b.headline.start:b.headline.end] for b in doc.briefs] == [head]



def test_a_full_date_in_brackets_after_a_teasers_headline_is_its_stamp() -> None:
    assert _briefs("相关新闻", "{h}({y}年{m}月{d}日)") == _WANT



@pytest.mark.parametrize("link", ["[详细]", "【详细】", "…… 更多>>"])
def test_a_summary_closed_by_a_more_link_is_its_teasers_summary(link: str) -> None:
    assert _briefs("相关新闻", "{h}\n{m}月{d}日,双方同意扩大矿业合作。" + link) == _WANT
