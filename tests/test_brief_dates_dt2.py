"""A related block of cards that print a summary sentence and its date stamp with no headline (dt2, stop 40):
the sentence is the teaser's headline and the stamp under it dates it. Invented pages."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

HEAD = "越南外长会见柬埔寨副首相"
STORY = "越南外交部长6日在河内会见了到访的柬埔寨副首相,双方就深化两国传统友谊交换了意见。双方同意加强经贸和人文交流。"
ONE = "老挝国会主席会见到访的越南代表团,双方就议会合作深入交换了意见。"
TWO = "泰国总理在曼谷出席东盟经济论坛开幕式并发表讲话。"


def _briefs(block: list[str]) -> list[tuple[str, str | None]]:
    doc = extract("\n".join([HEAD, "2019-07-06 10:21", "", STORY, ""] + block) + "\n", source="probe.txt")
    return [(doc.text[b.headline.start:b.headline.end], b.published.date if b.published else None) for b in doc.briefs]


@pytest.mark.parametrize("heading", ["更多", "相关新闻", "延伸阅读"])
@pytest.mark.parametrize("stamps", [("2019-07-05", "2019-07-03"), ("2019年07月05日 10:00", "2019年07月03日 09:00"),
                                    ("Jul 5, 2019", "Jul 3, 2019"), ("07-05", "07-03")])
def test_a_summary_card_with_its_stamp_is_a_dated_teaser(heading: str, stamps: tuple[str, str]) -> None:
    got = _briefs([heading, ONE, stamps[0], TWO, stamps[1]])
    assert got == [(ONE, "2019-07-05"), (TWO, "2019-07-03")]


@pytest.mark.parametrize("block", [
    ["相关新闻", "老挝国会主席会见越南代表团", ONE, "2019-07-05", "泰国总理出席东盟经济论坛", TWO, "2019-07-03"],
    ["相关新闻", "老挝国会主席会见越南代表团", "2019-07-05", ONE, "泰国总理出席东盟经济论坛", "2019-07-03", TWO],
    ["相关新闻", "2019-07-05", "老挝国会主席会见越南代表团", "2019-07-03", "泰国总理出席东盟经济论坛"],
])
def test_headline_cards_keep_their_headlines_and_stamps(block: list[str]) -> None:
    assert _briefs(block) == [("老挝国会主席会见越南代表团", "2019-07-05"), ("泰国总理出席东盟经济论坛", "2019-07-03")]


@pytest.mark.parametrize(("stamp", "days", "want"), [
    ("2019-01-03 10:21", ("12月30日", "1月2日"), ["2018-12-30", "2019-01-02"]),
    ("2019-01-05 10:21", ("12月28日", "12月20日"), ["2018-12-28", "2018-12-20"]),
    ("2020-01-10 10:21", ("12月25日", "1月8日"), ["2019-12-25", "2020-01-08"]),
    ("2019-12-31 10:21", ("12月30日", "1月1日"), ["2019-12-30", "2020-01-01"]),
    ("2019-08-20 10:21", ("2月5日", "2月3日"), ["2019-02-05", "2019-02-03"]),  # (far from the turn: the page's year)
])
@pytest.mark.parametrize("where", ["summary", "headline"])
def test_a_teasers_day_across_the_years_turn_takes_the_year_nearer_the_page(
        stamp: str, days: tuple[str, str], want: list[str], where: str) -> None:
    if where == "summary":
        block = ["相关新闻", "老挝国会主席会见越南代表团", f"{days[0]},老挝国会主席会见了越南代表团。",
                 "泰国总理出席东盟经济论坛", f"{days[1]},泰国总理出席论坛开幕式。"]
    else:
        block = ["相关新闻", f"{days[0]}老挝国会主席会见越南代表团", f"{days[1]}泰国总理出席东盟经济论坛"]
    doc = extract("\n".join([HEAD, stamp, "", STORY, ""] + block) + "\n", source="probe.txt")
    assert [b.published.date if b.published else None for b in doc.briefs] == want


@pytest.mark.parametrize("fmt", ["({md}) {h}", "{m}/{d} {h}", "{h} {m}.{d}"])
def test_a_teasers_month_and_day_in_brackets_with_a_slash_or_a_dot(fmt: str) -> None:
    heads = ("柬埔寨首相会见中国驻柬大使", "泰国总理出席东盟经济论坛开幕式")
    lines = [fmt.format(h=h, md=f"07-0{d}", m="07", d=f"0{d}") for h, d in zip(heads, (5, 3), strict=True)]
    assert _briefs(["相关新闻"] + lines) == [(heads[0], "2019-07-05"), (heads[1], "2019-07-03")]


def test_a_headline_closing_on_a_figure_keeps_it() -> None:
    lines = ["两国贸易额同比增长1.25", "东盟经济增长率预计达4.50"]
    assert [h for h, _ in _briefs(["相关新闻"] + lines)] == lines


def test_a_series_part_number_before_a_headline_is_no_stamp() -> None:
    lines = ["(1/3)柬埔寨首相会见中国驻柬大使", "(2/3)泰国总理出席东盟经济论坛开幕式"]
    assert [h for h, _ in _briefs(["相关新闻"] + lines)] == lines
