"""Page dates on unseen pages (dt9): invented sentences, each test failing without its change."""

from __future__ import annotations

from dipnet.timex.publication import infer_published


def _year(text: str, tenure: list[tuple[str, str, str | None]]) -> int:
    got = infer_published(text=text, url="https://news.example.com/a/81234", meta=None, tenure=tenure)
    assert got is not None
    return int(got.date[:4])


def test_fighting_the_epidemic_dates_the_page_after_the_pandemic_began() -> None:
    # terms open 2017-2023: the middle year (2020) is no longer the pick once the page must be of 2020 or later
    tenure: list[tuple[str, str, str | None]] = [("甲某", "2017-01-01", "2023-12-31")]
    assert _year("外长甲某6月3日会见来访的乙国外长,双方同意深化抗疫、经贸和人文领域合作。", tenure) in (2021, 2022)
    assert _year("外长甲某6月3日会见来访的乙国外长,双方就后疫情时代的经济复苏交换意见。", tenure) in (2021, 2022)


def test_the_date_a_relative_word_glosses_keeps_the_line_s_year_evidence() -> None:
    # '昨天(6月3日)' dates the page the 4th; the line it stands on is the story, not a ticker's date line,
    # so what it says of the year (共建一带一路: 2013 or later) still bounds the page
    tenure: list[tuple[str, str, str | None]] = [("甲某", "2005-01-01", "2020-12-31")]
    got = _year("外长甲某昨天(6月3日)会见来访的乙国外长,双方同意推进共建一带一路合作。", tenure)
    assert 2013 <= got <= 2020


def test_a_teaser_list_s_timestamps_under_its_heading_are_not_the_page_s() -> None:
    text = ("甲国总统:期待两国合作续写新篇章\n新华社某地9月29日电 甲国总统29日表示,期待两国高水平合作续写新篇章。\n"
            "他是在中国驻甲国使馆当天举办的招待会上作上述表示的。\n国际新闻精选:\n- 2025年03月11日 15:21:02\n"
            "- 2025年03月11日 09:03:43\n")
    got = infer_published(text=text, url="https://www.example.com/gj/2021/09-30/1234567.shtml", meta=None, tenure=())
    assert got is not None and got.date == "2021-09-30"


def test_fighting_an_older_named_epidemic_sets_no_pandemic_bound() -> None:
    tenure: list[tuple[str, str, str | None]] = [("甲某", "2010-01-01", "2016-12-31")]
    got = _year("外长甲某6月3日会见来访的乙国外长,双方同意深化抗击埃博拉疫情合作,中方将继续援非抗疫。", tenure)
    assert 2010 <= got <= 2016
