"""Facts (fx22, issue 13): figures on ordinary pages. Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract


def facts(page: str) -> list[Fact]:
    return extract_facts(extract(page, source="t.txt"))


def holders(page: str, value: float) -> list[str]:
    return [f.subject for f in facts(page) if f.value == value]


def test_visitors_of_one_country_received_by_another_are_the_pairs():
    page = ("新华社利马2024年3月2日电 据秘鲁旅游局统计,2023年秘鲁接待智利游客量达43.5万人次,同比增长12%。\n")
    assert holders(page, 435000) == ["秘鲁-智利"]


def test_visitors_received_from_a_country_told_with_laizi_are_the_pairs_too():
    page = ("新华社圣地亚哥2024年5月8日电 今年前4个月,智利共迎来来自阿根廷的游客约61万人次。\n")
    assert holders(page, 610000) == ["智利-阿根廷"]


def test_visitors_received_with_no_source_country_stay_the_receivers():
    page = ("新华社利马2024年3月2日电 2023年秘鲁接待国际游客约250万人次,同比增长30%。\n")
    assert holders(page, 2500000) == ["秘鲁"]


def test_visitors_going_abroad_stay_their_own_countrys():
    page = ("新华社利马2024年3月2日电 2023年赴智利旅游的秘鲁游客达38万人次。\n")
    assert holders(page, 380000) == ["秘鲁"]
