"""Page dates on unseen pages (dt7): invented sentences, each test failing without its change."""

from __future__ import annotations

from dipnet.timex.parse import find_times
from dipnet.timex.publication import infer_published
from dipnet.timex.year import infer_year, present_years


def _present(text: str) -> list[int]:
    return present_years(text, find_times(text, None))


def test_a_year_someone_is_invited_to_come_in_is_no_present_year() -> None:
    text = "据报道,甲国外长上月访问乙国时,邀请乙国外长2027年访问甲国,乙方表示将适时考虑。"
    assert 2027 not in _present(text)
    # (a visit made on an invitation keeps its year)
    assert 2019 in _present("应甲国外长邀请,乙国外长2019年访问甲国,两国签署了合作文件。")


def test_terms_shared_for_days_of_one_year_and_months_of_the_next_give_the_next() -> None:
    tenure = [("甲某", "2017-05-01", "2019-07-20"), ("乙某", "2018-12-28", "2021-01-01")]
    got = infer_year("外长甲某会见了来访的乙某,双方就两国关系交换意见。", tenure=tenure)
    assert got is not None and got.year == 2019


def test_an_archive_calendar_strip_is_no_year_the_story_speaks_of() -> None:
    text = ("某报讯 3月23日,外交部发言人丙某在例行记者会上介绍了外长甲某与来访的乙某会谈的情况。\n"
            "2025-01-17,12853| 2025-01-16,12845| 2025-01-15,12833| 2025-01-14,12811| 2025-01-13,12803")
    tenure = [("甲某", "2018-03-19", "2023-03-12"), ("乙某", "2004-03-09", None)]
    got = infer_published(text=text, url="https://paper.example.com/news/1514.html", meta=None, tenure=tenure)
    assert got is not None and 2018 <= int(got.date[:4]) <= 2023


def test_a_two_digit_year_path_before_the_file_name_dates_the_page() -> None:
    got = infer_published(text="甲国外长会见乙国大使,双方就两国关系交换意见。", meta=None, tenure=(),
                          url="http://news.example.com/gb/19/3/4/n1234567.htm")
    assert got is not None and got.date == "2019-03-04"


def test_a_site_calibrated_from_public_stamps_brackets_an_id_between_them() -> None:
    from dipnet.timex.siteclock import site_clock

    got = site_clock().estimate("https://udn.com/news/story/6656/9100000")
    assert got is not None and got.lo is not None and got.hi is not None and got.lo.year == got.hi.year == 2025


def test_a_year_someone_took_office_in_is_a_starting_point_not_the_present() -> None:
    from dipnet.timex.year import since_years

    text = "他说,这是甲某在2019年4月出任首相后,第三次访问乙国。"
    assert 2019 not in _present(text) and since_years(text, find_times(text, None)) == [2019]


def test_a_happening_named_with_its_magnitude_dates_the_page() -> None:
    got = infer_year("缅甸中部发生7.9级强烈地震后,甲国救援队飞抵灾区,开展紧急救援。")
    assert got is not None and got.year == 2025


def test_an_id_far_below_the_first_calibrated_one_reads_near_its_extrapolated_day() -> None:
    import datetime as dt

    from dipnet.timex.siteclock import IdEstimate

    site = IdEstimate("news.example.com", 100, None, dt.date(2019, 12, 7), dt.date(2016, 4, 23), "an id below the first")
    tenure = [("甲某", "2017-01-20", "2021-01-20"), ("甲某", "2025-01-20", None)]
    got = infer_year("甲某与乙某举行会晤,双方就双边关系交换意见。", tenure=tenure, site=site, month_day=(4, 28))
    assert got is not None and got.year == 2017


def test_a_prime_minister_designate_dates_the_page_to_the_weeks_before_his_term() -> None:
    from dipnet.pipeline import extract

    doc = extract("甲国外长8月12日抵达金边进行访问,当天会见了柬埔寨候任总理洪马内,双方就两国关系交换意见。", source="t.txt")
    assert doc.published is not None and doc.published.date.startswith("2023-08")


def test_a_teaser_naming_a_meeting_held_in_a_known_month_dates_its_block_to_that_month() -> None:
    from dipnet.timex.publication import infer_brief_dates

    got = infer_brief_dates(["亚太经合组织第35届外交和贸易部长会议在利马举行", "甲国外长会见乙国大使"], None, context_years=[2024])
    assert [d.date if d else None for d in got] == ["2024-11", "2024-11"]
