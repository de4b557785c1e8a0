"""Page dates from terms of office held twice, and from congresses told as just held (invented text)."""

from dipnet.timex import infer_published
from dipnet.timex.stage import _join_terms
from dipnet.timex.year import infer_year, tenure_regions

TWICE = [("甲某", "2017-01-20", "2021-01-20"), ("甲某", "2025-01-20", None), ("乙某", "2013-03-14", None)]


def test_terms_that_meet_join_and_terms_years_apart_stay_apart() -> None:
    assert _join_terms([("2016-04", "2021-04"), ("2021-04", None)]) == [("2016-04", None)]
    assert _join_terms([("2017-01-20", "2021-01-20"), ("2025-01-20", None)]) == [
        ("2017-01-20", "2021-01-20"), ("2025-01-20", None)]


def test_a_post_held_twice_counts_the_person_once_and_not_between_the_terms() -> None:
    regions = tenure_regions(TWICE)
    assert len({n for _, _, ns in regions for n in ns}) == 2
    between = [ns for a, b, ns in regions if a.year <= 2023 <= b.year]
    assert between and all(len(ns) == 1 for ns in between)


def test_a_page_naming_a_twice_held_post_is_of_one_of_its_terms() -> None:
    text = "丙通社北京11月10日电 甲某总统11月9日在北京同乙某主席举行会谈。双方就两国关系交换意见。"
    got = infer_year(text, tenure=TWICE, month_day=(11, 10))
    assert got is not None and not 2021 <= got.year <= 2024


def test_a_congress_congratulated_on_as_just_held_is_of_the_pages_year() -> None:
    text = "新华社北京11月10日电 丁国总统在会谈中祝贺中共十九大圆满闭幕,称赞中国发展成就。"
    got = infer_published(text=text, url=None, meta=None, tenure=[("乙某", "2013-03-14", None)])
    assert got is not None and got.date == "2017-11-10"
    told = "新华社北京4月2日电 戊国外长表示,热烈祝贺越南成功举行越南共产党第十三次全国代表大会。"
    got = infer_published(text=told, url=None, meta=None, tenure=[("乙某", "2013-03-14", None)])
    assert got is not None and got.date == "2021-04-02"


def test_a_party_congress_numbered_by_jie_bounds_the_year() -> None:
    text = "10月30日,己国领导人抵达北京。此访表达了支持中国共产党第二十届全国代表大会的发展路线。"
    got = infer_year(text, month_day=(10, 30))
    assert got is not None and got.open_years[0] == 2022


def test_summits_numbered_after_a_year_without_one() -> None:
    # no APEC leaders' meeting in 2019: the 31st was in 2024; two East Asia Summits in 2007, none in 2008
    text = "甲国主席将于本月13日至17日出席亚太经合组织第三十一次领导人非正式会议,并对乙国进行国事访问。"
    got = infer_year(text)
    assert got is not None and got.year == 2024
    got = infer_year("甲国总理出席在首都举行的第十九届东亚峰会。")
    assert got is not None and got.year == 2024


def test_the_beijing_winter_olympics_opening_dates_the_page() -> None:
    text = "甲国主席设午宴,招待出席完北京冬奥开幕礼的多国领导人,并先后与他们个别会晤。"
    got = infer_published(text=text, url=None, meta=None, tenure=[("乙某", "2013-03-14", None)])
    assert got is not None and got.date.startswith("2022")


def test_a_party_plenum_dates_the_page_to_its_year() -> None:
    text = "某某社北京9月24日电 甲某日前会见乙协会主席一行。甲某全面介绍了中国共产党二十届三中全会精神。"
    got = infer_published(text=text, url=None, meta=None)
    assert got is not None and got.date == "2024-09-24"
