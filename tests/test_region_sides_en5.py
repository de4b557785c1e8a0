"""On a page that reads a country's short form and a region's character as the country and the region
(中非关系: China and Africa), the region's character alone before a side's word (非方) is the region's side,
not the country it also shortens (南非). Where the page pairs no region, the reading is left as it was.
Sentences invented (en5)."""

from __future__ import annotations

from dipnet.pipeline import extract


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in extract(text).entities}


def test_african_side_on_a_page_of_china_africa_relations():
    ents = _entities("两国外长举行会谈\n\n外长表示,中非关系正处于最好时期。中方愿同非方加强合作,非方对此表示欢迎。\n")
    assert ("LOCATION", "非洲") in ents
    assert ("COUNTRY", "南非") not in ents


def test_side_after_a_region_pair_in_a_forum_sentence():
    ents = _entities("论坛举行\n\n双方高度评价中非合作成果。会议期间,非方代表发言,感谢中方支持。\n")
    assert ("COUNTRY", "南非") not in ents


def test_a_page_without_the_region_pair_is_left_alone():
    ents = _entities("南非总统访华\n\n南非总统在北京同中国国家主席会谈。双方同意扩大贸易。\n")
    assert ("COUNTRY", "南非") in ents
