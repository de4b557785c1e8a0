"""Taiwan's (ROC) office holders with their terms (kb9, invented sentences): a page with no year that
names one of them with a title is dated inside the term; Traditional text is read through t2s."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def _year(text: str) -> int | None:
    doc = extract(text, source="t.txt")
    return int(doc.published.date[:4]) if doc.published is not None else None


@pytest.mark.parametrize(("text", "lo", "hi"), [
    # a foreign minister of Ma's first term, Traditional
    ("外交部長楊進添今天在台北接見來訪的友邦議員團，雙方就經貿合作交換意見。\n", 2009, 2012),
    # a premier named in full form, Traditional
    ("行政院院長江宜樺今日主持院會，聽取各部會有關防災整備的報告。\n", 2013, 2014),
    # the mainland affairs chief, Simplified, mainland style
    ("台湾陆委会主委王郁琦当天在记者会上称，两岸事务首长会面将讨论设立办事机构。\n", 2012, 2015),
    # a defence minister and a speaker together: the years both held office
    ("國防部長嚴德發與立法院長蘇嘉全今日出席軍校畢業典禮。\n", 2018, 2020),
    # a vice president of 2000-2008
    ("副總統呂秀蓮今天前往中美洲友邦訪問，預計停留一週。\n", 2000, 2008),
])
def test_a_taiwan_post_holder_with_no_year_dates_the_page_inside_the_term(text: str, lo: int, hi: int) -> None:
    y = _year(text)
    assert y is not None and lo <= y <= hi, y


def test_the_added_holders_are_known_people_of_taiwan() -> None:
    doc = extract("國防部長嚴德發今日表示，國軍持續強化戰備。\n", source="t.txt")
    got = {e.name: e.country for e in doc.entities if e.type == "PERSON"}
    assert got.get("严德发") == "TW", got


@pytest.mark.parametrize(("text", "lo", "hi"), [
    # a head of state the KB knew without a term
    ("肯尼亚总统肯雅塔当天在内罗毕会见来访的甲国外长，双方同意加强基础设施合作。\n", 2013, 2022),
    # a spokesperson of Taiwan's mainland affairs council, Traditional
    ("陸委會發言人梁文傑今天在例行記者會上表示，相關交流活動須依法申請。\n", 2024, 2026),
    # a Central Asian premier named in full
    ("塔吉克斯坦总理科基尔·拉苏尔佐达在杜尚别会见乙国代表团，双方讨论水电合作。\n", 2013, 2026),
])
def test_other_office_holders_added_with_terms_date_the_page(text: str, lo: int, hi: int) -> None:
    y = _year(text)
    assert y is not None and lo <= y <= hi, y


@pytest.mark.parametrize(("text", "lo", "hi"), [
    # a party chair and a city mayor together: the months both held their posts
    ("中國國民黨主席吳敦義今天與台南市長賴清德同台出席宗教活動。\n", 2017, 2017),
    # a mayor of one of the six big cities, Simplified
    ("台北市长柯文哲当天率团出席城市论坛，介绍智慧城市建设经验。\n", 2014, 2022),
])
def test_taiwan_party_chairs_and_mayors_date_the_page(text: str, lo: int, hi: int) -> None:
    y = _year(text)
    assert y is not None and lo <= y <= hi, y
