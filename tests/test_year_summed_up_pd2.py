"""A year summed up as a whole at its end (invented sentences, pd2, issue 13): a year-end review or interview
is of that year's December, the year after it told as the coming one; a lead's January day moves it on to the
next year; a year told as a plan, a hope or a present theme is no review."""

from __future__ import annotations

from dipnet.pipeline import extract
from dipnet.timex.reviews import summed_years


def _published(text: str) -> str | None:
    got = extract(text, url="https://news.example.org/zh/article-9.html").published
    return got.date if got else None


def test_a_year_told_as_one_of_achievements_is_a_review_of_its_december() -> None:
    text = ("丙国驻丁国大使:2019年是两国合作取得丰硕成果的一年\n\n"
            "丙国驻丁国大使甲某接受记者专访时评价说,2019年是两国合作取得丰硕成果的一年。"
            "2019年前9个月,两国贸易额达到50亿美元,同比增长一成。双方在教育、文化等领域的交流也十分活跃。")
    assert _published(text) == "2019-12"


def test_the_year_after_a_year_looked_back_on_is_the_coming_one() -> None:
    text = ("丙国外交的一年\n2021年,是一个风云变幻的一年,也是丙国政府兑现承诺的关键一年。"
            "过去一年里,丙国总理访问了十多个国家,签署了多项合作文件。"
            "特别是2022年,丙国作为某论坛的东道主,更须加强同各国的联系。")
    assert _published(text) == "2021-12"


def test_a_year_whose_highlights_are_told_is_reviewed_at_its_end() -> None:
    text = ("丁国大使乙某:两国关系前景广阔\n丁国大使乙某表示,2018年两国举办了多场庆祝活动,其中建交纪念音乐会成为了亮点。"
            "乙某说,2019年将是两国深化合作的重要一年,双方计划于2019年5月举行经贸论坛。")
    assert _published(text) == "2018-12"


def test_a_january_day_after_a_review_is_of_the_next_year() -> None:
    text = ("两国友好团体举行会谈\n1月10日,丙国友协主席甲某与丁国友协主席乙某举行会谈。"
            "甲某表示,2016年是两国友协合作取得显著成果的一年。双方商定今年继续开展青年交流。")
    assert _published(text) == "2017-01-10"


def test_plans_hopes_counts_from_and_themes_are_no_review() -> None:
    assert summed_years("双方表示,2020年,两国将争取在各领域取得更大成果。") == []
    assert summed_years("乙某说,2023年至今,两国交流频繁,取得重要成果。") == []
    assert summed_years("2020年前三季度,两国合作取得积极进展。") == []
    # the year named as its theme, with no look back over the past year: present or ahead, not a review
    assert summed_years("双方一致认为,2020年是两国友协举办许多重大活动的一年。") == []
    assert summed_years("过去一年里,双方往来密切。双方一致认为,2020年是两国友协举办许多重大活动的一年。") == [
        (2020, "2020年是两国友协举办许多重大活动的一年")]


def test_a_year_not_opening_its_clause_is_not_summed_up() -> None:
    assert summed_years("越方介绍了担任2020年某组织轮值主席过程中所取得的成就。") == []
