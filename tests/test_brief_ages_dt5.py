"""Teasers stamped with their age ("3小时前", "昨天", "前天", "2天前", "上周") are dated counting back from the page's
own day, where the page is dated to the day (dt5, stop 41). Invented pages: story, headlines and stamps written here."""

from __future__ import annotations

import datetime as dt

import pytest

from dipnet.pipeline import extract

STORY = ("老挝国家主席会见越南代表团\n\n{day} 10:30 来源:某某网\n\n"
         "某某社万象电 老挝国家主席在万象会见了到访的越南代表团,双方同意深化两国合作。双方还就地区形势交换了看法。\n\n")
STORYT = ("老撾國家主席會見越南代表團\n\n{day} 10:30 來源:某某網\n\n"
          "（中央社記者某某萬象電）老撾國家主席在萬象會見了到訪的越南代表團,雙方同意深化兩國合作。雙方還就地區形勢交換了看法。\n\n")
# a page dated only to its month: an age tells nothing
STORYM = ("老挝国家主席会见越南代表团\n\n2021年3月 来源:某某网\n\n"
          "老挝国家主席在万象会见了到访的越南代表团,双方同意深化两国合作。双方还就地区形势交换了看法。\n\n")
HEADS = ["缅甸外长会见泰国驻缅大使", "菲律宾总统出席东盟峰会筹备会议", "马来西亚总理访问文莱讨论能源合作"]
HEADST = ["緬甸外長會見泰國駐緬大使", "菲律賓總統出席東盟峰會籌備會議", "馬來西亞總理訪問汶萊討論能源合作"]


def _briefs(text: str) -> list[tuple[str, str | None]]:
    doc = extract(text, source="probe.txt")
    return [(doc.original_text(b.headline.start, b.headline.end), b.published.date if b.published else None)
            for b in doc.briefs]


def _page(day: str, stamp: str, under: bool, trad: bool = False) -> str:
    heads = HEADST if trad else HEADS
    lines = [x for h in heads for x in ((h, stamp) if under else (f"{h} {stamp}",))]
    return (STORYT if trad else STORY).format(day=day) + "\n".join(["相關新聞" if trad else "相关新闻", *lines]) + "\n"


def _back(day: str, n: int) -> str:
    return (dt.date.fromisoformat(day) - dt.timedelta(days=n)).isoformat()


AGES = [("3小时前", 0), ("3小時前", 0), ("5分钟前", 0), ("刚刚", 0), ("今天 09:12", 0), ("昨天", 1), ("昨天 09:12", 1),
        ("昨日", 1), ("前天", 2), ("前天 18:40", 2), ("1天前", 1), ("2天前", 2), ("6天前", 6), ("3 天前", 3)]


@pytest.mark.parametrize("under", [False, True], ids=["after", "under"])
@pytest.mark.parametrize("trad", [False, True], ids=["simp", "trad"])
@pytest.mark.parametrize(("stamp", "back"), AGES, ids=[a for a, _ in AGES])
def test_age_stamp_counts_back_from_the_page_day(stamp: str, back: int, under: bool, trad: bool) -> None:
    day = "2021-03-10"
    heads = HEADST if trad else HEADS
    assert _briefs(_page(day, stamp, under, trad)) == [(h, _back(day, back)) for h in heads]


@pytest.mark.parametrize(("stamp", "back"), [("昨天", 1), ("前天", 2), ("3天前", 3)])
def test_age_stamp_crosses_into_the_month_before(stamp: str, back: int) -> None:
    assert _briefs(_page("2021-03-01", stamp, False)) == [(h, _back("2021-03-01", back)) for h in HEADS]


@pytest.mark.parametrize("trad", [False, True], ids=["simp", "trad"])
def test_one_age_stamp_among_full_stamps_is_cut_and_read(trad: bool) -> None:
    heads = HEADST if trad else HEADS
    lines = [f"{heads[0]} 昨天", f"{heads[1]} 2021-03-05", f"{heads[2]} 3天前"]
    text = (STORYT if trad else STORY).format(day="2021-03-10") + "\n".join(["相关新闻", *lines]) + "\n"
    assert _briefs(text) == [(heads[0], "2021-03-09"), (heads[1], "2021-03-05"), (heads[2], "2021-03-07")]


# (the cases of 2021-03-10 with the stamp under its headline are guards: the page's month was given before too)
@pytest.mark.parametrize(("day", "month"), [("2021-03-10", "2021-03"), ("2021-03-03", "2021-02")])
@pytest.mark.parametrize("under", [False, True], ids=["after", "under"])
@pytest.mark.parametrize("stamp", ["上周", "上週"])
def test_last_week_gives_the_week_s_month(day: str, month: str, under: bool, stamp: str) -> None:
    assert _briefs(_page(day, stamp, under)) == [(h, month) for h in HEADS]


# guards: an age read from a page dated only to its month claims no day; a day's word inside a headline is its own
@pytest.mark.parametrize("stamp", ["昨天", "3天前", "3小时前"])
def test_age_without_the_page_day_claims_no_day(stamp: str) -> None:
    text = STORYM + "\n".join(["相关新闻", *(f"{h} {stamp}" for h in HEADS)]) + "\n"
    got = _briefs(text)
    assert [h for h, _ in got] == HEADS
    assert all(d is None or len(d) < 10 for _, d in got)


def test_day_word_inside_a_headline_stays() -> None:
    lines = ["缅甸外长昨天会见泰国驻缅大使", "菲律宾总统前天出席东盟峰会筹备会议", "马来西亚总理三天前访问文莱"]
    got = _briefs(STORY.format(day="2021-03-10") + "\n".join(["相关新闻", *lines]) + "\n")
    assert [h for h, _ in got] == lines
    assert all(d is None or len(d) < 10 for _, d in got)
