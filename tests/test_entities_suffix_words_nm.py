"""A plain word that holds a place's suffix character is no place name: 坐镇 (to take command),
镇暴 (riot control), 乡贤 (local notables), 上市 (a listing), 互市 (border trade), 设区市 (a city
divided into districts) (invented text)."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def _places(text: str) -> set[str]:
    doc = extract("题目\n\n" + text + "\n")
    return {e.name for e in doc.entities if e.type in ("LOCATION", "COUNTRY")}


@pytest.mark.parametrize("text", [
    "部长结束出访后返国坐镇指挥救灾工作。",
    "政府终于在夜里出动镇暴部队驱散人群。",
    "边境地区乡贤积极参与宣传动员工作。",
    "他指该地是让公司上市的理想地点。",
    "两国以边民互市贸易方式扩大往来。",
    "自治区相关部门、设区市、企业负责人出席了会议。",
])
def test_a_plain_word_with_a_place_suffix_names_no_place(text: str):
    assert not any(len(n) >= 3 and n[-1] in "镇乡市" for n in _places(text)), _places(text)


def test_places_with_those_suffixes_are_still_read():
    assert "安平镇" in _places("代表团前往安平镇考察。")
    assert "东兴镇" in _places("代表团前往东兴市东兴镇考察口岸建设。")
