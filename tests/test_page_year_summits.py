"""A page's year from summits named by their host city and from events told as last year's or next
year's (invented sentences; terms of invented people leave the years open)."""

from __future__ import annotations

from dipnet.timex.year import infer_year

# two invented office holders whose terms leave 2013-2026 open
TENURE = [("甲某", "2013-03-14", None), ("乙某", "2012-05-01", None)]


def _year(text: str, month_day: tuple[int, int] | None = None) -> tuple[int, int | None]:
    got = infer_year(text, tenure=TENURE, month_day=month_day)
    assert got is not None
    return got.year, got.month


def test_a_summit_named_by_a_city_that_hosted_its_series_once_dates_the_page() -> None:
    assert _year("主席甲某在二十国集团领导人杭州峰会期间会见了总统乙某。")[0] == 2016
    assert _year("总统乙某表示,期待出席上合组织青岛峰会并对中国进行国事访问。主席甲某欢迎他来访。")[0] == 2018
    assert _year("主席甲某同总统乙某在金砖国家领导人厦门会晤期间举行双边会见。")[0] == 2017


def test_a_summit_told_as_last_years_dates_the_page_a_year_after_it() -> None:
    text = "4月2日,主席甲某同总统乙某通电话。甲某指出,去年11月,双方在亚太经合组织岘港会议期间会面。"
    assert _year(text, (4, 2))[0] == 2018
    assert _year("主席甲某表示,明年将在深圳举办亚太经合组织深圳会议,欢迎总统乙某出席。")[0] == 2025


def test_a_summit_told_as_past_gives_its_year_but_not_its_month() -> None:
    year, month = _year("总统乙某将于新年伊始访华。乙某曾于7月份在二十国集团汉堡峰会上与主席甲某会面。")
    assert (year, month) == (2017, None)
    # (told as the news itself, the summit's month is the page's)
    assert _year("主席甲某出席二十国集团汉堡峰会并会见总统乙某。") == (2017, 7)


def test_a_party_congress_briefed_on_is_just_held() -> None:
    text = "11月17日,主席甲某的特使赴邻国通报中共十九大情况,总统乙某会见了特使。"
    assert _year(text, (11, 17))[0] == 2017


def test_numbered_summits_in_their_other_forms() -> None:
    # an ordinal listed with the next one, 首脑会议, the organisation after the ordinal, 亚欧会议 bare
    assert _year("第28届、29届东盟领导人会议在邻国首都开幕,总理乙某致欢迎辞。")[0] == 2016
    assert _year("第31届东盟首脑会议闭幕,总理乙某发表讲话。")[0] == 2017
    assert _year("总统乙某将出席第25届上合组织元首会议,并同主席甲某会谈。")[0] == 2025
    asem = infer_year("总理将出席第8届亚欧会议并访问邻国,总统表示欢迎。")  # (no term named: 2010 allowed)
    assert asem is not None and asem.year == 2010
    assert _year("主席甲某同总理乙某共同主持第22次中国-欧盟领导人会晤。")[0] == 2020


def test_an_election_to_the_security_council_for_a_later_term_dates_the_page() -> None:
    # the members listed between 选举 and 为, years joined by 和; 担任 a term told after the vote
    got = infer_year("大会8日选举甲国、乙国、丙国和丁国4国为2011年和2012年安理会非常任理事国。")
    assert got is not None and got.year == 2010
    got = infer_year("大会举行全体会议,选举新年度安理会非常任理事国,4国顺利当选。这4个国家将接替今年年底届满的"
                     "国家,担任2009-2010年度安理会非常任理事国。")
    assert got is not None and got.year == 2008


def test_a_vice_minister_s_term_bounds_the_page_year() -> None:
    # (kb/data/positions.tsv: 谢锋 vice foreign minister 2021-01..2023-05, then ambassador to the United States)
    from dipnet.pipeline import extract
    got = extract("12月11日至12日,外交部副部长谢锋在某地与来访的某国助理国务卿会谈。").published
    assert got is not None and 2021 <= int(got.date[:4]) <= 2022
